// bench_client: throughput and per-request overhead of the request pipeline against the tenant
// simulator on loopback, and the simulator's own capacity. Prints a Markdown table.
//
//   bench_client [--requests N] [--smoke]
//
// The simulator runs as a separate cxone-sim process so that its CPU time can be read from
// /proc and kept apart from the client's.

#include "apiclient.h"
#include "tokenmanager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTextStream>

#include <ctime>
#include <functional>
#include <unistd.h>

using namespace cxone;

namespace {

double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat; index 11 and 12 after the command name.
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

double selfCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

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

QString simulatorPath()
{
    const QString env = qEnvironmentVariable("CXONE_SIM");
    if (!env.isEmpty())
        return env;
    // build/tests/bench/bench_client -> build/app/sim/cxone-sim
    return QFileInfo(QCoreApplication::applicationDirPath()
                     + QStringLiteral("/../../app/sim/cxone-sim"))
            .canonicalFilePath();
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

    QProcess sim;
    sim.setProgram(simulatorPath());
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"),
                      QStringLiteral("small")});
    sim.setProcessChannelMode(QProcess::SeparateChannels);
    sim.start();
    if (!sim.waitForStarted(10000)) {
        err << "cannot start the simulator at " << sim.program() << '\n';
        return 1;
    }
    QByteArray banner;
    while (banner.count('\n') < 3 && sim.waitForReadyRead(10000))
        banner += sim.readAllStandardOutput();
    const QList<QByteArray> lines = banner.split('\n');
    if (lines.size() < 3 || !lines[0].startsWith("listening on ")) {
        err << "unexpected simulator banner: " << banner << '\n';
        return 1;
    }
    const QUrl base(QString::fromLatin1(lines[0].mid(13).trimmed()));
    const QByteArray secret = lines[2].mid(int(qstrlen("client secret: "))).trimmed();

    Profile profile;
    profile.name = QStringLiteral("bench");
    profile.baseUrl = base;
    profile.clientId = QStringLiteral("demo-console");
    profile.scopes = allConsoleScopes();
    ApiClient client(profile, ClientSecret(secret));

    // A small authenticated GET: the token endpoint is hit once, then cached.
    const QString path = QStringLiteral("/_sim/faults");
    QList<Figures> results;
    for (int concurrency : {1, 8}) {
        results << drive(QStringLiteral("pipeline (ApiClient)"), requests, concurrency,
                         sim.processId(), [&](std::function<void(bool)> done) {
                             CallHandle *h = client.send(Request::get(path));
                             QObject::connect(h, &CallHandle::finished, &app,
                                              [done](const Result &r) { done(r.ok()); });
                         });
    }
    QNetworkAccessManager nam;
    for (int concurrency : {1, 8}) {
        results << drive(QStringLiteral("raw QNetworkAccessManager"), requests, concurrency,
                         sim.processId(), [&](std::function<void(bool)> done) {
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
    sim.terminate();
    sim.waitForFinished(5000);

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
    const Figures &p8 = results[1];
    const Figures &r8 = results[3];
    out << "\npipeline overhead over raw QNAM at 8 in flight: "
        << QString::number((p8.clientCpuSeconds - r8.clientCpuSeconds) * 1e6 / requests, 'f', 1)
        << " µs CPU per request\n";
    out << "simulator capacity (one core, from its CPU per request): "
        << QString::number(r8.simCpuSeconds > 0 ? requests / r8.simCpuSeconds : 0, 'f', 0)
        << " requests/s\n";
    return failures == 0 ? 0 : 1;
}
