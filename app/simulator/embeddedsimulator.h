#pragma once

#include "app/simulator/faults.h"
#include "app/simulator/simconfig.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QThread;

namespace cxone::sim {

class TenantSimulator;

// Runs a TenantSimulator in its own thread so that serving the demo tenant never costs the GUI
// thread anything. All calls are made from the owner's thread; they reach the simulator through
// queued calls and wait for them.
class EmbeddedSimulator final : public QObject
{
    Q_OBJECT
public:
    using Setup = std::function<void(TenantSimulator &simulator)>;

    explicit EmbeddedSimulator(QObject *parent = nullptr);
    ~EmbeddedSimulator() override;

    // Returns once the simulator listens (true) or failed to (false, *error says why).
    // setup runs in the simulator's thread before it listens: extra routes, clients, data.
    bool start(const SimConfig &config, QString *error = nullptr, const Setup &setup = {});
    void stop();
    bool isRunning() const { return m_server != nullptr; }

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    QString clientId() const;
    QByteArray clientSecret() const { return m_clientSecret; }

    void setFaults(const FaultSettings &settings);
    // Same keys as PUT /_sim/faults.
    bool applyFaultJson(const QJsonObject &json, QString *error = nullptr);
    // Runs fn in the simulator's thread and waits for it to return.
    void run(const std::function<void(TenantSimulator &simulator)> &fn);

private:
    QThread *m_thread = nullptr;
    QObject *m_anchor = nullptr; // lives in m_thread: the target of the queued calls
    TenantSimulator *m_server = nullptr;
    QUrl m_baseUrl;
    QByteArray m_clientSecret;
};

} // namespace cxone::sim
