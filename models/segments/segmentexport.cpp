#include "models/segments/segmentexport.h"

#include "network/fileio.h"
#include "network/webhookclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace cxone {

namespace {

const QStringList &allOperators()
{
    static const QStringList ops{QStringLiteral("equals"),
                                 QStringLiteral("not_equals"),
                                 QStringLiteral("contains"),
                                 QStringLiteral("starts_with"),
                                 QStringLiteral("greater_than"),
                                 QStringLiteral("less_than"),
                                 QStringLiteral("in")};
    return ops;
}

QString canonicalOperator(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"=" || t == u"==" || t == u"eq")
        return QStringLiteral("equals");
    if (t == u"!=" || t == u"<>" || t == u"ne")
        return QStringLiteral("not_equals");
    if (t == u">" || t == u"gt")
        return QStringLiteral("greater_than");
    if (t == u"<" || t == u"lt")
        return QStringLiteral("less_than");
    if (t == u"~")
        return QStringLiteral("contains");
    if (t == u"^=")
        return QStringLiteral("starts_with");
    const QString underscored = QString(t).replace(u'-', u'_');
    return allOperators().contains(underscored) ? underscored : QString();
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(u'"') && value.endsWith(u'"'))
            || (value.startsWith(u'\'') && value.endsWith(u'\''))))
        return value.mid(1, value.size() - 2);
    return value;
}

// Splits an "in" list on commas outside quotes.
QStringList splitList(const QString &text)
{
    QStringList items;
    QString current;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            current += c;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            current += c;
        } else if (c == u',') {
            items.append(unquote(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty() || !items.isEmpty())
        items.append(unquote(current));
    return items;
}

QJsonValue typedScalar(const QString &type, const QString &attribute, const QString &text,
                       QString *error)
{
    const QString t = text.trimmed();
    if (type == u"integer") {
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok) {
            *error = QStringLiteral(
                             "'%1' is a whole-number attribute; \"%2\" is not a whole number.")
                             .arg(attribute, text);
            return QJsonValue(QJsonValue::Undefined);
        }
        return QJsonValue(v);
    }
    if (type == u"number" || type == u"decimal") {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            *error = QStringLiteral("'%1' is a numeric attribute; \"%2\" is not a number.")
                             .arg(attribute, text);
            return QJsonValue(QJsonValue::Undefined);
        }
        return QJsonValue(v);
    }
    if (type == u"boolean") {
        const QString l = t.toLower();
        if (l == u"true" || l == u"yes" || l == u"1")
            return QJsonValue(true);
        if (l == u"false" || l == u"no" || l == u"0")
            return QJsonValue(false);
        *error = QStringLiteral("'%1' is a true/false attribute; \"%2\" is neither.")
                         .arg(attribute, text);
        return QJsonValue(QJsonValue::Undefined);
    }
    if (type == u"datetime") {
        // RFC 3339 with its zone; a bare date is that day's midnight in UTC. Sent in UTC.
        QDateTime dt;
        if (t.size() == 10) {
            const QDate d = QDate::fromString(t, Qt::ISODate);
            if (d.isValid())
                dt = d.startOfDay(Qt::UTC);
        } else {
            QString normal = t;
            if (normal.size() > 10 && normal.at(10) == u' ')
                normal[10] = u'T';
            dt = QDateTime::fromString(normal, Qt::ISODateWithMs);
            if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
                dt = QDateTime(); // a time without a zone means nothing to the server
        }
        if (!dt.isValid()) {
            *error = QStringLiteral("'%1' is a date-and-time attribute; write it as RFC 3339 with "
                                    "its zone, e.g. 2026-11-20T13:45:00Z or "
                                    "2026-11-20T14:45:00+01:00 (got \"%2\").")
                             .arg(attribute, text);
            return QJsonValue(QJsonValue::Undefined);
        }
        return QJsonValue(dt.toUTC().toString(Qt::ISODate));
    }
    if (type == u"date") {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid() || t.size() != 10) {
            *error = QStringLiteral("'%1' is a date attribute; write the date as YYYY-MM-DD (got "
                                    "\"%2\").")
                             .arg(attribute, text);
            return QJsonValue(QJsonValue::Undefined);
        }
        return QJsonValue(d.toString(Qt::ISODate));
    }
    return QJsonValue(text);
}

