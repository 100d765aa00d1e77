#pragma once

#include "app/simulator/faults.h"
#include "app/simulator/simconfig.h"
#include "app/simulator/simhttp.h"
#include "app/simulator/simmodule.h"
#include "app/simulator/tenantstate.h"

#include <QAbstractHttpServer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTcpSocket;

namespace cxone::sim {

using Handler = std::function<SimResponse(const SimRequest &request, TenantState &state)>;

struct RouteOptions
{
    bool requiresAuth = true;
    // Token endpoints: faults apply only when a per-route setting names the route, so that a
    // global fault rate tests the API calls and not the sign-in.
    bool faultsOnlyWhenNamed = false;
    // A JSON body is parsed into SimRequest::json; routes that read it themselves say false.
    bool parseJson = true;
};

// The simulated tenant: routing, bearer-token and scope checks, fault injection, call log.
// Responses are written straight onto the socket so faults (latency, drops, broken bodies) are
// under full control. Lives in one thread; see EmbeddedSimulator to run it off the GUI thread.
class TenantSimulator final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit TenantSimulator(const SimConfig &config, QObject *parent = nullptr);
    ~TenantSimulator() override;

    // Binds config.host:config.port; refuses anything but a loopback address.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    const SimConfig &config() const { return m_config; }
    TenantState &state() { return *m_state; }

    // pattern: "/api/v2/contacts/segments/{id}"; {name} matches one path segment.
    // The caller's token must carry every scope in requiredScopes.
    void addRoute(QByteArray method, QString pattern, QStringList requiredScopes, Handler handler,
                  RouteOptions options = {});
    void addModule(std::unique_ptr<SimModule> module);
    // "METHOD /pattern" of every route, in registration order.
    QStringList routeKeys() const;
    // Accepts a route key or a concrete request line ("GET /api/v2/contacts/segments/42") and
    // returns the route key, or an empty string when no route matches.
    QString resolveRouteKey(const QString &text) const;

    // --- faults
    FaultSettings globalFaults() const { return m_globalFaults; }
    void setGlobalFaults(const FaultSettings &settings) { m_globalFaults = settings; }
    bool setRouteFaults(const QString &route, const FaultOverrides &overrides, QString *error);
    // route empty: the next requests to any fault-eligible route.
    bool setFailNext(const QString &route, const FailNext &failNext, QString *error);
    // Back to the start-up settings, no per-route settings, no pending fail-next.
    void resetFaults();
    // The /_sim/faults document, and its update (keys named like the command-line flags).
    QJsonObject faultsJson() const;
    bool applyFaultJson(const QJsonObject &json, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Segment
    {
        QString text; // literal text, or the parameter name
        bool isParam = false;
    };
    struct Route
    {
        QByteArray method;
        QString pattern;
        QString key;
        std::vector<Segment> segments;
        QStringList scopes;
        Handler handler;
        RouteOptions options;
        bool isAdmin = false; // /_sim/*: no auth, no faults
        quint64 faultStream = 0;
        quint64 requests = 0;
        std::optional<FaultOverrides> faults;
        FailNext failNext{0, FaultKind::ServerError};
    };

    // Index of the matching route, -1 when none; *otherMethod when the path exists with
    // another method (405 rather than 404).
    int matchRoute(QByteArrayView method, const QList<QStringView> &segments,
                   QHash<QString, QString> *params, bool *otherMethod) const;
    int findRoute(const QString &key) const;
    SimResponse checkAuth(const Route &route, SimRequest &request) const;
    SimResponse faultResponse(const FaultSettings &settings, FaultKind kind, quint64 draw) const;
    void send(QTcpSocket *socket, QByteArray bytes, int latencyMs, bool drop, bool close);

    static constexpr int resendsSwallowed = 2;
    // A transport resend follows its drop at once; anything later is a new attempt.
    static constexpr qint64 resendWindowMs = 1000;

    struct StickyDrop
    {
        int left = 0;       // resends still to drop
        qint64 untilMs = 0; // after this, the same key is a new attempt
    };

    SimConfig m_config;
    std::unique_ptr<TenantState> m_state;
    std::vector<Route> m_routes;
    std::vector<std::unique_ptr<SimModule>> m_modules;
    FaultSettings m_globalFaults;
    FailNext m_globalFailNext{0, FaultKind::ServerError};
    QHash<QByteArray, StickyDrop> m_stickyDrops; // X-Request-ID + X-Attempt -> resends to drop
    quint64 m_requestCounter = 0;
    quint16 m_port = 0;
    QString m_boundHost;
};

} // namespace cxone::sim
