#pragma once

#include "network/secrets.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

namespace cxone {

// How the client credentials travel to the token endpoint (the contract's variants).
enum class AuthStyle {
    FormBody,  // form-encoded, client_id/client_secret in the body (default)
    FormBasic, // form-encoded, credentials as HTTP Basic
    Json,      // JSON body {grant_type, client_id, client_secret}
};

QString authStyleName(AuthStyle style);
bool parseAuthStyle(const QString &text, AuthStyle *style);

// Everything needed to reach one tenant, minus the secret (which never lives in a profile).
struct Profile
{
    QString name;
    QUrl baseUrl;
    QUrl tokenUrl; // empty: {baseUrl}/oauth/token
    AuthStyle authStyle = AuthStyle::FormBody;
    QString clientId;
    QStringList scopes;
    std::chrono::milliseconds transferTimeout{30000};
    qint64 maxResponseBytes = 64 * 1024 * 1024;

    QUrl effectiveTokenUrl() const;
    // Empty when the profile can be used; otherwise every problem, in words.
    QStringList problems() const;
};

// The secret is held in memory only and never printed; QDebug shows a placeholder. Its bytes
// are in one place (copies of a ClientSecret share them) and zeroed when the last copy goes.
class ClientSecret final
{
public:
    ClientSecret() = default;
    // Takes the bytes; the array given is wiped when it was their only holder.
    explicit ClientSecret(QByteArray value);
    explicit ClientSecret(SecretBytes value);
    bool isEmpty() const { return !m_value || m_value->isEmpty(); }
    QByteArrayView reveal() const { return m_value ? m_value->view() : QByteArrayView(); }

private:
    std::shared_ptr<const SecretBytes> m_value;
};

// The one rule for plain http://: true only for a literal loopback address (127.0.0.0/8, ::1) or
// exactly "localhost". Used for the tenant, its token endpoint and every callback address.
bool isLoopbackHost(const QString &host);
// "https://tenant.example.com:443": scheme, host and port (the scheme's default when absent).
QString originOf(const QUrl &url);
// Empty when the URL may be used; otherwise a sentence saying why not. Plain http:// is refused
// for anything but loopback so that credentials and tokens never cross a network in clear.
QString endpointProblem(const QUrl &url);

// All scopes the console's five jobs need (contract "Scopes by job").
QStringList allConsoleScopes();

} // namespace cxone
