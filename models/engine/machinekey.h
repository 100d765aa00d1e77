#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

class QObject;

namespace cxone {

class SecretStore;

// The key this machine signs its own records with, to know them again later: journals (a restore
// trusts only what this machine wrote) and the audit trail's anchor. 32 random bytes made on
// first use; they never leave the machine and are never written into what they sign.
//
// The key lives in one place. When a system keychain answers as the key is made (useKeychain()),
// it is kept there and keyDirectory()/keychain-key names it by its id; otherwise, the usual case
// on a machine whose keychain is locked or absent, it is the file keyDirectory()/machine.key,
// readable by its owner only (0600, in a folder 0700). A key kept in the keychain is only there:
// while the keychain does not answer, nothing can be signed and what it signed is not trusted,
// and the sentences say so.
class MachineKey final
{
public:
    static constexpr int kSize = 32;

    struct Key
    {
        QByteArray secret;
        QByteArray id; // 16 hex digits derived from the key (they tell nothing about it)
        bool isValid() const { return secret.size() == kSize; }
    };

    // The key to sign with, made on first use; false with a sentence when there is none.
    static bool current(Key *key, QString *error);
    // This machine's key named `id`, to check what it signed. False with why not, as a clause:
    // "it was signed with another key: …", "it was signed with this machine's key that is kept
    // in the system keychain, which did not answer: …".
    static bool find(QByteArrayView id, Key *key, QString *why);
    static QByteArray idOf(QByteArrayView secret);

    static QString filePath();
    static QString keychainMarkerPath();

    // True when the keychain has a say: this machine's key is kept there, or there is no key yet
    // (one made now goes to the keychain when it answers).
    static bool wantsKeychain();
    // Reads the key from `keychain` (a store that keeps secrets across runs when one answers), or
    // makes it there when this machine has none yet; then calls done(status) on `context`'s
    // thread with a sentence on where the key is. A keychain that does not answer leaves the
    // file, made on first use.
    static void useKeychain(SecretStore *keychain, QObject *context,
                            std::function<void(const QString &status)> done);
};

} // namespace cxone
