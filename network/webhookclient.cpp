#include "network/webhookclient.h"

#include "network/apiclient.h"
#include "network/profile.h"

namespace cxone {

QString webhookUrlSyntaxProblem(const QUrl &url, const QString &what)
{
    if (url.isEmpty())
        return QStringLiteral("%1 is empty.").arg(what);
    if (!url.isValid())
        return QStringLiteral("%1 is not a valid address: %2").arg(what, url.errorString());
    if (url.isRelative() || url.host().isEmpty())
        return QStringLiteral("%1 must be a full address with a host, like "
                              "https://receiver.example.com/hook; '%2' is not.")
                .arg(what, webhookDisplay(url));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return QStringLiteral("%1 must use https:// ('%2' does not).")
                .arg(what, webhookDisplay(url));
    return {};
}

QString webhookUrlProblem(const QUrl &url, const QString &what)
{
    if (QString syntax = webhookUrlSyntaxProblem(url, what); !syntax.isEmpty())
        return syntax;
    const QString scheme = url.scheme().toLower();
    if (!url.userInfo().isEmpty())
        return QStringLiteral("%1 carries a user name or password; put credentials in the "
                              "receiver's configuration, not in the address.")
                .arg(what);
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return QStringLiteral("%1 uses plain http:// to %2: the data would cross the network "
                              "unencrypted. Use https://, or http:// only for a loopback address "
                              "(127.0.0.1, ::1) or localhost itself.")
                .arg(what, url.host());
    return {};
}

QString webhookDisplay(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

WebhookClient::WebhookClient(ApiClient *client)
    : m_client(client)
{}

CallHandle *WebhookClient::post(Delivery delivery)
{
    Request r;
    r.method = "POST";
    r.url = delivery.url;
    r.body = std::move(delivery.json);
    r.what = delivery.what;
    r.authenticated = false; // the tenant's token is never a third party's business
    r.retrySafe = true;      // receivers deduplicate on X-Request-ID, kept across retries
    r.expectJson = false;    // whatever a receiver answers, a 2xx is a delivery
    r.requestId = std::move(delivery.requestId);
    r.maxAttempts = delivery.maxAttempts;
    r.timeout = delivery.timeout;
    if (const QString problem = webhookUrlProblem(delivery.url); !problem.isEmpty())
        return m_client->refuse(std::move(r), ErrorKind::InvalidRequest, problem);
    return m_client->send(std::move(r));
}

} // namespace cxone
