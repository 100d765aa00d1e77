#include "ui/contactlists/contactlistspage.h"
#include "ui/emptystate.h"

#include "models/contactlists/previewmodel.h"
#include "models/contactlists/sanitizehistory.h"
#include "models/contactlists/sanitizejobs.h"
#include "models/engine/job.h"
#include "models/engine/jobs/journal.h"
#include "models/engine/session/consolecontext.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/text.h"
#include "network/apiclient.h"
#include "ui/confirmdialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace cxone {

namespace {

Verdict verdictOfReason(Reason r)
{
    switch (r) {
    case Reason::AlreadyE164:
    case Reason::ManualKeep:
        return Verdict::Keep;
    case Reason::Reformatted:
    case Reason::ExtensionDropped:
        return Verdict::Update;
    default:
        return Verdict::Purge;
    }
}

QPushButton *button(const QString &text, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

ContactListsPage::ContactListsPage(ConsoleContext *context, QWidget *parent)
    : FeaturePage(context, parent)
    , m_runModel(new SanitizeRunModel(this))
    , m_model(new PreviewModel(this))
    , m_filter(new PreviewFilterModel(this))
    , m_filterDebounce(new QTimer(this))
    , m_chartDebounce(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);

    auto *root = new QVBoxLayout(this);

    // --- the list
    auto *top = new QHBoxLayout;
    m_listCombo = new QComboBox(this);
    m_listCombo->setAccessibleName(tr("Contact list"));
    m_listCombo->setMinimumContentsLength(28);
    auto *listLabel = new QLabel(tr("L&ist:"), this);
    listLabel->setBuddy(m_listCombo);
    m_refreshButton = button(tr("Re&fresh"), tr("Refresh the contact lists"), this);
    m_loadButton = button(tr("&Load contacts"), tr("Load the contacts of the list"), this);
    m_cancelButton = button(tr("Cancel"), tr("Cancel the running step"), this);
    QProgressBar *progress = progressBar();
    progress->setMaximumWidth(220);
    top->addWidget(listLabel);
    top->addWidget(m_listCombo, 1);
    top->addWidget(m_refreshButton);
    top->addWidget(m_loadButton);
    top->addWidget(m_cancelButton);
    top->addWidget(progress);
    root->addLayout(top);
    setStatus(tr("Sign in to a tenant to see its contact lists."));
    root->addWidget(statusLabel());

    // --- the directive
    auto *rules = new QGroupBox(tr("Directive"), this);
    auto *form = new QFormLayout;
    auto *regionsRow = new QHBoxLayout;
    m_defaultRegion = new QLineEdit(QStringLiteral("US"), rules);
    m_defaultRegion->setAccessibleName(tr("Default region"));
    m_defaultRegion->setToolTip(tr("Region for numbers written without a country code."));
    m_defaultRegion->setMaxLength(2);
    m_defaultRegion->setMaximumWidth(50);
    m_regions = new QLineEdit(QStringLiteral("US,CA"), rules);
    m_regions->setAccessibleName(tr("Allowed regions"));
    m_regions->setPlaceholderText(tr("US,CA,GB (empty: every region)"));
    m_useRegionsButton
            = button(tr("Allo&w these"), tr("Allow the regions found in the list"), rules);
    m_useRegionsButton->setToolTip(tr("Allow every region the list's valid numbers belong to."));
    regionsRow->addWidget(m_defaultRegion);
    regionsRow->addWidget(new QLabel(tr("Allowed regions:"), rules));
    regionsRow->addWidget(m_regions, 1);
    regionsRow->addWidget(m_useRegionsButton);
    form->addRow(tr("Default region:"), regionsRow);
    m_surveyLabel
            = new QLabel(tr("Load the list to see which regions its numbers belong to."), rules);
    m_surveyLabel->setAccessibleName(tr("Regions in the list"));
    m_surveyLabel->setWordWrap(true);
    form->addRow(tr("In this list:"), m_surveyLabel);
    auto *blockRow = new QHBoxLayout;
    for (const QString &name : SanitizeDirective::blockableTypeNames()) {
        auto *box = new QCheckBox(name, rules);
        box->setObjectName(QStringLiteral("block-") + name);
        box->setAccessibleName(tr("Block %1 numbers").arg(name));
        box->setChecked(name == u"voip" || name == u"premium-rate");
        blockRow->addWidget(box);
        m_blockBoxes.append(box);
    }
    blockRow->addStretch();
    form->addRow(tr("Block types:"), blockRow);
    auto *optionsRow = new QHBoxLayout;
    m_disposable = new QLineEdit(rules);
    m_disposable->setAccessibleName(tr("Disposable-number list file"));
    m_disposable->setPlaceholderText(tr("Disposable-number list (optional)"));
    auto *browse = button(tr("Browse…"), tr("Choose the disposable-number list file"), rules);
    m_duplicates = new QCheckBox(tr("Purge duplicates"), rules);
    m_duplicates->setAccessibleName(tr("Purge duplicate numbers"));
    m_duplicates->setChecked(true);
    m_lookup = new QCheckBox(tr("Carrier lookup"), rules);
    m_lookup->setAccessibleName(tr("Ask the carrier lookup"));
    m_previewButton = button(tr("&Preview"), tr("Preview the sanitization"), rules);
    m_previewButton->setDefault(true);
    optionsRow->addWidget(m_disposable, 1);
    optionsRow->addWidget(browse);
    optionsRow->addWidget(m_duplicates);
    optionsRow->addWidget(m_lookup);
    optionsRow->addWidget(m_previewButton);
    form->addRow(tr("Options:"), optionsRow);
    auto *guardRow = new QHBoxLayout;
    m_guardPercent = new QSpinBox(rules);
    m_guardPercent->setRange(1, 100);
    m_guardPercent->setSuffix(tr(" %"));
    m_guardPercent->setValue(
            QSettings().value(QStringLiteral("sanitize/purgeGuardPercent"), 20).toInt());
    m_guardPercent->setAccessibleName(tr("Purge guard: share of the list"));
    m_guardPercent->setToolTip(tr("When a run would purge more than this share of the list, "
                                  "Apply asks for the number of contacts to be typed."));
    auto *guardLabel = new QLabel(tr("Ask to type the count when a run purges more than"), rules);
    guardLabel->setBuddy(m_guardPercent);
    guardRow->addWidget(guardLabel);
    guardRow->addWidget(m_guardPercent);
    guardRow->addWidget(new QLabel(tr("of the list."), rules));
    guardRow->addStretch();
    form->addRow(tr("Safety:"), guardRow);
    rules->setLayout(form);
    root->addWidget(rules);

    // --- filters
    auto *filters = new QHBoxLayout;
    m_verdictFilter = new QComboBox(this);
    m_verdictFilter->setAccessibleName(tr("Filter by verdict"));
    m_verdictFilter->addItem(tr("All verdicts"), -1);
    for (int v = 0; v < kVerdictCount; ++v)
        m_verdictFilter->addItem(verdictName(Verdict(v)), v);
    m_reasonFilter = new QComboBox(this);
    m_reasonFilter->setAccessibleName(tr("Filter by reason"));
    m_reasonFilter->addItem(tr("All reasons"), -1);
    for (int r = 0; r < kReasonCount; ++r)
        m_reasonFilter->addItem(reasonName(Reason(r)), r);
    m_regionFilter = new QLineEdit(this);
    m_regionFilter->setAccessibleName(tr("Filter by region"));
    m_regionFilter->setPlaceholderText(tr("Region"));
    m_regionFilter->setMaxLength(2);
    m_regionFilter->setMaximumWidth(70);
    m_textFilter = new QLineEdit(this);
    m_textFilter->setAccessibleName(tr("Search id or number"));
    m_textFilter->setPlaceholderText(tr("Search id or number…"));
    enableClearButton(m_textFilter, tr("Clear the filter"));
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_verdictFilter);
    filters->addWidget(m_reasonFilter);
    filters->addWidget(m_regionFilter);
    filters->addWidget(m_textFilter, 1);
    root->addLayout(filters);

