#pragma once

#include "network/api/segmentsapi.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace cxone {

enum class ExportFormat { Csv, Jsonl };
QString exportFormatName(ExportFormat format);
bool parseExportFormat(const QString &text, ExportFormat *format);

// A filter as a person typed it; the segment's schema gives the value its type.
struct FilterSpec
{
    QString attribute;
    QString op;
    QString value; // for "in": comma-separated

    bool operator==(const FilterSpec &) const = default;
};

struct ExportOptions
{
    QString segmentId;
    // The segment's name as the caller already knows it (the console's list): the job is named
    // by it before it has read the segment, so a run cancelled at once is not listed by its id.
    QString segmentName;
    QList<FilterSpec> filters;
    QStringList attributes; // empty: every valid attribute of the segment
    int pageSize = SegmentsApi::kDefaultPageSize;
    ExportFormat format = ExportFormat::Csv;
    QString outputPath;
    QUrl cdpUrl;                   // empty: no CDP callback
    bool stopOnCdpFailure = false; // else a failed callback is reported and the export goes on
    int cdpAttempts = 3;
    std::chrono::seconds maxAge{24 * 3600};
    bool resume = false;      // continue from the checkpoint beside the output, if there is one
    bool collectRows = false; // emit rowsReady() for a table view
};

struct VerdictReason
{
    enum class Severity { Blocking, Warning };
    Severity severity = Severity::Blocking;
    QString code; // inactive, stale, no-timestamp, deprecated-attribute, filter, attribute, ...
    QString text; // for people: what is wrong and what to do
};

// What validation found: every reason, not just the first.
struct ExportVerdict
{
    QList<VerdictReason> reasons;
    QStringList attributes;       // what will be exported (after leaving deprecated ones out)
    QList<SegmentFilter> filters; // typed for the query
    bool allowed() const;
    QStringList blockingTexts() const;
    QStringList warningTexts() const;
};

// Operators a filter may use on an attribute of this type.
QStringList segmentOperatorsForType(const QString &type);
// "tier equals Gold", "orderCount > 10", "city in Zürich,London", "notes contains \"a, b\"".
bool parseSegmentFilter(const QString &text, FilterSpec *filter, QString *error);
// The typed query value of a filter, or an empty QJsonValue (Undefined) and *error.
QJsonValue typedSegmentFilterValue(const SegmentAttribute &attribute, const FilterSpec &filter,
                                   QString *error);
// "24h", "90m", "2d", "1d12h", "3600s", "1w".
bool parseMaxAge(const QString &text, std::chrono::seconds *duration, QString *error);
QString formatMaxAge(std::chrono::seconds duration);

// Checks the segment and the options against the contract's rules. nowUtc is a parameter so
// that tests can pin the clock.
ExportVerdict validateExport(const SegmentInfo &segment, const ExportOptions &options,
                             const QDateTime &nowUtc);
// Only the segment's own state (status, freshness, deprecated attributes): the list badge.
ExportVerdict segmentVerdict(const SegmentInfo &segment, std::chrono::seconds maxAge,
                             const QDateTime &nowUtc);

// Rows for a table view: cells of one page packed into one buffer.
struct ExportRows
{
    int columns = 0;
    QByteArray text;
    std::vector<quint32> ends; // end offset of each cell in text
    qsizetype rowCount() const { return columns ? qsizetype(ends.size()) / columns : 0; }
};
using ExportRowsPtr = std::shared_ptr<const ExportRows>;

// One page turned into output bytes (and optionally CDP records and table rows). Built by
// formatExportPage() in a worker thread.
struct FormattedPage
{
    QString error; // not empty: the page was unusable (the caller may ask for it again)
    QString continuationToken;
    qint64 records = 0;
    QByteArray output;
    QByteArray cdpRecords; // JSON array of {contactId, attributes}
    ExportRowsPtr rows;
};

QByteArray exportCsvField(QByteArrayView text);
QByteArray exportCsvHeader(const QStringList &attributes);
// Thread-safe; runs in a worker thread. onToken, when set, is called (in that thread) as soon as
// the page is known to be well formed, with its continuation token, before the records are
// formatted: the next page can be asked for meanwhile. A record found broken afterwards still
// makes the page unusable.
FormattedPage formatExportPage(const QByteArray &body, const QStringList &attributes,
                               ExportFormat format, bool wantCdp, bool wantRows,
                               const std::function<void(const QString &)> &onToken = {});

// The continuationToken a page ends with, read from its text without parsing it: the last
// "continuationToken" key followed by a plain string. A guess that formatExportPage() confirms (a
// record's text could hold the same words); empty when absent, null or written with escapes.
QString peekContinuationToken(QByteArrayView body);

struct ExportMetrics
{
    qint64 pages = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    double recordsPerSecond = 0;
    qint64 p50LatencyMs = 0;
    qint64 p95LatencyMs = 0;
    double averageLatencyMs = 0;
    qint64 retries = 0;
    qint64 rateLimitWaits = 0;
    qint64 cdpDelivered = 0;
    qint64 cdpFailed = 0;
    qint64 resumedFromRecords = 0;
    QJsonObject toJson() const;
};

// Progress of an export, saved beside the output after every page.
struct ExportCheckpoint
{
    QString segmentId;
    QString fingerprint; // of the query: a checkpoint only resumes the same export
    QString continuationToken;
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 pages = 0;
    QString outputPath;
    ExportFormat format = ExportFormat::Csv;
    QDateTime updatedUtc;
    // The settings behind the fingerprint, so that a refusal can say which one differs (absent
    // from checkpoints written by older versions: pageSize 0).
    QStringList filters; // "attribute operator value", as sent
    QStringList attributes;
    int pageSize = 0;
    // The export's id as the CDP knows it (its deliveries' request ids): a resume keeps the one
    // of the run it resumes, so that a page delivered before a stop is not taken twice.
    QString deliveryId;

    static QString pathFor(const QString &outputPath);
    static QString partPathFor(const QString &outputPath);
    // false with *error when absent (error empty) or unreadable (error says why).
    static bool load(const QString &outputPath, ExportCheckpoint *checkpoint, QString *error);
    bool save(QString *error) const;
    static void remove(const QString &outputPath);
};

QString queryFingerprint(const QString &segmentId, const QList<SegmentFilter> &filters,
                         const QStringList &attributes, ExportFormat format, int pageSize);

} // namespace cxone

Q_DECLARE_METATYPE(cxone::ExportRowsPtr)
Q_DECLARE_METATYPE(cxone::ExportMetrics)
Q_DECLARE_METATYPE(cxone::ExportVerdict)
