#include "models/engine/appdirs.h"
#include "models/engine/audit/auditstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace cxone;

namespace {

AuditEntry makeEntry(const QString &action, const QString &outcome = QStringLiteral("ok"),
                     const QJsonObject &details = {})
{
    AuditEntry e;
    e.tenant = QStringLiteral("acme-prod");
    e.jobId = QStringLiteral("job-123");
    e.jobKind = QStringLiteral("segment-export");
    e.action = action;
    e.target = QStringLiteral("segment-42");
    e.outcome = outcome;
    e.details = details;
    return e;
}

// Runs statements on the file through a connection of its own, as someone tampering with it would.
void tamper(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        QVERIFY(query.numRowsAffected() > 0);
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestAuditStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void formerDataFolderMovesUp(); // first: the move happens on the first call
    void defaultPathIsAppData();
    void appendAndReadBack();
    void storeIsPrivate();
    void appendWithoutOpenFails();
    void verifyIntact();
    void verifyEmpty();
    void detectsEditedRow_data();
    void detectsEditedRow();
    void detectsDeletedMiddleRow();
    void detectsDeletedFirstRow();
    void detectsDeletedNewestRows();
    void scrubRules_data();
    void scrubRules();
    void secretsNeverReachTheFile();
    void twoStoresInterleaved();
    void twoStoresConcurrent();
    void reopenContinuesChain();
    void exportJsonl();
    void exportJsonlFiltered();
    void queryFilters();
    void replacedTrailStaysReportedUntilAccepted();
    void deletedTrailStaysReportedUntilAccepted();
    void anchorChangedOutsideIsReported();
    void formerAnchorIsCarriedOver();
    void hashIsTheDocumentedDigest();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("audit.sqlite")); }
    void appendSome(AuditStore &store, int n);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the applications name themselves: organisation and application alike.
    QCoreApplication::setOrganizationName(QCoreApplication::applicationName());
}

void TestAuditStore::formerDataFolderMovesUp()
{
    const QString former = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString now = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
                        + QCoreApplication::applicationName();
    QVERIFY(former.endsWith(QCoreApplication::applicationName() + u'/'
                            + QCoreApplication::applicationName()));
    QDir(now).removeRecursively();
    QVERIFY(QDir().mkpath(former + QStringLiteral("/journals")));
    // Something of the same name already in the new place wins; the old one stays put.
    QVERIFY(QDir().mkpath(former + QStringLiteral("/templates")));
    QVERIFY(QDir().mkpath(now + QStringLiteral("/templates")));
    for (const QString &name : {QStringLiteral("/journals/sanitize-list_1.jsonl"),
                                QStringLiteral("/templates/old.json")}) {
        QFile file(former + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}\n");
    }
    // A trail with one entry, anchored under its old path.
    {
        AuditStore store;
        QVERIFY(store.open(former + QStringLiteral("/audit.sqlite")));
        AuditEntry e = makeEntry(QStringLiteral("run"));
        QVERIFY(store.append(e));
        store.close();
    }
    QCOMPARE(AuditStore::anchor(former + QStringLiteral("/audit.sqlite")).seq, 1);

    QCOMPARE(cxone::dataDirectory(), now);

    QVERIFY(QFileInfo::exists(now + QStringLiteral("/journals/sanitize-list_1.jsonl")));
    QVERIFY(QFileInfo::exists(now + QStringLiteral("/audit.sqlite")));
    QVERIFY(QFileInfo(now + QStringLiteral("/templates")).isDir());
    QVERIFY(!QFileInfo::exists(now + QStringLiteral("/templates/old.json")));
    QCOMPARE(QDir(former).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("templates")});
    QCOMPARE(AuditStore::anchor(now + QStringLiteral("/audit.sqlite")).seq, 1);
    QCOMPARE(AuditStore::anchor(former + QStringLiteral("/audit.sqlite")).seq, 0);
    QCOMPARE(AuditStore::verifyPath(now + QStringLiteral("/audit.sqlite")).status,
             VerifyReport::Status::Intact);
    QDir(now).removeRecursively();
}

void TestAuditStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAuditStore::cleanup()
{
    m_dir.reset();
}

