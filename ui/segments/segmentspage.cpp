#include "ui/segments/segmentspage.h"

#include "models/segments/segmentlistmodel.h"
#include "models/segments/segmentsworkspace.h"
#include "ui/emptystate.h"
#include "ui/entitypicker.h"
#include "ui/layoutbuilder.h"
#include "ui/pagefocus.h"
#include "ui/rowsview.h"
#include "ui/runbar.h"
#include "ui/segments/attributespanel.h"
#include "ui/segments/exportsettingswidget.h"
#include "ui/segments/filterbuilder.h"
#include "ui/segments/segmentdetailspanel.h"

#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cxone {

SegmentsPage::SegmentsPage(ConsoleContext *context, QWidget *parent)
    : FeaturePage(context, new SegmentsWorkspace, parent)
    , m_workspace(static_cast<SegmentsWorkspace *>(FeaturePage::workspace()))
    , m_filters(new FilterBuilder)
    , m_settings(new ExportSettingsWidget)
    , m_vertical(new QSplitter(Qt::Vertical))
{
    auto *horizontal = new QSplitter(Qt::Horizontal);
    horizontal->addWidget(buildList());
    horizontal->addWidget(buildDetail());
    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 4);
    horizontal->setSizes({560, 720});
    m_vertical->addWidget(horizontal);
    m_vertical->addWidget(buildRecords());
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setChildrenCollapsible(false);
    setLayout(column({m_vertical}));
    connect(m_vertical, &QSplitter::splitterMoved, this, [this] { m_splitterSet = true; });
    setPageControls(this, m_list->table(), m_list->search());
    bindForm();
    bindExport();
    showCurrent();
    followSession();
}

SegmentsPage::~SegmentsPage() = default;

QWidget *SegmentsPage::buildList()
{
    m_list = new EntityPicker(EntityPicker::Style::Table,
                              {QString(), tr("Segments"), tr("&Refresh"),
                               tr("Refresh segment list"), tr("Segment list status"),
                               tr("Search segments"), tr("Search segments by name, id or status"),
                               SegmentListModel::IdRole},
                              m_workspace->matching());
    m_list->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    m_list->setInfo(m_workspace->listText());
    QTableView *table = m_list->table();
    table->setSortingEnabled(true);
    table->sortByColumn(SegmentListModel::NameColumn, Qt::AscendingOrder);
    // The name is what people read: every column takes what its contents need, the name whole
    // (one line), the last the room left; a narrow pane scrolls sideways instead of cutting
    // names to "Gold loyalty …" (a Stretch name column got 70 px at 1280×720).
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setMinimumSectionSize(60);
    // The list reports choices; the workspace says what is looked at and what was loaded.
    SegmentsWorkspace *w = m_workspace;
    connect(m_list, &EntityPicker::currentIdChanged, w, &SegmentsWorkspace::setCurrentSegment);
    connect(m_list, &EntityPicker::refreshRequested, w, &SegmentsWorkspace::refresh);
    connect(m_list, &EntityPicker::searchChanged, w, &SegmentsWorkspace::setSearchText);
    connect(w, &SegmentsWorkspace::listChanged, m_list, [this] {
        m_list->setInfo(m_workspace->listText());
        m_list->refreshButton()->setEnabled(!m_workspace->isLoading());
    });
    connect(w, &SegmentsWorkspace::segmentsLoaded, table, &QTableView::resizeColumnsToContents);
    connect(w, &SegmentsWorkspace::currentChanged, this, &SegmentsPage::showCurrent);
    return m_list;
}

QWidget *SegmentsPage::buildDetail()
{
    m_detail = new QWidget;
    m_detail->setLayout(column({new SegmentDetailsPanel(m_workspace), m_filters,
                                new AttributesPanel(m_workspace), m_settings, Stretch()}));
    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Segment details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_detail);
    // The actions stay in view however far the settings are scrolled.
    m_runBar = new RunBar(m_workspace, {tr("&Export"), tr("Export segment")}, {});
    m_runBar->setCancelAction({tr("Cancel export"), tr("Cancel export")});
    m_resume = named(new QPushButton(tr("Res&ume")), tr("Resume interrupted export"));
    m_runBar->addButton(m_resume);
    auto *pane = new QWidget;
    column(pane, {stretchOf(scroll), m_runBar});
    return pane;
}