    // --- table and chart
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(split);
    m_table->setAccessibleName(tr("Preview"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(false); // a million-row sort on click would freeze; filters instead
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PreviewModel::IdColumn, 190);
    m_table->setColumnWidth(PreviewModel::OriginalColumn, 170);
    m_table->setColumnWidth(PreviewModel::E164Column, 130);
    m_table->setColumnWidth(PreviewModel::RegionColumn, 55);
    m_table->setColumnWidth(PreviewModel::TypeColumn, 140);
    m_table->setColumnWidth(PreviewModel::VerdictColumn, 70);
    setEmptyStateText(m_table, tr("Pick a list and load it; then Preview shows what sanitizing "
                                  "would do to each contact, before anything is changed."));
    m_chart = new QChart;
    m_chart->setTitle(tr("Contacts by reason"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    auto *chartView = new QChartView(m_chart, split);
    chartView->setAccessibleName(tr("Counts per verdict and reason"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumWidth(320);
    chartView->setMinimumHeight(220);
    // The runs on this list, newest first, each one undoable.
    auto *runs = new QGroupBox(tr("Runs on this list"));
    auto *runsLayout = new QVBoxLayout(runs);
    m_runsView = new QTableView(runs);
    m_runsView->setAccessibleName(tr("Runs on this list"));
    m_runsView->setModel(m_runModel);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->verticalHeader()->hide();
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runsView->setMinimumHeight(90);
    setEmptyStateText(m_runsView, tr("No run on this list yet. Every Apply is listed here, with "
                                     "a way to undo it."));
    runsLayout->addWidget(m_runsView, 1);
    auto *runButtons = new QHBoxLayout;
    m_restoreButton = button(tr("&Undo this run…"), tr("Undo the selected run"), runs);
    m_restoreFileButton
            = button(tr("Fr&om a journal file…"), tr("Restore from a journal file"), runs);
    m_restoreFileButton->setToolTip(tr("Restore from a journal that is not in this list's "
                                       "history (copied from another machine, say)."));
    runButtons->addWidget(m_restoreButton);
    runButtons->addStretch();
    runButtons->addWidget(m_restoreFileButton);
    runsLayout->addLayout(runButtons);
    auto *side = new QSplitter(Qt::Vertical, split);
    side->addWidget(chartView);
    side->addWidget(runs);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    side->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    root->addWidget(split, 1);

    // What the last run did, until the next one.
    m_outcome = new QLabel(this);
    m_outcome->setAccessibleName(tr("Outcome of the last run"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setFrameShape(QFrame::StyledPanel);
    m_outcome->setMargin(6);
    m_outcome->hide();
    root->addWidget(m_outcome);

    // --- counts and actions
    auto *bottom = new QHBoxLayout;
    m_counts = new QLabel(this);
    m_counts->setAccessibleName(tr("Counts"));
    m_keepButton = button(tr("&Keep"), tr("Keep the selected contacts"), this);
    m_purgeButton = button(tr("Pur&ge"), tr("Purge the selected contacts"), this);
    m_clearButton = button(tr("&Reset"), tr("Clear the overrides of the selected contacts"), this);
    m_exportButton = button(tr("&Export CSV…"), tr("Export the preview as CSV"), this);
    m_applyButton = button(tr("&Apply…"), tr("Apply the sanitization"), this);
    bottom->addWidget(m_counts, 1);
    for (QPushButton *b :
         {m_keepButton, m_purgeButton, m_clearButton, m_exportButton, m_applyButton})
        bottom->addWidget(b);
    root->addLayout(bottom);

    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(200);
    m_chartDebounce->setSingleShot(true);
    m_chartDebounce->setInterval(100);

    connect(m_refreshButton, &QPushButton::clicked, this, &ContactListsPage::refreshLists);
    connect(m_loadButton, &QPushButton::clicked, this, &ContactListsPage::loadSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &ContactListsPage::cancelRunning);
    connect(m_previewButton, &QPushButton::clicked, this, &ContactListsPage::startPreview);
    // Any change to the directive makes the preview on screen stale: Apply waits for a new one.
    for (QLineEdit *edit : {m_defaultRegion, m_regions, m_disposable})
        connect(edit, &QLineEdit::textChanged, this, &ContactListsPage::onDirectiveEdited);
    for (QCheckBox *box : m_blockBoxes)
        connect(box, &QCheckBox::toggled, this, &ContactListsPage::onDirectiveEdited);
    for (QCheckBox *box : {m_duplicates, m_lookup})
        connect(box, &QCheckBox::toggled, this, &ContactListsPage::onDirectiveEdited);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Disposable-number list"));
        if (!f.isEmpty())
            m_disposable->setText(f);
    });
    connect(m_keepButton, &QPushButton::clicked, this,
            [this] { overrideSelection(int(Verdict::Keep)); });
    connect(m_purgeButton, &QPushButton::clicked, this,
            [this] { overrideSelection(int(Verdict::Purge)); });
    connect(m_clearButton, &QPushButton::clicked, this, [this] { overrideSelection(-1); });
    connect(m_exportButton, &QPushButton::clicked, this, &ContactListsPage::exportCsv);
    connect(m_applyButton, &QPushButton::clicked, this, &ContactListsPage::apply);
    connect(m_restoreButton, &QPushButton::clicked, this, &ContactListsPage::restore);
    connect(m_restoreFileButton, &QPushButton::clicked, this, &ContactListsPage::restoreFile);
    connect(m_useRegionsButton, &QPushButton::clicked, this, &ContactListsPage::useSurveyRegions);
    connect(m_regions, &QLineEdit::textEdited, this, [this] { m_regionsEdited = true; });
    connect(m_guardPercent, &QSpinBox::valueChanged, this, [](int value) {
        QSettings().setValue(QStringLiteral("sanitize/purgeGuardPercent"), value);
    });
    connect(m_runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactListsPage::updateEnabled);
    connect(m_runsView, &QTableView::activated, this, &ContactListsPage::restore);
    connect(m_model, &PreviewModel::countsChanged, this, [this] {
        updateCounts();
        m_chartDebounce->start();
    });
    connect(m_chartDebounce, &QTimer::timeout, this, &ContactListsPage::updateChart);
    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setVerdict(m_verdictFilter->currentData().toInt()); });
    connect(m_reasonFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setReason(m_reasonFilter->currentData().toInt()); });
    connect(m_regionFilter, &QLineEdit::textChanged, this, [this] { m_filterDebounce->start(); });
    connect(m_textFilter, &QLineEdit::textChanged, this, [this] { m_filterDebounce->start(); });
    connect(m_filterDebounce, &QTimer::timeout, this, [this] {
        m_filter->setRegion(m_regionFilter->text().trimmed().toUpper());
        m_filter->setText(m_textFilter->text());
    });
    connect(m_listCombo, &QComboBox::currentIndexChanged, this, &ContactListsPage::onListChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactListsPage::updateEnabled);

    connect(this, &FeaturePage::trackedJobFinished, this, &ContactListsPage::updateEnabled);
    followSession();
    updateCounts();
    updateChart();
    updateEnabled();
}

ContactListsPage::~ContactListsPage() = default;

void ContactListsPage::onListChanged()
{
    const int i = m_listCombo->currentIndex();
    if (i >= 0 && i < m_lists.size() && !m_lists[i].defaultRegion.isEmpty())
        m_defaultRegion->setText(m_lists[i].defaultRegion);
    refreshRuns();
    updateEnabled();
}

void ContactListsPage::onSessionChanged(TenantSession *)
{
    m_lists.clear();
    m_listCombo->clear();
    m_snapshot.reset();
    m_parsed.reset();
    m_survey = {};
    m_model->setPreview({});
    m_runModel->setRuns({});
    m_outcome->hide();
    showSurvey();
    if (session())
        refreshLists();
    else
        setStatus(tr("Sign in to a tenant to see its contact lists."));
    updateEnabled();
}

void ContactListsPage::refreshLists(bool announce)
{
    if (!session())
        return;
    if (announce)
        setStatus(tr("Loading the contact lists…"));
    CallHandle *call = ContactListsApi(session()->client()).lists();
    connect(call, &CallHandle::finished, this, [this, announce](const Result &r) {
        QString error;
        QList<ContactListInfo> lists;
        if (!r.ok() || !ContactListsApi::parseLists(r.json.object(), &lists, &error)) {
            setStatus(tr("The contact lists could not be loaded: %1")
                              .arg(r.ok() ? error : r.errorText));
            return;
        }
        m_lists = lists;
        const QString current = m_listCombo->currentData().toString();
        {
            // Filled again without passing through the other lists.
            const QSignalBlocker block(m_listCombo);
            m_listCombo->clear();
            for (const ContactListInfo &l : std::as_const(m_lists))
                m_listCombo->addItem(
                        tr("%1 — %2").arg(l.name,
                                          countText(l.contactCount, tr("contact"), tr("contacts"))),
                        l.id);
            const int keep = m_listCombo->findData(current);
            m_listCombo->setCurrentIndex(keep >= 0 ? keep : (m_lists.isEmpty() ? -1 : 0));
        }
        if (m_listCombo->currentData().toString() != current)
            onListChanged();
        if (announce)
            setStatus(tr("%1. Pick one and load it.")
                              .arg(countText(m_lists.size(), tr("contact list"),
                                             tr("contact lists"))));
        updateEnabled();
        Q_EMIT listsLoaded();
    });
}

void ContactListsPage::loadSelected()
{
    const int i = m_listCombo->currentIndex();
    if (!session() || isBusy() || i < 0 || i >= m_lists.size())
        return;
    m_model->setPreview({});
    m_snapshot.reset();
    m_parsed.reset();
    m_survey = {};
    showSurvey();
    auto *job = new LoadContactsJob(session()->client(), m_lists[i].id, m_lists[i].name);
    QString region = m_defaultRegion->text().trimmed().toUpper();
    if (!SanitizeDirective::isRegionCode(region))
        region = m_lists[i].defaultRegion.isEmpty() ? QStringLiteral("US")
                                                    : m_lists[i].defaultRegion;
    job->setSurveyRegion(region);
    setStatus(tr("Loading %1…").arg(m_lists[i].name));
    connect(job, &Job::finished, this, [this, job](JobState state) {
        if (state == JobState::Succeeded) {
            m_snapshot = job->snapshot();
            m_survey = job->survey();
            m_parsed = job->parsed();
            const QLocale l;
            QString text = tr("%1 contacts loaded. ").arg(l.toString(qint64(m_snapshot->size())));
            const QStringList codes = m_survey.regionCodes();
            if (!codes.isEmpty() && !m_regionsEdited
                && m_regions->text().simplified().toUpper() != codes.join(u',')) {
                m_regions->setText(codes.join(u','));
                text += tr("Allowed regions set to the ones its numbers belong to (%1): narrow "
                           "them if the campaign should not call some. ")
                                .arg(codes.join(QStringLiteral(", ")));
            }
            m_regionsEdited = false;
            showSurvey();
            setStatus(text + tr("Set the directive and preview."));
            Q_EMIT contactsLoaded();
        } else if (state == JobState::Cancelled) {
            setStatus(tr("Loading cancelled; nothing is kept."));
        } else {
            setStatus(job->errorText());
        }
    });
    track(job);
    updateEnabled();
}

bool ContactListsPage::readDirective(SanitizeDirective *d, QString *error) const
{
    d->defaultRegion = m_defaultRegion->text().trimmed().toUpper();
    if (!SanitizeDirective::isRegionCode(d->defaultRegion)) {
        *error = tr("The default region '%1' is not a region code (two letters, like US).")
                         .arg(d->defaultRegion);
        return false;
    }
    if (!d->setRegions(m_regions->text(), error))
        return false;
    QStringList blocked;
    for (const QCheckBox *b : m_blockBoxes) {
        if (b->isChecked())
            blocked.append(b->text());
    }
    if (!d->setBlocked(blocked.join(u','), error))
        return false;
    if (!m_disposable->text().trimmed().isEmpty()
        && !d->disposable.load(m_disposable->text().trimmed(), error))
        return false;
    d->purgeDuplicates = m_duplicates->isChecked();
    d->lookup = m_lookup->isChecked();
    return true;
}

void ContactListsPage::startPreview()
{
    if (!session() || isBusy() || !m_snapshot)
        return;
    SanitizeDirective directive;
    QString error;
    if (!readDirective(&directive, &error)) {
        setStatus(error);
        QMessageBox::warning(this, tr("Directive"), error);
        return;
    }
    auto *job = new SanitizePreviewJob(session()->client(), m_snapshot, directive);
    job->reuseParsed(m_parsed, m_survey.defaultRegion);
    setStatus(tr("Previewing %1 contacts…").arg(m_snapshot->size()));
    m_pendingSettings = settingsText();
    connect(job, &Job::finished, this, [this, job](JobState state) {
        if (state != JobState::Succeeded) {
            setStatus(state == JobState::Cancelled ? tr("Preview cancelled.") : job->errorText());
            return;
        }
        m_previewSettings = m_pendingSettings;
        m_model->setPreview(job->preview());
        setStatus(tr("Preview ready: nothing has been changed. Review, override, export, then "
                     "apply."));
        Q_EMIT previewReady();
    });
    track(job);
    updateEnabled();
}

void ContactListsPage::cancelRunning()
{
    if (runningJob())
        runningJob()->cancel();
}

void ContactListsPage::overrideSelection(int verdict)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &proxy : rows) {
        const int row = m_filter->mapToSource(proxy).row();
        if (verdict < 0)
            m_model->clearOverride(row);
        else
            m_model->setOverride(row, Verdict(verdict));
    }
}

