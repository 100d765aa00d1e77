// The journal a restore trusts and the batch writer that writes it: every line chained by its
// checksum, refused when cut, edited or foreign (naming the first bad line or the tenant), a torn
// last line tolerated, owner-only files, a full disk stopping the writer before the next request,
// the line naming a batch on disk before the batch reaches the tenant, and the breaker.
#include "models/contactlists/sanitizehistory.h"
#include "models/contactlists/sanitizejobs.h"
#include "models/engine/jobs/batchwriter.h"
#include "models/engine/jobs/journal.h"
#include "network/apiclient.h"
#include "tests/support/filesizelimit.h"
#include "tests/support/scriptedtenant.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cxone;
using namespace cxonetest;

namespace {

JournalHeader header(const QString &kind = QStringLiteral("test"), qint64 planned = 3)
{
    JournalHeader h;
    h.kind = kind;
    h.tenant = QStringLiteral("https://tenant.example:443");
    h.target = QStringLiteral("list_1");
    h.targetName = QStringLiteral("List one");
    h.counts = {{QStringLiteral("updates"), planned}, {QStringLiteral("deletes"), 0}};
    return h;
}

QList<QByteArray> lines(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll().split('\n');
}

void writeLines(const QString &path, const QList<QByteArray> &l)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(l.join('\n'));
}

bool readAll(const QString &path, JournalSummary *summary, QString *error,
             const JournalExpectation &expect = {})
{
    return readJournal(
            path, expect, [](qint64, const QJsonObject &, QString *) { return true; }, summary,
            error);
}

using cxone::testsupport::FileSizeLimit;

} // namespace

class TestJournal final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString path() { return m_dir.filePath(QStringLiteral("j%1.jsonl").arg(++m_n)); }

    QString sanitizeJournal(int changes)
    {
        const QString p = path();
        JournalWriter w;
        QString error;
        JournalHeader h = header(SanitizeJournal::kind(), changes);
        if (!w.create(p, h, &error))
            qWarning("%s", qPrintable(error));
        for (int i = 0; i < changes; ++i)
            w.append({{QStringLiteral("type"), QStringLiteral("change")},
                      {QStringLiteral("op"), QStringLiteral("update")},
                      {QStringLiteral("id"), QStringLiteral("c%1").arg(i)},
                      {QStringLiteral("phone"), QStringLiteral("0%1").arg(i)},
                      {QStringLiteral("newPhone"), QStringLiteral("+44%1").arg(i)}});
        w.append({{QStringLiteral("type"), QStringLiteral("planned")}});
        return p;
    }

private Q_SLOTS:
    void roundTripIsPrivate();
    void olderVersionIsReadAndContinuedInItsForm();
    void sumMustEndTheLine();
    void existingJournalIsNeverOverwritten();
    void editedLineIsNamed();
    void removedLineIsNamed();
    void foreignTenantKindAndTarget();
    void tornLastLineIsToleratedAndRepaired();
    void sanitizeJournalCutAtALineBoundaryIsRefused();
    void sanitizeJournalEditedListIsRefused();
    void fullDiskFailsTheAppend();
    void asyncSyncsAreGroupedAndAnswered();
    void batchesAreJournaledBeforeTheyAreSent();
    void breakerStopsAndAccountsForWhatWasNotSent();
    void fullDiskStopsBeforeTheNextBatch();
    void resumeSkipsWhatIsDone();
    void runHistoryListsOnlyItsOwnRuns();
};

