// cxone-cli is two programs: the front people run masks transcripts itself and hands every other
// command line to the runner, cxone-cli-full. Seen from outside they must be one program: for
// each command line below, the front and the runner print the same bytes on stdout and stderr
// and exit with the same code. The front must also stay small (no network, SQL or keychain
// library in its process while it masks), and say what is wrong when the runner is missing.
#include "tests/support/cliprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using cxone::testsupport::CliRun;

CliRun run(const QString &program, const QStringList &args, const QByteArray &input)
{
    return cxone::testsupport::runCli(program, args, QProcessEnvironment::systemEnvironment(),
                                      input, 60000);
}

QByteArray utf16WithBom(const QString &text)
{
    QByteArray out("\xff\xfe", 2);
    for (const QChar c : text) {
        out += char(c.unicode() & 0xff);
        out += char(c.unicode() >> 8);
    }
    return out;
}

} // namespace

class TestCliFront final : public QObject
{
    Q_OBJECT

    QString m_front;
    QString m_runner;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_front = qEnvironmentVariable("CXONE_CLI");
        QVERIFY2(QFileInfo::exists(m_front), "CXONE_CLI must name the built cxone-cli");
        m_runner = QFileInfo(m_front).dir().filePath(QStringLiteral("cxone-cli-full"));
        QVERIFY2(QFileInfo::exists(m_runner), "the runner cxone-cli-full must be beside cxone-cli");
        QVERIFY(m_dir.isValid());
        QFile gold(m_dir.filePath(QStringLiteral("gold.jsonl")));
        QVERIFY(gold.open(QIODevice::WriteOnly));
        gold.write(
                R"({"text":"call me at 212 555 0123 at 5 pm","entities":[{"type":"phone","start":11,"end":23}]})"
                "\n"
                R"({"text":"my ssn is 123-45-6789","entities":[{"type":"ssn","start":10,"end":21}]})"
                "\n"
                R"({"text":"order 5521 ships today","entities":[]})"
                "\n");
        QFile broken(m_dir.filePath(QStringLiteral("broken.jsonl")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"text\":\"x\",\"entities\":[]}\nnot json\n");
    }