QString ContactListsPage::countsText() const
{
    const auto p = m_model->preview();
    if (!p)
        return tr("No preview yet.");
    const QLocale l;
    return tr("Update %1 · Purge %2 · Leave %3 · %4 overridden · %5\u00a0% format to E.164")
            .arg(l.toString(qint64(p->count(Verdict::Update))),
                 l.toString(qint64(p->count(Verdict::Purge))),
                 l.toString(qint64(p->count(Verdict::Keep))),
                 l.toString(qint64(p->overrideCount())),
                 l.toString(100.0 * p->formatSuccessRate(), 'f', 1));
}

void ContactListsPage::updateCounts()
{
    m_counts->setText(countsText());
    updateEnabled();
}

void ContactListsPage::updateChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    const auto p = m_model->preview();
    if (!p)
        return;
    auto *series = new QHorizontalStackedBarSeries;
    QBarSet *sets[kVerdictCount];
    const QColor colors[kVerdictCount]
            = {QColor(0x26, 0x7a, 0x2e), QColor(0x1a, 0x5f, 0xb4), QColor(0xb0, 0x20, 0x20)};
    for (int v = 0; v < kVerdictCount; ++v) {
        sets[v] = new QBarSet(verdictName(Verdict(v)));
        sets[v]->setColor(colors[v]);
    }
    QStringList categories;
    qsizetype max = 1;
    for (int r = 0; r < kReasonCount; ++r) {
        const qsizetype n = p->count(Reason(r));
        if (n == 0)
            continue;
        categories.append(reasonName(Reason(r)));
        for (int v = 0; v < kVerdictCount; ++v)
            sets[v]->append(verdictOfReason(Reason(r)) == Verdict(v) ? double(n) : 0.0);
        max = qMax(max, n);
    }
    for (QBarSet *s : sets)
        series->append(s);
    m_chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false); // "region-not-allowed", not "region-not-allo…"
    auto *x = new QValueAxis;
    x->setRange(0, double(max));
    x->setLabelFormat(QStringLiteral("%d"));
    x->applyNiceNumbers();
    m_chart->addAxis(y, Qt::AlignLeft);
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}

