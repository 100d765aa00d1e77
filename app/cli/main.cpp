#include "app/cli/clicontext.h"
#include "models/engine/machinekey.h"
#include "models/engine/profiles/secretstore.h"
#include "models/engine/text.h"
#include "network/processguard.h"
#include "network/secrets.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace cxone;

namespace {

QString usageText(const QList<CommandSpec> &commands)
{
    QString text
            = QStringLiteral("Usage: cxone-cli [global options] COMMAND [options]\n\nCommands:\n");
    for (const CommandSpec &c : commands) {
        const QString name = QString(c.words.join(u' ') + u' ' + c.arguments).trimmed();
        text += QStringLiteral("  %1%2\n").arg(name.leftJustified(34), c.summary);
    }
    text += QStringLiteral("\nRun 'cxone-cli COMMAND --help' for a command's options.\n"
                           "Older names still work: lists (contactlists), phones check "
                           "(contactlists check-phones), enrich (enrichment).\n"
                           "Exit codes: 0 ok, 1 failed at run time, 2 usage error, 3 refused "
                           "before anything was sent, 130 interrupted.\n");
    return text;
}

// The names the commands had before each feature got one name (`lists` and `phones` for contact
// lists, `enrich` for enrichment): still understood, as the command they became.
QStringList canonicalCommand(QStringList words)
{
    if (words.size() >= 2 && words[0] == u"phones" && words[1] == u"check") {
        words[0] = QStringLiteral("contactlists");
        words[1] = QStringLiteral("check-phones");
    } else if (!words.isEmpty() && words[0] == u"lists") {
        words[0] = QStringLiteral("contactlists");
    } else if (!words.isEmpty() && words[0] == u"enrich") {
        words[0] = QStringLiteral("enrichment");
    }
    return words;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything else: this process will hold a tenant's secret and tokens, and a child
    // (a phone worker) must never inherit the secret.
    protectProcessMemory();
    SecretBytes environmentSecret = takeSecretFromEnvironment("CXONE_CLIENT_SECRET");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cxone-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("cxone-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXONE_VERSION));
    installEnglishPlurals(&app);

    QList<CommandSpec> commands;
    registerAuthCommands(commands);
    registerAuditCommands(commands);
    registerSegmentsCommands(commands);
    registerAudienceCommands(commands);
    registerListsCommands(commands);
    registerEnrichCommands(commands);
    registerTranscriptsCommands(commands);

    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (givesSecretOnCommandLine(args)) {
        err << "cxone-cli: secrets are never taken on the command line (they would show in "
               "the process list and shell history). Use CXONE_CLIENT_SECRET or "
               "--client-secret-file FILE.\n";
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scriptable runner of CXone Console jobs."));
    setUpCliParser(&parser);
    const QCommandLineOption help = cliHelpOption();
    const QCommandLineOption version = cliVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));

    // First pass: find the command words; then add that command's options and parse strictly.
    parser.parse(args);
    const QStringList positional = canonicalCommand(parser.positionalArguments());
    if (parser.isSet(version) && positional.isEmpty()) {
        QTextStream(stdout) << "cxone-cli " << CXONE_VERSION << '\n';
        return ExitOk;
    }
    const CommandSpec *command = nullptr;
    for (const CommandSpec &c : commands) {
        if (positional.size() >= c.words.size() && positional.mid(0, c.words.size()) == c.words
            && (!command || c.words.size() > command->words.size()))
            command = &c;
    }
    if (!command) {
        if (parser.isSet(help) || positional.isEmpty()) {
            QTextStream(positional.isEmpty() && !parser.isSet(help) ? stderr : stdout)
                    << usageText(commands);
            return parser.isSet(help) ? ExitOk : ExitUsage;
        }
        err << "cxone-cli: unknown command '" << positional.join(u' ') << "'.\n\n"
            << usageText(commands);
        return ExitUsage;
    }
    parser.addOptions(command->options);
    if (!parser.parse(args)) {
        err << "cxone-cli: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QString text
                = QStringLiteral("Usage: cxone-cli [global options] %1 %2\n%3\n")
                          .arg(command->words.join(u' '), command->arguments, command->summary);
        if (!command->options.isEmpty()) {
            text += QStringLiteral("\nOptions:\n");
            for (const QCommandLineOption &o : command->options) {
                QString name = QStringLiteral("--") + o.names().constLast();
                if (!o.valueName().isEmpty())
                    name += u' ' + o.valueName();
                text += QStringLiteral("  %1%2\n").arg(name.leftJustified(30), o.description());
            }
        }
        text += QStringLiteral("\nGlobal options:\n");
        for (const QCommandLineOption &o : cliGlobalOptions()) {
            QString name = QStringLiteral("--") + o.names().constLast();
            if (!o.valueName().isEmpty())
                name += u' ' + o.valueName();
            text += QStringLiteral("  %1%2\n").arg(name.leftJustified(30), o.description());
        }
        QTextStream(stdout) << text;
        return ExitOk;
    }
    const QStringList arguments = parser.positionalArguments().mid(command->words.size());
    if (command->arguments.isEmpty() && !arguments.isEmpty()) {
        err << "cxone-cli: " << command->words.join(u' ') << " takes no arguments; '"
            << arguments.join(u' ') << "' is not one of its options (see 'cxone-cli "
            << command->words.join(u' ') << " --help').\n";
        return ExitUsage;
    }
    // This machine's key (it signs journals and the audit trail's anchor) is read from the
    // keychain when it is kept there; the console makes it there when one answers at its first
    // start. A keychain that does not answer in time leaves journals refused, with the reason.
    if (KeychainSecretStore::isSupported() && QFile::exists(MachineKey::keychainMarkerPath())) {
        KeychainSecretStore keychain(QStringLiteral("cxone-console"));
        QEventLoop loop;
        MachineKey::useKeychain(&keychain, &loop, [&loop](const QString &) { loop.quit(); });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    CliContext ctx(parser, std::move(environmentSecret));
    const int code = command->run(ctx, parser, arguments);
    ctx.out().flush();
    ctx.err().flush();
    return code;
}
