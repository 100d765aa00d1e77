#include "ui/enrichment/enrichmentpage.h"

#include "models/engine/jobs/pagedreader.h"
#include "models/engine/session/consolecontext.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/text.h"
#include "models/enrichment/enrichjobs.h"
#include "models/enrichment/enrichmodels.h"
#include "models/enrichment/mappingtemplates.h"
#include "network/apiclient.h"
#include "ui/confirmdialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace cxone {

namespace {

// A table of a plan's rows (the preview, the results): one line each, the rows' own order.
void setUpRowsView(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    view->horizontalHeader()->setDefaultSectionSize(130);
}

// The target column of the mapping table: a combo of "(ignored)", "(contact id)" and the list's
// attributes.
class TargetDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(QObject::tr("Attribute for column %1")
                                         .arg(index.siblingAtColumn(0).data().toString()));
        for (const QString &choice : index.data(MappingModel::ChoicesRole).toStringList())
            combo->addItem(choice.isEmpty() ? QObject::tr("(ignored)") : choice, choice);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const int i = combo->findData(index.data(Qt::EditRole).toString());
        combo->setCurrentIndex(std::max(0, i));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

QStringList demoFiles()
{
    return {QStringLiteral(":/demo/crm-us-retention.csv"),
            QStringLiteral(":/demo/crm-uk-renewals.csv"),
            QStringLiteral(":/demo/crm-guide-example.csv")};
}

} // namespace

EnrichmentPage::EnrichmentPage(ConsoleContext *context, QWidget *parent)
    : FeaturePage(context, parent)
    , m_mapping(new MappingModel(this))
    , m_preview(new EnrichPreviewModel(this))
    , m_results(new EnrichPreviewModel(this))
    , m_rebuildTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("enrichmentPage"));
    setAcceptDrops(true);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(150);
    connect(m_rebuildTimer, &QTimer::timeout, this, &EnrichmentPage::rebuildPlan);
    connect(&m_readWatcher, &QFutureWatcherBase::finished, this, &EnrichmentPage::onFileRead);
    connect(&m_planWatcher, &QFutureWatcherBase::finished, this, &EnrichmentPage::onPlanBuilt);
    connect(m_mapping, &MappingModel::mappingChanged, this, &EnrichmentPage::scheduleRebuild);
    connect(this, &FeaturePage::trackedJobFinished, this, &EnrichmentPage::updateEnabled);
    buildUi();
    refreshTemplates();
    followSession();
}

EnrichmentPage::~EnrichmentPage()
{
    m_readWatcher.waitForFinished();
    m_planWatcher.waitForFinished();
}

