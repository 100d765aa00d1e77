#include "network/apiclient.h"

#include "network/answerreader.h"
#include "network/curltransport.h"
#include "network/displaytext.h"
#include "network/fileio.h"
#include "network/log.h"
#include "network/qttransport.h"
#include "network/tokenmanager.h"

#include <QFile>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cxone {

using namespace std::chrono;

namespace {

Request makeRequest(const QByteArray &method, const QString &path, const QString &what)
{
    Request r;
    r.method = method;
    r.url = QUrl(path);
    r.what = what;
    return r;
}

QString describeCall(const Request &r)
{
    if (!r.what.isEmpty())
        return r.what;
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(r.method), r.url.path());
}

QString secondsText(qint64 ms)
{
    QString text = QString::number(ms / 1000.0, 'f', ms < 10000 ? 2 : 1);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text + QStringLiteral(" s");
}

// Empty when every header may be written as it is; otherwise why not. The value itself is never
// repeated (it may be a token).
QString headerProblem(const QByteArray &method, const HeaderList &headers)
{
    if (!isHttpToken(method))
        return QStringLiteral("its method \"%1\" is not an HTTP method name")
                .arg(printableSnippet(method));
    for (const auto &h : headers) {
        if (!isHttpToken(h.first))
            return QStringLiteral("the header name \"%1\" is not a valid name")
                    .arg(printableSnippet(h.first));
        if (h.second.contains('\r') || h.second.contains('\n') || h.second.contains('\0'))
            return QStringLiteral("the header %1 holds a line break or a NUL byte, which could "
                                  "forge other headers")
                    .arg(QString::fromLatin1(h.first));
    }
    return {};
}

std::optional<qint64> declaredLength(const HeaderList &headers)
{
    const QByteArray value = headerValue(headers, "Content-Length").trimmed();
    bool ok = !value.isEmpty() && value.size() <= 18;
    for (const char c : value)
        ok = ok && c >= '0' && c <= '9';
    return ok ? std::optional<qint64>(value.toLongLong()) : std::nullopt;
}

} // namespace

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

FileSink::FileSink(QString path)
    : m_path(std::move(path))
{}

FileSink::~FileSink()
{
    abort();
}

bool FileSink::begin(QString *error)
{
    abort();
    m_file = std::make_unique<OutputFile>(m_path);
    return m_file->open(error);
}

bool FileSink::write(QByteArrayView bytes, QString *error)
{
    return m_file && m_file->write(bytes, error);
}

bool FileSink::finish(QString *error)
{
    if (!m_file || !m_file->commit(error, true))
        return false;
    m_written = m_file->bytesWritten();
    m_file.reset();
    return true;
}

void FileSink::abort()
{
    m_file.reset();
}

qint64 FileSink::bytesWritten() const
{
    return m_file ? m_file->bytesWritten() : m_written;
}

Request Request::get(const QString &path, const QString &what)
{
    return makeRequest("GET", path, what);
}

Request Request::postJson(const QString &path, const QByteArray &json, const QString &what)
{
    Request r = makeRequest("POST", path, what);
    r.body = json;
    return r;
}

Request Request::putJson(const QString &path, const QByteArray &json, const QString &what)
{
    Request r = makeRequest("PUT", path, what);
    r.body = json;
    return r;
}

Request Request::patchJson(const QString &path, const QByteArray &json, const QString &what)
{
    Request r = makeRequest("PATCH", path, what);
    r.body = json;
    return r;
}

Request Request::del(const QString &path, const QString &what)
{
    return makeRequest("DELETE", path, what);
}

bool Request::isIdempotent() const
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE"
           || method == "OPTIONS";
}

CallHandle::CallHandle(ApiClient *client, Request request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    if (m_request.requestId.isEmpty())
        m_request.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_result.method = m_request.method;
    m_result.url = m_client->resolve(m_request.url);
    m_result.requestId = m_request.requestId;
    m_total.start();
}

CallHandle::~CallHandle()
{
    if (m_request.holdsSecret) {
        // The exchange holds the body and headers it was sent with: gone first, so that the
        // bytes below are this handle's alone and can be zeroed in place.
        m_exchange.reset();
        wipe(m_request.body);
        for (auto &header : m_request.headers)
            wipe(header.second);
    }
}