void TestJournal::asyncSyncsAreGroupedAndAnswered()
{
    // Forty lines, each followed by a request to make it durable: every request is answered on
    // this thread with no error, in order, by fewer syncs than requests when they meet.
    const QString p = path();
    JournalWriter w;
    QString error;
    QVERIFY2(w.create(p, header(), &error), qPrintable(error));
    QObject context;
    QList<int> answered;
    QStringList errors;
    for (int k = 0; k < 40; ++k) {
        QVERIFY(w.append(
                {{QStringLiteral("type"), QStringLiteral("x")}, {QStringLiteral("n"), k}}));
        w.syncAsync(&context, [&, k](const QString &e) {
            answered << k;
            if (!e.isEmpty())
                errors << e;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 40, 10000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    for (int k = 0; k < 40; ++k)
        QCOMPARE(answered[k], k);
    QVERIFY(w.asyncSyncs() >= 1);
    QVERIFY(w.asyncSyncs() <= 40);
    // A closed journal says so instead of pretending.
    w.close();
    QString closedError;
    bool called = false;
    w.syncAsync(&context, [&](const QString &e) {
        closedError = e;
        called = true;
    });
    QTRY_VERIFY(called);
    QVERIFY(!closedError.isEmpty());
    // A request whose context is gone is dropped, not delivered to a dead object.
    JournalWriter w2;
    QVERIFY(w2.create(path() + QStringLiteral(".2"), header(), &error));
    bool late = false;
    {
        QObject shortLived;
        QVERIFY(w2.append({{QStringLiteral("type"), QStringLiteral("x")}}));
        w2.syncAsync(&shortLived, [&late](const QString &) { late = true; });
    }
    w2.close();
    QCoreApplication::processEvents();
    QVERIFY(!late);
}

void TestJournal::roundTripIsPrivate()
{
    const QString p = path();
    JournalWriter w;
    QString error;
    QVERIFY2(w.create(p, header(), &error), qPrintable(error));
    QVERIFY(w.append({{QStringLiteral("type"), QStringLiteral("x")}, {QStringLiteral("n"), 1}}));
    QVERIFY(w.append({{QStringLiteral("type"), QStringLiteral("end")}}));
    QVERIFY(w.sync());
    QCOMPARE(QFile(p).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    JournalSummary s;
    QList<QJsonObject> seen;
    QVERIFY2(readJournal(
                     p, {QStringLiteral("test"), header().tenant, QStringLiteral("list_1")},
                     [&seen](qint64, const QJsonObject &o, QString *) {
                         seen << o;
                         return true;
                     },
                     &s, &error),
             qPrintable(error));
    QCOMPARE(s.lines, 2);
    QVERIFY(s.ended);
    QCOMPARE(s.header.targetName, QStringLiteral("List one"));
    QCOMPARE(seen.first().value(u"n").toInt(), 1);
    QVERIFY(!seen.first().contains(u"sum"));
}

void TestJournal::olderVersionIsReadAndContinuedInItsForm()
{
    // Version 2 chained a canonical re-serialization of each line (sorted keys, compact).
    const auto canonical
            = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    QByteArray prev;
    QList<QByteArray> written;
    const auto add = [&](QJsonObject o) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(prev);
        h.addData("\n");
        h.addData(canonical(o));
        prev = h.result().left(16).toHex();
        o.insert(QStringLiteral("sum"), QString::fromLatin1(prev));
        written << canonical(o);
    };
    add({{QStringLiteral("type"), QStringLiteral("header")},
         {QStringLiteral("version"), 2},
         {QStringLiteral("kind"), QStringLiteral("test")},
         {QStringLiteral("tenant"), header().tenant},
         {QStringLiteral("target"), QStringLiteral("list_1")}});
    add({{QStringLiteral("type"), QStringLiteral("x")}, {QStringLiteral("n"), 1}});
    const QString p = path();
    writeLines(p, written + QList<QByteArray>{QByteArray()});
    JournalSummary s;
    QString error;
    QVERIFY2(readAll(p, &s, &error), qPrintable(error));
    QCOMPARE(s.version, 2);
    QCOMPARE(s.lines, 1);
    // Continued in version 2's form, so the whole file still verifies.
    JournalWriter w;
    QVERIFY2(w.reopen(p, &error), qPrintable(error));
    QVERIFY(w.append({{QStringLiteral("type"), QStringLiteral("y")}}));
    QVERIFY(w.appendRaw(R"({"type":"end","z":[1,2]})"));
    w.close();
    QVERIFY2(readAll(p, &s, &error), qPrintable(error));
    QCOMPARE(s.lines, 3);
    QVERIFY(s.ended);
    // An edit is still caught.
    QList<QByteArray> l = lines(p);
    l[1].replace("\"n\":1", "\"n\":2");
    writeLines(p, l);
    QVERIFY(!readAll(p, &s, &error));
    QVERIFY2(error.contains(u"line 2 was changed"), qPrintable(error));
}

void TestJournal::sumMustEndTheLine()
{
    const QString p = path();
    JournalWriter w;
    QString error;
    QVERIFY(w.create(p, header(), &error));
    QVERIFY(w.appendRaw(R"({"type":"x","ids":["a","b"]})"));
    w.close();
    JournalSummary s;
    QVERIFY2(readAll(p, &s, &error), qPrintable(error));
    QCOMPARE(s.version, 3);
    // The same members in another order: the bytes the sum covers changed.
    QList<QByteArray> l = lines(p);
    const QJsonObject o = QJsonDocument::fromJson(l[1]).object();
    QVERIFY(o.contains(u"sum"));
    l[1] = QJsonDocument(o).toJson(QJsonDocument::Compact); // keys sorted: "sum" moves
    writeLines(p, l);
    QVERIFY(!readAll(p, &s, &error));
    QVERIFY2(error.contains(u"line 2 was changed"), qPrintable(error));
}

void TestJournal::existingJournalIsNeverOverwritten()
{
    const QString p = path();
    JournalWriter w;
    QString error;
    QVERIFY(w.create(p, header(), &error));
    JournalWriter again;
    QVERIFY(!again.create(p, header(), &error));
    QVERIFY2(error.contains(u"already exists"), qPrintable(error));
}

void TestJournal::editedLineIsNamed()
{
    const QString p = sanitizeJournal(4);
    QList<QByteArray> l = lines(p);
    l[2].replace("\"id\":\"c1\"", "\"id\":\"c9\"");
    writeLines(p, l);
    JournalSummary s;
    QString error;
    QVERIFY(!readAll(p, &s, &error));
    QVERIFY2(error.contains(u"line 3 was changed after it was written"), qPrintable(error));
}

void TestJournal::removedLineIsNamed()
{
    const QString p = sanitizeJournal(4);
    QList<QByteArray> l = lines(p);
    l.removeAt(2);
    writeLines(p, l);
    JournalSummary s;
    QString error;
    QVERIFY(!readAll(p, &s, &error));
    QVERIFY2(error.contains(u"line 3"), qPrintable(error));
}

void TestJournal::foreignTenantKindAndTarget()
{
    const QString p = sanitizeJournal(1);
    JournalSummary s;
    QString error;
    QVERIFY(!readAll(p, &s, &error, {{}, QStringLiteral("http://127.0.0.1:9999"), {}}));
    QVERIFY2(error.contains(u"belongs to the tenant https://tenant.example:443"),
             qPrintable(error));
    QVERIFY(!readAll(p, &s, &error, {QStringLiteral("enrich"), {}, {}}));
    QVERIFY2(error.contains(u"is a sanitize journal, not a enrich journal")
                     || error.contains(u"not a enrich"),
             qPrintable(error));
    QVERIFY(!readAll(p, &s, &error, {{}, {}, QStringLiteral("list_2")}));
    QVERIFY2(error.contains(u"is for list_1, not list_2"), qPrintable(error));
    // A file that is not a journal at all.
    const QString other = path();
    writeLines(other, {R"({"type":"header","version":1,"listId":"list_1"})", ""});
    QVERIFY(!readAll(other, &s, &error));
    QVERIFY2(error.contains(u"line 1"), qPrintable(error));
}

void TestJournal::tornLastLineIsToleratedAndRepaired()
{
    const QString p = sanitizeJournal(2);
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::Append));
        f.write(R"({"type":"result","op":"upd)"); // the process died here
    }
    JournalSummary s;
    QString error;
    QVERIFY2(readAll(p, &s, &error), qPrintable(error));
    QVERIFY(s.tornTail);
    JournalWriter w;
    QVERIFY2(w.reopen(p, &error), qPrintable(error));
    QVERIFY(w.append({{QStringLiteral("type"), QStringLiteral("end")}}));
    QVERIFY2(readAll(p, &s, &error), qPrintable(error));
    QVERIFY(!s.tornTail);
    QVERIFY(s.ended);
    QCOMPARE(s.lines, 4); // 2 changes, planned, end
}