void ContactListsPage::updateEnabled()
{
    const bool busy = isBusy();
    const bool haveSession = session() != nullptr;
    const bool hasPreview = m_model->preview() != nullptr;
    const bool selection = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_refreshButton->setEnabled(haveSession && !busy);
    m_loadButton->setEnabled(haveSession && !busy && m_listCombo->currentIndex() >= 0);
    m_cancelButton->setEnabled(busy);
    m_previewButton->setEnabled(haveSession && !busy && m_snapshot);
    m_keepButton->setEnabled(hasPreview && selection && !busy);
    m_purgeButton->setEnabled(hasPreview && selection && !busy);
    m_clearButton->setEnabled(hasPreview && selection && !busy);
    m_exportButton->setEnabled(hasPreview);
    const bool stale = previewIsStale();
    m_applyButton->setEnabled(hasPreview && !busy && !stale
                              && (m_model->preview()->count(Verdict::Update)
                                  + m_model->preview()->count(Verdict::Purge))
                                         > 0);
    m_applyButton->setToolTip(stale ? tr("The directive changed since this preview: run Preview "
                                         "again first.")
                                    : QString());
    const SanitizeRun *run = selectedRun();
    const bool undone = run && run->restoreFinished && run->restoreFailed == 0;
    m_restoreButton->setEnabled(haveSession && !busy && run && !undone);
    m_restoreButton->setToolTip(
            !run     ? tr("Select a run in the history first.")
            : undone ? tr("This run was undone already.")
                     : tr("Put back what this run changed: %1.").arg(run->undoText()));
    m_restoreFileButton->setEnabled(haveSession && !busy);
    m_useRegionsButton->setEnabled(!m_survey.regions.isEmpty());
}

