// cxone-cli, the command line's front. `transcripts mask` needs Qt Core and the masker alone,
// and is run in scripts once per file: it runs here, in a program that starts in a fraction of
// the full runner's time (the full runner also loads libcurl, SQL, the keychain, the GUI
// toolkit's core and the simulator's HTTP server). Every other command line, and every one this
// program does not read as a plain mask (help, the version, a malformed option), is handed to
// the full runner as it came: the same arguments and the same environment (execv), so that it
// answers exactly as it would have. The full runner is cxone-cli-full beside this program (the
// build tree) or in ../libexec/cxone-console (an installed package).

#include "app/cli/cliio.h"
#include "app/cli/cmd_mask.h"
#include "network/processguard.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <limits.h>
#include <unistd.h>

using namespace cxone;

namespace {

// This program's own folder, from the kernel's link (argv[0], which a caller chooses, only where
// /proc cannot be read).
std::string ownFolder(const char *argv0)
{
    char path[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    std::string p = n > 0 ? std::string(path, size_t(n)) : std::string(argv0 ? argv0 : "");
    const size_t slash = p.rfind('/');
    return slash == std::string::npos ? std::string(".") : p.substr(0, slash);
}

// Replaces this process with the full runner; returns only when that cannot be done.
int runFull(char *argv[])
{
    const std::string folder = ownFolder(argv[0]);
    const std::string candidates[]
            = {folder + "/cxone-cli-full", folder + "/" CXONE_RUNNER_FROM_BINDIR "/cxone-cli-full"};
    int error = ENOENT;
    for (const std::string &path : candidates) {
        if (::access(path.c_str(), X_OK) != 0)
            continue;
        ::execv(path.c_str(), argv);
        error = errno;
    }
    std::fprintf(stderr,
                 "cxone-cli: cannot start the command runner cxone-cli-full (%s); it belongs "
                 "beside cxone-cli or in " CXONE_RUNNER_FROM_BINDIR " from there; reinstall "
                 "the package.\n",
                 std::strerror(error));
    return ExitFailed;
}

// True when the runner would run `transcripts mask` on this command line, read as the runner
// reads it (app/cli/main.cpp): a first pass with the global options alone finds the command's
// words (so that `--entities email transcripts mask` is, as there, the unknown command "email
// transcripts mask"), then a strict pass with the command's options too. Anything else (help,
// the version, a malformed option, another command) is left to the runner.
bool isPlainMask(int argc, char *argv[], QCommandLineParser *parser)
{
    QStringList args;
    args.reserve(argc);
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (givesSecretOnCommandLine(args)) // (the runner refuses it, whatever the command)
        return false;
    QCommandLineParser first;
    setUpCliParser(&first);
    first.parse(args); // (options of the command are unknown here, as in the runner's first pass)
    if (first.positionalArguments() != transcriptsMaskWords())
        return false;
    setUpCliParser(parser);
    parser->addOptions(transcriptsMaskOptions());
    // (the strict pass may take a command word as an option's value, "transcripts --entities
    // mask": the runner then runs the mask with that value, and so does this program)
    return parser->parse(args) && parser->positionalArguments().size() <= 2
           && !parser->isSet(cliHelpOption()) && !parser->isSet(cliVersionOption());
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    if (!isPlainMask(argc, argv, &parser))
        return runFull(argv);
    // As the full runner does first thing: the process will hold the caller's transcripts, and
    // a tenant's secret it does not use is gone from its environment.
    protectProcessMemory();
    scrubEnvironmentVariable("CXONE_CLIENT_SECRET");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cxone-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("cxone-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXONE_VERSION));
    CliIo io(parser);
    const int code = transcriptsMask(io, parser, {});
    io.out().flush();
    io.err().flush();
    return code;
}
