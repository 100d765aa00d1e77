#include "models/engine/appdirs.h"

#include "models/engine/audit/auditstore.h"
#include "network/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <mutex>

namespace cxone {

namespace {

void moveUp(const QString &from, const QString &to)
{
    QDir source(from);
    if (!source.exists()
        || QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath())
        return;
    QString ignored; // a folder that cannot be made leaves the files where they are
    if (!makeDataFolder(to, &ignored))
        return;
    const QStringList entries = source.entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                 | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        const QString oldPath = source.filePath(name);
        const QString newPath = QDir(to).filePath(name);
        if (QFileInfo::exists(newPath))
            continue; // the new place wins; the old copy stays where it was
        if (!QDir().rename(oldPath, newPath))
            continue;
        if (name == QLatin1String("audit.sqlite"))
            AuditStore::moveAnchor(oldPath, newPath);
    }
    source.rmdir(from); // only when it is now empty
}

} // namespace

QString dataDirectory()
{
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString app = QCoreApplication::applicationName();
    if (generic.isEmpty() || app.isEmpty())
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString dir = generic + u'/' + app;
    static std::once_flag migrated;
    std::call_once(migrated, [&] {
        const QString former = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (former != dir)
            moveUp(former, dir);
    });
    return dir;
}

} // namespace cxone
