#include "auditmodel.h"

#include "auditstore.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

namespace cxone {

AuditModel::AuditModel(AuditStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_pollTimer(new QTimer(this))
{
    // The store does not signal: polling also notices entries written by other processes.
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &AuditModel::refresh);
    reload();
    m_pollTimer->start();
}

AuditModel::~AuditModel() = default;

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
    beginResetModel();
    m_entries.clear();
    m_newestSeq = 0;
    m_total = 0;
    if (m_store && m_store->isOpen()) {
        QString error;
        AuditQuery query;
        query.newestFirst = true;
        query.limit = m_pageSize;
        m_entries = m_store->entries(query, &error);
        m_total = m_store->count();
        m_newestSeq = m_entries.isEmpty() ? 0 : m_entries.constFirst().seq;
        if (!error.isEmpty())
            Q_EMIT loadFailed(error);
    }
    endResetModel();
    for (const AuditEntry &e : std::as_const(m_entries))
        noteDistinct(e);
}

void AuditModel::refresh()
{
    if (!m_store || !m_store->isOpen())
        return;
    const qint64 last = m_store->lastSeq();
    if (last <= m_newestSeq)
        return;
    QString error;
    AuditQuery query;
    query.afterSeq = m_newestSeq;
    query.newestFirst = true;
    QList<AuditEntry> fresh = m_store->entries(query, &error);
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        return;
    }
    if (fresh.isEmpty())
        return;
    for (const AuditEntry &e : std::as_const(fresh))
        noteDistinct(e);
    const int added = int(fresh.size());
    beginInsertRows({}, 0, added - 1);
    m_newestSeq = fresh.constFirst().seq;
    m_total += added;
    fresh.append(m_entries);
    m_entries = std::move(fresh);
    endInsertRows();
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_store->isOpen() && m_entries.size() < m_total;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Offsets count from the newest entry, so entries appended since the last poll can only
    // make a page overlap what is shown (dropped below by seq), never skip an entry.
    AuditQuery query;
    query.newestFirst = true;
    query.offset = m_entries.size();
    query.limit = m_pageSize;
    QString error;
    const QList<AuditEntry> page = m_store->entries(query, &error);
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        m_total = m_entries.size(); // stop asking until the next reload
        return;
    }
    const qint64 oldest
            = m_entries.isEmpty() ? std::numeric_limits<qint64>::max() : m_entries.constLast().seq;
    QList<AuditEntry> older;
    older.reserve(page.size());
    for (const AuditEntry &e : page) {
        if (e.seq < oldest)
            older.append(e);
    }
    if (older.isEmpty()) {
        m_total = m_entries.size();
        return;
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(older.size()) - 1);
    m_entries.append(older);
    endInsertRows();
    for (const AuditEntry &e : std::as_const(older))
        noteDistinct(e);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
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
        switch (Column(index.column())) {
        case TimeColumn:
            return e.seq;
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
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return e.timeUtc.toString(Qt::ISODateWithMs);
        if (index.column() == JobColumn)
            return e.jobId;
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QLocale().toString(e.timeUtc.toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case TenantColumn:
            return e.tenant;
        case JobColumn:
            return e.jobKind.isEmpty() ? e.jobId : e.jobKind;
        case ActionColumn:
            return e.action;
        case TargetColumn:
            return e.target;
        case OutcomeColumn:
            return e.outcome;
        case DetailsColumn: {
            QString text
                    = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
            if (text.size() > 200)
                text = text.left(200) + u'…';
            return text;
        }
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
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
        if (!has(e.jobId) && !has(e.jobKind) && !has(e.action) && !has(e.target) && !has(e.tenant)
            && !has(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))))
            return false;
    }
    return true;
}

} // namespace cxone
