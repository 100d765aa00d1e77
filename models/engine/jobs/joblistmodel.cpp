#include "models/engine/jobs/joblistmodel.h"

#include "models/engine/audit/plainwords.h"
#include "models/engine/jobs/jobregistry.h"

#include <QColor>

#include <QLocale>
#include <QTimer>

namespace cxone {

JobListModel::JobListModel(JobRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(250);
    connect(m_flushTimer, &QTimer::timeout, this, &JobListModel::flush);

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
    // Elapsed time, ETA and throughput move even when a job is silent: the tracker ticks.
    r.tracker = new JobTracker(job, this);
    m_rows.append(r);
    m_rowById.insert(r.id, row);
    endInsertRows();

    const QString id = r.id;
    const auto dirty = [this, id] {
        const int i = m_rowById.value(id, -1);
        if (i >= 0)
            markDirty(i);
    };
    connect(r.tracker, &JobTracker::changed, this, dirty);
    connect(job, &Job::titleChanged, this, dirty);
    connect(job, &QObject::destroyed, this, dirty);
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

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Job *job = r.job.data();
    const JobTracker &t = *r.tracker;
    const JobProgress &progress = t.progress();
    const JobState state = t.state();
    const double fraction = t.fraction();

    switch (role) {
    case JobIdRole:
        return r.id;
    case JobRole:
        return QVariant::fromValue<QObject *>(r.job.data());
    case StateRole:
        return int(state);
    case ProgressRole:
        return fraction;
    case IsRunningRole:
        return job && (state == JobState::Running || state == JobState::Pending);
    case PhaseRole:
        return progress.phase;
    case Qt::ToolTipRole:
        if (job && index.column() == TargetColumn)
            return job->target(); // the id, for a person who needs to look it up
        if (job && (state == JobState::Failed || state == JobState::CompletedWithFailures))
            return QString(words::jobState(state, job->failedItems()) + QStringLiteral(": ")
                           + job->errorText());
        if (!t.waitText().isEmpty())
            return t.waitText();
        return job ? QStringLiteral("%1 (%2)").arg(progress.phase, words::jobKind(job->kind()))
                   : progress.phase;
    case Qt::ForegroundRole:
        // A run that finished with some items failed is a warning, not a failure.
        if (index.column() == StateColumn && words::isWarningState(state))
            return QColor(0xb0, 0x60, 0x00);
        return {};
    case WarningRole:
        return words::isWarningState(state);
    case Qt::TextAlignmentRole:
        if (index.column() >= ElapsedColumn && index.column() != CancelColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(r, Column(index.column()));
    case Qt::DisplayRole:
        return displayData(r, Column(index.column()));
    default:
        return {};
    }
}

QVariant JobListModel::sortData(const Row &r, Column column) const
{
    const Job *job = r.job.data();
    const JobTracker &t = *r.tracker;
    const JobProgress &progress = t.progress();
    const JobState state = t.state();
    const double fraction = t.fraction();
    const qint64 elapsed = job ? job->elapsedMs() : 0;
    switch (column) {
    case KindColumn:
        return job ? job->title() : QString();
    case TargetColumn:
        return job ? job->targetName() : QString();
    case StateColumn:
        return int(state);
    case ProgressColumn:
        return fraction;
    case ElapsedColumn:
        return elapsed;
    case EtaColumn:
        return t.etaMs();
    case ThroughputColumn:
        return t.perSecond();
    case RetriesColumn:
        return progress.retries;
    case ErrorsColumn:
        return progress.errors;
    case CancelColumn:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobListModel::displayData(const Row &r, Column column) const
{
    const Job *job = r.job.data();
    const JobTracker &t = *r.tracker;
    const JobProgress &progress = t.progress();
    const JobState state = t.state();
    const qint64 elapsed = job ? job->elapsedMs() : 0;
    const QLocale locale;
    switch (column) {
    case KindColumn:
        return job ? job->title() : tr("(gone)");
    case TargetColumn:
        return job ? job->targetName() : QString();
    case StateColumn:
        return words::jobState(state, job ? job->failedItems() : 0);
    case ProgressColumn:
        return t.progressText();
    case ElapsedColumn:
        return JobTracker::formatDuration(elapsed);
    case EtaColumn:
        return JobTracker::formatDuration(t.etaMs());
    case ThroughputColumn:
        return t.rateText();
    case RetriesColumn:
        return locale.toString(progress.retries);
    case ErrorsColumn:
        return locale.toString(progress.errors);
    case CancelColumn:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KindColumn:
        return tr("Job");
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
