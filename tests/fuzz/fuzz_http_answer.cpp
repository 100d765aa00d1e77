// A server's answer, any bytes at all, through the whole request pipeline over libcurl. A
// listening socket on 127.0.0.1 stands for the server: it writes the input to every connection it
// accepts and closes its side. What runs is ours around libcurl's reading of HTTP: the reading of
// status lines, interim answers, headers and trailers (AnswerReader), the size cap, the sink and
// the buffered body, the deadlines, the JSON check and the sentence for every failure.
//
// The first byte of the input chooses the call (a GET or a POST, read as JSON or not, a small or
// a large size cap, into a sink or into memory); the rest is the answer.
//
// CXONE_FUZZ_VERBOSE=1 prints each input's status and sentence.

#include "network/apiclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>

#include <cstdint>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace cxone;

namespace {

constexpr size_t kMaxAnswer = 64 * 1024; // what the server's socket takes without a reader

class MemorySink final : public ResponseSink
{
public:
    bool begin(QString *) override
    {
        m_bytes.clear();
        return true;
    }
    bool write(QByteArrayView bytes, QString *error) override
    {
        m_bytes.append(bytes);
        if (m_bytes.size() > 4096) {
            *error = QStringLiteral("the sink is full");
            return false;
        }
        return true;
    }
    bool finish(QString *) override { return true; }

private:
    QByteArray m_bytes;
};

const bool g_verbose = qEnvironmentVariableIsSet("CXONE_FUZZ_VERBOSE");

// The server: accepts, writes the current answer whole, closes its sending side (the
// connection is closed for good once the call is over).
struct Server
{
    int listener = -1;
    quint16 port = 0;
    QByteArray answer;
    QList<int> accepted;

    bool listen()
    {
        listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(listener, 16) != 0
            || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return false;
        port = ntohs(address.sin_port);
        return true;
    }

    void accept()
    {
        for (;;) {
            const int fd = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0)
                return;
            const int buffer = 256 * 1024;
            ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &buffer, sizeof buffer);
            const char *at = answer.constData();
            qsizetype left = answer.size();
            while (left > 0) {
                const ssize_t n = ::write(fd, at, size_t(left));
                if (n <= 0)
                    break;
                at += n;
                left -= n;
            }
            ::shutdown(fd, SHUT_WR);
            accepted.append(fd);
        }
    }

    void closeAccepted()
    {
        for (const int fd : std::as_const(accepted))
            ::close(fd);
        accepted.clear();
    }
};

struct Harness
{
    Server server;
    ApiClient *client = nullptr;
    QSocketNotifier *notifier = nullptr;
};

Harness &harness()
{
    static int argc = 1;
    static char name[] = "fuzz_http_answer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Harness *h = [] {
        auto *made = new Harness;
        if (!made->server.listen())
            qFatal("fuzz_http_answer: cannot listen on 127.0.0.1");
        made->notifier = new QSocketNotifier(made->server.listener, QSocketNotifier::Read);
        QObject::connect(made->notifier, &QSocketNotifier::activated, made->notifier,
                         [made] { made->server.accept(); });
        Profile p;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(made->server.port));
        p.clientId = QStringLiteral("fuzz");
        made->client = new ApiClient(p, ClientSecret());
        made->client->setTransportChoice(ApiClient::TransportChoice::AlwaysCurl);
        RetryPolicy once;
        once.maxAttempts = 1;
        made->client->setRetryPolicy(once);
        return made;
    }();
    return *h;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > kMaxAnswer + 1)
        return 0;
    Harness &h = harness();
    const uint8_t mode = data[0];
    h.server.answer = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    Request r = (mode & 1) ? Request::postJson(QStringLiteral("/api/x"), R"({"a":1})")
                           : Request::get(QStringLiteral("/api/x"));
    r.authenticated = false;
    r.retrySafe = true;
    r.expectJson = (mode & 2) != 0;
    r.maxResponseBytes = (mode & 4) ? 256 : 32 * 1024;
    r.timeout = std::chrono::milliseconds(2000);
    if (mode & 8)
        r.sink = std::make_shared<MemorySink>();

    QEventLoop loop;
    CallHandle *call = h.client->send(std::move(r));
    QObject::connect(call, &CallHandle::finished, &loop, [&loop](const Result &result) {
        // Every failure has its sentence.
        if (!result.ok() && result.errorText.isEmpty())
            __builtin_trap();
        if (g_verbose)
            qInfo().noquote() << result.httpStatus << errorKindName(result.error)
                              << result.errorText;
        loop.quit();
    });
    loop.exec();
    h.server.closeAccepted();
    return 0;
}
