// The one rule every output file follows (network/fileio.h): regular files replaced whole and
// owner-only, devices and FIFOs written in place and never replaced, links followed or refused,
// folders, block devices, sockets and read-only files refused.
#include "network/fileio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace cxone;

namespace {

struct stat statOf(const QString &path, bool follow = false)
{
    struct stat st
    {
    };
    const QByteArray p = QFile::encodeName(path);
    if ((follow ? ::stat(p.constData(), &st) : ::lstat(p.constData(), &st)) != 0)
        st.st_mode = 0;
    return st;
}

mode_t modeOf(const QString &path)
{
    return statOf(path).st_mode & 07777;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void put(const QString &path, const QByteArray &bytes, mode_t mode = 0644)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

// What a folder holds, so that a test sees no temporary file left behind.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestFileIo final : public QObject
{
    Q_OBJECT

    mode_t m_umask = 0;

private Q_SLOTS:
    void initTestCase()
    {
        // What a desktop session has: a new file would be 0644, a folder 0755.
        m_umask = ::umask(022);
    }
    void cleanupTestCase() { ::umask(m_umask); }

    void newFileIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY2(writeOutputFile(path, "a,b\r\n", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("a,b\r\n"));
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.csv")});
    }

    void regularFileReplacedWholeAndOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        put(path, "old and longer\n", 0644);
        const ino_t before = statOf(path).st_ino;
        OutputFile f(path);
        QString error;
        QVERIFY2(f.open(&error), qPrintable(error));
        QVERIFY(f.write("new\n", &error));
        QCOMPARE(contents(path), QByteArray("old and longer\n")); // untouched until commit
        QVERIFY2(f.commit(&error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("new\n"));
        QVERIFY(statOf(path).st_ino != before); // renamed over, never written in place
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.csv")});
    }

    void abortLeavesTheTargetAndNoTemporary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        put(path, "kept\n");
        {
            OutputFile f(path);
            QString error;
            QVERIFY(f.open(&error));
            QVERIFY(f.write("half", &error));
        }
        QCOMPARE(contents(path), QByteArray("kept\n"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.csv")});
    }

    void readOnlyFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.csv"));
        put(path, "precious\n", 0444);
        QString error;
        QVERIFY(!writeOutputFile(path, "x", &error, QStringLiteral("--results")));
        QCOMPARE(error, QStringLiteral("--results '%1' is read-only; make it writable or choose "
                                       "another name.")
                                .arg(path));
        QCOMPARE(contents(path), QByteArray("precious\n"));
        QCOMPARE(modeOf(path), mode_t(0444));
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!writeOutputFile(dir.path(), "x", &error));
        QCOMPARE(error, QStringLiteral("'%1' is a folder; name a file.").arg(dir.path()));
        QVERIFY(QFileInfo(dir.path()).isDir());
        QVERIFY(entries(dir.path()).isEmpty());
        // A file in a folder that does not exist.
        const QString missing = dir.filePath(QStringLiteral("no/such/out.csv"));
        QVERIFY(!writeOutputFile(missing, "x", &error));
        QVERIFY2(error.contains(u"does not exist"), qPrintable(error));
    }

    void linkToAFileIsWrittenThrough()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
        const QString target = dir.filePath(QStringLiteral("real/target.csv"));
        const QString link = dir.filePath(QStringLiteral("link.csv"));
        put(target, "old\n", 0644);
        QVERIFY(QFile::link(target, link));
        QString error;
        QVERIFY2(writeOutputFile(link, "through\n", &error), qPrintable(error));
        QVERIFY(S_ISLNK(statOf(link).st_mode)); // the link is still a link
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QCOMPARE(contents(target), QByteArray("through\n"));
        QCOMPARE(modeOf(target), mode_t(0600));
        // The temporary file was beside the target, and is gone.
        QCOMPARE(entries(dir.filePath(QStringLiteral("real"))),
                 QStringList{QStringLiteral("target.csv")});
    }

