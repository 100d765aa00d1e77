#include "ui/transcripts/extractpanel.h"

#include "models/transcripts/transcriptsworkspace.h"
#include "ui/featurepage.h"
#include "ui/layoutbuilder.h"
#include "ui/runbar.h"
#include "ui/transcripts/extractsettingswidget.h"

#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cxone {

ExtractPanel::ExtractPanel(TranscriptsWorkspace *workspace, QWidget *parent)
    : QGroupBox(tr("Extract"), parent)
    , m_workspace(workspace)
    , m_settings(new ExtractSettingsWidget)
    , m_runBar(new RunBar(workspace, {tr("E&xtract"), tr("Extract transcripts")}, {},
                          RunBar::Shape::Stacked))
    , m_result(infoLabel(tr("Extraction result")))
    , m_checkMasking(named(new QPushButton(tr("Check masking on a &gold file…")),
                           tr("Score masking against a labelled file")))
{
    m_checkMasking->setToolTip(tr("A JSONL file of your own lines with the personal data marked "
                                  "({\"text\", \"entities\":[{type,start,end}]}, code-point "
                                  "offsets): shows recall, precision and characters left readable "
                                  "by type, under the mask policy chosen above."));
    // Search is the page's first step; Extract does not take its emphasis.
    m_runBar->applyButton()->setDefault(false);
    setLayout(column({m_settings, m_runBar, m_result, m_checkMasking, Stretch()}));
    m_settings->setSettings(workspace->settings());
    connect(m_settings, &ExtractSettingsWidget::edited, workspace,
            &TranscriptsWorkspace::setSettings);
    connect(workspace, &TranscriptsWorkspace::settingsChanged, this,
            [this] { m_settings->setSettings(m_workspace->settings()); });
    connect(m_runBar, &RunBar::applyClicked, workspace, &TranscriptsWorkspace::extract);
    connect(workspace, &Workspace::actionsChanged, this, &ExtractPanel::updateExtract);
    connect(workspace, &TranscriptsWorkspace::extractionChanged, this,
            [this] { m_result->setText(m_workspace->extractionText()); });
    connect(m_checkMasking, &QPushButton::clicked, this, &ExtractPanel::chooseGold);
    connect(workspace, &TranscriptsWorkspace::evaluationFinished, this,
            [this] { m_checkMasking->setEnabled(true); });
    updateExtract();
}

void ExtractPanel::chooseGold()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Labelled lines to score masking on"), QString(),
            tr("Labelled lines (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_checkMasking->setEnabled(false);
    m_workspace->evaluateGold(path);
}

void ExtractPanel::updateExtract()
{
    const QString count = m_workspace->extractCountText();
    m_runBar->applyButton()->setText(count.isEmpty() ? tr("E&xtract")
                                                     : tr("E&xtract %1").arg(count));
}

} // namespace cxone
