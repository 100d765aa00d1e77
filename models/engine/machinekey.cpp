#include "models/engine/machinekey.h"

#include "models/engine/appdirs.h"
#include "models/engine/profiles/secretstore.h"
#include "network/fileio.h"
#include "network/sha256.h"

#include <QDir>
#include <QFile>
#include <QPointer>

#include <cerrno>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace cxone {

namespace {

// What this process knows of the key of one key folder. The file is looked at again on every
// use (one stat): a key file moved away or replaced is noticed.
struct KeyState
{
    std::mutex mutex;
    QString dir;
    MachineKey::Key file;
    dev_t fileDevice = 0;
    ino_t fileInode = 0;
    MachineKey::Key keychain; // read from the keychain in this process
    QString keychainProblem;  // why it could not be, for sentences
};

KeyState &state()
{
    static KeyState s;
    return s;
}

// Resets what belongs to another key folder (a test, or a process that changed its data home).
void follow(KeyState &s, const QString &dir)
{
    if (s.dir == dir)
        return;
    s.dir = dir;
    s.file = {};
    s.fileDevice = 0;
    s.fileInode = 0;
    s.keychain = {};
    s.keychainProblem.clear();
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

bool ensureFolder(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir) || ::chmod(encoded(dir).constData(), 0700) != 0) {
        *error = QStringLiteral("The folder for this machine's key, %1, cannot be made private: "
                                "%2")
                         .arg(dir, ioErrorText(errno));
        return false;
    }
    return true;
}

QString markerPath(const QString &dir)
{
    return dir + QStringLiteral("/keychain-key");
}

QByteArray readMarker(const QString &dir)
{
    QFile f(markerPath(dir));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(64).trimmed();
}

// Reads the key file when it is there; a file of the wrong size is damage, not a key.
bool readKeyFile(KeyState &s, QString *error, bool *missing)
{
    const QString path = s.dir + QStringLiteral("/machine.key");
    *missing = false;
    struct stat st
    {
    };
    if (::stat(encoded(path).constData(), &st) != 0) {
        *missing = errno == ENOENT;
        if (!*missing)
            *error = QStringLiteral("This machine's key %1 cannot be read: %2")
                             .arg(path, ioErrorText(errno));
        s.file = {};
        return false;
    }
    if (s.file.isValid() && st.st_dev == s.fileDevice && st.st_ino == s.fileInode)
        return true;
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        *error = QStringLiteral("This machine's key %1 cannot be read: %2")
                         .arg(path, ioErrorText(errno));
        return false;
    }
    QByteArray secret(MachineKey::kSize + 1, Qt::Uninitialized);
    const ssize_t n = ::read(fd, secret.data(), size_t(secret.size()));
    struct stat opened
    {
    };
    ::fstat(fd, &opened);
    // Only its owner may read it: tightened if someone loosened it (the folder too).
    if ((opened.st_mode & 077) != 0)
        ::fchmod(fd, 0600);
    struct stat folder
    {
    };
    if (::stat(encoded(s.dir).constData(), &folder) == 0 && (folder.st_mode & 077) != 0)
        ::chmod(encoded(s.dir).constData(), 0700);
    ::close(fd);
    if (n != MachineKey::kSize || !S_ISREG(opened.st_mode)) {
        *error = QStringLiteral("This machine's key %1 is damaged (%2 bytes where there must be "
                                "%3). Move it away to make a new one; journals it signed then ask "
                                "for confirmation before they are restored.")
                         .arg(path)
                         .arg(qint64(n))
                         .arg(MachineKey::kSize);
        return false;
    }
    secret.truncate(MachineKey::kSize);
    s.file = {secret, MachineKey::idOf(secret)};
    s.fileDevice = opened.st_dev;
    s.fileInode = opened.st_ino;
    return true;
}

// Writes a new key under a temporary name and links it into place: when two processes make one
// at the same moment, the first link wins and both use its key.
bool createKeyFile(KeyState &s, QString *error)
{
    if (!ensureFolder(s.dir, error))
        return false;
    const QByteArray secret = secureRandomBytes(MachineKey::kSize);
    if (secret.size() != MachineKey::kSize) {
        *error = QStringLiteral("No random bytes for this machine's key could be had from the "
                                "operating system.");
        return false;
    }
    const QString path = s.dir + QStringLiteral("/machine.key");
    const QString temporary = s.dir + QStringLiteral("/.machine.key.")
                              + QString::fromLatin1(secureRandomBytes(8).toHex());
    const int fd = ::open(encoded(temporary).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        *error = QStringLiteral("This machine's key cannot be made in %1: %2")
                         .arg(s.dir, ioErrorText(errno));
        return false;
    }
    const bool written = writeFully(fd, secret) && ::fsync(fd) == 0;
    const int writeError = errno;
    ::close(fd);
    if (!written) {
        ::unlink(encoded(temporary).constData());
        *error = QStringLiteral("This machine's key cannot be written to %1: %2")
                         .arg(path, ioErrorText(writeError));
        return false;
    }
    const bool linked = ::link(encoded(temporary).constData(), encoded(path).constData()) == 0;
    const int linkError = errno;
    ::unlink(encoded(temporary).constData());
    if (!linked && linkError != EEXIST) {
        *error = QStringLiteral("This machine's key cannot be written to %1: %2")
                         .arg(path, ioErrorText(linkError));
        return false;
    }
    const int dirFd = ::open(encoded(s.dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    bool missing = false;
    return readKeyFile(s, error, &missing);
}

QString keychainEntry(const QString &dir)
{
    // One key per data folder, so that two folders on one machine stay apart.
    return QStringLiteral("machine-key-")
           + QString::fromLatin1(Sha256::hash(encoded(dir)).toHex().left(16));
}

} // namespace

QByteArray MachineKey::idOf(QByteArrayView secret)
{
    Sha256 h;
    h.addData("cxone-machine-key-id\n");
    h.addData(secret);
    return h.result().toHex().left(16);
}

QString MachineKey::filePath()
{
    return keyDirectory() + QStringLiteral("/machine.key");
}

QString MachineKey::keychainMarkerPath()
{
    return markerPath(keyDirectory());
}

bool MachineKey::current(Key *key, QString *error)
{
    KeyState &s = state();
    std::lock_guard lock(s.mutex);
    follow(s, keyDirectory());
    if (s.keychain.isValid()) {
        *key = s.keychain;
        return true;
    }
    if (const QByteArray id = readMarker(s.dir); !id.isEmpty()) {
        *error = QStringLiteral("This machine's key is kept in the system keychain, which did not "
                                "answer%1. Unlock the keychain and try again.")
                         .arg(s.keychainProblem.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" (%1)").arg(s.keychainProblem));
        return false;
    }
    bool missing = false;
    if (!readKeyFile(s, error, &missing) && (!missing || !createKeyFile(s, error)))
        return false;
    *key = s.file;
    return true;
}

