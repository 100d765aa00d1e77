#include "models/enrichment/enrichsummary.h"

#include "models/engine/jobs/jobtracker.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace cxone {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EnrichSummary", text);
}

QString count(qint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(n), n == 1 ? tr(one) : tr(many));
}

} // namespace

qint64 EnrichSummary::processed() const
{
    return applied + notFound + rejected + unchanged + failed + unknown;
}

QString EnrichSummary::breakdown() const
{
    const QLocale l;
    QStringList parts;
    const auto add = [&parts, &l](qint64 n, const QString &what) {
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(l.toString(n), what);
    };
    if (kind == Kind::Apply) {
        add(applied, tr("applied"));
        add(notFound, tr("not on the list"));
        add(rejected, tr("rejected"));
    } else {
        add(applied, tr("put back"));
        add(unchanged, tr("already as before"));
        add(notFound, tr("not on the list"));
        add(failed, tr("not put back"));
    }
    add(unknown, tr("not known (the run stopped before the answer)"));
    add(notSent, tr("not sent"));
    return parts.isEmpty() ? tr("none yet") : parts.join(QStringLiteral(", "));
}

QString EnrichSummary::sentence() const
{
    QString text = JobTracker::processedText(processed(), contacts, tr("contacts"), breakdown());
    if (kind == Kind::Apply) {
        if (attributes > 0)
            text += QStringLiteral("; ")
                    + count(attributes, "attribute written", "attributes written");
        if (skippedRows > 0)
            text += QStringLiteral("; ")
                    + count(skippedRows, "row skipped before sending",
                            "rows skipped before sending");
    } else {
        if (attributes > 0)
            text += QStringLiteral("; ")
                    + count(attributes, "attribute put back", "attributes put back");
        if (changedSince > 0)
            text += QStringLiteral("; ")
                    + count(changedSince, "value changed since the run was left as it is",
                            "values changed since the run were left as they are");
    }
    return text;
}

QJsonObject EnrichSummary::toJson() const
{
    if (kind == Kind::Apply)
        return {{QStringLiteral("contacts"), contacts},
                {QStringLiteral("processed"), processed()},
                {QStringLiteral("applied"), applied},
                {QStringLiteral("notFound"), notFound},
                {QStringLiteral("rejected"), rejected},
                {QStringLiteral("unknown"), unknown},
                {QStringLiteral("notSent"), notSent},
                {QStringLiteral("attributes"), attributes},
                {QStringLiteral("skippedRows"), skippedRows}};
    return {{QStringLiteral("contacts"), contacts},
            {QStringLiteral("processed"), processed()},
            {QStringLiteral("putBack"), applied},
            {QStringLiteral("notFound"), notFound},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("unknown"), unknown},
            {QStringLiteral("notSent"), notSent},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("changedSince"), changedSince}};
}

} // namespace cxone
