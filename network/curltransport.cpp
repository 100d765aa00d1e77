#include "network/curltransport.h"

#include "network/answerreader.h"
#include "network/profile.h"

#include <QNetworkProxy>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <curl/curl.h>
#include <openssl/x509_vfy.h>

#include <mutex>
#include <sys/socket.h>
#include <unistd.h>

namespace cxone {

// One transfer: libcurl's easy handle and what its callbacks need. Owned by the transport; the
// exchange that started it only points at it.
struct CurlTransfer
{
    CurlTransport *transport = nullptr;
    CURL *easy = nullptr;
    ExchangeListener *listener = nullptr; // null once the exchange is gone
    curl_slist *headers = nullptr;
    QByteArray body; // libcurl sends it from here
    AnswerReader reader;
    TransportEnd stop; // why a callback stopped the transfer
    bool stoppedByListener = false;
    bool inMulti = false;
    char error[CURL_ERROR_SIZE] = {};

    ~CurlTransfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        curl_slist_free_all(headers);
    }
};

class CurlExchange final : public Exchange
{
public:
    CurlExchange(CurlTransport *transport, CurlTransfer *transfer)
        : m_transport(transport)
        , m_transfer(transfer)
    {}
    ~CurlExchange() override
    {
        if (m_transport)
            m_transport->release(m_transfer);
    }
    void go() override
    {
        if (m_transport)
            m_transport->go(); // may end this exchange: nothing of it is touched after
    }

private:
    QPointer<CurlTransport> m_transport;
    CurlTransfer *m_transfer;
};

// libcurl's callbacks, with the signatures it calls them with.
struct CurlCallbacks
{
    static int socket(CURL *, curl_socket_t s, int what, void *self, void *)
    {
        static_cast<CurlTransport *>(self)->watch(qintptr(s), what);
        return 0;
    }

    static int timer(CURLM *, long timeoutMs, void *self)
    {
        QTimer *t = static_cast<CurlTransport *>(self)->m_timer;
        if (timeoutMs < 0)
            t->stop();
        else
            t->start(int(qMin<long>(timeoutMs, 24L * 3600 * 1000)));
        return 0;
    }

    static curl_socket_t openSocket(void *self, curlsocktype, curl_sockaddr *address)
    {
        ++static_cast<CurlTransport *>(self)->m_opened;
        return ::socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
    }

    static size_t header(char *bytes, size_t size, size_t count, void *data)
    {
        auto *x = static_cast<CurlTransfer *>(data);
        const size_t length = size * count;
        if (!x->listener)
            return 0;
        switch (x->reader.line(QByteArrayView(bytes, qsizetype(length)))) {
        case AnswerReader::Step::More:
            return length;
        case AnswerReader::Step::Stop:
            x->stop = x->reader.problem();
            return 0;
        case AnswerReader::Step::HeadDone:
            break;
        }
        if (!x->listener->exchangeHead(x->reader.status(), x->reader.headers())) {
            x->stoppedByListener = true;
            return 0;
        }
        return x->listener ? length : 0;
    }

    static size_t body(char *bytes, size_t size, size_t count, void *data)
    {
        auto *x = static_cast<CurlTransfer *>(data);
        const size_t length = size * count;
        if (!x->listener)
            return 0;
        if (!x->reader.headDone()) {
            x->stop = {ErrorKind::Protocol,
                       QStringLiteral("the server sent a body before its status line and "
                                      "headers")};
            return 0;
        }
        if (!x->listener->exchangeData(QByteArrayView(bytes, qsizetype(length)))) {
            x->stoppedByListener = true;
            return 0;
        }
        return x->listener ? length : 0;
    }
};

