#pragma once

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

// Exit codes of cxone-cli, the table of the README:
// 0 ok (also: nothing left to do);
// 1 failed at run time (the tenant, the network or this machine failed once work had begun);
// 2 usage error (an unknown command or option, a missing or malformed option value);
// 3 refused before anything was sent (an input file that cannot be read or used, an output or
//   journal that exists, a resume of another run, a URL the rules forbid, a target that cannot
//   be used);
// 130 interrupted (SIGINT or SIGTERM; what was done is kept for a resume).
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
    // `secret`: CXONE_CLIENT_SECRET, taken out of the environment by main() before anything
    // else ran (see takeSecretFromEnvironment).
    CliContext(QCommandLineParser &parser, SecretBytes secret = {});
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
    // ExitOk when `path` may be written as an output (network/fileio.h says how); otherwise
    // says why and returns ExitRefused. Commands call it before they read or send anything.
    int checkOutput(const QString &path, const QString &option);
    // One helper per row of the exit-code table; each prints the message.
    int usageError(const QString &message) { return fail(ExitUsage, message); }
    int refuse(const QString &message) { return fail(ExitRefused, message); }
    int runFailed(const QString &message) { return fail(ExitFailed, message); }

    // Option readers. Each returns false after printing the problem, with *code set.
    // A whole number from min to max; anything else is a usage error.
    bool intOption(const QString &name, int min, int max, int *out, int *code);
    // One of `choices`; anything else is a usage error.
    bool choiceOption(const QString &name, const QStringList &choices, QString *out, int *code);
    // A callback address (--cdp-url, --aggregator-url, --webhook-url, --lake-url): one that is
    // not an http(s) address with a host is a usage error; a well-formed one the rules forbid
    // (plain http:// to a host that is not loopback, a user name or password in it) is refused.
    bool urlOption(const QString &name, QUrl *out, int *code);
    // A file an option names, read whole (at most maxBytes; "-" is standard input): one that
    // cannot be read is refused, since nothing can be sent without it.
    bool readInputFile(const QString &path, qint64 maxBytes, const QString &what, QByteArray *out,
                       int *code);
    void progress(const QString &text);
    void printJson(const QJsonObject &object);
    // Runs the job to its end, echoing its progress on stderr; maps its outcome to an exit code.
    // SIGINT or SIGTERM cancels the job cleanly (it writes what it must: journal lines, the
    // closing audit entry) and the command exits 130 after saying so; a second signal exits at
    // once.
    // With reportFailure false nothing is printed on failure: the caller says it its own way.
    int runJob(Job *job, bool reportFailure = true);
    // True once a signal asked the running job to stop.
    bool interrupted() const { return m_interrupted; }
    // Waits (in a local event loop) for one call of the client and returns its result.
    static Result await(CallHandle *call);

private:
    bool loadSecret(QByteArray *secret);

    QCommandLineParser &m_parser;
    // What people read passes displayText(): a control or bidi character that reached a message
    // from a server or a file shows as an escape instead of acting on the terminal.
    std::unique_ptr<QIODevice> m_stdout;
    std::unique_ptr<QIODevice> m_stderr;
    QTextStream m_out;
    QTextStream m_err;
    SecretBytes m_environmentSecret;
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