void CallHandle::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_waitTimer)
        m_waitTimer->stop();
    if (m_exchange) {
        m_exchange.reset();
        m_deadline->stop();
        m_client->conclude(this, {ErrorKind::Cancelled, {}});
        return;
    }
    m_client->finish(this, ErrorKind::Cancelled);
}

bool CallHandle::exchangeHead(int status, const HeaderList &headers)
{
    m_status = status;
    m_headers = headers;
    m_headSeen = true;
    m_lastByteMs = m_attemptTimer.elapsed();
    m_declared = declaredLength(headers);
    const QByteArray coding = headerValue(headers, "Content-Encoding").trimmed();
    m_compressed = !coding.isEmpty() && coding.compare("identity", Qt::CaseInsensitive) != 0;
    // A declared length above the cap ends the attempt before the body comes.
    if (m_declared && *m_declared > m_cap) {
        m_tooLarge = true;
        return false;
    }
    if (m_request.sink && status >= 200 && status < 300) {
        m_streaming = true;
        return m_request.sink->begin(&m_sinkError);
    }
    if (m_declared && !m_compressed)
        m_body.reserve(qsizetype(*m_declared));
    return true;
}

bool CallHandle::exchangeData(QByteArrayView bytes)
{
    m_received += bytes.size();
    m_lastByteMs = m_attemptTimer.elapsed();
    // What a compressed body unpacks to counts: a small packed answer can be a large one.
    if (m_received > m_cap) {
        m_tooLarge = true;
        return false;
    }
    if (m_streaming) {
        if (!m_request.sink->write(bytes, &m_sinkError))
            return false;
    } else {
        m_body.append(bytes.data(), bytes.size());
    }
    Q_EMIT progress(m_received, m_declared && !m_compressed ? *m_declared : -1);
    return m_exchange != nullptr; // a slot may have cancelled the call
}

void CallHandle::exchangeDone(const TransportEnd &end)
{
    m_exchange.reset();
    m_deadline->stop();
    m_client->conclude(this, end);
}

void CallHandle::onDeadline()
{
    if (!m_exchange)
        return;
    const qint64 now = m_attemptTimer.elapsed();
    QString text;
    if (!m_headSeen) {
        text = QStringLiteral("no answer came within %1").arg(secondsText(m_timeoutMs));
    } else if (now >= m_wholeDeadlineMs) {
        text = QStringLiteral("the answer was not complete %1 after it was asked for (%2 bytes "
                              "had come; a size limit of %3 allows that long at no less than "
                              "%4 KiB/s)")
                       .arg(secondsText(m_wholeDeadlineMs))
                       .arg(m_received)
                       .arg(QLocale::c().formattedDataSize(m_cap))
                       .arg(ApiClient::kMinBytesPerSecond / 1024);
    } else if (now >= m_lastByteMs + m_timeoutMs) {
        text = QStringLiteral("nothing more came for %1 after %2 bytes of the answer")
                       .arg(secondsText(m_timeoutMs))
                       .arg(m_received);
    } else {
        m_deadline->start(int(qMin(m_lastByteMs + m_timeoutMs, m_wholeDeadlineMs) - now));
        return;
    }
    m_exchange.reset();
    m_client->conclude(this, {ErrorKind::Timeout, text});
}