void ContactListsPage::exportCsv()
{
    const auto p = m_model->preview();
    if (!p)
        return;
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the preview"),
            QStringLiteral("preview-%1.csv").arg(p->contacts().listId()), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!p->exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export"), error);
    else
        setStatus(tr("Preview exported to %1.").arg(path));
}

QString ContactListsPage::settingsText() const
{
    QStringList blocked;
    for (const QCheckBox *b : m_blockBoxes) {
        if (b->isChecked())
            blocked.append(b->text());
    }
    const QString regions = m_regions->text().simplified().toUpper();
    const QString disposable = m_disposable->text().trimmed();
    return tr("default region %1; allowed regions %2; blocked types %3; duplicates %4; "
              "disposable-number list %5; carrier lookup %6")
            .arg(m_defaultRegion->text().trimmed().toUpper(),
                 regions.isEmpty() ? tr("any") : regions,
                 blocked.isEmpty() ? tr("none") : blocked.join(QStringLiteral(", ")),
                 m_duplicates->isChecked() ? tr("purged") : tr("kept"),
                 disposable.isEmpty() ? tr("none") : disposable,
                 m_lookup->isChecked() ? tr("on") : tr("off"));
}

bool ContactListsPage::previewIsStale() const
{
    return m_model->preview() != nullptr && m_previewSettings != settingsText();
}

