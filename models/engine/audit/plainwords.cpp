#include "models/engine/audit/plainwords.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace cxone::words {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlainWords", text);
}

// A code ("SANITIZE_APPLY_STARTED", "transcripts.job.submit", "segment-export") written out.
QString fromCode(const QString &code)
{
    QString text = code;
    text.replace(QRegularExpression(QStringLiteral("([a-z])([A-Z])")), QStringLiteral("\\1 \\2"));
    text.replace(QRegularExpression(QStringLiteral("[-_.]+")), QStringLiteral(" "));
    text = text.trimmed().toLower();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// Sentences for action codes. %{target} is the target's name in quotes; %{key} a detail's value
// with its unit; a part in [brackets] is left out when a detail it names is missing.
struct Sentence
{
    const char *action;
    const char *pattern;
};
constexpr Sentence sentenceTable[] = {

        {"AUTH_TEST", QT_TRANSLATE_NOOP("PlainWords", "Tested signing in at %{target}")},
        {"EXPORT_STARTED",
         QT_TRANSLATE_NOOP("PlainWords", "Started exporting segment %{target}[ to %{output}]")},
        {"EXPORT_RESUMED",
         QT_TRANSLATE_NOOP("PlainWords",
                           "Resumed exporting segment %{target}[ from record %{fromRecords}]")},
        {"EXPORT_COMPLETED",
         QT_TRANSLATE_NOOP("PlainWords",
                           "Exported segment %{target}[: %{records} records][ in %{elapsedMs}][ to "
                           "%{output}]")},
        {"EXPORT_CANCELLED",
         QT_TRANSLATE_NOOP("PlainWords",
                           "Cancelled the export of segment %{target}[ after %{records} records]")},
        {"EXPORT_FAILED",
         QT_TRANSLATE_NOOP("PlainWords", "Export of segment %{target} failed[: %{error}]")},
        {"EXPORT_REFUSED", QT_TRANSLATE_NOOP("PlainWords", "Refused to export segment %{target}")},
        {"AUDIENCE_SAVE_STARTED",
         QT_TRANSLATE_NOOP("PlainWords",
                           "Started saving audience %{target}[, version %{version}]")},
        {"AUDIENCE_SAVED",
         QT_TRANSLATE_NOOP("PlainWords",
                           "Saved audience %{target}[, version %{version}][, size %{size}]")},
        {"AUDIENCE_SAVE_FAILED",
         QT_TRANSLATE_NOOP("PlainWords", "Saving audience %{target} failed[: %{error}]")},
        {"AUDIENCE_SAVE_REFUSED",
         QT_TRANSLATE_NOOP("PlainWords", "Refused to save audience %{target}")},
        {"AUDIENCE_SAVE_CANCELLED",
         QT_TRANSLATE_NOOP("PlainWords", "Cancelled saving audience %{target}")},
        {"AUDIENCE_EVALUATED",
         QT_TRANSLATE_NOOP("PlainWords", "Evaluated audience %{target}[: size %{size}]")},
        {"AUDIENCE_SIZE_PENDING",
         QT_TRANSLATE_NOOP(
                 "PlainWords",
                 "The size of audience %{target} is still being worked out[ after %{waitedMs}]")},
        {"AUDIENCE_SIZE_UNKNOWN",
         QT_TRANSLATE_NOOP("PlainWords",
                           "The size of audience %{target} could not be read[: %{error}]")},
        {"CDP_NOTIFIED", QT_TRANSLATE_NOOP("PlainWords", "Told the CDP about %{target}")},
        {"CDP_NOTIFY_FAILED",
         QT_TRANSLATE_NOOP("PlainWords", "Telling the CDP about %{target} failed[: %{error}]")},
        {"SANITIZE_PREVIEW",
         QT_TRANSLATE_NOOP(
                 "PlainWords",
                 "Previewed sanitizing list %{target}[: %{update} to update, %{purge} to purge, "
                 "%{keep} kept]")},
        {"SANITIZE_APPLY_STARTED",
         QT_TRANSLATE_NOOP(
                 "PlainWords",
                 "Started sanitizing list %{target}[: %{updates} updates, %{deletes} deletions]")},
        {"SANITIZE_APPLY_COMPLETED",
         QT_TRANSLATE_NOOP("PlainWords", "Finished sanitizing list %{target}")},
        {"SANITIZE_APPLY_REFUSED",
         QT_TRANSLATE_NOOP("PlainWords", "Refused to sanitize list %{target}[: %{error}]")},
        {"SANITIZE_AGGREGATOR_NOTIFIED",
         QT_TRANSLATE_NOOP("PlainWords",
                           "Reported the sanitizing of list %{target} to the aggregator")},
        {"SANITIZE_RESTORE_STARTED",
         QT_TRANSLATE_NOOP("PlainWords",
                           "Started restoring list %{target}[: %{contacts} contacts]")},
        {"SANITIZE_RESTORE_COMPLETED",
         QT_TRANSLATE_NOOP("PlainWords",
                           "Restored list %{target}[: %{restored} contacts][, %{failed} failed]")},
        {"SANITIZE_RESTORE_REFUSED",
         QT_TRANSLATE_NOOP("PlainWords", "Refused to restore list %{target}[: %{error}]")},
        {"ENRICH_BATCH",
         QT_TRANSLATE_NOOP(
                 "PlainWords",
                 "Enriched batch %{batch} of list %{target}[: %{updated} of %{contacts} contacts "
                 "updated][ in %{latencyMs}]")},
        {"ENRICH_COMPLETED", QT_TRANSLATE_NOOP("PlainWords", "Finished enriching list %{target}")},
        {"ENRICH_REFUSED",
         QT_TRANSLATE_NOOP("PlainWords", "Refused to enrich list %{target}[: %{error}]")},
        {"ENRICH_LIST_REFRESHED",
         QT_TRANSLATE_NOOP("PlainWords", "Asked the tenant to refresh %{target}")},
        {"ENRICH_WEBHOOK_REGISTERED",
         QT_TRANSLATE_NOOP("PlainWords", "Registered the enrichment webhook[ %{url}]")},
        {"ENRICH_WEBHOOK_REUSED",
         QT_TRANSLATE_NOOP("PlainWords", "Reused the enrichment webhook[ %{url}]")},
        {"ENRICH_WEBHOOK_FAILED",
         QT_TRANSLATE_NOOP("PlainWords", "Registering the enrichment webhook failed[: %{error}]")},
        {"ENRICH_UNDO_STARTED",
         QT_TRANSLATE_NOOP("PlainWords",
                           "Started undoing the enrichment of %{target}[: %{contacts} contacts]")},
        {"ENRICH_UNDO_COMPLETED",
         QT_TRANSLATE_NOOP(
                 "PlainWords",
                 "Undid the enrichment of %{target}[: %{contacts} contacts][, %{failed} failed]")},
        {"ENRICH_UNDO_REFUSED",
         QT_TRANSLATE_NOOP("PlainWords",
                           "Refused to undo the enrichment of %{target}[: %{error}]")},
        {"transcripts.extract.start",
         QT_TRANSLATE_NOOP("PlainWords", "Started extracting transcripts to %{target}")},
        {"transcripts.extract.finish",
         QT_TRANSLATE_NOOP(
                 "PlainWords",
                 "Finished extracting transcripts to %{target}[: %{written} written][, %{failed} "
                 "failed]")},
        {"transcripts.job.submit",
         QT_TRANSLATE_NOOP(
                 "PlainWords",
                 "Asked the tenant for[ %{interactions}] transcripts[ (tenant job %{jobId})]")},
        {"transcripts.job.failed",
         QT_TRANSLATE_NOOP("PlainWords", "The tenant's transcript job failed[: %{reason}]")},
        {"transcripts.artifact.mask",
         QT_TRANSLATE_NOOP("PlainWords", "Masking transcript %{target}")},
        {"transcripts.artifact.push",
         QT_TRANSLATE_NOOP("PlainWords",
                           "Pushed transcript %{target} to the data lake[ in %{latencyMs}]")},
};

const QHash<QString, QString> &sentences()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const Sentence &s : sentenceTable)
            t.insert(QLatin1StringView(s.action), tr(s.pattern));
        return t;
    }();
    return table;
}