void EnrichmentPage::buildUi()
{
    auto *root = new QVBoxLayout(this);

    // --- campaign
    auto *top = new QHBoxLayout;
    auto *campaignLabel = new QLabel(tr("&Campaign:"), this);
    m_campaignCombo = named(new QComboBox(this), tr("Campaign"));
    m_campaignCombo->setMinimumContentsLength(40);
    campaignLabel->setBuddy(m_campaignCombo);
    m_refreshButton = named(new QPushButton(tr("R&efresh"), this), tr("Refresh the campaigns"));
    top->addWidget(campaignLabel);
    top->addWidget(m_campaignCombo, 1);
    top->addWidget(m_refreshButton);
    root->addLayout(top);
    m_campaignInfo = named(new QLabel(tr("Sign in to a tenant to see its campaigns."), this),
                           tr("Campaign details"));
    m_campaignInfo->setWordWrap(true);
    root->addWidget(m_campaignInfo);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    root->addWidget(split, 1);

    // --- left: the file, reading options, templates, the schema
    auto *left = new QWidget(split);
    auto *l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    auto *fileBox = new QGroupBox(tr("CRM export"), left);
    auto *fb = new QVBoxLayout(fileBox);
    auto *fileButtons = new QHBoxLayout;
    m_openButton = named(new QPushButton(tr("&Open CSV…"), fileBox), tr("Open a CRM export"));
    m_demoButton = named(new QToolButton(fileBox), tr("Open a demo export"));
    m_demoButton->setText(tr("Demo exports"));
    m_demoButton->setPopupMode(QToolButton::InstantPopup);
    auto *demoMenu = new QMenu(m_demoButton);
    for (const QString &f : demoFiles())
        demoMenu->addAction(QFileInfo(f).fileName(), this, [this, f] { loadFile(f); });
    m_demoButton->setMenu(demoMenu);
    fileButtons->addWidget(m_openButton);
    fileButtons->addWidget(m_demoButton);
    fileButtons->addStretch(1);
    fb->addLayout(fileButtons);
    m_fileInfo = named(new QLabel(tr("Open a CSV file, or drop one here."), fileBox),
                       tr("File details"));
    m_fileInfo->setWordWrap(true);
    fb->addWidget(m_fileInfo);
    m_fileProblems = named(new QLabel(fileBox), tr("Problems in the file"));
    m_fileProblems->setWordWrap(true);
    m_fileProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fb->addWidget(m_fileProblems);
    l->addWidget(fileBox);

    auto *readBox = new QGroupBox(tr("Reading the values"), left);
    auto *rf = new QFormLayout(readBox);
    m_dateOrder = named(new QComboBox(readBox), tr("Date order"));
    m_dateOrder->addItem(tr("Detect from the values"), int(DateOrder::Auto));
    m_dateOrder->addItem(tr("Day first (15/01/2024)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (01/15/2024)"), int(DateOrder::MonthFirst));
    rf->addRow(tr("Date&s:"), m_dateOrder);
    m_decimalComma = named(new QCheckBox(tr("Dec&imal comma (1.234,56)"), readBox),
                           tr("Numbers use a decimal comma"));
    rf->addRow(tr("Numbers:"), m_decimalComma);
    m_duplicates = named(new QComboBox(readBox), tr("When a contact id appears twice"));
    m_duplicates->addItem(tr("Use the first row"), int(DuplicatePolicy::First));
    m_duplicates->addItem(tr("Use the last row"), int(DuplicatePolicy::Last));
    m_duplicates->addItem(tr("Skip all of them"), int(DuplicatePolicy::Error));
    rf->addRow(tr("Dup&licates:"), m_duplicates);
    m_nullTokens = named(new QLineEdit(readBox), tr("More values meaning no value"));
    m_nullTokens->setPlaceholderText(tr("e.g. -, TBD (besides empty, null, N/A, none)"));
    rf->addRow(tr("&No value:"), m_nullTokens);
    l->addWidget(readBox);

    auto *tmplBox = new QGroupBox(tr("Mapping templates"), left);
    auto *tb = new QGridLayout(tmplBox);
    m_templates = named(new QComboBox(tmplBox), tr("Saved mapping templates"));
    m_applyTemplate = named(new QPushButton(tr("Use"), tmplBox), tr("Use the chosen template"));
    m_saveTemplate
            = named(new QPushButton(tr("Save as…"), tmplBox), tr("Save the mapping as a template"));
    m_importTemplate = named(new QPushButton(tr("Import…"), tmplBox), tr("Import a template file"));
    m_exportTemplate = named(new QPushButton(tr("Export…"), tmplBox),
                             tr("Export the chosen template to a file"));
    m_deleteTemplate
            = named(new QPushButton(tr("Delete"), tmplBox), tr("Delete the chosen template"));
    tb->addWidget(m_templates, 0, 0, 1, 3);
    tb->addWidget(m_applyTemplate, 0, 3);
    tb->addWidget(m_saveTemplate, 1, 0);
    tb->addWidget(m_importTemplate, 1, 1);
    tb->addWidget(m_exportTemplate, 1, 2);
    tb->addWidget(m_deleteTemplate, 1, 3);
    l->addWidget(tmplBox);

    auto *schemaBox = new QGroupBox(tr("Attributes of the list"), left);
    auto *sb = new QVBoxLayout(schemaBox);
    m_schemaView = named(new QTreeWidget(schemaBox), tr("Attributes of the list"));
    m_schemaView->setHeaderLabels({tr("Attribute"), tr("Type"), tr("Rules")});
    m_schemaView->setRootIsDecorated(false);
    sb->addWidget(m_schemaView);
    l->addWidget(schemaBox, 1);

    // --- right: mapping, preview, fill rates, results
    m_tabs = named(new QTabWidget(split), tr("Enrichment steps"));
    auto *mappingTab = new QWidget(m_tabs);
    auto *mt = new QVBoxLayout(mappingTab);
    auto *hint = new QLabel(tr("Each column of the file feeds an attribute of the list, or is "
                               "ignored. Press F2 or double-click a row's attribute to change it."),
                            mappingTab);
    hint->setWordWrap(true);
    mt->addWidget(hint);
    m_mappingView = named(new QTableView(mappingTab), tr("Column mapping"));
    m_mappingView->setModel(m_mapping); // in the file's column order
    m_mappingView->setItemDelegateForColumn(MappingModel::TargetColumn, new TargetDelegate(this));
    m_mappingView->setEditTriggers(QAbstractItemView::DoubleClicked
                                   | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::SelectedClicked);
    m_mappingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mappingView->verticalHeader()->hide();
    m_mappingView->setWordWrap(false);
    m_mappingView->verticalHeader()->setDefaultSectionSize(m_mappingView->fontMetrics().height()
                                                           + 10);
    m_mappingView->resizeColumnsToContents(); // headers readable before a file is open
    m_mappingView->horizontalHeader()->setSectionResizeMode(MappingModel::SamplesColumn,
                                                            QHeaderView::Stretch);
    mt->addWidget(m_mappingView, 1);
    m_tabs->addTab(mappingTab, tr("&Mapping"));

    auto *previewTab = new QWidget(m_tabs);
    auto *pt = new QVBoxLayout(previewTab);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Sho&w:"), previewTab);
    m_previewFilter = named(new QComboBox(previewTab), tr("Rows to show"));
    m_previewFilter->addItem(tr("All rows"), int(EnrichPreviewModel::Filter::All));
    m_previewFilter->addItem(tr("Rows with errors"), int(EnrichPreviewModel::Filter::Errors));
    m_previewFilter->addItem(tr("Skipped rows"), int(EnrichPreviewModel::Filter::Skipped));
    m_previewFilter->addItem(tr("Rows that are sent"), int(EnrichPreviewModel::Filter::Sent));
    filterLabel->setBuddy(m_previewFilter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_previewFilter);
    m_counts = named(new QLabel(previewTab), tr("Preview counts"));
    m_counts->setWordWrap(true);
    filterRow->addWidget(m_counts, 1);
    pt->addLayout(filterRow);
    m_previewView = named(new QTableView(previewTab), tr("Rows as the tenant would get them"));
    // In the file's order, filtered by the model itself: a million rows never go through a
    // sorting proxy on the GUI thread.
    setUpRowsView(m_previewView, m_preview);
    pt->addWidget(m_previewView, 1);
    m_tabs->addTab(previewTab, tr("&Preview"));

    m_chart = new QChart;
    m_chart->setTitle(tr("Fill rate per attribute (filled cells of all rows, before any row is "
                         "skipped)"));
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    auto *chartView = named(new QChartView(m_chart, m_tabs), tr("Fill rate chart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(chartView, tr("&Fill rate"));

    auto *resultsTab = new QWidget(m_tabs);
    auto *rt = new QVBoxLayout(resultsTab);
    m_resultsText = named(new QLabel(tr("Nothing has been applied yet. Apply sends the rows of "
                                        "the preview; a dry run is what you see until then."),
                                     resultsTab),
                          tr("Results"));
    m_resultsText->setWordWrap(true);
    m_resultsText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_resultsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rt->addWidget(m_resultsText);
    auto *resultsRow = new QHBoxLayout;
    auto *resultsLabel = new QLabel(tr("Sho&w:"), resultsTab);
    m_resultsFilter = named(new QComboBox(resultsTab), tr("Outcomes to show"));
    m_resultsFilter->addItem(tr("Every row sent"), int(EnrichPreviewModel::Filter::Sent));
    m_resultsFilter->addItem(tr("Rows not applied"), int(EnrichPreviewModel::Filter::NotApplied));
    resultsLabel->setBuddy(m_resultsFilter);
    resultsRow->addWidget(resultsLabel);
    resultsRow->addWidget(m_resultsFilter);
    resultsRow->addStretch(1);
    m_exportResults = named(new QPushButton(tr("E&xport results as CSV…"), resultsTab),
                            tr("Export the outcome of every row as CSV"));
    resultsRow->addWidget(m_exportResults);
    rt->addLayout(resultsRow);
    m_results->setFilter(EnrichPreviewModel::Filter::Sent);
    m_resultsView = named(new QTableView(resultsTab), tr("Outcome of every row sent"));
    setUpRowsView(m_resultsView, m_results);
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    // Line, contact id and outcome (with its reason); the values are on the Preview tab.
    const auto onlyOutcomes = [this] {
        for (int c = 0; c < m_results->columnCount(); ++c)
            m_resultsView->setColumnHidden(c, c > 2);
    };
    connect(m_results, &QAbstractItemModel::modelReset, this, onlyOutcomes);
    connect(m_results, &QAbstractItemModel::columnsInserted, this, onlyOutcomes);
    rt->addWidget(m_resultsView, 1);
    m_tabs->addTab(resultsTab, tr("&Results"));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({380, 900});

    // --- the actions
    auto *actions = new QHBoxLayout;
    actions->addWidget(progressBar());
    actions->addWidget(statusLabel(), 1);
    m_cancelButton = named(new QPushButton(tr("Cancel"), this), tr("Cancel the running step"));
    m_undoButton = named(new QPushButton(tr("&Undo this run…"), this),
                         tr("Undo the last enrichment run"));
    m_applyButton = named(new QPushButton(tr("&Apply…"), this), tr("Apply the enrichment"));
    m_applyButton->setDefault(true);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_undoButton);
    actions->addWidget(m_applyButton);
    root->addLayout(actions);
    setStatus(tr("Pick a campaign, then open its CRM export."));

    connect(m_refreshButton, &QPushButton::clicked, this, &EnrichmentPage::refreshCampaigns);
    connect(m_campaignCombo, &QComboBox::currentIndexChanged, this,
            &EnrichmentPage::onCampaignChanged);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this, tr("Open a CRM export"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    for (QWidget *w : std::initializer_list<QWidget *>{m_dateOrder, m_duplicates}) {
        connect(static_cast<QComboBox *>(w), &QComboBox::currentIndexChanged, this,
                &EnrichmentPage::scheduleRebuild);
    }
    connect(m_decimalComma, &QCheckBox::toggled, this, &EnrichmentPage::scheduleRebuild);
    connect(m_nullTokens, &QLineEdit::textChanged, this, &EnrichmentPage::scheduleRebuild);
    connect(m_previewFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_preview->setFilter(EnrichPreviewModel::Filter(m_previewFilter->currentData().toInt()));
    });
    connect(m_resultsFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_results->setFilter(EnrichPreviewModel::Filter(m_resultsFilter->currentData().toInt()));
    });
    connect(m_applyTemplate, &QPushButton::clicked, this, &EnrichmentPage::applyTemplate);
    connect(m_saveTemplate, &QPushButton::clicked, this, &EnrichmentPage::saveTemplate);
    connect(m_importTemplate, &QPushButton::clicked, this, &EnrichmentPage::importTemplate);
    connect(m_exportTemplate, &QPushButton::clicked, this, &EnrichmentPage::exportTemplate);
    connect(m_deleteTemplate, &QPushButton::clicked, this, &EnrichmentPage::deleteTemplate);
    connect(m_applyButton, &QPushButton::clicked, this, &EnrichmentPage::apply);
    connect(m_undoButton, &QPushButton::clicked, this, &EnrichmentPage::undo);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (runningJob())
            runningJob()->cancel();
    });
    connect(m_exportResults, &QPushButton::clicked, this, &EnrichmentPage::exportResults);
    updateChart();
    updateEnabled();
}