void ContactListsPage::onDirectiveEdited()
{
    const bool wasEnabled = m_applyButton->isEnabled();
    updateEnabled();
    if (previewIsStale() && wasEnabled)
        setStatus(tr("The directive changed since this preview, so it no longer says what Apply "
                     "would do: run Preview again before applying."));
}

int ContactListsPage::purgeGuardPercent() const
{
    return m_guardPercent->value();
}

QString ContactListsPage::confirmationText(const QString &journalPath) const
{
    const auto p = m_model->preview();
    if (!p)
        return {};
    const QLocale locale;
    QString text;
    const qsizetype purge = p->count(Verdict::Purge);
    const double share = p->size() > 0 ? 100.0 * double(purge) / double(p->size()) : 0.0;
    if (share > purgeGuardPercent())
        text = tr("This run purges %1\u00a0% of the list (%2 of %3 contacts), more than the "
                  "%4\u00a0% "
                  "guard. Check the allowed regions and blocked types: is that what you mean?\n\n")
                       .arg(locale.toString(share, 'f', 1), locale.toString(qint64(purge)),
                            locale.toString(qint64(p->size())))
                       .arg(purgeGuardPercent());
    return text
           + tr("Apply to list %1 (%2) on tenant %3:\n\n"
                "update %4, purge %5, leave %6\n(%7)\n\n"
                "The preview was made with: %9.\n\n"
                "Deleted contacts cannot be undone on the tenant; they can be re-created from the "
                "journal, written before anything is sent (Undo this run, under Runs on this "
                "list):\n%8")
                     .arg(p->contacts().listName(), p->contacts().listId(),
                          session() ? session()->tenantName() : QString())
                     .arg(locale.toString(p->count(Verdict::Update)))
                     .arg(locale.toString(purge))
                     .arg(locale.toString(p->count(Verdict::Keep)))
                     .arg(tr("%n row(s) overridden by hand", "", int(p->overrideCount())))
                     .arg(journalPath, m_previewSettings);
}

