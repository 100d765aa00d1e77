// bench_client: throughput and per-request overhead of the request pipeline against the tenant
// simulator on loopback, and the simulator's own capacity. Prints a Markdown table.
//
//   bench_client [--requests N] [--smoke]
//
// The simulator runs as a separate cxone-sim process so that its CPU time can be read from
// /proc and kept apart from the client's.

#include "network/apiclient.h"
#include "network/tokenmanager.h"
#include "tests/support/simprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <functional>

using namespace cxone;
using cxone::testsupport::processCpuSeconds;
using cxone::testsupport::selfCpuSeconds;

namespace {

struct Figures
{
    QString name;
    int concurrency = 0;
    int requests = 0;
    int failures = 0;
    double wallSeconds = 0;
    double clientCpuSeconds = 0;
    double simCpuSeconds = 0;
};

// Keeps `concurrency` requests in flight until `total` have finished.
Figures drive(const QString &name, int total, int concurrency, qint64 simPid,
              const std::function<void(std::function<void(bool)>)> &sendOne)
{
    Figures f{name, concurrency, total};
    int started = 0;
    int finished = 0;
    QEventLoop loop;
    std::function<void()> launch;
    launch = [&] {
        while (started < total && started - finished < concurrency) {
            ++started;
            sendOne([&](bool ok) {
                ++finished;
                f.failures += ok ? 0 : 1;
                if (finished == total)
                    loop.quit();
                else
                    launch();
            });
        }
    };
    const double cpu0 = selfCpuSeconds();
    const double sim0 = processCpuSeconds(simPid);
    QElapsedTimer wall;
    wall.start();
    launch();
    loop.exec();
    f.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    f.clientCpuSeconds = selfCpuSeconds() - cpu0;
    f.simCpuSeconds = processCpuSeconds(simPid) - sim0;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    int requests = smoke ? 200 : 20000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--requests")); i > 0)
        requests = args.value(i + 1).toInt();
    if (requests <= 0) {
        err << "usage: bench_client [--requests N] [--smoke]\n";
        return 2;
    }

    testsupport::SimProcess sim;
    QString error;
    if (!sim.start({QStringLiteral("--scale"), QStringLiteral("small")}, &error)) {
        err << error << '\n';
        return 1;
    }

    Profile profile;
    profile.name = QStringLiteral("bench");
    profile.baseUrl = sim.baseUrl();
    profile.clientId = sim.clientId();
    profile.scopes = allConsoleScopes();
    ApiClient client(profile, ClientSecret(sim.secret()));

    // A small authenticated GET: the token endpoint is hit once, then cached. The pipeline on
    // each of its transports, then Qt's network manager alone.
    const QString path = QStringLiteral("/_sim/faults");
    QList<Figures> results;
    const std::pair<ApiClient::TransportChoice, QString> transports[] = {
            {ApiClient::TransportChoice::AlwaysCurl,
             QStringLiteral("pipeline (ApiClient), libcurl")},
            {ApiClient::TransportChoice::AlwaysQt, QStringLiteral("pipeline (ApiClient), Qt")},
    };
    for (const auto &[transport, name] : transports) {
        client.setTransportChoice(transport);
        for (int concurrency : {1, 8}) {
            results << drive(name, requests, concurrency, sim.pid(),
                             [&](std::function<void(bool)> done) {
                                 CallHandle *h = client.send(Request::get(path));
                                 QObject::connect(h, &CallHandle::finished, &app,
                                                  [done](const Result &r) { done(r.ok()); });
                             });
        }
    }
    QNetworkAccessManager nam;
    for (int concurrency : {1, 8}) {
        results << drive(QStringLiteral("raw QNetworkAccessManager"), requests, concurrency,
                         sim.pid(), [&](std::function<void(bool)> done) {
                             QNetworkRequest req(client.resolve(QUrl(path)));
                             req.setRawHeader("Accept", "application/json");
                             QNetworkReply *reply = nam.get(req);
                             QObject::connect(reply, &QNetworkReply::finished, &app, [reply, done] {
                                 reply->readAll();
                                 done(reply->error() == QNetworkReply::NoError);
                                 reply->deleteLater();
                             });
                         });
    }
    sim.stop();

    out << "| client | in flight | requests | failures | requests/s | client CPU µs/request | "
           "simulator CPU µs/request |\n|---|---:|---:|---:|---:|---:|---:|\n";
    int failures = 0;
    for (const Figures &f : std::as_const(results)) {
        failures += f.failures;
        out << "| " << f.name << " | " << f.concurrency << " | " << f.requests << " | "
            << f.failures << " | " << QString::number(f.requests / f.wallSeconds, 'f', 0) << " | "
            << QString::number(f.clientCpuSeconds * 1e6 / f.requests, 'f', 1) << " | "
            << QString::number(f.simCpuSeconds * 1e6 / f.requests, 'f', 1) << " |\n";
    }
    const Figures &p8 = results[3];
    const Figures &r8 = results[5];
    out << "\npipeline overhead over raw QNAM (both on Qt's stack) at 8 in flight: "
        << QString::number((p8.clientCpuSeconds - r8.clientCpuSeconds) * 1e6 / requests, 'f', 1)
        << " µs CPU per request\n";
    out << "simulator capacity (one core, from its CPU per request): "
        << QString::number(r8.simCpuSeconds > 0 ? requests / r8.simCpuSeconds : 0, 'f', 0)
        << " requests/s\n";
    return failures == 0 ? 0 : 1;
}
