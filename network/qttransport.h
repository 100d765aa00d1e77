#pragma once

#include "network/transport.h"

#include <memory>

class QNetworkAccessManager;

namespace cxone {

// Qt's network stack (QNetworkAccessManager) as a transport of the request pipeline: one
// exchange is one QNetworkReply, read as it arrives. Qt 6.4 takes an interim answer (103 Early
// Hints) for the answer itself; the pipeline knows (see ApiClient).
class QtTransport final
{
public:
    explicit QtTransport(QNetworkAccessManager *manager);

    std::unique_ptr<Exchange> start(const Outgoing &request, ExchangeListener *listener);
    // Certificate authorities (PEM) to trust besides the system's: a private CA.
    void setExtraCaCertificates(const QByteArray &pem) { m_extraCa = pem; }

private:
    QNetworkAccessManager *m_manager;
    QByteArray m_extraCa;
};

} // namespace cxone