void TestJournal::sanitizeJournalCutAtALineBoundaryIsRefused()
{
    const QString p = sanitizeJournal(274);
    QList<QByteArray> l = lines(p);
    writeLines(p, l.mid(0, 184) + QList<QByteArray>{QByteArray()});
    SanitizeJournal::Contents c;
    QString error;
    QVERIFY(!SanitizeJournal::read(p, &c, &error));
    QVERIFY2(error.contains(u"cut short: it plans 274 changes but holds 183"), qPrintable(error));
}

void TestJournal::sanitizeJournalEditedListIsRefused()
{
    const QString p = sanitizeJournal(3);
    QList<QByteArray> l = lines(p);
    l[0].replace("list_1", "list_2");
    writeLines(p, l);
    SanitizeJournal::Contents c;
    QString error;
    QVERIFY(!SanitizeJournal::read(p, &c, &error));
    QVERIFY2(error.contains(u"line 1 was changed"), qPrintable(error));
}

void TestJournal::fullDiskFailsTheAppend()
{
    const QString p = path();
    JournalWriter w;
    QString error;
    QVERIFY(w.create(p, header(), &error));
    {
        FileSizeLimit limit(4096);
        bool ok = true;
        for (int i = 0; i < 100 && ok; ++i)
            ok = w.append({{QStringLiteral("type"), QStringLiteral("change")},
                           {QStringLiteral("pad"), QString(200, u'x')}},
                          &error);
        QVERIFY(!ok);
    }
    QVERIFY2(error.contains(u"the disk is full"), qPrintable(error));
    QVERIFY(!w.isOpen()); // nothing may be written after a partial line
    QVERIFY(!w.append({{QStringLiteral("type"), QStringLiteral("x")}}));
}

