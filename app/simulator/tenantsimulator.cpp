#include "app/simulator/tenantsimulator.h"

#include "app/simulator/modules/audiencesmodule.h"
#include "app/simulator/modules/authmodule.h"
#include "app/simulator/modules/contactlistsmodule.h"
#include "app/simulator/modules/enrichmentmodule.h"
#include "app/simulator/modules/segmentsmodule.h"
#include "app/simulator/modules/simadminmodule.h"
#include "app/simulator/modules/transcriptsmodule.h"
#include "network/retrypolicy.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace cxone::sim {

namespace {

// Acknowledges what it receives at once. A client that writes a request in several pieces
// (QNetworkAccessManager writes bodies in 16 KiB pieces) waits, under Nagle's algorithm, for the
// acknowledgement of one piece before it sends the next; on loopback, where a segment can be
// 64 KiB, a 16 KiB piece is "small" and the kernel delays that acknowledgement by up to 40 ms, so
// every large POST would stall for 40 ms. On a real network the pieces are many full-sized
// segments, which are acknowledged at once: this makes loopback behave the same.
class PromptAckServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Connected before the HTTP server's own handler, so it runs first on every arrival.
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const int one = 1;
            ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one,
                         sizeof one);
        });
        addPendingConnection(socket);
    }
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QList<QStringView> splitPath(QStringView path)
{
    QList<QStringView> parts;
    for (const QStringView part : path.tokenize(u'/', Qt::SkipEmptyParts))
        parts.append(part);
    return parts;
}

bool isJsonContentType(const QByteArray &type)
{
    return type.isEmpty() || type.contains("json");
}

} // namespace

TenantSimulator::TenantSimulator(const SimConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_state(std::make_unique<TenantState>(config))
    , m_globalFaults(config.faults)
{
    // Every feature of the API is one module; add new ones here.
    addModule(std::make_unique<AuthModule>());
    addModule(std::make_unique<SimAdminModule>());
    addModule(std::make_unique<SegmentsModule>());
    addModule(std::make_unique<AudiencesModule>());
    addModule(std::make_unique<ContactListsModule>());
    addModule(std::make_unique<EnrichmentModule>());
    addModule(std::make_unique<TranscriptsModule>());
}

TenantSimulator::~TenantSimulator() = default;

bool TenantSimulator::start(QString *error)
{
    const QString host = m_config.host.trimmed();
    if (const QString problem = hostProblem(host); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const QHostAddress address = host.compare(u"localhost", Qt::CaseInsensitive) == 0
                                         ? QHostAddress(QHostAddress::LocalHost)
                                         : QHostAddress(host);
    auto *server = new PromptAckServer(this);
    if (!server->listen(address, m_config.port)) {
        if (error)
            *error = QStringLiteral("Cannot listen on %1 port %2: %3")
                             .arg(address.toString())
                             .arg(m_config.port)
                             .arg(server->errorString());
        delete server;
        return false;
    }
    bind(server);
    m_port = server->serverPort();
    m_boundHost = address.toString();
    return true;
}

QUrl TenantSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_boundHost);
    url.setPort(m_port);
    return url;
}

void TenantSimulator::addRoute(QByteArray method, QString pattern, QStringList requiredScopes,
                               Handler handler, RouteOptions options)
{
    Route r;
    r.method = method.toUpper();
    r.pattern = std::move(pattern);
    r.key = QString::fromLatin1(r.method) + u' ' + r.pattern;
    for (const QStringView part : splitPath(r.pattern)) {
        Segment s;
        s.isParam = part.startsWith(u'{') && part.endsWith(u'}');
        s.text = s.isParam ? part.mid(1, part.size() - 2).toString() : part.toString();
        r.segments.push_back(std::move(s));
    }
    r.scopes = std::move(requiredScopes);
    r.handler = std::move(handler);
    r.options = options;
    r.isAdmin = r.pattern.startsWith(u"/_sim/");
    if (r.isAdmin)
        r.options.requiresAuth = false;
    r.faultStream = mixSeed(m_config.seed, r.key.toUtf8());
    m_routes.push_back(std::move(r));
}

