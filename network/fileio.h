#pragma once

#include <QByteArrayView>
#include <QString>

namespace cxone {

// Writes all of `bytes` to `fd` (retrying short writes and EINTR); false with errno set.
bool writeFully(int fd, QByteArrayView bytes);
// errno as a sentence for people: ENOSPC, EDQUOT and EFBIG read "the disk is full".
QString ioErrorText(int error);

// Every file the console and the command line write goes through the functions below, so that
// one set of rules holds for all of them:
// - a path that does not exist is created owner-only (0600; folders 0700), whatever the umask:
//   what the console writes holds contacts, transcripts and tenants' data;
// - an existing regular file is replaced whole (written beside it, renamed over it when
//   complete) and is owner-only afterwards too; a read-only one is refused;
// - a character device or a FIFO (a terminal, /dev/null, a pipe, /dev/stdout) is written in
//   place, never renamed over, truncated or chmod-ed;
// - anything else (a folder, a block device, a socket) is refused;
// - a symbolic link is followed: the file it names is replaced (a link to a folder, or to
//   nothing, is refused); the link itself is never replaced.
// Paths into /dev/fd, /dev/std* and /proc (the process's own descriptors) are written in place,
// appended to, whatever they lead to.
struct OutputTarget
{
    enum class Kind { NewFile, RegularFile, Stream };
    Kind kind = Kind::NewFile;
    QString path;      // as given
    QString writePath; // what is opened: the file a link leads to, or `path`
};

// Decides what writing `path` means, before anything is written (callers refuse a bad output
// before they start work: exit code 3 on the command line). `what` names the output in the
// sentence ("--results", "the preview file"); without it the path is quoted.
bool resolveOutput(const QString &path, OutputTarget *target, QString *error,
                   const QString &what = {});
// The same check, for callers that only need the sentence: empty when `path` may be written.
QString outputProblem(const QString &path, const QString &what = {});

// One output file, written as the rules above say. Not copyable; an OutputFile that is
// destroyed without commit() leaves no temporary file behind and the target untouched.
class OutputFile final
{
public:
    explicit OutputFile(QString path, QString what = {});
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    bool open(QString *error);
    bool write(QByteArrayView bytes, QString *error);
    // Makes the file appear under its name (a stream: nothing left to do). durable: fsync the
    // data and the folder first (what a journal or a download needs; a preview does not).
    bool commit(QString *error, bool durable = false);
    void abort();

    bool isOpen() const { return m_fd >= 0; }
    bool isStream() const { return m_target.kind == OutputTarget::Kind::Stream; }
    int handle() const { return m_fd; }
    QString path() const { return m_path; }
    const OutputTarget &target() const { return m_target; }
    qint64 bytesWritten() const { return m_written; }

private:
    QString name() const;

    QString m_path;
    QString m_what;
    OutputTarget m_target;
    QByteArray m_tempPath; // beside writePath, for a regular file
    int m_fd = -1;
    qint64 m_written = 0;
    int m_writeErrno = 0;
};

// Writes `bytes` as the whole content of `path` (OutputFile, committed).
bool writeOutputFile(const QString &path, QByteArrayView bytes, QString *error,
                     const QString &what = {}, bool durable = false);

// Opens `path` to append to it (a state file, a JSONL output continued by a resume): created
// owner-only when new, made owner-only when it was not, written in place when it is a stream.
// Returns the descriptor (close it with ::close) or -1 with *error.
int openOutputForAppend(const QString &path, QString *error, const QString &what = {});

// Creates a folder and the missing ones above it, each created owner-only (0700); folders that
// exist are left as they are. False with *error when a part exists and is not a folder.
bool makeDataFolder(const QString &path, QString *error);

// A file beside a resumable output that keeps its partial content under a fixed name until the
// output is complete (a segment export's FILE.part): opened without following a link and
// refused unless it is a regular file; created owner-only. Returns the descriptor or -1.
int openPartFile(const QString &partPath, bool keepContent, QString *error);
// Renames a complete part file over its output's writePath, checking first that what stands
// there is still a regular file or nothing.
bool commitPartFile(const QString &partPath, const OutputTarget &target, QString *error);

} // namespace cxone
