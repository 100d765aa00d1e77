#include "models/engine/audit/auditstore.h"

#include "models/engine/appdirs.h"
#include "models/engine/text.h"
#include "network/fileio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>
#include <unordered_map>

namespace cxone {

namespace {

constexpr int BusyTimeoutMs = 5000;
constexpr int SchemaVersion = 1;

const QString Redacted = QStringLiteral("[redacted]");

std::atomic<quint64> s_nextOpenId{1};
std::atomic<quint64> s_nextConnection{1};

// Connections of the current thread, by AuditStore opening. A thread that ends takes its map with
// it; the store still removes the connection itself when it closes.
thread_local std::unordered_map<quint64, QString> t_connections;

QString sqlError(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? QStringLiteral("unknown database error") : text;
}

bool setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    return setError(error, sqlError(query.lastError()));
}

bool isSecretKey(const QString &key)
{
    static const QString markers[] = {
            QStringLiteral("secret"), QStringLiteral("token"),         QStringLiteral("password"),
            QStringLiteral("passwd"), QStringLiteral("authorization"), QStringLiteral("api_key"),
            QStringLiteral("apikey"), QStringLiteral("api-key"),       QStringLiteral("credential"),
    };
    const QString lower = key.toLower();
    for (const QString &marker : markers) {
        if (lower.contains(marker))
            return true;
    }
    return false;
}

bool looksLikeBearer(const QString &value)
{
    static const QRegularExpression bearer(QStringLiteral("\\bbearer\\s+\\S"),
                                           QRegularExpression::CaseInsensitiveOption);
    return value.contains(bearer);
}

QJsonValue scrubValue(const QJsonValue &value);

QJsonArray scrubArray(const QJsonArray &array)
{
    QJsonArray out;
    for (const auto &v : array)
        out.append(scrubValue(v));
    return out;
}

QJsonValue scrubValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return AuditStore::scrubbed(value.toObject());
    case QJsonValue::Array:
        return scrubArray(value.toArray());
    case QJsonValue::String:
        return looksLikeBearer(value.toString()) ? Redacted : value;
    default:
        return value;
    }
}

// A null QString binds as SQL NULL; the columns hold empty text instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Netstring-style fields ("<byte length>:<bytes>,") so that no two different entries can
// serialize alike, whatever their text contains.
void addField(QCryptographicHash &hash, const QByteArray &bytes)
{
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
    hash.addData(QByteArrayView(","));
}

struct StoredRow
{
    qint64 seq = 0;
    QString time;
    QString tenant;
    QString jobId;
    QString jobKind;
    QString action;
    QString target;
    QString outcome;
    QByteArray details; // compact JSON exactly as stored and hashed
    QByteArray prevHash;
    QByteArray hash;
};

// The hash covers the stored text of every field, not a re-serialization, so verifying does not
// depend on how a later Qt formats JSON.
QByteArray hashRow(const StoredRow &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, QByteArrayLiteral("cxone-audit-v1"));
    addField(hash, row.prevHash);
    addField(hash, QByteArray::number(row.seq));
    addField(hash, row.time.toUtf8());
    addField(hash, row.tenant.toUtf8());
    addField(hash, row.jobId.toUtf8());
    addField(hash, row.jobKind.toUtf8());
    addField(hash, row.action.toUtf8());
    addField(hash, row.target.toUtf8());
    addField(hash, row.outcome.toUtf8());
    addField(hash, row.details);
    return hash.result().toHex();
}

StoredRow rowFromEntry(const AuditEntry &entry)
{
    StoredRow row;
    row.seq = entry.seq;
    row.time = timeText(entry.timeUtc);
    row.tenant = entry.tenant;
    row.jobId = entry.jobId;
    row.jobKind = entry.jobKind;
    row.action = entry.action;
    row.target = entry.target;
    row.outcome = entry.outcome;
    row.details = compactJson(entry.details);
    row.prevHash = entry.prevHash;
    row.hash = entry.hash;
    return row;
}

const QString SelectColumns = QStringLiteral(
        "SELECT seq, time_utc, tenant, job_id, job_kind, action, target, outcome, details, "
        "prev_hash, hash FROM audit_entry");

