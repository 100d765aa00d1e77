#pragma once

#include "models/engine/job.h"
#include "models/segments/segmentexport.h"
#include "network/fileio.h"

#include <QFile>
#include <QFutureWatcher>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

namespace cxone {

class ApiClient;
class CallHandle;

// Exports one segment's contacts, page by page, to CSV or JSONL: validate, stream, checkpoint
// after every page, rename on success. Pages are parsed and formatted in the thread pool; the
// job itself only moves bytes. As soon as a page is known to be well formed, the next one is
// asked for while this one is formatted and written; pages are still committed strictly in
// order. An interrupted export resumes from its checkpoint and produces the same bytes as one
// that never stopped.
class SegmentExportJob final : public Job
{
    Q_OBJECT
public:
    SegmentExportJob(ApiClient *client, ExportOptions options, QObject *parent = nullptr);
    ~SegmentExportJob() override;

    static QString kindName() { return QStringLiteral("segment-export"); }

    const ExportOptions &options() const { return m_options; }
    const SegmentInfo &segment() const { return m_segment; }
    const ExportVerdict &verdict() const { return m_verdict; }
    // True when validation refused the export (nothing was written).
    bool wasRefused() const { return m_refused; }
    bool wasResumed() const { return m_resumed; }
    ExportMetrics metrics() const;
    // The resume was refused because the checkpoint beside the file was written with other
    // settings (page size, filters, attributes or format); errorText() says which.
    bool refusedOtherCheckpoint() const { return m_refusedOtherCheckpoint; }
    QStringList columns() const; // contactId + exported attributes, once validated

    // Where a resumable export's data and checkpoint are kept until it completes: beside the file
    // the output names (a link's target), renamed over it at the end. An output that is a pipe
    // or a device is written in place instead, without either (and cannot be resumed).
    QString partPath() const
    {
        return ExportCheckpoint::partPathFor(m_target.writePath.isEmpty() ? m_options.outputPath
                                                                          : m_target.writePath);
    }
    bool writesInPlace() const { return m_target.kind == OutputTarget::Kind::Stream; }
    QString checkpointPath() const { return ExportCheckpoint::pathFor(m_options.outputPath); }

Q_SIGNALS:
    void verdictReady(const cxone::ExportVerdict &verdict);
    void columnsReady(const QStringList &columns);
    void rowsReady(const cxone::ExportRowsPtr &rows);
    void metricsChanged(const cxone::ExportMetrics &metrics);

protected:
    void run() override;
    void onCancel() override;

private:
    void onSegment(const Result &result);
    bool openOutput(QString *error);
    // A page asked for with a continuation token (empty: the first page).
    struct PageFetch
    {
        QString token;
        QPointer<CallHandle> call;
        bool done = false;
        Result result;
    };
    std::unique_ptr<PageFetch> startFetch(const QString &token);
    void abandon(std::unique_ptr<PageFetch> &fetch);
    void requestPage();
    void onPage(const Result &result);
    void onEarlyToken(quint64 generation, const QString &token);
    void onFormatted();
    void deliverCdp(const FormattedPage &page);
    void commitPage();
    void finishExport();
    void failExport(const QString &text);
    ExportCheckpoint checkpointHere() const;
    // Which setting a checkpoint of another export differs in, for people.
    QString checkpointDifference(const ExportCheckpoint &checkpoint) const;
    void cancelExport();
    void startedAudit();
    QJsonObject auditDetails() const;

    ApiClient *m_client;
    ExportOptions m_options;
    OutputTarget m_target;
    bool m_refusedOtherCheckpoint = false;
    SegmentInfo m_segment;
    ExportVerdict m_verdict;
    QString m_fingerprint;
    QString m_deliveryId; // the CDP's name of this export: this run's id, or the resumed run's
    QPointer<CallHandle> m_call;           // segment get, CDP callback
    std::unique_ptr<PageFetch> m_fetch;    // the page to commit next (page m_pages + 1)
    std::unique_ptr<PageFetch> m_prefetch; // the one after it, asked for early
    quint64 m_formatGeneration = 0;
    QFutureWatcher<FormattedPage> m_watcher;
    QFile m_file;
    bool m_refused = false;
    bool m_resumed = false;
    bool m_started = false; // output opened: failures and cancels are resumable from here on

    QString m_requestToken; // the token the page in flight was asked with
    QString m_nextToken;    // from the page being committed
    qint64 m_records = 0;
    qint64 m_bytes = 0;
    qint64 m_pages = 0;
    qint64 m_committedBytes = 0;
    qint64 m_committedRecords = 0;
    qint64 m_committedPages = 0;
    // Without a CDP, a checkpoint is written at most every kCheckpointIntervalMs (a page of a
    // large export is formatted in ~2.5 ms; its checkpoint's open, write, chmod and rename took
    // another ~0.2 ms, a page at a time).
    // The committed state waits in memory; a cancel or failure writes it, and a kill leaves an
    // older checkpoint, from which a resume redoes a few pages.
    static constexpr qint64 kCheckpointIntervalMs = 250;
    std::optional<ExportCheckpoint> m_pendingCheckpoint;
    qint64 m_checkpointSavedMs = -1;
    bool saveCheckpoint(const ExportCheckpoint &cp, bool now, QString *error);
    void rollBackToCheckpoint();
    qint64 m_startRecords = 0;
    int m_malformedRetries = 0;
    qint64 m_cdpDelivered = 0;
    qint64 m_cdpFailed = 0;
    qint64 m_pageRecords = 0;
    std::vector<qint32> m_pageLatencies;
};

} // namespace cxone
