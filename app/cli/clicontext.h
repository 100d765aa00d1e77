#pragma once

#include "app/cli/cliio.h"
#include "network/secrets.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

#include <functional>
#include <memory>

namespace cxone {
class ApiClient;
class CallHandle;
struct Result;
class AuditStore;
class Job;
class DemoTenant;
struct JournalSummary;

class CliContext;

struct CommandSpec
{
    QStringList words; // {"auth", "test"}
    QString arguments; // for help: "ID", "LIST"...
    QString summary;
    QList<QCommandLineOption> options;
    std::function<int(CliContext &ctx, const QCommandLineParser &args,
                      const QStringList &positional)>
            run;
};

// What every command gets: parsed global options and the two output streams (CliIo), and the
// tenant client and audit store made on demand.
class CliContext final : public CliIo
{
public:
    // `secret`: CXONE_CLIENT_SECRET, taken out of the environment by main() before anything
    // else ran (see takeSecretFromEnvironment).
    CliContext(QCommandLineParser &parser, SecretBytes secret = {});
    ~CliContext();

    // The client for the chosen tenant; nullptr after printing why (see lastExitCode()).
    ApiClient *client();
    AuditStore *audit();
    QString tenantName() const { return m_tenant; }

    // A callback address (--cdp-url, --aggregator-url, --webhook-url, --lake-url): one that is
    // not an http(s) address with a host is a usage error; a well-formed one the rules forbid
    // (plain http:// to a host that is not loopback, a user name or password in it) is refused.
    bool urlOption(const QString &name, QUrl *out, int *code);
    // Runs the job to its end, echoing its progress on stderr; maps its outcome to an exit code.
    // SIGINT or SIGTERM cancels the job cleanly (it writes what it must: journal lines, the
    // closing audit entry) and the command exits 130 after saying so; a second signal exits at
    // once.
    // With reportFailure false nothing is printed on failure: the caller says it its own way.
    int runJob(Job *job, bool reportFailure = true);
    // A restore's journal that this machine did not sign: prints what it would do
    // (`summaryText`) on stderr, then refuses with exit 3 unless the command was given
    // --accept-unverified. ExitOk: go on. `command` is how it was run ("lists restore").
    int checkJournalTrust(const QString &command, const QString &path,
                          const JournalSummary &summary, const QString &summaryText,
                          bool acceptUnverified);
    // True once a signal asked the running job to stop.
    bool interrupted() const { return m_interrupted; }
    // Waits (in a local event loop) for one call of the client and returns its result.
    static Result await(CallHandle *call);

private:
    bool loadSecret(QByteArray *secret);

    SecretBytes m_environmentSecret;
    bool m_interrupted = false;
    QString m_tenant;
    std::unique_ptr<DemoTenant> m_demo;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AuditStore> m_audit;
};

void registerAuthCommands(QList<CommandSpec> &commands);
void registerAuditCommands(QList<CommandSpec> &commands);
void registerSegmentsCommands(QList<CommandSpec> &commands);
void registerAudienceCommands(QList<CommandSpec> &commands);
void registerListsCommands(QList<CommandSpec> &commands); // lists ..., phones ...
void registerEnrichCommands(
        QList<CommandSpec> &commands); // campaigns ..., lists schema, enrich ...
void registerTranscriptsCommands(QList<CommandSpec> &commands); // interactions ..., transcripts ...

} // namespace cxone