ApiClient::ApiClient(Profile profile, ClientSecret secret, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_nam(new QNetworkAccessManager(this))
    , m_qt(std::make_unique<QtTransport>(m_nam))
    , m_curl(new CurlTransport(this))
    , m_rng(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<cxone::Result>();
    qRegisterMetaType<cxone::Attempt>();
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const QByteArray transport = qgetenv("CXONE_HTTP_TRANSPORT").trimmed().toLower();
    if (transport == "qt")
        m_transportChoice = TransportChoice::AlwaysQt;
    else if (transport == "curl" || transport == "http1")
        m_transportChoice = TransportChoice::AlwaysCurl;
    else if (!transport.isEmpty())
        qCWarning(lcNet).noquote() << "CXONE_HTTP_TRANSPORT is" << printableSnippet(transport)
                                   << "- neither qt nor curl; each call takes its own transport";
    m_tokens = new TokenManager(this, std::move(secret));
}

ApiClient::~ApiClient()
{
    // Calls still pending hold exchanges of the transports: end them while those still exist.
    const auto calls = findChildren<CallHandle *>(Qt::FindDirectChildrenOnly);
    for (CallHandle *call : calls)
        delete call;
    delete m_tokens;
    delete m_curl;
    m_qt.reset();
    delete m_nam;
}

void ApiClient::setExtraCaCertificates(const QByteArray &pem)
{
    m_qt->setExtraCaCertificates(pem);
    m_curl->setExtraCaCertificates(pem);
}

qint64 ApiClient::wholeAnswerDeadlineMs(qint64 timeoutMs, qint64 capBytes)
{
    const qint64 forTheBody = capBytes / kMinBytesPerSecond * 1000
                              + capBytes % kMinBytesPerSecond * 1000 / kMinBytesPerSecond;
    return qMin<qint64>(timeoutMs + forTheBody, std::numeric_limits<int>::max());
}

QUrl ApiClient::resolve(const QUrl &url) const
{
    if (!url.isRelative())
        return url;
    QUrl base = m_profile.baseUrl;
    QString basePath = base.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    // Encoded as given: a %2F inside an id stays inside its segment.
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    base.setPath(basePath + path, QUrl::TolerantMode);
    base.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return base;
}

bool ApiClient::mayCarryToken(const QUrl &url) const
{
    const QString origin = originOf(url);
    return origin == originOf(m_profile.baseUrl)
           || origin == originOf(m_profile.effectiveTokenUrl());
}

QString ApiClient::requestProblem(const CallHandle *call, ErrorKind *kind) const
{
    const QUrl &url = call->m_result.url;
    if (QString problem = endpointProblem(url); !problem.isEmpty()) {
        *kind = ErrorKind::InsecureEndpoint;
        return problem;
    }
    *kind = ErrorKind::InvalidRequest;
    // Each segment decoded on its own: an id's "%2F" stays inside its segment.
    const QString path = url.path(QUrl::FullyEncoded);
    for (const QStringView raw : QStringView(path).split(u'/')) {
        const QString segment = QUrl::fromPercentEncoding(raw.toUtf8());
        if (segment == u"." || segment == u"..")
            return QStringLiteral("the address %1 has a '.' or '..' segment; an id cannot name "
                                  "another route.")
                    .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    }
    if (call->m_request.authenticated && !mayCarryToken(url))
        return QStringLiteral("refusing to send the tenant's token to %1: it is not the tenant's "
                              "own origin (%2). A paging or result address must stay on the "
                              "tenant.")
                .arg(url.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery
                                         | QUrl::RemoveUserInfo),
                     m_profile.baseUrl.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery
                                                       | QUrl::RemoveUserInfo));
    return {};
}

CallHandle *ApiClient::send(Request request)
{
    auto *call = new CallHandle(this, std::move(request));
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    // Start on the next event-loop pass so that the caller can connect to finished() first.
    QTimer::singleShot(0, call, [this, call] {
        if (call->m_finished || call->m_cancelled)
            return;
        ErrorKind kind = ErrorKind::None;
        const QString problem = requestProblem(call, &kind);
        if (!problem.isEmpty()) {
            finish(call, kind, problem);
            return;
        }
        startAttempt(call);
    });
    return call;
}

CallHandle *ApiClient::refuse(Request request, ErrorKind kind, const QString &text)
{
    auto *call = new CallHandle(this, std::move(request));
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    QTimer::singleShot(0, call, [this, call, kind, text] {
        if (!call->m_finished)
            finish(call, call->m_cancelled ? ErrorKind::Cancelled : kind, text);
    });
    return call;
}

void ApiClient::startAttempt(CallHandle *call)
{
    if (!call->m_request.authenticated) {
        sendWithToken(call, {});
        return;
    }
    m_tokens->acquire(call, [this, call](const TokenGrant &grant) {
        if (call->m_finished || call->m_cancelled)
            return;
        if (!grant.ok()) {
            call->m_result.serverMessage = grant.errorText;
            finish(call, ErrorKind::AuthFailed, grant.errorText);
            return;
        }
        sendWithToken(call, grant.accessToken);
    });
}

bool ApiClient::useCurl(const CallHandle *call) const
{
    if (!CurlTransport::canCarry(call->m_result.url))
        return false;
    if (call->m_curlAfterInterim)
        return true;
    switch (m_transportChoice) {
    case TransportChoice::AlwaysQt:
        return false;
    case TransportChoice::AlwaysCurl:
        return true;
    case TransportChoice::AsRequested:
        break;
    }
    return call->m_request.transport == Request::Transport::Curl;
}