QString ageText(qint64 seconds)
{
    if (seconds < 3600)
        return QStringLiteral("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return QStringLiteral("%1 days %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    return format == ExportFormat::Jsonl ? QStringLiteral("jsonl") : QStringLiteral("csv");
}

bool parseExportFormat(const QString &text, ExportFormat *format)
{
    const QString t = text.trimmed().toLower();
    if (t == u"csv")
        *format = ExportFormat::Csv;
    else if (t == u"jsonl" || t == u"ndjson")
        *format = ExportFormat::Jsonl;
    else
        return false;
    return true;
}

bool ExportVerdict::allowed() const
{
    for (const VerdictReason &r : reasons) {
        if (r.severity == VerdictReason::Severity::Blocking)
            return false;
    }
    return true;
}

QStringList ExportVerdict::blockingTexts() const
{
    QStringList texts;
    for (const VerdictReason &r : reasons) {
        if (r.severity == VerdictReason::Severity::Blocking)
            texts.append(r.text);
    }
    return texts;
}

QStringList ExportVerdict::warningTexts() const
{
    QStringList texts;
    for (const VerdictReason &r : reasons) {
        if (r.severity == VerdictReason::Severity::Warning)
            texts.append(r.text);
    }
    return texts;
}

QStringList segmentOperatorsForType(const QString &type)
{
    if (type == u"integer" || type == u"number" || type == u"decimal" || type == u"date"
        || type == u"datetime")
        return {QStringLiteral("equals"), QStringLiteral("not_equals"),
                QStringLiteral("greater_than"), QStringLiteral("less_than"), QStringLiteral("in")};
    if (type == u"boolean")
        return {QStringLiteral("equals"), QStringLiteral("not_equals")};
    return {QStringLiteral("equals"), QStringLiteral("not_equals"), QStringLiteral("contains"),
            QStringLiteral("starts_with"), QStringLiteral("in")};
}

bool parseSegmentFilter(const QString &text, FilterSpec *filter, QString *error)
{
    static const QRegularExpression symbolic(
            QStringLiteral(R"(^\s*([A-Za-z_][\w.\-]*)\s*(==|=|!=|<>|>|<|~|\^=)\s*(.*?)\s*$)"),
            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression worded(
            QStringLiteral(R"(^\s*([A-Za-z_][\w.\-]*)\s+([A-Za-z_\-]+)(?:\s+(.*?))?\s*$)"),
            QRegularExpression::DotMatchesEverythingOption);
    QRegularExpressionMatch m = symbolic.match(text);
    if (!m.hasMatch())
        m = worded.match(text);
    if (!m.hasMatch()) {
        *error = QStringLiteral("Cannot read the filter \"%1\": write it as 'ATTRIBUTE OPERATOR "
                                "VALUE', e.g. 'tier equals Gold' or 'orderCount > 10'.")
                         .arg(text);
        return false;
    }
    const QString op = canonicalOperator(m.captured(2));
    if (op.isEmpty()) {
        *error = QStringLiteral("Unknown operator \"%1\" in \"%2\"; use one of %3 (or = != > < ~).")
                         .arg(m.captured(2), text, allOperators().join(QStringLiteral(", ")));
        return false;
    }
    const QString value = m.captured(3);
    if (value.trimmed().isEmpty()) {
        *error = QStringLiteral("The filter \"%1\" has no value.").arg(text);
        return false;
    }
    filter->attribute = m.captured(1);
    filter->op = op;
    filter->value = op == u"in" ? value.trimmed() : unquote(value);
    return true;
}

QJsonValue typedSegmentFilterValue(const SegmentAttribute &attribute, const FilterSpec &filter,
                                   QString *error)
{
    if (filter.op == u"in") {
        const QStringList items = splitList(filter.value);
        if (items.isEmpty() || (items.size() == 1 && items.first().trimmed().isEmpty())) {
            *error = QStringLiteral("The 'in' filter on '%1' needs at least one value "
                                    "(comma-separated).")
                             .arg(attribute.name);
            return QJsonValue(QJsonValue::Undefined);
        }
        QJsonArray values;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString &item = items.at(i);
            if (item.trimmed().isEmpty()) {
                // "tier in ,,," matched nothing and exported 0 records without a word.
                *error = QStringLiteral("The 'in' list of '%1' has an empty value (item %2 of "
                                        "%3); remove the extra comma.")
                                 .arg(attribute.name)
                                 .arg(i + 1)
                                 .arg(items.size());
                return QJsonValue(QJsonValue::Undefined);
            }
            const QJsonValue v = typedScalar(attribute.type, attribute.name, item, error);
            if (v.isUndefined())
                return QJsonValue(QJsonValue::Undefined);
            values.append(v);
        }
        return values;
    }
    return typedScalar(attribute.type, attribute.name, filter.value, error);
}

bool parseMaxAge(const QString &text, std::chrono::seconds *duration, QString *error)
{
    static const QRegularExpression part(QStringLiteral(R"((\d+)\s*([smhdw]))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    qint64 total = 0;
    qsizetype pos = 0;
    auto it = part.globalMatch(t);
    bool any = false;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!t.mid(pos, m.capturedStart() - pos).trimmed().isEmpty())
            break;
        pos = m.capturedEnd();
        any = true;
        // Ten years is the most a freshness limit means; anything above is refused, so the
        // sum is kept well inside qint64 (no overflow, whatever digits are typed).
        constexpr qint64 kMax = qint64(3650) * 86400;
        bool ok = false;
        const qint64 n = m.captured(1).toLongLong(&ok);
        qint64 unit = 1;
        switch (m.captured(2).toLower().at(0).unicode()) {
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        case 'w':
            unit = 7 * 86400;
            break;
        default:
            break;
        }
        if (!ok || n > kMax / unit || total > kMax - n * unit) {
            *error = QStringLiteral("The duration \"%1\" is longer than ten years; give at most "
                                    "3650d.")
                             .arg(text);
            return false;
        }
        total += n * unit;
    }
    if (!any || pos != t.size() || total <= 0 || total > qint64(3650) * 86400) {
        *error = QStringLiteral(
                         "Cannot read the duration \"%1\": use a number with a unit, such as "
                         "30m, 24h, 2d or 1d12h.")
                         .arg(text);
        return false;
    }
    *duration = std::chrono::seconds(total);
    return true;
}

QString formatMaxAge(std::chrono::seconds duration)
{
    const qint64 s = duration.count();
    if (s % 86400 == 0 && s >= 2 * 86400)
        return QStringLiteral("%1 d").arg(s / 86400);
    if (s % 3600 == 0)
        return QStringLiteral("%1 h").arg(s / 3600);
    if (s % 60 == 0)
        return QStringLiteral("%1 min").arg(s / 60);
    return QStringLiteral("%1 s").arg(s);
}

ExportVerdict segmentVerdict(const SegmentInfo &segment, std::chrono::seconds maxAge,
                             const QDateTime &nowUtc)
{
    using Severity = VerdictReason::Severity;
    ExportVerdict v;
    if (!segment.isActive())
        v.reasons.append(
                {Severity::Blocking, QStringLiteral("inactive"),
                 QStringLiteral("Segment \u201c%1\u201d is %2: only Active segments can be "
                                "exported. Activate it in CXone, then try again.")
                         .arg(segment.name, segment.status.isEmpty()
                                                    ? QStringLiteral("without a status")
                                                    : segment.status)});
    if (!segment.lastUpdated.isValid()) {
        v.reasons.append({Severity::Blocking, QStringLiteral("no-timestamp"),
                          QStringLiteral("Segment \u201c%1\u201d carries no readable lastUpdated "
                                         "time, so its freshness cannot be checked.")
                                  .arg(segment.name)});
    } else {
        const qint64 age = segment.lastUpdated.secsTo(nowUtc);
        if (age > maxAge.count())
            v.reasons.append(
                    {Severity::Blocking, QStringLiteral("stale"),
                     QStringLiteral("Segment \u201c%1\u201d was last updated %2 ago (%3 UTC), "
                                    "older than the freshness limit of %4. Refresh the segment "
                                    "in CXone, or raise the freshness limit if older data is "
                                    "acceptable.")
                             .arg(segment.name, ageText(age),
                                  segment.lastUpdated.toUTC().toString(
                                          QStringLiteral("yyyy-MM-dd HH:mm")),
                                  formatMaxAge(maxAge))});
    }
    const QStringList deprecated = segment.deprecatedAttributeNames();
    for (const QString &name : deprecated)
        v.reasons.append({Severity::Warning, QStringLiteral("deprecated-attribute"),
                          QStringLiteral("Attribute '%1' is deprecated: CXone refuses queries that "
                                         "name it, so it is left out of the export.")
                                  .arg(name)});
    v.attributes = segment.validAttributeNames();
    return v;
}

ExportVerdict validateExport(const SegmentInfo &segment, const ExportOptions &options,
                             const QDateTime &nowUtc)
{
    using Severity = VerdictReason::Severity;
    ExportVerdict v = segmentVerdict(segment, options.maxAge, nowUtc);
    const auto block = [&v](const QString &code, const QString &text) {
        v.reasons.append({Severity::Blocking, code, text});
    };

    if (!options.attributes.isEmpty()) {
        v.attributes.clear();
        for (const QString &name : options.attributes) {
            const SegmentAttribute *a = segment.attribute(name);
            if (!a)
                block(QStringLiteral("attribute"),
                      QStringLiteral("Attribute '%1' does not exist in this segment (it has: %2).")
                              .arg(name, segment.validAttributeNames().join(QStringLiteral(", "))));
            else if (!a->valid)
                block(QStringLiteral("deprecated-attribute"),
                      QStringLiteral("Attribute '%1' is deprecated and cannot be exported; remove "
                                     "it from the attribute list to go on without it.")
                              .arg(name));
            else if (v.attributes.contains(name))
                block(QStringLiteral("attribute"),
                      QStringLiteral("Attribute '%1' is listed twice.").arg(name));
            else
                v.attributes.append(name);
        }
    }

    for (const FilterSpec &f : options.filters) {
        const QString label = QStringLiteral("%1 %2 %3").arg(f.attribute, f.op, f.value);
        const SegmentAttribute *a = segment.attribute(f.attribute);
        if (!a) {
            block(QStringLiteral("filter"),
                  QStringLiteral("Filter \u201c%1\u201d: attribute '%2' does not exist in this "
                                 "segment.")
                          .arg(label, f.attribute));
            continue;
        }
        if (!a->valid) {
            block(QStringLiteral("filter"),
                  QStringLiteral("Filter \u201c%1\u201d: attribute '%2' is deprecated and cannot "
                                 "be filtered on; remove the filter.")
                          .arg(label, f.attribute));
            continue;
        }
        if (!segmentOperatorsForType(a->type).contains(f.op)) {
            block(QStringLiteral("filter"),
                  QStringLiteral("Filter \u201c%1\u201d: operator '%2' does not apply to %3 "
                                 "attribute '%4' (use %5).")
                          .arg(label, f.op, a->type, f.attribute,
                               segmentOperatorsForType(a->type).join(QStringLiteral(", "))));
            continue;
        }
        QString error;
        const QJsonValue value = typedSegmentFilterValue(*a, f, &error);
        if (value.isUndefined()) {
            block(QStringLiteral("filter"),
                  QStringLiteral("Filter \u201c%1\u201d: %2").arg(label, error));
            continue;
        }
        v.filters.append({f.attribute, f.op, value});
    }

    if (options.pageSize < 1 || options.pageSize > SegmentsApi::kMaxPageSize)
        block(QStringLiteral("page-size"),
              QStringLiteral("The page size must be from 1 to %1 (got %2).")
                      .arg(SegmentsApi::kMaxPageSize)
                      .arg(options.pageSize));
    if (options.outputPath.trimmed().isEmpty()) {
        block(QStringLiteral("output"), QStringLiteral("Choose an output file."));
    } else if (const QString problem
               = outputProblem(options.outputPath, QStringLiteral("The output"));
               !problem.isEmpty()) {
        block(QStringLiteral("output"), problem);
    }
    if (!options.cdpUrl.isEmpty()) {
        if (const QString problem
            = webhookUrlProblem(options.cdpUrl, QStringLiteral("The CDP URL"));
            !problem.isEmpty())
            block(QStringLiteral("cdp"), problem);
    }
    if (options.cdpAttempts < 1 || options.cdpAttempts > 10)
        block(QStringLiteral("cdp"), QStringLiteral("CDP attempts must be from 1 to 10."));
    return v;
}

QJsonObject ExportMetrics::toJson() const
{
    return {{QStringLiteral("pages"), pages},
            {QStringLiteral("records"), records},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("elapsedMs"), elapsedMs},
            {QStringLiteral("recordsPerSecond"), std::round(recordsPerSecond)},
            {QStringLiteral("p50LatencyMs"), p50LatencyMs},
            {QStringLiteral("p95LatencyMs"), p95LatencyMs},
            {QStringLiteral("averageLatencyMs"), std::round(averageLatencyMs * 10) / 10},
            {QStringLiteral("retries"), retries},
            {QStringLiteral("rateLimitWaits"), rateLimitWaits},
            {QStringLiteral("cdpDelivered"), cdpDelivered},
            {QStringLiteral("cdpFailed"), cdpFailed},
            {QStringLiteral("resumedFromRecords"), resumedFromRecords}};
}