    void sameAnswerFromBoth_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QByteArray text = "call me at (212) 555-0123 5 pm\r\n"
                                "my number is 212 555 0123 2 times\n"
                                "SSN 123 45 6789 1\n"
                                "nothing here\n"
                                "write to bob@example.com, card 4111 1111 1111 1111";
        const QString gold = m_dir.filePath(QStringLiteral("gold.jsonl"));
        const QString broken = m_dir.filePath(QStringLiteral("broken.jsonl"));
        const auto mask = [](QStringList more) {
            return QStringList{QStringLiteral("transcripts"), QStringLiteral("mask")} + more;
        };
        QTest::newRow("mask") << mask({}) << text;
        QTest::newRow("mask, quiet") << (QStringList{QStringLiteral("--quiet")} + mask({})) << text;
        QTest::newRow("mask, options after the command")
                << mask({QStringLiteral("--quiet"), QStringLiteral("--mask-policy"),
                         QStringLiteral("balanced"), QStringLiteral("--entities"),
                         QStringLiteral("phone,ssn")})
                << text;
        QTest::newRow("mask, global options the mask does not use")
                << (QStringList{QStringLiteral("--audit-db"),
                                m_dir.filePath(QStringLiteral("a.db")), QStringLiteral("--demo"),
                                QStringLiteral("--base-url=https://x.invalid")}
                    + mask({QStringLiteral("--mask-policy=strict")}))
                << text;
        // A command's option before the command's words: the runner's first pass, which knows
        // the global options alone, reads its value as a word of the command.
        QTest::newRow("an option of the mask before its words")
                << QStringList{QStringLiteral("--entities"), QStringLiteral("email"),
                               QStringLiteral("transcripts"), QStringLiteral("mask")}
                << text;
        QTest::newRow("an option of the mask between its words")
                << QStringList{QStringLiteral("transcripts"), QStringLiteral("--mask-policy"),
                               QStringLiteral("balanced"), QStringLiteral("mask")}
                << text;
        QTest::newRow("--eval before the words")
                << QStringList{QStringLiteral("--eval"), gold, QStringLiteral("transcripts"),
                               QStringLiteral("mask")}
                << QByteArray();
        QTest::newRow("a word of the command taken as an option's value")
                << QStringList{QStringLiteral("transcripts"), QStringLiteral("--entities"),
                               QStringLiteral("mask")}
                << text;
        QTest::newRow("the = form before the words")
                << QStringList{QStringLiteral("--entities=email"), QStringLiteral("transcripts"),
                               QStringLiteral("mask")}
                << text;
        QTest::newRow("mask, empty input") << mask({}) << QByteArray();
        QTest::newRow("mask, UTF-16 with a byte-order mark")
                << mask({}) << utf16WithBom(QStringLiteral("ring 212 555 0123 now\r\n"));
        QTest::newRow("mask, not text") << mask({}) << QByteArray("ok\n\xff\xfe\x80 bad\n");
        QTest::newRow("mask --jsonl")
                << mask({QStringLiteral("--jsonl")})
                << QByteArray("{\"bob@example.com\":\"x\",\"n\":4111111111111111}\nnot json\n");
        QTest::newRow("mask --json --jsonl")
                << (QStringList{QStringLiteral("--json")} + mask({QStringLiteral("--jsonl")}))
                << QByteArray("{\"t\":\"SSN 123-45-6789\"}\n");
        QTest::newRow("mask --eval") << mask({QStringLiteral("--eval"), gold}) << QByteArray();
        QTest::newRow("mask --eval, JSON")
                << (QStringList{QStringLiteral("--json")} + mask({QStringLiteral("--eval"), gold}))
                << QByteArray();
        QTest::newRow("mask --eval, a broken file")
                << mask({QStringLiteral("--eval"), broken}) << QByteArray();
        QTest::newRow("mask --eval, no such file")
                << mask({QStringLiteral("--eval"), m_dir.filePath(QStringLiteral("none.jsonl"))})
                << QByteArray();
        QTest::newRow("mask --eval --jsonl")
                << mask({QStringLiteral("--eval"), gold, QStringLiteral("--jsonl")})
                << QByteArray();
        QTest::newRow("mask, a bad policy")
                << mask({QStringLiteral("--mask-policy"), QStringLiteral("lax")}) << text;
        QTest::newRow("mask, a bad entity")
                << mask({QStringLiteral("--entities"), QStringLiteral("phone,dna")}) << text;
        QTest::newRow("mask, an unknown option") << mask({QStringLiteral("--fast")}) << text;
        QTest::newRow("mask, an argument it does not take")
                << mask({QStringLiteral("extra")}) << text;
        QTest::newRow("mask --help") << mask({QStringLiteral("--help")}) << QByteArray();
        QTest::newRow("mask, a secret on the command line")
                << mask({QStringLiteral("--client-secret=abc")}) << text;
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QByteArray();
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QByteArray();
        QTest::newRow("no command") << QStringList{} << QByteArray();
        QTest::newRow("an unknown command")
                << QStringList{QStringLiteral("transcripts"), QStringLiteral("unmask")}
                << QByteArray();
        QTest::newRow("another command's help")
                << QStringList{QStringLiteral("transcripts"), QStringLiteral("extract"),
                               QStringLiteral("--help")}
                << QByteArray();
        QTest::newRow("another command at work")
                << QStringList{QStringLiteral("--quiet"), QStringLiteral("phones"),
                               QStringLiteral("check")}
                << QByteArray("+1 212 555 0123\n0044 20 7946 0958\nnot a number\n");
    }

    void sameAnswerFromBoth()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const CliRun front = run(m_front, args, input);
        const CliRun runner = run(m_runner, args, input);
        QVERIFY2(front.code >= 0, "the front did not finish");
        QVERIFY2(runner.code >= 0, "the runner did not finish");
        QCOMPARE(front.out, runner.out);
        QCOMPARE(front.err, runner.err);
        QCOMPARE(front.code, runner.code);
    }

    void frontMasksWithoutTheRest()
    {
        // While it masks (here: waiting for its input) the process is the front's, and the
        // libraries only other commands use are not loaded.
        QProcess p;
        p.start(m_front, {QStringLiteral("transcripts"), QStringLiteral("mask")});
        QVERIFY(p.waitForStarted(10000));
        p.write("call me at 212 555 0123\n");
        const QString maps = QStringLiteral("/proc/%1/maps").arg(p.processId());
        QByteArray loaded;
        QTRY_VERIFY_WITH_TIMEOUT((loaded =
                                          [&] {
                                              QFile f(maps);
                                              return f.open(QIODevice::ReadOnly) ? f.readAll()
                                                                                 : QByteArray();
                                          }())
                                         .contains("libphonenumber"),
                                 10000);
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/exe").arg(p.processId())).canonicalFilePath(),
                 QFileInfo(m_front).canonicalFilePath());
        for (const char *lib : {"libQt6Network", "libQt6Sql", "libQt6Gui", "libcurl",
                                "libqt6keychain", "libQt6HttpServer", "libcrypto"})
            QVERIFY2(!loaded.contains(lib), lib);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), QByteArray("call me at [PHONE]\n"));
    }

    void missingRunnerIsSaid()
    {
        // The front alone, in a folder without the runner: a command it hands on fails with a
        // message that names what is missing; the mask still works.
        QTemporaryDir alone;
        QVERIFY(alone.isValid());
        const QString copy = alone.filePath(QStringLiteral("cxone-cli"));
        QVERIFY(QFile::copy(m_front, copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ExeOwner));
        const CliRun handed = run(copy, {QStringLiteral("--version")}, {});
        QCOMPARE(handed.code, 1);
        QVERIFY(handed.out.isEmpty());
        QVERIFY2(handed.err.contains("cannot start the command runner cxone-cli-full"),
                 handed.err.constData());
        const CliRun masked = run(
                copy,
                {QStringLiteral("--quiet"), QStringLiteral("transcripts"), QStringLiteral("mask")},
                "SSN 123-45-6789\n");
        QCOMPARE(masked.code, 0);
        QCOMPARE(masked.out, QByteArray("SSN [SSN]\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliFront)
#include "test_cli_front.moc"