bool ContactListsPage::ask(ConfirmDialog *dialog)
{
    if (m_confirm)
        m_confirm(dialog);
    else
        dialog->exec();
    return dialog->result() == QDialog::Accepted;
}

void ContactListsPage::apply()
{
    const auto p = m_model->preview();
    if (!session() || !p || isBusy() || previewIsStale())
        return;
    const QString journal = SanitizeJournal::defaultPath(p->contacts().listId());
    const QLocale l;
    const qsizetype purge = p->count(Verdict::Purge);
    ConfirmDialog dialog(
            tr("Apply sanitization"), confirmationText(journal),
            tr("Update %1 and purge %2")
                    .arg(l.toString(qint64(p->count(Verdict::Update))), l.toString(qint64(purge))),
            this);
    if (p->size() > 0 && 100.0 * double(purge) / double(p->size()) > purgeGuardPercent())
        dialog.requireTyping(tr("Type the number of contacts to purge (%1) to go ahead:")
                                     .arg(l.toString(qint64(purge))),
                             QString::number(purge));
    if (!ask(&dialog)) {
        setStatus(tr("Apply cancelled; nothing was sent."));
        return;
    }
    ApplyOptions options;
    options.journalPath = journal;
    m_lastJournal = journal;
    const QString listName = p->contacts().listName();
    auto *job = new SanitizeApplyJob(session()->client(), p, options);
    connect(job, &Job::finished, this, [this, job, listName](JobState state) {
        const bool ok = state == JobState::Succeeded;
        const QLocale locale;
        QString text
                = tr("Last run on %1, %2: updated %3, purged %4, failed %5, not sent %6.")
                          .arg(listName, localRunTime(QDateTime::currentDateTimeUtc()),
                               locale.toString(job->updatedOk()), locale.toString(job->purgedOk()),
                               locale.toString(job->failures()), locale.toString(job->notSent()));
        if (!ok)
            text += u' ' + job->errorText();
        if (QFileInfo::exists(job->journalPath()))
            text += u' '
                    + tr("Its journal is %1; Undo this run (under Runs on this list) puts back "
                         "what it changed.")
                              .arg(QDir::toNativeSeparators(job->journalPath()));
        m_outcome->setText(text);
        m_outcome->show();
        setStatus(ok ? tr("Applied. Load the list again to see it as it is now.")
                     : job->errorText());
        m_selectPath = job->journalPath();
        forgetLoadedList();
        Q_EMIT applyFinished(ok);
    });
    track(job);
    updateEnabled();
}

void ContactListsPage::forgetLoadedList()
{
    // The preview, the loaded contacts and their regions described the list before the change:
    // load it again to see it now. The lists' counts and the run history are read again.
    m_model->setPreview({});
    m_snapshot.reset();
    m_parsed.reset();
    m_survey = {};
    showSurvey();
    refreshLists(false);
    refreshRuns();
}

QString ContactListsPage::outcomeText() const
{
    return m_outcome->isHidden() ? QString() : m_outcome->text();
}

const SanitizeRun *ContactListsPage::selectedRun() const
{
    if (!m_runsView->selectionModel())
        return nullptr;
    const QModelIndexList rows = m_runsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_runModel->run(rows.first().row());
}

void ContactListsPage::refreshRuns()
{
    const int i = m_listCombo->currentIndex();
    if (!session() || i < 0 || i >= m_lists.size()) {
        ++m_runsGeneration;
        m_runModel->setRuns({});
        updateEnabled();
        return;
    }
    // Reading journals is file work: off the GUI thread, the newest answer wins.
    const int generation = ++m_runsGeneration;
    if (m_selectPath.isEmpty() && selectedRun())
        m_selectPath = selectedRun()->path;
    const QString tenant = journalTenant(session()->client()->profile().baseUrl);
    const QString listId = m_lists[i].id;
    const QString dir = SanitizeJournal::directory();
    auto *watcher = new QFutureWatcher<QList<SanitizeRun>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_runsGeneration)
            return;
        const QString keep
                = m_selectPath.isEmpty() && selectedRun() ? selectedRun()->path : m_selectPath;
        m_selectPath.clear();
        m_runModel->setRuns(watcher->result());
        const int row = m_runModel->rowOfPath(keep);
        if (row >= 0)
            m_runsView->selectRow(row);
        updateEnabled();
        Q_EMIT runsLoaded();
    });
    watcher->setFuture(
            QtConcurrent::run([dir, tenant, listId] { return sanitizeRuns(dir, tenant, listId); }));
}

