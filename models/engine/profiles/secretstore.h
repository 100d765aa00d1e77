#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace cxone {

struct SecretReply
{
    bool ok = false;
    bool notFound = false; // ok == false and nothing is stored under the key
    QByteArray secret;     // read() only
    QString errorText;     // for people
};

// Where client secrets live: the system keychain, or memory for this run only. Every call
// answers asynchronously (a keychain may ask the user to unlock it) through the callback, which
// runs on the caller's thread and only while `context` is alive.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretReply &reply)>;

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~SecretStore() override = default;

    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context,
                       Callback callback)
            = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;

    // True when secrets outlive this run (a keychain answered).
    virtual bool isPersistent() const = 0;
    // One sentence on where secrets go, for banners and tooltips.
    virtual QString statusText() const = 0;

Q_SIGNALS:
    void persistenceChanged(bool persistent);
};

// Secrets in memory only, forgotten at exit. The fallback when no keychain answers, and the fake
// keychain of the tests.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;
    bool isPersistent() const override { return false; }
    QString statusText() const override;

    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QByteArray> m_secrets;
};

// The system keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager). When the keychain does not answer (no unlocked secret service, the usual
// case on a headless machine) it says so through isPersistent()/statusText() and keeps secrets
// in memory for this run: a secret is never written to disk in clear.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    // True when this build has keychain support at all.
    static bool isSupported();

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;
    bool isPersistent() const override { return m_available; }
    QString statusText() const override;

private:
    void markUnavailable(const QString &reason);

    QString m_service;
    bool m_available = true;
    QString m_reason;
    MemorySecretStore *m_fallback;
};

} // namespace cxone
