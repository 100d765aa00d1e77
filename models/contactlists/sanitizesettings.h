#pragma once

#include <QString>
#include <QStringList>

namespace cxone {

struct SanitizeDirective;

// The sanitizer's directive as a person sets it: the default and allowed regions as typed, the
// number types to block, a disposable-number list file, duplicates and carrier lookup. A preview
// remembers the settings it ran with (in words), so that a change shows it no longer describes
// what Apply would do.
struct SanitizeSettings
{
    QString defaultRegion = QStringLiteral("US");
    QString regions = QStringLiteral("US,CA"); // comma-separated; empty: every region
    QStringList blocked = {QStringLiteral("voip"), QStringLiteral("premium-rate")};
    QString disposableFile;
    bool purgeDuplicates = true;
    bool lookup = false;

    // "default region GB; allowed regions GB,IE; blocked types voip, premium-rate; …"
    QString text() const;
    // The directive these settings mean (the disposable list read); false with *error naming
    // what is wrong.
    bool toDirective(SanitizeDirective *directive, QString *error) const;

    bool operator==(const SanitizeSettings &) const = default;
};

} // namespace cxone