void TestJournal::batchesAreJournaledBeforeTheyAreSent()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    const QString p = path();
    JournalWriter journal;
    QString error;
    QVERIFY(journal.create(p, header(), &error));
    int inFlight = 0;
    int maxInFlight = 0;
    QStringList notJournaled;
    tenant.api = [&](const ScriptedServer::Request &r) {
        // What the tenant receives must already be in the journal on disk.
        const int batch = QJsonDocument::fromJson(r.body).object().value(u"batch").toInt();
        QFile f(p);
        f.open(QIODevice::ReadOnly);
        const QByteArray onDisk = f.readAll();
        if (!onDisk.contains(QByteArray("\"batch\":" + QByteArray::number(batch) + ",\"ids\"")))
            notJournaled << QString::number(batch);
        maxInFlight = std::max(maxInFlight, ++inFlight);
        ScriptedServer::Response resp = ScriptedServer::json(200, "{}");
        resp.delayMs = 30;
        return resp;
    };
    auto client = std::make_unique<ApiClient>(tenant.profile(), ClientSecret(kSecret));
    client->setRetryPolicy(fastPolicy(1));
    BatchWriter::Hooks hooks;
    BatchWriter *writerPtr = nullptr;
    hooks.idOf = [](qsizetype i) { return QStringLiteral("c%1").arg(i); };
    hooks.send = [&](int batch, const QByteArray &) {
        return client->send(Request::postJson(
                QStringLiteral("/batch"),
                QJsonDocument(QJsonObject{{QStringLiteral("batch"), batch}}).toJson(), {}));
    };
    hooks.judge = [&](int batch, const Result &r) {
        --inFlight;
        QList<ItemOutcome> out;
        for (size_t k = 0; k < writerPtr->batches()[size_t(batch)].size(); ++k)
            out.append({r.ok() ? QStringLiteral("ok") : QStringLiteral("failed"), {}});
        return out;
    };
    BatchWriter writer(&journal, {QStringLiteral("update"), 3, 5}, hooks);
    writerPtr = &writer;
    std::vector<std::vector<qsizetype>> batches;
    for (qsizetype i = 0; i < 1000; i += 100) {
        std::vector<qsizetype> b;
        for (qsizetype k = i; k < std::min<qsizetype>(i + 100, 1000); ++k)
            b.push_back(k);
        batches.push_back(b);
    }
    writer.setBatches(batches);
    QSignalSpy finished(&writer, &BatchWriter::finished);
    writer.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(notJournaled.isEmpty(), qPrintable(notJournaled.join(u',')));
    QCOMPARE(writer.itemsOk(), 1000);
    QCOMPARE(writer.batchesSent(), 10);
    QVERIFY(maxInFlight <= 3);
    QVERIFY(maxInFlight >= 2);
    BatchWriter::JournalState state;
    JournalSummary s;
    QVERIFY(readJournal(
            p, {},
            [&state](qint64, const QJsonObject &o, QString *) {
                BatchWriter::scanLine(o, QStringLiteral("update"), &state);
                return true;
            },
            &s, &error));
    QCOMPARE(state.done.size(), 10);
    QVERIFY(state.uncertain.isEmpty());
}