QString quoted(const QString &name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

QString fill(const QString &pattern, const AuditEntry &entry)
{
    static const QRegularExpression optional(QStringLiteral("\\[([^\\]]*)\\]"));
    static const QRegularExpression field(QStringLiteral("%\\{([A-Za-z_]+)\\}"));
    const auto value = [&entry](const QString &key) -> QString {
        if (key == u"target")
            return entry.target.isEmpty() && !hasTargetName(entry) ? QString()
                                                                   : quoted(targetName(entry));
        const QJsonValue v = entry.details.value(key);
        return v.isUndefined() || v.isNull() ? QString() : detailValue(key, v);
    };
    const auto substitute = [&](const QString &part, bool *missing) -> QString {
        QString out;
        qsizetype at = 0;
        for (auto it = field.globalMatch(part); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString v = value(m.captured(1));
            *missing = *missing || v.isEmpty();
            out += part.mid(at, m.capturedStart() - at) + v;
            at = m.capturedEnd();
        }
        return out + part.mid(at);
    };
    QString text;
    qsizetype at = 0;
    for (auto it = optional.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bool ignored = false;
        text += substitute(pattern.mid(at, m.capturedStart() - at), &ignored);
        bool missing = false;
        const QString part = substitute(m.captured(1), &missing);
        if (!missing)
            text += part;
        at = m.capturedEnd();
    }
    bool ignored = false;
    text += substitute(pattern.mid(at), &ignored);
    return text.simplified();
}

bool isDurationKey(const QString &key)
{
    return key.endsWith(u"Ms") || key.endsWith(u"_ms");
}

QString bytesText(double bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeSIFormat);
}

} // namespace

