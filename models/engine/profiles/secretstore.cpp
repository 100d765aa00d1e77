#include "models/engine/profiles/secretstore.h"

#include <QTimer>

#ifdef CXONE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace cxone {

namespace {

// Answers on the next event-loop pass so that callers see the same ordering as with a keychain.
void deliverLater(QObject *context, SecretStore::Callback callback, SecretReply reply)
{
    QTimer::singleShot(0, context, [callback = std::move(callback), reply = std::move(reply)] {
        if (callback)
            callback(reply);
    });
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::read(const QString &key, QObject *context, Callback callback)
{
    SecretReply reply;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        reply.notFound = true;
        reply.errorText = tr("No secret is stored for “%1”.").arg(key);
    } else {
        reply.ok = true;
        reply.secret = *it;
    }
    deliverLater(context, std::move(callback), std::move(reply));
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                              Callback callback)
{
    m_secrets.insert(key, secret);
    SecretReply reply;
    reply.ok = true;
    deliverLater(context, std::move(callback), std::move(reply));
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    SecretReply reply;
    reply.ok = m_secrets.remove(key) > 0;
    reply.notFound = !reply.ok;
    deliverLater(context, std::move(callback), std::move(reply));
}

QString MemorySecretStore::statusText() const
{
    return tr("Secrets are kept in memory for this session only; they are not saved.");
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
    , m_fallback(new MemorySecretStore(this))
{
#ifndef CXONE_HAVE_KEYCHAIN
    m_available = false;
    m_reason = tr("this build has no keychain support");
#else
    // Ask once at start so the UI can say early whether secrets will be remembered.
    auto *probe = new QKeychain::ReadPasswordJob(m_service, this);
    probe->setAutoDelete(true);
    probe->setKey(QStringLiteral("cxone-console-probe"));
    connect(probe, &QKeychain::Job::finished, this, [this](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            markUnavailable(job->errorString());
    });
    probe->start();
#endif
}

KeychainSecretStore::~KeychainSecretStore() = default;

bool KeychainSecretStore::isSupported()
{
#ifdef CXONE_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

void KeychainSecretStore::markUnavailable(const QString &reason)
{
    m_reason = reason;
    if (!m_available)
        return;
    m_available = false;
    Q_EMIT persistenceChanged(false);
}

QString KeychainSecretStore::statusText() const
{
    if (m_available)
        return tr("Secrets are stored in the system keychain.");
    return tr("No system keychain answered (%1). Secrets are kept in memory for this session "
              "only and are not saved.")
            .arg(m_reason);
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
#ifdef CXONE_HAVE_KEYCHAIN
    if (m_available && !m_fallback->contains(key)) {
        auto *job = new QKeychain::ReadPasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setKey(key);
        QPointer<QObject> guard(context);
        connect(job, &QKeychain::Job::finished, this,
                [this, key, guard, callback = std::move(callback)](QKeychain::Job *finished) {
                    auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                    if (readJob->error() == QKeychain::NoError
                        || readJob->error() == QKeychain::EntryNotFound) {
                        SecretReply reply;
                        reply.ok = readJob->error() == QKeychain::NoError;
                        reply.notFound = !reply.ok;
                        reply.secret = readJob->binaryData();
                        if (!reply.ok)
                            reply.errorText = tr("No secret is stored for “%1”.").arg(key);
                        if (guard && callback)
                            callback(reply);
                        return;
                    }
                    markUnavailable(readJob->errorString());
                    if (guard)
                        m_fallback->read(key, guard, callback);
                });
        job->start();
        return;
    }
#endif
    m_fallback->read(key, context, std::move(callback));
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                                Callback callback)
{
#ifdef CXONE_HAVE_KEYCHAIN
    if (m_available) {
        auto *job = new QKeychain::WritePasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setKey(key);
        job->setBinaryData(secret);
        QPointer<QObject> guard(context);
        connect(job, &QKeychain::Job::finished, this,
                [this, key, secret, guard, callback = std::move(callback)](QKeychain::Job *done) {
                    if (done->error() == QKeychain::NoError) {
                        SecretReply reply;
                        reply.ok = true;
                        if (guard && callback)
                            callback(reply);
                        return;
                    }
                    markUnavailable(done->errorString());
                    if (guard)
                        m_fallback->write(key, secret, guard, callback);
                });
        job->start();
        return;
    }
#endif
    m_fallback->write(key, secret, context, std::move(callback));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    // The in-memory copy goes in any case; the keychain entry too when a keychain answers.
    m_fallback->remove(key, this, {});
#ifdef CXONE_HAVE_KEYCHAIN
    if (m_available) {
        auto *job = new QKeychain::DeletePasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setKey(key);
        QPointer<QObject> guard(context);
        connect(job, &QKeychain::Job::finished, this,
                [guard, callback = std::move(callback)](QKeychain::Job *done) {
                    SecretReply reply;
                    reply.ok = done->error() == QKeychain::NoError;
                    reply.notFound = done->error() == QKeychain::EntryNotFound;
                    if (!reply.ok)
                        reply.errorText = done->errorString();
                    if (guard && callback)
                        callback(reply);
                });
        job->start();
        return;
    }
#endif
    SecretReply reply;
    reply.ok = true;
    deliverLater(context, std::move(callback), std::move(reply));
}

} // namespace cxone