void TestAuditStore::appendSome(AuditStore &store, int n)
{
    for (int i = 0; i < n; ++i) {
        AuditEntry e = makeEntry(QStringLiteral("STEP_%1").arg(i + 1), QStringLiteral("ok"),
                                 {{QStringLiteral("index"), i}});
        QString error;
        QVERIFY2(store.append(e, &error), qPrintable(error));
    }
}

void TestAuditStore::defaultPathIsAppData()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                             + u'/' + QCoreApplication::applicationName()
                             + QStringLiteral("/audit.sqlite");
    QCOMPARE(AuditStore::defaultPath(), expected);
}

void TestAuditStore::appendAndReadBack()
{
    AuditStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QCOMPARE(store.lastSeq(), 0);
    QCOMPARE(store.count(), 0);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    AuditEntry first = makeEntry(QStringLiteral("EXPORT_STARTED"), QStringLiteral("info"),
                                 {{QStringLiteral("pageSize"), 500},
                                  {QStringLiteral("note"), QStringLiteral("naïve ✓")}});
    QVERIFY2(store.append(first, &error), qPrintable(error));
    QCOMPARE(first.seq, 1);
    QCOMPARE(first.prevHash, AuditStore::genesisHash());
    QCOMPARE(first.hash.size(), 64);
    QVERIFY(first.timeUtc.isValid());
    QCOMPARE(first.timeUtc.timeSpec(), Qt::UTC);
    QVERIFY(first.timeUtc >= before.addMSecs(-1));

    AuditEntry second = makeEntry(QStringLiteral("EXPORT_FINISHED"));
    second.timeUtc = QDateTime(QDate(2024, 3, 1), QTime(10, 20, 30, 456), Qt::OffsetFromUTC, 3600);
    QVERIFY2(store.append(second, &error), qPrintable(error));
    QCOMPARE(second.seq, 2);
    QCOMPARE(second.prevHash, first.hash);
    QCOMPARE(second.timeUtc, QDateTime(QDate(2024, 3, 1), QTime(9, 20, 30, 456), Qt::UTC));

    const QList<AuditEntry> all = store.entries({}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.size(), 2);
    const AuditEntry &a = all.at(0);
    QCOMPARE(a.seq, 1);
    QCOMPARE(a.timeUtc, first.timeUtc);
    QCOMPARE(a.timeUtc.timeSpec(), Qt::UTC);
    QCOMPARE(a.tenant, QStringLiteral("acme-prod"));
    QCOMPARE(a.jobId, QStringLiteral("job-123"));
    QCOMPARE(a.jobKind, QStringLiteral("segment-export"));
    QCOMPARE(a.action, QStringLiteral("EXPORT_STARTED"));
    QCOMPARE(a.target, QStringLiteral("segment-42"));
    QCOMPARE(a.outcome, QStringLiteral("info"));
    QCOMPARE(a.details, first.details);
    QCOMPARE(a.prevHash, first.prevHash);
    QCOMPARE(a.hash, first.hash);
    QCOMPARE(AuditStore::computeHash(a), a.hash);

    const AuditEntry &b = all.at(1);
    QCOMPARE(b.seq, 2);
    QCOMPARE(b.prevHash, a.hash);
    QCOMPARE(b.timeUtc, second.timeUtc);
    QCOMPARE(AuditStore::computeHash(b), b.hash);

    QCOMPARE(store.count(), 2);
    QCOMPARE(store.lastSeq(), 2);
}

void TestAuditStore::appendWithoutOpenFails()
{
    AuditStore store;
    AuditEntry e = makeEntry(QStringLiteral("X"));
    QString error;
    QVERIFY(!store.append(e, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.verify().status, VerifyReport::Status::Error);
}

void TestAuditStore::verifyIntact()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    appendSome(store, 20);
    const VerifyReport report = store.verify();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.checked, 20);
    QVERIFY(report.message.isEmpty());
}

void TestAuditStore::verifyEmpty()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    const VerifyReport report = store.verify();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.checked, 0);
}

void TestAuditStore::detectsEditedRow_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("outcome") << QStringLiteral(
            "UPDATE audit_entry SET outcome = 'failed' WHERE seq = 17");
    QTest::newRow("details") << QStringLiteral(
            "UPDATE audit_entry SET details = '{\"index\":99}' WHERE seq = 17");
    QTest::newRow("time") << QStringLiteral(
            "UPDATE audit_entry SET time_utc = '2000-01-01T00:00:00.000Z' WHERE seq = 17");
}