void EnrichmentPage::onSessionChanged(TenantSession *)
{
    m_campaigns.clear();
    m_campaignCombo->clear();
    m_schema = {};
    updateSchemaView();
    m_demoButton->setVisible(session() && session()->isDemo());
    if (session())
        refreshCampaigns();
    else
        m_campaignInfo->setText(tr("Sign in to a tenant to see its campaigns."));
    updateEnabled();
}

void EnrichmentPage::refreshCampaigns()
{
    if (!session())
        return;
    m_campaignInfo->setText(tr("Loading the campaigns…"));
    delete m_campaignReader;
    m_campaignReader = new PagedReader(session()->client(), this);
    auto campaigns = std::make_shared<QList<CampaignInfo>>();
    connect(m_campaignReader, &PagedReader::finished, this, [this, campaigns](bool ok) {
        if (!ok) {
            m_campaignInfo->setText(
                    tr("The campaigns could not be loaded: %1").arg(m_campaignReader->errorText()));
            return;
        }
        const QString current = m_campaignCombo->currentData().toString();
        m_campaigns = *campaigns;
        QSignalBlocker block(m_campaignCombo);
        m_campaignCombo->clear();
        for (const CampaignInfo &c : std::as_const(m_campaigns))
            m_campaignCombo->addItem(tr("%1 — %2").arg(c.name, c.status), c.id);
        const int keep = m_campaignCombo->findData(current);
        m_campaignCombo->setCurrentIndex(keep >= 0 ? keep : (m_campaigns.isEmpty() ? -1 : 0));
        block.unblock();
        onCampaignChanged();
        Q_EMIT campaignsLoaded();
    });
    m_campaignReader->start(
            EnrichmentApi::campaignsRequest(),
            [campaigns](const Result &page, std::optional<Request> *next, QString *error) {
                return EnrichmentApi::readCampaignsPage(page, campaigns.get(), next, error);
            });
}

