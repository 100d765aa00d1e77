#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace cxone {

class TranscriptsWorkspace;

// The masked transcript the workspace reads: a title line (interaction, media, agent, the masks
// found) over the turns, each mask a chip naming its type; or why it cannot be shown.
class TranscriptViewer final : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptViewer(TranscriptsWorkspace *workspace, QWidget *parent = nullptr);

private:
    void showReading();

    TranscriptsWorkspace *m_workspace;
    QLabel *m_title;
    QTextBrowser *m_text;
};

} // namespace cxone