void ApiClient::sendWithToken(CallHandle *call, const QByteArray &token)
{
    const Request &r = call->m_request;
    // The same headers on either transport.
    HeaderList headers;
    headers.reserve(8 + r.headers.size());
    headers.emplaceBack(QByteArray("Accept"), "application/json");
    headers.emplaceBack(QByteArray("X-Request-ID"), r.requestId);
    // Retries keep the request id (idempotency) and number themselves, so a server can tell a
    // new attempt from a transport's silent resend of the same one.
    headers.emplaceBack(QByteArray("X-Attempt"),
                        QByteArray::number(call->m_result.attempts.size() + 1));
    headers.emplaceBack(QByteArray("User-Agent"), "cxone-console/" CXONE_VERSION);
    const bool hasBody
            = !r.body.isEmpty() || r.method == "POST" || r.method == "PUT" || r.method == "PATCH";
    if (hasBody)
        headers.emplaceBack(QByteArray("Content-Type"), r.contentType);
    headers.append(r.headers);
    if (!token.isEmpty())
        headers.emplaceBack(QByteArray("Authorization"), "Bearer " + token);
    // Checked here, whatever the transport: Qt's would write a line break in a value as it is.
    if (const QString problem = headerProblem(r.method, headers); !problem.isEmpty()) {
        finish(call, ErrorKind::InvalidRequest, problem);
        return;
    }
    call->m_usedToken = token;
    call->m_timeoutMs = qMax<qint64>(1, r.timeout.value_or(m_profile.transferTimeout).count());
    call->m_cap = r.maxResponseBytes.value_or(m_profile.maxResponseBytes);
    call->m_wholeDeadlineMs = wholeAnswerDeadlineMs(call->m_timeoutMs, call->m_cap);

    call->m_status = 0;
    call->m_headers.clear();
    call->m_declared.reset();
    call->m_compressed = false;
    call->m_body.clear();
    call->m_received = 0;
    call->m_headSeen = false;
    call->m_streaming = false;
    call->m_tooLarge = false;
    call->m_sinkError.clear();
    call->m_lastByteMs = 0;
    call->m_onCurl = useCurl(call);
    qCDebug(lcNet).noquote() << r.method << call->m_result.url.toDisplayString(QUrl::RemoveQuery)
                             << "id" << r.requestId << (call->m_onCurl ? "curl" : "qt");

    if (!call->m_deadline) {
        call->m_deadline = new QTimer(call);
        call->m_deadline->setSingleShot(true);
        connect(call->m_deadline, &QTimer::timeout, call, [call] { call->onDeadline(); });
    }
    // The head first: the whole answer's deadline is checked once the head is in.
    call->m_deadline->start(int(qMin(call->m_timeoutMs, call->m_wholeDeadlineMs)));
    call->m_attemptTimer.start();

    Outgoing out;
    out.url = call->m_result.url;
    out.method = r.method;
    out.headers = std::move(headers);
    out.body = r.body;
    out.hasBody = hasBody;
    out.replayable = r.isIdempotent() || r.retrySafe;
    out.connectTimeoutMs = int(call->m_timeoutMs);
    ExchangeListener *listener = call;
    call->m_exchange = call->m_onCurl ? m_curl->start(out, listener) : m_qt->start(out, listener);
    call->m_exchange->go(); // the call may be over when this returns
}

