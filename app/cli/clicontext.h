#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

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

// Exit codes of cxone-cli.
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitRefused = 3, ExitInterrupted = 130 };

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

// What every command gets: parsed global options, the tenant client and audit store made on
// demand, and the two output streams (results on stdout, progress on stderr).
class CliContext final
{
public:
    CliContext(QCommandLineParser &parser);
    ~CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool json() const { return m_json; }
    const QCommandLineParser &parser() const { return m_parser; }

    // The client for the chosen tenant; nullptr after printing why (see lastExitCode()).
    ApiClient *client();
    AuditStore *audit();
    QString tenantName() const { return m_tenant; }
    int lastExitCode() const { return m_exitCode; }

    int fail(int code, const QString &message);
    void progress(const QString &text);
    void printJson(const QJsonObject &object);
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

    QCommandLineParser &m_parser;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    int m_exitCode = ExitOk;
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
