#include "ui/transcripts/transcriptviewer.h"

#include "models/transcripts/transcriptsworkspace.h"
#include "ui/layoutbuilder.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cxone {

TranscriptViewer::TranscriptViewer(TranscriptsWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(titleLabel(tr("Transcript title")))
    , m_text(named(new QTextBrowser, tr("Masked transcript")))
{
    m_text->setOpenLinks(false);
    column(this, {m_title, stretchOf(m_text)});
    connect(workspace, &TranscriptsWorkspace::readingChanged, this, &TranscriptViewer::showReading);
    showReading();
}

void TranscriptViewer::showReading()
{
    const TranscriptReading &r = m_workspace->reading();
    m_title->setText(r.title);
    if (!r.html.isEmpty())
        m_text->setHtml(r.html);
    else if (!r.plainText.isEmpty())
        m_text->setPlainText(r.plainText);
    else
        m_text->clear();
    m_text->setAccessibleDescription(r.description);
}

} // namespace cxone