QString jobKind(const QString &kind)
{
    static const QHash<QString, QString> kinds{
            {QStringLiteral("segment-export"), tr("Segment export")},
            {QStringLiteral("audience-save"), tr("Audience save")},
            {QStringLiteral("contact-list-load"), tr("Contact list load")},
            {QStringLiteral("sanitize-preview"), tr("Sanitize preview")},
            {QStringLiteral("sanitize-apply"), tr("Sanitize")},
            {QStringLiteral("sanitize-restore"), tr("Sanitize restore")},
            {QStringLiteral("enrich"), tr("Enrichment")},
            {QStringLiteral("enrich-undo"), tr("Enrichment undo")},
            {QStringLiteral("transcripts.extract"), tr("Transcript extraction")},
    };
    const auto it = kinds.constFind(kind);
    return it != kinds.constEnd() ? *it : fromCode(kind);
}

bool hasTargetName(const AuditEntry &entry)
{
    for (const char *key : {"targetName", "segment", "name", "listName"}) {
        const QJsonValue v = entry.details.value(QLatin1StringView(key));
        if (v.isString() && !v.toString().isEmpty())
            return true;
    }
    return false;
}

QString targetName(const AuditEntry &entry)
{
    // The job's own word first; then the names some entries carried before it did.
    for (const char *key : {"targetName", "segment", "name", "listName"}) {
        const QJsonValue v = entry.details.value(QLatin1StringView(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    return entry.target;
}

QString actionSentence(const AuditEntry &entry)
{
    const auto it = sentences().constFind(entry.action);
    if (it != sentences().constEnd())
        return fill(*it, entry);
    const QString words = fromCode(entry.action);
    const QString target = targetName(entry);
    return target.isEmpty() ? words : tr("%1: %2").arg(words, quoted(target));
}

QString entryText(const AuditEntry &entry)
{
    QStringList lines{actionSentence(entry), QString()};
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << tr("%1: %2").arg(label, value);
    };
    add(tr("Time"),
        QLocale().toString(entry.timeUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    add(tr("Tenant"), entry.tenant);
    add(tr("Job"), entry.jobKind.isEmpty()
                           ? entry.jobId
                           : tr("%1 (%2)").arg(jobKind(entry.jobKind), entry.jobId));
    add(tr("Target"), hasTargetName(entry) && !entry.target.isEmpty()
                              ? tr("%1 (%2)").arg(targetName(entry), entry.target)
                              : targetName(entry));
    add(tr("Outcome"), outcome(entry.outcome));
    for (const DetailItem &item : detailItems(entry.details))
        add(item.label, item.value);
    return lines.join(u'\n');
}

QString outcome(const QString &outcome)
{
    if (outcome == u"ok")
        return tr("OK");
    return fromCode(outcome);
}

QString detailLabel(const QString &key)
{
    static const QHash<QString, QString> labels{
            {QStringLiteral("latencyMs"), tr("Latency")},
            {QStringLiteral("avgLatencyMs"), tr("Average latency")},
            {QStringLiteral("averageLatencyMs"), tr("Average latency")},
            {QStringLiteral("p50LatencyMs"), tr("Latency p50")},
            {QStringLiteral("p95LatencyMs"), tr("Latency p95")},
            {QStringLiteral("elapsedMs"), tr("Time taken")},
            {QStringLiteral("waitedMs"), tr("Waited")},
            {QStringLiteral("notFound"), tr("Not found")},
            {QStringLiteral("cdpUrl"), tr("CDP address")},
            {QStringLiteral("url"), tr("Address")},
            {QStringLiteral("jobId"), tr("Tenant job")},
            {QStringLiteral("status"), tr("HTTP status")},
            {QStringLiteral("successRate"), tr("Success rate")},
            {QStringLiteral("urlRefreshes"), tr("URL refreshes")},
            {QStringLiteral("pii"), tr("Personal data masked")},
    };
    const auto it = labels.constFind(key);
    if (it != labels.constEnd())
        return *it;
    QString k = key;
    if (isDurationKey(k))
        k.chop(2);
    return fromCode(k);
}

QString duration(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    if (ms < 60'000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = (ms + 500) / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString detailValue(const QString &key, const QJsonValue &value)
{
    const QLocale locale;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (isDurationKey(key))
            return duration(qint64(std::llround(d)));
        if (key.endsWith(u"Rate") || key == u"rate")
            return tr("%1 %").arg(locale.toString(d * 100.0, 'f', 1));
        if (key == u"bytes" || key.endsWith(u"Bytes"))
            return bytesText(d);
        if (key.endsWith(u"PerSecond"))
            return tr("%1/s").arg(locale.toString(d, 'f', 0));
        if (key == u"status" || key.endsWith(u"Id") || key == u"batch" || key == u"version")
            return QString::number(qint64(d));
        return d == std::floor(d) ? locale.toString(qint64(d)) : locale.toString(d, 'f', 2);
    }
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << (v.isString() ? v.toString() : detailValue(QString(), v));
        return parts.join(QStringLiteral("; "));
    }
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(detailLabel(it.key()).toLower(),
                                                 detailValue(it.key(), it.value()));
        return parts.join(QStringLiteral(", "));
    }
    return QString();
}

QList<DetailItem> detailItems(const QJsonObject &details)
{
    QList<DetailItem> items;
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (it.key() == u"targetName" || it.value().isNull())
            continue;
        items.append({it.key(), detailLabel(it.key()), detailValue(it.key(), it.value())});
    }
    return items;
}

QString detailsLine(const QJsonObject &details)
{
    QStringList parts;
    for (const DetailItem &item : detailItems(details))
        parts << tr("%1: %2").arg(item.label, item.value);
    return parts.join(QStringLiteral(" · "));
}

QString jobState(JobState state, qint64 failedItems)
{
    if (state == JobState::CompletedWithFailures)
        return failedItems == 1
                       ? tr("completed with 1 failure")
                       : tr("completed with %1 failures").arg(QLocale().toString(failedItems));
    return jobStateName(state);
}

bool isWarningState(JobState state)
{
    return state == JobState::CompletedWithFailures;
}

} // namespace cxone::words
