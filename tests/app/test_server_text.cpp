// Text from a server reaches people inert: escape sequences that would retitle or clear a
// terminal, a carriage return that would overwrite a line with a forged one, bidi controls that
// would reorder it. The one function that does it (displayText), then the command line against a
// hostile server (names on stdout, messages and headers in errors on stderr), then an item model's
// display role.
#include "models/segments/segmentlistmodel.h"
#include "network/displaytext.h"
#include "tests/support/scriptedserver.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cxone;

namespace {

// The hostile parts, as JSON would carry them and as they arrive.
const QByteArray kHostileJson
        = R"(\u001b]0;pwned\u0007\u001b[2JGold\rFAKE: export completed\u202e)";
const QString kHostile
        = QStringLiteral("\x1b]0;pwned\x07\x1b[2JGold\rFAKE: export completed") + QChar(0x202E);

// No byte of the text could act on a terminal.
bool inert(const QByteArray &utf8)
{
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if ((b < 0x20 && b != '\n') || b == 0x7F)
            return false;
    }
    const QString text = QString::fromUtf8(utf8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x80 && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
            || u == 0x200E || u == 0x200F || u == 0x061C)
            return false;
    }
    return true;
}

} // namespace

class TestServerText final : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    // cxone-cli against `server`, whose event loop keeps running while the command does.
    Run cli(const ScriptedServer &server, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QStringLiteral("secret"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CXONE_CLI"),
                QStringList{QStringLiteral("--base-url"), server.url().toString(),
                            QStringLiteral("--client-id"), QStringLiteral("client")}
                        + args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void displayText_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("Gold loyalty members")
                               << QStringLiteral("Gold loyalty members");
        QTest::newRow("accents and emoji")
                << QStringLiteral("Café 😀 Ünïcode") << QStringLiteral("Café 😀 Ünïcode");
        QTest::newRow("window title")
                << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("\\u001b]0;pwned\\u0007");
        QTest::newRow("clear screen") << QStringLiteral("\x1b[2J") << QStringLiteral("\\u001b[2J");
        QTest::newRow("carriage return") << QStringLiteral("ok\rFAKE: export completed")
                                         << QStringLiteral("ok\\rFAKE: export completed");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\u007f");
        QTest::newRow("C1 CSI") << QString(QChar(0x9B)) + QStringLiteral("2J")
                                << QStringLiteral("\\u009b2J");
        QTest::newRow("right-to-left override")
                << QString(QChar(0x202E)) + QStringLiteral("gpj.exe")
                << QStringLiteral("\\u202egpj.exe");
        QTest::newRow("isolates and marks")
                << QString(QChar(0x2066)) + QChar(0x2069) + QChar(0x200E) + QChar(0x200F)
                           + QChar(0x061C)
                << QStringLiteral("\\u2066\\u2069\\u200e\\u200f\\u061c");
        QTest::newRow("line separator") << QString(QChar(0x2028)) << QStringLiteral("\\u2028");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("x")
                                        << QString(QChar(0xFFFD)) + QStringLiteral("x");
    }

    void displayText()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(cxone::displayText(in), out);
        QVERIFY(inert(cxone::displayText(in).toUtf8()));
        QCOMPARE(cxone::displayText(cxone::displayText(in)), cxone::displayText(in)); // stable
    }

    void displayTextCapsAndKeepsLines()
    {
        const QString long_(400, u'x');
        const QString shown = cxone::displayText(long_);
        QCOMPARE(shown.size(), 300);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QCOMPARE(cxone::displayText(long_, -1), long_);
        // The cap never cuts an escape or a character in two.
        const QString escapes = QString(QChar(0x1b)).repeated(100);
        const QString cut = cxone::displayText(escapes, 20);
        QCOMPARE(cut, QStringLiteral("\\u001b\\u001b\\u001b") + QChar(0x2026));
        const QString emoji = QStringLiteral("😀").repeated(10);
        QCOMPARE(cxone::displayText(emoji, 4), QStringLiteral("😀") + QChar(0x2026));
        // Whole messages keep their own lines; nothing else changes.
        QCOMPARE(cxone::displayText(QStringLiteral("refused:\n- a\x1b"), -1, LineBreaks::Keep),
                 QStringLiteral("refused:\n- a\\u001b"));
    }

    void commandLineShowsServerTextInert()
    {
        const QString cliPath = qEnvironmentVariable("CXONE_CLI");
        QVERIFY2(QFileInfo::exists(cliPath), "CXONE_CLI must name the built cxone-cli");
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &r) {
            if (r.path.startsWith("/oauth/token"))
                return ScriptedServer::token("t1", 3600);
            if (r.path == "/api/v2/contacts/segments")
                return ScriptedServer::json(200, R"({"items":[{"id":"seg-1","status":"active",)"
                                                 R"("lastUpdated":"2026-01-01T00:00:00Z","name":")"
                                                         + kHostileJson + R"("}]})");
            if (r.path.startsWith("/api/v2/contacts/segments/moved")) {
                ScriptedServer::Response moved = ScriptedServer::json(302, "{}");
                moved.headers.append(
                        {QByteArray("Location"), QByteArray("https://x.example/\x1b]0;pwned\x07\r"
                                                            "FAKE: export completed")});
                return moved;
            }
            return ScriptedServer::json(400, R"({"message":")" + kHostileJson + R"("})");
        });

        // A name on stdout, in a human listing and in JSON.
        Run r = cli(server, {QStringLiteral("segments"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(inert(r.out), r.out.toHex().constData());
        QVERIFY2(r.out.contains("\\u001b]0;pwned\\u0007"), r.out.constData()); // cut to its column
        r = cli(server,
                {QStringLiteral("--json"), QStringLiteral("segments"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(inert(r.out), r.out.toHex().constData());
        // Still the same JSON: the escapes are JSON's own.
        QCOMPARE(QJsonDocument::fromJson(r.out)
                         .object()
                         .value(u"segments")
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"name")
                         .toString(),
                 kHostile);

        // A server's message in an error on stderr.
        r = cli(server,
                {QStringLiteral("segments"), QStringLiteral("show"), QStringLiteral("seg-1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(inert(r.err), r.err.toHex().constData());
        QVERIFY2(r.err.contains("\\u001b]0;pwned"), r.err.constData());
        QVERIFY(!r.err.contains("\nFAKE: export completed"));

        // A header quoted in an error.
        r = cli(server,
                {QStringLiteral("segments"), QStringLiteral("show"), QStringLiteral("moved")});
        QCOMPARE(r.code, 1);
        QVERIFY2(inert(r.err), r.err.toHex().constData());
        QVERIFY2(r.err.contains("redirected to https://x.example/\\u001b]0;pwned\\u0007\\rFAKE"),
                 r.err.constData());
    }

    void modelShowsServerTextInert()
    {
        SegmentListModel model;
        QAbstractItemModelTester tester(&model);
        SegmentInfo s;
        s.id = QStringLiteral("seg\x1b[2J");
        s.name = kHostile;
        s.status = QStringLiteral("active");
        model.setSegments({s});
        const QModelIndex name = model.index(0, SegmentListModel::NameColumn);
        const QString shown = model.data(name, Qt::DisplayRole).toString();
        QVERIFY2(inert(shown.toUtf8()), qPrintable(shown));
        QCOMPARE(shown, cxone::displayText(kHostile));
        QVERIFY(inert(model.data(name, Qt::ToolTipRole).toString().toUtf8()));
        // Sorting still sees the name itself.
        QCOMPARE(model.data(name, SegmentListModel::SortRole).toString(), kHostile);
    }
};

QTEST_GUILESS_MAIN(TestServerText)
#include "test_server_text.moc"
