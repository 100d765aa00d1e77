#include "network/result.h"

#include "network/displaytext.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace cxone {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("ok");
    case ErrorKind::InvalidRequest:
        return QStringLiteral("invalid-request");
    case ErrorKind::InsecureEndpoint:
        return QStringLiteral("insecure-endpoint");
    case ErrorKind::AuthFailed:
        return QStringLiteral("auth-failed");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::BadRequest:
        return QStringLiteral("bad-request");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate-limited");
    case ErrorKind::ServerError:
        return QStringLiteral("server-error");
    case ErrorKind::HttpError:
        return QStringLiteral("http-error");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Certificate:
        return QStringLiteral("certificate");
    case ErrorKind::Protocol:
        return QStringLiteral("protocol");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::TooLarge:
        return QStringLiteral("too-large");
    case ErrorKind::Malformed:
        return QStringLiteral("malformed");
    case ErrorKind::Local:
        return QStringLiteral("local");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString cutOffText(qint64 received, qint64 declared)
{
    return QStringLiteral("the connection closed after %1 of %2 bytes of the response")
            .arg(received)
            .arg(declared);
}

QByteArray Result::header(QByteArrayView name) const
{
    return headerValue(headers, name);
}

ErrorKind classifyStatus(int s)
{
    if (s >= 200 && s < 300)
        return ErrorKind::None;
    switch (s) {
    case 400:
    case 422:
        return ErrorKind::BadRequest;
    case 401:
        return ErrorKind::Unauthorized;
    case 403:
        return ErrorKind::Forbidden;
    case 404:
        return ErrorKind::NotFound;
    case 409:
        return ErrorKind::Conflict;
    case 413:
        return ErrorKind::TooLarge;
    case 429:
        return ErrorKind::RateLimited;
    default:
        break;
    }
    if (s >= 500 && s < 600)
        return ErrorKind::ServerError;
    return ErrorKind::HttpError;
}

