// cxone-cli interactions search / transcripts extract / transcripts mask as a person runs them:
// one output line per input line whatever the input holds, refusals with reasons, extraction
// into a folder and a data lake, and a run killed mid-download then resumed that writes and
// pushes each transcript once.
#include "tests/support/simprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using cxone::testsupport::SimProcess;

class TestTranscriptsCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_cli;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QStringList tenantArgs() const
    {
        return {QStringLiteral("--base-url"),  m_sim.baseUrl().toString(),
                QStringLiteral("--client-id"), m_sim.clientId(),
                QStringLiteral("--audit-db"),  m_dir.filePath(QStringLiteral("audit.db"))};
    }

    void prepare(QProcess &p) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QString::fromLatin1(m_sim.secret()));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
    }

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        prepare(p);
        p.start(m_cli, tenantArgs() + args);
        if (!p.waitForStarted(10000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QJsonObject simGet(const QString &path)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(m_sim.baseUrl().resolved(QUrl(path))));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    void simPut(const QString &path, const QByteArray &json)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(m_sim.baseUrl().resolved(QUrl(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.put(req, json);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
    }

    static qsizetype lineCount(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return f.readAll().count('\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = qEnvironmentVariable("CXONE_CLI");
        QVERIFY2(QFileInfo::exists(m_cli), "CXONE_CLI must name the built cxone-cli");
        QString error;
        QVERIFY2(m_sim.start({QStringLiteral("--seed"), QStringLiteral("7")}, &error),
                 qPrintable(error));
    }

    void maskWritesOneLinePerLine()
    {
        QByteArray input;
        input += "line 1: call me on 415 555 0132 or five five five, one two one two\n";
        input += "line 2: nothing here but order 12345 and $19.99\r\n";
        input += "\n";                                       // line 3: empty
        input += "line 4: " + QByteArray(70000, '7') + "\n"; // long digit run
        input += "line 5: a NUL X then jo@example.com\n";    // binary inside a line
        input += "line 6: a NUL inside bob@ex_ample.com\r\n";
        input += "line 7: no newline at the end, card 4111 1111 1111 1111";
        input[input.indexOf("NUL X") + 4] = '\0';
        input[input.indexOf("ex_ample") + 2] = '\0'; // bob@ex\0ample.com
        const Run r = cli({QStringLiteral("transcripts"), QStringLiteral("mask")}, input);
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 7); // the last line keeps having no line end
        QVERIFY(lines.at(0).startsWith("line 1:"));
        QVERIFY2(lines.at(0).contains("[PHONE]") && !lines.at(0).contains("0132")
                         && !lines.at(0).contains("one two"),
                 lines.at(0).constData());
        // Line ends exactly as they came: CRLF stays CRLF.
        QCOMPARE(lines.at(1), QByteArray("line 2: nothing here but order 12345 and $19.99\r"));
        QCOMPARE(lines.at(2), QByteArray());
        QVERIFY(lines.at(3).startsWith("line 4: ["));
        QVERIFY2(!lines.at(3).contains("7777"), "a long digit run is masked, fail closed");
        QVERIFY(lines.at(4).contains("[EMAIL]"));
        // A control byte never splits a token: the address with a NUL inside is masked whole.
        QCOMPARE(lines.at(5), QByteArray("line 6: a NUL inside [EMAIL]\r"));
        QCOMPARE(lines.at(6), QByteArray("line 7: no newline at the end, card [CARD]"));
        QVERIFY(r.err.contains("7 lines masked"));
    }

    // Input is read and checked in slices of 1 MiB while the lines already read are masked:
    // a character across a slice's end, a line longer than a slice, CRLF, and a bad byte far
    // into the input (named by its line, nothing written).
    void maskReadsLargeInputInSlices()
    {
        constexpr qsizetype kSlice = qsizetype(1) << 20;
        QByteArray input, want;
        const QByteArray line = "call me at 415 555 0132 please\r\n";
        const QByteArray masked = "call me at [PHONE] please\r\n";
        while (input.size() < kSlice - 64) {
            input += line;
            want += masked;
        }
        // "é" (two bytes) across the end of the first slice
        const QByteArray pad(kSlice - 1 - input.size(), 'x');
        input += pad + "\xc3\xa9 ok\n";
        want += pad + "\xc3\xa9 ok\n";
        QCOMPARE(input.indexOf("\xc3\xa9"), kSlice - 1);
        // one line of a slice and a half, its phone at the end
        QByteArray words;
        while (words.size() < kSlice + kSlice / 2)
            words += "word ";
        input += words + "call 415 555 0132\n";
        want += words + "call [PHONE]\n";
        const qsizetype tail = input.size();
        for (int k = 0; k < 20000; ++k) {
            input += line;
            want += masked;
        }
        const Run r = cli(
                {QStringLiteral("--quiet"), QStringLiteral("transcripts"), QStringLiteral("mask")},
                input);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.size(), want.size());
        QVERIFY(r.out == want);

        // A byte that starts no UTF-8 character, far past the first slices: refused, its line
        // and byte named, nothing written.
        QByteArray bad = input;
        const qsizetype at = tail + 150 * line.size() + 11;
        bad[at] = '\xff';
        const qint64 lineNo = bad.left(at).count('\n') + 1;
        const Run refused = cli({QStringLiteral("transcripts"), QStringLiteral("mask")}, bad);
        QCOMPARE(refused.code, 3);
        QCOMPARE(refused.out, QByteArray());
        const QByteArray where = QStringLiteral("line %1, byte 12").arg(lineNo).toUtf8();
        QVERIFY2(refused.err.contains(where) && refused.err.contains("nothing was written"),
                 refused.err.constData());
    }

    // The three lines: a number beside another number.
    void numbersBesideNumbersAreMasked()
    {
        const Run r = cli({QStringLiteral("transcripts"), QStringLiteral("mask")},
                          "call me at (212) 555-0123 5 pm\nmy number is 212 555 0123 2 times\n"
                          "SSN 123 45 6789 1\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("call me at [PHONE] 5 pm\nmy number is [PHONE] 2 times\n"
                                   "SSN [SSN]\n"));
    }

    // Input that is not text is refused before anything is written; never "nothing found".
    void refusesWhatIsNotText()
    {
        const Run bad = cli({QStringLiteral("transcripts"), QStringLiteral("mask")},
                            QByteArray("fine\nbad utf-8 \xff\xfe then 123-45-6789\n"));
        QCOMPARE(bad.code, 3);
        QCOMPARE(bad.out, QByteArray());
        QVERIFY2(bad.err.contains("line 2, byte 11") && bad.err.contains("not UTF-8"),
                 bad.err.constData());
        // UTF-16 without a byte-order mark: NULs in every other place.
        const QString text = QStringLiteral("call me at 415 555 0132\n");
        QByteArray wide;
        for (const QChar c : text) {
            wide.append(char(c.unicode() & 0xff));
            wide.append('\0');
        }
        const Run noBom = cli({QStringLiteral("transcripts"), QStringLiteral("mask")}, wide);
        QCOMPARE(noBom.code, 3);
        QCOMPARE(noBom.out, QByteArray());
        QVERIFY2(noBom.err.contains("byte-order mark"), noBom.err.constData());
        // UTF-16 cut inside a character.
        const Run cut
                = cli({QStringLiteral("transcripts"), QStringLiteral("mask")}, QByteArray("\xff\xfe"
                                                                                          "a\0b",
                                                                                          5));
        QCOMPARE(cut.code, 3);
        QVERIFY2(cut.err.contains("UTF-16LE"), cut.err.constData());
    }

    // UTF-16 and UTF-32 with a byte-order mark are read (and written as UTF-8).
    void decodesUtf16AndUtf32()
    {
        const QString text = QStringLiteral("mail bob@example.com\r\ncall 415 555 0132 \u2014 "
                                            "caf\u00e9 \U0001F600\n");
        const QByteArray expected = QStringLiteral("mail [EMAIL]\r\ncall [PHONE] \u2014 caf\u00e9 "
                                                   "\U0001F600\n")
                                            .toUtf8();
        struct Case
        {
            const char *name;
            QByteArray bytes;
        };
        QByteArray le16("\xff\xfe", 2), be16("\xfe\xff", 2), le32("\xff\xfe\0\0", 4),
                be32("\0\0\xfe\xff", 4);
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            le16.append(char(u & 0xff)).append(char(u >> 8));
            be16.append(char(u >> 8)).append(char(u & 0xff));
        }
        for (const char32_t u : text.toUcs4()) {
            for (int k = 0; k < 4; ++k)
                le32.append(char((u >> (8 * k)) & 0xff));
            for (int k = 3; k >= 0; --k)
                be32.append(char((u >> (8 * k)) & 0xff));
        }
        for (const Case &c : {Case{"UTF-16LE", le16}, Case{"UTF-16BE", be16},
                              Case{"UTF-32LE", le32}, Case{"UTF-32BE", be32}}) {
            const Run r = cli({QStringLiteral("transcripts"), QStringLiteral("mask")}, c.bytes);
            QVERIFY2(r.code == 0, c.name);
            QVERIFY2(r.out == expected, qPrintable(QStringLiteral("%1: %2").arg(
                                                QLatin1String(c.name), QString::fromUtf8(r.out))));
            QVERIFY2(r.err.contains(c.name), r.err.constData());
        }
    }

    void maskJsonlMasksKeysAndNumbers()
    {
        const QByteArray input = "{\"bob@example.com\":\"x\",\"n\":4111111111111111,"
                                 "\"phone\": 4155550132, \"startMs\": 1200, \"ok\":true}\r\n"
                                 "{\"turns\":[{\"text\":\"4089 2553, hold on,\"},"
                                 "{\"text\":\"8853 5870\"}]}";
        const Run r = cli(
                {QStringLiteral("transcripts"), QStringLiteral("mask"), QStringLiteral("--jsonl")},
                input);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("{\"[EMAIL]\":\"x\",\"n\":\"[CARD]\",\"phone\": \"[PHONE]\", "
                                   "\"startMs\": 1200, \"ok\":true}\r\n"
                                   // (one card in two strings: the words between its pieces
                                   // masked with it)
                                   "{\"turns\":[{\"text\":\"[CARD]\"},"
                                   "{\"text\":\"[CARD]\"}]}"));
    }

    void maskPolicyIsAFlag()
    {
        const QByteArray input = "it's 1055510132\n";
        const Run strict = cli({QStringLiteral("transcripts"), QStringLiteral("mask")}, input);
        QCOMPARE(strict.out, QByteArray("it's [PHONE]\n"));
        QVERIFY(strict.err.contains("policy strict"));
        const Run balanced = cli({QStringLiteral("transcripts"), QStringLiteral("mask"),
                                  QStringLiteral("--mask-policy"), QStringLiteral("balanced")},
                                 input);
        QCOMPARE(balanced.code, 0);
        QCOMPARE(balanced.out, input);
        const Run bad = cli({QStringLiteral("transcripts"), QStringLiteral("mask"),
                             QStringLiteral("--mask-policy"), QStringLiteral("lenient")},
                            input);
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("lenient"));
        QCOMPARE(bad.out, QByteArray());
    }

    // --eval scores a labelled file; the same numbers as the scorer in-process.
    void evalScoresALabelledFile()
    {
        const QString gold = m_dir.filePath(QStringLiteral("gold.jsonl"));
        QFile f(gold);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# two lines of a QA team's own\n"
                "{\"text\":\"call me at 415 555 0132 at 5 pm\",\"entities\":[{\"type\":\"phone\","
                "\"start\":11,\"end\":23}]}\n"
                "{\"text\":\"order number 7731-2290, thanks\",\"entities\":[]}\n"
                "{\"text\":\"my ssn is 078-05-1120 ok\",\"entities\":[{\"type\":\"US_SSN\","
                "\"start\":10,\"end\":21},{\"type\":\"person\",\"start\":0,\"end\":2}]}\n");
        f.close();
        const Run table = cli({QStringLiteral("transcripts"), QStringLiteral("mask"),
                               QStringLiteral("--eval"), gold});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains("recall") && table.out.contains("leaked")
                         && table.out.contains("precision") && table.out.contains("person 1"),
                 table.out.constData());
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("transcripts"),
                              QStringLiteral("mask"), QStringLiteral("--eval"), gold});
        QCOMPARE(json.code, 0);
        const QJsonObject o = json.json();
        QCOMPARE(o.value(u"ok").toBool(), true);
        QCOMPARE(o.value(u"lines").toInt(), 3);
        const QJsonObject overall = o.value(u"overall").toObject();
        QCOMPARE(overall.value(u"entities").toInt(), 2);
        QCOMPARE(overall.value(u"found").toInt(), 2);
        QCOMPARE(overall.value(u"recall").toDouble(), 1.0);
        QCOMPARE(overall.value(u"leakedChars").toInt(), 0);
        QCOMPARE(overall.value(u"precision").toDouble(), 1.0);
        QCOMPARE(o.value(u"types").toObject().value(u"ssn").toObject().value(u"found").toInt(), 1);
        // A file that is not one is refused, with its line.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"text\":\"x\",\"entities\":[{\"type\":\"phone\",\"start\":0,\"end\":5}]}\n");
        f.close();
        const Run bad = cli({QStringLiteral("transcripts"), QStringLiteral("mask"),
                             QStringLiteral("--eval"), gold});
        QCOMPARE(bad.code, 3);
        QVERIFY2(bad.err.contains("line 1") && bad.err.contains("past the end"),
                 bad.err.constData());
    }

    void maskJsonlMasksEveryStringAndWithholdsBadLines()
    {
        const QByteArray input = "{\"a\":\"mail x@y.org\",\"n\":{\"deep\":[\"ip 192.168.4.20\","
                                 "{\"x\":\"iban GB82 WEST 1234 5698 7654 32\"}]},\"k\":42}\n"
                                 "this is not json 4111111111111111\n"
                                 "[\"tel +44 20 7946 0958\"]\n";
        const Run r = cli(
                {QStringLiteral("transcripts"), QStringLiteral("mask"), QStringLiteral("--jsonl")},
                input);
        QCOMPARE(r.code, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value(u"a").toString(), QStringLiteral("mail [EMAIL]"));
        const QJsonArray deep = first.value(u"n").toObject().value(u"deep").toArray();
        QCOMPARE(deep.at(0).toString(), QStringLiteral("ip [IP]"));
        QCOMPARE(deep.at(1).toObject().value(u"x").toString(), QStringLiteral("iban [IBAN]"));
        QCOMPARE(first.value(u"k").toInt(), 42);
        QVERIFY2(!lines.at(1).contains("4111"), "a line that cannot be read is withheld");
        QVERIFY(QJsonDocument::fromJson(lines.at(1)).object().contains(u"maskError"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).array().at(0).toString(),
                 QStringLiteral("tel [PHONE]"));
        QVERIFY(r.err.contains("line 2 is not JSON"));
    }

    void maskEntitiesCanBeSwitchedOff()
    {
        const Run r = cli({QStringLiteral("transcripts"), QStringLiteral("mask"),
                           QStringLiteral("--entities"), QStringLiteral("email")},
                          "a@b.com 415 555 0132\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("[EMAIL] 415 555 0132\n"));
        const Run bad = cli({QStringLiteral("transcripts"), QStringLiteral("mask"),
                             QStringLiteral("--entities"), QStringLiteral("email,fax")},
                            "x\n");
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("fax"));
    }

    void searchThenExtractByIds()
    {
        const QString ids = m_dir.filePath(QStringLiteral("ids.txt"));
        const Run s = cli({QStringLiteral("interactions"), QStringLiteral("search"),
                           QStringLiteral("--from"), QStringLiteral("-2d"), QStringLiteral("--to"),
                           QStringLiteral("now"), QStringLiteral("--media"),
                           QStringLiteral("email"), QStringLiteral("--out"), ids});
        QVERIFY2(s.code == 0, s.err.constData());
        const qsizetype count = lineCount(ids);
        QVERIFY(count > 5);
        const QString out = m_dir.filePath(QStringLiteral("by-ids"));
        const QString lake = m_sim.baseUrl()
                                     .resolved(QUrl(QStringLiteral("/_sim/webhooks/cli-lake")))
                                     .toString();
        const Run e = cli({QStringLiteral("--json"), QStringLiteral("transcripts"),
                           QStringLiteral("extract"), QStringLiteral("--ids"), ids,
                           QStringLiteral("--out"), out, QStringLiteral("--lake-url"), lake,
                           QStringLiteral("--policy"), QStringLiteral("none"),
                           QStringLiteral("--mask-policy"), QStringLiteral("balanced")});
        QVERIFY2(e.code == 0, e.err.constData());
        const QJsonObject summary = e.json();
        QCOMPARE(summary.value(u"maskPolicy").toString(), QStringLiteral("balanced"));
        // Each artifact's report says how it was masked.
        for (const QString &name : QDir(out).entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile a(QDir(out).filePath(name));
            QVERIFY(a.open(QIODevice::ReadOnly));
            QCOMPARE(QJsonDocument::fromJson(a.readAll())
                             .object()
                             .value(u"maskReport")
                             .toObject()
                             .value(u"policy")
                             .toString(),
                     QStringLiteral("balanced"));
        }
        QCOMPARE(summary.value(u"ok").toBool(), true);
        QCOMPARE(summary.value(u"written").toInteger(), count);
        QCOMPARE(summary.value(u"pushed").toInteger(), count);
        QVERIFY(summary.value(u"pii").toObject().value(u"email").toInteger() > 0);
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.json")}, QDir::Files).size(), count);
        QCOMPARE(simGet(QStringLiteral("/_sim/webhooks/cli-lake"))
                         .value(u"uniqueRequestIds")
                         .toInteger(),
                 count);
        QVERIFY2(!e.err.contains(m_sim.secret()), "the secret never appears");
    }

    void killedMidDownloadThenResumed()
    {
        // Downloads that take their time on the wire, so that the kill lands mid-run whatever
        // the machine's load.
        simPut(QStringLiteral("/_sim/transcripts"), "{\"downloadHoldMs\": 30}");
        const auto restore = qScopeGuard(
                [this] { simPut(QStringLiteral("/_sim/transcripts"), "{\"downloadHoldMs\": 0}"); });
        const QString out = m_dir.filePath(QStringLiteral("killed.jsonl"));
        const QString lake = m_sim.baseUrl()
                                     .resolved(QUrl(QStringLiteral("/_sim/webhooks/kill-lake")))
                                     .toString();
        const QStringList args{QStringLiteral("transcripts"),   QStringLiteral("extract"),
                               QStringLiteral("--from"),        QStringLiteral("-4d"),
                               QStringLiteral("--to"),          QStringLiteral("-2d"),
                               QStringLiteral("--media"),       QStringLiteral("voice"),
                               QStringLiteral("--concurrency"), QStringLiteral("1"),
                               QStringLiteral("--out"),         out,
                               QStringLiteral("--lake-url"),    lake};
        {
            QProcess p;
            prepare(p);
            p.start(m_cli, tenantArgs() + args);
            QVERIFY(p.waitForStarted(10000));
            // Killed once some artifacts are written and at least one is acknowledged by the
            // lake: the resume then meets all three kinds (done, written only, not started).
            const auto pushedOne = [&] {
                QFile state(out + QStringLiteral(".state"));
                return state.open(QIODevice::ReadOnly)
                       && state.readAll().contains("\"pushed\":true");
            };
            QVERIFY(QTest::qWaitFor([&] { return lineCount(out) >= 25 && pushedOne(); }, 60000));
            p.kill();
            QVERIFY(p.waitForFinished(10000));
        }
        const qsizetype before = lineCount(out);
        QVERIFY(before >= 25);
        const Run r = cli(QStringList{QStringLiteral("--json")} + args
                          + QStringList{QStringLiteral("--resume")});
        const QJsonObject summary = r.json();
        // An archived recording in the period fails its tenant job; the demo seed has none here.
        QVERIFY2(r.code == 0, r.err.constData());
        const qint64 total = summary.value(u"interactions").toInteger();
        QVERIFY(total > before);
        QVERIFY(summary.value(u"skipped").toInteger() >= 1);
        // Each once: done before, written now, or written before the kill and pushed now.
        QCOMPARE(summary.value(u"skipped").toInteger() + summary.value(u"written").toInteger()
                         + summary.value(u"writtenBefore").toInteger(),
                 total);
        QVERIFY2(lineCount(out) == total, QJsonDocument(summary).toJson().constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QSet<QString> seen;
        for (const QByteArray &line : f.readAll().trimmed().split('\n'))
            seen.insert(QJsonDocument::fromJson(line).object().value(u"interactionId").toString());
        QCOMPARE(seen.size(), total);
        QCOMPARE(simGet(QStringLiteral("/_sim/webhooks/kill-lake"))
                         .value(u"uniqueRequestIds")
                         .toInteger(),
                 total);
    }

    QString idsFile(const QString &name, int count)
    {
        const QString ids = m_dir.filePath(name);
        const Run s = cli({QStringLiteral("interactions"), QStringLiteral("search"),
                           QStringLiteral("--from"), QStringLiteral("-3d"), QStringLiteral("--to"),
                           QStringLiteral("-2d"), QStringLiteral("--media"), QStringLiteral("chat"),
                           QStringLiteral("--out"), ids});
        if (s.code != 0)
            return {};
        QFile f(ids);
        if (!f.open(QIODevice::ReadWrite))
            return {};
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        f.resize(0);
        f.write(lines.mid(0, count).join('\n') + '\n');
        return ids;
    }

    qint64 jobsSubmitted()
    {
        return simGet(QStringLiteral("/_sim/transcripts")).value(u"jobsSubmitted").toInteger();
    }

    QString sink(const QString &name) const
    {
        return m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/") + name)).toString();
    }

    // One failed answer to the job submission (503, a dropped connection, a malformed body the
    // tenant sent after queueing the job): the run completes with one job on the tenant, and
    // says what was tried.
    void aSubmissionThatFailsOnceIsRetriedSafely_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("503") << QStringLiteral("503")
                             << QStringLiteral("needed 2 attempts (503, then accepted)");
        QTest::newRow("dropped") << QStringLiteral(
                "drop") << QStringLiteral("needed 2 attempts (connection dropped, then accepted)");
        QTest::newRow("malformed")
                << QStringLiteral("malformed")
                << QStringLiteral("failed first (malformed answer); the tenant had queued the "
                                  "job all the same, and the retry found it by its idempotency "
                                  "key");
    }

    void aSubmissionThatFailsOnceIsRetriedSafely()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        const QString ids = idsFile(QStringLiteral("once-") + kind + QStringLiteral(".txt"), 3);
        QVERIFY(!ids.isEmpty());
        const qint64 before = jobsSubmitted();
        simPut(QStringLiteral("/_sim/faults"),
               QJsonDocument(QJsonObject{{QStringLiteral("route"),
                                          QStringLiteral("POST /api/v2/interactions/transcripts")},
                                         {QStringLiteral("fail-next"), 1},
                                         {QStringLiteral("fail-kind"), kind}})
                       .toJson());
        const Run r = cli({QStringLiteral("transcripts"), QStringLiteral("extract"),
                           QStringLiteral("--ids"), ids, QStringLiteral("--out"),
                           m_dir.filePath(QStringLiteral("once-") + kind),
                           QStringLiteral("--lake-url"), sink(QStringLiteral("once-") + kind)});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QVERIFY2(r.out.contains("3 written, 3 pushed"), r.out.constData());
        QCOMPARE(jobsSubmitted(), before + 1);
        QCOMPARE(simGet(QStringLiteral("/_sim/webhooks/once-") + kind)
                         .value(u"uniqueRequestIds")
                         .toInteger(),
                 3);
    }

    void aSubmissionThatKeepsFailingListsItsAttempts()
    {
        const QString ids = idsFile(QStringLiteral("persistent.txt"), 3);
        QVERIFY(!ids.isEmpty());
        const qint64 before = jobsSubmitted();
        simPut(QStringLiteral("/_sim/faults"),
               "{\"route\":\"POST /api/v2/interactions/transcripts\",\"fail-next\":5,"
               "\"fail-kind\":\"503\"}");
        const Run r = cli({QStringLiteral("transcripts"), QStringLiteral("extract"),
                           QStringLiteral("--ids"), ids, QStringLiteral("--out"),
                           m_dir.filePath(QStringLiteral("persistent"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("the job submission failed 5 times (503, 503, 503, 503, 503); "
                                "nothing was queued")
                         || r.err.contains("The job submission failed 5 times (503, 503, 503, "
                                           "503, 503); nothing was queued"),
                 r.err.constData());
        QVERIFY2(!r.err.contains("retries did not help"), r.err.constData());
        QCOMPARE(jobsSubmitted(), before);
    }

    // The lake is down: the masked transcripts are on disk and counted as written, each says
    // why it is not pushed (human report, --json, audit trail); a resume given a lake that
    // works pushes them there.
    void aLakeThatIsDownIsReportedApartFromWhatIsWritten()
    {
        const QString ids = idsFile(QStringLiteral("lake-down.txt"), 3);
        QVERIFY(!ids.isEmpty());
        simPut(QStringLiteral("/_sim/webhooks/down-lake/faults"),
               "{\"failNext\":100000,\"status\":503}");
        const QString out = m_dir.filePath(QStringLiteral("lake-down.jsonl"));
        const QStringList args{QStringLiteral("transcripts"), QStringLiteral("extract"),
                               QStringLiteral("--ids"),       ids,
                               QStringLiteral("--out"),       out};
        const Run r = cli(
                args
                + QStringList{QStringLiteral("--lake-url"), sink(QStringLiteral("down-lake"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("3 transcripts: 3 written, 0 pushed, 3 written but not pushed, "
                                "0 done before, 0 failed"),
                 r.out.constData());
        QVERIFY2(r.out.contains("not pushed: 3 (") && r.out.contains("503"), r.out.constData());
        QVERIFY2(r.err.contains("3 of 3 are written but not pushed"), r.err.constData());
        QCOMPARE(lineCount(out), 3);

        // The audit trail's closing entry counts them apart too.
        const QString trail = m_dir.filePath(QStringLiteral("lake-down-audit.jsonl"));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                      trail, QStringLiteral("--kind"), QStringLiteral("transcripts.extract")})
                         .code,
                 0);
        QFile f(trail);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject finish;
        for (const QByteArray &line : f.readAll().trimmed().split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.value(u"action").toString() == u"transcripts.extract.finish"
                && e.value(u"target").toString() == out)
                finish = e.value(u"details").toObject();
        }
        QCOMPARE(finish.value(u"written").toInteger(), 3);
        QCOMPARE(finish.value(u"pushed").toInteger(), 0);
        QCOMPARE(finish.value(u"notPushed").toInteger(), 3);
        QVERIFY(!finish.value(u"reasons").toArray().isEmpty());

        // --json names each one with its reason; the same lake is still down.
        const Run again
                = cli(QStringList{QStringLiteral("--json")} + args
                      + QStringList{QStringLiteral("--resume"), QStringLiteral("--lake-url"),
                                    sink(QStringLiteral("down-lake"))});
        QCOMPARE(again.code, 1);
        const QJsonObject j = again.json();
        QCOMPARE(j.value(u"written").toInteger(), 0);
        QCOMPARE(j.value(u"writtenBefore").toInteger(), 3);
        QCOMPARE(j.value(u"notPushed").toInteger(), 3);
        const QJsonArray failures = j.value(u"failures").toArray();
        QCOMPARE(failures.size(), 3);
        for (const QJsonValue &v : failures) {
            QCOMPARE(v.toObject().value(u"stage").toString(), QStringLiteral("push"));
            QVERIFY(v.toObject().value(u"reason").toString().contains(u"503"));
        }

        // Resumed with a lake that works: pushed there, nothing downloaded again.
        const qint64 jobs = jobsSubmitted();
        const Run moved
                = cli(QStringList{QStringLiteral("--json")} + args
                      + QStringList{QStringLiteral("--resume"), QStringLiteral("--lake-url"),
                                    sink(QStringLiteral("up-lake"))});
        QVERIFY2(moved.code == 0, moved.err.constData());
        QCOMPARE(moved.json().value(u"pushed").toInteger(), 3);
        QCOMPARE(moved.json().value(u"writtenBefore").toInteger(), 3);
        QCOMPARE(simGet(QStringLiteral("/_sim/webhooks/up-lake"))
                         .value(u"uniqueRequestIds")
                         .toInteger(),
                 3);
        QCOMPARE(jobsSubmitted(), jobs);
    }

    // The repro: a run pushed everything to one lake; a resume given another lake
    // pushes everything there (and still nothing twice to the first).
    void aResumeWithAnotherLakePushesThere()
    {
        const QString ids = idsFile(QStringLiteral("two-lakes.txt"), 4);
        QVERIFY(!ids.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("two-lakes"));
        const QStringList args{QStringLiteral("--json"),
                               QStringLiteral("transcripts"),
                               QStringLiteral("extract"),
                               QStringLiteral("--ids"),
                               ids,
                               QStringLiteral("--out"),
                               out};
        const Run first = cli(
                args + QStringList{QStringLiteral("--lake-url"), sink(QStringLiteral("lake-a"))});
        QVERIFY2(first.code == 0, first.err.constData());
        QCOMPARE(first.json().value(u"pushed").toInteger(), 4);
        const Run second
                = cli(args
                      + QStringList{QStringLiteral("--resume"), QStringLiteral("--lake-url"),
                                    sink(QStringLiteral("lake-b"))});
        QVERIFY2(second.code == 0, second.err.constData());
        QCOMPARE(second.json().value(u"pushed").toInteger(), 4);
        QCOMPARE(second.json().value(u"writtenBefore").toInteger(), 4);
        QVERIFY2(second.err.contains("went to another data lake"), second.err.constData());
        QCOMPARE(simGet(QStringLiteral("/_sim/webhooks/lake-b"))
                         .value(u"uniqueRequestIds")
                         .toInteger(),
                 4);
        QCOMPARE(simGet(QStringLiteral("/_sim/webhooks/lake-a")).value(u"received").toInteger(), 4);
    }

    void refusalsSayWhatToDo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const QString out = m_dir.filePath(QStringLiteral("refused"));
        QTest::newRow("ids and period")
                << QStringList{QStringLiteral("transcripts"), QStringLiteral("extract"),
                               QStringLiteral("--ids"),       QStringLiteral("x"),
                               QStringLiteral("--from"),      QStringLiteral("-1d"),
                               QStringLiteral("--to"),        QStringLiteral("now"),
                               QStringLiteral("--out"),       out}
                << 2 << QStringLiteral("not both");
        QTest::newRow("bad time") << QStringList{QStringLiteral("interactions"),
                                                 QStringLiteral("search"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("last tuesday"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("now")}
                                  << 2 << QStringLiteral("not a time");
        QTest::newRow("no output")
                << QStringList{QStringLiteral("transcripts"), QStringLiteral("extract"),
                               QStringLiteral("--from"),      QStringLiteral("-1d"),
                               QStringLiteral("--to"),        QStringLiteral("now")}
                << 2 << QStringLiteral("--out");
        QTest::newRow("plain http lake")
                << QStringList{QStringLiteral("transcripts"),
                               QStringLiteral("extract"),
                               QStringLiteral("--from"),
                               QStringLiteral("-1d"),
                               QStringLiteral("--to"),
                               QStringLiteral("now"),
                               QStringLiteral("--out"),
                               out,
                               QStringLiteral("--lake-url"),
                               QStringLiteral("http://lake.example.com/in")}
                << 3 << QStringLiteral("unencrypted");
        QTest::newRow("demo lake without demo")
                << QStringList{QStringLiteral("transcripts"), QStringLiteral("extract"),
                               QStringLiteral("--from"),      QStringLiteral("-1d"),
                               QStringLiteral("--to"),        QStringLiteral("now"),
                               QStringLiteral("--out"),       out,
                               QStringLiteral("--lake-url"),  QStringLiteral("demo")}
                << 2 << QStringLiteral("needs --demo");
        QTest::newRow("bad mask policy")
                << QStringList{QStringLiteral("transcripts"),   QStringLiteral("extract"),
                               QStringLiteral("--from"),        QStringLiteral("-1d"),
                               QStringLiteral("--to"),          QStringLiteral("now"),
                               QStringLiteral("--out"),         out,
                               QStringLiteral("--mask-policy"), QStringLiteral("auto")}
                << 2 << QStringLiteral("not a masking policy");
    }

    void refusalsSayWhatToDo()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    }

    void unknownIdsAreRefusedBeforeAJob()
    {
        const QString ids = m_dir.filePath(QStringLiteral("unknown.txt"));
        QFile f(ids);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("int-not-here-1\nint-8a7b9c0d-1e2f-3g4h-5i6j-7k8l9m0n1o2p\n");
        f.close();
        const qint64 jobs
                = simGet(QStringLiteral("/_sim/transcripts")).value(u"jobsSubmitted").toInteger();
        const Run r = cli({QStringLiteral("transcripts"), QStringLiteral("extract"),
                           QStringLiteral("--ids"), ids, QStringLiteral("--out"),
                           m_dir.filePath(QStringLiteral("unknown-out"))});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("int-not-here-1") && r.err.contains("nothing was submitted"),
                 r.err.constData());
        QCOMPARE(simGet(QStringLiteral("/_sim/transcripts")).value(u"jobsSubmitted").toInteger(),
                 jobs);
    }
};

QTEST_GUILESS_MAIN(TestTranscriptsCli)
#include "test_transcripts_cli.moc"