namespace {

std::once_flag g_curlReady;

CertificateProblem certificateProblem(long verifyResult)
{
    using P = CertificateProblem;
    static const std::pair<long, CertificateProblem> problems[] = {
            {X509_V_ERR_CERT_HAS_EXPIRED, P::Expired},
            {X509_V_ERR_CERT_NOT_YET_VALID, P::NotYetValid},
            {X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, P::SelfSigned},
            {X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN, P::SelfSigned},
            {X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT, P::UntrustedIssuer},
            {X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, P::UntrustedIssuer},
            {X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE, P::UntrustedIssuer},
            {X509_V_ERR_HOSTNAME_MISMATCH, P::WrongHost},
            {X509_V_ERR_IP_ADDRESS_MISMATCH, P::WrongHost},
            {X509_V_ERR_CERT_REVOKED, P::Revoked},
    };
    for (const auto &[code, problem] : problems)
        if (code == verifyResult)
            return problem;
    return P::Other;
}

QString curlText(const CurlTransfer &x, CURLcode code)
{
    const QString text = QString::fromUtf8(x.error).trimmed();
    return text.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : text;
}

// What a finished transfer means for the pipeline.
TransportEnd endOf(const CurlTransfer &x, CURLcode code)
{
    if (x.stoppedByListener)
        return {ErrorKind::Local, QStringLiteral("stopped by the request pipeline")};
    if (x.stop.kind != ErrorKind::None)
        return x.stop;
    switch (code) {
    case CURLE_OK:
        if (!x.reader.headDone())
            return {ErrorKind::Protocol,
                    QStringLiteral("the server's answer ended before its status line and "
                                   "headers")};
        return {};
    case CURLE_PEER_FAILED_VERIFICATION: {
        long verify = X509_V_OK;
        curl_easy_getinfo(x.easy, CURLINFO_SSL_VERIFYRESULT, &verify);
        // libcurl checks the host name itself, after OpenSSL has accepted the chain.
        if (QByteArrayView(x.error).contains("host name"))
            return {ErrorKind::Certificate, certificateProblemText(CertificateProblem::WrongHost)};
        return {ErrorKind::Certificate, certificateProblemText(certificateProblem(verify))};
    }
    case CURLE_SSL_CONNECT_ERROR:
        return {ErrorKind::Protocol,
                QStringLiteral("the secure connection could not be set up (%1); check that the "
                               "server speaks https at this address")
                        .arg(curlText(x, code))};
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return {ErrorKind::Network, curlText(x, code)};
    case CURLE_OPERATION_TIMEDOUT:
        return {ErrorKind::Timeout, curlText(x, code)};
    case CURLE_GOT_NOTHING:
        return {ErrorKind::Network,
                QStringLiteral("the server closed the connection before answering")};
    case CURLE_PARTIAL_FILE: {
        curl_off_t received = 0;
        curl_off_t declared = -1;
        curl_easy_getinfo(x.easy, CURLINFO_SIZE_DOWNLOAD_T, &received);
        curl_easy_getinfo(x.easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &declared);
        if (declared >= 0)
            return {ErrorKind::Network, cutOffText(received, declared)};
        return {ErrorKind::Network,
                QStringLiteral("the connection closed after %1 bytes of the response, before "
                               "its last chunk")
                        .arg(received)};
    }
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return {ErrorKind::Protocol,
                QStringLiteral("the server's answer is not HTTP (%1)").arg(curlText(x, code))};
    case CURLE_BAD_CONTENT_ENCODING:
        return {ErrorKind::Protocol,
                QStringLiteral("the answer's compressed body is corrupt or cut short (%1)")
                        .arg(curlText(x, code))};
    case CURLE_HTTP2:
        return {ErrorKind::Protocol, curlText(x, code)};
    case CURLE_RECV_ERROR:
        // Broken chunk framing is reported as a failed read.
        if (QByteArrayView(x.error).contains("chunked"))
            return {ErrorKind::Protocol,
                    QStringLiteral("the answer's chunked body is malformed (%1)")
                            .arg(curlText(x, code))};
        return {ErrorKind::Network, curlText(x, code)};
    case CURLE_FILESIZE_EXCEEDED:
        return {ErrorKind::TooLarge, {}};
    case CURLE_OUT_OF_MEMORY:
    case CURLE_WRITE_ERROR:
        return {ErrorKind::Local, curlText(x, code)};
    default:
        return {ErrorKind::Network, curlText(x, code)};
    }
}

template<typename T>
void set(CURL *easy, CURLoption option, T value)
{
    curl_easy_setopt(easy, option, value);
}

} // namespace

QString certificateProblemText(CertificateProblem problem)
{
    static const std::pair<CertificateProblem, const char *> texts[] = {
            {CertificateProblem::Expired, "the server's certificate has expired"},
            {CertificateProblem::NotYetValid,
             "the server's certificate is not valid yet (check this machine's clock)"},
            {CertificateProblem::SelfSigned,
             "the server's certificate is self-signed: no authority this machine trusts vouches "
             "for it"},
            {CertificateProblem::UntrustedIssuer,
             "the server's certificate was issued by an authority this machine does not trust"},
            {CertificateProblem::WrongHost,
             "the server's certificate is for another host name than the one in the address"},
            {CertificateProblem::Revoked, "the server's certificate has been revoked"},
    };
    for (const auto &[which, text] : texts)
        if (which == problem)
            return QString::fromLatin1(text);
    return QStringLiteral("the server's certificate could not be verified");
}

