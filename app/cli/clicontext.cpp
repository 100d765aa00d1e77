#include "app/cli/clicontext.h"

#include "app/simulator/embeddeddemotenant.h"
#include "models/engine/audit/auditstore.h"
#include "models/engine/audit/plainwords.h"
#include "models/engine/io/boundedinput.h"
#include "models/engine/job.h"
#include "models/engine/jobs/jobtracker.h"
#include "models/engine/jobs/journal.h"
#include "models/engine/profiles/profilestore.h"
#include "network/apiclient.h"
#include "network/displaytext.h"
#include "network/fileio.h"
#include "network/tokenmanager.h"
#include "network/webhookclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace cxone {

namespace {

std::atomic<int> g_signals{0};

extern "C" void onStopSignal(int)
{
    // The first signal is noticed by the event loop; a second one means "now".
    if (g_signals.fetch_add(1) >= 1)
        _exit(ExitInterrupted);
}

// SIGINT and SIGTERM handlers for the lifetime of one job, the previous ones put back after.
class StopSignals final
{
public:
    StopSignals()
    {
        g_signals = 0;
        struct sigaction sa
        {
        };
        sa.sa_handler = onStopSignal;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, &m_oldInt);
        sigaction(SIGTERM, &sa, &m_oldTerm);
    }
    ~StopSignals()
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    static bool pending() { return g_signals.load() > 0; }

private:
    struct sigaction m_oldInt
    {
    };
    struct sigaction m_oldTerm
    {
    };
};

// Well formed enough to be checked against the rules (the rules themselves are the profile's).
bool isHttpAddress(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == u"https" || scheme == u"http");
}

} // namespace

CliContext::CliContext(QCommandLineParser &parser, SecretBytes secret)
    : CliIo(parser)
    , m_environmentSecret(std::move(secret))
{}

CliContext::~CliContext()
{
    m_client.reset(); // before the demo tenant it talks to
    if (m_demo)
        m_demo->stop();
}

bool CliContext::urlOption(const QString &name, QUrl *out, int *code)
{
    const QString what = QStringLiteral("--") + name;
    const QUrl url(parser().value(name).trimmed(), QUrl::StrictMode);
    if (const QString p = webhookUrlSyntaxProblem(url, what); !p.isEmpty()) {
        *code = usageError(p);
        return false;
    }
    if (QString p = webhookUrlProblem(url, what); !p.isEmpty()) {
        if (!p.endsWith(u'.'))
            p += u'.';
        *code = refuse(p + QStringLiteral(" Nothing was sent."));
        return false;
    }
    *out = url;
    return true;
}

bool CliContext::loadSecret(QByteArray *secret)
{
    const QString file = parser().value(QStringLiteral("client-secret-file"));
    if (!file.isEmpty()) {
        QString error;
        QByteArray raw;
        if (!readBounded(file, 64 * 1024, &raw, &error,
                         QStringLiteral("the secret file '%1'").arg(file))) {
            error[0] = error[0].toLower(); // the command line's messages start in lower case
            refuse(error);
            return false;
        }
        *secret = raw.trimmed();
        wipe(raw);
    } else {
        *secret = m_environmentSecret.view().toByteArray();
    }
    if (secret->isEmpty()) {
        fail(ExitUsage, QStringLiteral("no client secret: set CXONE_CLIENT_SECRET or pass "
                                       "--client-secret-file FILE (or use --demo)."));
        return false;
    }
    return true;
}

ApiClient *CliContext::client()
{
    if (m_client)
        return m_client.get();
    Profile profile;
    QByteArray secret;
    if (parser().isSet(QStringLiteral("demo"))) {
        // The same demo tenant the console's Demo tenant profile starts.
        m_demo = std::make_unique<sim::EmbeddedDemoTenant>();
        QString error;
        if (!m_demo->start(&error)) {
            fail(ExitFailed, QStringLiteral("the demo tenant did not start: %1").arg(error));
            return nullptr;
        }
        profile = ProfileStore::demoProfile();
        profile.baseUrl = m_demo->baseUrl();
        profile.clientId = m_demo->clientId();
        secret = m_demo->clientSecret();
        progress(QStringLiteral("demo tenant listening on %1").arg(profile.baseUrl.toString()));
    } else {
        const QString base = parser().value(QStringLiteral("base-url"));
        if (base.isEmpty()) {
            fail(ExitUsage, QStringLiteral("no tenant given: pass --base-url URL with --client-id, "
                                           "or --demo for the built-in demo tenant."));
            return nullptr;
        }
        profile.name = QUrl(base).host();
        profile.baseUrl = QUrl(base);
        if (!isHttpAddress(profile.baseUrl)) {
            fail(ExitUsage, QStringLiteral("--base-url takes an http(s) address such as "
                                           "https://api.example.com, not '%1'.")
                                    .arg(base));
            return nullptr;
        }
        profile.clientId = parser().value(QStringLiteral("client-id"));
        if (profile.clientId.isEmpty()) {
            fail(ExitUsage, QStringLiteral("--client-id is required with --base-url."));
            return nullptr;
        }
        if (!loadSecret(&secret))
            return nullptr;
    }
    if (parser().isSet(QStringLiteral("token-url"))) {
        profile.tokenUrl = QUrl(parser().value(QStringLiteral("token-url")));
        if (!isHttpAddress(profile.tokenUrl)) {
            fail(ExitUsage, QStringLiteral("--token-url takes an http(s) address, not '%1'.")
                                    .arg(parser().value(QStringLiteral("token-url"))));
            return nullptr;
        }
    }
    if (!parseAuthStyle(parser().value(QStringLiteral("auth-style")), &profile.authStyle)) {
        fail(ExitUsage, QStringLiteral("--auth-style must be form, basic or json."));
        return nullptr;
    }
    profile.scopes = parser().isSet(QStringLiteral("scopes"))
                             ? parser().value(QStringLiteral("scopes"))
                                       .split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                              Qt::SkipEmptyParts)
                             : allConsoleScopes();
    if (const QStringList problems = profile.problems(); !problems.isEmpty()) {
        fail(ExitRefused, problems.join(u' '));
        return nullptr;
    }
    m_tenant = profile.name;
    m_client = std::make_unique<ApiClient>(profile, ClientSecret(std::move(secret)));
    m_environmentSecret.clear(); // the client holds the one copy now
    return m_client.get();
}

