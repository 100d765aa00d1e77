#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace cxone {

class ApiClient;
class CallHandle;

// The one rule for callback addresses (CDP, aggregator, CRM sync, data lake): absolute, with a
// host, https, or plain http only to a loopback host, and no user name or password in it. Empty
// when the URL may be used; otherwise a sentence saying what is wrong. `what` names the option
// or field for the sentence ("--cdp-url").
QString webhookUrlProblem(const QUrl &url, const QString &what = QStringLiteral("The webhook URL"));
// The first half of that rule: is it an address at all (absolute, with a host, http or https)?
// Empty when it is. What remains of the rule (encryption, credentials) is a policy the address
// may break although it is well formed.
QString webhookUrlSyntaxProblem(const QUrl &url,
                                const QString &what = QStringLiteral("The webhook URL"));
// The URL as it may be shown or audited: no user info, no query (a place people put secrets).
QString webhookDisplay(const QUrl &url);

// Every callback goes through the request pipeline: retries with backoff within the budget,
// a transfer timeout, one X-Request-ID kept across the retries (chosen by the caller when the
// receiver must see a re-run of the same delivery as the same one) and a latency sample per
// attempt. The tenant's token never goes to a callback.
class WebhookClient final
{
public:
    explicit WebhookClient(ApiClient *client);

    struct Delivery
    {
        QUrl url;
        QByteArray json;
        QString what;         // "Sending page 3 to the CDP": names the call in error texts
        QByteArray requestId; // empty: one is generated (kept across retries)
        std::optional<int> maxAttempts;
        std::optional<std::chrono::milliseconds> timeout;
    };

    // POSTs the delivery. A URL that breaks the rule finishes at once with InvalidRequest.
    CallHandle *post(Delivery delivery);

private:
    ApiClient *m_client;
};

} // namespace cxone
