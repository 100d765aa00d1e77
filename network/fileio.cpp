#include "network/fileio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cxone {

bool writeFully(int fd, QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

QString ioErrorText(int error)
{
    if (error == ENOSPC || error == EDQUOT || error == EFBIG)
        return QStringLiteral("the disk is full");
    return QString::fromLocal8Bit(std::strerror(error));
}

namespace {

constexpr mode_t kOwnerOnly = S_IRUSR | S_IWUSR;

QString outputName(const QString &path, const QString &what)
{
    return what.isEmpty() ? QStringLiteral("'%1'").arg(path)
                          : QStringLiteral("%1 '%2'").arg(what, path);
}

// The process's own descriptors: /dev/stdout is a link to /proc/self/fd/1, which may lead to a
// regular file the shell opened (`> out.csv`). Replacing that file would leave the shell's
// descriptor on the old one; writing in place, at its end, is what such a name means.
bool isOwnDescriptorPath(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return clean.startsWith(u"/dev/fd/") || clean == u"/dev/stdout" || clean == u"/dev/stderr"
           || clean.startsWith(u"/proc/");
}

QString kindProblem(mode_t mode, const QString &name)
{
    if (S_ISDIR(mode))
        return QStringLiteral("%1 is a folder; name a file.").arg(name);
    if (S_ISBLK(mode))
        return QStringLiteral("%1 is a block device (a disk or a partition); it is never "
                              "written. Name a file, a pipe or a terminal.")
                .arg(name);
    if (S_ISSOCK(mode))
        return QStringLiteral("%1 is a socket; name a file, a pipe or a terminal.").arg(name);
    return QStringLiteral("%1 is not a file, a pipe or a terminal; name a file.").arg(name);
}

bool isWritableFile(const QByteArray &path, const struct stat &st)
{
    // A file nobody may write is read-only also for root, who access(2) lets write anything.
    return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0
           && ::access(path.constData(), W_OK) == 0;
}

QString folderProblem(const QString &writePath, const QString &name)
{
    const QString dir = QFileInfo(writePath).absolutePath();
    const QFileInfo info(dir);
    if (!info.exists())
        return QStringLiteral("The folder %1 of %2 does not exist.").arg(dir, name);
    if (!info.isDir())
        return QStringLiteral("%1 cannot be written: %2 is not a folder.").arg(name, dir);
    if (::access(QFile::encodeName(dir).constData(), W_OK | X_OK) != 0)
        return QStringLiteral("%1 cannot be written: the folder %2 is not writable.")
                .arg(name, dir);
    return {};
}

bool syncFolderOf(const QByteArray &path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(QFile::decodeName(path)).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Opens a stream target in place: appended to, never truncated or created.
int openInPlace(const QString &path)
{
    int fd;
    do {
        fd = ::open(QFile::encodeName(path).constData(),
                    O_WRONLY | O_APPEND | O_CLOEXEC | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

} // namespace

bool resolveOutput(const QString &path, OutputTarget *target, QString *error, const QString &what)
{
    *target = OutputTarget();
    target->path = path;
    target->writePath = path;
    const QString name = outputName(path, what);
    if (path.isEmpty()) {
        *error = what.isEmpty() ? QStringLiteral("No output file was named.")
                                : QStringLiteral("%1 names no file.").arg(what);
        return false;
    }
    const QByteArray encoded = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(encoded.constData(), &st) != 0) {
        if (errno != ENOENT) {
            *error = QStringLiteral("Cannot write %1: %2").arg(name, ioErrorText(errno));
            return false;
        }
        target->kind = OutputTarget::Kind::NewFile;
        *error = folderProblem(path, name);
        return error->isEmpty();
    }
    if (isOwnDescriptorPath(path)) {
        if (::stat(encoded.constData(), &st) != 0) {
            *error = QStringLiteral("Cannot write %1: %2").arg(name, ioErrorText(errno));
            return false;
        }
        if (S_ISDIR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISSOCK(st.st_mode)) {
            *error = kindProblem(st.st_mode, name);
            return false;
        }
        target->kind = OutputTarget::Kind::Stream;
        return true;
    }
    if (S_ISLNK(st.st_mode)) {
        struct stat to
        {
        };
        if (::stat(encoded.constData(), &to) != 0) {
            *error = QStringLiteral("%1 is a link to %2, which does not exist; name the file "
                                    "itself.")
                             .arg(name, QFileInfo(path).symLinkTarget());
            return false;
        }
        if (S_ISREG(to.st_mode)) {
            char resolved[PATH_MAX];
            if (!::realpath(encoded.constData(), resolved)) {
                *error = QStringLiteral("Cannot write %1: %2").arg(name, ioErrorText(errno));
                return false;
            }
            target->writePath = QFile::decodeName(resolved);
            st = to;
        } else if (S_ISCHR(to.st_mode) || S_ISFIFO(to.st_mode)) {
            target->kind = OutputTarget::Kind::Stream;
            return true;
        } else {
            *error = kindProblem(to.st_mode, name);
            return false;
        }
    }
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
        target->kind = OutputTarget::Kind::Stream;
        return true;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = kindProblem(st.st_mode, name);
        return false;
    }
    target->kind = OutputTarget::Kind::RegularFile;
    if (!isWritableFile(QFile::encodeName(target->writePath), st)) {
        *error = QStringLiteral("%1 is read-only; make it writable or choose another name.")
                         .arg(name);
        return false;
    }
    *error = folderProblem(target->writePath, name);
    return error->isEmpty();
}

QString outputProblem(const QString &path, const QString &what)
{
    OutputTarget target;
    QString error;
    return resolveOutput(path, &target, &error, what) ? QString() : error;
}

OutputFile::OutputFile(QString path, QString what)
    : m_path(std::move(path))
    , m_what(std::move(what))
{}

OutputFile::~OutputFile()
{
    abort();
}

QString OutputFile::name() const
{
    return outputName(m_path, m_what);
}

bool OutputFile::open(QString *error)
{
    abort();
    m_written = 0;
    m_writeErrno = 0;
    if (!resolveOutput(m_path, &m_target, error, m_what))
        return false;
    if (isStream()) {
        m_fd = openInPlace(m_target.writePath);
        if (m_fd < 0) {
            *error = QStringLiteral("Cannot write %1: %2").arg(name(), ioErrorText(errno));
            return false;
        }
        return true;
    }
    // Beside the target, so that the rename stays on its file system; mkstemp creates it 0600.
    QByteArray temp = QFile::encodeName(m_target.writePath) + ".XXXXXX";
    m_fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (m_fd < 0) {
        *error = QStringLiteral("Cannot write %1: %2").arg(name(), ioErrorText(errno));
        return false;
    }
    ::fchmod(m_fd, kOwnerOnly); // mkstemp's mode, whatever the C library's version says
    m_tempPath = temp;
    return true;
}

bool OutputFile::write(QByteArrayView bytes, QString *error)
{
    if (m_fd < 0) {
        *error = QStringLiteral("Cannot write %1: it is not open.").arg(name());
        return false;
    }
    if (!writeFully(m_fd, bytes)) {
        m_writeErrno = errno;
        *error = QStringLiteral("Writing %1 failed: %2").arg(name(), ioErrorText(m_writeErrno));
        return false;
    }
    m_written += bytes.size();
    return true;
}

bool OutputFile::commit(QString *error, bool durable)
{
    if (m_fd < 0) {
        *error = QStringLiteral("Cannot write %1: it is not open.").arg(name());
        return false;
    }
    if (m_writeErrno != 0) {
        *error = QStringLiteral("Writing %1 failed: %2").arg(name(), ioErrorText(m_writeErrno));
        abort();
        return false;
    }
    if (isStream()) {
        ::close(m_fd);
        m_fd = -1;
        return true;
    }
    if (durable && ::fdatasync(m_fd) != 0) {
        *error = QStringLiteral("Writing %1 failed: %2").arg(name(), ioErrorText(errno));
        abort();
        return false;
    }
    if (::close(m_fd) != 0) {
        m_fd = -1;
        *error = QStringLiteral("Writing %1 failed: %2").arg(name(), ioErrorText(errno));
        ::unlink(m_tempPath.constData());
        m_tempPath.clear();
        return false;
    }
    m_fd = -1;
    // What stands under the name now must still be a regular file or nothing: a device, a
    // folder or a link put there meanwhile is never renamed over.
    const QByteArray dest = QFile::encodeName(m_target.writePath);
    struct stat st
    {
    };
    if (::lstat(dest.constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        ::unlink(m_tempPath.constData());
        m_tempPath.clear();
        *error = QStringLiteral("%1 changed while it was written and is no longer a regular "
                                "file; it was left as it is.")
                         .arg(name());
        return false;
    }
    if (std::rename(m_tempPath.constData(), dest.constData()) != 0) {
        const int e = errno;
        ::unlink(m_tempPath.constData());
        m_tempPath.clear();
        *error = QStringLiteral("Cannot write %1: %2").arg(name(), ioErrorText(e));
        return false;
    }
    m_tempPath.clear();
    if (durable && !syncFolderOf(dest)) {
        *error = QStringLiteral("Writing %1 failed: %2").arg(name(), ioErrorText(errno));
        return false;
    }
    return true;
}

void OutputFile::abort()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_tempPath.isEmpty()) {
        ::unlink(m_tempPath.constData());
        m_tempPath.clear();
    }
}

bool writeOutputFile(const QString &path, QByteArrayView bytes, QString *error, const QString &what,
                     bool durable)
{
    OutputFile f(path, what);
    return f.open(error) && f.write(bytes, error) && f.commit(error, durable);
}

int openOutputForAppend(const QString &path, QString *error, const QString &what)
{
    OutputTarget target;
    if (!resolveOutput(path, &target, error, what))
        return -1;
    const QString name = outputName(path, what);
    if (target.kind == OutputTarget::Kind::Stream) {
        const int fd = openInPlace(target.writePath);
        if (fd < 0)
            *error = QStringLiteral("Cannot write %1: %2").arg(name, ioErrorText(errno));
        return fd;
    }
    const int fd = ::open(QFile::encodeName(target.writePath).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, kOwnerOnly);
    if (fd < 0) {
        *error = QStringLiteral("Cannot write %1: %2").arg(name, ioErrorText(errno));
        return -1;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = QStringLiteral("%1 changed while it was opened and is no longer a regular "
                                "file; it was left as it is.")
                         .arg(name);
        return -1;
    }
    if ((st.st_mode & 0777) != kOwnerOnly)
        ::fchmod(fd, kOwnerOnly);
    return fd;
}

bool makeDataFolder(const QString &path, QString *error)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    qsizetype from = 1;
    for (;;) {
        const qsizetype slash = clean.indexOf(u'/', from);
        const QString part = slash < 0 ? clean : clean.left(slash);
        const QByteArray encoded = QFile::encodeName(part);
        if (::mkdir(encoded.constData(), S_IRWXU) != 0 && errno != EEXIST) {
            *error = QStringLiteral("Cannot create the folder %1: %2")
                             .arg(part, ioErrorText(errno));
            return false;
        }
        struct stat st
        {
        };
        if (::stat(encoded.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            *error = QStringLiteral("Cannot create the folder %1: %2 is not a folder.")
                             .arg(clean, part);
            return false;
        }
        if (slash < 0)
            return true;
        from = slash + 1;
    }
}

int openPartFile(const QString &partPath, bool keepContent, QString *error)
{
    const QByteArray encoded = QFile::encodeName(partPath);
    struct stat st
    {
    };
    if (::lstat(encoded.constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        *error = QStringLiteral("'%1' is in the way: it is not a regular file (a link, a folder "
                                "or a device), so it is left as it is. Remove it or choose "
                                "another output name.")
                         .arg(partPath);
        return -1;
    }
    const int fd = ::open(encoded.constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (keepContent ? 0 : O_TRUNC),
                          kOwnerOnly);
    if (fd < 0) {
        *error = QStringLiteral("Cannot write '%1': %2").arg(partPath, ioErrorText(errno));
        return -1;
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = QStringLiteral("'%1' is not a regular file; it is left as it is.").arg(partPath);
        return -1;
    }
    if ((st.st_mode & 0777) != kOwnerOnly)
        ::fchmod(fd, kOwnerOnly);
    return fd;
}

bool commitPartFile(const QString &partPath, const OutputTarget &target, QString *error)
{
    const QByteArray dest = QFile::encodeName(target.writePath);
    struct stat st
    {
    };
    if (::lstat(dest.constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        *error = QStringLiteral("'%1' changed meanwhile and is no longer a regular file; it was "
                                "left as it is, and the output is complete in '%2'.")
                         .arg(target.path, partPath);
        return false;
    }
    if (std::rename(QFile::encodeName(partPath).constData(), dest.constData()) != 0) {
        *error = QStringLiteral("The output is complete in '%1' but could not be renamed to "
                                "'%2': %3")
                         .arg(partPath, target.writePath, ioErrorText(errno));
        return false;
    }
    return true;
}

} // namespace cxone