void ContactListsPage::showSurvey()
{
    if (m_survey.regions.isEmpty() && m_survey.invalid == 0) {
        m_surveyLabel->setText(tr("Load the list to see which regions its numbers belong to."));
        updateEnabled();
        return;
    }
    const QLocale l;
    QStringList parts;
    const qint64 total = m_survey.validCount() + m_survey.invalid;
    for (const auto &r : std::as_const(m_survey.regions))
        parts.append(tr("%1 %2 (%3\u00a0%)")
                             .arg(r.first, l.toString(r.second),
                                  l.toString(total ? 100.0 * double(r.second) / double(total) : 0.0,
                                             'f', 1)));
    QString text
            = parts.isEmpty()
                      ? tr("No valid numbers.")
                      : tr("Valid numbers by region: %1.").arg(parts.join(QStringLiteral(" · ")));
    if (m_survey.invalid > 0)
        text += u' '
                + tr("%1 not valid anywhere (read with default region %2).")
                          .arg(l.toString(m_survey.invalid), m_survey.defaultRegion);
    m_surveyLabel->setText(text);
    updateEnabled();
}

void ContactListsPage::useSurveyRegions()
{
    const QStringList codes = m_survey.regionCodes();
    if (codes.isEmpty())
        return;
    m_regions->setText(codes.join(u','));
    m_regionsEdited = false;
}

void ContactListsPage::restore()
{
    const SanitizeRun *run = selectedRun();
    if (!session() || isBusy() || !run)
        return;
    const QString name = run->listName.isEmpty() ? run->listId : run->listName;
    QString text = tr("Undo the run of %1 on list “%2” (%3)?\n\nThis will %4. Contacts the run "
                      "did not change are left as they are; the journal is checked before "
                      "anything is sent, and an undo that is interrupted can be run again.")
                           .arg(localRunTime(run->createdUtc), name, run->listId, run->undoText());
    if (run->restoreStarted)
        text += u"\n\n"
                + tr("An undo of this run was started before (%1); running it again puts "
                     "back what is still missing.")
                          .arg(run->stateText());
    ConfirmDialog dialog(tr("Undo this run"), text, tr("Undo the run"), this);
    if (!ask(&dialog)) {
        setStatus(tr("Undo cancelled; nothing was sent."));
        return;
    }
    startRestore(run->path, name);
}

void ContactListsPage::restoreFile()
{
    if (!session() || isBusy())
        return;
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Restore from a journal file"),
                                           SanitizeJournal::directory(), tr("Journals (*.jsonl)"));
    if (path.isEmpty())
        return;
    JournalHeader header;
    QList<QJsonObject> tail;
    QString error;
    if (!peekJournal(path, &header, &tail, &error)) {
        QMessageBox::warning(this, tr("Restore"), error);
        return;
    }
    SanitizeRun run;
    run.plannedUpdates = header.counts.value(u"updates").toInteger();
    run.plannedDeletes = header.counts.value(u"deletes").toInteger();
    const QString name = header.targetName.isEmpty() ? header.target : header.targetName;
    ConfirmDialog dialog(tr("Restore from a journal file"),
                         tr("Undo the run of %1 on list “%2” (%3), from the journal %4?\n\nThis "
                            "will %5. The journal is checked (its chain, its tenant) before "
                            "anything is sent.")
                                 .arg(localRunTime(header.createdUtc), name, header.target,
                                      QDir::toNativeSeparators(path), run.undoText()),
                         tr("Undo the run"), this);
    if (!ask(&dialog))
        return;
    startRestore(path, name);
}

void ContactListsPage::startRestore(const QString &path, const QString &listName,
                                    bool acceptUnverified)
{
    auto *job = new SanitizeRestoreJob(session()->client(), path);
    job->setAcceptUnverified(acceptUnverified);
    m_selectPath = path;
    setStatus(tr("Undoing the run on %1…").arg(listName));
    connect(job, &Job::finished, this, [this, job, path, listName](JobState state) {
        if (job->refusedUnverified()) {
            // A journal this machine did not sign: its summary is shown, and it is restored only
            // if the person says so (asked after the job has ended).
            QTimer::singleShot(0, this, [this, path, listName, text = job->unverifiedText()] {
                ConfirmDialog dialog(tr("Restore a journal this machine did not sign"), text,
                                     tr("Restore anyway"), this);
                if (ask(&dialog) && session() && !isBusy())
                    startRestore(path, listName, true);
            });
        }
        const bool ok = state == JobState::Succeeded;
        const QLocale l;
        const QString text = ok ? tr("Undone on %1: %2 contact(s) put back.", nullptr,
                                     int(qMin<qint64>(job->restored(), INT_MAX)))
                                             .arg(listName, l.toString(job->restored()))
                                : job->errorText();
        m_outcome->setText(text);
        m_outcome->show();
        setStatus(ok ? text + u' ' + tr("Load the list again to see it as it is now.") : text);
        forgetLoadedList();
        Q_EMIT restoreFinished(ok);
    });
    track(job);
    updateEnabled();
}

} // namespace cxone