void TestAuditStore::detectsEditedRow()
{
    QFETCH(QString, sql);
    AuditStore store;
    QVERIFY(store.open(path()));
    appendSome(store, 25);
    tamper(path(), sql);

    const VerifyReport report = store.verify();
    QCOMPARE(report.status, VerifyReport::Status::Modified);
    QCOMPARE(report.seq, 17);
    QCOMPARE(report.checked, 16);
    QCOMPARE(report.message,
             QStringLiteral("entry 17 was modified: its hash does not match its content"));
}

void TestAuditStore::detectsDeletedMiddleRow()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    appendSome(store, 25);
    tamper(path(), QStringLiteral("DELETE FROM audit_entry WHERE seq = 17"));

    const VerifyReport report = store.verify();
    QCOMPARE(report.status, VerifyReport::Status::Unlinked);
    QCOMPARE(report.seq, 18);
    QCOMPARE(report.checked, 16);
    QCOMPARE(report.message, QStringLiteral("entry 18 does not follow entry 16: an entry was "
                                            "deleted or reordered"));
}

void TestAuditStore::detectsDeletedFirstRow()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    appendSome(store, 5);
    tamper(path(), QStringLiteral("DELETE FROM audit_entry WHERE seq = 1"));

    const VerifyReport report = store.verify();
    QCOMPARE(report.status, VerifyReport::Status::BadStart);
    QCOMPARE(report.seq, 2);
    QVERIFY2(report.message.startsWith(QStringLiteral("the first entry does not start the chain")),
             qPrintable(report.message));
}

void TestAuditStore::detectsDeletedNewestRows()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    appendSome(store, 10);
    tamper(path(), QStringLiteral("DELETE FROM audit_entry WHERE seq > 8"));

    VerifyReport report = store.verify();
    QCOMPARE(report.status, VerifyReport::Status::TailDeleted);
    QCOMPARE(report.seq, 8);
    QCOMPARE(report.checked, 8);
    QCOMPARE(report.message, QStringLiteral("the newest entries were deleted after seq 8"));

    // Appending afterwards must not paper over the gap.
    AuditEntry e = makeEntry(QStringLiteral("LATER"));
    QVERIFY(store.append(e));
    QCOMPARE(e.seq, 11);
    report = store.verify();
    QCOMPARE(report.status, VerifyReport::Status::Unlinked);
    QCOMPARE(report.seq, 11);
}

void TestAuditStore::scrubRules_data()
{
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonValue r(QStringLiteral("[redacted]"));
    QTest::newRow("plain keys kept")
            << QJsonObject{{QStringLiteral("requestId"), QStringLiteral("r-1")},
                           {QStringLiteral("count"), 3}}
            << QJsonObject{{QStringLiteral("requestId"), QStringLiteral("r-1")},
                           {QStringLiteral("count"), 3}};
    QTest::newRow("secret keys")
            << QJsonObject{{QStringLiteral("client_secret"), QStringLiteral("s")},
                           {QStringLiteral("access_token"), QStringLiteral("t")},
                           {QStringLiteral("Password"), QStringLiteral("p")},
                           {QStringLiteral("AUTHORIZATION"), QStringLiteral("a")},
                           {QStringLiteral("x-api_key"), QStringLiteral("k")},
                           {QStringLiteral("apiKey"), QStringLiteral("k")},
                           {QStringLiteral("credentials"), QJsonObject{{QStringLiteral("u"), 1}}},
                           {QStringLiteral("continuationToken"), QStringLiteral("c")}}
            << QJsonObject{{QStringLiteral("client_secret"), r},
                           {QStringLiteral("access_token"), r},
                           {QStringLiteral("Password"), r},
                           {QStringLiteral("AUTHORIZATION"), r},
                           {QStringLiteral("x-api_key"), r},
                           {QStringLiteral("apiKey"), r},
                           {QStringLiteral("credentials"), r},
                           {QStringLiteral("continuationToken"), r}};
    QTest::newRow("nested and arrays")
            << QJsonObject{{QStringLiteral("request"),
                            QJsonObject{
                                    {QStringLiteral("headers"),
                                     QJsonObject{
                                             {QStringLiteral("x-token"), QStringLiteral("t")},
                                             {QStringLiteral("accept"), QStringLiteral("json")}}}}},
                           {QStringLiteral("list"),
                            QJsonArray{QJsonObject{{QStringLiteral("refresh_token"), 5}},
                                       QStringLiteral("Bearer abc"), 7}}}
            << QJsonObject{{QStringLiteral("request"),
                            QJsonObject{{QStringLiteral("headers"),
                                         QJsonObject{{QStringLiteral("x-token"), r},
                                                     {QStringLiteral("accept"),
                                                      QStringLiteral("json")}}}}},
                           {QStringLiteral("list"),
                            QJsonArray{QJsonObject{{QStringLiteral("refresh_token"), r}}, r, 7}}};
    QTest::newRow("bearer strings")
            << QJsonObject{{QStringLiteral("header"), QStringLiteral("bearer eyJ.abc.def")},
                           {QStringLiteral("line"), QStringLiteral("sent Authorization: Bearer x")},
                           {QStringLiteral("word"), QStringLiteral("Bearer")}}
            << QJsonObject{{QStringLiteral("header"), r},
                           {QStringLiteral("line"), r},
                           {QStringLiteral("word"), QStringLiteral("Bearer")}};
}