const CampaignInfo *EnrichmentPage::currentCampaign() const
{
    const int i = m_campaignCombo->currentIndex();
    return i >= 0 && i < m_campaigns.size() ? &m_campaigns[i] : nullptr;
}

void EnrichmentPage::onCampaignChanged()
{
    const CampaignInfo *c = currentCampaign();
    if (!c) {
        m_campaignInfo->setText(m_campaigns.isEmpty() ? tr("The tenant has no outbound campaigns.")
                                                      : QString());
        updateEnabled();
        return;
    }
    const QLocale locale;
    QString text = tr("Status %1 · enrichment budget %2 ms, so batches of at most %3 contacts · "
                      "list %4")
                           .arg(c->status, locale.toString(c->maxEnrichmentTimeout),
                                locale.toString(c->batchLimit()), c->contactListId);
    if (c->status != u"active")
        text += u' ' + tr("(the campaign is %1: the list can still be enriched)").arg(c->status);
    m_campaignInfo->setText(text);
    loadSchema();
}

void EnrichmentPage::loadSchema()
{
    const CampaignInfo *c = currentCampaign();
    if (!session() || !c)
        return;
    CallHandle *call = EnrichmentApi(session()->client()).schema(c->contactListId);
    connect(call, &CallHandle::finished, this, [this](const Result &r) {
        ListSchema schema;
        QString error;
        if (!r.ok() || !EnrichmentApi::parseSchema(r.json.object(), &schema, &error)) {
            setStatus(tr("The list's attributes could not be loaded: %1")
                              .arg(r.ok() ? error : r.errorText));
            return;
        }
        m_schema = schema;
        updateSchemaView();
        if (m_table) {
            QList<MappingSuggestion> suggestions;
            const EnrichMapping mapping
                    = EnrichMapping::suggested(m_table->info.header, m_schema, &suggestions);
            m_mapping->reset(m_table, m_schema, mapping, suggestions);
            scheduleRebuild();
        }
        updateEnabled();
        Q_EMIT schemaLoaded();
    });
}

