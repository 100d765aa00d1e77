#include "models/engine/audit/auditmodel.h"

#include "models/engine/audit/auditstore.h"
#include "models/engine/audit/plainwords.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace cxone {

AuditModel::AuditModel(AuditStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_pollTimer(new QTimer(this))
{
    connect(&m_watcher, &QFutureWatcher<FetchResult>::finished, this, &AuditModel::onFetched);
    // The store does not signal: polling also notices entries written by other processes.
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &AuditModel::refresh);
    reload();
    m_pollTimer->start();
}

AuditModel::~AuditModel()
{
    // The read uses the store, which may go right after this model.
    m_watcher.waitForFinished();
}

void AuditModel::setPollInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_pollTimer->stop();
        return;
    }
    m_pollTimer->start(milliseconds);
}

void AuditModel::noteDistinct(const AuditEntry &entry)
{
    bool changed = false;
    if (!entry.jobKind.isEmpty() && !m_kinds.contains(entry.jobKind)) {
        m_kinds.append(entry.jobKind);
        m_kinds.sort();
        changed = true;
    }
    if (!entry.outcome.isEmpty() && !m_outcomes.contains(entry.outcome)) {
        m_outcomes.append(entry.outcome);
        m_outcomes.sort();
        changed = true;
    }
    if (changed)
        Q_EMIT distinctValuesChanged();
}

void AuditModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_entries.clear();
    m_newestSeq = 0;
    m_total = 0;
    endResetModel();
    if (!m_store || !m_store->isOpen())
        return;
    if (m_busy)
        m_firstPending = true;
    else
        startFetch(Fetch::First);
}

void AuditModel::refresh()
{
    if (!m_store || !m_store->isOpen())
        return;
    if (m_busy) {
        m_newerPending = true;
        return;
    }
    startFetch(Fetch::Newer);
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_store && m_store->isOpen()
           && m_entries.size() < m_total;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFetch(Fetch::Older);
}

void AuditModel::startFetch(Fetch kind)
{
    m_busy = true;
    AuditStore *store = m_store;
    const quint64 generation = m_generation;
    const int pageSize = m_pageSize;
    const qint64 newest = m_newestSeq;
    const qint64 loaded = m_entries.size();
    m_watcher.setFuture(QtConcurrent::run([=] {
        FetchResult r;
        r.kind = kind;
        r.generation = generation;
        AuditQuery query;
        query.newestFirst = true;
        switch (kind) {
        case Fetch::First:
            query.limit = pageSize;
            r.entries = store->entries(query, &r.error);
            r.total = store->count();
            break;
        case Fetch::Newer:
            if (store->lastSeq() <= newest)
                break;
            query.afterSeq = newest;
            r.entries = store->entries(query, &r.error);
            break;
        case Fetch::Older:
            // Offsets count from the newest entry, so entries appended since the last poll can
            // only make this page overlap what is shown (dropped by seq), never skip an entry.
            query.offset = loaded;
            query.limit = pageSize;
            r.entries = store->entries(query, &r.error);
            break;
        }
        return r;
    }));
}

void AuditModel::onFetched()
{
    FetchResult r = m_watcher.result();
    m_busy = false;
    if (r.generation != m_generation) {
        // A reload came meanwhile; what was read belongs to the old view.
    } else if (!r.error.isEmpty()) {
        Q_EMIT loadFailed(r.error);
        if (r.kind == Fetch::Older)
            m_total = m_entries.size(); // stop asking until the next reload
    } else {
        for (const AuditEntry &e : std::as_const(r.entries))
            noteDistinct(e);
        switch (r.kind) {
        case Fetch::First:
            m_total = r.total;
            if (!r.entries.isEmpty()) {
                beginInsertRows({}, 0, int(r.entries.size()) - 1);
                m_entries = std::move(r.entries);
                m_newestSeq = m_entries.constFirst().seq;
                endInsertRows();
            }
            break;
        case Fetch::Newer:
            if (!r.entries.isEmpty()) {
                const int added = int(r.entries.size());
                beginInsertRows({}, 0, added - 1);
                m_newestSeq = r.entries.constFirst().seq;
                m_total += added;
                r.entries.append(m_entries);
                m_entries = std::move(r.entries);
                endInsertRows();
            }
            break;
        case Fetch::Older: {
            const qint64 oldest = m_entries.isEmpty() ? std::numeric_limits<qint64>::max()
                                                      : m_entries.constLast().seq;
            QList<AuditEntry> older;
            older.reserve(r.entries.size());
            for (const AuditEntry &e : std::as_const(r.entries)) {
                if (e.seq < oldest)
                    older.append(e);
            }
            if (older.isEmpty()) {
                m_total = m_entries.size();
                break;
            }
            const int first = int(m_entries.size());
            beginInsertRows({}, first, first + int(older.size()) - 1);
            m_entries.append(older);
            endInsertRows();
            break;
        }
        }
    }
    if (m_firstPending) {
        m_firstPending = false;
        m_newerPending = false;
        startFetch(Fetch::First);
    } else if (m_newerPending) {
        m_newerPending = false;
        startFetch(Fetch::Newer);
    }
    Q_EMIT loaded();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// Every detail on its own line, labelled and with its unit.
QString detailsTooltip(const QJsonObject &details)
{
    QStringList lines;
    for (const words::DetailItem &item : words::detailItems(details))
        lines << QStringLiteral("%1: %2").arg(item.label, item.value);
    return lines.join(u'\n');
}

} // namespace

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case SeqRole:
        return e.seq;
    case TimeRole:
        return e.timeUtc;
    case JobKindRole:
        return e.jobKind;
    case JobIdRole:
        return e.jobId;
    case OutcomeRole:
        return e.outcome;
    case DetailsJsonRole:
        return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented));
    case SortRole:
        // Sorted as read, except time (by its order in the trail) and the raw details.
        if (column == TimeColumn)
            return e.seq;
        return column == DetailsColumn ? rawData(e, column) : displayData(e, column);
    case RawRole:
        return rawData(e, column);
    case Qt::ToolTipRole:
        return toolTipData(e, column);
    case Qt::DisplayRole:
        return displayData(e, column);
    default:
        return {};
    }
}