void TestAuditStore::scrubRules()
{
    QFETCH(QJsonObject, input);
    QFETCH(QJsonObject, expected);
    QCOMPARE(AuditStore::scrubbed(input), expected);
}

void TestAuditStore::secretsNeverReachTheFile()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    const QString secret = QStringLiteral("S3cr3tValue-do-not-store");
    const QString token = QStringLiteral("AccessTok-xyz-987");
    const QString bearer = QStringLiteral("BearerTok-abc-654");
    AuditEntry e
            = makeEntry(QStringLiteral("TOKEN_REFRESHED"), QStringLiteral("ok"),
                        {{QStringLiteral("client_secret"), secret},
                         {QStringLiteral("access_token"), token},
                         {QStringLiteral("nested"),
                          QJsonObject{{QStringLiteral("deeper"),
                                       QJsonObject{{QStringLiteral("password"), secret}}}}},
                         {QStringLiteral("header"), QString(QStringLiteral("Bearer ") + bearer)},
                         {QStringLiteral("requestId"), QStringLiteral("req-1")}});
    QString error;
    QVERIFY2(store.append(e, &error), qPrintable(error));

    // The caller sees what was stored.
    QCOMPARE(e.details.value(QStringLiteral("client_secret")).toString(),
             QStringLiteral("[redacted]"));
    QCOMPARE(e.details.value(QStringLiteral("requestId")).toString(), QStringLiteral("req-1"));

    const QList<AuditEntry> back = store.entries();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().details, e.details);
    QVERIFY(store.verify().ok());

    const QByteArray raw = fileBytes(path()) + fileBytes(path() + QStringLiteral("-wal"));
    QVERIFY(!raw.isEmpty());
    QVERIFY(raw.contains("req-1")); // the bytes are readable, so absence below means something
    QVERIFY(!raw.contains(secret.toUtf8()));
    QVERIFY(!raw.contains(token.toUtf8()));
    QVERIFY(!raw.contains(bearer.toUtf8()));
}

void TestAuditStore::twoStoresInterleaved()
{
    AuditStore a;
    AuditStore b;
    QString error;
    QVERIFY2(a.open(path(), &error), qPrintable(error));
    QVERIFY2(b.open(path(), &error), qPrintable(error));
    for (int i = 0; i < 30; ++i) {
        AuditStore &store = (i % 2) ? b : a;
        AuditEntry e = makeEntry(QStringLiteral("STEP_%1").arg(i));
        QVERIFY2(store.append(e, &error), qPrintable(error));
        QCOMPARE(e.seq, i + 1);
    }
    QCOMPARE(a.count(), 30);
    QCOMPARE(b.lastSeq(), 30);
    const VerifyReport report = b.verify();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.checked, 30);
}

