#include "ui/enrichment/enrichmentpage.h"

#include "models/engine/entitylistmodel.h"
#include "models/engine/session/tenantsession.h"
#include "models/enrichment/enrichmentworkspace.h"
#include "models/enrichment/enrichmodels.h"
#include "ui/enrichment/crmfilepanel.h"
#include "ui/enrichment/fillratechart.h"
#include "ui/enrichment/mappingpanel.h"
#include "ui/enrichment/readingoptionswidget.h"
#include "ui/enrichment/resultspanel.h"
#include "ui/enrichment/schemapanel.h"
#include "ui/enrichment/templatespanel.h"
#include "ui/entitypicker.h"
#include "ui/layoutbuilder.h"
#include "ui/pagefocus.h"
#include "ui/rowsview.h"
#include "ui/runbar.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cxone {

EnrichmentPage::EnrichmentPage(ConsoleContext *context, QWidget *parent)
    : FeaturePage(context, new EnrichmentWorkspace, parent)
    , m_workspace(static_cast<EnrichmentWorkspace *>(FeaturePage::workspace()))
    , m_campaign(new EntityPicker(EntityPicker::Style::Combo,
                                  {tr("&Campaign:"), tr("Campaign"), tr("R&efresh"),
                                   tr("Refresh the campaigns"), tr("Campaign details")},
                                  m_workspace->campaigns()))
    , m_options(new ReadingOptionsWidget)
    , m_runBar(new RunBar(m_workspace, {tr("&Apply…"), tr("Apply the enrichment")},
                          {tr("&Undo this run…"), tr("Undo the last enrichment run")}))
{
    setObjectName(QStringLiteral("enrichmentPage"));
    setAcceptDrops(true);
    auto *split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    split->addWidget(buildSettings());
    split->addWidget(buildSteps());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({380, 900});
    setLayout(column({m_campaign, stretchOf(split), m_runBar}));
    setPageControls(this, m_campaign->combo()); // the page has no search of its own

    EnrichmentWorkspace *w = m_workspace;
    connect(m_campaign, &EntityPicker::currentIdChanged, w,
            &EnrichmentWorkspace::setCurrentCampaign);
    connect(m_campaign, &EntityPicker::refreshRequested, w, &EnrichmentWorkspace::refreshCampaigns);
    connect(w, &EnrichmentWorkspace::campaignChanged, this, [this](const QString &id) {
        m_campaign->setCurrentId(id);
        m_campaign->setInfo(m_workspace->campaignText());
    });
    connect(w, &Workspace::actionsChanged, this, [this] {
        m_campaign->refreshButton()->setEnabled(m_workspace->session() && !m_workspace->isBusy());
    });
    connect(m_options, &ReadingOptionsWidget::edited, w, &EnrichmentWorkspace::setOptions);
    connect(w, &EnrichmentWorkspace::optionsChanged, this,
            [this] { m_options->setOptions(m_workspace->options()); });
    connect(w, &EnrichmentWorkspace::fileChanged, this, [this] {
        if (!m_workspace->isReading())
            m_tabs->setCurrentIndex(0);
    });
    connect(w, &EnrichmentWorkspace::applyFinished, this, [this] { m_tabs->setCurrentIndex(3); });
    connect(m_runBar, &RunBar::applyClicked, this, &EnrichmentPage::apply);
    connect(m_runBar, &RunBar::undoClicked, this, &EnrichmentPage::undo);
    followSession();
}

EnrichmentPage::~EnrichmentPage() = default;

QWidget *EnrichmentPage::buildSettings()
{
    auto *settings = new QWidget;
    column(settings, {new CrmFilePanel(m_workspace), m_options, new TemplatesPanel(m_workspace),
                      stretchOf(new SchemaPanel(m_workspace))});
    // Scrolls in a short window (1280×720 with the activity pane open) instead of making the
    // page taller than the room it has.
    auto *scroll = named(new QScrollArea, tr("File and reading settings"));
    scroll->setWidget(settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Only up and down: as wide as the settings need, beside the steps.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(settings->minimumSizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width());
    return scroll;
}

QTabWidget *EnrichmentPage::buildSteps()
{
    using Filter = EnrichPreviewModel::Filter;
    auto *preview = new RowsView(tr("Rows as the tenant would get them"), tr("Preview counts"),
                                 m_workspace->preview());
    preview->addFilter(tr("Sho&w:"), tr("Rows to show"),
                       {{tr("All rows"), int(Filter::All)},
                        {tr("Rows with errors"), int(Filter::Errors)},
                        {tr("Skipped rows"), int(Filter::Skipped)},
                        {tr("Rows that are sent"), int(Filter::Sent)}});
    connect(preview, &RowsView::filterChanged, this, [this](QComboBox *, const QVariant &value) {
        m_workspace->preview()->setFilter(Filter(value.toInt()));
    });
    connect(m_workspace, &EnrichmentWorkspace::planReady, preview, [this, preview] {
        preview->setCounts(m_workspace->countsText());
        preview->fitColumns({0, 1}); // the line narrow, the contact id whole
    });

    m_tabs = named(new QTabWidget, tr("Enrichment steps"));
    m_tabs->addTab(new MappingPanel(m_workspace), tr("&Mapping"));
    m_tabs->addTab(preview, tr("&Preview"));
    m_tabs->addTab(new FillRateChart(m_workspace), tr("&Fill rate"));
    m_tabs->addTab(new ResultsPanel(m_workspace), tr("&Results"));
    return m_tabs;
}

void EnrichmentPage::apply()
{
    if (!m_workspace->canApply() || isBusy())
        return;
    // The journal is named before the question, so that the question can say where it goes.
    const QString journal = m_workspace->nextJournalPath();
    if (confirm(tr("Apply the enrichment"), m_workspace->applyConfirmationText(journal),
                m_workspace->applyActionText()))
        m_workspace->apply(journal);
}

void EnrichmentPage::undo()
{
    if (m_workspace->canUndo() && !isBusy()
        && confirm(tr("Undo this run"), m_workspace->undoConfirmationText(), tr("Undo the run")))
        m_workspace->undo();
}

void EnrichmentPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (data->hasUrls() && data->urls().size() == 1 && data->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void EnrichmentPage::dropEvent(QDropEvent *event)
{
    m_workspace->loadFile(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

} // namespace cxone
