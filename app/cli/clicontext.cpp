#include "clicontext.h"

#include "apiclient.h"
#include "audit/auditstore.h"
#include "embeddedsimulator.h"
#include "job.h"
#include "tokenmanager.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <cstdio>

namespace cxone {

CliContext::CliContext(QCommandLineParser &parser)
    : m_parser(parser)
    , m_out(stdout)
    , m_err(stderr)
    , m_json(parser.isSet(QStringLiteral("json")))
{}

CliContext::~CliContext()
{
    m_client.reset(); // before the simulator it talks to
    if (m_sim)
        m_sim->stop();
}

int CliContext::fail(int code, const QString &message)
{
    m_exitCode = code;
    if (m_json) {
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("exitCode"), code},
                   {QStringLiteral("error"), message}});
    }
    m_err << "cxone-cli: " << message << '\n';
    m_err.flush();
    return code;
}

void CliContext::progress(const QString &text)
{
    if (m_parser.isSet(QStringLiteral("quiet")))
        return;
    m_err << text << '\n';
    m_err.flush();
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

bool CliContext::loadSecret(QByteArray *secret)
{
    const QString file = m_parser.value(QStringLiteral("client-secret-file"));
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            fail(ExitUsage,
                 QStringLiteral("cannot read the secret file '%1': %2").arg(file, f.errorString()));
            return false;
        }
        *secret = f.read(64 * 1024).trimmed();
    } else {
        *secret = qgetenv("CXONE_CLIENT_SECRET");
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
    if (m_parser.isSet(QStringLiteral("demo"))) {
        m_sim = std::make_unique<sim::EmbeddedSimulator>();
        QString error;
        sim::SimConfig config;
        if (!m_sim->start(config, &error)) {
            fail(ExitFailed, QStringLiteral("the demo tenant did not start: %1").arg(error));
            return nullptr;
        }
        profile.name = QStringLiteral("Demo tenant");
        profile.baseUrl = m_sim->baseUrl();
        profile.clientId = m_sim->clientId();
        secret = m_sim->clientSecret();
        progress(QStringLiteral("demo tenant listening on %1").arg(profile.baseUrl.toString()));
    } else {
        const QString base = m_parser.value(QStringLiteral("base-url"));
        if (base.isEmpty()) {
            fail(ExitUsage, QStringLiteral("no tenant given: pass --base-url URL with --client-id, "
                                           "or --demo for the built-in demo tenant."));
            return nullptr;
        }
        profile.name = QUrl(base).host();
        profile.baseUrl = QUrl(base);
        profile.clientId = m_parser.value(QStringLiteral("client-id"));
        if (profile.clientId.isEmpty()) {
            fail(ExitUsage, QStringLiteral("--client-id is required with --base-url."));
            return nullptr;
        }
        if (!loadSecret(&secret))
            return nullptr;
    }
    if (m_parser.isSet(QStringLiteral("token-url")))
        profile.tokenUrl = QUrl(m_parser.value(QStringLiteral("token-url")));
    if (!parseAuthStyle(m_parser.value(QStringLiteral("auth-style")), &profile.authStyle)) {
        fail(ExitUsage, QStringLiteral("--auth-style must be form, basic or json."));
        return nullptr;
    }
    profile.scopes = m_parser.isSet(QStringLiteral("scopes"))
                             ? m_parser.value(QStringLiteral("scopes"))
                                       .split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                              Qt::SkipEmptyParts)
                             : allConsoleScopes();
    if (const QStringList problems = profile.problems(); !problems.isEmpty()) {
        fail(ExitRefused, problems.join(u' '));
        return nullptr;
    }
    m_tenant = profile.name;
    m_client = std::make_unique<ApiClient>(profile, ClientSecret(secret));
    return m_client.get();
}

AuditStore *CliContext::audit()
{
    if (m_audit)
        return m_audit.get();
    auto store = std::make_unique<AuditStore>();
    QString error;
    const QString path = m_parser.value(QStringLiteral("audit-db"));
    if (!(path.isEmpty() ? store->open(&error) : store->open(path, &error))) {
        fail(ExitFailed, QStringLiteral("cannot open the audit store: %1").arg(error));
        return nullptr;
    }
    m_audit = std::move(store);
    return m_audit.get();
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

int CliContext::runJob(Job *job)
{
    QEventLoop loop;
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(job, &Job::message, &loop, [this](const QString &text) { progress(text); });
    QObject::connect(job, &Job::progressChanged, &loop, [this, &sinceLine](const JobProgress &p) {
        if (sinceLine.elapsed() < 500)
            return;
        sinceLine.restart();
        QString line = p.phase;
        if (p.done > 0 || p.total > 0)
            line += p.total > 0 ? QStringLiteral(": %1/%2 %3").arg(p.done).arg(p.total).arg(p.unit)
                                : QStringLiteral(": %1 %2").arg(p.done).arg(p.unit);
        if (p.retries > 0)
            line += QStringLiteral(" (%1 retries)").arg(p.retries);
        progress(line);
    });
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    if (m_audit)
        job->setAudit(m_audit.get(), m_tenant);
    job->start();
    if (!job->isFinished())
        loop.exec();
    switch (job->state()) {
    case JobState::Succeeded:
        return ExitOk;
    case JobState::Cancelled:
        return fail(ExitFailed, QStringLiteral("cancelled"));
    default:
        return fail(ExitFailed, job->errorText());
    }
}

} // namespace cxone
