#include "ui/auditpage.h"

#include "ui/pagefocus.h"
#include "ui/splitters.h"

#include "models/engine/session/tenantsession.h"
#include "ui/featurepage.h"

#include "models/engine/audit/auditmodel.h"
#include "models/engine/audit/auditstore.h"
#include "models/engine/audit/plainwords.h"
#include "models/engine/job.h"
#include "models/engine/jobs/jobregistry.h"
#include "ui/confirmdialog.h"
#include "ui/layoutbuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cxone {

AuditPage::AuditPage(AuditStore *store, JobRegistry *jobs, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new AuditModel(store, this))
    , m_proxy(new AuditFilterProxy(this))
    , m_view(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_useSince(new QCheckBox(tr("From"), this))
    , m_since(new QDateTimeEdit(this))
    , m_useUntil(new QCheckBox(tr("Until"), this))
    , m_until(new QDateTimeEdit(this))
    , m_details(new QPlainTextEdit(this))
    , m_showRaw(new QCheckBox(tr("Show &raw"), this))
    , m_count(new QLabel(this))
    , m_verifyResult(new QLabel(this))
    , m_exportButton(new QPushButton(tr("&Export JSONL…"), this))
    , m_verifyButton(new QPushButton(tr("Verify &chain"), this))
    , m_acceptButton(new QPushButton(tr("Accept this trai&l…"), this))
    , m_textDebounce(new QTimer(this))
    , m_refreshDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_proxy->setSourceModel(m_model);
    setupFilters();
    setupActions();
    setupTable();
    setupDetails();
    buildLayout();
    connectControls(jobs);
    updateChoices();
    updateCount();
    if (!store || !store->isOpen()) {
        m_count->setText(tr("No audit trail is open."));
        m_exportButton->setEnabled(false);
        m_verifyButton->setEnabled(false);
    }
}

void AuditPage::setupFilters()
{
    layout::named(m_kind, QStringLiteral("auditKindFilter"), tr("Job kind filter"));
    layout::named(m_outcome, QStringLiteral("auditOutcomeFilter"), tr("Outcome filter"));
    layout::named(m_text, QStringLiteral("auditTextFilter"), tr("Search text"));
    m_text->setPlaceholderText(tr("Search job, action, target, details…"));
    enableClearButton(m_text, tr("Clear the search"));
    for (QDateTimeEdit *edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
    }
    layout::named(m_since, QStringLiteral("auditSince"), tr("Show entries from"));
    layout::named(m_until, QStringLiteral("auditUntil"), tr("Show entries until"));
    layout::named(m_useSince, QStringLiteral("auditUseSince"), tr("Limit the start time"));
    layout::named(m_useUntil, QStringLiteral("auditUseUntil"), tr("Limit the end time"));
    const QDateTime now = QDateTime::currentDateTime();
    m_since->setDateTime(now.addDays(-1));
    m_until->setDateTime(now.addSecs(3600));
}

