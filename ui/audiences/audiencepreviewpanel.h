#pragma once

#include <QSplitter>

class QListWidget;
class QPlainTextEdit;

namespace cxone {

class AudiencesWorkspace;

// What the audience says, as it is edited: its criteria in plain language and as the JSON that
// is sent, and the problems to fix before it can be saved (choosing one goes to what it is
// about).
class AudiencePreviewPanel final : public QSplitter
{
    Q_OBJECT
public:
    explicit AudiencePreviewPanel(AudiencesWorkspace *workspace, QWidget *parent = nullptr);

    QListWidget *problems() const { return m_problems; }

Q_SIGNALS:
    void problemChosen(int index);

private:
    void update();

    AudiencesWorkspace *m_workspace;
    QPlainTextEdit *m_plain;
    QPlainTextEdit *m_json;
    QListWidget *m_problems;
};

} // namespace cxone