void extractServerMessage(const QByteArray &body, const QByteArray &wwwAuthenticate,
                          QString *message, QString *missingScope)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString msg;
    for (const char *key : {"message", "error_description", "detail", "error"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty()) {
            msg = v.toString();
            break;
        }
        if (v.isObject()) {
            const QString inner = v.toObject().value(u"message").toString();
            if (!inner.isEmpty()) {
                msg = inner;
                break;
            }
        }
    }
    if (msg.isEmpty() && !body.isEmpty() && body.size() < 300 && !body.contains('<')
        && !body.trimmed().startsWith('{'))
        msg = QString::fromUtf8(body).trimmed();
    QString scope = o.value(u"missing_scope").toString();
    if (scope.isEmpty() && o.value(u"required_scope").isString())
        scope = o.value(u"required_scope").toString();
    if (scope.isEmpty() && !wwwAuthenticate.isEmpty()) {
        static const QRegularExpression re(QStringLiteral(R"(scope="([^"]+)\")"));
        const auto m = re.match(QString::fromLatin1(wwwAuthenticate));
        if (m.hasMatch())
            scope = m.captured(1);
    }
    if (message)
        *message = displayText(msg); // shown to people: inert and capped
    if (missingScope)
        *missingScope = scope;
}

QString attemptText(const Attempt &attempt)
{
    switch (attempt.error) {
    case ErrorKind::None:
        return QStringLiteral("ok");
    case ErrorKind::Network:
        return attempt.httpStatus == 0 ? QStringLiteral("connection dropped")
                                       : QStringLiteral("answer cut off");
    case ErrorKind::Timeout:
        return QStringLiteral("timed out");
    case ErrorKind::Malformed:
        return QStringLiteral("malformed answer");
    case ErrorKind::TooLarge:
        return QStringLiteral("answer too large");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    default:
        return attempt.httpStatus > 0 ? QString::number(attempt.httpStatus)
                                      : errorKindName(attempt.error);
    }
}

QString describeFailure(ErrorKind kind, int status, const QString &what,
                        const QString &serverMessage, const QString &missingScope, int attempts)
{
    const QString said = serverMessage.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" The server said: \"%1\".").arg(serverMessage);
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::InvalidRequest:
        return serverMessage.isEmpty()
                       ? QStringLiteral("%1 was not sent: the request is invalid.").arg(what)
                       : QStringLiteral("%1 was not sent: %2").arg(what, serverMessage);
    case ErrorKind::InsecureEndpoint:
        return serverMessage;
    case ErrorKind::AuthFailed:
        return QStringLiteral("Could not get an access token for %1.%2").arg(what, said);
    case ErrorKind::Unauthorized:
        return QStringLiteral("%1 was refused (401) even with a fresh access token. Check that "
                              "the API client is enabled on the tenant.%2")
                .arg(what, said);
    case ErrorKind::Forbidden:
        if (!missingScope.isEmpty())
            return QStringLiteral("%1 was refused (403): the access token lacks the scope '%2'. "
                                  "Grant it to the API client and add it to the profile's scopes.")
                    .arg(what, missingScope);
        return QStringLiteral("%1 was refused (403): the API client is not allowed to do this. "
                              "Check its scopes and role.%2")
                .arg(what, said);
    case ErrorKind::NotFound:
        return QStringLiteral("%1 found nothing (404): check the id.%2").arg(what, said);
    case ErrorKind::BadRequest:
        return QStringLiteral("%1 was rejected as invalid (%2).%3")
                .arg(what, QString::number(status), said);
    case ErrorKind::Conflict:
        return QStringLiteral("%1 conflicts with the current state on the server (409).%2")
                .arg(what, said);
    case ErrorKind::RateLimited:
        return QStringLiteral("%1 is still rate limited (429) after the allowed retries. Try "
                              "again later or lower the request rate.%2")
                .arg(what, said);
    case ErrorKind::ServerError:
        if (attempts == 1)
            return QStringLiteral("%1 failed on the server (%2) and was not tried again. Try "
                                  "again later.%3")
                    .arg(what, QString::number(status), said);
        return QStringLiteral("%1 failed on the server (%2) and retries did not help. Try again "
                              "later.%3")
                .arg(what, QString::number(status), said);
    case ErrorKind::HttpError:
        return QStringLiteral("%1 failed with HTTP %2.%3").arg(what, QString::number(status), said);
    case ErrorKind::Network:
        return QStringLiteral("%1 could not reach the server: %2. Check the base URL and the "
                              "network.")
                .arg(what,
                     serverMessage.isEmpty() ? QStringLiteral("connection failed") : serverMessage);
    case ErrorKind::Certificate:
        return QStringLiteral("%1 was not sent: %2, so the server's identity could not be "
                              "verified. Check the address; if it is right, the certificate must "
                              "be fixed on the server.")
                .arg(what, serverMessage.isEmpty() ? QStringLiteral(
                                   "the server's certificate could not be verified")
                                                   : serverMessage);
    case ErrorKind::Protocol:
        return QStringLiteral("%1 failed: the server answered with something that is not HTTP "
                              "as it should be (%2). Check that the address is the tenant's "
                              "API, with the right scheme and port.")
                .arg(what, serverMessage.isEmpty() ? QStringLiteral("unreadable") : serverMessage);
    case ErrorKind::Timeout:
        if (!serverMessage.isEmpty())
            return QStringLiteral("%1 timed out: %2. Try again, or raise the profile's timeout.")
                    .arg(what, serverMessage);
        return QStringLiteral("%1 timed out waiting for the server. Try again, or raise the "
                              "profile's timeout.")
                .arg(what);
    case ErrorKind::TooLarge:
        return QStringLiteral("%1 returned more data than the %2 size limit; the response was "
                              "not read.")
                .arg(what, serverMessage);
    case ErrorKind::Malformed:
        return QStringLiteral("%1 returned a response that is not the expected JSON (%2). The "
                              "data was not used.")
                .arg(what, serverMessage.isEmpty() ? QStringLiteral("unreadable") : serverMessage);
    case ErrorKind::Local:
        return QStringLiteral("%1 could not be kept on this machine: %2").arg(what, serverMessage);
    case ErrorKind::Cancelled:
        return QStringLiteral("%1 was cancelled.").arg(what);
    }
    return what;
}

} // namespace cxone