void AuditPage::setupActions()
{
    layout::named(m_exportButton, QStringLiteral("auditExport"),
                  tr("Export the shown entries as JSONL"));
    layout::named(m_verifyButton, QStringLiteral("auditVerify"), tr("Verify the hash chain"));
    layout::named(m_acceptButton, QStringLiteral("auditAcceptTrail"),
                  tr("Accept the trail as it is now"));
    m_acceptButton->hide();
    layout::named(m_verifyResult, QStringLiteral("auditVerifyResult"),
                  tr("Chain verification result"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout::named(m_count, QStringLiteral("auditCount"), tr("Entries shown"));
}

void AuditPage::setupTable()
{
    layout::named(m_view, QStringLiteral("auditTable"), tr("Audit entries"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditModel::TimeColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setColumnWidth(AuditModel::TimeColumn, 150);
    // What happened, in a sentence, takes the room left; the details line is short here and whole
    // in the panel below.
    const QFontMetrics fm = m_view->fontMetrics();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AuditModel::ActionColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(AuditModel::TenantColumn,
                           fm.horizontalAdvance(QStringLiteral("production-eu")) + 16);
    m_view->setColumnWidth(AuditModel::JobColumn,
                           fm.horizontalAdvance(QStringLiteral("Transcript extraction")) + 16);
    m_view->setColumnWidth(AuditModel::TargetColumn,
                           fm.horizontalAdvance(QStringLiteral("Gold loyalty members")) + 16);
    m_view->setColumnWidth(AuditModel::OutcomeColumn,
                           fm.horizontalAdvance(QStringLiteral("Cancelled")) + 16);
    m_view->setColumnWidth(AuditModel::DetailsColumn,
                           fm.horizontalAdvance(QStringLiteral("Batch: 53 · Contacts: 150")) + 16);
}

void AuditPage::setupDetails()
{
    layout::named(m_details, QStringLiteral("auditDetails"), tr("Entry details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an entry to see all of it."));
    // The stored entry (codes, ids, JSON) only when asked for; exports always hold it.
    layout::named(m_showRaw, QStringLiteral("auditShowRaw"), tr("Show the stored entry as JSON"));
    m_showRaw->setToolTip(tr("Show the entry as it is stored and exported: codes, ids and JSON"));
}

void AuditPage::buildLayout()
{
    auto *filters = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(outcomeLabel);
    filters->addWidget(m_outcome);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_useSince);
    filters->addWidget(m_since);
    filters->addWidget(m_useUntil);
    filters->addWidget(m_until);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_showRaw);
    actions->addWidget(m_verifyResult, 2);
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_acceptButton);
    actions->addWidget(m_exportButton);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Audit history</h2>"), this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    setPageControls(this, m_view, m_text);
}

void AuditPage::connectControls(JobRegistry *jobs)
{
    m_textDebounce->setSingleShot(true);
    m_textDebounce->setInterval(200);
    connect(m_textDebounce, &QTimer::timeout, this, &AuditPage::applyFilters);
    connect(m_text, &QLineEdit::textChanged, m_textDebounce, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    for (QCheckBox *box : {m_useSince, m_useUntil}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_since->setEnabled(m_useSince->isChecked());
            m_until->setEnabled(m_useUntil->isChecked());
            applyFilters();
        });
    }
    for (QDateTimeEdit *edit : {m_since, m_until})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::applyFilters);
    connect(m_model, &AuditModel::distinctValuesChanged, this, &AuditPage::updateChoices);
    connect(m_model, &AuditModel::loadFailed, this, [this](const QString &error) {
        m_count->setText(tr("The audit trail could not be read: %1").arg(error));
    });
    connect(m_model, &AuditModel::loaded, this, &AuditPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AuditPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AuditPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::updateDetails);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] {
        ConfirmDialog dialog(tr("Accept this audit trail"),
                             tr("%1\n\nAccept the trail as it is now as this machine's trail? "
                                "The acceptance is recorded in it, and later checks compare "
                                "with this trail from now on.")
                                     .arg(m_verifyResult->text()),
                             tr("Accept the trail"), this);
        if (dialog.exec() == QDialog::Accepted)
            acceptTrail();
    });
    // A burst of entries from a job costs one read.
    m_refreshDebounce->setSingleShot(true);
    m_refreshDebounce->setInterval(100);
    connect(m_refreshDebounce, &QTimer::timeout, m_model, &AuditModel::refresh);
    if (jobs) {
        connect(jobs, &JobRegistry::jobAdded, this, [this](Job *job) {
            connect(job, &Job::audited, m_refreshDebounce, qOverload<>(&QTimer::start));
        });
    }
    connect(m_showRaw, &QCheckBox::toggled, this, &AuditPage::updateDetails);
}

AuditPage::~AuditPage() = default;

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        restoreSplitters(this);
    }
}

