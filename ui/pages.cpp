#include "ui/pages.h"

#include "models/engine/session/consolecontext.h"
#include "ui/audiences/audiencespage.h"
#include "ui/auditpage.h"
#include "ui/contactlists/contactlistspage.h"
#include "ui/enrichment/enrichmentpage.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/segments/segmentspage.h"
#include "ui/transcripts/transcriptspage.h"

#include <QCoreApplication>

// Resources of a static library must be registered by name, outside any namespace.
static void initConsoleResources()
{
    Q_INIT_RESOURCE(cxoneconsole);
}

namespace cxone {

QIcon appIcon()
{
    initConsoleResources();
    return QIcon(QStringLiteral(":/icons/cxone-console.svg"));
}

QIcon pageIcon(const QString &themeName, const QString &resourceName)
{
    initConsoleResources();
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/") + resourceName));
}

void addFeaturePages(MainWindow *window, ConsoleContext *context)
{
    window->addPage(PageId::Overview.toString(),
                    QCoreApplication::translate("cxone::Pages", "Overview"),
                    pageIcon(QStringLiteral("go-home"), QStringLiteral("overview.svg")),
                    new OverviewPage(context));
    window->addPage(PageId::Segments.toString(),
                    QCoreApplication::translate("cxone::Pages", "Segments"),
                    pageIcon(QStringLiteral("view-filter"), QStringLiteral("segments.svg")),
                    new SegmentsPage(context));
    window->addPage(PageId::Audiences.toString(),
                    QCoreApplication::translate("cxone::Pages", "Audiences"),
                    pageIcon(QStringLiteral("system-users"), QStringLiteral("audiences.svg")),
                    new AudiencesPage(context));
    window->addPage(
            PageId::ContactLists.toString(),
            QCoreApplication::translate("cxone::Pages", "Contact lists"),
            pageIcon(QStringLiteral("x-office-address-book"), QStringLiteral("contactlists.svg")),
            new ContactListsPage(context));
    window->addPage(PageId::Enrichment.toString(),
                    QCoreApplication::translate("cxone::Pages", "Enrichment"),
                    pageIcon(QStringLiteral("document-import"), QStringLiteral("enrichment.svg")),
                    new EnrichmentPage(context));
    window->addPage(PageId::Transcripts.toString(),
                    QCoreApplication::translate("cxone::Pages", "Transcripts"),
                    pageIcon(QStringLiteral("text-x-generic"), QStringLiteral("transcripts.svg")),
                    new TranscriptsPage(context));
    window->addPage(PageId::AuditHistory.toString(),
                    QCoreApplication::translate("cxone::Pages", "Audit history"),
                    pageIcon(QStringLiteral("view-history"), QStringLiteral("audit.svg")),
                    new AuditPage(context->audit(), context->jobs()));
}

} // namespace cxone