void TestJournal::breakerStopsAndAccountsForWhatWasNotSent()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    tenant.api = [](const ScriptedServer::Request &) { return ScriptedServer::json(503, "{}"); };
    auto client = std::make_unique<ApiClient>(tenant.profile(), ClientSecret(kSecret));
    client->setRetryPolicy(fastPolicy(1));
    const QString p = path();
    JournalWriter journal;
    QString error;
    QVERIFY(journal.create(p, header(), &error));
    BatchWriter::Hooks hooks;
    hooks.idOf = [](qsizetype i) { return QStringLiteral("c%1").arg(i); };
    hooks.send = [&](int, const QByteArray &) {
        return client->send(Request::get(QStringLiteral("/b")));
    };
    hooks.judge = [](int, const Result &) {
        return QList<ItemOutcome>{{QStringLiteral("failed"), QStringLiteral("503")}};
    };
    BatchWriter writer(&journal, {QStringLiteral("delete"), 1, 5}, hooks);
    std::vector<std::vector<qsizetype>> batches;
    for (qsizetype i = 0; i < 20; ++i)
        batches.push_back({i});
    writer.setBatches(batches);
    QSignalSpy finished(&writer, &BatchWriter::finished);
    writer.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(writer.isHalted());
    QVERIFY(writer.haltReason().contains(u"5 server errors in a row"));
    QCOMPARE(tenant.server.count("/b"), 5);
    QCOMPARE(writer.itemsFailed(), 5);
    QCOMPARE(writer.itemsNotSent(), 15);
    const QByteArray text = lines(p).join('\n');
    QCOMPARE(text.count("\"type\":\"not-sent\""), 15);
}

void TestJournal::fullDiskStopsBeforeTheNextBatch()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    auto client = std::make_unique<ApiClient>(tenant.profile(), ClientSecret(kSecret));
    client->setRetryPolicy(fastPolicy(1));
    const QString p = path();
    JournalWriter journal;
    QString error;
    QVERIFY(journal.create(p, header(), &error));
    BatchWriter::Hooks hooks;
    hooks.idOf = [](qsizetype i) { return QStringLiteral("contact-with-a-long-id-%1").arg(i); };
    hooks.send = [&](int, const QByteArray &) {
        return client->send(Request::get(QStringLiteral("/b")));
    };
    hooks.judge = [](int, const Result &) {
        return QList<ItemOutcome>(10, ItemOutcome{QStringLiteral("ok"), {}});
    };
    BatchWriter writer(&journal, {QStringLiteral("update"), 1, 5}, hooks);
    std::vector<std::vector<qsizetype>> batches;
    for (qsizetype i = 0; i < 50; ++i) {
        std::vector<qsizetype> b;
        for (qsizetype k = 0; k < 10; ++k)
            b.push_back(i * 10 + k);
        batches.push_back(b);
    }
    writer.setBatches(batches);
    QSignalSpy finished(&writer, &BatchWriter::finished);
    FileSizeLimit limit(QFile(p).size() + 4000); // room for a few batches' lines
    writer.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(writer.isHalted());
    QVERIFY2(writer.haltReason().contains(u"the disk is full"), qPrintable(writer.haltReason()));
    QVERIFY2(writer.haltReason().contains(u"Nothing more was sent"),
             qPrintable(writer.haltReason()));
    // Every batch that reached the tenant has its send line: no more requests than lines.
    const int sent = tenant.server.count("/b");
    QVERIFY(sent > 0 && sent < 50);
    QCOMPARE(writer.batchesSent(), sent);
}

void TestJournal::resumeSkipsWhatIsDone()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    auto client = std::make_unique<ApiClient>(tenant.profile(), ClientSecret(kSecret));
    QList<int> sentBatches;
    const QString p = path();
    JournalWriter journal;
    QString error;
    QVERIFY(journal.create(p, header(), &error));
    BatchWriter::Hooks hooks;
    hooks.idOf = [](qsizetype i) { return QString::number(i); };
    hooks.send = [&](int batch, const QByteArray &) {
        sentBatches << batch;
        return client->send(Request::get(QStringLiteral("/b")));
    };
    hooks.judge = [](int, const Result &) {
        return QList<ItemOutcome>{{QStringLiteral("ok"), {}}};
    };
    BatchWriter writer(&journal, {QStringLiteral("update"), 1, 5}, hooks);
    writer.setBatches({{0}, {1}, {2}, {3}, {4}});
    writer.skipBatches({0, 1, 3});
    QSignalSpy finished(&writer, &BatchWriter::finished);
    writer.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(sentBatches, (QList<int>{2, 4}));
    QCOMPARE(writer.itemsSkipped(), 3);
    QCOMPARE(writer.itemsNotSent(), 0);
}