void TestAuditStore::twoStoresConcurrent()
{
    AuditStore a;
    AuditStore b;
    QString error;
    QVERIFY2(a.open(path(), &error), qPrintable(error));
    QVERIFY2(b.open(path(), &error), qPrintable(error));

    constexpr int PerWriter = 200;
    // Each writer uses its store from two threads, so both the in-process lock and the
    // cross-connection transaction are exercised.
    const auto writer = [](AuditStore *store, const QString &name) {
        QStringList failures;
        for (int i = 0; i < PerWriter / 2; ++i) {
            AuditEntry e = makeEntry(name + QString::number(i));
            QString why;
            if (!store->append(e, &why))
                failures << why;
        }
        return failures;
    };
    QList<QFuture<QStringList>> futures{
            QtConcurrent::run(writer, &a, QStringLiteral("A1-")),
            QtConcurrent::run(writer, &a, QStringLiteral("A2-")),
            QtConcurrent::run(writer, &b, QStringLiteral("B1-")),
            QtConcurrent::run(writer, &b, QStringLiteral("B2-")),
    };
    for (QFuture<QStringList> &future : futures) {
        const QStringList failures = future.result();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    QCOMPARE(a.count(), 2 * PerWriter);
    QCOMPARE(b.lastSeq(), 2 * PerWriter);
    const VerifyReport report = a.verify();
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.checked, 2 * PerWriter);
    QCOMPARE(a.count({.text = QStringLiteral("B2-")}), PerWriter / 2);
}

void TestAuditStore::reopenContinuesChain()
{
    {
        AuditStore store;
        QVERIFY(store.open(path()));
        appendSome(store, 3);
    }
    AuditStore store;
    QVERIFY(store.open(path()));
    AuditEntry e = makeEntry(QStringLiteral("AGAIN"));
    QVERIFY(store.append(e));
    QCOMPARE(e.seq, 4);
    QVERIFY(store.verify().ok());
    store.close();
    QVERIFY(!store.isOpen());
    QVERIFY(store.open(path()));
    QCOMPARE(store.lastSeq(), 4);
}

void TestAuditStore::exportJsonl()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    appendSome(store, 12);
    const QString out = m_dir->filePath(QStringLiteral("export/audit.jsonl"));
    QString error;
    QVERIFY(!store.exportJsonl(out, &error)); // the folder does not exist
    QVERIFY(!error.isEmpty());

    const QString file = m_dir->filePath(QStringLiteral("audit.jsonl"));
    QVERIFY2(store.exportJsonl(file, &error), qPrintable(error));
    const QList<QByteArray> lines = fileBytes(file).split('\n');
    QCOMPARE(lines.size(), 13);
    QVERIFY(lines.last().isEmpty());

    QByteArray previous = AuditStore::genesisHash();
    const QStringList fields{
            QStringLiteral("seq"),       QStringLiteral("time"),     QStringLiteral("tenant"),
            QStringLiteral("job_id"),    QStringLiteral("job_kind"), QStringLiteral("action"),
            QStringLiteral("target"),    QStringLiteral("outcome"),  QStringLiteral("details"),
            QStringLiteral("prev_hash"), QStringLiteral("hash")};
    for (int i = 0; i < 12; ++i) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonObject o = doc.object();
        for (const QString &field : fields)
            QVERIFY2(o.contains(field), qPrintable(field));
        QCOMPARE(o.value(QStringLiteral("seq")).toInteger(), i + 1);
        const QString time = o.value(QStringLiteral("time")).toString();
        QVERIFY2(time.endsWith(u'Z') && time.size() == 24, qPrintable(time));
        QCOMPARE(o.value(QStringLiteral("details"))
                         .toObject()
                         .value(QStringLiteral("index"))
                         .toInt(),
                 i);
        QCOMPARE(o.value(QStringLiteral("prev_hash")).toString().toLatin1(), previous);

        // The hash can be recomputed from the exported line alone.
        AuditEntry e;
        e.seq = o.value(QStringLiteral("seq")).toInteger();
        e.timeUtc = QDateTime::fromString(time, Qt::ISODateWithMs);
        e.tenant = o.value(QStringLiteral("tenant")).toString();
        e.jobId = o.value(QStringLiteral("job_id")).toString();
        e.jobKind = o.value(QStringLiteral("job_kind")).toString();
        e.action = o.value(QStringLiteral("action")).toString();
        e.target = o.value(QStringLiteral("target")).toString();
        e.outcome = o.value(QStringLiteral("outcome")).toString();
        e.details = o.value(QStringLiteral("details")).toObject();
        e.prevHash = o.value(QStringLiteral("prev_hash")).toString().toLatin1();
        previous = o.value(QStringLiteral("hash")).toString().toLatin1();
        QCOMPARE(AuditStore::computeHash(e), previous);
    }
}

