#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

#include <memory>

namespace cxone {

// Exit codes of cxone-cli, the table of the README:
// 0 ok (also: nothing left to do);
// 1 failed at run time (the tenant, the network or this machine failed once work had begun);
// 2 usage error (an unknown command or option, a missing or malformed option value);
// 3 refused before anything was sent (an input file that cannot be read or used, an output or
//   journal that exists, a resume of another run, a URL the rules forbid, a target that cannot
//   be used);
// 130 interrupted (SIGINT or SIGTERM; what was done is kept for a resume).
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitRefused = 3, ExitInterrupted = 130 };

// The options every command takes (the tenant, the audit store, --json, --quiet).
QList<QCommandLineOption> cliGlobalOptions();
QCommandLineOption cliHelpOption();
QCommandLineOption cliVersionOption();
// A parser as both programs of the command line start it: options may follow the command's
// words; the global options, --help and --version are known; a command's own are added later.
void setUpCliParser(QCommandLineParser *parser);
// True when an argument tries to give the client secret on the command line, which is refused
// whatever the command (it would show in the process list and the shell's history).
bool givesSecretOnCommandLine(const QStringList &args);

// What every command of cxone-cli speaks through: the parsed options, the two output streams
// (results on stdout, progress on stderr), failure with an exit code, and the option readers.
// It needs Qt Core alone, so that `transcripts mask`, which uses nothing else, starts as a
// small program of its own (launcher.cpp); CliContext adds the tenant and the audit store.
class CliIo
{
public:
    explicit CliIo(QCommandLineParser &parser);
    virtual ~CliIo();
    CliIo(const CliIo &) = delete;
    CliIo &operator=(const CliIo &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool json() const { return m_json; }
    const QCommandLineParser &parser() const { return m_parser; }
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
    // A file an option names, read whole (at most maxBytes; "-" is standard input): one that
    // cannot be read is refused, since nothing can be sent without it.
    bool readInputFile(const QString &path, qint64 maxBytes, const QString &what, QByteArray *out,
                       int *code);
    void progress(const QString &text);
    void printJson(const QJsonObject &object);

protected:
    int setExitCode(int code) { return m_exitCode = code; }

private:
    QCommandLineParser &m_parser;
    // What people read passes displayText(): a control or bidi character that reached a message
    // from a server or a file shows as an escape instead of acting on the terminal.
    std::unique_ptr<QIODevice> m_stdout;
    std::unique_ptr<QIODevice> m_stderr;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    int m_exitCode = ExitOk;
};

} // namespace cxone
