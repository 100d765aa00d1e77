#include "network/apiclient.h"

#include "network/fileio.h"
#include "network/http1transport.h"
#include "network/log.h"
#include "network/tokenmanager.h"

#include <QFile>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
    m_written = 0;
    const QByteArray part = QFile::encodeName(m_path + QStringLiteral(".part"));
    m_fd = ::open(part.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        *error = QStringLiteral("cannot write %1.part: %2").arg(m_path, ioErrorText(errno));
        return false;
    }
    return true;
}

bool FileSink::write(QByteArrayView bytes, QString *error)
{
    if (!writeFully(m_fd, bytes)) {
        *error = QStringLiteral("writing %1.part failed: %2").arg(m_path, ioErrorText(errno));
        return false;
    }
    m_written += bytes.size();
    return true;
}

bool FileSink::finish(QString *error)
{
    const QByteArray part = QFile::encodeName(m_path + QStringLiteral(".part"));
    const bool synced = ::fsync(m_fd) == 0;
    const int syncErrno = errno;
    ::close(m_fd);
    m_fd = -1;
    if (!synced) {
        *error = QStringLiteral("writing %1.part failed: %2").arg(m_path, ioErrorText(syncErrno));
        ::unlink(part.constData());
        return false;
    }
    // rename(2) replaces an existing file atomically.
    if (std::rename(part.constData(), QFile::encodeName(m_path).constData()) != 0) {
        *error = QStringLiteral("cannot rename %1.part to %1: %2").arg(m_path, ioErrorText(errno));
        return false;
    }
    return true;
}

void FileSink::abort()
{
    if (m_fd < 0)
        return;
    ::close(m_fd);
    m_fd = -1;
    ::unlink(QFile::encodeName(m_path + QStringLiteral(".part")).constData());
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
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_http1Reply) {
        m_http1Reply->disconnect(this);
        m_http1Reply->abort();
    }
}

void CallHandle::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_waitTimer)
        m_waitTimer->stop();
    if (m_reply) {
        // onReplyFinished sees m_cancelled and reports Cancelled.
        m_reply->abort();
        return;
    }
    if (m_http1Reply) {
        m_http1Reply->abort();
        return;
    }
    m_client->finish(this, ErrorKind::Cancelled);
}

