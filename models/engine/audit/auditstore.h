#pragma once

#include "models/engine/audit/auditentry.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cxone {

// Filters for reading the trail. Empty strings and invalid times mean "any".
struct AuditQuery
{
    QDateTime since;     // entries at or after this instant
    QDateTime until;     // entries strictly before this instant
    QString tenant;      // exact match
    QString jobKind;     // exact match
    QString outcome;     // exact match
    QString text;        // case-insensitive substring of job id, action, target or details
    qint64 afterSeq = 0; // only entries with a larger seq: lets a view fetch what is new
    qint64 limit = -1;   // -1: no limit
    qint64 offset = 0;
    bool newestFirst = false;
};

// What AuditStore::verify() found. Only the first problem is reported: everything after a
// broken link cannot be trusted anyway.
struct VerifyReport
{
    enum class Status {
        Intact,
        Modified,      // an entry's hash does not match its content
        Unlinked,      // an entry's prev_hash is not the hash of the entry before it
        BadStart,      // the oldest entry does not start from the genesis hash
        TailDeleted,   // the chain head names a later entry than the newest one present
        HeadMismatch,  // the chain head is missing or disagrees with the newest entry
        Replaced,      // the first entry is not the one the trail this machine recorded began with
        AnchorInvalid, // the record this machine keeps of the trail was changed or cannot be
                       // checked
        Error,         // the store could not be read
    };

    Status status = Status::Intact;
    qint64 checked = 0; // entries whose hash and link were checked before stopping
    qint64 seq = 0;     // entry where the problem shows; for TailDeleted the newest one left
    QString message;    // for people; empty when intact
    // The trail does not continue the one this machine recorded (deleted, replaced, cut back, or
    // its record changed): reported until someone accepts it (AuditStore::acceptNewTrail).
    bool acceptable = false;

    bool ok() const { return status == Status::Intact; }
};

// The append-only, hash-chained audit trail in an SQLite file.
//
// Several stores (in this process or in other processes, such as the console and the command-line
// runner) may write the same file: every append reads the chain head and inserts inside one
// BEGIN IMMEDIATE transaction. Every method except open() and close() may be called from any
// thread; each thread gets its own database connection, created on first use and closed when the
// store is destroyed.
//
// The store does not signal new entries: a view polls lastSeq() and fetches
// entries({.afterSeq = shown}) when it grew, which also notices entries written by other processes.
class AuditStore final : public AuditSink
{
public:
    AuditStore();
    ~AuditStore() override;

    // <cxone::dataDirectory()>/audit.sqlite
    static QString defaultPath();

    bool open(QString *error = nullptr);
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // Scrubs secrets from entry.details, assigns seq, time (when invalid), prev_hash and hash,
    // and stores it. On success the entry holds exactly what was stored.
    bool append(AuditEntry &entry, QString *error = nullptr) override;

    QList<AuditEntry> entries(const AuditQuery &query = {}, QString *error = nullptr) const;
    // Entries matching the query's filters, ignoring limit and offset.
    qint64 count(const AuditQuery &query = {}) const;
    // 0 when the trail is empty.
    qint64 lastSeq() const;

    // One JSON object per line, oldest first unless the query says otherwise; written to a
    // temporary file that replaces the target only when complete.
    bool exportJsonl(const QString &path, QString *error = nullptr,
                     const AuditQuery &query = {}) const;

    // Recomputes every hash in seq order and checks every link and the chain head, and that the
    // newest entry this machine saw stored (the anchor) is still there unchanged.
    VerifyReport verify() const;

    // What this machine recorded of the trail at `path`, kept in the application's settings,
    // outside the database, and signed with this machine's key (MachineKey): the trail's identity
    // (its first entry's hash, recorded when the trail begins) and the newest entry seen stored.
    // A trail deleted, emptied, cut back or replaced as a whole is then noticed, and stays
    // reported however many entries are written after it, until a person accepts it. seq 0: none
    // recorded.
    struct Anchor
    {
        qint64 seq = 0;
        QByteArray hash;
        QByteArray first; // the trail's identity
        QByteArray keyId;
        QByteArray mac;
        bool former = false; // kept before anchors were signed (seq and hash only)
    };
    static Anchor anchor(const QString &path);
    // False (and why) when the anchor was not signed by this machine's key as it reads now.
    static bool anchorIsSigned(const QString &path, const Anchor &anchor, QString *why);
    // The trail at `from` was moved to `to`: its anchor follows it.
    static void moveAnchor(const QString &from, const QString &to);
    // Verifies the trail at `path` without creating it: a missing or empty file is intact only
    // when no entry was ever recorded there.
    static VerifyReport verifyPath(const QString &path);

    // A person says the trail as it is now is this machine's trail from now on (one deleted or
    // replaced on purpose): an AUDIT_TRAIL_ACCEPTED entry records it in the trail, with what was
    // recorded before and what verify() said, and the anchor starts again from this trail.
    bool acceptCurrentTrail(const QString &tenant, QString *error = nullptr);
    static bool acceptNewTrail(const QString &path, const QString &tenant,
                               QString *error = nullptr);

    // The details as they will be stored: secret-looking keys and bearer strings redacted.
    static QJsonObject scrubbed(const QJsonObject &details);
    // The hex SHA-256 that append() would give this entry (seq, time and prevHash set).
    static QByteArray computeHash(const AuditEntry &entry);
    // The JSONL export form of one entry.
    static QJsonObject toJson(const AuditEntry &entry);
    static QByteArray genesisHash();

private:
    Q_DISABLE_COPY_MOVE(AuditStore)

    QSqlDatabase connection(QString *error) const;
    bool initialize(QString *error);

    // Names this opening's per-thread connections; a new one on every open() so that no thread
    // reuses a connection that close() removed.
    quint64 m_openId = 0;
    QString m_path;
    bool m_open = false;
    // Appends from threads of this process queue here rather than spinning on SQLite's busy
    // handler; other processes are held off by BEGIN IMMEDIATE.
    mutable QMutex m_writeMutex;
    mutable QMutex m_connectionsMutex;
    mutable QStringList m_connectionNames;
    // The anchor is written at most once a second while appending, and on close(), and moves
    // on only along the chain it records.
    void noteAnchor(qint64 seq, const QByteArray &hash, bool now, QSqlDatabase *db = nullptr);
    Anchor m_pendingAnchor;
    qint64 m_anchorWrittenMs = 0;
};

} // namespace cxone
