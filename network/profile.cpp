#include "network/profile.h"

#include <QHostAddress>

namespace cxone {

QString authStyleName(AuthStyle style)
{
    switch (style) {
    case AuthStyle::FormBody:
        return QStringLiteral("form");
    case AuthStyle::FormBasic:
        return QStringLiteral("basic");
    case AuthStyle::Json:
        return QStringLiteral("json");
    }
    return QStringLiteral("form");
}

bool parseAuthStyle(const QString &text, AuthStyle *style)
{
    const QString t = text.trimmed().toLower();
    if (t == u"form")
        *style = AuthStyle::FormBody;
    else if (t == u"basic")
        *style = AuthStyle::FormBasic;
    else if (t == u"json")
        *style = AuthStyle::Json;
    else
        return false;
    return true;
}

QUrl Profile::effectiveTokenUrl() const
{
    if (tokenUrl.isValid() && !tokenUrl.isEmpty())
        return tokenUrl;
    QUrl url = baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/oauth/token"));
    return url;
}

QStringList Profile::problems() const
{
    QStringList out;
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        out << QStringLiteral("The base URL '%1' is not a valid http(s) address.")
                        .arg(baseUrl.toDisplayString());
    else if (const QString p = endpointProblem(baseUrl); !p.isEmpty())
        out << p;
    if (!tokenUrl.isEmpty()) {
        if (!tokenUrl.isValid() || tokenUrl.host().isEmpty())
            out << QStringLiteral("The token URL '%1' is not a valid http(s) address.")
                            .arg(tokenUrl.toDisplayString());
        else if (const QString p = endpointProblem(tokenUrl); !p.isEmpty())
            out << p;
    }
    if (clientId.trimmed().isEmpty())
        out << QStringLiteral("The client id is empty.");
    return out;
}

ClientSecret::ClientSecret(QByteArray value)
    : m_value(std::make_shared<const SecretBytes>(value))
{
    wipe(value);
}

ClientSecret::ClientSecret(SecretBytes value)
    : m_value(std::make_shared<const SecretBytes>(std::move(value)))
{}

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1);
    return scheme + QStringLiteral("://") + url.host().toLower() + u':' + QString::number(port);
}

bool isLoopbackHost(const QString &host)
{
    // Decided on the name alone, never by resolving it: "x.localhost" is not loopback here, for
    // glibc asks DNS about such names, and whoever answers DNS would get the traffic.
    const QString h = host.toLower();
    if (h == u"localhost")
        return true;
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    return address.isLoopback();
}

QString endpointProblem(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return {};
        return QStringLiteral("Refusing plain http:// for '%1': credentials and tokens would cross "
                              "the network unencrypted. Use https://, or http:// only for a "
                              "loopback address (127.0.0.1, ::1) or localhost itself.")
                .arg(url.host());
    }
    return QStringLiteral("'%1' is not an http(s) address.").arg(url.toDisplayString());
}

QStringList allConsoleScopes()
{
    return {QStringLiteral("contact:segments:read"),
            QStringLiteral("contact:contacts:read"),
            QStringLiteral("contacts.read"),
            QStringLiteral("contacts.write"),
            QStringLiteral("outbound.read"),
            QStringLiteral("outbound.write"),
            QStringLiteral("webhooks.write"),
            QStringLiteral("interactions:read"),
            QStringLiteral("transcripts:read"),
            QStringLiteral("jobs:read"),
            QStringLiteral("campaign:contactlist:read"),
            QStringLiteral("campaign:contact:write"),
            QStringLiteral("campaign:contact:delete"),
            QStringLiteral("journey:audiences:read"),
            QStringLiteral("journey:audiences:write"),
            QStringLiteral("data:read")};
}

} // namespace cxone