StoredRow readRow(const QSqlQuery &query)
{
    StoredRow row;
    row.seq = query.value(0).toLongLong();
    row.time = query.value(1).toString();
    row.tenant = query.value(2).toString();
    row.jobId = query.value(3).toString();
    row.jobKind = query.value(4).toString();
    row.action = query.value(5).toString();
    row.target = query.value(6).toString();
    row.outcome = query.value(7).toString();
    row.details = query.value(8).toString().toUtf8();
    row.prevHash = query.value(9).toString().toLatin1();
    row.hash = query.value(10).toString().toLatin1();
    return row;
}

AuditEntry entryFromRow(const StoredRow &row)
{
    AuditEntry entry;
    entry.seq = row.seq;
    entry.timeUtc = QDateTime::fromString(row.time, Qt::ISODateWithMs).toUTC();
    entry.tenant = row.tenant;
    entry.jobId = row.jobId;
    entry.jobKind = row.jobKind;
    entry.action = row.action;
    entry.target = row.target;
    entry.outcome = row.outcome;
    entry.details = QJsonDocument::fromJson(row.details).object();
    entry.prevHash = row.prevHash;
    entry.hash = row.hash;
    return entry;
}

// Builds "WHERE ..." for the query's filters; limit, offset and order are the caller's.
QString whereClause(const AuditQuery &q, QVariantList *bindings)
{
    QStringList conditions;
    if (q.since.isValid()) {
        conditions << QStringLiteral("time_utc >= ?");
        bindings->append(timeText(q.since));
    }
    if (q.until.isValid()) {
        conditions << QStringLiteral("time_utc < ?");
        bindings->append(timeText(q.until));
    }
    if (!q.tenant.isEmpty()) {
        conditions << QStringLiteral("tenant = ?");
        bindings->append(q.tenant);
    }
    if (!q.jobKind.isEmpty()) {
        conditions << QStringLiteral("job_kind = ?");
        bindings->append(q.jobKind);
    }
    if (!q.outcome.isEmpty()) {
        conditions << QStringLiteral("outcome = ?");
        bindings->append(q.outcome);
    }
    if (q.afterSeq > 0) {
        conditions << QStringLiteral("seq > ?");
        bindings->append(q.afterSeq);
    }
    if (!q.text.isEmpty()) {
        // instr() rather than LIKE: the text may contain % and _.
        conditions << QStringLiteral(
                "(instr(lower(job_id), ?) > 0 OR instr(lower(action), ?) > 0"
                " OR instr(lower(target), ?) > 0 OR instr(lower(details), ?) > 0)");
        const QString needle = q.text.toLower();
        for (int i = 0; i < 4; ++i)
            bindings->append(needle);
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool prepareFiltered(QSqlQuery &query, const AuditQuery &q, bool paged, QString *error)
{
    QVariantList bindings;
    QString sql = SelectColumns + whereClause(q, &bindings)
                  + (q.newestFirst ? QStringLiteral(" ORDER BY seq DESC")
                                   : QStringLiteral(" ORDER BY seq"));
    if (paged && (q.limit >= 0 || q.offset > 0)) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        bindings << (q.limit >= 0 ? q.limit : qint64(-1)) << std::max<qint64>(0, q.offset);
    }
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return setError(error, sqlError(query.lastError()));
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec())
        return setError(error, sqlError(query.lastError()));
    return true;
}

} // namespace

AuditStore::AuditStore() = default;

AuditStore::~AuditStore()
{
    close();
}

QString AuditStore::defaultPath()
{
    return cxone::dataDirectory() + QStringLiteral("/audit.sqlite");
}

QByteArray AuditStore::genesisHash()
{
    return QByteArray(64, '0');
}

bool AuditStore::open(QString *error)
{
    return open(defaultPath(), error);
}