QString ExportCheckpoint::pathFor(const QString &outputPath)
{
    return outputPath + QStringLiteral(".checkpoint.json");
}

QString ExportCheckpoint::partPathFor(const QString &outputPath)
{
    return outputPath + QStringLiteral(".part");
}

bool ExportCheckpoint::load(const QString &outputPath, ExportCheckpoint *c, QString *error)
{
    error->clear();
    QFile f(pathFor(outputPath));
    if (!f.exists())
        return false;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the checkpoint %1: %2")
                         .arg(f.fileName(), f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(f.read(1024 * 1024), &pe).object();
    if (pe.error != QJsonParseError::NoError || o.value(u"version").toInt() != 1) {
        *error = QStringLiteral("The checkpoint %1 is damaged; delete it to start over.")
                         .arg(f.fileName());
        return false;
    }
    c->segmentId = o.value(u"segmentId").toString();
    c->fingerprint = o.value(u"fingerprint").toString();
    c->continuationToken = o.value(u"continuationToken").toString();
    c->records = qint64(o.value(u"records").toDouble());
    c->bytes = qint64(o.value(u"bytes").toDouble());
    c->pages = qint64(o.value(u"pages").toDouble());
    c->outputPath = o.value(u"outputPath").toString();
    parseExportFormat(o.value(u"format").toString(), &c->format);
    c->updatedUtc = QDateTime::fromString(o.value(u"updated").toString(), Qt::ISODate);
    for (const QJsonValue v : o.value(u"filters").toArray())
        c->filters.append(v.toString());
    for (const QJsonValue v : o.value(u"attributes").toArray())
        c->attributes.append(v.toString());
    c->pageSize = o.value(u"pageSize").toInt();
    c->deliveryId = o.value(u"deliveryId").toString();
    if (c->bytes < 0 || c->records < 0 || (c->pages > 0 && c->continuationToken.isEmpty())) {
        *error = QStringLiteral("The checkpoint %1 is inconsistent; delete it to start over.")
                         .arg(f.fileName());
        return false;
    }
    return true;
}

bool ExportCheckpoint::save(QString *error) const
{
    const QJsonObject o{{QStringLiteral("version"), 1},
                        {QStringLiteral("segmentId"), segmentId},
                        {QStringLiteral("fingerprint"), fingerprint},
                        {QStringLiteral("continuationToken"), continuationToken},
                        {QStringLiteral("records"), records},
                        {QStringLiteral("bytes"), bytes},
                        {QStringLiteral("pages"), pages},
                        {QStringLiteral("outputPath"), outputPath},
                        {QStringLiteral("format"), exportFormatName(format)},
                        {QStringLiteral("updated"), updatedUtc.toString(Qt::ISODate)},
                        {QStringLiteral("filters"), QJsonArray::fromStringList(filters)},
                        {QStringLiteral("attributes"), QJsonArray::fromStringList(attributes)},
                        {QStringLiteral("pageSize"), pageSize},
                        {QStringLiteral("deliveryId"), deliveryId}};
    // Written beside and renamed over, without fsync: one per page, and what it guards against is
    // the process ending, not the machine.
    return writeOutputFile(pathFor(outputPath), QJsonDocument(o).toJson(QJsonDocument::Indented),
                           error, QStringLiteral("The checkpoint"));
}

void ExportCheckpoint::remove(const QString &outputPath)
{
    QFile::remove(pathFor(outputPath));
}

QString queryFingerprint(const QString &segmentId, const QList<SegmentFilter> &filters,
                         const QStringList &attributes, ExportFormat format, int pageSize)
{
    SegmentContactQuery q;
    q.filters = filters;
    q.requestedAttributes = attributes;
    q.limit = pageSize;
    QByteArray canonical
            = segmentId.toUtf8() + '\n' + q.toJson() + '\n' + exportFormatName(format).toUtf8();
    return QString::fromLatin1(
            QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace cxone
