#include "joblistmodel.h"

#include "jobregistry.h"

#include <QLocale>
#include <QTimer>

namespace cxone {

JobListModel::JobListModel(JobRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_flushTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(250);
    connect(m_flushTimer, &QTimer::timeout, this, &JobListModel::flush);
    // Elapsed time, ETA and throughput move even when a job is silent.
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &JobListModel::tick);

    const QList<Job *> existing = registry->jobs();
    m_rows.reserve(existing.size());
    for (Job *job : existing)
        addJob(job);
    connect(registry, &JobRegistry::jobAdded, this, &JobListModel::addJob);
}

JobListModel::~JobListModel() = default;

void JobListModel::setRefreshInterval(int milliseconds)
{
    m_flushTimer->setInterval(milliseconds);
}

void JobListModel::addJob(Job *job)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row r;
    r.job = job;
    r.id = job->id();
    r.progress = job->progress();
    r.state = job->state();
    m_rows.append(r);
    m_rowById.insert(r.id, row);
    endInsertRows();

    const QString id = r.id;
    connect(job, &Job::progressChanged, this, [this, id](const JobProgress &progress) {
        const int i = m_rowById.value(id, -1);
        if (i < 0)
            return;
        m_rows[i].progress = progress;
        markDirty(i);
    });
    connect(job, &Job::stateChanged, this, [this, id](JobState state) {
        const int i = m_rowById.value(id, -1);
        if (i < 0)
            return;
        m_rows[i].state = state;
        markDirty(i);
        if (state == JobState::Running && !m_tickTimer->isActive())
            m_tickTimer->start();
    });
    connect(job, &QObject::destroyed, this, [this, id] {
        const int i = m_rowById.value(id, -1);
        if (i >= 0)
            markDirty(i);
    });
    if (!job->isFinished() && !m_tickTimer->isActive())
        m_tickTimer->start();
}

void JobListModel::markDirty(int row)
{
    m_dirtyFirst = m_dirtyFirst < 0 ? row : std::min(m_dirtyFirst, row);
    m_dirtyLast = std::max(m_dirtyLast, row);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void JobListModel::flush()
{
    if (m_dirtyFirst < 0)
        return;
    const int first = m_dirtyFirst;
    const int last = m_dirtyLast;
    m_dirtyFirst = m_dirtyLast = -1;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void JobListModel::tick()
{
    bool anyRunning = false;
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.state != JobState::Running || !r.job)
            continue;
        anyRunning = true;
        const qint64 now = r.job->elapsedMs();
        if (now > r.rateAtMs) {
            const double instant
                    = double(r.progress.done - r.rateDone) * 1000.0 / double(now - r.rateAtMs);
            // Smooth so that a bursty job does not make the ETA jump every second.
            r.perSecond = r.rateAtMs == 0 ? instant : 0.6 * r.perSecond + 0.4 * instant;
            r.rateDone = r.progress.done;
            r.rateAtMs = now;
        }
        first = first < 0 ? i : first;
        last = i;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, ElapsedColumn), index(last, ThroughputColumn));
    if (!anyRunning)
        m_tickTimer->stop();
}

qint64 JobListModel::etaMs(const Row &row) const
{
    if (row.state != JobState::Running || row.progress.total <= 0 || row.perSecond <= 0)
        return -1;
    const qint64 left = std::max<qint64>(0, row.progress.total - row.progress.done);
    return qint64(double(left) * 1000.0 / row.perSecond);
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Job *JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).job.data() : nullptr;
}

int JobListModel::rowOf(const QString &jobId) const
{
    return m_rowById.value(jobId, -1);
}

QString JobListModel::formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Job *job = r.job.data();
    const qint64 elapsed = job ? job->elapsedMs() : 0;
    const double fraction
            = r.progress.total > 0
                      ? std::clamp(double(r.progress.done) / double(r.progress.total), 0.0, 1.0)
                      : (r.state == JobState::Succeeded ? 1.0 : -1.0);
    const QLocale locale;

    switch (role) {
    case JobIdRole:
        return r.id;
    case JobRole:
        return QVariant::fromValue<QObject *>(r.job.data());
    case StateRole:
        return int(r.state);
    case ProgressRole:
        return fraction;
    case IsRunningRole:
        return job && (r.state == JobState::Running || r.state == JobState::Pending);
    case PhaseRole:
        return r.progress.phase;
    case Qt::ToolTipRole:
        if (job && r.state == JobState::Failed)
            return job->errorText();
        return r.progress.phase;
    case Qt::TextAlignmentRole:
        if (index.column() >= ElapsedColumn && index.column() != CancelColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case KindColumn:
            return job ? job->kind() : QString();
        case TargetColumn:
            return job ? job->target() : QString();
        case StateColumn:
            return int(r.state);
        case ProgressColumn:
            return fraction;
        case ElapsedColumn:
            return elapsed;
        case EtaColumn:
            return etaMs(r);
        case ThroughputColumn:
            return r.perSecond;
        case RetriesColumn:
            return r.progress.retries;
        case ErrorsColumn:
            return r.progress.errors;
        case CancelColumn:
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KindColumn:
            return job ? job->kind() : tr("(gone)");
        case TargetColumn:
            return job ? job->target() : QString();
        case StateColumn:
            return jobStateName(r.state);
        case ProgressColumn: {
            const QString unit
                    = r.progress.unit.isEmpty() ? QString() : QString(u' ' + r.progress.unit);
            if (r.progress.total > 0)
                return tr("%1 / %2%3")
                        .arg(locale.toString(r.progress.done), locale.toString(r.progress.total),
                             unit);
            return QString(locale.toString(r.progress.done) + unit);
        }
        case ElapsedColumn:
            return formatDuration(elapsed);
        case EtaColumn:
            return formatDuration(etaMs(r));
        case ThroughputColumn:
            if (r.state != JobState::Running && r.perSecond <= 0 && elapsed > 0)
                return tr("%1/s").arg(locale.toString(
                        double(r.progress.done) * 1000.0 / double(elapsed), 'f', 1));
            return tr("%1/s").arg(locale.toString(r.perSecond, 'f', 1));
        case RetriesColumn:
            return locale.toString(r.progress.retries);
        case ErrorsColumn:
            return locale.toString(r.progress.errors);
        case CancelColumn:
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Target");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case ElapsedColumn:
        return tr("Elapsed");
    case EtaColumn:
        return tr("ETA");
    case ThroughputColumn:
        return tr("Throughput");
    case RetriesColumn:
        return tr("Retries");
    case ErrorsColumn:
        return tr("Errors");
    case CancelColumn:
        return QString();
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cxone