void ApiClient::conclude(CallHandle *call, const TransportEnd &end)
{
    Attempt attempt;
    attempt.number = int(call->m_result.attempts.size()) + 1;
    attempt.latencyMs = call->m_attemptTimer.elapsed();
    attempt.waitBeforeMs = call->m_nextWaitMs;
    attempt.afterRateLimit = call->m_nextAfterRateLimit;
    attempt.afterTokenRefresh = call->m_nextAfterRefresh;
    const int status = call->m_headSeen ? call->m_status : 0;
    attempt.httpStatus = status;

    Result &res = call->m_result;
    res.httpStatus = status;
    res.headers = call->m_headers;

    ErrorKind kind = ErrorKind::None;
    QString detail;
    bool interimOnly = false;
    if (call->m_cancelled) {
        kind = ErrorKind::Cancelled;
    } else if (call->m_tooLarge || end.kind == ErrorKind::TooLarge) {
        call->m_tooLarge = true;
        kind = ErrorKind::TooLarge;
        detail = QLocale::c().formattedDataSize(call->m_cap);
    } else if (!call->m_sinkError.isEmpty()) {
        // The local side failed (disk full, masking refused): not the server's fault, no retry.
        kind = ErrorKind::Local;
        detail = call->m_sinkError;
    } else if (end.kind != ErrorKind::None) {
        kind = end.kind;
        detail = end.text;
        if (status != 0)
            res.body.clear();
    } else if (status < 200) {
        // Only Qt's stack ends here: Qt 6.4 takes an interim answer (103 Early Hints) for the
        // answer itself and drops the connection with the real one on it.
        kind = ErrorKind::Protocol;
        interimOnly = true;
        detail = QStringLiteral("Qt's network stack stopped at an interim answer (HTTP %1) and "
                                "cannot read the answer after it")
                         .arg(status);
        res.body.clear();
    } else if (call->m_declared && !call->m_compressed && call->m_received < *call->m_declared) {
        // The connection closed mid-body; Qt reports that as success.
        kind = ErrorKind::Network;
        detail = cutOffText(call->m_received, *call->m_declared);
        res.body.clear();
    } else if (call->m_streaming) {
        res.body.clear(); // an earlier attempt's error body
        res.bytesReceived = call->m_received;
    } else {
        res.body = std::move(call->m_body);
        call->m_body.clear();
        kind = classifyStatus(status);
        if (status >= 300 && status < 400) {
            kind = ErrorKind::HttpError;
            detail = QStringLiteral("redirected to %1; redirects are not followed")
                             .arg(displayText(QByteArrayView(res.header("Location"))));
        } else if (kind == ErrorKind::None && call->m_request.expectJson && !res.body.isEmpty()) {
            if (call->m_request.readBody) {
                if (call->m_request.hooksAlive() && !call->m_request.readBody(res.body, &detail))
                    kind = ErrorKind::Malformed;
            } else {
                QJsonParseError pe;
                res.json = QJsonDocument::fromJson(res.body, &pe);
                if (pe.error != QJsonParseError::NoError) {
                    kind = ErrorKind::Malformed;
                    detail = QStringLiteral("%1 at byte %2").arg(pe.errorString()).arg(pe.offset);
                    res.json = {};
                }
            }
        } else if (kind != ErrorKind::None) {
            extractServerMessage(res.body, res.header("WWW-Authenticate"), &res.serverMessage,
                                 &res.missingScope);
        }
    }
    attempt.error = kind;
    res.attempts.append(attempt);
    call->m_nextWaitMs = 0;
    call->m_nextAfterRateLimit = false;
    call->m_nextAfterRefresh = false;
    Q_EMIT call->attemptFinished(attempt);
    qCDebug(lcNet).noquote() << "  ->" << status << errorKindName(kind) << attempt.latencyMs
                             << "ms";

    if (kind == ErrorKind::None || kind == ErrorKind::Cancelled || kind == ErrorKind::TooLarge) {
        finish(call, kind, detail);
        return;
    }
    if (kind == ErrorKind::Unauthorized && call->m_request.authenticated
        && !call->m_replayedAfter401) {
        call->m_replayedAfter401 = true;
        m_tokens->invalidate(call->m_usedToken);
        scheduleRetry(call, 0, false, true, kind);
        return;
    }

    const bool replayable = call->m_request.isIdempotent() || call->m_request.retrySafe;
    const int maxAttempts = call->m_request.maxAttempts.value_or(m_policy.maxAttempts);
    if (interimOnly) {
        // libcurl reads past interim answers: the call goes there, at once, if it may be sent
        // again; otherwise it may have been carried out and is not repeated.
        if (replayable && call->m_request.replayWhenAnswerLost && CurlTransport::canCarry(res.url)
            && res.attempts.size() < maxAttempts) {
            call->m_curlAfterInterim = true;
            scheduleRetry(call, 0, false, false, kind);
            return;
        }
        finish(call, kind,
               detail
                       + QStringLiteral("; the server may have carried the call out, so it was not "
                                        "sent again"));
        return;
    }
    const bool answerLost = kind == ErrorKind::Network || kind == ErrorKind::Timeout
                            || kind == ErrorKind::Malformed;
    const bool retryable = kind == ErrorKind::RateLimited
                           || (replayable
                               && (kind == ErrorKind::ServerError
                                   || (answerLost && call->m_request.replayWhenAnswerLost)));
    if (!retryable || res.attempts.size() >= maxAttempts) {
        if (retryable && res.attempts.size() > 1)
            detail = detail.isEmpty()
                             ? QStringLiteral("gave up after %1 attempts").arg(res.attempts.size())
                             : QStringLiteral("gave up after %1 attempts; the last one: %2")
                                       .arg(res.attempts.size())
                                       .arg(detail);
        finish(call, kind, detail);
        return;
    }

    const auto retryAfter
            = parseRetryAfter(res.header("Retry-After"), QDateTime::currentDateTimeUtc());
    const bool useRetryAfter = retryAfter && (status == 429 || status == 503);
    const qint64 wait = useRetryAfter
                                ? retryAfter->count()
                                : backoffDelay(m_policy, int(res.attempts.size()), m_rng).count();
    if (res.waitedMs + wait > m_policy.maxTotalWait.count()) {
        detail = QStringLiteral("the server asked to wait %1 s more, beyond the %2 s wait budget")
                         .arg(wait / 1000.0, 0, 'f', 1)
                         .arg(m_policy.maxTotalWait.count() / 1000);
        finish(call, kind, detail);
        return;
    }
    scheduleRetry(call, wait, kind == ErrorKind::RateLimited, false, kind);
}

