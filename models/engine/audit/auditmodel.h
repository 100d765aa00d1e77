#pragma once

#include "models/engine/audit/auditentry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

class QTimer;

namespace cxone {

class AuditStore;

// The audit trail, newest first. Pages of older entries are read as a view scrolls
// (canFetchMore/fetchMore); entries appended later, by this process or another, are noticed by
// polling the store's lastSeq() and inserted at the top in one batch. Every read runs in the
// thread pool (the store allows any thread), one at a time, so a slow disk never stalls the GUI.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        TenantColumn,
        JobColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        DetailsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SeqRole = Qt::UserRole + 1,
        TimeRole, // QDateTime (UTC)
        JobKindRole,
        JobIdRole,
        OutcomeRole,
        DetailsJsonRole, // the details, pretty-printed
        SortRole,
        RawRole, // the stored value of the column: codes, ids and compact JSON
    };
    Q_ENUM(Role)

    explicit AuditModel(AuditStore *store, QObject *parent = nullptr);
    ~AuditModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    qint64 totalInStore() const { return m_total; }
    // Distinct job kinds and outcomes seen so far, for filter choices.
    QStringList jobKinds() const { return m_kinds; }
    QStringList outcomes() const { return m_outcomes; }

    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // How often the store is asked for new entries (default 1 s); 0 stops polling.
    void setPollInterval(int milliseconds);
    // Re-reads from scratch (another store file, or after an export).
    void reload();
    // Looks for new entries now rather than at the next poll.
    void refresh();
    // A read is running; rows arrive when it ends (loaded() is emitted).
    bool isLoading() const { return m_busy; }

Q_SIGNALS:
    void loadFailed(const QString &errorText);
    void distinctValuesChanged();
    // A read finished and its rows (if any) are in the model.
    void loaded();

private:
    static QVariant rawData(const AuditEntry &e, Column column);
    static QVariant toolTipData(const AuditEntry &e, Column column);
    static QVariant displayData(const AuditEntry &e, Column column);

    enum class Fetch { First, Newer, Older };
    struct FetchResult
    {
        Fetch kind = Fetch::First;
        quint64 generation = 0;
        QList<AuditEntry> entries;
        qint64 total = -1;
        QString error;
    };

    void startFetch(Fetch kind);
    void onFetched();
    void noteDistinct(const AuditEntry &entry);

    AuditStore *m_store;
    QList<AuditEntry> m_entries; // newest first
    QStringList m_kinds;
    QStringList m_outcomes;
    qint64 m_newestSeq = 0;
    qint64 m_total = 0;
    int m_pageSize = 500;
    QTimer *m_pollTimer;
    QFutureWatcher<FetchResult> m_watcher;
    bool m_busy = false;
    bool m_firstPending = false; // a reload waits for the running read
    bool m_newerPending = false; // a poll came while a read was running
    quint64 m_generation = 0;    // bumped by reload(): older reads are dropped
};

// Filters on the fields a person searches by; every setter re-filters once.
class AuditFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterProxy(QObject *parent = nullptr);
    ~AuditFilterProxy() override;

    void setJobKind(const QString &kind);    // empty: any
    void setOutcome(const QString &outcome); // empty: any
    void setText(const QString &text);       // substring of job, action, target or details
    void setTenant(const QString &tenant);   // empty: any
    void setTimeRange(const QDateTime &since, const QDateTime &until); // invalid: open

    QString jobKind() const { return m_kind; }
    QString outcome() const { return m_outcome; }
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind;
    QString m_outcome;
    QString m_text;
    QString m_tenant;
    QDateTime m_since;
    QDateTime m_until;
};

} // namespace cxone
