#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cxone {

// One apply run on a list, as its journal tells it: what was planned, what the run did, and
// whether it was undone since.
struct SanitizeRun
{
    QString path;
    QString tenant;
    QString listId;
    QString listName;
    QDateTime createdUtc;
    qint64 plannedUpdates = 0;
    qint64 plannedDeletes = 0;
    bool ended = false; // the run got to its end line (a killed run did not)
    qint64 updated = 0;
    qint64 purged = 0;
    qint64 failed = 0;
    qint64 notSent = 0;
    QString stopped; // why it stopped early, when it did
    bool restoreStarted = false;
    bool restoreFinished = false;
    qint64 restored = 0;
    qint64 restoreFailed = 0;

    // "Completed", "Stopped: …", "Undone (3,000 put back)", … for people.
    QString stateText() const;
    // What an undo of this run puts back, in words ("re-create 3,000 deleted contacts and put
    // back the numbers of 120").
    QString undoText() const;
};

// The runs on one list of one tenant, newest first, read from the journals in `directory`
// (their headers and ends; nothing is verified here, a restore verifies before it sends).
QList<SanitizeRun> sanitizeRuns(const QString &directory, const QString &tenant,
                                const QString &listId);

// The run history of a list, for a table: when (local time), updated, purged, failed, not sent,
// state.
class SanitizeRunModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, UpdatedColumn, PurgedColumn, FailedColumn, StateColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };

    explicit SanitizeRunModel(QObject *parent = nullptr);
    void setRuns(QList<SanitizeRun> runs);
    const QList<SanitizeRun> &runs() const { return m_runs; }
    const SanitizeRun *run(int row) const;
    int rowOfPath(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SanitizeRun> m_runs;
};

// When a run happened, in the user's local time with its zone ("Sun 22 Nov 2026, 21:50 UTC+1").
QString localRunTime(const QDateTime &utc);

} // namespace cxone