bool AuditStore::open(const QString &path, QString *error)
{
    close();
    if (path.isEmpty())
        return setError(error, QStringLiteral("no audit file given"));
    const QFileInfo info(path);
    QString folderError;
    if (!makeDataFolder(info.absolutePath(), &folderError))
        return setError(error, folderError);
    m_path = info.absoluteFilePath();
    m_openId = s_nextOpenId.fetch_add(1);
    m_open = true;
    if (!initialize(error)) {
        close();
        return false;
    }
    // The trail names tenants, lists and people's actions: readable by its owner only.
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString file = m_path + QLatin1StringView(suffix);
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

static QString anchorKey(const QString &path)
{
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("auditAnchors/")
           + QString::fromLatin1(
                   QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex().left(16));
}

AuditStore::Anchor AuditStore::anchor(const QString &path)
{
    QSettings settings;
    const QString key = anchorKey(path);
    Anchor a;
    a.seq = settings.value(key + QStringLiteral("/seq")).toLongLong();
    a.hash = settings.value(key + QStringLiteral("/hash")).toString().toLatin1();
    return a;
}

void AuditStore::moveAnchor(const QString &from, const QString &to)
{
    const Anchor a = anchor(from);
    if (a.seq == 0) {
        QSettings().remove(anchorKey(to));
        return;
    }
    // The file at `to` is this trail now: whatever was anchored there before was another one.
    QSettings settings;
    const QString key = anchorKey(to);
    settings.setValue(key + QStringLiteral("/seq"), a.seq);
    settings.setValue(key + QStringLiteral("/hash"), QString::fromLatin1(a.hash));
    settings.remove(anchorKey(from));
}

void AuditStore::noteAnchor(qint64 seq, const QByteArray &hash, bool now)
{
    if (seq > 0) {
        m_pendingAnchor.seq = seq;
        m_pendingAnchor.hash = hash;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (m_pendingAnchor.seq == 0 || (!now && nowMs - m_anchorWrittenMs < 1000))
        return;
    QSettings settings;
    const QString key = anchorKey(m_path);
    // Another process may have written a newer one: the anchor only moves forward.
    if (settings.value(key + QStringLiteral("/seq")).toLongLong() < m_pendingAnchor.seq) {
        settings.setValue(key + QStringLiteral("/seq"), m_pendingAnchor.seq);
        settings.setValue(key + QStringLiteral("/hash"), QString::fromLatin1(m_pendingAnchor.hash));
    }
    m_pendingAnchor = {};
    m_anchorWrittenMs = nowMs;
}

VerifyReport AuditStore::verifyPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0) {
        VerifyReport report;
        const Anchor a = anchor(path);
        if (a.seq > 0) {
            report.status = VerifyReport::Status::TailDeleted;
            report.message = QStringLiteral("the audit trail %1 is %2, but %3 entries were "
                                            "recorded in it on this machine")
                                     .arg(path, info.exists() ? QStringLiteral("empty (0 bytes)")
                                                              : QStringLiteral("missing"))
                                     .arg(a.seq);
        }
        return report;
    }
    AuditStore store;
    QString error;
    if (!store.open(path, &error)) {
        VerifyReport report;
        report.status = VerifyReport::Status::Error;
        report.message = error;
        return report;
    }
    return store.verify();
}

void AuditStore::close()
{
    {
        QMutexLocker writeLock(&m_writeMutex);
        if (m_open)
            noteAnchor(0, {}, true);
    }
    QMutexLocker lock(&m_connectionsMutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
    m_connectionNames.clear();
    t_connections.erase(m_openId);
    m_open = false;
}

bool AuditStore::isOpen() const
{
    return m_open;
}

QSqlDatabase AuditStore::connection(QString *error) const
{
    if (!m_open) {
        setError(error, QStringLiteral("the audit store is not open"));
        return {};
    }
    const auto known = t_connections.find(m_openId);
    if (known != t_connections.end())
        return QSqlDatabase::database(known->second, false);

    const QString name
            = QStringLiteral("cxone-audit-%1-%2").arg(m_openId).arg(s_nextConnection.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        bool ok = db.open();
        if (ok) {
            QSqlQuery pragma(db);
            ok = exec(pragma, QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs), error);
        } else {
            setError(error, sqlError(db.lastError()));
        }
        if (!ok) {
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(name);
            return {};
        }
    }
    {
        QMutexLocker lock(&m_connectionsMutex);
        m_connectionNames << name;
    }
    t_connections[m_openId] = name;
    return QSqlDatabase::database(name, false);
}

