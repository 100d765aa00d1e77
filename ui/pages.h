#pragma once

#include <QIcon>

namespace cxone {

class ConsoleContext;
class MainWindow;

// Adds every page whose feature exists to `window`. A feature adds its page here, e.g.
//   window->addPage(PageId::Segments.toString(), tr("Segments"), icon, new SegmentsPage(context));
// and its page reads ConsoleContext::session() / sessionChanged() for the client and jobs.
void addFeaturePages(MainWindow *window, ConsoleContext *context);

// The console's own icons (compiled-in resources), with the desktop theme preferred.
QIcon appIcon();
QIcon pageIcon(const QString &themeName, const QString &resourceName);

} // namespace cxone