bool MachineKey::find(QByteArrayView id, Key *key, QString *why)
{
    KeyState &s = state();
    std::lock_guard lock(s.mutex);
    follow(s, keyDirectory());
    if (s.keychain.isValid() && s.keychain.id == id) {
        *key = s.keychain;
        return true;
    }
    bool missing = false;
    QString error;
    if (readKeyFile(s, &error, &missing) && s.file.id == id) {
        *key = s.file;
        return true;
    }
    if (!id.isEmpty() && readMarker(s.dir) == id) {
        *why = QStringLiteral("it was signed with this machine's key that is kept in the system "
                              "keychain, which did not answer%1: unlock the keychain and try "
                              "again")
                       .arg(s.keychainProblem.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (%1)").arg(s.keychainProblem));
        return false;
    }
    *why = error.isEmpty() ? QStringLiteral("it was signed with a key this machine does not have: "
                                            "on another machine, or with a key since replaced")
                           : QStringLiteral("this machine's key cannot be read (%1)").arg(error);
    return false;
}

bool MachineKey::wantsKeychain()
{
    const QString dir = keyDirectory();
    return QFile::exists(markerPath(dir)) || !QFile::exists(dir + QStringLiteral("/machine.key"));
}

void MachineKey::useKeychain(SecretStore *keychain, QObject *context,
                             std::function<void(const QString &status)> done)
{
    const QString dir = keyDirectory();
    const QString entry = keychainEntry(dir);
    QPointer<SecretStore> store(keychain);
    const auto finish = [done](const QString &status) {
        if (done)
            done(status);
    };
    if (!wantsKeychain()) {
        finish(QStringLiteral("This machine's key is the file %1.").arg(filePath()));
        return;
    }
    const auto noKeychain = [dir, finish](const QString &problem) {
        KeyState &s = state();
        {
            std::lock_guard lock(s.mutex);
            follow(s, dir);
            s.keychainProblem = problem;
        }
        finish(readMarker(dir).isEmpty()
                       ? QStringLiteral("No keychain answered; this machine's key is a file in "
                                        "%1.")
                                 .arg(dir)
                       : QStringLiteral("This machine's key is kept in the system keychain, which "
                                        "did not answer (%1).")
                                 .arg(problem));
    };
    const auto install = [dir](const QByteArray &secret) {
        KeyState &s = state();
        std::lock_guard lock(s.mutex);
        follow(s, dir);
        s.keychain = {secret, idOf(secret)};
        s.keychainProblem.clear();
    };
    keychain->read(entry, context, [=](const SecretReply &reply) {
        // A keychain that did not answer hands the call to memory: that is no keychain.
        if (!store || !store->isPersistent()) {
            noKeychain(store ? store->statusText() : QStringLiteral("it went away"));
            return;
        }
        const QByteArray marker = readMarker(dir);
        if (reply.ok && reply.secret.size() == kSize
            && (marker.isEmpty() || marker == idOf(reply.secret))) {
            install(reply.secret);
            finish(QStringLiteral("This machine's key is kept in the system keychain."));
            return;
        }
        if (!marker.isEmpty()) {
            noKeychain(reply.ok ? QStringLiteral("it holds another key")
                                : QStringLiteral("it has no key for this data folder"));
            return;
        }
        // No key anywhere yet: make it in the keychain.
        const QByteArray secret = secureRandomBytes(kSize);
        store->write(entry, secret, context, [=](const SecretReply &written) {
            if (!store || !store->isPersistent() || !written.ok) {
                noKeychain(written.errorText.isEmpty() ? QStringLiteral("it did not keep the key")
                                                       : written.errorText);
                return;
            }
            QString error;
            if (QFile::exists(dir + QStringLiteral("/machine.key")) || !ensureFolder(dir, &error)) {
                // Another process made the file key meanwhile: that one is the machine's key.
                store->remove(entry, context, {});
                finish(QStringLiteral("This machine's key is a file in %1.").arg(dir));
                return;
            }
            const int fd = ::open(encoded(markerPath(dir)).constData(),
                                  O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
            if (fd < 0) {
                noKeychain(QStringLiteral("another process chose the key at the same moment"));
                return;
            }
            writeFully(fd, QByteArray(idOf(secret) + '\n'));
            ::fsync(fd);
            ::close(fd);
            install(secret);
            finish(QStringLiteral("This machine's key was made in the system keychain."));
        });
    });
}

} // namespace cxone