void AuditPage::hideEvent(QHideEvent *event)
{
    if (m_shown)
        saveSplitters(this);
    QWidget::hideEvent(event);
}

void AuditPage::updateChoices()
{
    // Choices in words; their data is the stored code the filter matches.
    const auto refill = [](QComboBox *box, const QString &anyText, const QStringList &values,
                           QString (*say)(const QString &)) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(anyText, QString());
        for (const QString &v : values)
            box->addItem(say(v), v);
        const int index = box->findData(current);
        box->setCurrentIndex(index < 0 ? 0 : index);
    };
    refill(m_kind, tr("Any kind"), m_model->jobKinds(), &words::jobKind);
    refill(m_outcome, tr("Any outcome"), m_model->outcomes(), &words::outcome);
}

void AuditPage::applyFilters()
{
    m_proxy->setJobKind(m_kind->currentData().toString());
    m_proxy->setOutcome(m_outcome->currentData().toString());
    m_proxy->setText(m_text->text().trimmed());
    m_proxy->setTimeRange(m_useSince->isChecked() ? m_since->dateTime().toUTC() : QDateTime(),
                          m_useUntil->isChecked() ? m_until->dateTime().toUTC() : QDateTime());
    updateCount();
}

void AuditPage::updateCount()
{
    if (!m_store || !m_store->isOpen())
        return;
    const QLocale locale;
    m_count->setText(tr("%1 shown · %2 loaded · %3 in the trail")
                             .arg(locale.toString(m_proxy->rowCount()),
                                  locale.toString(m_model->rowCount()),
                                  locale.toString(m_model->totalInStore())));
}

void AuditPage::updateDetails()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    const AuditEntry &entry = m_model->entryAt(index.row());
    if (m_showRaw->isChecked()) {
        m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        const QJsonObject full = AuditStore::toJson(entry);
        m_details->setPlainText(
                QString::fromUtf8(QJsonDocument(full).toJson(QJsonDocument::Indented)));
        return;
    }
    m_details->setFont(font());
    m_details->setPlainText(words::entryText(entry));
}

bool AuditPage::exportTo(const QString &path, QString *error)
{
    AuditQuery query;
    query.jobKind = m_proxy->jobKind();
    query.outcome = m_proxy->outcome();
    query.text = m_proxy->text();
    if (m_useSince->isChecked())
        query.since = m_since->dateTime().toUTC();
    if (m_useUntil->isChecked())
        query.until = m_until->dateTime().toUTC();
    return m_store->exportJsonl(path, error, query);
}

void AuditPage::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit entries"),
                                                      dir + QStringLiteral("/audit.jsonl"),
                                                      tr("JSON lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        m_verifyResult->setText(tr("Exported to %1.").arg(path));
    else
        m_verifyResult->setText(tr("Export failed: %1").arg(error));
}

void AuditPage::verifyChain()
{
    const VerifyReport report = m_store->verify();
    const QLocale locale;
    QPalette pal = m_verifyResult->palette();
    if (report.ok()) {
        m_verifyResult->setText(
                tr("✔ Chain intact: %1 entries checked.").arg(locale.toString(report.checked)));
        pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    } else {
        m_verifyResult->setText(tr("✘ Chain broken at entry %1 after %2 good entries: %3")
                                        .arg(report.seq)
                                        .arg(locale.toString(report.checked))
                                        .arg(report.message));
        // The one place that earns an alarm colour; derived so it stays readable on any palette.
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0, 0));
    }
    m_verifyResult->setPalette(pal);
    m_acceptButton->setVisible(report.acceptable);
}

void AuditPage::acceptTrail()
{
    QString error;
    if (!m_store->acceptCurrentTrail(QString(), &error)) {
        m_verifyResult->setText(tr("The trail could not be accepted: %1").arg(error));
        return;
    }
    verifyChain();
    m_model->refresh();
}

QString AuditPage::verifyResultText() const
{
    return m_verifyResult->text();
}

} // namespace cxone
