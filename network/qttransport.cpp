#include "network/qttransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

namespace cxone {

namespace {

#if QT_CONFIG(ssl)
// The one problem to name when Qt lists several, in the order OpenSSL meets them (so that both
// transports name the same one).
CertificateProblem certificateProblem(const QList<QSslError> &errors)
{
    const std::pair<QList<QSslError::SslError>, CertificateProblem> order[] = {
            {{QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain},
             CertificateProblem::SelfSigned},
            {{QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
              QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted},
             CertificateProblem::UntrustedIssuer},
            {{QSslError::CertificateExpired}, CertificateProblem::Expired},
            {{QSslError::CertificateNotYetValid}, CertificateProblem::NotYetValid},
            {{QSslError::HostNameMismatch}, CertificateProblem::WrongHost},
            {{QSslError::CertificateRevoked}, CertificateProblem::Revoked},
    };
    for (const auto &[kinds, problem] : order)
        for (const QSslError &e : errors)
            if (kinds.contains(e.error()))
                return problem;
    return CertificateProblem::Other;
}
#endif

class QtExchange final : public QObject, public Exchange
{
public:
    QtExchange(QNetworkReply *reply, ExchangeListener *listener)
        : m_reply(reply)
        , m_listener(listener)
    {
        connect(reply, &QNetworkReply::metaDataChanged, this, [this] { onHead(); });
        connect(reply, &QIODevice::readyRead, this, [this] { onData(); });
        connect(reply, &QNetworkReply::finished, this, [this] { onFinished(); });
#if QT_CONFIG(ssl)
        connect(reply, &QNetworkReply::sslErrors, this,
                [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
#endif
    }

    ~QtExchange() override
    {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

private:
    int status() const
    {
        return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // False when the exchange is over (stopped, or destroyed by its listener).
    bool onHead()
    {
        if (m_headDone)
            return !m_stopped;
        const int code = status();
        if (code == 0)
            return true;
        m_headDone = true;
        const QPointer<QtExchange> self(this);
        if (!m_listener->exchangeHead(code, m_reply->rawHeaderPairs())) {
            if (self)
                stop();
            return false;
        }
        return self && !m_stopped;
    }

    void onData()
    {
        if (!onHead() || !m_headDone)
            return;
        const QPointer<QtExchange> self(this);
        while (m_reply->bytesAvailable() > 0) {
            const QByteArray piece = m_reply->read(256 * 1024);
            if (!m_listener->exchangeData(piece)) {
                if (self)
                    stop();
                return;
            }
            if (!self || m_stopped)
                return;
        }
    }

    void stop()
    {
        m_stopped = true;
        m_reply->abort(); // finished() follows at once
    }

    void onFinished()
    {
        const QPointer<QtExchange> self(this);
        if (!m_stopped && status() != 0) {
            onData(); // what came with the close, or the head of an empty answer
            if (!self)
                return;
        }
        const TransportEnd end = endOf();
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->disconnect(this);
        reply->deleteLater();
        m_listener->exchangeDone(end);
    }

    TransportEnd endOf() const
    {
        const QNetworkReply::NetworkError error = m_reply->error();
        if (m_stopped)
            return {ErrorKind::Local, QStringLiteral("stopped by the request pipeline")};
        if (error == QNetworkReply::NoError)
            return {};
        const QString text = m_reply->errorString();
        if (m_headDone) {
            // Qt also sets an error for every 4xx and 5xx: those are the pipeline's to judge.
            if (error == QNetworkReply::ProtocolFailure)
                return {ErrorKind::Protocol, text};
            if (error >= QNetworkReply::ConnectionRefusedError
                && error <= QNetworkReply::UnknownNetworkError)
                return {error == QNetworkReply::TimeoutError ? ErrorKind::Timeout
                                                             : ErrorKind::Network,
                        text};
            return {};
        }
        switch (error) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return {ErrorKind::Timeout, text};
        case QNetworkReply::SslHandshakeFailedError:
#if QT_CONFIG(ssl)
            if (!m_sslErrors.isEmpty())
                return {ErrorKind::Certificate,
                        certificateProblemText(certificateProblem(m_sslErrors))};
#endif
            return {ErrorKind::Protocol,
                    QStringLiteral("the secure connection could not be set up (%1); check that "
                                   "the server speaks https at this address")
                            .arg(text)};
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolUnknownError:
            return {ErrorKind::Protocol,
                    QStringLiteral("the server's answer is not HTTP (%1)").arg(text)};
        case QNetworkReply::RemoteHostClosedError:
            return {ErrorKind::Network,
                    QStringLiteral("the server closed the connection before answering")};
        default:
            return {ErrorKind::Network, text};
        }
    }

    QNetworkReply *m_reply;
    ExchangeListener *m_listener;
    bool m_headDone = false;
    bool m_stopped = false;
#if QT_CONFIG(ssl)
    QList<QSslError> m_sslErrors;
#endif
};

} // namespace

QtTransport::QtTransport(QNetworkAccessManager *manager)
    : m_manager(manager)
{}

std::unique_ptr<Exchange> QtTransport::start(const Outgoing &r, ExchangeListener *listener)
{
    QNetworkRequest nr(r.url);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : r.headers)
        nr.setRawHeader(h.first, h.second);
#if QT_CONFIG(ssl)
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(QSslCertificate::fromData(m_extraCa, QSsl::Pem));
        nr.setSslConfiguration(conf);
    }
#endif
    QNetworkReply *reply = m_manager->sendCustomRequest(nr, r.method, r.body);
    return std::make_unique<QtExchange>(reply, listener);
}

} // namespace cxone