QWidget *SegmentsPage::buildRecords()
{
    m_records = new RowsView(tr("Exported records"), tr("Export status"),
                             m_workspace->shownRecords());
    m_runBar->showStatusIn(m_records->counts());
    QTableView *table = m_records->table();
    // Row numbers are the records' places in the file (a resumed export goes on from there).
    table->verticalHeader()->show();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setDefaultSectionSize(140);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTextElideMode(Qt::ElideRight);
    setEmptyStateText(table, tr("The records of an export show here as they arrive. Pick an "
                                "exportable segment, choose filters and attributes, then "
                                "Export."));
    return m_records;
}

void SegmentsPage::bindForm()
{
    SegmentsWorkspace *w = m_workspace;
    connect(m_filters, &FilterBuilder::edited, w, &SegmentsWorkspace::setFilters);
    connect(m_filters, &FilterBuilder::refused, w, &SegmentsWorkspace::reportProblem);
    connect(m_filters, &FilterBuilder::heightChanged, this, &SegmentsPage::fitLater);
    connect(m_settings, &ExportSettingsWidget::edited, w, &SegmentsWorkspace::setSettings);
    connect(w, &SegmentsWorkspace::formChanged, this, [this] {
        m_filters->setFilters(m_workspace->filters());
        m_settings->setSettings(m_workspace->settings());
    });
}

void SegmentsPage::bindExport()
{
    SegmentsWorkspace *w = m_workspace;
    connect(m_runBar, &RunBar::applyClicked, w, [w] { w->startExport(false); });
    connect(m_resume, &QPushButton::clicked, w, [w] { w->startExport(true); });
    connect(w, &Workspace::actionsChanged, m_resume, [this] {
        m_resume->setEnabled(m_workspace->canResume());
        m_resume->setToolTip(m_workspace->resumeHint());
    });
    connect(w, &SegmentsWorkspace::recordsChanged, m_records,
            [this] { m_records->table()->setModel(m_workspace->shownRecords()); });
    // Asked once the finished export has been told to everyone, not from inside its signal.
    connect(w, &SegmentsWorkspace::checkpointOffered, this, &SegmentsPage::askCheckpoint,
            Qt::QueuedConnection);
}

void SegmentsPage::showCurrent()
{
    const SegmentInfo *segment = m_workspace->currentSegment();
    m_list->setCurrentId(m_workspace->currentId());
    m_filters->setAttributes(segment ? segment->attributes : QList<SegmentAttribute>());
    m_filters->setFilters(m_workspace->filters());
    m_filters->setEditable(segment != nullptr);
    m_settings->setSettings(m_workspace->settings());
    m_settings->setFileEditable(segment != nullptr);
    fitLater(); // once the layout took the segment's attributes in
}

void SegmentsPage::firstShown(bool sizesRestored)
{
    if (sizesRestored)
        m_splitterSet = true; // the sizes the user left
    else
        fitSettingsPane();
}

void SegmentsPage::fitLater()
{
    QTimer::singleShot(0, this, &SegmentsPage::fitSettingsPane);
}

void SegmentsPage::fitSettingsPane()
{
    // Until the user moves the splitter: the settings get the height their form needs (no
    // scrolling to reach the output file), the records at least six lines.
    if (m_splitterSet || !isVisible())
        return;
    const QList<int> sizes = m_vertical->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int buttons = m_runBar->applyButton()->sizeHint().height() + 12;
    const int wanted = m_detail->sizeHint().height() + buttons;
    const int records = std::max(140, (fontMetrics().height() + 6) * 6);
    const int top = std::max(total / 2, std::min(wanted, total - records));
    m_vertical->setSizes({top, total - top});
}

void SegmentsPage::askCheckpoint(const QString &question)
{
    if (question.isEmpty() || question != m_workspace->checkpointQuestion())
        return; // answered, or another segment looked at since
    QMessageBox box(QMessageBox::Question, tr("Resume with its settings?"), question,
                    QMessageBox::Cancel, this);
    QPushButton *use = box.addButton(tr("Use its settings and resume"), QMessageBox::AcceptRole);
    use->setAccessibleName(tr("Use the checkpoint's settings and resume"));
    box.setDefaultButton(use);
    if (m_checkpointHook)
        m_checkpointHook(&box);
    else
        box.exec();
    if (box.clickedButton() == use)
        m_workspace->useCheckpointSettings();
    else
        m_workspace->declineCheckpoint();
}

} // namespace cxone
