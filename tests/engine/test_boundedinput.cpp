// Bounded input: every file or stream the console reads ends, with a clear error, however big
// or endless it is (/dev/zero, a FIFO nobody closes is out of scope; a FIFO that is written to
// beyond the cap ends at the cap).
#include "models/engine/io/boundedinput.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace cxone;

class TestBoundedInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallFileIsRead();
    void devZeroEndsAtTheCap();
    void fifoEndsAtTheCap();
    void folderAndMissingFileSaySo();
    void lineReaderNeverSplitsALine();
};

void TestBoundedInput::smallFileIsRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"a\":1}");
    f.close();
    QByteArray out;
    QString error;
    QVERIFY(readBounded(path, 100, &out, &error));
    QCOMPARE(out, QByteArray("{\"a\":1}"));
    QVERIFY(!readBounded(path, 3, &out, &error, QStringLiteral("the audience file")));
    QCOMPARE(error, QStringLiteral("the audience file is larger than 3 bytes, the most this input "
                                   "may be; nothing was used."));
    QVERIFY(out.isEmpty());
}

void TestBoundedInput::devZeroEndsAtTheCap()
{
    QByteArray out;
    QString error;
    QVERIFY(!readBounded(QStringLiteral("/dev/zero"), 4 * 1024 * 1024, &out, &error));
    QVERIFY2(error.contains(u"larger than 4 MiB"), qPrintable(error));
}

void TestBoundedInput::fifoEndsAtTheCap()
{
    QTemporaryDir dir;
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("fifo")));
    QVERIFY(::mkfifo(fifo.constData(), 0600) == 0);
    // A writer that would go on for 64 MiB; the reader stops at 1 MiB and the writer then
    // gets EPIPE and ends.
    std::thread writer([fifo] {
        const int fd = ::open(fifo.constData(), O_WRONLY);
        const QByteArray chunk(64 * 1024, 'x');
        for (int i = 0; i < 1024; ++i) {
            if (::write(fd, chunk.constData(), size_t(chunk.size())) < 0)
                break;
        }
        ::close(fd);
    });
    std::signal(SIGPIPE, SIG_IGN);
    QByteArray out;
    QString error;
    QVERIFY(!readBounded(QString::fromLocal8Bit(fifo), 1024 * 1024, &out, &error));
    QVERIFY2(error.contains(u"larger than 1 MiB"), qPrintable(error));
    writer.join();
}

void TestBoundedInput::folderAndMissingFileSaySo()
{
    QTemporaryDir dir;
    QByteArray out;
    QString error;
    QVERIFY(!readBounded(dir.path(), 100, &out, &error, QStringLiteral("--disposable-list")));
    QCOMPARE(error, QStringLiteral("--disposable-list is a folder, not a file."));
    QVERIFY(!readBounded(dir.filePath(QStringLiteral("none")), 100, &out, &error));
    QVERIFY2(error.startsWith(u"Cannot read"), qPrintable(error));
}

void TestBoundedInput::lineReaderNeverSplitsALine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("+14155550132\r\n" + QByteArray(70000, '1') + "\nshort\n" + QByteArray(300000, '2')
            + "\nlast");
    f.close();
    QString error;
    const auto in = openInput(path, &error);
    QVERIFY(in);
    LineReader lines(in.get(), 64 * 1024);
    QByteArray line;
    bool tooLong = false;
    QList<QPair<QByteArray, bool>> seen;
    while (lines.next(&line, &tooLong))
        seen.append({line, tooLong});
    QCOMPARE(seen.size(), 5);
    QCOMPARE(seen[0], qMakePair(QByteArray("+14155550132"), false));
    QCOMPARE(seen[1], qMakePair(QByteArray(), true));
    QCOMPARE(seen[2], qMakePair(QByteArray("short"), false));
    QCOMPARE(seen[3], qMakePair(QByteArray(), true));
    QCOMPARE(seen[4], qMakePair(QByteArray("last"), false));
}

QTEST_GUILESS_MAIN(TestBoundedInput)
#include "test_boundedinput.moc"