void TestAuditStore::exportJsonlFiltered()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    appendSome(store, 5);
    AuditEntry failed = makeEntry(QStringLiteral("BROKE"), QStringLiteral("failed"));
    QVERIFY(store.append(failed));
    const QString file = m_dir->filePath(QStringLiteral("failed.jsonl"));
    QString error;
    QVERIFY2(store.exportJsonl(file, &error, {.outcome = QStringLiteral("failed")}),
             qPrintable(error));
    const QByteArray bytes = fileBytes(file);
    QCOMPARE(bytes.count('\n'), 1);
    QVERIFY(bytes.contains("\"BROKE\""));
}

void TestAuditStore::queryFilters()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    const QDateTime t0(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    const auto at = [&t0](qint64 minutes) { return t0.addSecs(minutes * 60); };
    const struct
    {
        const char16_t *tenant;
        const char16_t *kind;
        const char16_t *outcome;
        const char16_t *action;
        int minutes;
    } rows[] = {
            {u"acme", u"segment-export", u"ok", u"EXPORT_STARTED", 0},
            {u"acme", u"segment-export", u"failed", u"EXPORT_FAILED", 10},
            {u"acme", u"sanitize", u"ok", u"SANITIZE_DONE", 20},
            {u"globex", u"sanitize", u"refused", u"SANITIZE_REFUSED", 30},
            {u"globex", u"upsert", u"ok", u"UPSERT_100%_DONE", 40},
    };
    for (const auto &row : rows) {
        AuditEntry e;
        e.tenant = QString::fromUtf16(row.tenant);
        e.jobKind = QString::fromUtf16(row.kind);
        e.outcome = QString::fromUtf16(row.outcome);
        e.action = QString::fromUtf16(row.action);
        e.jobId = QStringLiteral("job-") + QString::number(row.minutes);
        e.details = {{QStringLiteral("minute"), row.minutes},
                     {QStringLiteral("note"),
                      QString(QStringLiteral("Needle") + QString::number(row.minutes))}};
        e.timeUtc = at(row.minutes);
        QVERIFY(store.append(e));
    }

    const auto seqs = [&store](const AuditQuery &q) {
        QList<qint64> out;
        QString error;
        const QList<AuditEntry> list = store.entries(q, &error);
        if (!error.isEmpty())
            qWarning("query failed: %s", qPrintable(error));
        for (const AuditEntry &e : list)
            out << e.seq;
        return out;
    };
    using L = QList<qint64>;
    QCOMPARE(seqs({}), (L{1, 2, 3, 4, 5}));
    QCOMPARE(seqs({.tenant = QStringLiteral("globex")}), (L{4, 5}));
    QCOMPARE(seqs({.jobKind = QStringLiteral("sanitize")}), (L{3, 4}));
    QCOMPARE(seqs({.outcome = QStringLiteral("ok")}), (L{1, 3, 5}));
    QCOMPARE(seqs({.since = at(10)}), (L{2, 3, 4, 5}));
    QCOMPARE(seqs({.until = at(20)}), (L{1, 2}));
    // A time given in another zone means the same instant.
    QCOMPARE(seqs({.since = at(20).toOffsetFromUtc(-5 * 3600)}), (L{3, 4, 5}));
    QCOMPARE(seqs({.since = at(10), .until = at(30)}), (L{2, 3}));
    QCOMPARE(seqs({.text = QStringLiteral("export")}), (L{1, 2}));
    QCOMPARE(seqs({.text = QStringLiteral("needle30")}), (L{4}));
    QCOMPARE(seqs({.text = QStringLiteral("100%")}), (L{5}));
    QCOMPARE(seqs({.text = QStringLiteral("job-40")}), (L{5}));
    QCOMPARE(seqs({.afterSeq = 3}), (L{4, 5}));
    QCOMPARE(seqs({.limit = 2}), (L{1, 2}));
    QCOMPARE(seqs({.limit = 2, .offset = 2}), (L{3, 4}));
    QCOMPARE(seqs({.offset = 3}), (L{4, 5}));
    QCOMPARE(seqs({.limit = 2, .newestFirst = true}), (L{5, 4}));
    QCOMPARE(seqs({.tenant = QStringLiteral("acme"), .outcome = QStringLiteral("ok")}), (L{1, 3}));
    QCOMPARE(seqs({.tenant = QStringLiteral("nobody")}), L{});

    QCOMPARE(store.count({.tenant = QStringLiteral("acme")}), 3);
    QCOMPARE(store.count({.tenant = QStringLiteral("acme"), .limit = 1}), 3);
    QCOMPARE(store.count({.afterSeq = 4}), 1);
}