void EnrichmentPage::updateSchemaView()
{
    m_schemaView->clear();
    for (const SchemaAttribute &a : std::as_const(m_schema.attributes)) {
        QStringList rules;
        if (a.required)
            rules << tr("required");
        if (a.maxLength > 0)
            rules << tr("up to %1 characters").arg(a.maxLength);
        if (!a.enumValues.isEmpty())
            rules << a.enumValues.join(QStringLiteral(", "));
        auto *item = new QTreeWidgetItem(m_schemaView, {a.label.isEmpty() ? a.name : a.label,
                                                        SchemaAttribute::typeName(a.type),
                                                        rules.join(QStringLiteral("; "))});
        item->setToolTip(0, a.name);
    }
    m_schemaView->resizeColumnToContents(0);
}

void EnrichmentPage::loadFile(const QString &path)
{
    if (m_readWatcher.isRunning())
        return;
    m_fileName = path.startsWith(u':') ? QFileInfo(path).fileName() : path;
    m_fileInfo->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_fileProblems->clear();
    setStatus(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_readWatcher.setFuture(QtConcurrent::run([path] {
        auto table = std::make_shared<CsvTable>();
        CsvOptions o;
        o.maxBytes = qint64(4) * 1024 * 1024 * 1024;
        readCsvTable(path, o, table.get());
        return table;
    }));
}

void EnrichmentPage::onFileRead()
{
    const std::shared_ptr<CsvTable> table = m_readWatcher.result();
    if (!table->info.fatal.isEmpty()) {
        m_fileInfo->setText(tr("%1 could not be read: %2")
                                    .arg(QFileInfo(m_fileName).fileName(), table->info.fatal));
        setStatus(tr("Nothing was read; fix the file and open it again."));
        return;
    }
    m_table = table;
    m_fileInfo->setText(
            tr("%1 — %2").arg(QFileInfo(m_fileName).fileName(), table->info.describe()));
    if (table->info.encodingFallback)
        m_fileInfo->setText(m_fileInfo->text() + u'\n'
                            + tr("The file is not UTF-8: it was read as Windows-1252. Check the "
                                 "accented letters in the preview."));
    QStringList problems;
    for (qsizetype i = 0; i < table->info.problems.size() && i < 8; ++i)
        problems << tr("Line %1: %2")
                            .arg(table->info.problems[i].line)
                            .arg(table->info.problems[i].text);
    if (table->info.problemCount > 8)
        problems << tr("… and %n more.", nullptr, int(table->info.problemCount - 8));
    m_fileProblems->setText(problems.join(u'\n'));
    QList<MappingSuggestion> suggestions;
    const EnrichMapping mapping
            = EnrichMapping::suggested(table->info.header, m_schema, &suggestions);
    m_mapping->reset(m_table, m_schema, mapping, suggestions);
    m_mappingView->resizeColumnsToContents();
    m_mappingView->horizontalHeader()->setSectionResizeMode(MappingModel::SamplesColumn,
                                                            QHeaderView::Stretch);
    m_tabs->setCurrentIndex(0);
    scheduleRebuild();
}

void EnrichmentPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1
        && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void EnrichmentPage::dropEvent(QDropEvent *event)
{
    loadFile(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

EnrichOptions EnrichmentPage::currentOptions() const
{
    EnrichOptions o;
    o.coercion.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    o.coercion.decimalMark = m_decimalComma->isChecked() ? DecimalMark::Comma : DecimalMark::Auto;
    o.duplicates = DuplicatePolicy(m_duplicates->currentData().toInt());
    for (const QString &t : m_nullTokens->text().split(u',', Qt::SkipEmptyParts))
        o.extraNullTokens << t.trimmed();
    return o;
}

void EnrichmentPage::scheduleRebuild()
{
    m_planStale = true;
    updateEnabled();
    m_rebuildTimer->start();
}

void EnrichmentPage::rebuildPlan()
{
    if (!m_table || m_schema.attributes.isEmpty())
        return;
    if (m_planWatcher.isRunning()) {
        m_rebuildTimer->start(); // a newer mapping: build again once this one is done
        return;
    }
    m_planStale = false;
    setStatus(tr("Checking %1…").arg(countText(m_table->rowCount(), tr("row"), tr("rows"))));
    m_planWatcher.setFuture(
            QtConcurrent::run([table = std::shared_ptr<const CsvTable>(m_table), schema = m_schema,
                               mapping = m_mapping->mapping(), options = currentOptions()] {
                return EnrichPlan::build(table, schema, mapping, options);
            }));
}

void EnrichmentPage::onPlanBuilt()
{
    m_plan = m_planWatcher.result();
    m_preview->setPlan(m_plan);
    m_results->setPlan(nullptr); // a new plan has had no run
    m_mapping->setPlan(m_plan);
    // The counts are known now: their columns fit them (and their headers).
    for (const int c : {int(MappingModel::ConfidenceColumn), int(MappingModel::FilledColumn),
                        int(MappingModel::ErrorsColumn)})
        m_mappingView->resizeColumnToContents(c);
    updateChart();
    m_counts->setText(countsText());
    if (!m_planStale)
        setStatus(m_plan->contacts() > 0
                          ? tr("Nothing is sent until you apply. Check the preview and the fill "
                               "rates.")
                          : tr("No row can be sent yet: map the contact id column and at least one "
                               "attribute."));
    updateEnabled();
    Q_EMIT planReady();
}

QString EnrichmentPage::countsText() const
{
    if (!m_plan)
        return tr("No file yet.");
    const QLocale l;
    return tr("%1 rows · %2 to send · skipped: %3 without contact id, %4 duplicate, %5 with "
              "errors, %6 without values · fill rate %7\u00a0%")
            .arg(l.toString(m_plan->rowCount()), l.toString(m_plan->contacts()),
                 l.toString(m_plan->count(RowState::NoContactId)),
                 l.toString(m_plan->count(RowState::Duplicate)),
                 l.toString(m_plan->count(RowState::RowError)),
                 l.toString(m_plan->count(RowState::NoValues)),
                 l.toString(m_plan->fillRate() * 100, 'f', 1));
}

void EnrichmentPage::updateChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    if (!m_plan || m_plan->fields().isEmpty())
        return;
    auto *series = new QHorizontalBarSeries;
    auto *filled = new QBarSet(tr("filled"));
    filled->setColor(QColor(0x1a, 0x5f, 0xb4));
    QStringList categories;
    // Bottom to top: the chart reads top-down in the mapping's order.
    for (qsizetype i = m_plan->fields().size() - 1; i >= 0; --i) {
        const FieldStats &f = m_plan->fields()[i];
        categories << QStringLiteral("%1  %2\u00a0%").arg(f.attribute).arg(qRound(f.rate() * 100));
        filled->append(f.rate() * 100.0);
    }
    series->append(filled);
    series->setLabelsVisible(false);
    m_chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d %"));
    x->setTickCount(6);
    x->setTitleText(tr("filled cells, % of rows"));
    m_chart->addAxis(y, Qt::AlignLeft);
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}

void EnrichmentPage::updateEnabled()
{
    const bool busy = isBusy();
    const bool ready = session() && m_plan && !m_planStale && !m_planWatcher.isRunning()
                       && m_plan->contacts() > 0 && currentCampaign();
    m_applyButton->setEnabled(ready && !busy);
    m_applyButton->setToolTip(ready ? QString()
                                    : tr("Open a file and map its contact id and at least one "
                                         "attribute first."));
    m_undoButton->setEnabled(!busy && session() && !m_lastJournal.isEmpty());
    m_cancelButton->setEnabled(busy);
    m_refreshButton->setEnabled(session() && !busy);
    m_openButton->setEnabled(!busy);
    m_exportResults->setEnabled(m_plan != nullptr && !busy);
    const bool haveTemplate = m_templates->count() > 0;
    m_applyTemplate->setEnabled(haveTemplate && m_table != nullptr);
    m_exportTemplate->setEnabled(haveTemplate);
    m_deleteTemplate->setEnabled(haveTemplate);
    m_saveTemplate->setEnabled(m_table != nullptr);
}

bool EnrichmentPage::confirm(const QString &title, const QString &text, const QString &action)
{
    // The same question box as every change to a tenant: the button says what it does and Enter
    // does not press it.
    ConfirmDialog dialog(title, text, action, this);
    if (m_confirm)
        m_confirm(&dialog);
    else
        dialog.exec();
    return dialog.result() == QDialog::Accepted;
}

QString EnrichmentPage::applyConfirmationText(const QString &journal) const
{
    const CampaignInfo *c = currentCampaign();
    if (!m_plan || !c)
        return {};
    const QLocale l;
    const int batchSize = c->batchLimit();
    const qint64 batches = (m_plan->contacts() + batchSize - 1) / batchSize;
    const qint64 seconds = qint64(std::ceil(double(m_plan->contacts()) / 500.0));
    QString text = tr("Enrich %1 of list %2 (campaign %3) in %4 of at most %5.\n\n"
                      "Attributes written: %6.\n"
                      "Rows skipped: %7 (no contact id %8, duplicate %9, errors %10, no values "
                      "%11).\n\n"
                      "Paced at 500 contacts a second: about %12.\n"
                      "Each contact's current values are read and journaled before its batch is "
                      "sent; Undo this run puts them back.\n"
                      "Journal: %13")
                           .arg(countText(m_plan->contacts(), tr("contact"), tr("contacts")),
                                c->contactListId, c->name,
                                countText(batches, tr("batch"), tr("batches")))
                           .arg(batchSize);
    QStringList attributes;
    for (const FieldStats &f : m_plan->fields())
        attributes << f.attribute;
    text = text.arg(attributes.join(QStringLiteral(", ")),
                    l.toString(m_plan->rowCount() - m_plan->contacts()),
                    l.toString(m_plan->count(RowState::NoContactId)),
                    l.toString(m_plan->count(RowState::Duplicate)),
                    l.toString(m_plan->count(RowState::RowError)),
                    l.toString(m_plan->count(RowState::NoValues)),
                    seconds < 90 ? countText(seconds, tr("second"), tr("seconds"))
                                 : countText((seconds + 59) / 60, tr("minute"), tr("minutes")))
                   .arg(QDir::toNativeSeparators(journal));
    if (c->status != u"active")
        text += u"\n\n" + tr("Note: the campaign is %1.").arg(c->status);
    return text;
}

void EnrichmentPage::apply()
{
    const CampaignInfo *c = currentCampaign();
    if (!session() || !m_plan || !c || isBusy())
        return;
    // The journal is named before the question, so that the question can say where it goes.
    const QString journal = EnrichApplyJob::defaultJournalPath(c->contactListId);
    if (!confirm(tr("Apply the enrichment"), applyConfirmationText(journal),
                 tr("Enrich %1").arg(countText(m_plan->contacts(), tr("contact"), tr("contacts")))))
        return;
    EnrichApplyOptions o;
    o.campaign = *c;
    o.journalPath = journal;
    o.sourceName = QFileInfo(m_fileName).fileName();
    auto *job = new EnrichApplyJob(session()->client(), m_plan, o);
    m_lastRunList = c->contactListId;
    m_lastRunCampaign = c->name;
    m_lastRunTime = QDateTime::currentDateTime();
    const std::shared_ptr<const EnrichPlan> plan = m_plan;
    connect(job, &Job::finished, this, [this, job, plan](JobState state) {
        m_lastJournal = job->journalPath();
        m_lastRunApplied = job->applied();
        m_lastOutcomes = job->outcomes();
        m_lastReasons = job->reasons();
        m_lastRunPlan = plan;
        if (m_plan == plan) {
            m_preview->setOutcomes(m_lastOutcomes, m_lastReasons);
            m_results->setPlan(plan); // the results table fills once there are outcomes
            m_results->setOutcomes(m_lastOutcomes, m_lastReasons);
        }
        const QLocale l;
        QString text
                = tr("Applied %1 · rejected %2 · not on the list %3 · not sent %4 · skipped "
                     "before sending %5.\nJournal: %6")
                          .arg(l.toString(job->applied()), l.toString(job->rejected()),
                               l.toString(job->notFound()), l.toString(job->notSent()),
                               l.toString(plan->rowCount() - plan->contacts()), job->journalPath());
        if (job->refreshed())
            text += u'\n' + tr("The list was refreshed: the dialler reads the new values now.");
        if (state != JobState::Succeeded)
            text += u"\n\n" + (state == JobState::Cancelled ? tr("Cancelled.") : job->errorText());
        m_resultsText->setText(text);
        m_tabs->setCurrentIndex(3);
        setStatus(state == JobState::Succeeded
                          ? tr("Enrichment applied. The preview shows each row's outcome.")
                          : (state == JobState::Cancelled ? tr("Cancelled; what was sent stays "
                                                               "journaled.")
                                                          : job->errorText()));
        updateEnabled();
        Q_EMIT applyFinished(state == JobState::Succeeded);
    });
    track(job);
    updateEnabled();
}

QString EnrichmentPage::undoConfirmationText() const
{
    return tr("Undo the enrichment run of the list \u201c%1\u201d (campaign %2) from %3: every "
              "attribute it wrote "
              "on %4 goes back to the value it had before (an attribute that was empty is "
              "removed). Values someone changed since the run are left as they are.\n\nJournal: %5")
            .arg(m_lastRunList, m_lastRunCampaign,
                 QLocale().toString(m_lastRunTime, QLocale::LongFormat),
                 countText(m_lastRunApplied, tr("contact"), tr("contacts")), m_lastJournal);
}

void EnrichmentPage::undo()
{
    if (!session() || m_lastJournal.isEmpty() || isBusy())
        return;
    if (!confirm(tr("Undo this run"), undoConfirmationText(), tr("Undo the run")))
        return;
    auto *job = new EnrichUndoJob(session()->client(), m_lastJournal);
    connect(job, &Job::finished, this, [this, job](JobState state) {
        const QString text = state == JobState::Succeeded
                                     ? tr("Undone: %1 of %2 put back%3.")
                                               .arg(countText(job->restoredAttributes(),
                                                              tr("attribute"), tr("attributes")),
                                                    countText(job->restoredContacts(),
                                                              tr("contact"), tr("contacts")))
                                               .arg(job->changedSince() > 0
                                                            ? tr("; %1 changed since were left")
                                                                      .arg(job->changedSince())
                                                            : QString())
                                     : job->errorText();
        m_resultsText->setText(m_resultsText->text() + u"\n\n" + text);
        // The rows the undo put back read "undone" (against the plan of the run it undid).
        if (m_lastRunPlan) {
            job->markUndone(*m_lastRunPlan, &m_lastOutcomes, &m_lastReasons);
            if (m_plan == m_lastRunPlan) {
                m_preview->setOutcomes(m_lastOutcomes, m_lastReasons);
                m_results->setOutcomes(m_lastOutcomes, m_lastReasons);
            }
        }
        setStatus(text);
        updateEnabled();
        Q_EMIT undoFinished(state == JobState::Succeeded);
    });
    track(job);
    updateEnabled();
}

void EnrichmentPage::exportResults()
{
    if (!m_plan)
        return;
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the results"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                    + QStringLiteral("/enrichment-results.csv"),
            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ran = m_lastOutcomes.size() == size_t(m_plan->rowCount());
    if (!writeEnrichResults(path, *m_plan, ran ? &m_lastOutcomes : nullptr,
                            ran ? &m_lastReasons : nullptr, &error))
        setStatus(error);
    else
        setStatus(tr("Results written to %1.").arg(path));
}

void EnrichmentPage::refreshTemplates()
{
    const QString current = m_templates->currentText();
    m_templates->clear();
    m_templates->addItems(MappingTemplates::names());
    const int keep = m_templates->findText(current);
    if (keep >= 0)
        m_templates->setCurrentIndex(keep);
    updateEnabled();
}

void EnrichmentPage::applyTemplate()
{
    MappingTemplate t;
    QString error;
    if (!m_table || !MappingTemplates::load(m_templates->currentText(), &t, &error)) {
        setStatus(error);
        return;
    }
    QStringList unmatched;
    const EnrichMapping m = EnrichMapping::fromJson(t.mapping, m_table->info.header, &unmatched);
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(t.options.coercion.dateOrder)));
    m_decimalComma->setChecked(t.options.coercion.decimalMark == DecimalMark::Comma);
    m_duplicates->setCurrentIndex(m_duplicates->findData(int(t.options.duplicates)));
    m_nullTokens->setText(t.options.extraNullTokens.join(QStringLiteral(", ")));
    m_mapping->setMapping(m);
    setStatus(unmatched.isEmpty()
                      ? tr("Template \u201c%1\u201d applied.").arg(t.name)
                      : tr("Template \u201c%1\u201d applied; the file has none of its columns %2.")
                                .arg(t.name, unmatched.join(QStringLiteral(", "))));
}

