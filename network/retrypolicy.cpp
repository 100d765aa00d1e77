#include "network/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace cxone {

using namespace std::chrono;

std::optional<milliseconds> parseRetryAfter(const QByteArray &raw, const QDateTime &nowUtc)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<milliseconds>(seconds * 1000);

    // IMF-fixdate, plus the two obsolete forms RFC 9110 still asks recipients to accept. The
    // weekday is dropped before parsing: it is redundant, and for two-digit years Qt would check
    // it against the wrong century.
    QString text = QString::fromLatin1(value).simplified();
    const qsizetype cut = text.indexOf(QRegularExpression(QStringLiteral("[ ,]")));
    if (cut <= 0)
        return std::nullopt;
    text = text.mid(cut + 1).trimmed();
    const QLocale c = QLocale::c();
    QDateTime when;
    for (const auto *format :
         {"dd MMM yyyy HH:mm:ss 'GMT'", "dd-MMM-yy HH:mm:ss 'GMT'", "MMM d HH:mm:ss yyyy"}) {
        when = c.toDateTime(text, QLatin1String(format));
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    if (when.date().year() < 1970)
        when = when.addYears(100); // two-digit years of the RFC 850 form
    const qint64 delta = nowUtc.msecsTo(when);
    return milliseconds(std::max<qint64>(0, delta));
}

milliseconds backoffDelay(const RetryPolicy &policy, int retry, QRandomGenerator &rng)
{
    const int shift = std::clamp(retry - 1, 0, 30);
    const qint64 ceiling = std::min<qint64>(policy.maxDelay.count(),
                                            policy.baseDelay.count() * (qint64(1) << shift));
    if (ceiling <= 0)
        return milliseconds(0);
    return milliseconds(qint64(rng.bounded(quint64(ceiling) + 1)));
}

QByteArray toHttpDate(const QDateTime &utc)
{
    return QLocale::c()
            .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
}

} // namespace cxone
