#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace cxone {

class ContactListsWorkspace;
class DirectiveForm;

// The directive bound to the workspace: the form, the regions the loaded list's numbers belong
// to (and a button to allow just those), the purge guard, and Preview.
class DirectivePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DirectivePanel(ContactListsWorkspace *workspace, QWidget *parent = nullptr);

private:
    void updateEnabled();
    void preview();

    ContactListsWorkspace *m_workspace;
    DirectiveForm *m_form;
    QLabel *m_survey;
    QPushButton *m_useRegions;
    QSpinBox *m_guard;
    QPushButton *m_preview;
};

} // namespace cxone