    void danglingLinkIsRefused()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("nothing.csv"));
        const QString link = dir.filePath(QStringLiteral("link.csv"));
        QVERIFY(QFile::link(target, link));
        QString error;
        QVERIFY(!writeOutputFile(link, "x", &error));
        QVERIFY2(error.contains(u"which does not exist"), qPrintable(error));
        QVERIFY(S_ISLNK(statOf(link).st_mode));
        QVERIFY(!QFileInfo::exists(target));
    }

    void linkToAFolderIsRefused()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(QDir::tempPath(), link));
        QString error;
        QVERIFY(!writeOutputFile(link, "x", &error));
        QVERIFY2(error.contains(u"is a folder"), qPrintable(error));
        QVERIFY(S_ISLNK(statOf(link).st_mode));
    }

    void fifoIsWrittenInPlace()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QByteArray received;
        std::thread reader([&] {
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY);
            char buf[4096];
            for (ssize_t n; fd >= 0 && (n = ::read(fd, buf, sizeof buf)) > 0;)
                received.append(buf, n);
            if (fd >= 0)
                ::close(fd);
        });
        QByteArray sent;
        for (int i = 0; i < 20000; ++i) // more than a pipe holds: the reader must drain it
            sent += "line " + QByteArray::number(i) + '\n';
        QString error;
        const bool ok = writeOutputFile(fifo, sent, &error);
        reader.join();
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(received, sent);
        QVERIFY(S_ISFIFO(statOf(fifo).st_mode));
        QCOMPARE(modeOf(fifo), mode_t(0600)); // never chmod-ed
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("pipe")});
    }

    void systemDevicesAreNeverReplaced()
    {
        // Only looked at and written to as devices: /dev/null takes anything, /dev/full says
        // the disk is full. Both stay the devices they are.
        const struct stat null = statOf(QStringLiteral("/dev/null"));
        const struct stat full = statOf(QStringLiteral("/dev/full"));
        QVERIFY(S_ISCHR(null.st_mode) && S_ISCHR(full.st_mode));
        QString error;
        QVERIFY2(writeOutputFile(QStringLiteral("/dev/null"), "x\n", &error), qPrintable(error));
        QVERIFY(!writeOutputFile(QStringLiteral("/dev/full"), "x\n", &error,
                                 QStringLiteral("--results")));
        QCOMPARE(error, QStringLiteral("Writing --results '/dev/full' failed: the disk is full"));
        QCOMPARE(statOf(QStringLiteral("/dev/null")).st_rdev, null.st_rdev);
        QCOMPARE(statOf(QStringLiteral("/dev/null")).st_ino, null.st_ino);
        QVERIFY(S_ISCHR(statOf(QStringLiteral("/dev/null")).st_mode));
        QCOMPARE(statOf(QStringLiteral("/dev/full")).st_ino, full.st_ino);
        QVERIFY(S_ISCHR(statOf(QStringLiteral("/dev/full")).st_mode));
        // Appending and a part file are no way around it either.
        QCOMPARE(openPartFile(QStringLiteral("/dev/null"), false, &error), -1);
        QVERIFY(S_ISCHR(statOf(QStringLiteral("/dev/null")).st_mode));
    }

    void ownDeviceNodeIsWrittenInPlace()
    {
        // The case that replaced a machine's /dev/full with a file: a node of our own, made
        // where nothing depends on it.
        QTemporaryDir dir;
        const QString node = dir.filePath(QStringLiteral("n"));
        if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("making a device node needs root");
        const struct stat before = statOf(node);
        QString error;
        QVERIFY2(writeOutputFile(node, "results\n", &error), qPrintable(error));
        const int fd = openOutputForAppend(node, &error);
        QVERIFY2(fd >= 0, qPrintable(error));
        ::close(fd);
        const struct stat after = statOf(node);
        QVERIFY(S_ISCHR(after.st_mode));
        QCOMPARE(after.st_rdev, before.st_rdev);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_mode, before.st_mode); // never chmod-ed
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("n")});
    }

    void blockDeviceIsRefused()
    {
        QTemporaryDir dir;
        const QString node = dir.filePath(QStringLiteral("disk"));
        // A loop device's numbers; the node is only looked at, never opened.
        if (::mknod(QFile::encodeName(node).constData(), S_IFBLK | 0600, makedev(7, 250)) != 0)
            QSKIP("making a device node needs root");
        QString error;
        QVERIFY(!writeOutputFile(node, "x", &error));
        QVERIFY2(error.contains(u"is a block device"), qPrintable(error));
        QVERIFY(openOutputForAppend(node, &error) < 0);
        QVERIFY(S_ISBLK(statOf(node).st_mode));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("disk")});
    }

    void socketIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sock"));
        const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(s >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        QVERIFY(size_t(encoded.size()) < sizeof addr.sun_path);
        std::memcpy(addr.sun_path, encoded.constData(), size_t(encoded.size()));
        QCOMPARE(::bind(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        QString error;
        QVERIFY(!writeOutputFile(path, "x", &error));
        QVERIFY2(error.contains(u"is a socket"), qPrintable(error));
        QVERIFY(S_ISSOCK(statOf(path).st_mode));
        ::close(s);
    }

    void somethingPutInPlaceMeanwhileIsNotReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        OutputFile f(path);
        QString error;
        QVERIFY(f.open(&error));
        QVERIFY(f.write("x", &error));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("out.csv")));
        QVERIFY(!f.commit(&error));
        QVERIFY2(error.contains(u"no longer a regular file"), qPrintable(error));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.csv")});
    }

    void appendIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("state.jsonl"));
        QString error;
        int fd = openOutputForAppend(fresh, &error);
        QVERIFY2(fd >= 0, qPrintable(error));
        QVERIFY(writeFully(fd, "1\n"));
        ::close(fd);
        QCOMPARE(modeOf(fresh), mode_t(0600));
        // A file an earlier version left readable by others is made owner-only as it goes on.
        const QString older = dir.filePath(QStringLiteral("older.jsonl"));
        put(older, "0\n", 0644);
        fd = openOutputForAppend(older, &error);
        QVERIFY(fd >= 0);
        QVERIFY(writeFully(fd, "1\n"));
        ::close(fd);
        QCOMPARE(contents(older), QByteArray("0\n1\n"));
        QCOMPARE(modeOf(older), mode_t(0600));
        // Through a link: the file it names, the link stays.
        const QString link = dir.filePath(QStringLiteral("link.jsonl"));
        QVERIFY(QFile::link(older, link));
        fd = openOutputForAppend(link, &error);
        QVERIFY(fd >= 0);
        QVERIFY(writeFully(fd, "2\n"));
        ::close(fd);
        QCOMPARE(contents(older), QByteArray("0\n1\n2\n"));
        QVERIFY(S_ISLNK(statOf(link).st_mode));
        QVERIFY(openOutputForAppend(dir.path(), &error) < 0);
    }

    void foldersAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString nested = dir.filePath(QStringLiteral("a/b/c"));
        QString error;
        QVERIFY2(makeDataFolder(nested, &error), qPrintable(error));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a"))), mode_t(0700));
        QCOMPARE(modeOf(nested), mode_t(0700));
        // A folder that exists is left as it is.
        QVERIFY(::chmod(QFile::encodeName(nested).constData(), 0755) == 0);
        QVERIFY(makeDataFolder(nested, &error));
        QCOMPARE(modeOf(nested), mode_t(0755));
        put(dir.filePath(QStringLiteral("file")), "x");
        QVERIFY(!makeDataFolder(dir.filePath(QStringLiteral("file/sub")), &error));
        QVERIFY2(error.contains(u"is not a folder"), qPrintable(error));
    }

    void partFileIsARegularFileOfItsOwn()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("export.csv"));
        const QString part = out + QStringLiteral(".part");
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        put(elsewhere, "not ours\n");
        QVERIFY(QFile::link(elsewhere, part));
        QString error;
        QCOMPARE(openPartFile(part, false, &error), -1);
        QVERIFY2(error.contains(u"in the way"), qPrintable(error));
        QCOMPARE(contents(elsewhere), QByteArray("not ours\n"));
        QVERIFY(QFile::remove(part));
        const int fd = openPartFile(part, false, &error);
        QVERIFY2(fd >= 0, qPrintable(error));
        QVERIFY(writeFully(fd, "data\n"));
        ::close(fd);
        QCOMPARE(modeOf(part), mode_t(0600));
        OutputTarget target;
        QVERIFY(resolveOutput(out, &target, &error));
        QVERIFY2(commitPartFile(part, target, &error), qPrintable(error));
        QCOMPARE(contents(out), QByteArray("data\n"));
        QCOMPARE(modeOf(out), mode_t(0600));
    }

    void ownDescriptorsAreWrittenInPlace()
    {
        // /dev/stdout leads through /proc to this process's standard output, whatever it is.
        OutputTarget target;
        QString error;
        QVERIFY2(resolveOutput(QStringLiteral("/dev/stdout"), &target, &error), qPrintable(error));
        QCOMPARE(target.kind, OutputTarget::Kind::Stream);
        QCOMPARE(target.writePath, QStringLiteral("/dev/stdout"));
    }
};

QTEST_GUILESS_MAIN(TestFileIo)
#include "test_fileio.moc"
