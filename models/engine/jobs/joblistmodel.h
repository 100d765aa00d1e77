#pragma once

#include "models/engine/job.h"
#include "models/engine/jobs/jobtracker.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>

class QTimer;

namespace cxone {

class JobRegistry;

// One row per job of the registry, newest last. Job signals only mark rows dirty; the rows are
// repainted a few times a second, so a job making thousands of calls a second costs the view
// nothing extra.
class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        TargetColumn,
        StateColumn,
        ProgressColumn,
        ElapsedColumn,
        EtaColumn,
        ThroughputColumn,
        RetriesColumn,
        ErrorsColumn,
        CancelColumn, // empty cell where a view puts its cancel control
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        JobIdRole = Qt::UserRole + 1,
        JobRole,       // QObject* of the Job
        StateRole,     // int(JobState)
        ProgressRole,  // 0..1 as double, or -1 when the total is unknown
        IsRunningRole, // bool: may be cancelled
        PhaseRole,     // the job's current phase text
        SortRole,      // raw value of the column for sorting
        WarningRole,   // bool: finished with some items failed
    };
    Q_ENUM(Role)

    explicit JobListModel(JobRegistry *registry, QObject *parent = nullptr);
    ~JobListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Job *jobAt(int row) const;
    int rowOf(const QString &jobId) const;

    // How often dirty rows are repainted (default 250 ms).
    void setRefreshInterval(int milliseconds);

private:
    struct Row
    {
        QPointer<Job> job;
        QString id;
        JobTracker *tracker = nullptr; // the one definition of progress, rate and ETA
    };

    QVariant sortData(const Row &r, Column column) const;
    QVariant displayData(const Row &r, Column column) const;
    void addJob(Job *job);

    void markDirty(int row);
    void flush();

    JobRegistry *m_registry;
    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
    QTimer *m_flushTimer;
};

} // namespace cxone