void EnrichmentPage::saveTemplate()
{
    if (!m_table)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the mapping"), tr("Template name:"),
                                               QLineEdit::Normal, m_templates->currentText(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    const MappingTemplate t{name.trimmed(), m_mapping->mapping().toJson(m_table->info.header),
                            currentOptions()};
    if (!MappingTemplates::save(t, &error)) {
        setStatus(error);
        return;
    }
    refreshTemplates();
    m_templates->setCurrentIndex(m_templates->findText(t.name));
    setStatus(tr("Template \u201c%1\u201d saved.").arg(t.name));
}

void EnrichmentPage::importTemplate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a mapping template"), {},
                                                      tr("Templates (*.json)"));
    if (path.isEmpty())
        return;
    MappingTemplate t;
    QString error;
    if (!MappingTemplates::load(path, &t, &error) || !MappingTemplates::save(t, &error)) {
        setStatus(error);
        return;
    }
    refreshTemplates();
    m_templates->setCurrentIndex(m_templates->findText(t.name));
    setStatus(tr("Template \u201c%1\u201d imported.").arg(t.name));
}

void EnrichmentPage::exportTemplate()
{
    MappingTemplate t;
    QString error;
    if (!MappingTemplates::load(m_templates->currentText(), &t, &error)) {
        setStatus(error);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the mapping template"),
                                                      t.name + QStringLiteral(".json"),
                                                      tr("Templates (*.json)"));
    if (path.isEmpty())
        return;
    setStatus(MappingTemplates::exportTo(t, path, &error) ? tr("Exported to %1.").arg(path)
                                                          : error);
}

void EnrichmentPage::deleteTemplate()
{
    const QString name = m_templates->currentText();
    if (name.isEmpty()
        || !confirm(tr("Delete the template"),
                    tr("Delete the mapping template \u201c%1\u201d?").arg(name), tr("Delete")))
        return;
    QString error;
    if (!MappingTemplates::remove(name, &error))
        setStatus(error);
    refreshTemplates();
}

} // namespace cxone