void TenantSimulator::addModule(std::unique_ptr<SimModule> module)
{
    module->registerRoutes(*this);
    m_modules.push_back(std::move(module));
}

QStringList TenantSimulator::routeKeys() const
{
    QStringList keys;
    keys.reserve(qsizetype(m_routes.size()));
    for (const Route &r : m_routes)
        keys.append(r.key);
    return keys;
}

int TenantSimulator::findRoute(const QString &key) const
{
    for (size_t i = 0; i < m_routes.size(); ++i) {
        if (m_routes[i].key == key)
            return int(i);
    }
    return -1;
}

QString TenantSimulator::resolveRouteKey(const QString &text) const
{
    const QString trimmed = text.simplified();
    const int exact = findRoute(trimmed);
    if (exact >= 0)
        return m_routes[size_t(exact)].key;
    const qsizetype space = trimmed.indexOf(u' ');
    if (space <= 0)
        return {};
    const QByteArray method = trimmed.left(space).toUpper().toLatin1();
    const QString path = trimmed.mid(space + 1).section(u'?', 0, 0);
    QHash<QString, QString> params;
    bool other = false;
    const int idx = matchRoute(method, splitPath(path), &params, &other);
    return idx < 0 ? QString() : m_routes[size_t(idx)].key;
}

int TenantSimulator::matchRoute(QByteArrayView method, const QList<QStringView> &segments,
                                QHash<QString, QString> *params, bool *otherMethod) const
{
    for (size_t i = 0; i < m_routes.size(); ++i) {
        const Route &r = m_routes[i];
        if (qsizetype(r.segments.size()) != segments.size())
            continue;
        bool match = true;
        for (size_t s = 0; s < r.segments.size(); ++s) {
            const Segment &seg = r.segments[s];
            if (!seg.isParam && seg.text != segments[qsizetype(s)]) {
                match = false;
                break;
            }
        }
        if (!match)
            continue;
        if (r.method != method) {
            *otherMethod = true;
            continue;
        }
        for (size_t s = 0; s < r.segments.size(); ++s) {
            const Segment &seg = r.segments[s];
            if (seg.isParam)
                params->insert(seg.text,
                               QUrl::fromPercentEncoding(segments[qsizetype(s)].toUtf8()));
        }
        return int(i);
    }
    return -1;
}

bool TenantSimulator::setRouteFaults(const QString &route, const FaultOverrides &overrides,
                                     QString *error)
{
    const int idx = findRoute(resolveRouteKey(route));
    if (idx < 0) {
        if (error)
            *error = QStringLiteral("No route \"%1\".").arg(route);
        return false;
    }
    Route &r = m_routes[size_t(idx)];
    if (r.isAdmin) {
        if (error)
            *error = QStringLiteral("Faults never apply to /_sim routes.");
        return false;
    }
    r.faults = overrides;
    return true;
}

bool TenantSimulator::setFailNext(const QString &route, const FailNext &failNext, QString *error)
{
    if (route.isEmpty()) {
        m_globalFailNext = failNext;
        return true;
    }
    const int idx = findRoute(resolveRouteKey(route));
    if (idx < 0 || m_routes[size_t(idx)].isAdmin) {
        if (error)
            *error = QStringLiteral("No route \"%1\" that takes faults.").arg(route);
        return false;
    }
    m_routes[size_t(idx)].failNext = failNext;
    return true;
}

void TenantSimulator::resetFaults()
{
    m_globalFaults = m_config.faults;
    m_globalFailNext = FailNext{0, FaultKind::ServerError};
    for (Route &r : m_routes) {
        r.faults.reset();
        r.failNext = FailNext{0, FaultKind::ServerError};
    }
}

QJsonObject TenantSimulator::faultsJson() const
{
    QJsonObject o = m_globalFaults.toJson();
    o.insert(QStringLiteral("fail-next"), m_globalFailNext.count);
    o.insert(QStringLiteral("fail-kind"), faultKindName(m_globalFailNext.kind));
    QJsonObject routes;
    for (const Route &r : m_routes) {
        if (!r.faults && r.failNext.count == 0)
            continue;
        QJsonObject ro = r.faults ? r.faults->toJson() : QJsonObject();
        if (r.failNext.count > 0) {
            ro.insert(QStringLiteral("fail-next"), r.failNext.count);
            ro.insert(QStringLiteral("fail-kind"), faultKindName(r.failNext.kind));
        }
        routes.insert(r.key, ro);
    }
    o.insert(QStringLiteral("routes"), routes);
    return o;
}

