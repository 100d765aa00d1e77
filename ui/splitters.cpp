#include "ui/splitters.h"

#include <QSettings>
#include <QSplitter>

namespace cxone {

namespace {

QString splitterKey(const QWidget *page, int index)
{
    QString name = QString::fromLatin1(page->metaObject()->className());
    name.remove(QStringLiteral("cxone::"));
    return QStringLiteral("pages/%1/splitter%2").arg(name).arg(index);
}

} // namespace

void saveSplitters(const QWidget *page)
{
    QSettings settings;
    const QList<QSplitter *> splitters = page->findChildren<QSplitter *>();
    for (int i = 0; i < splitters.size(); ++i)
        settings.setValue(splitterKey(page, i), splitters[i]->saveState());
}

bool restoreSplitters(QWidget *page)
{
    const QSettings settings;
    const QList<QSplitter *> splitters = page->findChildren<QSplitter *>();
    bool all = !splitters.isEmpty();
    for (int i = 0; i < splitters.size(); ++i)
        all = splitters[i]->restoreState(settings.value(splitterKey(page, i)).toByteArray()) && all;
    return all;
}

} // namespace cxone
