// Every file cxone-cli writes, as a person runs it on the demo tenant: owner-only under a desktop
// umask (022), and an output path that is not a regular file is written in place (a device, a
// pipe) or refused with exit code 3 (a folder, a block device, a read-only file, a link to
// nothing), never replaced.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

} // namespace

class TestCliOutputs final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    mode_t m_umask = 0;
    QString m_segment;
    QString m_campaign;
    QString m_list;
    QString m_audience;
    QStringList m_interactions;
    QString m_csv;
    QString m_ids;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QByteArray fromFifo; // what the command wrote into a FIFO named by fifo
    };

    // Runs the command; with `fifo`, reads what it writes there while it runs.
    Run cli(const QStringList &args, const QString &fifo = {})
    {
        int reader = -1;
        if (!fifo.isEmpty())
            reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(m_cli, QStringList{QStringLiteral("--demo"), QStringLiteral("--audit-db"),
                                   m_dir.filePath(QStringLiteral("state/audit.sqlite"))}
                               + args);
        Run r;
        const auto drain = [&] {
            char buf[65536];
            for (ssize_t n; reader >= 0 && (n = ::read(reader, buf, sizeof buf)) > 0;)
                r.fromFifo.append(buf, n);
        };
        bool finished = false;
        for (int waited = 0; !finished && waited < 240000; waited += 20) {
            finished = p.waitForFinished(20);
            drain();
        }
        drain();
        if (reader >= 0)
            ::close(reader);
        if (!finished) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QJsonObject json(const QStringList &args)
    {
        const Run r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("--quiet")} + args);
        return QJsonDocument::fromJson(r.out).object();
    }

    // The command of each writer with its output at `path`.
    QStringList writer(const QString &which, const QString &path) const
    {
        if (which == u"enrich --results")
            return {QStringLiteral("enrich"),    m_campaign, QStringLiteral("--csv"), m_csv,
                    QStringLiteral("--results"), path};
        if (which == u"segments export --out")
            return {QStringLiteral("segments"), QStringLiteral("export"), m_segment,
                    QStringLiteral("--out"), path};
        if (which == u"lists sanitize --preview")
            return {QStringLiteral("lists"),
                    QStringLiteral("sanitize"),
                    m_list,
                    QStringLiteral("--regions"),
                    QStringLiteral("US,CA"),
                    QStringLiteral("--preview"),
                    path};
        if (which == u"audit export --out")
            return {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                    path};
        if (which == u"interactions search --out")
            return {QStringLiteral("interactions"), QStringLiteral("search"),
                    QStringLiteral("--from"),       QStringLiteral("-30d"),
                    QStringLiteral("--to"),         QStringLiteral("now"),
                    QStringLiteral("--out"),        path};
        if (which == u"audiences show --out")
            return {QStringLiteral("audiences"), QStringLiteral("show"), m_audience,
                    QStringLiteral("--out"), path};
        if (which == u"transcripts extract --out")
            return {QStringLiteral("transcripts"), QStringLiteral("extract"),
                    QStringLiteral("--ids"),       m_ids,
                    QStringLiteral("--out"),       path};
        return {};
    }

    static QStringList writers()
    {
        return {QStringLiteral("enrich --results"),
                QStringLiteral("segments export --out"),
                QStringLiteral("lists sanitize --preview"),
                QStringLiteral("audit export --out"),
                QStringLiteral("interactions search --out"),
                QStringLiteral("audiences show --out"),
                QStringLiteral("transcripts extract --out")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_umask = ::umask(022); // a desktop session's: new files 0644 unless made otherwise
        m_cli = qEnvironmentVariable("CXONE_CLI");
        QVERIFY2(QFileInfo::exists(m_cli), "CXONE_CLI must name the built cxone-cli");
        for (const QJsonValue v : json({QStringLiteral("segments"), QStringLiteral("list")})
                                          .value(u"segments")
                                          .toArray()) {
            if (v.toObject().value(u"name").toString() == u"Gold loyalty members")
                m_segment = v.toObject().value(u"id").toString();
        }
        QVERIFY(!m_segment.isEmpty());
        // The guide's campaign: its list has two contacts, so that every command is quick.
        for (const QJsonValue v : json({QStringLiteral("campaigns"), QStringLiteral("list")})
                                          .value(u"campaigns")
                                          .toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"name").toString().contains(u"guide example")) {
                m_campaign = c.value(u"campaignId").toString();
                m_list = c.value(u"contactListId").toString();
            }
        }
        QVERIFY(!m_campaign.isEmpty() && !m_list.isEmpty());
        m_audience = json({QStringLiteral("audiences"), QStringLiteral("list")})
                             .value(u"items")
                             .toArray()
                             .first()
                             .toObject()
                             .value(u"id")
                             .toString();
        QVERIFY(!m_audience.isEmpty());
        const QJsonArray found = json({QStringLiteral("interactions"), QStringLiteral("search"),
                                       QStringLiteral("--from"), QStringLiteral("-30d"),
                                       QStringLiteral("--to"), QStringLiteral("now")})
                                         .value(u"interactions")
                                         .toArray();
        QVERIFY(found.size() >= 2);
        for (qsizetype i = 0; i < 2; ++i)
            m_interactions << found[i].toObject().value(u"interactionId").toString();
        m_ids = m_dir.filePath(QStringLiteral("ids.txt"));
        QFile ids(m_ids);
        QVERIFY(ids.open(QIODevice::WriteOnly));
        ids.write(m_interactions.join(u'\n').toUtf8() + '\n');
        ids.close();
        m_csv = m_dir.filePath(QStringLiteral("crm.csv"));
        QFile csv(m_csv);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("contactId,priority_score\nc1a2b3c4-d5e6-7890-abcd-ef1234567890,5\n"
                  "f9e8d7c6-b5a4-3210-fedc-ba9876543210,7\n");
        csv.close();
    }

    void cleanupTestCase() { ::umask(m_umask); }

    void everyOutputIsOwnerOnly()
    {
        const QDir out(m_dir.filePath(QStringLiteral("out")));
        QVERIFY(QDir().mkpath(out.path()));
        const QString jsonl = out.filePath(QStringLiteral("t.jsonl"));
        const QString folder = out.filePath(QStringLiteral("transcripts"));
        const QStringList files{out.filePath(QStringLiteral("enrich.csv")),
                                out.filePath(QStringLiteral("export.csv")),
                                out.filePath(QStringLiteral("preview.csv")),
                                out.filePath(QStringLiteral("audit.jsonl")),
                                out.filePath(QStringLiteral("ids.txt")),
                                out.filePath(QStringLiteral("audience.json")),
                                jsonl};
        for (qsizetype i = 0; i < writers().size(); ++i) {
            const Run r = cli(writer(writers()[i], files[i]));
            QVERIFY2(r.code == 0, qPrintable(writers()[i] + u": " + QString::fromUtf8(r.err)));
            QCOMPARE(modeOf(files[i]) & 07777, mode_t(0600));
        }
        QCOMPARE(modeOf(jsonl + QStringLiteral(".state")) & 07777, mode_t(0600));
        // Transcripts into a folder: the folder, each file and the run's state.
        const Run t = cli(writer(QStringLiteral("transcripts extract --out"), folder));
        QVERIFY2(t.code == 0, t.err.constData());
        QCOMPARE(modeOf(folder) & 07777, mode_t(0700));
        const QFileInfoList written
                = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(written.size(), 3); // two transcripts and the state file
        for (const QFileInfo &f : written)
            QVERIFY2((modeOf(f.filePath()) & 07777) == 0600, qPrintable(f.filePath()));
        // A journal, a template and the audit trail, and the folders made for them.
        const QString journal = out.filePath(QStringLiteral("journal.jsonl"));
        const Run applied = cli({QStringLiteral("enrich"), m_campaign, QStringLiteral("--csv"),
                                 m_csv, QStringLiteral("--save-template"), QStringLiteral("weekly"),
                                 QStringLiteral("--apply"), QStringLiteral("--journal"), journal});
        QVERIFY2(applied.code == 0, applied.err.constData());
        QCOMPARE(modeOf(journal) & 07777, mode_t(0600));
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("state/audit.sqlite"))) & 07777,
                 mode_t(0600));
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("state"))) & 07777, mode_t(0700));
        QStringList found;
        QDirIterator it(m_dir.filePath(QStringLiteral("data")), {QStringLiteral("weekly.json")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        QCOMPARE(found.size(), 1);
        QCOMPARE(modeOf(found.first()) & 07777, mode_t(0600));
        QCOMPARE(modeOf(QFileInfo(found.first()).absolutePath()) & 07777, mode_t(0700));
    }

    void notAFileIsRefused_data()
    {
        QTest::addColumn<QString>("writer");
        for (const QString &w : writers())
            QTest::newRow(qPrintable(w)) << w;
    }

    void notAFileIsRefused()
    {
        QFETCH(QString, writer);
        QTemporaryDir dir;
        // A folder.
        const QString folder = dir.filePath(QStringLiteral("folder.jsonl"));
        QVERIFY(QDir().mkpath(folder));
        Run r = cli(this->writer(writer, folder));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("is a folder") || r.err.contains("not a folder"),
                 r.err.constData());
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QDir(folder).isEmpty());
        // A read-only file.
        const QString kept = dir.filePath(QStringLiteral("kept.jsonl"));
        QFile f(kept);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious\n");
        f.close();
        QVERIFY(::chmod(QFile::encodeName(kept).constData(), 0444) == 0);
        r = cli(this->writer(writer, kept));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("is read-only"), r.err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious\n"));
        f.close();
        // A link to nothing.
        const QString dangling = dir.filePath(QStringLiteral("dangling.jsonl"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nothing.jsonl")), dangling));
        r = cli(this->writer(writer, dangling));
        QCOMPARE(r.code, 3);
        QVERIFY(QFileInfo(dangling).isSymLink());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nothing.jsonl"))));
        // A block device of our own, never opened (root only).
        const QString disk = dir.filePath(QStringLiteral("disk.jsonl"));
        if (::mknod(QFile::encodeName(disk).constData(), S_IFBLK | 0600, makedev(7, 250)) == 0) {
            r = cli(this->writer(writer, disk));
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains("block device"), r.err.constData());
            QVERIFY(S_ISBLK(modeOf(disk)));
        }
    }

    void devicesAndPipesAreWrittenInPlace_data() { notAFileIsRefused_data(); }

    void devicesAndPipesAreWrittenInPlace()
    {
        QFETCH(QString, writer);
        QTemporaryDir dir;
        // A FIFO, read while the command runs.
        const QString fifo = dir.filePath(QStringLiteral("pipe.jsonl"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        Run r = cli(this->writer(writer, fifo), fifo);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.fromFifo.isEmpty());
        QVERIFY(S_ISFIFO(modeOf(fifo)));
        QCOMPARE(modeOf(fifo) & 07777, mode_t(0600));
        // What replaced a machine's /dev/full: a character device, here one of our own (root
        // only); the machine's /dev/null is only looked at.
        const QString node = dir.filePath(QStringLiteral("null.jsonl"));
        if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
            struct stat before
            {
            };
            ::lstat(QFile::encodeName(node).constData(), &before);
            r = cli(this->writer(writer, node));
            QVERIFY2(r.code == 0, r.err.constData());
            struct stat after
            {
            };
            ::lstat(QFile::encodeName(node).constData(), &after);
            QVERIFY(S_ISCHR(after.st_mode));
            QCOMPARE(after.st_ino, before.st_ino);
            QCOMPARE(after.st_rdev, before.st_rdev);
            QCOMPARE(after.st_mode, before.st_mode); // never chmod-ed
        }
        QVERIFY(S_ISCHR(modeOf(QStringLiteral("/dev/null"))));
        // Nothing else was left beside them (no .part, no temporary file); a transcripts run
        // keeps its state beside its output.
        QStringList left = QDir(dir.path())
                                   .entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                              | QDir::NoDotAndDotDot);
        left.removeAll(QStringLiteral("pipe.jsonl.state"));
        left.removeAll(QStringLiteral("null.jsonl.state"));
        left.removeAll(QStringLiteral("null.jsonl"));
        QCOMPARE(left, QStringList{QStringLiteral("pipe.jsonl")});
    }

    void linkToAFileIsWrittenThrough()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("real.csv"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old\n");
        f.close();
        const QString link = dir.filePath(QStringLiteral("link.csv"));
        QVERIFY(QFile::link(target, link));
        const Run r = cli(writer(QStringLiteral("enrich --results"), link));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("line,contactId,outcome,reason"));
        QCOMPARE(modeOf(target) & 07777, mode_t(0600));
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "test_cli_outputs.moc"