AuditStore *CliContext::audit()
{
    if (m_audit)
        return m_audit.get();
    auto store = std::make_unique<AuditStore>();
    QString error;
    const QString path = parser().value(QStringLiteral("audit-db"));
    if (!(path.isEmpty() ? store->open(&error) : store->open(path, &error))) {
        fail(ExitFailed, QStringLiteral("cannot open the audit store: %1").arg(error));
        return nullptr;
    }
    m_audit = std::move(store);
    return m_audit.get();
}

int CliContext::checkJournalTrust(const QString &command, const QString &path,
                                  const JournalSummary &summary, const QString &summaryText,
                                  bool acceptUnverified)
{
    if (summary.verified)
        return ExitOk;
    // Printed whether or not it goes on: a person reads what is restored before it is.
    err() << summaryText << "\n\n";
    err().flush();
    if (acceptUnverified)
        return ExitOk;
    return fail(ExitRefused,
                untrustedJournalRefusal(path, summary)
                        + QStringLiteral(" To restore it anyway: cxone-cli %1 --journal %2 "
                                         "--accept-unverified")
                                  .arg(command, path));
}

Result CliContext::await(CallHandle *call)
{
    Result out;
    QEventLoop loop;
    QObject::connect(call, &CallHandle::finished, &loop, [&](const Result &r) {
        out = r;
        loop.quit();
    });
    loop.exec();
    return out;
}

int CliContext::runJob(Job *job, bool reportFailure)
{
    QEventLoop loop;
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(job, &Job::message, &loop, [this](const QString &text) { progress(text); });
    // The same figures, worded the same, as the console's pages and activity pane show.
    JobTracker tracker(job);
    QString lastWait;
    QObject::connect(&tracker, &JobTracker::changed, &loop, [&] {
        const bool newWait = tracker.waitText() != lastWait && !tracker.waitText().isEmpty();
        lastWait = tracker.waitText();
        if (!newWait && sinceLine.elapsed() < 1000)
            return;
        sinceLine.restart();
        progress(tracker.statusText());
    });
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    if (m_audit)
        job->setAudit(m_audit.get(), m_tenant);
    StopSignals stopSignals;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [this, job] {
        if (StopSignals::pending() && !m_interrupted) {
            m_interrupted = true;
            progress(QStringLiteral("stopping: finishing what is on the wire and writing it "
                                    "down (press Ctrl-C again to quit at once)"));
            job->cancel();
        }
    });
    watch.start(50);
    job->start();
    if (!job->isFinished())
        loop.exec();
    // Where the job ended, in the words the console shows, for a job that counts what its
    // processed items came to.
    if (!job->progress().breakdown.isEmpty())
        progress(tracker.statusText());
    if (job->state() == JobState::Succeeded)
        return ExitOk;
    const int failedCode = job->refused() ? int(ExitRefused) : int(ExitFailed);
    if (!reportFailure)
        return setExitCode(m_interrupted ? int(ExitInterrupted) : failedCode);
    switch (job->state()) {
    case JobState::Succeeded:
        return ExitOk;
    case JobState::Cancelled:
        return fail(m_interrupted ? ExitInterrupted : ExitFailed,
                    m_interrupted ? QStringLiteral("interrupted") : QStringLiteral("cancelled"));
    case JobState::CompletedWithFailures:
        // Scripts still see that something needs doing; people read what it is.
        return fail(ExitFailed,
                    QStringLiteral("%1: %2").arg(words::jobState(job->state(), job->failedItems()),
                                                 job->errorText()));
    default:
        if (m_interrupted)
            return fail(ExitInterrupted, QStringLiteral("interrupted: %1").arg(job->errorText()));
        return fail(failedCode, job->errorText());
    }
}

} // namespace cxone
