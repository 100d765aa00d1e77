#include "models/contactlists/sanitizesettings.h"

#include "models/engine/phone/phonecheck.h"

#include <QCoreApplication>

namespace cxone {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxone::SanitizeSettings", text);
}

} // namespace

QString SanitizeSettings::text() const
{
    const QString r = regions.simplified().toUpper();
    const QString disposable = disposableFile.trimmed();
    return tr("default region %1; allowed regions %2; blocked types %3; duplicates %4; "
              "disposable-number list %5; carrier lookup %6")
            .arg(defaultRegion.trimmed().toUpper(), r.isEmpty() ? tr("any") : r,
                 blocked.isEmpty() ? tr("none") : blocked.join(QStringLiteral(", ")),
                 purgeDuplicates ? tr("purged") : tr("kept"),
                 disposable.isEmpty() ? tr("none") : disposable, lookup ? tr("on") : tr("off"));
}

bool SanitizeSettings::toDirective(SanitizeDirective *d, QString *error) const
{
    d->defaultRegion = defaultRegion.trimmed().toUpper();
    if (!SanitizeDirective::isRegionCode(d->defaultRegion)) {
        *error = tr("The default region '%1' is not a region code (two letters, like US).")
                         .arg(d->defaultRegion);
        return false;
    }
    if (!d->setRegions(regions, error) || !d->setBlocked(blocked.join(u','), error))
        return false;
    if (!disposableFile.trimmed().isEmpty() && !d->disposable.load(disposableFile.trimmed(), error))
        return false;
    d->purgeDuplicates = purgeDuplicates;
    d->lookup = lookup;
    return true;
}

} // namespace cxone
