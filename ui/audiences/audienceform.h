#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace cxone {

class AudiencesWorkspace;

// The audience's own fields above its criteria: the title (with a dot while unsaved), id and
// version, name, description, data source, exclusions (checked as typed), recalculation, and
// where saves are announced. Edits go to the document as undoable steps.
class AudienceForm final : public QWidget
{
    Q_OBJECT
public:
    explicit AudienceForm(AudiencesWorkspace *workspace, QWidget *parent = nullptr);

    // What is typed but not yet handed to the document (a field still being edited) goes now.
    void commitTyped();
    // Moves the focus to the field a problem is about ("name", "exclusions[2]", …).
    void focusField(const QString &where);
    QLineEdit *nameEdit() const { return m_name; }
    QWidget *lastField() const;

private:
    void showDocument();
    void showTitle();
    void showExclusionProblems();
    void commitExclusions();

    AudiencesWorkspace *m_workspace;
    QLabel *m_title;
    QLabel *m_id;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_dataSource;
    QPlainTextEdit *m_exclusions;
    QLabel *m_exclusionProblems;
    QCheckBox *m_recalculate;
    QLineEdit *m_cdpUrl;
    QTimer *m_exclusionsDebounce;
    bool m_showing = false; // the document is being shown, not edited
};

} // namespace cxone
