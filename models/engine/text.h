#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace cxone {

// "1 contact", "2,138 contacts": a count with its noun in the right number, the number written
// the locale's way. English only for now: the texts are not translated yet.
inline QString countText(qint64 n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(n), n == 1 ? one : many);
}

// "%n contact(s)" written for the count: "contact(s)" -> "contact" for 1, "contacts" otherwise;
// "(es)" likewise.
QString pluralText(const QString &source, int n);

// Makes every tr("… %n thing(s) …", nullptr, n) of the application read right in English.
void installEnglishPlurals(QCoreApplication *app);

} // namespace cxone
