#pragma once

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QPushButton;

namespace cxone {

class TranscriptsWorkspace;

// The line that searches a period's interactions: from, to, the media to include, and Search
// (enabled while the workspace can search).
class SearchPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(TranscriptsWorkspace *workspace, QWidget *parent = nullptr);

private:
    void showQuery();
    void report();

    TranscriptsWorkspace *m_workspace;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QCheckBox *m_voice;
    QCheckBox *m_chat;
    QCheckBox *m_email;
    QPushButton *m_search;
    bool m_showing = false;
};

} // namespace cxone