// The contact-list page's run history: among foreign, damaged and empty files in the journals
// folder, only this tenant's runs on this list, each with its state; a journal that grows (an
// undo) is read again, one that did not is not.
void TestJournal::runHistoryListsOnlyItsOwnRuns()
{
    const QString dir = m_dir.filePath(QStringLiteral("history"));
    QVERIFY(QDir().mkpath(dir));
    const QString tenantA = QStringLiteral("https://tenant.example:443");
    const auto journal = [&](const QString &name, const QString &kind, const QString &tenant,
                             const QString &target, bool end) {
        JournalHeader h = header(kind, 2);
        h.tenant = tenant;
        h.target = target;
        JournalWriter w;
        QString error;
        const QString p = dir + u'/' + name;
        if (!w.create(p, h, &error))
            qWarning("%s", qPrintable(error));
        w.append({{QStringLiteral("type"), QStringLiteral("planned")}});
        if (end)
            w.append({{QStringLiteral("type"), QStringLiteral("end")},
                      {QStringLiteral("success_count"), 2},
                      {QStringLiteral("purge_count"), 0},
                      {QStringLiteral("failure_count"), 0},
                      {QStringLiteral("not_sent_count"), 0}});
        return p;
    };
    const QString done = journal(QStringLiteral("sanitize-list_1-a.jsonl"), SanitizeJournal::kind(),
                                 tenantA, QStringLiteral("list_1"), true);
    const QString cut = journal(QStringLiteral("sanitize-list_1-b.jsonl"), SanitizeJournal::kind(),
                                tenantA, QStringLiteral("list_1"), false);
    journal(QStringLiteral("sanitize-list_2.jsonl"), SanitizeJournal::kind(), tenantA,
            QStringLiteral("list_2"), true);
    journal(QStringLiteral("sanitize-list_1-other-tenant.jsonl"), SanitizeJournal::kind(),
            QStringLiteral("http://127.0.0.1:9999"), QStringLiteral("list_1"), true);
    journal(QStringLiteral("sanitize-list_1-enrich.jsonl"), QStringLiteral("enrich"), tenantA,
            QStringLiteral("list_1"), true);
    writeLines(dir + QStringLiteral("/sanitize-garbage.jsonl"),
               {QByteArray::fromHex("00ff7b6e6f74206a736f6e"), "]]"});
    writeLines(dir + QStringLiteral("/sanitize-empty.jsonl"), {});

    QList<SanitizeRun> runs = sanitizeRuns(dir, tenantA, QStringLiteral("list_1"));
    QCOMPARE(runs.size(), 2);
    QStringList paths{runs[0].path, runs[1].path};
    paths.sort();
    QCOMPARE(paths, (QStringList{done, cut}));
    for (const SanitizeRun &run : std::as_const(runs)) {
        QCOMPARE(run.listName, QStringLiteral("List one"));
        QCOMPARE(run.plannedUpdates, 2);
        if (run.path == done) {
            QVERIFY(run.ended);
            QCOMPARE(run.updated, 2);
            QCOMPARE(run.stateText(), QStringLiteral("Completed"));
        } else {
            QVERIFY(!run.ended);
            QVERIFY2(run.stateText().startsWith(u"Interrupted"), qPrintable(run.stateText()));
        }
    }
    // Every tenant's runs when none is named.
    QCOMPARE(sanitizeRuns(dir, {}, QStringLiteral("list_1")).size(), 3);

    // The finished run is undone: its journal grows and is read again.
    {
        JournalWriter w;
        QString error;
        QVERIFY2(w.reopen(done, &error), qPrintable(error));
        QVERIFY(w.append({{QStringLiteral("type"), QStringLiteral("restore-started")}}));
        QVERIFY(w.append({{QStringLiteral("type"), QStringLiteral("restore-finished")},
                          {QStringLiteral("restored"), 2},
                          {QStringLiteral("failed"), 0}}));
    }
    runs = sanitizeRuns(dir, tenantA, QStringLiteral("list_1"));
    QCOMPARE(runs.size(), 2);
    const auto undone = std::find_if(runs.cbegin(), runs.cend(),
                                     [&](const SanitizeRun &r) { return r.path == done; });
    QVERIFY(undone != runs.cend());
    QCOMPARE(undone->stateText(), QStringLiteral("Undone (2 put back)"));
    // A journal that disappeared is no longer listed.
    QVERIFY(QFile::remove(cut));
    QCOMPARE(sanitizeRuns(dir, tenantA, QStringLiteral("list_1")).size(), 1);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "test_journal.moc"