bool AuditStore::initialize(QString *error)
{
    QSqlDatabase db = connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    // WAL lets readers (the GUI's audit pane) run while another process appends; the mode is
    // stored in the file, so setting it once per open is enough.
    if (!exec(query, QStringLiteral("PRAGMA journal_mode = WAL"), error))
        return false;
    query.finish();
    if (!exec(query, QStringLiteral("PRAGMA user_version"), error))
        return false;
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    if (version > SchemaVersion) {
        return setError(error, QStringLiteral("the audit file was written by a newer version "
                                              "(schema %1)")
                                       .arg(version));
    }
    if (version == SchemaVersion)
        return true;

    const QString schema[] = {
            QStringLiteral("CREATE TABLE IF NOT EXISTS audit_entry ("
                           " seq INTEGER PRIMARY KEY,"
                           " time_utc TEXT NOT NULL,"
                           " tenant TEXT NOT NULL,"
                           " job_id TEXT NOT NULL,"
                           " job_kind TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " target TEXT NOT NULL,"
                           " outcome TEXT NOT NULL,"
                           " details TEXT NOT NULL,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS audit_entry_time ON audit_entry(time_utc)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS chain_head ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " last_seq INTEGER NOT NULL,"
                           " hash TEXT NOT NULL)"),
            QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
    };
    // Two processes may create the file at the same moment; the write lock serializes them and
    // IF NOT EXISTS makes the loser's statements no-ops.
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    for (const QString &sql : schema) {
        if (!exec(query, sql, error)) {
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return exec(query, QStringLiteral("COMMIT"), error);
}

QJsonObject AuditStore::scrubbed(const QJsonObject &details)
{
    QJsonObject out;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        out.insert(it.key(), isSecretKey(it.key()) ? QJsonValue(Redacted) : scrubValue(it.value()));
    return out;
}

QByteArray AuditStore::computeHash(const AuditEntry &entry)
{
    return hashRow(rowFromEntry(entry));
}

QJsonObject AuditStore::toJson(const AuditEntry &entry)
{
    return QJsonObject{
            {QStringLiteral("seq"), entry.seq},
            {QStringLiteral("time"), timeText(entry.timeUtc)},
            {QStringLiteral("tenant"), entry.tenant},
            {QStringLiteral("job_id"), entry.jobId},
            {QStringLiteral("job_kind"), entry.jobKind},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("target"), entry.target},
            {QStringLiteral("outcome"), entry.outcome},
            {QStringLiteral("details"), entry.details},
            {QStringLiteral("prev_hash"), QString::fromLatin1(entry.prevHash)},
            {QStringLiteral("hash"), QString::fromLatin1(entry.hash)},
    };
}

bool AuditStore::append(AuditEntry &entry, QString *error)
{
    QMutexLocker writeLock(&m_writeMutex);
    QSqlDatabase db = connection(error);
    if (!db.isOpen())
        return false;

    AuditEntry stored = entry;
    stored.details = scrubbed(entry.details);
    if (looksLikeBearer(stored.target))
        stored.target = Redacted;
    stored.timeUtc
            = entry.timeUtc.isValid() ? entry.timeUtc.toUTC() : QDateTime::currentDateTimeUtc();

    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    const auto rollback = [&query](QString *why, const QString &text) {
        setError(why, text);
        query.finish();
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    };

    // The chain head rather than MAX(seq) decides what comes next: had someone deleted the newest
    // rows, new entries would not quietly close the gap.
    if (!query.exec(QStringLiteral("SELECT last_seq, hash FROM chain_head WHERE id = 1")))
        return rollback(error, sqlError(query.lastError()));
    bool haveHead = query.next();
    if (haveHead) {
        stored.seq = query.value(0).toLongLong() + 1;
        stored.prevHash = query.value(1).toString().toLatin1();
    }
    query.finish();
    if (!haveHead) {
        // A file whose head row is gone still continues its chain; verify() reports the head.
        if (!query.exec(
                    QStringLiteral("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")))
            return rollback(error, sqlError(query.lastError()));
        if (query.next()) {
            stored.seq = query.value(0).toLongLong() + 1;
            stored.prevHash = query.value(1).toString().toLatin1();
        } else {
            stored.seq = 1;
            stored.prevHash = genesisHash();
        }
        query.finish();
    }

    StoredRow row = rowFromEntry(stored);
    row.hash = hashRow(row);
    stored.hash = row.hash;

    query.prepare(QStringLiteral("INSERT INTO audit_entry (seq, time_utc, tenant, job_id, job_kind,"
                                 " action, target, outcome, details, prev_hash, hash)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(row.seq);
    query.addBindValue(row.time);
    query.addBindValue(text(row.tenant));
    query.addBindValue(text(row.jobId));
    query.addBindValue(text(row.jobKind));
    query.addBindValue(text(row.action));
    query.addBindValue(text(row.target));
    query.addBindValue(text(row.outcome));
    query.addBindValue(QString::fromUtf8(row.details));
    query.addBindValue(QString::fromLatin1(row.prevHash));
    query.addBindValue(QString::fromLatin1(row.hash));
    if (!query.exec())
        return rollback(error, sqlError(query.lastError()));

    query.prepare(QStringLiteral("INSERT INTO chain_head (id, last_seq, hash) VALUES (1, ?, ?)"
                                 " ON CONFLICT(id) DO UPDATE SET last_seq = excluded.last_seq,"
                                 " hash = excluded.hash"));
    query.addBindValue(row.seq);
    query.addBindValue(QString::fromLatin1(row.hash));
    if (!query.exec())
        return rollback(error, sqlError(query.lastError()));
    query.finish();

    if (!query.exec(QStringLiteral("COMMIT")))
        return rollback(error, sqlError(query.lastError()));
    entry = stored;
    noteAnchor(stored.seq, stored.hash, false);
    return true;
}

QList<AuditEntry> AuditStore::entries(const AuditQuery &q, QString *error) const
{
    QList<AuditEntry> result;
    QSqlDatabase db = connection(error);
    if (!db.isOpen())
        return result;
    QSqlQuery query(db);
    if (!prepareFiltered(query, q, true, error))
        return result;
    if (q.limit > 0)
        result.reserve(q.limit);
    while (query.next())
        result.append(entryFromRow(readRow(query)));
    return result;
}

qint64 AuditStore::count(const AuditQuery &q) const
{
    QSqlDatabase db = connection(nullptr);
    if (!db.isOpen())
        return 0;
    QVariantList bindings;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_entry")
                       + whereClause(q, &bindings)))
        return 0;
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 AuditStore::lastSeq() const
{
    QSqlDatabase db = connection(nullptr);
    if (!db.isOpen())
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(seq) FROM audit_entry")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool AuditStore::exportJsonl(const QString &path, QString *error, const AuditQuery &q) const
{
    QSqlDatabase db = connection(error);
    if (!db.isOpen())
        return false;
    OutputFile file(path, QStringLiteral("the audit export"));
    QString why;
    if (!file.open(&why))
        return setError(error, why);
    QSqlQuery query(db);
    if (!prepareFiltered(query, q, true, error))
        return false;
    QByteArray buffer;
    while (query.next()) {
        buffer += compactJson(toJson(entryFromRow(readRow(query))));
        buffer += '\n';
        if (buffer.size() >= (1 << 20)) {
            if (!file.write(buffer, &why))
                return setError(error, why);
            buffer.clear();
        }
    }
    if (query.lastError().isValid())
        return setError(error, sqlError(query.lastError()));
    query.finish();
    if (!file.write(buffer, &why) || !file.commit(&why))
        return setError(error, why);
    return true;
}

VerifyReport AuditStore::verify() const
{
    VerifyReport report;
    const auto fail = [&report](VerifyReport::Status status, qint64 seq, const QString &message) {
        report.status = status;
        report.seq = seq;
        report.message = message;
        return report;
    };

    QString error;
    QSqlDatabase db = connection(&error);
    if (!db.isOpen())
        return fail(VerifyReport::Status::Error, 0, error);

    QSqlQuery query(db);
    // One read transaction: the head and the entries come from the same snapshot even while
    // another writer appends.
    if (!exec(query, QStringLiteral("BEGIN"), &error))
        return fail(VerifyReport::Status::Error, 0, error);
    const auto end = [&query, &report]() {
        query.finish();
        query.exec(QStringLiteral("COMMIT"));
        return report;
    };

    if (!query.exec(QStringLiteral("SELECT last_seq, hash FROM chain_head WHERE id = 1"))) {
        fail(VerifyReport::Status::Error, 0, sqlError(query.lastError()));
        return end();
    }
    const bool haveHead = query.next();
    const qint64 headSeq = haveHead ? query.value(0).toLongLong() : 0;
    const QByteArray headHash = haveHead ? query.value(1).toString().toLatin1() : QByteArray();
    query.finish();

    query.setForwardOnly(true);
    if (!query.exec(SelectColumns + QStringLiteral(" ORDER BY seq"))) {
        fail(VerifyReport::Status::Error, 0, sqlError(query.lastError()));
        return end();
    }
    qint64 previousSeq = 0;
    QByteArray previousHash = genesisHash();
    const Anchor anchored = anchor(m_path);
    bool anchorSeen = false;
    while (query.next()) {
        const StoredRow row = readRow(query);
        if (row.seq == anchored.seq) {
            anchorSeen = true;
            if (row.hash != anchored.hash) {
                fail(VerifyReport::Status::Modified, row.seq,
                     QStringLiteral("entry %1 is not the one recorded on this machine: the trail "
                                    "was replaced or rewritten")
                             .arg(row.seq));
                return end();
            }
        }
        if (hashRow(row) != row.hash) {
            fail(VerifyReport::Status::Modified, row.seq,
                 QStringLiteral("entry %1 was modified: its hash does not match its content")
                         .arg(row.seq));
            return end();
        }
        if (row.prevHash != previousHash) {
            if (previousSeq == 0) {
                fail(VerifyReport::Status::BadStart, row.seq,
                     QStringLiteral("the first entry does not start the chain: entry %1 follows "
                                    "an entry that is not there")
                             .arg(row.seq));
            } else if (row.seq != previousSeq + 1) {
                fail(VerifyReport::Status::Unlinked, row.seq,
                     QStringLiteral("entry %1 does not follow entry %2: an entry was deleted or "
                                    "reordered")
                             .arg(row.seq)
                             .arg(previousSeq));
            } else {
                fail(VerifyReport::Status::Unlinked, row.seq,
                     QStringLiteral("entry %1 does not follow entry %2: an entry was rewritten "
                                    "or the entries were reordered")
                             .arg(row.seq)
                             .arg(previousSeq));
            }
            return end();
        }
        ++report.checked;
        previousSeq = row.seq;
        previousHash = row.hash;
    }
    if (query.lastError().isValid()) {
        fail(VerifyReport::Status::Error, previousSeq, sqlError(query.lastError()));
        return end();
    }

    if (anchored.seq > 0 && !anchorSeen) {
        fail(VerifyReport::Status::TailDeleted, previousSeq,
             previousSeq == 0
                     ? QStringLiteral("the audit trail is empty, but %1 recorded in it on this "
                                      "machine")
                               .arg(countText(anchored.seq, QStringLiteral("entry was"),
                                              QStringLiteral("entries were")))
                     : QStringLiteral("entries up to %1 were recorded on this machine, but the "
                                      "trail ends at %2")
                               .arg(anchored.seq)
                               .arg(previousSeq));
        return end();
    }
    if (!haveHead) {
        if (previousSeq > 0) {
            fail(VerifyReport::Status::HeadMismatch, previousSeq,
                 QStringLiteral("the chain head record is missing"));
        }
    } else if (headSeq > previousSeq) {
        fail(VerifyReport::Status::TailDeleted, previousSeq,
             QStringLiteral("the newest entries were deleted after seq %1").arg(previousSeq));
    } else if (headSeq != previousSeq || headHash != previousHash) {
        fail(VerifyReport::Status::HeadMismatch, previousSeq,
             QStringLiteral("the chain head does not match entry %1: the file was changed "
                            "outside the application")
                     .arg(previousSeq));
    }
    return end();
}

} // namespace cxone
