// cxone-sim: a simulated CXone tenant on a loopback port, for demos, tests and benchmarks.

#include "app/simulator/simconfig.h"
#include "app/simulator/tenantsimulator.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <malloc.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0
           && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Pages of up to a few hundred KiB are built and freed for every answer: keep them on the
    // heap rather than mapping and unmapping fresh pages each time.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cxone-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXONE_VERSION));

    cxone::sim::SimConfig config;
    QString error;
    switch (cxone::sim::parseSimArguments(QCoreApplication::arguments(), &config, &error)) {
    case cxone::sim::ArgsOutcome::Help:
        std::fputs(qPrintable(cxone::sim::simUsage()), stdout);
        return 0;
    case cxone::sim::ArgsOutcome::Error:
        std::fprintf(stderr, "cxone-sim: %s\n\n%s", qPrintable(error),
                     qPrintable(cxone::sim::simUsage()));
        return 2;
    case cxone::sim::ArgsOutcome::Run:
        break;
    }

    if (!installSignalHandlers()) {
        std::fprintf(stderr, "cxone-sim: cannot install signal handlers\n");
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });

    cxone::sim::TenantSimulator simulator(config);
    if (!simulator.start(&error)) {
        std::fprintf(stderr, "cxone-sim: %s\n", qPrintable(error));
        return 1;
    }

    // Scripts wait for the first line to learn the port: print it first and flush at once.
    std::printf("listening on %s\n", qPrintable(simulator.baseUrl().toString(QUrl::FullyEncoded)));
    std::printf("client id: %s\n", qPrintable(cxone::sim::TenantState::demoClientId()));
    std::printf("client secret: %s\n", simulator.state().demoSecret().constData());
    std::printf("read-only client id: %s\n",
                qPrintable(cxone::sim::TenantState::readOnlyClientId()));
    std::printf("seed: %llu, scale: %s\n", static_cast<unsigned long long>(config.seed),
                qPrintable(cxone::sim::scaleName(config.scale)));
    std::fflush(stdout);

    return app.exec();
}
