#include "contactlistspage.h"

#include "apiclient.h"
#include "job.h"
#include "sanitize/previewmodel.h"
#include "sanitize/sanitizejobs.h"
#include "session/consolecontext.h"
#include "session/tenantsession.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

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
    auto *listLabel = new QLabel(tr("&List:"), this);
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
    regionsRow->addWidget(m_defaultRegion);
    regionsRow->addWidget(new QLabel(tr("Allowed regions:"), rules));
    regionsRow->addWidget(m_regions, 1);
    form->addRow(tr("Default region:"), regionsRow);
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
    m_chart = new QChart;
    m_chart->setTitle(tr("Contacts by reason"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    auto *chartView = new QChartView(m_chart, split);
    chartView->setAccessibleName(tr("Counts per verdict and reason"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumWidth(320);
    split->addWidget(m_table);
    split->addWidget(chartView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    root->addWidget(split, 1);

    // --- counts and actions
    auto *bottom = new QHBoxLayout;
    m_counts = new QLabel(this);
    m_counts->setAccessibleName(tr("Counts"));
    m_keepButton = button(tr("&Keep"), tr("Keep the selected contacts"), this);
    m_purgeButton = button(tr("P&urge"), tr("Purge the selected contacts"), this);
    m_clearButton = button(tr("&Reset"), tr("Clear the overrides of the selected contacts"), this);
    m_exportButton = button(tr("&Export CSV…"), tr("Export the preview as CSV"), this);
    m_applyButton = button(tr("&Apply…"), tr("Apply the sanitization"), this);
    m_restoreButton = button(tr("Restore from &journal…"), tr("Restore from a journal"), this);
    bottom->addWidget(m_counts, 1);
    for (QPushButton *b : {m_keepButton, m_purgeButton, m_clearButton, m_exportButton,
                           m_applyButton, m_restoreButton})
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
    connect(m_listCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int i = m_listCombo->currentIndex();
        if (i >= 0 && i < m_lists.size() && !m_lists[i].defaultRegion.isEmpty())
            m_defaultRegion->setText(m_lists[i].defaultRegion);
        updateEnabled();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactListsPage::updateEnabled);

    connect(this, &FeaturePage::trackedJobFinished, this, &ContactListsPage::updateEnabled);
    followSession();
    updateCounts();
    updateChart();
    updateEnabled();
}

ContactListsPage::~ContactListsPage() = default;

void ContactListsPage::onSessionChanged(TenantSession *)
{
    m_lists.clear();
    m_listCombo->clear();
    m_snapshot.reset();
    m_model->setPreview({});
    if (session())
        refreshLists();
    else
        setStatus(tr("Sign in to a tenant to see its contact lists."));
    updateEnabled();
}

void ContactListsPage::refreshLists()
{
    if (!session())
        return;
    setStatus(tr("Loading the contact lists…"));
    CallHandle *call = ContactListsApi(session()->client()).lists();
    connect(call, &CallHandle::finished, this, [this](const Result &r) {
        QString error;
        QList<ContactListInfo> lists;
        if (!r.ok() || !ContactListsApi::parseLists(r.json.object(), &lists, &error)) {
            setStatus(tr("The contact lists could not be loaded: %1")
                              .arg(r.ok() ? error : r.errorText));
            return;
        }
        m_lists = lists;
        const QString current = m_listCombo->currentData().toString();
        m_listCombo->clear();
        for (const ContactListInfo &l : std::as_const(m_lists))
            m_listCombo->addItem(tr("%1 — %2 contacts").arg(l.name).arg(l.contactCount), l.id);
        const int keep = m_listCombo->findData(current);
        if (keep >= 0)
            m_listCombo->setCurrentIndex(keep);
        setStatus(tr("%n contact list(s). Pick one and load it.", nullptr, int(m_lists.size())));
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
    auto *job = new LoadContactsJob(session()->client(), m_lists[i].id, m_lists[i].name);
    setStatus(tr("Loading %1…").arg(m_lists[i].name));
    connect(job, &Job::finished, this, [this, job](JobState state) {
        if (state == JobState::Succeeded) {
            m_snapshot = job->snapshot();
            setStatus(tr("%1 contacts loaded (%2 KB in memory). Set the directive and preview.")
                              .arg(m_snapshot->size())
                              .arg(m_snapshot->bytes() / 1024));
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
    return tr("Update %1 · Purge %2 · Leave %3 · %4 overridden · %5% format to E.164")
            .arg(p->count(Verdict::Update))
            .arg(p->count(Verdict::Purge))
            .arg(p->count(Verdict::Keep))
            .arg(p->overrideCount())
            .arg(100.0 * p->formatSuccessRate(), 0, 'f', 1);
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
    m_restoreButton->setEnabled(haveSession && !busy);
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

QString ContactListsPage::confirmationText(const QString &journalPath) const
{
    const auto p = m_model->preview();
    if (!p)
        return {};
    const QLocale locale;
    return tr("Apply to list %1 (%2) on tenant %3:\n\n"
              "update %4, purge %5, leave %6\n(%7)\n\n"
              "The preview was made with: %9.\n\n"
              "Deleted contacts cannot be undone on the tenant; they can be re-created from the "
              "journal, written before anything is sent:\n%8")
            .arg(p->contacts().listName(), p->contacts().listId(),
                 session() ? session()->tenantName() : QString())
            .arg(locale.toString(p->count(Verdict::Update)))
            .arg(locale.toString(p->count(Verdict::Purge)))
            .arg(locale.toString(p->count(Verdict::Keep)))
            .arg(tr("%n row(s) overridden by hand", "", int(p->overrideCount())))
            .arg(journalPath, m_previewSettings);
}

void ContactListsPage::apply()
{
    const auto p = m_model->preview();
    if (!session() || !p || isBusy() || previewIsStale())
        return;
    const QString journal = SanitizeJournal::defaultPath(p->contacts().listId());
    const QString text = confirmationText(journal);
    bool confirmed = false;
    if (m_confirm) {
        confirmed = m_confirm(text);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Apply sanitization"), text, QMessageBox::Cancel,
                        this);
        QPushButton *go = box.addButton(tr("Update %1 and purge %2")
                                                .arg(p->count(Verdict::Update))
                                                .arg(p->count(Verdict::Purge)),
                                        QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel); // Enter does not delete customers
        box.exec();
        confirmed = box.clickedButton() == go;
    }
    if (!confirmed) {
        setStatus(tr("Apply cancelled; nothing was sent."));
        return;
    }
    ApplyOptions options;
    options.journalPath = journal;
    m_lastJournal = journal;
    auto *job = new SanitizeApplyJob(session()->client(), p, options);
    connect(job, &Job::finished, this, [this, job](JobState state) {
        const bool ok = state == JobState::Succeeded;
        setStatus(ok ? tr("Applied: updated %1, purged %2. Journal: %3")
                                  .arg(job->updatedOk())
                                  .arg(job->purgedOk())
                                  .arg(job->journalPath())
                     : job->errorText());
        // The preview described the list before the change; load again to see it now.
        m_model->setPreview({});
        m_snapshot.reset();
        refreshLists();
        Q_EMIT applyFinished(ok);
    });
    track(job);
    updateEnabled();
}

void ContactListsPage::restore()
{
    if (!session() || isBusy())
        return;
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Restore from a journal"),
            QFileInfo(SanitizeJournal::defaultPath(QStringLiteral("x"))).absolutePath(),
            tr("Journals (*.jsonl)"));
    if (path.isEmpty())
        return;
    SanitizeJournal::Contents contents;
    QString error;
    if (!SanitizeJournal::read(path, &contents, &error)) {
        QMessageBox::warning(this, tr("Restore"), error);
        return;
    }
    if (QMessageBox::question(this, tr("Restore"),
                              tr("Put back %1 contacts of list %2 as they were before the run of "
                                 "%3?")
                                      .arg(contents.changes.size())
                                      .arg(contents.header.value(u"listId").toString(),
                                           contents.header.value(u"createdUtc").toString()))
        != QMessageBox::Yes)
        return;
    auto *job = new SanitizeRestoreJob(session()->client(), path);
    connect(job, &Job::finished, this, [this, job](JobState state) {
        setStatus(state == JobState::Succeeded ? tr("Restored %1 contacts.").arg(job->restored())
                                               : job->errorText());
        refreshLists();
    });
    track(job);
    updateEnabled();
}

} // namespace cxone