ApiClient::ApiClient(Profile profile, ClientSecret secret, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_nam(new QNetworkAccessManager(this))
    , m_http1(new Http1Transport(this))
    , m_rng(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<cxone::Result>();
    qRegisterMetaType<cxone::Attempt>();
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    const QByteArray transport = qgetenv("CXONE_HTTP_TRANSPORT").toLower();
    if (transport == "qt")
        m_transportChoice = TransportChoice::AlwaysQt;
    else if (transport == "http1")
        m_transportChoice = TransportChoice::Http1WhereAble;
    m_tokens = new TokenManager(this, std::move(secret));
}

ApiClient::~ApiClient()
{
    // Calls still pending own replies of the network manager: end them while it still exists
    // (children are destroyed in creation order, and the manager was created first).
    const auto calls = findChildren<CallHandle *>(Qt::FindDirectChildrenOnly);
    for (CallHandle *call : calls)
        delete call;
    delete m_tokens;
    delete m_http1;
    delete m_nam;
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

// A response as either transport saw it: what the pipeline decides on.
struct ApiClient::Answer
{
    int status = 0; // 0: no response at all
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;                     // a buffered answer's body
    ErrorKind failure = ErrorKind::None; // the transport failed (no answer, or a cut-off body)
    QString failureText;
    bool streamed = false; // a success body went to the request's sink
    qint64 streamedBytes = 0;
};

namespace {

std::optional<qint64> declaredLength(QNetworkReply *reply)
{
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    return length.isValid() ? std::optional<qint64>(length.toLongLong()) : std::nullopt;
}

std::optional<qint64> declaredLength(Http1Reply *reply)
{
    return reply->contentLength();
}

// A declared length above the cap ends the attempt before the body comes; so does a body that
// grows past it without one.
template<typename Reply>
void capResponse(CallHandle *call, Reply *reply, qint64 cap, bool *tooLarge)
{
    QObject::connect(reply, &Reply::metaDataChanged, call, [reply, cap, tooLarge] {
        if (const auto length = declaredLength(reply); length && *length > cap) {
            *tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &Reply::downloadProgress, call,
                     [call, reply, cap, tooLarge](qint64 received, qint64 total) {
                         if (received > cap && !*tooLarge) {
                             *tooLarge = true;
                             reply->abort();
                             return;
                         }
                         Q_EMIT call->progress(received, total);
                     });
}

} // namespace

bool ApiClient::useHttp1(const CallHandle *call) const
{
    const Request &r = call->m_request;
    if (m_transportChoice == TransportChoice::AlwaysQt || r.sink)
        return false;
    if (m_transportChoice == TransportChoice::AsRequested
        && r.transport != Request::Transport::Http1)
        return false;
    return Http1Transport::canCarry(call->m_result.url);
}

void ApiClient::sendWithToken(CallHandle *call, const QByteArray &token)
{
    const Request &r = call->m_request;
    // The same headers on either transport.
    QList<QPair<QByteArray, QByteArray>> headers;
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
    call->m_usedToken = token;
    const int timeoutMs = int(r.timeout.value_or(m_profile.transferTimeout).count());
    const qint64 cap = r.maxResponseBytes.value_or(m_profile.maxResponseBytes);

    call->m_tooLarge = false;
    call->m_streaming = false;
    call->m_sinkError.clear();
    call->m_received = 0;
    call->m_attemptTimer.start();
    qCDebug(lcNet).noquote() << r.method << call->m_result.url.toDisplayString(QUrl::RemoveQuery)
                             << "id" << r.requestId;

    if (useHttp1(call)) {
        Http1Transport::Outgoing out;
        out.url = call->m_result.url;
        out.method = r.method;
        out.headers = std::move(headers);
        out.body = r.body;
        out.sendLength = hasBody;
        out.replayable = r.isIdempotent() || r.retrySafe;
        out.timeoutMs = timeoutMs;
        out.maxUnpacked = cap;
        Http1Reply *reply = m_http1->send(out);
        reply->setParent(call);
        call->m_http1Reply = reply;
        capResponse(call, reply, cap, &call->m_tooLarge);
        connect(reply, &Http1Reply::finished, call,
                [this, call, reply] { onHttp1Finished(call, reply); });
        return;
    }

    QNetworkRequest nr(call->m_result.url);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setTransferTimeout(timeoutMs);
    for (const auto &h : headers)
        nr.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam->sendCustomRequest(nr, r.method, r.body);
    reply->setParent(call);
    call->m_reply = reply;
    capResponse(call, reply, cap, &call->m_tooLarge);
    connect(reply, &QNetworkReply::metaDataChanged, call, [call, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (call->m_tooLarge || !call->m_request.sink || status < 200 || status >= 300
            || call->m_streaming)
            return;
        call->m_streaming = true;
        if (!call->m_request.sink->begin(&call->m_sinkError))
            reply->abort();
    });
    if (r.sink)
        connect(reply, &QIODevice::readyRead, call,
                [this, call, reply] { onReplyData(call, reply); });
    connect(reply, &QNetworkReply::finished, call,
            [this, call, reply] { onReplyFinished(call, reply); });
}

void ApiClient::onReplyData(CallHandle *call, QNetworkReply *reply)
{
    if (!call->m_streaming || !call->m_sinkError.isEmpty() || call->m_tooLarge)
        return;
    while (reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(256 * 1024);
        call->m_received += chunk.size();
        if (!call->m_request.sink->write(chunk, &call->m_sinkError)) {
            reply->abort();
            return;
        }
    }
}

void ApiClient::onReplyFinished(CallHandle *call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->m_reply == reply)
        call->m_reply = nullptr;
    if (call->m_finished)
        return;

    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.headers = reply->rawHeaderPairs();
    const std::optional<qint64> declared = declaredLength(reply);
    const bool compressed = !reply->rawHeader("Content-Encoding").isEmpty();
    if (call->m_cancelled || call->m_tooLarge || !call->m_sinkError.isEmpty()) {
        // decided by the call's own state
    } else if (call->m_streaming && a.status >= 200 && a.status < 300) {
        onReplyData(call, reply);
        a.streamed = true;
        a.streamedBytes = call->m_received;
        if (!call->m_sinkError.isEmpty()) {
            // conclude() reports the sink's sentence
        } else if (reply->error() != QNetworkReply::NoError) {
            a.failure = classifyNetworkError(reply->error());
            if (a.failure == ErrorKind::Cancelled || a.failure == ErrorKind::None)
                a.failure = ErrorKind::Network;
            a.failureText = reply->errorString();
        } else if (declared && !compressed && call->m_received < *declared) {
            a.failure = ErrorKind::Network;
            a.failureText = cutOffText(call->m_received, *declared);
        }
    } else if (a.status == 0) {
        a.failure = classifyNetworkError(reply->error());
        if (a.failure == ErrorKind::Cancelled) // not cancelled by us: the transfer timeout fired
            a.failure = ErrorKind::Timeout;
        a.failureText = reply->errorString();
    } else {
        a.body = reply->readAll();
        if (declared && !compressed && a.body.size() < *declared) {
            // The connection closed mid-body; Qt reports that as success.
            a.failure = ErrorKind::Network;
            a.failureText = cutOffText(a.body.size(), *declared);
            a.body.clear();
        }
    }
    conclude(call, a);
}

void ApiClient::onHttp1Finished(CallHandle *call, Http1Reply *reply)
{
    reply->deleteLater();
    if (call->m_http1Reply == reply)
        call->m_http1Reply = nullptr;
    if (call->m_finished)
        return;

    Answer a;
    a.status = reply->status();
    a.headers = reply->rawHeaderPairs();
    if (reply->unpackedTooLarge())
        call->m_tooLarge = true;
    if (call->m_cancelled || call->m_tooLarge) {
        // decided by the call's own state
    } else if (a.status == 0 || !reply->isComplete()) {
        a.failure = classifyNetworkError(reply->error());
        if (a.failure == ErrorKind::Cancelled || a.failure == ErrorKind::None)
            a.failure = a.status == 0 ? ErrorKind::Timeout : ErrorKind::Network;
        if (reply->error() == QNetworkReply::ProtocolUnknownError)
            a.failure = ErrorKind::InvalidRequest; // refused before sending: no retry helps
        a.failureText = reply->errorString();
    } else {
        a.body = reply->takeBody();
    }
    conclude(call, a);
}

void ApiClient::conclude(CallHandle *call, const Answer &a)
{
    Attempt attempt;
    attempt.number = int(call->m_result.attempts.size()) + 1;
    attempt.latencyMs = call->m_attemptTimer.elapsed();
    attempt.waitBeforeMs = call->m_nextWaitMs;
    attempt.afterRateLimit = call->m_nextAfterRateLimit;
    attempt.afterTokenRefresh = call->m_nextAfterRefresh;
    const int status = a.status;
    attempt.httpStatus = status;

    Result &res = call->m_result;
    res.httpStatus = status;
    res.headers = a.headers;

    ErrorKind kind = ErrorKind::None;
    QString detail;
    if (call->m_cancelled) {
        kind = ErrorKind::Cancelled;
    } else if (call->m_tooLarge) {
        kind = ErrorKind::TooLarge;
        const qint64 cap = call->m_request.maxResponseBytes.value_or(m_profile.maxResponseBytes);
        detail = QLocale::c().formattedDataSize(cap);
    } else if (!call->m_sinkError.isEmpty()) {
        // The local side failed (disk full, masking refused): not the server's fault, no retry.
        kind = ErrorKind::Local;
        detail = call->m_sinkError;
    } else if (a.streamed) {
        res.body.clear(); // an earlier attempt's error body
        kind = a.failure;
        detail = a.failureText;
        res.bytesReceived = a.streamedBytes;
    } else if (a.failure != ErrorKind::None) {
        kind = a.failure;
        detail = a.failureText;
        if (status != 0)
            res.body.clear();
    } else {
        res.body = a.body;
        kind = classifyStatus(status);
        if (status >= 300 && status < 400) {
            kind = ErrorKind::HttpError;
            detail = QStringLiteral("redirected to %1; redirects are not followed")
                             .arg(QString::fromUtf8(res.header("Location")));
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
    const bool answerLost = kind == ErrorKind::Network || kind == ErrorKind::Timeout
                            || kind == ErrorKind::Malformed;
    const bool retryable = kind == ErrorKind::RateLimited
                           || (replayable
                               && (kind == ErrorKind::ServerError
                                   || (answerLost && call->m_request.replayWhenAnswerLost)));
    const int maxAttempts = call->m_request.maxAttempts.value_or(m_policy.maxAttempts);
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
        if (kind == ErrorKind::AuthFailed)
            res.errorText = detailText;
        else
            res.errorText = describeFailure(kind, res.httpStatus, describeCall(call->m_request),
                                            message, res.missingScope);
    }
    --m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    Q_EMIT callFinished(res);
    Q_EMIT call->finished(res);
    call->deleteLater();
}

} // namespace cxone
