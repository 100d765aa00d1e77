// The answer of a server, any bytes at all, through the whole request pipeline over libcurl: a
// socket pair stands for the connection (CurlTransport::setConnectionSource), the input is what
// the server wrote before closing it. What runs is ours around libcurl's reading of HTTP: the
// reading of status lines, interim answers, headers and trailers (AnswerReader), the size cap,
// the sink and the buffered body, the deadlines, the JSON check and the sentence for the failure.
//
// The first byte of the input chooses the call (a GET read as JSON or as text, a POST, a
// download into a sink, a small or a large size cap); the rest is the answer.

#include "network/apiclient.h"
#include "network/curltransport.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <cstdint>
#include <sys/socket.h>
#include <unistd.h>

using namespace cxone;

namespace {

constexpr size_t kMaxAnswer = 64 * 1024; // what a socket pair's buffer holds without a reader

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

int g_nextConnection = -1;

ApiClient &client()
{
    static int argc = 1;
    static char name[] = "fuzz_http_answer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static ApiClient *c = [] {
        Profile p;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        p.clientId = QStringLiteral("fuzz");
        auto *made = new ApiClient(p, ClientSecret());
        made->setTransportChoice(ApiClient::TransportChoice::AlwaysCurl);
        RetryPolicy once;
        once.maxAttempts = 1;
        made->setRetryPolicy(once);
        made->curl()->setConnectionSource([] { return std::exchange(g_nextConnection, -1); });
        return made;
    }();
    return *c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > kMaxAnswer + 1)
        return 0;
    ApiClient &api = client();
    const uint8_t mode = data[0];
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
        return 0;
    // The whole answer waits in the connection before the request goes out, then the server
    // closes its side: libcurl reads until the answer or the bytes end.
    const char *answer = reinterpret_cast<const char *>(data + 1);
    size_t left = size - 1;
    while (left > 0) {
        const ssize_t n = ::write(ends[1], answer, left);
        if (n <= 0)
            break;
        answer += n;
        left -= size_t(n);
    }
    ::shutdown(ends[1], SHUT_WR);
    g_nextConnection = ends[0];

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
    CallHandle *call = api.send(std::move(r));
    QObject::connect(call, &CallHandle::finished, &loop, [&loop](const Result &result) {
        // Every failure has its sentence.
        if (!result.ok() && result.errorText.isEmpty())
            __builtin_trap();
        loop.quit();
    });
    loop.exec();
    if (g_nextConnection >= 0) // never taken (the call was refused before connecting)
        ::close(std::exchange(g_nextConnection, -1));
    ::close(ends[1]);
    return 0;
}