CurlTransport::CurlTransport(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    std::call_once(g_curlReady, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { action(CURL_SOCKET_TIMEOUT, 0); });
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlCallbacks::socket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlCallbacks::timer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    // Kept-alive connections outlive the calls that opened them (by default the cache shrinks
    // with the number of transfers in flight, down to none between two calls).
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, 32L);
    curl_multi_setopt(m_multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
}

CurlTransport::~CurlTransport()
{
    m_busy = 1; // no callback reaches a listener from here on
    const auto live = m_live.keys();
    for (CurlTransfer *x : live) {
        x->listener = nullptr;
        destroy(x);
    }
    for (CurlTransfer *x : std::exchange(m_dead, {}))
        destroy(x);
    curl_multi_cleanup(m_multi);
    for (const Watch &w : std::as_const(m_watches)) {
        delete w.read;
        delete w.write;
    }
}

bool CurlTransport::canCarry(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if ((scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return false;
    // Qt never sends loopback calls through a proxy; asking it would ask the system's proxy
    // configuration (a blocking round trip to another thread) once per call.
    if (isLoopbackHost(url.host()))
        return true;
    const QNetworkProxy app = QNetworkProxy::applicationProxy();
    return app.type() == QNetworkProxy::NoProxy || app.type() == QNetworkProxy::DefaultProxy;
}

std::unique_ptr<Exchange> CurlTransport::start(const Outgoing &r, ExchangeListener *listener)
{
    auto *x = new CurlTransfer;
    x->transport = this;
    x->listener = listener;
    x->easy = curl_easy_init();
    CURL *e = x->easy;
    set(e, CURLOPT_PRIVATE, x);
    set(e, CURLOPT_ERRORBUFFER, x->error);
    set(e, CURLOPT_URL, r.url.toEncoded().constData());
    set(e, CURLOPT_PROTOCOLS_STR, "http,https");
    set(e, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
    set(e, CURLOPT_HEADERFUNCTION, &CurlCallbacks::header);
    set(e, CURLOPT_HEADERDATA, x);
    set(e, CURLOPT_WRITEFUNCTION, &CurlCallbacks::body);
    set(e, CURLOPT_WRITEDATA, x);
    set(e, CURLOPT_OPENSOCKETFUNCTION, &CurlCallbacks::openSocket);
    set(e, CURLOPT_OPENSOCKETDATA, this);
    const std::pair<CURLoption, long> numbers[] = {
            {CURLOPT_NOSIGNAL, 1L},
            {CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L},
            {CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS)},
            {CURLOPT_PIPEWAIT, 1L}, // an HTTP/2 connection being set up is shared, not doubled
            {CURLOPT_TCP_NODELAY, 1L},
            {CURLOPT_TCP_KEEPALIVE, 1L},
            // An export page is a few hundred KB: read it in a few pieces, not twenty.
            {CURLOPT_BUFFERSIZE, 256L * 1024},
            {CURLOPT_CONNECTTIMEOUT_MS, long(qMax(1, r.connectTimeoutMs))},
    };
    for (const auto &[option, value] : numbers)
        set(e, option, value);
    // Loopback is never reached through a proxy the environment names (as on Qt's transport).
    if (isLoopbackHost(r.url.host()))
        set(e, CURLOPT_PROXY, "");
    if (!m_extraCa.isEmpty()) {
        curl_blob blob{const_cast<char *>(m_extraCa.constData()), size_t(m_extraCa.size()),
                       CURL_BLOB_COPY};
        set(e, CURLOPT_CAINFO_BLOB, &blob);
    }
    // A call that may not be sent twice never risks a kept-alive connection the server may have
    // closed meanwhile (libcurl would send it again on a new one).
    if (!r.replayable)
        set(e, CURLOPT_FRESH_CONNECT, 1L);

    x->body = r.body;
    if (r.method == "HEAD") {
        set(e, CURLOPT_NOBODY, 1L);
    } else if (r.hasBody || !r.body.isEmpty()) {
        set(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(x->body.size()));
        set(e, CURLOPT_POSTFIELDS, x->body.constData());
        if (r.method != "POST")
            set(e, CURLOPT_CUSTOMREQUEST, r.method.constData());
    } else if (r.method != "GET") {
        set(e, CURLOPT_CUSTOMREQUEST, r.method.constData());
    }
    for (const auto &h : r.headers) {
        // "Name;" is libcurl's way of sending a header with an empty value.
        const QByteArray line = h.second.isEmpty() ? QByteArray(h.first + ';')
                                                   : QByteArray(h.first + ": " + h.second);
        x->headers = curl_slist_append(x->headers, line.constData());
    }
    x->headers = curl_slist_append(x->headers, "Expect:"); // no 100-continue round trip
    set(e, CURLOPT_HTTPHEADER, x->headers);

    m_live.insert(x, ++m_serial);
    if (m_busy) {
        m_toAdd.append(x);
    } else {
        x->inMulti = true;
        curl_multi_add_handle(m_multi, e);
    }
    return std::make_unique<CurlExchange>(this, x);
}

void CurlTransport::release(CurlTransfer *x)
{
    if (!m_live.contains(x))
        return;
    x->listener = nullptr;
    if (m_busy) {
        m_live.remove(x);
        m_toAdd.removeOne(x);
        m_dead.append(x);
        return;
    }
    destroy(x);
}

void CurlTransport::destroy(CurlTransfer *x)
{
    m_live.remove(x);
    m_toAdd.removeOne(x);
    if (x->inMulti) {
        ++m_busy;
        curl_multi_remove_handle(m_multi, x->easy);
        --m_busy;
        x->inMulti = false;
    }
    delete x;
}

void CurlTransport::watch(qintptr s, int what)
{
    auto retire = [](QSocketNotifier *n) {
        if (!n)
            return;
        n->setEnabled(false);
        n->deleteLater(); // it may be the one whose signal is being handled
    };
    if (what == CURL_POLL_REMOVE) {
        const Watch w = m_watches.take(s);
        retire(w.read);
        retire(w.write);
        return;
    }
    Watch &w = m_watches[s];
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantRead && !w.read) {
        w.read = new QSocketNotifier(s, QSocketNotifier::Read, this);
        connect(w.read, &QSocketNotifier::activated, this,
                [this, s] { action(s, CURL_CSELECT_IN); });
    }
    if (wantWrite && !w.write) {
        w.write = new QSocketNotifier(s, QSocketNotifier::Write, this);
        connect(w.write, &QSocketNotifier::activated, this,
                [this, s] { action(s, CURL_CSELECT_OUT); });
    }
    if (w.read)
        w.read->setEnabled(wantRead);
    if (w.write)
        w.write->setEnabled(wantWrite);
}

void CurlTransport::action(qintptr s, int events)
{
    int running = 0;
    ++m_busy;
    curl_multi_socket_action(m_multi, curl_socket_t(s), events, &running);
    --m_busy;
    settle();
}

void CurlTransport::go()
{
    // With calls in flight on both sides, a request that waits for the next pass holds the
    // server idle while this side handles its other answers first.
    if (!m_busy)
        action(CURL_SOCKET_TIMEOUT, 0);
}

void CurlTransport::settle()
{
    if (m_busy)
        return;
    // Finished transfers first, all of them collected before any listener runs: a listener may
    // end or start others.
    struct Finished
    {
        CurlTransfer *transfer;
        quint64 serial;
        CURLcode code;
    };
    QList<Finished> finished;
    int left = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CurlTransfer *x = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &x);
        if (x && m_live.contains(x))
            finished.append({x, m_live.value(x), msg->data.result});
    }
    for (const Finished &f : std::as_const(finished)) {
        if (m_live.value(f.transfer) != f.serial)
            continue; // released meanwhile (and maybe its memory reused)
        CurlTransfer *x = f.transfer;
        curl_multi_remove_handle(m_multi, x->easy);
        x->inMulti = false;
        const TransportEnd end = endOf(*x, f.code);
        if (ExchangeListener *listener = std::exchange(x->listener, nullptr))
            listener->exchangeDone(end); // may release x
    }
    for (CurlTransfer *x : std::exchange(m_dead, {}))
        destroy(x);
    const QList<CurlTransfer *> toAdd = std::exchange(m_toAdd, {});
    for (CurlTransfer *x : toAdd) {
        x->inMulti = true;
        curl_multi_add_handle(m_multi, x->easy);
    }
}

} // namespace cxone