bool TenantSimulator::applyFaultJson(const QJsonObject &json, QString *error)
{
    QJsonObject settings = json;
    // The GET document carries the per-route table; accept it back unchanged.
    settings.remove(QStringLiteral("routes"));
    FaultOverrides overrides;
    FailNext failNext;
    bool hasFailNext = false;
    if (!parseFaultJson(settings, &overrides, &failNext, &hasFailNext, error))
        return false;
    const bool reset = json.value(u"reset").toBool();
    const QString route = json.value(u"route").toString();
    if (route.isEmpty()) {
        if (reset)
            resetFaults();
        m_globalFaults = overrides.applyTo(m_globalFaults);
        if (hasFailNext)
            m_globalFailNext = failNext;
        return true;
    }
    const int idx = findRoute(resolveRouteKey(route));
    if (idx < 0 || m_routes[size_t(idx)].isAdmin) {
        if (error)
            *error = QStringLiteral("No route \"%1\" that takes faults. Name it like "
                                    "\"GET /api/v2/contacts/segments/{id}\".")
                             .arg(route);
        return false;
    }
    Route &r = m_routes[size_t(idx)];
    if (reset) {
        r.faults.reset();
        r.failNext = FailNext{0, FaultKind::ServerError};
    }
    if (!overrides.isEmpty()) {
        FaultOverrides merged = r.faults.value_or(FaultOverrides{});
        const auto take = [](auto &into, const auto &from) {
            if (from)
                into = from;
        };
        take(merged.p429, overrides.p429);
        take(merged.p5xx, overrides.p5xx);
        take(merged.pDrop, overrides.pDrop);
        take(merged.pMalformed, overrides.pMalformed);
        take(merged.latencyMs, overrides.latencyMs);
        take(merged.retryAfterSeconds, overrides.retryAfterSeconds);
        take(merged.retryAfterDate, overrides.retryAfterDate);
        r.faults = merged;
    }
    if (hasFailNext)
        r.failNext = failNext;
    return true;
}