// A QGuiApplication, because ctest passes "-platform offscreen" to every test.
void TestAuditStore::storeIsPrivate()
{
    AuditStore store;
    QString error;
    QVERIFY2(store.open(path(), &error), qPrintable(error));
    QCOMPARE(QFile(path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

// A trail replaced by another file (its first entry not the one the recorded trail began with)
// is reported however many entries are written after it, until a person accepts it; the
// acceptance is an entry of the trail, and from then on the trail is intact.
void TestAuditStore::replacedTrailStaysReportedUntilAccepted()
{
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        AuditStore store;
        QVERIFY(store.open(path()));
        appendSome(store, 3);
        AuditStore elsewhere;
        QVERIFY(elsewhere.open(other));
        appendSome(elsewhere, 2);
    }
    QVERIFY(QFile::remove(path()));
    QVERIFY(QFile::copy(other, path()));
    for (int job = 0; job < 3; ++job) {
        AuditStore store;
        QVERIFY(store.open(path()));
        appendSome(store, 2); // more than the three entries recorded before
        store.close();
        const VerifyReport report = AuditStore::verifyPath(path());
        QCOMPARE(report.status, VerifyReport::Status::Replaced);
        QVERIFY(report.acceptable);
        QVERIFY2(report.message.contains(u"not the one this machine recorded")
                         && report.message.contains(u"--accept-new-trail"),
                 qPrintable(report.message));
    }
    AuditStore store;
    QVERIFY(store.open(path()));
    QString error;
    QVERIFY2(store.acceptCurrentTrail(QStringLiteral("acme-prod"), &error), qPrintable(error));
    const VerifyReport report = store.verify();
    QVERIFY2(report.ok(), qPrintable(report.message));
    const QList<AuditEntry> all = store.entries({.newestFirst = true});
    QCOMPARE(all.first().action, QStringLiteral("AUDIT_TRAIL_ACCEPTED"));
    QCOMPARE(all.first().details.value(u"anchoredSeq").toInteger(), 3);
    QVERIFY(all.first().details.value(u"verify").toString().contains(u"not the one"));
    appendSome(store, 2);
    store.close();
    QVERIFY(AuditStore::verifyPath(path()).ok());
}

void TestAuditStore::deletedTrailStaysReportedUntilAccepted()
{
    {
        AuditStore store;
        QVERIFY(store.open(path()));
        appendSome(store, 2);
    }
    QVERIFY(QFile::remove(path()));
    QCOMPARE(AuditStore::verifyPath(path()).status, VerifyReport::Status::TailDeleted);
    for (int job = 0; job < 2; ++job) { // begun again by the next jobs
        AuditStore store;
        QVERIFY(store.open(path()));
        appendSome(store, 3);
    }
    VerifyReport report = AuditStore::verifyPath(path());
    QCOMPARE(report.status, VerifyReport::Status::Replaced);
    QVERIFY(report.acceptable);
    QString error;
    QVERIFY2(AuditStore::acceptNewTrail(path(), {}, &error), qPrintable(error));
    report = AuditStore::verifyPath(path());
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.checked, 7);
    // Gone altogether: accepting begins a trail with the acceptance.
    QVERIFY(QFile::remove(path()));
    QVERIFY(AuditStore::verifyPath(path()).acceptable);
    QVERIFY2(AuditStore::acceptNewTrail(path(), {}, &error), qPrintable(error));
    report = AuditStore::verifyPath(path());
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.checked, 1);
}

