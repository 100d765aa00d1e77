#include "app/simulator/embeddedsimulator.h"

#include "app/simulator/tenantsimulator.h"

#include <QThread>

namespace cxone::sim {

EmbeddedSimulator::EmbeddedSimulator(QObject *parent)
    : QObject(parent)
{}

EmbeddedSimulator::~EmbeddedSimulator()
{
    stop();
}

QString EmbeddedSimulator::clientId() const
{
    return TenantState::demoClientId();
}

bool EmbeddedSimulator::start(const SimConfig &config, QString *error, const Setup &setup)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("cxone-sim"));
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread);
    m_thread->start();

    QString problem;
    QMetaObject::invokeMethod(
            m_anchor,
            [&] {
                auto *server = new TenantSimulator(config);
                if (setup)
                    setup(*server);
                if (!server->start(&problem)) {
                    delete server;
                    return;
                }
                m_server = server;
                m_baseUrl = server->baseUrl();
                m_clientSecret = server->state().demoSecret();
            },
            Qt::BlockingQueuedConnection);
    if (!m_server) {
        if (error)
            *error = problem;
        stop();
        return false;
    }
    return true;
}

void EmbeddedSimulator::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        // Sockets and timers belong to the simulator's thread: delete them there.
        QMetaObject::invokeMethod(
                m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_anchor;
    m_anchor = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_baseUrl.clear();
}

void EmbeddedSimulator::run(const std::function<void(TenantSimulator &)> &fn)
{
    if (!m_server)
        return;
    if (QThread::currentThread() == m_thread) {
        fn(*m_server);
        return;
    }
    QMetaObject::invokeMethod(
            m_anchor, [this, &fn] { fn(*m_server); }, Qt::BlockingQueuedConnection);
}

void EmbeddedSimulator::setFaults(const FaultSettings &settings)
{
    run([&settings](TenantSimulator &sim) { sim.setGlobalFaults(settings); });
}

bool EmbeddedSimulator::applyFaultJson(const QJsonObject &json, QString *error)
{
    bool ok = false;
    run([&](TenantSimulator &sim) { ok = sim.applyFaultJson(json, error); });
    return ok;
}

} // namespace cxone::sim
