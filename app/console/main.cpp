#include "app/simulator/embeddeddemotenant.h"
#include "models/engine/audit/auditstore.h"
#include "models/engine/machinekey.h"
#include "models/engine/profiles/profilestore.h"
#include "models/engine/profiles/secretstore.h"
#include "models/engine/session/consolecontext.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/text.h"
#include "network/apiclient.h"
#include "network/fileio.h"
#include "network/processguard.h"
#include "network/secrets.h"
#include "network/tokenmanager.h"
#include "ui/mainwindow.h"
#include "ui/pages.h"
#include "ui/wheelguard.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace cxone;

namespace {

// Saves the window once the token is live (the status bar and overview then show real state).
void arrangeScreenshot(MainWindow *window, ConsoleContext *context, const QString &path)
{
    auto grabWhenLive = [window, path](TenantSession *session) {
        TokenManager *tokens = session->client()->tokens();
        auto shoot = [window, path] {
            // One more event-loop pass so that the labels updated by the token are painted.
            QTimer::singleShot(0, window, [window, path] {
                // Through the one output rule: a screenshot shows tenants' data (owner-only),
                // and a device or a link in its place is never replaced.
                QByteArray image;
                QBuffer buffer(&image);
                buffer.open(QIODevice::WriteOnly);
                const QString suffix = QFileInfo(path).suffix();
                QString error;
                const bool saved = window->grab().save(
                                           &buffer, suffix.isEmpty() ? "PNG" : qPrintable(suffix))
                                   && writeOutputFile(path, image, &error);
                QTextStream(stderr)
                        << (saved ? QStringLiteral("cxone-console: saved %1").arg(path)
                            : error.isEmpty()
                                    ? QStringLiteral("cxone-console: could not save %1").arg(path)
                                    : QStringLiteral("cxone-console: %1").arg(error))
                        << '\n';
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        if (tokens->state() == TokenManager::State::Valid) {
            shoot();
            return;
        }
        QObject::connect(tokens, &TokenManager::stateChanged, window,
                         [shoot](TokenManager::State state) {
                             if (state == TokenManager::State::Valid)
                                 shoot();
                         });
        QObject::connect(tokens, &TokenManager::failed, window, [](const QString &error) {
            QTextStream(stderr) << "cxone-console: sign-in failed: " << error << '\n';
            QCoreApplication::exit(1);
        });
    };
    QObject::connect(context, &ConsoleContext::sessionChanged, window, grabWhenLive);
    QObject::connect(context, &ConsoleContext::activationFailed, window,
                     [](const QString &, const QString &error) {
                         QTextStream(stderr) << "cxone-console: " << error << '\n';
                         QCoreApplication::exit(1);
                     });
    QTimer::singleShot(60000, window, [] {
        QTextStream(stderr) << "cxone-console: no live token within 60 s; no screenshot\n";
        QCoreApplication::exit(1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    // The console holds tenants' secrets and tokens: no core dump, no reading its memory; and a
    // secret in the environment is not passed on to the phone workers it starts.
    protectProcessMemory();
    takeSecretFromEnvironment("CXONE_CLIENT_SECRET").clear();
    // Without a display Qt aborts with a message about platform plugins; say what to do instead,
    // and let --help and --version answer anyway.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        bool informational = false;
        for (int i = 1; i < argc; ++i) {
            const QByteArrayView a(argv[i]);
            informational = informational || a == "--help" || a == "-h" || a == "--version"
                            || a == "-v" || a == "--help-all";
        }
        if (!informational) {
            QTextStream(stderr) << "cxone-console: no display found. On a headless machine run "
                                   "it under a virtual X server, e.g.\n    xvfb-run -a "
                                   "cxone-console --demo\n";
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    // Same names as cxone-cli: both read and write the same audit trail and settings.
    QCoreApplication::setApplicationName(QStringLiteral("cxone-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("cxone-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXONE_VERSION));
    installEnglishPlurals(&app);
    QGuiApplication::setApplicationDisplayName(QObject::tr("CXone Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("cxone-console"));
    QApplication::setWindowIcon(appIcon());
    WheelGuard::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QObject::tr("Desktop admin console for NICE CXone contact-center tenants."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QObject::tr("Start with the built-in demo tenant."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QObject::tr("Start with the tenant profile NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption auditDb(QStringLiteral("audit-db"),
                                     QObject::tr("Audit store file (default: app data)."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption screenshot(
            QStringLiteral("screenshot"),
            QObject::tr("Save the window as PNG once the token is live, then exit."),
            QStringLiteral("FILE.png"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QObject::tr("Open the page ID (overview, audit, …)."),
                                  QStringLiteral("ID"));
    parser.addOptions({demo, profile, auditDb, screenshot, page});
    parser.process(app);

    QTextStream err(stderr);
    if (parser.isSet(demo) && parser.isSet(profile)) {
        err << "cxone-console: --demo and --profile exclude each other.\n";
        return 2;
    }

    AuditStore audit;
    QString auditError;
    const bool auditOpen = parser.isSet(auditDb) ? audit.open(parser.value(auditDb), &auditError)
                                                 : audit.open(&auditError);
    if (!auditOpen)
        err << "cxone-console: the audit trail could not be opened: " << auditError << '\n';

    std::unique_ptr<SecretStore> secrets;
    if (KeychainSecretStore::isSupported())
        secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("cxone-console"));
    else
        secrets = std::make_unique<MemorySecretStore>();

    // This machine's key, which signs journals and the audit trail's anchor: kept in the keychain
    // when one answers as it is made, otherwise a file in the data folder.
    if (KeychainSecretStore::isSupported())
        MachineKey::useKeychain(secrets.get(), secrets.get(), {});

    auto context = std::make_unique<ConsoleContext>(secrets.get(), &audit);
    // The Demo tenant profile is served by the simulator, started when it is first chosen.
    context->setDemoTenant(new sim::EmbeddedDemoTenant());
    QString startProfile = context->profiles()->lastUsed();
    if (parser.isSet(demo)) {
        startProfile = ProfileStore::demoProfileName();
    } else if (parser.isSet(profile)) {
        startProfile = parser.value(profile);
        if (!context->profiles()->contains(startProfile)) {
            err << "cxone-console: there is no profile named '" << startProfile
                << "'. Known: " << context->profiles()->names().join(QStringLiteral(", ")) << '\n';
            return 2;
        }
    }

    auto window = std::make_unique<MainWindow>(context.get());
    addFeaturePages(window.get(), context.get());
    window->restoreLayout();
    if (parser.isSet(page) && !window->showPage(parser.value(page)))
        err << "cxone-console: no page '" << parser.value(page)
            << "'; pages: " << window->pageIds().join(QStringLiteral(", ")) << '\n';
    if (parser.isSet(screenshot))
        arrangeScreenshot(window.get(), context.get(), parser.value(screenshot));
    window->show();
    if (!auditOpen && !parser.isSet(screenshot)) {
        QMessageBox::warning(window.get(), QObject::tr("Audit trail"),
                             QObject::tr("The audit trail could not be opened, so jobs will run "
                                         "without one: %1")
                                     .arg(auditError));
    }
    // After the window exists so that its status bar shows the connection being made.
    QTimer::singleShot(0, context.get(),
                       [&context, startProfile] { context->activate(startProfile); });

    const int code = QApplication::exec();
    window.reset();
    context.reset(); // stops jobs and the demo tenant before the stores go
    return code;
}
