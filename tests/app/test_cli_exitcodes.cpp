// Every command of the README's reference, run as a process with each way it refuses, checked
// against the one exit-code table: 0 ok (also: nothing left to do), 1 failed at run time,
// 2 usage error, 3 refused before anything was sent. (130, interrupted, is test_cli_signals'.)
// Rows that need a tenant run against a cxone-sim process; what they refuse is prepared once.
#include "tests/support/cliprocess.h"
#include "tests/support/simprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using cxone::testsupport::CliRun;
using cxone::testsupport::SimProcess;

class TestCliExitCodes final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_cli;
    QString m_refusedSegment;

    // {dir} is the test's folder, {sim} the simulator's base URL, {refused-segment} a segment
    // the tenant does not let export.
    QStringList expand(const QStringList &args) const
    {
        QStringList out;
        for (QString a : args) {
            a.replace(QStringLiteral("{dir}"), m_dir.path());
            a.replace(QStringLiteral("{sim}"), m_sim.baseUrl().toString());
            a.replace(QStringLiteral("{refused-segment}"), m_refusedSegment);
            out << a;
        }
        return out;
    }

    CliRun cli(const QStringList &args, bool tenant)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QString::fromLatin1(m_sim.secret()));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        QStringList all{QStringLiteral("--audit-db"), m_dir.filePath(QStringLiteral("audit.db"))};
        if (tenant)
            all += {QStringLiteral("--base-url"), m_sim.baseUrl().toString(),
                    QStringLiteral("--client-id"), m_sim.clientId()};
        return cxone::testsupport::runCli(m_cli, all + expand(args), env);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    static QByteArray enrichCsv(int rows, int offset)
    {
        QByteArray csv("contact_id,priority_score\n");
        for (int i = 0; i < rows; ++i)
            csv += "ct-us_main-" + QByteArray::number(i + offset).rightJustified(7, '0') + ","
                   + QByteArray::number(i % 90 + 1) + "\n";
        return csv;
    }

    static void row(const char *name, const QStringList &args, int code, const QString &says,
                    bool tenant = true)
    {
        QTest::newRow(name) << args << tenant << code << says;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = cxone::testsupport::builtCli();
        QVERIFY2(!m_cli.isEmpty() && m_dir.isValid(), "CXONE_CLI must name the built cxone-cli");
        QString error;
        QVERIFY2(m_sim.start({QStringLiteral("--seed"), QStringLiteral("7"),
                              QStringLiteral("--scale"), QStringLiteral("small")},
                             &error),
                 qPrintable(error));

        // What the refusals below refuse: files that exist, journals of finished runs, a
        // finished extraction, a segment that may not export.
        write(QStringLiteral("existing-journal.jsonl"), "{}\n");
        write(QStringLiteral("garbage-journal.jsonl"), "this is not a journal\n");
        write(QStringLiteral("enrich.csv"), enrichCsv(20, 0));
        write(QStringLiteral("enrich-other.csv"), enrichCsv(10, 100));
        write(QStringLiteral("unknown-ids.txt"), "int-not-on-this-tenant\n");
        write(QStringLiteral("not-json.json"), "{\"name\": ");
        write(QStringLiteral("bad-audience.json"),
              R"({"name":"x","data_source":"crm_sync","exclusions":["not-a-uuid"],)"
              R"("criteria":{"operator":"AND","conditions":[]}})");
        write(QStringLiteral("secret.txt"), m_sim.secret());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder")));

        const CliRun applied
                = cli({QStringLiteral("enrich"), QStringLiteral("camp_us_retention_q4"),
                       QStringLiteral("--csv"), QStringLiteral("{dir}/enrich.csv"),
                       QStringLiteral("--apply"), QStringLiteral("--journal"),
                       QStringLiteral("{dir}/finished.jsonl")},
                      true);
        QVERIFY2(applied.code == 0, applied.err.constData());

        const CliRun search
                = cli({QStringLiteral("interactions"), QStringLiteral("search"),
                       QStringLiteral("--from"), QStringLiteral("-10d"), QStringLiteral("--to"),
                       QStringLiteral("-2d"), QStringLiteral("--media"), QStringLiteral("chat"),
                       QStringLiteral("--out"), QStringLiteral("{dir}/all-ids.txt")},
                      true);
        QVERIFY2(search.code == 0, search.err.constData());
        QFile all(m_dir.filePath(QStringLiteral("all-ids.txt")));
        QVERIFY(all.open(QIODevice::ReadOnly));
        const QList<QByteArray> ids = all.readAll().trimmed().split('\n');
        QVERIFY(ids.size() >= 2);
        write(QStringLiteral("ids.txt"), ids.mid(0, 2).join('\n') + '\n');
        const CliRun extracted = cli({QStringLiteral("transcripts"), QStringLiteral("extract"),
                                      QStringLiteral("--ids"), QStringLiteral("{dir}/ids.txt"),
                                      QStringLiteral("--out"), QStringLiteral("{dir}/done.jsonl")},
                                     true);
        QVERIFY2(extracted.code == 0, extracted.err.constData());

        const CliRun segments = cli(
                {QStringLiteral("--json"), QStringLiteral("segments"), QStringLiteral("list")},
                true);
        QVERIFY2(segments.code == 0, segments.err.constData());
        for (const QJsonValue &v :
             QJsonDocument::fromJson(segments.out).object().value(u"segments").toArray()) {
            if (!v.toObject().value(u"exportable").toBool())
                m_refusedSegment = v.toObject().value(u"id").toString();
        }
        QVERIFY(!m_refusedSegment.isEmpty());
    }

    void everyRefusalHasItsCode_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("tenant");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        using L = QStringList;

        // The command line itself.
        row("no command", {}, 2, s("Usage: cxone-cli"), false);
        row("unknown command", {s("frobnicate")}, 2, s("unknown command"), false);
        row("unknown option", {s("auth"), s("test"), s("--bogus")}, 2, s("bogus"));
        row("secret as an argument", {s("--client-secret"), s("x"), s("auth"), s("test")}, 2,
            s("never taken on the command line"), false);
        row("no tenant", {s("auth"), s("test")}, 2, s("--base-url"), false);
        row("base URL not an address",
            {s("--base-url"), s("not a url"), s("--client-id"), s("x"), s("auth"), s("test")}, 2,
            s("--base-url takes an http(s) address"), false);
        row("base URL in plain http to another host",
            {s("--base-url"), s("http://tenant.example.com"), s("--client-id"), s("x"), s("auth"),
             s("test")},
            3, s("plain http"), false);
        row("token URL not an address",
            {s("--token-url"), s("ftp://x/token"), s("auth"), s("test")}, 2,
            s("--token-url takes an http(s) address"));
        row("auth style", {s("--auth-style"), s("kerberos"), s("auth"), s("test")}, 2,
            s("--auth-style"));
        row("unreadable secret file",
            {s("--base-url"), s("{sim}"), s("--client-id"), s("demo-console"),
             s("--client-secret-file"), s("{dir}/no-such-secret"), s("auth"), s("test")},
            3, s("secret file"), false);

        // auth, audit
        row("auth test: an argument", {s("auth"), s("test"), s("now")}, 2, s("takes no arguments"));
        row("auth test: wrong secret",
            {s("--base-url"), s("{sim}"), s("--client-id"), s("demo-console"),
             s("--client-secret-file"), s("{dir}/existing-journal.jsonl"), s("auth"), s("test")},
            1, s("token"), false);
        row("audit export: no --out", {s("audit"), s("export")}, 2, s("--out"), false);
        row("audit export: bad --since",
            {s("audit"), s("export"), s("--out"), s("{dir}/a.jsonl"), s("--since"), s("yesterday")},
            2, s("--since"), false);
        row("audit verify: an argument", {s("audit"), s("verify"), s("all")}, 2,
            s("takes no arguments"), false);

        // segments
        row("segments list: bad --max-age", {s("segments"), s("list"), s("--max-age"), s("soon")},
            2, s("soon"));
        row("segments list: an argument", {s("segments"), s("list"), s("x")}, 2,
            s("takes no arguments"));
        row("segments show: no id", {s("segments"), s("show")}, 2, s("segment ID"));
        row("segments export: no id", {s("segments"), s("export"), s("--out"), s("{dir}/s.csv")}, 2,
            s("segment ID"));
        row("segments export: no --out", {s("segments"), s("export"), s("{refused-segment}")}, 2,
            s("--out"));
        row("segments export: bad filter",
            {s("segments"), s("export"), s("{refused-segment}"), s("--out"), s("{dir}/s.csv"),
             s("--filter"), s("email")},
            2, s("filter"));
        row("segments export: --page-size 0",
            {s("segments"), s("export"), s("{refused-segment}"), s("--out"), s("{dir}/s.csv"),
             s("--page-size"), s("0")},
            2, s("--page-size takes a whole number from 1 to 1000"));
        row("segments export: --page-size abc",
            {s("segments"), s("export"), s("{refused-segment}"), s("--out"), s("{dir}/s.csv"),
             s("--page-size"), s("abc")},
            2, s("--page-size takes a whole number from 1 to 1000"));
        row("segments export: --format",
            {s("segments"), s("export"), s("{refused-segment}"), s("--out"), s("{dir}/s.csv"),
             s("--format"), s("xml")},
            2, s("--format"));
        row("segments export: --cdp-url not an address",
            {s("segments"), s("export"), s("{refused-segment}"), s("--out"), s("{dir}/s.csv"),
             s("--cdp-url"), s("cdp")},
            2, s("--cdp-url"));
        row("segments export: --cdp-url in plain http",
            {s("segments"), s("export"), s("{refused-segment}"), s("--out"), s("{dir}/s.csv"),
             s("--cdp-url"), s("http://cdp.example.com/in")},
            3, s("plain http://"));
        row("segments show: a segment the tenant does not have",
            {s("segments"), s("show"), s("no-such-segment")}, 1, s("404"));
        row("segments export: a segment the tenant does not have",
            {s("segments"), s("export"), s("no-such-segment"), s("--out"), s("{dir}/s.csv")}, 3,
            s("404"));
        row("segments export: a segment that may not export",
            {s("segments"), s("export"), s("{refused-segment}"), s("--out"), s("{dir}/s.csv")}, 3,
            s("refused"));

        // contact lists, phones
        row("lists list: an argument", {s("lists"), s("list"), s("all")}, 2,
            s("takes no arguments"));
        row("lists show: no id", {s("lists"), s("show")}, 2, s("one list id"));
        row("lists show: --limit 0",
            {s("lists"), s("show"), s("list_us_main"), s("--limit"), s("0")}, 2, s("--limit"));
        const L sanitize{s("lists"), s("sanitize"),  s("list_us_main"),     s("--regions"),
                         s("US"),    s("--preview"), s("{dir}/preview.csv")};
        row("lists sanitize: no list", {s("lists"), s("sanitize"), s("--regions"), s("US")}, 2,
            s("one list id"));
        row("lists sanitize: no --regions",
            {s("lists"), s("sanitize"), s("list_us_main"), s("--preview"), s("{dir}/p.csv")}, 2,
            s("--regions is required"));
        row("lists sanitize: no --preview",
            {s("lists"), s("sanitize"), s("list_us_main"), s("--regions"), s("US")}, 2,
            s("--preview"));
        row("lists sanitize: --journal without --apply",
            sanitize + L{s("--journal"), s("{dir}/j.jsonl")}, 2, s("only make sense with --apply"));
        row("lists sanitize: bad --default-region", sanitize + L{s("--default-region"), s("X1")}, 2,
            s("--default-region"));
        row("lists sanitize: bad --block", sanitize + L{s("--block"), s("fax")}, 2, s("fax"));
        row("lists sanitize: unreadable --disposable-list",
            sanitize + L{s("--disposable-list"), s("{dir}/no-such-list.txt")}, 3,
            s("no-such-list.txt"));
        row("lists sanitize: --aggregator-url not an address",
            sanitize + L{s("--apply"), s("--aggregator-url"), s("aggregator")}, 2,
            s("--aggregator-url"));
        row("lists sanitize: --aggregator-url in plain http",
            sanitize + L{s("--apply"), s("--aggregator-url"), s("http://agg.example.com/in")}, 3,
            s("plain http://"));
        row("lists sanitize: existing --journal",
            sanitize + L{s("--apply"), s("--journal"), s("{dir}/existing-journal.jsonl")}, 3,
            s("already exists"));
        row("lists sanitize: a list the tenant does not have",
            {s("lists"), s("sanitize"), s("no_such_list"), s("--regions"), s("US"), s("--preview"),
             s("{dir}/p.csv")},
            3, s("no contact list"));
        row("lists restore: no --journal", {s("lists"), s("restore")}, 2, s("--journal"));
        row("lists restore: unreadable journal",
            {s("lists"), s("restore"), s("--journal"), s("{dir}/no-such-journal.jsonl")}, 3,
            s("no-such-journal"));
        row("lists restore: not a journal",
            {s("lists"), s("restore"), s("--journal"), s("{dir}/garbage-journal.jsonl")}, 3,
            s("garbage-journal"));
        row("phones check: bad --default-region",
            {s("phones"), s("check"), s("--default-region"), s("ZZZ")}, 2, s("--default-region"),
            false);
        row("phones check: an argument", {s("phones"), s("check"), s("numbers.txt")}, 2,
            s("takes no arguments"), false);

        // audiences
        row("audiences list: an argument", {s("audiences"), s("list"), s("x")}, 2,
            s("takes no arguments"));
        row("audiences show: no id", {s("audiences"), s("show")}, 2, s("one audience ID"));
        row("audiences put: no id", {s("audiences"), s("put"), s("--file"), s("{dir}/a.json")}, 2,
            s("one audience ID"));
        row("audiences put: no --file", {s("audiences"), s("put"), s("a-1")}, 2, s("--file"));
        row("audiences put: unreadable file",
            {s("audiences"), s("put"), s("a-1"), s("--file"), s("{dir}/no-such.json")}, 3,
            s("cannot read"));
        row("audiences put: not JSON",
            {s("audiences"), s("put"), s("a-1"), s("--file"), s("{dir}/not-json.json")}, 3,
            s("is not JSON"));
        row("audiences put: invalid audience",
            {s("audiences"), s("put"), s("a-1"), s("--file"), s("{dir}/bad-audience.json")}, 3,
            s("nothing was sent"));
        row("audiences put: --cdp-url in plain http",
            {s("audiences"), s("put"), s("a-1"), s("--file"), s("{dir}/bad-audience.json"),
             s("--cdp-url"), s("http://cdp.example.com/in")},
            3, s("nothing was sent"));

        // campaigns, schema, enrichment
        row("campaigns list: an argument", {s("campaigns"), s("list"), s("x")}, 2,
            s("takes no arguments"));
        row("campaigns show: no id", {s("campaigns"), s("show")}, 2, s("one campaign id"));
        row("campaigns show: a campaign the tenant does not have",
            {s("campaigns"), s("show"), s("no_such_campaign")}, 1, s("404"));
        row("lists schema: no id", {s("lists"), s("schema")}, 2, s("one list id"));
        const L enrich{s("enrich"), s("camp_us_retention_q4"), s("--csv"), s("{dir}/enrich.csv")};
        row("enrich: no campaign", {s("enrich"), s("--csv"), s("{dir}/enrich.csv")}, 2,
            s("one campaign id"));
        row("enrich: no --csv", {s("enrich"), s("camp_us_retention_q4")}, 2, s("--csv"));
        row("enrich: a campaign the tenant does not have",
            {s("enrich"), s("no_such_campaign"), s("--csv"), s("{dir}/enrich.csv")}, 3, s("404"));
        row("enrich: unreadable --csv",
            {s("enrich"), s("camp_us_retention_q4"), s("--csv"), s("{dir}/no-such.csv")}, 3,
            s("no-such.csv"));
        row("enrich: --journal without --apply", enrich + L{s("--journal"), s("{dir}/j.jsonl")}, 2,
            s("only make sense with --apply"));
        row("enrich: --resume without --journal", enrich + L{s("--apply"), s("--resume")}, 2,
            s("--resume needs --journal"));
        row("enrich: --rate abc", enrich + L{s("--rate"), s("abc")}, 2, s("--rate"));
        row("enrich: --encoding", enrich + L{s("--encoding"), s("ebcdic")}, 2, s("--encoding"));
        row("enrich: --map without =", enrich + L{s("--map"), s("priority_score")}, 2,
            s("COLUMN=ATTRIBUTE"));
        row("enrich: --map to a column the file lacks", enrich + L{s("--map"), s("Shoe=email")}, 3,
            s("no column"));
        row("enrich: --template that is no name", enrich + L{s("--template"), s("a*b")}, 2,
            s("not a template name"));
        row("enrich: unreadable --template", enrich + L{s("--template"), s("{dir}/no-such.json")},
            3, s("no-such.json"));
        row("enrich: --webhook-url not an address",
            enrich + L{s("--apply"), s("--webhook-url"), s("crm")}, 2, s("--webhook-url"));
        row("enrich: --webhook-url in plain http",
            enrich + L{s("--apply"), s("--webhook-url"), s("http://crm.example.com/in")}, 3,
            s("plain http://"));
        row("enrich: existing --journal",
            enrich + L{s("--apply"), s("--journal"), s("{dir}/existing-journal.jsonl")}, 3,
            s("already exists"));
        row("enrich: resume with another file",
            {s("enrich"), s("camp_us_retention_q4"), s("--csv"), s("{dir}/enrich-other.csv"),
             s("--apply"), s("--resume"), s("--journal"), s("{dir}/finished.jsonl")},
            3, s("records another import"));
        row("enrich: resume of a finished run",
            enrich + L{s("--apply"), s("--resume"), s("--journal"), s("{dir}/finished.jsonl")}, 0,
            s("already finished"));
        row("enrich restore: no --journal", {s("enrich"), s("restore")}, 2, s("--journal"));
        row("enrich restore: unreadable journal",
            {s("enrich"), s("restore"), s("--journal"), s("{dir}/no-such-journal.jsonl")}, 3,
            s("no-such-journal"));
        row("enrich restore: not a journal",
            {s("enrich"), s("restore"), s("--journal"), s("{dir}/garbage-journal.jsonl")}, 3,
            s("garbage-journal"));

        // interactions, transcripts
        row("interactions search: no period", {s("interactions"), s("search")}, 2, s("--from"));
        row("interactions search: bad time",
            {s("interactions"), s("search"), s("--from"), s("last tuesday"), s("--to"), s("now")},
            2, s("not a time"));
        row("interactions search: --media",
            {s("interactions"), s("search"), s("--from"), s("-1d"), s("--to"), s("now"),
             s("--media"), s("fax")},
            2, s("fax"));
        row("interactions search: an argument", {s("interactions"), s("search"), s("x")}, 2,
            s("takes no arguments"));
        const L extract{s("transcripts"), s("extract"), s("--ids"), s("{dir}/ids.txt")};
        row("extract: ids and a period",
            extract + L{s("--from"), s("-1d"), s("--to"), s("now"), s("--out"), s("{dir}/t")}, 2,
            s("not both"));
        row("extract: no --out", extract, 2, s("--out"));
        row("extract: --concurrency 0",
            extract + L{s("--out"), s("{dir}/t"), s("--concurrency"), s("0")}, 2,
            s("--concurrency takes a whole number from 1 to 10"));
        row("extract: --concurrency abc",
            extract + L{s("--out"), s("{dir}/t"), s("--concurrency"), s("abc")}, 2,
            s("--concurrency takes a whole number from 1 to 10"));
        row("extract: --policy weird",
            extract + L{s("--out"), s("{dir}/t"), s("--policy"), s("weird")}, 2,
            s("--policy is one of auto, none, full"));
        row("extract: --media fax", extract + L{s("--out"), s("{dir}/t"), s("--media"), s("fax")},
            2, s("fax"));
        row("extract: --lake-url not an address",
            extract + L{s("--out"), s("{dir}/t"), s("--lake-url"), s("lake")}, 2, s("--lake-url"));
        row("extract: --lake-url in plain http",
            extract + L{s("--out"), s("{dir}/t"), s("--lake-url"), s("http://lake.example.com/in")},
            3, s("plain http://"));
        row("extract: --lake-url demo without --demo",
            extract + L{s("--out"), s("{dir}/t"), s("--lake-url"), s("demo")}, 2,
            s("needs --demo"));
        row("extract: unreadable --ids",
            {s("transcripts"), s("extract"), s("--ids"), s("{dir}/no-such-ids.txt"), s("--out"),
             s("{dir}/t")},
            3, s("no-such-ids.txt"));
        row("extract: unknown ids",
            {s("transcripts"), s("extract"), s("--ids"), s("{dir}/unknown-ids.txt"), s("--out"),
             s("{dir}/t-unknown")},
            3, s("int-not-on-this-tenant"));
        row("extract: existing --out", extract + L{s("--out"), s("{dir}/done.jsonl")}, 3,
            s("--resume"));
        row("extract: resume of a finished run",
            extract + L{s("--out"), s("{dir}/done.jsonl"), s("--resume")}, 0, s("2 done before"));
        row("mask: an argument", {s("transcripts"), s("mask"), s("in.txt")}, 2,
            s("takes no arguments"), false);
        row("mask: --entities", {s("transcripts"), s("mask"), s("--entities"), s("fax")}, 2,
            s("fax"), false);
    }

    void everyRefusalHasItsCode()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, tenant);
        QFETCH(int, code);
        QFETCH(QString, says);
        const CliRun r = cli(args, tenant);
        const QByteArray both = r.out + r.err;
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1, expected %2: %3")
                                                    .arg(r.code)
                                                    .arg(code)
                                                    .arg(QString::fromUtf8(both))));
        QVERIFY2(QString::fromUtf8(both).contains(says), both.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "test_cli_exitcodes.moc"