// The anchor is signed with this machine's key: changed in the settings, it no longer vouches
// for the trail, and verify says so.
void TestAuditStore::anchorChangedOutsideIsReported()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    appendSome(store, 4);
    store.close();
    const AuditStore::Anchor a = AuditStore::anchor(path());
    QCOMPARE(a.seq, 4);
    QCOMPARE(a.first.size(), 64);
    QCOMPARE(a.keyId.size(), 16);
    QString why;
    QVERIFY2(AuditStore::anchorIsSigned(path(), a, &why), qPrintable(why));
    // Moved back to entry 2, as someone hiding the entries after it would.
    QSettings settings;
    QString group;
    for (const QString &key : settings.allKeys()) {
        if (key.startsWith(u"auditTrailAnchors/") && key.endsWith(u"/seq")
            && settings.value(key).toLongLong() == 4
            && settings.value(key.chopped(3) + QStringLiteral("hash")).toByteArray() == a.hash)
            group = key.chopped(4);
    }
    QVERIFY(!group.isEmpty());
    settings.setValue(group + QStringLiteral("/seq"), 2);
    settings.sync();
    const VerifyReport report = AuditStore::verifyPath(path());
    QCOMPARE(report.status, VerifyReport::Status::AnchorInvalid);
    QVERIFY(report.acceptable);
    QVERIFY2(report.message.contains(u"was changed outside the application"),
             qPrintable(report.message));
    QVERIFY(AuditStore::acceptNewTrail(path(), {}));
    QVERIFY(AuditStore::verifyPath(path()).ok());
}

// An anchor kept before anchors were signed (seq and hash only) still guards its trail, and the
// next append carries it over, signed and with the trail's identity.
void TestAuditStore::formerAnchorIsCarriedOver()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    appendSome(store, 3);
    store.close();
    const AuditStore::Anchor signedAnchor = AuditStore::anchor(path());
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        if (key.startsWith(u"auditTrailAnchors/"))
            settings.remove(key);
    }
    const QString former
            = QStringLiteral("auditAnchors/")
              + QString::fromLatin1(
                      QCryptographicHash::hash(QFileInfo(path()).absoluteFilePath().toUtf8(),
                                               QCryptographicHash::Sha1)
                              .toHex()
                              .left(16));
    settings.setValue(former + QStringLiteral("/seq"), 3);
    settings.setValue(former + QStringLiteral("/hash"), QString::fromLatin1(signedAnchor.hash));
    settings.sync();
    AuditStore::Anchor a = AuditStore::anchor(path());
    QVERIFY(a.former);
    QCOMPARE(a.seq, 3);
    QVERIFY(AuditStore::verifyPath(path()).ok());
    QVERIFY(store.open(path()));
    appendSome(store, 1);
    store.close();
    a = AuditStore::anchor(path());
    QVERIFY(!a.former);
    QCOMPARE(a.seq, 4);
    QCOMPARE(a.first, signedAnchor.first);
    QVERIFY(!settings.contains(former + QStringLiteral("/seq")));
    QVERIFY(AuditStore::verifyPath(path()).ok());
}

// The hash is the one docs/audit.md describes, computed here with another SHA-256 than the
// store's: trails written before the store changed its SHA-256 library verify as they did.
void TestAuditStore::hashIsTheDocumentedDigest()
{
    AuditStore store;
    QVERIFY(store.open(path()));
    AuditEntry e = makeEntry(QStringLiteral("EXPORT_STARTED"), QStringLiteral("info"),
                             {{QStringLiteral("pageSize"), 500},
                              {QStringLiteral("note"), QStringLiteral("naïve ✓")}});
    QVERIFY(store.append(e));
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto field = [&h](const QByteArray &bytes) {
        h.addData(QByteArray(QByteArray::number(bytes.size()) + ':' + bytes + ','));
    };
    field("cxone-audit-v1");
    field(AuditStore::genesisHash());
    field("1");
    field(e.timeUtc.toString(Qt::ISODateWithMs).toUtf8());
    field("acme-prod");
    field("job-123");
    field("segment-export");
    field("EXPORT_STARTED");
    field("segment-42");
    field("info");
    field(QStringLiteral("{\"note\":\"naïve ✓\",\"pageSize\":500}").toUtf8());
    QCOMPARE(e.hash, h.result().toHex());
}

QTEST_MAIN(TestAuditStore)
#include "test_auditstore.moc"