QVariant AuditModel::rawData(const AuditEntry &e, Column column)
{
    switch (column) {
    case TimeColumn:
        return e.timeUtc.toString(Qt::ISODateWithMs);
    case TenantColumn:
        return e.tenant;
    case JobColumn:
        return QString(e.jobKind + u' ' + e.jobId);
    case ActionColumn:
        return e.action;
    case TargetColumn:
        return e.target;
    case OutcomeColumn:
        return e.outcome;
    case DetailsColumn:
        return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::toolTipData(const AuditEntry &e, Column column)
{
    switch (column) {
    case TimeColumn:
        return e.timeUtc.toString(Qt::ISODateWithMs);
    case JobColumn:
        return QString(e.jobKind + u' ' + e.jobId);
    case ActionColumn:
        return QString(words::actionSentence(e) + u'\n' + e.action);
    case TargetColumn:
        return e.target; // the id behind the name
    case DetailsColumn:
        return detailsTooltip(e.details);
    default:
        return {};
    }
}

QVariant AuditModel::displayData(const AuditEntry &e, Column column)
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(e.timeUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case TenantColumn:
        return e.tenant;
    case JobColumn:
        return e.jobKind.isEmpty() ? e.jobId : words::jobKind(e.jobKind);
    case ActionColumn:
        return words::actionSentence(e);
    case TargetColumn:
        return words::targetName(e);
    case OutcomeColumn:
        return words::outcome(e.outcome);
    case DetailsColumn: {
        QString text = words::detailsLine(e.details);
        if (text.size() > 200)
            text = text.left(200) + u'…';
        return text;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case TenantColumn:
        return tr("Tenant");
    case JobColumn:
        return tr("Job");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

AuditFilterProxy::AuditFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditModel::SortRole);
    setDynamicSortFilter(true);
}

AuditFilterProxy::~AuditFilterProxy() = default;

void AuditFilterProxy::setJobKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void AuditFilterProxy::setOutcome(const QString &outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    invalidateFilter();
}

void AuditFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void AuditFilterProxy::setTenant(const QString &tenant)
{
    if (tenant == m_tenant)
        return;
    m_tenant = tenant;
    invalidateFilter();
}

void AuditFilterProxy::setTimeRange(const QDateTime &since, const QDateTime &until)
{
    if (since == m_since && until == m_until)
        return;
    m_since = since;
    m_until = until;
    invalidateFilter();
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *model = qobject_cast<const AuditModel *>(sourceModel());
    if (!model)
        return true;
    const AuditEntry &e = model->entryAt(sourceRow);
    if (!m_kind.isEmpty() && e.jobKind != m_kind)
        return false;
    if (!m_outcome.isEmpty() && e.outcome != m_outcome)
        return false;
    if (!m_tenant.isEmpty() && e.tenant != m_tenant)
        return false;
    if (m_since.isValid() && e.timeUtc < m_since)
        return false;
    if (m_until.isValid() && e.timeUtc >= m_until)
        return false;
    if (!m_text.isEmpty()) {
        const auto has
                = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
        // The same fields as AuditQuery::text, so that an export holds what the view shows.
        if (!has(e.jobId) && !has(e.action) && !has(e.target)
            && !has(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))))
            return false;
    }
    return true;
}

} // namespace cxone
