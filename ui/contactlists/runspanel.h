#pragma once

#include <QGroupBox>

class QPushButton;
class QTableView;

namespace cxone {

class ContactListsWorkspace;
struct SanitizeRun;

// The runs on the chosen list, newest first, each one undoable; or a run restored from a
// journal file that is not in the list's history.
class RunsPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit RunsPanel(ContactListsWorkspace *workspace, QWidget *parent = nullptr);

private:
    const SanitizeRun *selectedRun() const;
    void select(const QString &path);
    void updateEnabled();
    void undoSelected();
    void restoreFile();

    ContactListsWorkspace *m_workspace;
    QTableView *m_view;
    QPushButton *m_undo;
    QPushButton *m_fromFile;
    QString m_selected; // the journal of the selected run, kept over a reload of the history
};

} // namespace cxone