void ApiClient::scheduleRetry(CallHandle *call, qint64 waitMs, bool rateLimited, bool afterRefresh,
                              ErrorKind why)
{
    if (call->m_request.retryWait && call->m_request.hooksAlive())
        waitMs = std::max(waitMs, call->m_request.retryWait(why, waitMs));
    Q_EMIT call->retryScheduled(int(call->m_result.attempts.size()) + 1,
                                call->m_request.maxAttempts.value_or(m_policy.maxAttempts), waitMs,
                                why);
    call->m_nextWaitMs = waitMs;
    call->m_nextAfterRateLimit = rateLimited;
    call->m_nextAfterRefresh = afterRefresh;
    call->m_result.waitedMs += waitMs;
    if (rateLimited)
        ++call->m_result.rateLimitWaits;
    if (!call->m_waitTimer) {
        call->m_waitTimer = new QTimer(call);
        call->m_waitTimer->setSingleShot(true);
        connect(call->m_waitTimer, &QTimer::timeout, call, [this, call] {
            if (!call->m_finished && !call->m_cancelled)
                startAttempt(call);
        });
    }
    call->m_waitTimer->start(int(waitMs));
}

void ApiClient::finish(CallHandle *call, ErrorKind kind, const QString &detail)
{
    if (call->m_finished)
        return;
    call->m_finished = true;
    Result &res = call->m_result;
    QString detailText = detail;
    if (call->m_request.sink) {
        QString sinkError;
        if (kind == ErrorKind::None && !call->m_request.sink->finish(&sinkError)) {
            kind = ErrorKind::Local;
            detailText = sinkError;
            call->m_request.sink->abort();
        } else if (kind != ErrorKind::None) {
            call->m_request.sink->abort();
        }
    }
    res.error = kind;
    res.totalMs = call->m_total.elapsed();
    if (kind != ErrorKind::None) {
        QString message = res.serverMessage;
        if (kind == ErrorKind::InsecureEndpoint || kind == ErrorKind::AuthFailed)
            message = detailText;
        else if (!detailText.isEmpty())
            message = message.isEmpty() ? detailText : message + QStringLiteral("; ") + detailText;
        // What the server said, and what the transports report of it (Qt's error strings quote
        // its status line), is shown inert and capped; so is the whole sentence.
        message = displayText(message, 1000);
        if (kind == ErrorKind::AuthFailed)
            res.errorText = displayText(detailText, -1);
        else
            res.errorText = displayText(describeFailure(kind, res.httpStatus,
                                                        describeCall(call->m_request), message,
                                                        res.missingScope, int(res.attempts.size())),
                                        -1);
    }
    --m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    Q_EMIT callFinished(res);
    Q_EMIT call->finished(res);
    call->deleteLater();
}

} // namespace cxone
