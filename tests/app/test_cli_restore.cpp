// Restores at the command line meet journals they should not trust: one signed on another
// machine, one edited and chained again without the key. Both restores refuse them before
// anything is sent (exit 3) with what the journal would do; with --accept-unverified they print
// that first and restore. A journal that holds no change says so and succeeds.
#include "tests/support/clirun.h"
#include "tests/support/journaltamper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cxone::testsupport;

class TestCliRestore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_cli;

    // `machine` names the data folder, and so the key: two names are two machines.
    CliRun cli(const QString &machine, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QString::fromLatin1(m_sim.secret()));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(machine));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(machine + u"-config"));
        return runProgram(m_cli, tenantOptions(m_sim, m_dir.filePath(machine + u".audit")) + args,
                          env);
    }

    // A copy of `path`, edited and chained again without the key.
    static QString forged(const QString &path, const std::function<void(QJsonObject &)> &edit)
    {
        const QString out = path + QStringLiteral(".forged");
        QFile::remove(out);
        QFile::copy(path, out);
        forgeJournal(out, edit);
        return out;
    }

    static qint64 size(const QString &path) { return QFileInfo(path).size(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_cli = cliWithSmallTenant(&m_sim, {QStringLiteral("--enrich-rate"), QStringLiteral("0")},
                                   &error);
        QVERIFY2(!m_cli.isEmpty(), qPrintable(error));
    }

    void listsRestore()
    {
        const QString journal = m_dir.filePath(QStringLiteral("sanitize.jsonl"));
        CliRun r = cli(QStringLiteral("here"),
                       {QStringLiteral("lists"), QStringLiteral("sanitize"),
                        QStringLiteral("list_gb_renewals"), QStringLiteral("--regions"),
                        QStringLiteral("GB"), QStringLiteral("--block"), QStringLiteral("voip"),
                        QStringLiteral("--preview"), m_dir.filePath(QStringLiteral("p.csv")),
                        QStringLiteral("--apply"), QStringLiteral("--journal"), journal});
        QVERIFY2(r.code == 0, r.err.constData());

        // Edited (a number to put back redirected) and chained again without the key.
        const QList<QByteArray> original = fileLines(journal);
        const QString forgery = forged(journal, [](QJsonObject &o) {
            if (o.value(u"type").toString() == u"change")
                o.insert(QStringLiteral("phone"), QStringLiteral("+19005550100"));
        });
        const qint64 forgerySize = size(forgery);
        const QStringList restoreForged{QStringLiteral("lists"), QStringLiteral("restore"),
                                        QStringLiteral("--journal"), forgery};
        r = cli(QStringLiteral("here"), restoreForged);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("is not signed by this machine: line 1 was changed after it was "
                                "written, or the journal was forged"),
                 r.err.constData());
        QVERIFY2(r.err.contains("--accept-unverified"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(size(forgery), forgerySize); // not even a line of its own was added

        // Signed, but on another machine (a copy mailed there): refused too, with what it would
        // do.
        const QString mailed = journal + QStringLiteral(".mailed");
        QVERIFY(QFile::copy(journal, mailed));
        const QStringList restoreMailed{QStringLiteral("lists"), QStringLiteral("restore"),
                                        QStringLiteral("--journal"), mailed};
        r = cli(QStringLiteral("elsewhere"), restoreMailed);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("signed with a key this machine does not have"), r.err.constData());
        QVERIFY2(r.err.contains("It says it was written on")
                         && r.err.contains("list list_gb_renewals")
                         && r.err.contains("Restoring it would re-create"),
                 r.err.constData());

        // Accepted there: the summary first, then the restore.
        r = cli(QStringLiteral("elsewhere"),
                restoreMailed + QStringList{QStringLiteral("--accept-unverified")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.startsWith(QByteArray("The journal " + mailed.toUtf8() + " is not signed")),
                 r.err.constData());
        QVERIFY2(r.out.startsWith("restored "), r.out.constData());

        // On the machine that wrote it, it needs no flag (and puts back nothing more).
        const QStringList restore{QStringLiteral("lists"), QStringLiteral("restore"),
                                  QStringLiteral("--journal"), journal};
        r = cli(QStringLiteral("here"), restore);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(!r.err.contains("not signed"), r.err.constData());

        // What a run killed while writing its plan leaves: no change was sent.
        const QString headerOnly = m_dir.filePath(QStringLiteral("sanitize-header.jsonl"));
        QVERIFY(writeFileLines(headerOnly, original.mid(0, 1)));
        r = cli(QStringLiteral("here"), {QStringLiteral("lists"), QStringLiteral("restore"),
                                         QStringLiteral("--journal"), headerOnly});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("holds no change that was sent"), r.out.constData());
    }

    void enrichRestore()
    {
        QByteArray csv("contact_id,priority_score\n");
        for (int i = 0; i < 50; ++i)
            csv += "ct-us_main-" + QByteArray::number(i).rightJustified(7, '0') + ","
                   + QByteArray::number(i + 1) + "\n";
        const QString input = m_dir.filePath(QStringLiteral("crm.csv"));
        QVERIFY(writeFileLines(input, {csv.trimmed()}));
        const QString journal = m_dir.filePath(QStringLiteral("enrich.jsonl"));
        CliRun r = cli(QStringLiteral("here"),
                       {QStringLiteral("enrich"), QStringLiteral("camp_us_retention_q4"),
                        QStringLiteral("--csv"), input, QStringLiteral("--apply"),
                        QStringLiteral("--journal"), journal});
        QVERIFY2(r.code == 0, r.err.constData());

        // The values to put back changed to the forger's.
        const QString forgery = forged(journal, [](QJsonObject &o) {
            if (o.value(u"type").toString() != u"prepared")
                return;
            QJsonArray contacts = o.value(u"contacts").toArray();
            for (QJsonValueRef c : contacts) {
                QJsonObject contact = c.toObject();
                contact.insert(QStringLiteral("before"),
                               QJsonObject{{QStringLiteral("priority_score"), 1000}});
                c = contact;
            }
            o.insert(QStringLiteral("contacts"), contacts);
        });
        r = cli(QStringLiteral("here"), {QStringLiteral("enrich"), QStringLiteral("restore"),
                                         QStringLiteral("--journal"), forgery});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("is not signed by this machine: line 1 was changed"),
                 r.err.constData());

        const QString mailed = journal + QStringLiteral(".mailed");
        QVERIFY(QFile::copy(journal, mailed));
        const QStringList restore{QStringLiteral("enrich"), QStringLiteral("restore"),
                                  QStringLiteral("--journal"), mailed};
        r = cli(QStringLiteral("elsewhere"), restore);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("signed with a key this machine does not have"), r.err.constData());
        QVERIFY2(r.err.contains("names 50 contacts")
                         && r.err.contains("put back what 50 "
                                           "attributes of 50 "
                                           "contacts held"),
                 r.err.constData());

        r = cli(QStringLiteral("elsewhere"),
                restore + QStringList{QStringLiteral("--accept-unverified")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.startsWith(QByteArray("The journal " + mailed.toUtf8() + " is not signed")),
                 r.err.constData());
        QVERIFY2(r.out.contains("50 attributes put back"), r.out.constData());

        // A run killed before its first batch leaves the header alone: nothing to put back.
        const QString headerOnly = m_dir.filePath(QStringLiteral("enrich-header.jsonl"));
        QVERIFY(writeFileLines(headerOnly, fileLines(journal).mid(0, 1)));
        r = cli(QStringLiteral("here"), {QStringLiteral("enrich"), QStringLiteral("restore"),
                                         QStringLiteral("--journal"), headerOnly});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("holds no change: it ends after its header"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRestore)
#include "test_cli_restore.moc"
