#pragma once

// Shared by the GUI tests: settings isolated in a temporary folder, and a small job that does
// real work against the simulator so the activity pane has something true to show.

#include "app/simulator/tenantsimulator.h"
#include "models/engine/job.h"
#include "network/apiclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace cxone::test {

// How long a QTRY_* waits for something the network or another thread delivers. The suite runs
// in parallel and under sanitizers; a generous bound keeps the tests free of timing luck.
inline constexpr int testTimeoutMs = 30000;

inline const QString pingPath = QStringLiteral("/api/v2/test/ping");

// Points QSettings and the standard paths at `dir` so that no test touches a real profile.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("cxone-console-test"));
    QCoreApplication::setApplicationName(QStringLiteral("cxone-console-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
}

// An authenticated route for PingJob, added to the simulator before it listens.
inline void addPingRoute(sim::TenantSimulator &simulator)
{
    auto counter = std::make_shared<qint64>(0);
    simulator.addRoute("GET", pingPath, {}, [counter](const sim::SimRequest &, sim::TenantState &) {
        return sim::SimResponse::json(200, QJsonObject{{QStringLiteral("pong"), true},
                                                       {QStringLiteral("n"), ++*counter}});
    });
}

// Calls the ping route `count` times, one after the other, through the real request pipeline.
class PingJob final : public Job
{
    Q_OBJECT
public:
    PingJob(ApiClient *client, qint64 count, QObject *parent = nullptr)
        : Job(QStringLiteral("ping"), pingPath, parent)
        , m_client(client)
        , m_count(count)
    {}

protected:
    void run() override
    {
        setUnit(QStringLiteral("calls"));
        setPhase(QStringLiteral("Pinging"));
        audit(QStringLiteral("PING_STARTED"), QStringLiteral("info"),
              {{QStringLiteral("count"), m_count}});
        next();
    }
    void onCancel() override
    {
        if (m_call)
            m_call->cancel();
    }

private:
    void next()
    {
        if (isCancelRequested()) {
            stopCancelled();
            return;
        }
        if (m_done == m_count) {
            audit(QStringLiteral("PING_COMPLETED"), QStringLiteral("ok"),
                  {{QStringLiteral("calls"), m_done}});
            succeed();
            return;
        }
        m_call = m_client->send(Request::get(pingPath, QStringLiteral("Ping")));
        connect(m_call, &CallHandle::finished, this, [this](const Result &result) {
            m_call = nullptr;
            observe(result);
            if (isCancelRequested() || result.error == ErrorKind::Cancelled) {
                stopCancelled();
                return;
            }
            if (!result.ok()) {
                audit(QStringLiteral("PING_FAILED"), QStringLiteral("failed"),
                      {{QStringLiteral("error"), result.errorText}});
                fail(result.errorText);
                return;
            }
            ++m_done;
            if (result.json.object().value(QStringLiteral("pong")).toBool())
                ++m_pongs;
            setProgress(m_done, m_count);
            // The share of answers that carried the expected field: a fill rate to chart.
            Q_EMIT fillRateChanged(QStringLiteral("pong"), double(m_pongs) / double(m_done));
            next();
        });
    }
    void stopCancelled()
    {
        audit(QStringLiteral("PING_CANCELLED"), QStringLiteral("cancelled"),
              {{QStringLiteral("calls"), m_done}});
        finishCancelled();
    }

    ApiClient *m_client;
    qint64 m_count;
    qint64 m_done = 0;
    qint64 m_pongs = 0;
    QPointer<CallHandle> m_call;
};

} // namespace cxone::test
