#include "app/cli/cliio.h"

#include "models/engine/io/boundedinput.h"
#include "network/displaytext.h"
#include "network/fileio.h"

#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>

#include <unistd.h>

namespace cxone {

namespace {

// A standard stream for people: every text written passes displayText() with its line breaks
// kept (the command's own messages have several lines; a line break inside a server's text was
// escaped where that text was quoted), then goes to the descriptor as it comes.
class TerminalText final : public QIODevice
{
public:
    explicit TerminalText(int fd)
        : m_fd(fd)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const QString text = m_decoder.decode(QByteArrayView(data, size));
        if (!writeFully(m_fd, displayText(text, -1, LineBreaks::Keep).toUtf8()))
            return -1;
        return size;
    }

private:
    int m_fd;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};
} // namespace

QList<QCommandLineOption> cliGlobalOptions()
{
    return {
            {QStringLiteral("base-url"), QStringLiteral("Tenant API base URL (https://...)."),
             QStringLiteral("URL")},
            {QStringLiteral("token-url"),
             QStringLiteral("Token endpoint (default: {base-url}/oauth/token)."),
             QStringLiteral("URL")},
            {QStringLiteral("client-id"), QStringLiteral("OAuth client id."), QStringLiteral("ID")},
            {QStringLiteral("client-secret-file"),
             QStringLiteral("File holding the client secret (else CXONE_CLIENT_SECRET)."),
             QStringLiteral("FILE")},
            {QStringLiteral("auth-style"),
             QStringLiteral(
                     "How credentials reach the token endpoint: form (default), basic, json."),
             QStringLiteral("STYLE"), QStringLiteral("form")},
            {QStringLiteral("scopes"),
             QStringLiteral("Space- or comma-separated scopes to request (default: all the console "
                            "uses)."),
             QStringLiteral("SCOPES")},
            {QStringLiteral("demo"),
             QStringLiteral("Start the built-in demo tenant (simulator) and use it.")},
            {QStringLiteral("audit-db"), QStringLiteral("Audit store file (default: app data)."),
             QStringLiteral("PATH")},
            {QStringLiteral("json"), QStringLiteral("Machine-readable JSON output on stdout.")},
            {QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")},
    };
}

QCommandLineOption cliHelpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help.")};
}

QCommandLineOption cliVersionOption()
{
    return {{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version.")};
}

void setUpCliParser(QCommandLineParser *parser)
{
    parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser->addOptions(cliGlobalOptions());
    parser->addOption(cliHelpOption());
    parser->addOption(cliVersionOption());
}

bool givesSecretOnCommandLine(const QStringList &args)
{
    return std::any_of(args.begin(), args.end(), [](const QString &a) {
        return a == u"--client-secret" || a.startsWith(u"--client-secret=");
    });
}

CliIo::CliIo(QCommandLineParser &parser)
    : m_parser(parser)
    , m_stdout(std::make_unique<TerminalText>(STDOUT_FILENO))
    , m_stderr(std::make_unique<TerminalText>(STDERR_FILENO))
    , m_out(m_stdout.get())
    , m_err(m_stderr.get())
    , m_json(parser.isSet(QStringLiteral("json")))
{}

CliIo::~CliIo() = default;

int CliIo::fail(int code, const QString &message)
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

int CliIo::checkOutput(const QString &path, const QString &option)
{
    QString problem = outputProblem(path, option);
    if (problem.isEmpty())
        return ExitOk;
    problem[0] = problem[0].toLower(); // the command line's messages start in lower case
    return fail(ExitRefused, problem);
}

bool CliIo::intOption(const QString &name, int min, int max, int *out, int *code)
{
    bool ok = false;
    const int value = m_parser.value(name).trimmed().toInt(&ok);
    if (!ok || value < min || value > max) {
        *code = usageError(QStringLiteral("--%1 takes a whole number from %2 to %3, not '%4'.")
                                   .arg(name)
                                   .arg(min)
                                   .arg(max)
                                   .arg(m_parser.value(name)));
        return false;
    }
    *out = value;
    return true;
}

bool CliIo::choiceOption(const QString &name, const QStringList &choices, QString *out, int *code)
{
    const QString value = m_parser.value(name).trimmed();
    if (!choices.contains(value)) {
        *code = usageError(QStringLiteral("--%1 is one of %2, not '%3'.")
                                   .arg(name, choices.join(QStringLiteral(", ")), value));
        return false;
    }
    *out = value;
    return true;
}

bool CliIo::readInputFile(const QString &path, qint64 maxBytes, const QString &what,
                          QByteArray *out, int *code)
{
    QString error;
    if (!readBounded(path, maxBytes, out, &error, what)) {
        if (!error.endsWith(u'.'))
            error += u'.';
        *code = refuse(error + QStringLiteral(" Nothing was sent."));
        return false;
    }
    return true;
}

void CliIo::progress(const QString &text)
{
    if (m_parser.isSet(QStringLiteral("quiet")))
        return;
    m_err << text << '\n';
    m_err.flush();
}

void CliIo::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}
} // namespace cxone
