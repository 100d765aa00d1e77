#include "ui/segments/segmentdetailspanel.h"

#include "models/segments/segmentsworkspace.h"
#include "ui/layoutbuilder.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cxone {

SegmentDetailsPanel::SegmentDetailsPanel(SegmentsWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_verdict(named(new QLabel, tr("Export verdict")))
    , m_meta(infoLabel(tr("Segment details")))
    , m_title(titleLabel(tr("Segment name")))
{
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setFocusPolicy(Qt::TabFocus);
    column(this, {m_title, m_meta, m_verdict});
    connect(workspace, &SegmentsWorkspace::currentChanged, this, &SegmentDetailsPanel::showSegment);
    connect(workspace, &SegmentsWorkspace::verdictChanged, this, &SegmentDetailsPanel::showVerdict);
    showSegment();
}

void SegmentDetailsPanel::showSegment()
{
    const SegmentInfo *segment = m_workspace->currentSegment();
    m_title->setText(segment ? segment->name : tr("Select a segment"));
    m_meta->setText(m_workspace->detailsText());
    if (!segment)
        m_verdict->clear();
}

void SegmentDetailsPanel::showVerdict()
{
    if (!m_workspace->currentSegment())
        return;
    const ExportVerdict &v = m_workspace->verdict();
    QString html = v.allowed() ? tr("<b style='color:#2e7d32'>Ready to export</b> %n attribute(s)",
                                    nullptr, int(v.attributes.size()))
                               : tr("<b style='color:#b03a2e'>Cannot be exported:</b>");
    html += QStringLiteral("<ul style='margin-top:2px'>");
    for (const VerdictReason &r : v.reasons) {
        const bool blocking = r.severity == VerdictReason::Severity::Blocking;
        html += QStringLiteral("<li>%1%2</li>")
                        .arg(blocking ? QString() : tr("<i>Note:</i> "), r.text.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_verdict->setText(html);
    m_verdict->setAccessibleDescription(
            QStringList(v.blockingTexts() + v.warningTexts()).join(u' '));
}

} // namespace cxone