SimResponse TenantSimulator::checkAuth(const Route &route, SimRequest &req) const
{
    const QByteArray auth = req.header("Authorization");
    QByteArray token;
    if (auth.size() > 7 && auth.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        token = auth.mid(7).trimmed();
    const TokenRecord *record = nullptr;
    const TokenCheck check = m_state->checkToken(token, &record);
    if (check != TokenCheck::Valid) {
        const bool missing = check == TokenCheck::Missing;
        const QString message = missing ? QStringLiteral("A bearer access token is required.")
                                : check == TokenCheck::Expired
                                        ? QStringLiteral("The access token has expired.")
                                        : QStringLiteral("The access token is not valid.");
        SimResponse r = SimResponse::json(
                401,
                QJsonObject{{QStringLiteral("error"), missing ? QStringLiteral("unauthorized")
                                                              : QStringLiteral("invalid_token")},
                            {QStringLiteral("message"), message}});
        r.withHeader("WWW-Authenticate",
                     missing ? QByteArray("Bearer realm=\"cxone-sim\"")
                             : "Bearer realm=\"cxone-sim\", error=\"invalid_token\", "
                               "error_description=\""
                                       + message.toLatin1() + '"');
        return r;
    }
    for (const QString &scope : route.scopes) {
        if (!record->scopes.contains(scope)) {
            SimResponse r = SimResponse::json(
                    403,
                    QJsonObject{{QStringLiteral("error"), QStringLiteral("insufficient_scope")},
                                {QStringLiteral("missing_scope"), scope},
                                {QStringLiteral("message"),
                                 QStringLiteral("The access token lacks the scope '%1' that %2 "
                                                "requires.")
                                         .arg(scope, route.key)}});
            r.withHeader("WWW-Authenticate",
                         "Bearer error=\"insufficient_scope\", scope=\"" + scope.toUtf8() + '"');
            return r;
        }
    }
    req.clientId = record->clientId;
    req.scopes = record->scopes;
    return SimResponse{0, {}, {}, {}};
}

SimResponse TenantSimulator::faultResponse(const FaultSettings &settings, FaultKind kind,
                                           quint64 draw) const
{
    switch (kind) {
    case FaultKind::RateLimit: {
        SimResponse r = SimResponse::error(429, QStringLiteral("rate_limited"),
                                           QStringLiteral("Too many requests; retry after %1 s.")
                                                   .arg(settings.retryAfterSeconds));
        r.withHeader("Retry-After",
                     settings.retryAfterDate ? cxone::toHttpDate(
                             QDateTime::currentDateTimeUtc().addSecs(settings.retryAfterSeconds))
                                             : QByteArray::number(settings.retryAfterSeconds));
        return r;
    }
    case FaultKind::ServerError:
        return (draw >> 7) & 1 ? faultResponse(settings, FaultKind::InternalError, draw)
                               : faultResponse(settings, FaultKind::Unavailable, draw);
    case FaultKind::Unavailable:
        return SimResponse::error(503, QStringLiteral("service_unavailable"),
                                  QStringLiteral("The service is temporarily unavailable."));
    case FaultKind::InternalError:
        return SimResponse::error(500, QStringLiteral("internal_error"),
                                  QStringLiteral("An internal error occurred."));
    case FaultKind::None:
    case FaultKind::Drop:
    case FaultKind::Malformed:
        break;
    }
    return SimResponse{0, {}, {}, {}};
}

bool TenantSimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimRequest req;
    req.method = methodName(request.method());
    const QUrl url = request.url();
    const QString encodedPath = url.path(QUrl::FullyEncoded);
    req.path = url.path(QUrl::FullyDecoded);
    req.query = QUrlQuery(url);
    req.headers = request.headers();
    req.origin = baseUrl().toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    req.requestId = req.header("X-Request-ID");
    if (req.requestId.isEmpty())
        req.requestId = "sim-" + QByteArray::number(++m_requestCounter);
    const bool closeAfter = req.header("Connection").compare("close", Qt::CaseInsensitive) == 0;

    CallRecord call;
    call.method = req.method;
    call.path = req.path;
    call.requestId = req.requestId;
    call.timeMs = QDateTime::currentMSecsSinceEpoch();

    bool otherMethod = false;
    const int idx = matchRoute(req.method, splitPath(encodedPath), &req.params, &otherMethod);
    if (idx < 0) {
        SimResponse r = otherMethod
                                ? SimResponse::error(
                                        405, QStringLiteral("method_not_allowed"),
                                        QStringLiteral("%1 is not allowed on %2.")
                                                .arg(QString::fromLatin1(req.method), req.path))
                                : SimResponse::error(
                                        404, QStringLiteral("not_found"),
                                        QStringLiteral("No API at %1 %2.")
                                                .arg(QString::fromLatin1(req.method), req.path));
        call.status = r.status;
        m_state->logCall(std::move(call));
        send(socket, serializeResponse(r, req.requestId, closeAfter), 0, false, closeAfter);
        return true;
    }

    Route &route = m_routes[size_t(idx)];
    req.routeKey = route.key;
    call.routeKey = route.key;
    RouteCounters &counters = m_state->countersFor(route.key);
    ++counters.calls;
    FaultSettings settings;
    FaultDecision fault;
    // HTTP stacks silently resend a request whose connection was reset (Qt up to twice), so a
    // drop also swallows those resends, recognised by their X-Request-ID and X-Attempt and by
    // arriving at once. They do not count as new requests of the route: the fault sequence stays
    // a function of (seed, route, N). A client's own retry (a new X-Attempt, or the same request
    // id after the window) is a new attempt and draws its own fault.
    const QByteArray stickyKey = req.requestId + '#' + req.header("X-Attempt");
    bool resend = false;
    if (const auto sticky = m_stickyDrops.find(stickyKey); sticky != m_stickyDrops.end()) {
        resend = call.timeMs <= sticky->untilMs;
        if (--sticky->left <= 0 || !resend)
            m_stickyDrops.erase(sticky);
    }
    if (resend) {
        call.fault = faultKindName(FaultKind::Drop);
        ++counters.faults;
        m_state->logCall(std::move(call));
        send(socket, {}, 0, true, false);
        return true;
    }
    const quint64 n = route.requests++;
    const bool eligible
            = !route.isAdmin
              && (!route.options.faultsOnlyWhenNamed || route.faults || route.failNext.count > 0);
    if (eligible) {
        settings = route.faults ? route.faults->applyTo(m_globalFaults) : m_globalFaults;
        fault = decideFault(settings, route.faultStream, n);
        if (route.failNext.count > 0) {
            --route.failNext.count;
            fault.kind = route.failNext.kind;
        } else if (!route.options.faultsOnlyWhenNamed && m_globalFailNext.count > 0) {
            --m_globalFailNext.count;
            fault.kind = m_globalFailNext.kind;
        }
    }

    SimResponse response{0, {}, {}, {}};
    bool drop = false;
    switch (fault.kind) {
    case FaultKind::None:
    case FaultKind::Malformed:
        break;
    case FaultKind::Drop:
        drop = true;
        if (!req.header("X-Request-ID").isEmpty()) {
            if (m_stickyDrops.size() > 1000)
                m_stickyDrops.clear();
            m_stickyDrops.insert(req.requestId + '#' + req.header("X-Attempt"),
                                 StickyDrop{resendsSwallowed, call.timeMs + resendWindowMs});
        }
        break;
    default:
        response = faultResponse(settings, fault.kind, fault.draw);
        break;
    }

    if (!drop && response.status == 0 && route.options.requiresAuth)
        response = checkAuth(route, req);

    if (!drop && response.status == 0) {
        req.body = request.body();
        if (!req.body.isEmpty()) {
            if (isJsonContentType(req.header("Content-Type"))) {
                req.hasJsonBody = true;
                if (route.options.parseJson)
                    req.json = QJsonDocument::fromJson(req.body, &req.jsonError);
            }
        }
        response = route.handler(req, *m_state);
        if (fault.kind == FaultKind::Malformed) {
            // The server did the work but the answer got mangled on the way: half of the real
            // body, or garbage when there is too little to cut.
            response.status = 200;
            response.contentType = "application/json";
            if (response.body.size() >= 4 && (fault.draw & 1))
                response.body.truncate(response.body.size() / 2);
            else
                response.body = "{\"items\":[{\"id\":\"\xff\xfe";
        }
    }

    if (fault.kind != FaultKind::None) {
        ++counters.faults;
        call.fault = faultKindName(fault.kind);
    }
    if (response.status >= 400)
        ++counters.errors;
    call.status = drop ? 0 : response.status;
    m_state->logCall(std::move(call));
    send(socket, drop ? QByteArray() : serializeResponse(response, req.requestId, closeAfter),
         fault.latencyMs + response.delayMs, drop, closeAfter);
    return true;
}

void TenantSimulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers every request; this is only reached if that ever changes.
    const SimResponse r
            = SimResponse::error(404, QStringLiteral("not_found"),
                                 QStringLiteral("No API at %1.").arg(request.url().path()));
    send(socket, serializeResponse(r, {}, false), 0, false, false);
}

void TenantSimulator::send(QTcpSocket *socket, QByteArray bytes, int latencyMs, bool drop,
                           bool close)
{
    const auto deliver
            = [socket = QPointer<QTcpSocket>(socket), bytes = std::move(bytes), drop, close] {
                  if (!socket)
                      return;
                  if (drop) {
                      socket->abort();
                      return;
                  }
                  socket->write(bytes);
                  // Out now, not when the event loop next polls for writing: it may first
                  // handle every other request that is waiting, and the client would wait for
                  // all of them.
                  socket->flush();
                  if (close)
                      socket->disconnectFromHost();
              };
    if (latencyMs <= 0) {
        deliver();
        return;
    }
    // The socket is the context: a client that hangs up before the delay cancels the answer.
    // Precise: a coarse timer may fire 5 % early, before a download's slot is free again.
    QTimer::singleShot(latencyMs, Qt::PreciseTimer, socket, deliver);
}

} // namespace cxone::sim
