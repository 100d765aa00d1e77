#include "network/tokenmanager.h"

#include "network/apiclient.h"
#include "network/displaytext.h"
#include "network/jsonwriter.h"
#include "network/log.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cxone {

// RFC 6750's b64token: anything else would go into the Authorization header of every call,
// where a line break forges headers.
QString bearerTokenProblem(QByteArrayView token)
{
    if (token.size() > TokenManager::kMaxTokenBytes)
        return QStringLiteral("it is %1 bytes long, more than the %2 KiB a token may have")
                .arg(token.size())
                .arg(TokenManager::kMaxTokenBytes / 1024);
    qsizetype i = 0;
    for (; i < token.size(); ++i) {
        const char c = token[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '-';
        if (!ok)
            break;
    }
    while (i > 0 && i < token.size() && token[i] == '=')
        ++i;
    if (i == 0 || i < token.size())
        return QStringLiteral("it holds characters a token may not have (such as spaces, "
                              "quotes or line breaks)");
    return {};
}

TokenManager::TokenManager(ApiClient *client, ClientSecret secret)
    : QObject(client)
    , m_client(client)
    , m_secret(std::move(secret))
{}

qint64 TokenManager::secondsLeft() const
{
    if (m_token.isEmpty() || !m_expiresAt.isValid())
        return 0;
    return std::max<qint64>(0, now().secsTo(m_expiresAt));
}

bool TokenManager::hasUsableToken() const
{
    if (m_token.isEmpty())
        return false;
    // Short-lived tokens would otherwise sit inside the window for their whole life.
    const qint64 window = std::min<qint64>(m_safetyWindow.count(), m_lifetime / 2);
    return now().addSecs(window) < m_expiresAt;
}

void TokenManager::acquire(QObject *context, std::function<void(const TokenGrant &)> callback)
{
    if (m_state != State::Refreshing && hasUsableToken()) {
        callback(TokenGrant{ErrorKind::None, m_token, {}});
        return;
    }
    m_waiters.push_back(Waiter{context, std::move(callback)});
    if (m_state != State::Refreshing)
        startRefresh();
}

void TokenManager::invalidate(const QByteArray &token)
{
    if (token.isEmpty() || token != m_token)
        return;
    qCInfo(lcAuth) << "access token rejected by the server; it will be refreshed";
    m_token.clear();
    m_expiresAt = {};
    if (m_state == State::Valid)
        setState(State::Empty);
}

void TokenManager::refreshNow()
{
    if (m_state != State::Refreshing)
        startRefresh();
}

namespace {

// application/x-www-form-urlencoded as QUrl::toPercentEncoding writes it (unreserved characters
// kept, every other byte %XX), straight into `out`.
void appendFormEncoded(QByteArray &out, QByteArrayView bytes)
{
    constexpr char kHex[] = "0123456789ABCDEF";
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~') {
            out += char(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
}

} // namespace

void TokenManager::startRefresh()
{
    const Profile &p = m_client->profile();
    Request r;
    r.method = "POST";
    r.url = p.effectiveTokenUrl();
    r.what = QStringLiteral("The token request to %1")
                     .arg(r.url.toDisplayString(QUrl::RemoveQuery));
    r.authenticated = false;
    r.retrySafe = true; // a token request changes nothing on the server
    r.maxResponseBytes = 64 * 1024;
    const QString scope = p.scopes.join(u' ');
    // The secret goes into the body (or header) and nowhere else: no QString copy, no
    // percent-encoded or concatenated temporary left behind in freed memory, and the request's
    // bytes are zeroed when the call is over (holdsSecret).
    r.holdsSecret = true;
    const QByteArrayView secret = m_secret.reveal();
    const qsizetype room = 256 + 3 * (secret.size() + p.clientId.size() + scope.size());
    switch (p.authStyle) {
    case AuthStyle::Json: {
        JsonWriter w(room);
        w.beginObject()
                .member(QLatin1StringView("grant_type"), QLatin1StringView("client_credentials"))
                .member(QLatin1StringView("client_id"), p.clientId)
                .key(QLatin1StringView("client_secret"))
                .utf8(secret);
        if (!scope.isEmpty())
            w.member(QLatin1StringView("scope"), scope);
        w.endObject();
        r.body = w.take();
        r.contentType = "application/json";
        break;
    }
    case AuthStyle::FormBasic:
    case AuthStyle::FormBody: {
        // Built by hand: every value percent-encoded, so '+' or '&' in a secret survive.
        QByteArray body;
        body.reserve(room);
        body += "grant_type=client_credentials";
        if (p.authStyle == AuthStyle::FormBody) {
            body += "&client_id=";
            appendFormEncoded(body, p.clientId.toUtf8());
            body += "&client_secret=";
            appendFormEncoded(body, secret);
        } else {
            QByteArray credentials;
            credentials.reserve(room);
            appendFormEncoded(credentials, p.clientId.toUtf8());
            credentials += ':';
            appendFormEncoded(credentials, secret);
            QByteArray header;
            header.reserve(room + room / 3 + 8);
            header += "Basic ";
            header += credentials.toBase64();
            wipe(credentials);
            r.headers.append({QByteArray("Authorization"), std::move(header)});
        }
        if (!scope.isEmpty()) {
            body += "&scope=";
            appendFormEncoded(body, scope.toUtf8());
        }
        r.body = std::move(body);
        r.contentType = "application/x-www-form-urlencoded";
        break;
    }
    }
    setState(State::Refreshing);
    CallHandle *call = m_client->send(std::move(r));
    connect(call, &CallHandle::finished, this, &TokenManager::onTokenResult);
}

QString TokenManager::tokenErrorText(const Result &res) const
{
    const QString where = res.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    QString oauthError;
    const QJsonObject o = QJsonDocument::fromJson(res.body).object();
    oauthError = displayText(o.value(u"error").toString(), 100); // the server's words
    const QString said
            = res.serverMessage.isEmpty() || res.serverMessage == oauthError
                      ? QString()
                      : QStringLiteral(" The server said: \"%1\".").arg(res.serverMessage);
    switch (res.error) {
    case ErrorKind::InsecureEndpoint:
    case ErrorKind::Certificate:
    case ErrorKind::Protocol:
        return res.errorText;
    case ErrorKind::Network:
        return QStringLiteral("Could not reach the token endpoint %1. Check the base URL or token "
                              "URL of the profile and the network connection.")
                .arg(where);
    case ErrorKind::Timeout:
        return QStringLiteral("The token endpoint %1 did not answer in time. Try again later.")
                .arg(where);
    case ErrorKind::NotFound:
        return QStringLiteral("There is no token endpoint at %1 (404). Check the token URL and "
                              "auth style of the profile.")
                .arg(where);
    case ErrorKind::Forbidden:
        return QStringLiteral("The token endpoint refused this API client (403): it may be "
                              "disabled or not allowed the client-credentials grant.%1")
                .arg(said);
    case ErrorKind::ServerError:
    case ErrorKind::RateLimited:
        return QStringLiteral("The token endpoint failed (HTTP %1) and retries did not help; the "
                              "tenant's sign-in service may be down. Try again later.")
                .arg(res.httpStatus);
    case ErrorKind::Malformed:
        return QStringLiteral("The token endpoint %1 answered with something that is not a "
                              "token response. Check the token URL of the profile.")
                .arg(where);
    default:
        break;
    }
    if (oauthError == u"invalid_scope")
        return QStringLiteral("The token endpoint refused the requested scopes "
                              "(invalid_scope).%1 Remove the scopes this API client was not "
                              "granted from the profile.")
                .arg(said);
    if (oauthError == u"unsupported_grant_type" || oauthError == u"invalid_request")
        return QStringLiteral("The token endpoint did not accept the request (%1).%2 Try "
                              "another auth style in the profile.")
                .arg(oauthError, said);
    if (res.httpStatus == 400 || res.httpStatus == 401)
        return QStringLiteral("The token endpoint rejected the client id or secret (HTTP %1%2). "
                              "Check the credentials in the profile.")
                .arg(QString::number(res.httpStatus),
                     oauthError.isEmpty() ? QString() : QStringLiteral(", ") + oauthError);
    return QStringLiteral("The token request failed (HTTP %1).%2").arg(res.httpStatus).arg(said);
}

void TokenManager::onTokenResult(const Result &res)
{
    ++m_refreshCount;
    if (!res.ok()) {
        m_lastError = displayText(tokenErrorText(res), -1);
    } else {
        const QJsonObject o = res.json.object();
        const QByteArray token = o.value(u"access_token").toString().toUtf8();
        const qint64 expiresIn = o.value(u"expires_in").toInteger(-1);
        if (const QString problem = bearerTokenProblem(token);
            !token.isEmpty() && !problem.isEmpty()) {
            // Not a word of the token itself: it may be one after all.
            m_lastError = QStringLiteral("The token endpoint %1 answered with an access token "
                                         "that is not a bearer token: %2. It was not used; "
                                         "check the token URL of the profile.")
                                  .arg(displayText(res.url.toDisplayString(QUrl::RemoveQuery
                                                                           | QUrl::RemoveUserInfo),
                                                   -1),
                                       problem);
        } else if (!token.isEmpty() && expiresIn > 0) {
            m_token = token;
            m_lifetime = expiresIn;
            m_expiresAt = now().addSecs(expiresIn);
            const QString scope = o.value(u"scope").toString();
            m_grantedScopes = scope.isEmpty() ? m_client->profile().scopes
                                              : scope.split(u' ', Qt::SkipEmptyParts);
            m_lastError.clear();
            setState(State::Valid);
            qCInfo(lcAuth) << "access token obtained, valid for" << expiresIn << "s";
            Q_EMIT refreshed(expiresIn);
            deliver(TokenGrant{ErrorKind::None, m_token, {}});
            return;
        } else {
            Result bad = res;
            bad.error = ErrorKind::Malformed;
            m_lastError = displayText(tokenErrorText(bad), -1);
        }
    }
    m_token.clear();
    m_expiresAt = {};
    qCWarning(lcAuth).noquote() << m_lastError;
    setState(State::Failed);
    Q_EMIT failed(m_lastError);
    deliver(TokenGrant{ErrorKind::AuthFailed, {}, m_lastError});
}

void TokenManager::deliver(const TokenGrant &grant)
{
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (auto &w : waiters) {
        if (w.context)
            w.callback(grant);
    }
}

void TokenManager::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace cxone
