#include "models/segments/segmentexportjob.h"

#include "models/engine/text.h"
#include "network/apiclient.h"
#include "network/fileio.h"
#include "network/webhookclient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace cxone {

namespace {

constexpr int kMaxMalformedRetries = 3;

qint64 percentile(std::vector<qint32> values, double p)
{
    if (values.empty())
        return 0;
    const size_t k = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    std::nth_element(values.begin(), values.begin() + qsizetype(k), values.end());
    return values[k];
}

QJsonArray filtersJson(const QList<SegmentFilter> &filters)
{
    QJsonArray a;
    for (const SegmentFilter &f : filters)
        a.append(QJsonObject{{QStringLiteral("attribute"), f.attribute},
                             {QStringLiteral("operator"), f.op},
                             {QStringLiteral("value"), f.value}});
    return a;
}

// Why a write failed, for people: a full disk is said plainly, with what to do.
QString writeFailureText(int error)
{
    const QString text = ioErrorText(error);
    if (error == ENOSPC || error == EDQUOT || error == EFBIG)
        return QCoreApplication::translate("cxone::SegmentExportJob",
                                           "%1; free some space on it first")
                .arg(text);
    return text;
}

QStringList filterTexts(const QList<SegmentFilter> &filters)
{
    QStringList texts;
    for (const SegmentFilter &f : filters) {
        const QJsonValue v = f.value;
        QString value;
        if (v.isString())
            value = v.toString();
        else
            value = QString::fromUtf8(
                    QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
        texts.append(QStringLiteral("%1 %2 %3").arg(f.attribute, f.op, value));
    }
    return texts;
}

} // namespace

SegmentExportJob::SegmentExportJob(ApiClient *client, ExportOptions options, QObject *parent)
    : Job(kindName(), options.segmentId, parent)
    , m_client(client)
    , m_options(std::move(options))
{
    qRegisterMetaType<cxone::ExportRowsPtr>();
    qRegisterMetaType<cxone::ExportMetrics>();
    qRegisterMetaType<cxone::ExportVerdict>();
    setUnit(tr("records"));
    if (m_options.segmentName.isEmpty()) {
        setTitle(tr("Export · %1").arg(m_options.segmentId));
    } else {
        setTargetName(m_options.segmentName);
        setTitle(tr("Export · %1").arg(m_options.segmentName));
    }
    connect(&m_watcher, &QFutureWatcher<FormattedPage>::finished, this,
            &SegmentExportJob::onFormatted);
}

SegmentExportJob::~SegmentExportJob()
{
    abandon(m_fetch);
    abandon(m_prefetch);
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel();
    }
    m_watcher.waitForFinished();
}

QStringList SegmentExportJob::columns() const
{
    return QStringList{QStringLiteral("contactId")} + m_verdict.attributes;
}

ExportMetrics SegmentExportJob::metrics() const
{
    ExportMetrics m;
    m.pages = m_pages;
    m.records = m_records;
    m.bytes = m_bytes;
    // The job's whole time, as the activity pane counts it: the two show the same rate.
    m.elapsedMs = elapsedMs();
    const qint64 exported = m_records - m_startRecords;
    m.recordsPerSecond = m.elapsedMs > 0 ? double(exported) * 1000.0 / double(m.elapsedMs) : 0;
    m.p50LatencyMs = percentile(m_pageLatencies, 0.50);
    m.p95LatencyMs = percentile(m_pageLatencies, 0.95);
    qint64 sum = 0;
    for (const qint32 l : m_pageLatencies)
        sum += l;
    m.averageLatencyMs = m_pageLatencies.empty() ? 0 : double(sum) / double(m_pageLatencies.size());
    m.retries = progress().retries;
    m.rateLimitWaits = progress().rateLimitWaits;
    m.cdpDelivered = m_cdpDelivered;
    m.cdpFailed = m_cdpFailed;
    m.resumedFromRecords = m_startRecords;
    return m;
}

void SegmentExportJob::run()
{
    // The callback address is checked before anything is asked of the tenant.
    if (!m_options.cdpUrl.isEmpty()) {
        if (const QString problem = webhookUrlProblem(m_options.cdpUrl, tr("The CDP URL"));
            !problem.isEmpty()) {
            m_refused = true;
            m_verdict.reasons.append(
                    {VerdictReason::Severity::Blocking, QStringLiteral("cdp"), problem});
            audit(QStringLiteral("EXPORT_REFUSED"), QStringLiteral("refused"),
                  {{QStringLiteral("reasons"), QJsonArray{problem}}});
            fail(problem);
            return;
        }
    }
    setPhase(tr("Validating segment %1").arg(m_options.segmentId));
    m_call = watch(SegmentsApi(m_client).get(m_options.segmentId));
    connect(m_call, &CallHandle::finished, this, &SegmentExportJob::onSegment);
}

void SegmentExportJob::onCancel()
{
    abandon(m_prefetch);
    // These finish with Cancelled; their handlers end the job.
    if (m_fetch && m_fetch->call)
        m_fetch->call->cancel();
    if (m_call)
        m_call->cancel();
    // A page being formatted, or a CDP retry waiting, checks the flag when it comes back.
}

void SegmentExportJob::onSegment(const Result &result)
{
    if (isCancelRequested()) {
        finishCancelled();
        return;
    }
    if (!result.ok()) {
        audit(QStringLiteral("EXPORT_FAILED"), QStringLiteral("failed"),
              {{QStringLiteral("error"), result.errorText},
               {QStringLiteral("stage"), QStringLiteral("validate")}});
        // A segment the tenant does not have: nothing exported, a check said no.
        if (result.error == ErrorKind::NotFound)
            refuse(result.errorText);
        else
            fail(result.errorText);
        return;
    }
    QString error;
    if (!SegmentsApi::parseSegment(result.json.object(), &m_segment, &error)) {
        const QString text = tr("Segment %1: %2").arg(m_options.segmentId, error);
        audit(QStringLiteral("EXPORT_FAILED"), QStringLiteral("failed"),
              {{QStringLiteral("error"), text}});
        fail(text);
        return;
    }
    setTargetName(m_segment.name);
    setTitle(tr("Export · %1").arg(m_segment.name));
    m_verdict = validateExport(m_segment, m_options, QDateTime::currentDateTimeUtc());
    Q_EMIT verdictReady(m_verdict);
    if (!m_verdict.allowed()) {
        m_refused = true;
        const QStringList reasons = m_verdict.blockingTexts();
        audit(QStringLiteral("EXPORT_REFUSED"), QStringLiteral("refused"),
              {{QStringLiteral("segment"), m_segment.name},
               {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}});
        fail(tr("Export of segment \u201c%1\u201d refused:\n- %2")
                     .arg(m_segment.name, reasons.join(QStringLiteral("\n- "))));
        return;
    }
    for (const QString &w : m_verdict.warningTexts())
        Q_EMIT message(w);
    m_fingerprint = queryFingerprint(m_segment.id, m_verdict.filters, m_verdict.attributes,
                                     m_options.format, m_options.pageSize);
    Q_EMIT columnsReady(columns());
    if (!openOutput(&error)) {
        // Nothing was exported: the output (or the checkpoint to resume) cannot be used.
        audit(QStringLiteral("EXPORT_FAILED"), QStringLiteral("failed"),
              {{QStringLiteral("error"), error}});
        refuse(error);
        return;
    }
    startedAudit();
    if (m_pages > 0 && m_nextToken.isEmpty()) {
        finishExport();
        return;
    }
    requestPage();
}

bool SegmentExportJob::openOutput(QString *error)
{
    const QString out = m_options.outputPath;
    if (!resolveOutput(out, &m_target, error, tr("The output")))
        return false;
    if (writesInPlace()) {
        if (m_options.resume) {
            *error = tr("%1 is a pipe or a device, written in place: an export to it cannot be "
                        "resumed. Start it again without resume.")
                             .arg(out);
            return false;
        }
        const int fd = openOutputForAppend(out, error, tr("The output"));
        if (fd < 0 || !m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
            if (fd >= 0)
                ::close(fd);
            return false;
        }
        if (m_options.format == ExportFormat::Csv) {
            const QByteArray header = exportCsvHeader(m_verdict.attributes);
            if (!writeFully(int(m_file.handle()), header)) {
                *error = tr("Cannot write %1: %2").arg(out, writeFailureText(errno));
                return false;
            }
            m_bytes = m_committedBytes = header.size();
        }
        m_requestToken.clear();
        return true;
    }
    ExportCheckpoint cp;
    QString cpError;
    const bool haveCheckpoint = ExportCheckpoint::load(out, &cp, &cpError);
    if (m_options.resume && !cpError.isEmpty()) {
        *error = cpError;
        return false;
    }
    if (m_options.resume && haveCheckpoint) {
        if (cp.segmentId != m_segment.id || cp.fingerprint != m_fingerprint) {
            m_refusedOtherCheckpoint = cp.segmentId == m_segment.id && cp.pageSize > 0;
            *error = tr("The checkpoint beside %1 belongs to a different export: %2. Set it back "
                        "to resume that export, or start without resume to overwrite it.")
                             .arg(out, checkpointDifference(cp));
            return false;
        }
        const QFileInfo part(partPath());
        if (!part.exists() || part.size() < cp.bytes) {
            *error = tr("The partial file %1 is missing or shorter than its checkpoint says (%2 "
                        "of %3 bytes); start the export again without resume.")
                             .arg(partPath())
                             .arg(part.exists() ? part.size() : 0)
                             .arg(cp.bytes);
            return false;
        }
        const int fd = openPartFile(partPath(), true, error);
        if (fd < 0)
            return false;
        if (!m_file.open(fd, QIODevice::ReadWrite, QFileDevice::AutoCloseHandle)
            || !m_file.resize(cp.bytes) || !m_file.seek(cp.bytes)) {
            *error = tr("Cannot reopen %1: %2").arg(partPath(), m_file.errorString());
            return false;
        }
        m_resumed = true;
        m_records = m_startRecords = cp.records;
        setDoneBefore(cp.records);
        m_bytes = m_committedBytes = cp.bytes;
        m_pages = m_committedPages = cp.pages;
        if (!cp.deliveryId.isEmpty())
            m_deliveryId = cp.deliveryId;
        m_committedRecords = cp.records;
        m_nextToken = m_requestToken = cp.continuationToken;
    } else {
        if (m_options.resume)
            Q_EMIT message(tr("No checkpoint beside %1: starting from the first page.").arg(out));
        else if (haveCheckpoint)
            Q_EMIT message(
                    tr("Starting over: the unfinished export beside %1 is replaced.").arg(out));
        // Exports hold contacts' personal data: readable by their owner only.
        const int fd = openPartFile(partPath(), false, error);
        if (fd < 0)
            return false;
        if (!m_file.open(fd, QIODevice::ReadWrite, QFileDevice::AutoCloseHandle)) {
            *error = tr("Cannot write %1: %2").arg(partPath(), m_file.errorString());
            return false;
        }
        if (m_options.format == ExportFormat::Csv) {
            const QByteArray header = exportCsvHeader(m_verdict.attributes);
            if (!writeFully(int(m_file.handle()), header)) {
                *error = tr("Cannot write %1: %2").arg(partPath(), writeFailureText(errno));
                return false;
            }
            m_bytes = m_committedBytes = header.size();
        }
        m_requestToken.clear();
        ExportCheckpoint first = checkpointHere();
        first.bytes = m_bytes;
        if (!first.save(error))
            return false;
    }
    m_started = true;
    return true;
}

void SegmentExportJob::startedAudit()
{
    QJsonObject d{{QStringLiteral("segment"), m_segment.name},
                  {QStringLiteral("format"), exportFormatName(m_options.format)},
                  {QStringLiteral("pageSize"), m_options.pageSize},
                  {QStringLiteral("attributes"), QJsonArray::fromStringList(m_verdict.attributes)},
                  {QStringLiteral("filters"), filtersJson(m_verdict.filters)},
                  {QStringLiteral("output"), m_options.outputPath},
                  {QStringLiteral("maxAgeSeconds"), qint64(m_options.maxAge.count())}};
    if (!m_options.cdpUrl.isEmpty())
        d.insert(QStringLiteral("cdpUrl"),
                 m_options.cdpUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    const QStringList left = m_segment.deprecatedAttributeNames();
    if (!left.isEmpty())
        d.insert(QStringLiteral("deprecatedLeftOut"), QJsonArray::fromStringList(left));
    if (m_resumed) {
        d.insert(QStringLiteral("fromRecords"), m_records);
        d.insert(QStringLiteral("fromBytes"), m_bytes);
        d.insert(QStringLiteral("fromPage"), m_pages + 1);
        audit(QStringLiteral("EXPORT_RESUMED"), QStringLiteral("ok"), d);
        Q_EMIT message(tr("Resuming after %1 records (page %2).")
                               .arg(QLocale().toString(m_records))
                               .arg(m_pages + 1));
    } else {
        audit(QStringLiteral("EXPORT_STARTED"), QStringLiteral("ok"), d);
    }
}

std::unique_ptr<SegmentExportJob::PageFetch> SegmentExportJob::startFetch(const QString &token)
{
    SegmentContactQuery q;
    q.filters = m_verdict.filters;
    q.requestedAttributes = m_verdict.attributes;
    q.limit = m_options.pageSize;
    q.continuationToken = token;
    auto fetch = std::make_unique<PageFetch>();
    fetch->token = token;
    fetch->call = watch(SegmentsApi(m_client).queryPage(m_segment.id, q));
    PageFetch *f = fetch.get();
    connect(fetch->call, &CallHandle::finished, this, [this, f](const Result &result) {
        f->done = true;
        f->result = result;
        f->call = nullptr;
        if (f == m_fetch.get())
            onPage(result);
        // A prefetched page waits until the page before it is committed.
    });
    return fetch;
}

void SegmentExportJob::abandon(std::unique_ptr<PageFetch> &fetch)
{
    if (!fetch)
        return;
    if (fetch->call) {
        disconnect(fetch->call, nullptr, this, nullptr);
        fetch->call->cancel();
    }
    fetch.reset();
}

void SegmentExportJob::requestPage()
{
    abandon(m_prefetch);
    if (isCancelRequested()) {
        cancelExport();
        return;
    }
    setPhase(tr("Exporting page %1").arg(m_pages + 1));
    m_fetch = startFetch(m_requestToken);
}

void SegmentExportJob::onPage(const Result &result)
{
    if (isCancelRequested() || result.error == ErrorKind::Cancelled) {
        cancelExport();
        return;
    }
    if (!result.ok()) {
        failExport(tr("Page %1: %2").arg(m_pages + 1).arg(result.errorText));
        return;
    }
    m_pageLatencies.push_back(qint32(std::min<qint64>(result.totalMs, INT32_MAX)));
    const quint64 generation = ++m_formatGeneration;
    // The next page's token is read from this page's text at once, so the server builds the next
    // page while this one crosses to the worker and is parsed. The parse confirms it (a wrong
    // guess is replaced in onEarlyToken) and a page found broken drops it (requestPage).
    if (!m_prefetch && !isCancelRequested()) {
        const QString guess = peekContinuationToken(result.body);
        if (!guess.isEmpty() && guess != m_requestToken)
            m_prefetch = startFetch(guess);
    }
    // Called in the worker as soon as the page is well formed: ask for the next one meanwhile.
    auto onToken = [this, generation](const QString &token) {
        QMetaObject::invokeMethod(
                this, [this, generation, token] { onEarlyToken(generation, token); },
                Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(
            [body = result.body, attributes = m_verdict.attributes, format = m_options.format,
             wantCdp = !m_options.cdpUrl.isEmpty(), wantRows = m_options.collectRows, onToken] {
                return formatExportPage(body, attributes, format, wantCdp, wantRows, onToken);
            }));
}

void SegmentExportJob::onEarlyToken(quint64 generation, const QString &token)
{
    // Only for the page being formatted, and never for the token it was asked with (the loop
    // check in onFormatted() fails that page).
    if (generation != m_formatGeneration || isFinished() || isCancelRequested() || token.isEmpty()
        || token == m_requestToken)
        return;
    if (m_prefetch) {
        if (m_prefetch->token == token)
            return; // the early read of the token was right
        abandon(m_prefetch);
    }
    m_prefetch = startFetch(token);
}

void SegmentExportJob::onFormatted()
{
    const FormattedPage page = m_watcher.result();
    if (isCancelRequested()) {
        cancelExport();
        return;
    }
    if (!page.error.isEmpty()) {
        if (++m_malformedRetries <= kMaxMalformedRetries) {
            Q_EMIT message(tr("Page %1 was unusable (%2); asking for it again.")
                                   .arg(m_pages + 1)
                                   .arg(page.error));
            requestPage();
            return;
        }
        failExport(tr("Page %1 stayed unusable after %2 tries: %3")
                           .arg(m_pages + 1)
                           .arg(kMaxMalformedRetries + 1)
                           .arg(page.error));
        return;
    }
    m_malformedRetries = 0;
    if (!page.continuationToken.isEmpty() && page.continuationToken == m_requestToken) {
        failExport(tr("The server answered page %1 with the token it was asked with; stopping "
                      "rather than loop.")
                           .arg(m_pages + 1));
        return;
    }
    if (!writeFully(int(m_file.handle()), page.output)) {
        failExport(tr("Writing %1 failed: %2").arg(partPath(), writeFailureText(errno)));
        return;
    }
    m_bytes += page.output.size();
    m_records += page.records;
    m_pageRecords = page.records;
    ++m_pages;
    m_nextToken = page.continuationToken;
    if (page.rows && page.rows->rowCount() > 0)
        Q_EMIT rowsReady(page.rows);
    if (!m_options.cdpUrl.isEmpty() && page.records > 0) {
        deliverCdp(page);
        return;
    }
    commitPage();
}

void SegmentExportJob::deliverCdp(const FormattedPage &page)
{
    QByteArray body = "{\"event\":\"segment.export.page\",\"segmentId\":";
    body += QJsonDocument(QJsonArray{m_segment.id})
                    .toJson(QJsonDocument::Compact)
                    .mid(1)
                    .chopped(1);
    const QByteArray exportId = (m_deliveryId.isEmpty() ? id() : m_deliveryId).toUtf8();
    body += ",\"exportId\":\"" + exportId + "\",\"page\":" + QByteArray::number(m_pages)
            + ",\"count\":" + QByteArray::number(page.records) + ",\"records\":";
    body += page.cdpRecords;
    body += '}';
    WebhookClient::Delivery d;
    d.url = m_options.cdpUrl;
    d.json = std::move(body);
    d.what = tr("Sending page %1 to the CDP").arg(m_pages);
    // The receiver deduplicates on the request id: one page of one export is one delivery, also
    // across a resume (the id is the first run's, kept in the checkpoint).
    d.requestId = exportId + "-p" + QByteArray::number(m_pages);
    d.maxAttempts = m_options.cdpAttempts;
    d.timeout = std::chrono::milliseconds(15000);
    m_call = watch(WebhookClient(m_client).post(std::move(d)));
    connect(m_call, &CallHandle::finished, this, [this](const Result &result) {
        if (isCancelRequested() || result.error == ErrorKind::Cancelled) {
            cancelExport(); // the page is not committed: a resume sends it again
            return;
        }
        if (result.ok()) {
            ++m_cdpDelivered;
            commitPage();
            return;
        }
        ++m_cdpFailed;
        const int attempts = int(result.attempts.size());
        if (m_options.stopOnCdpFailure) {
            // The page is not committed: a resume exports and delivers it again.
            failExport(tr("The CDP callback for page %1 failed after %n attempt(s): %2", nullptr,
                          attempts)
                               .arg(m_pages)
                               .arg(result.errorText));
            return;
        }
        Q_EMIT message(tr("The CDP callback for page %1 failed after %n attempt(s) (%2); the "
                          "export goes on.",
                          nullptr, attempts)
                               .arg(m_pages)
                               .arg(result.errorText));
        commitPage();
    });
}

void SegmentExportJob::commitPage()
{
    ExportCheckpoint cp = checkpointHere();
    cp.continuationToken = m_nextToken;
    cp.records = m_records;
    cp.bytes = m_bytes;
    cp.pages = m_pages;
    QString error;
    // With a CDP every page is delivered once: its checkpoint goes to disk at once.
    if (!m_nextToken.isEmpty() && !saveCheckpoint(cp, !m_options.cdpUrl.isEmpty(), &error)) {
        failExport(error);
        return;
    }
    m_committedBytes = m_bytes;
    m_committedRecords = m_records;
    m_committedPages = m_pages;
    m_requestToken = m_nextToken;
    setProgress(m_records, m_segment.memberCount > 0 && m_verdict.filters.isEmpty()
                                   ? m_segment.memberCount
                                   : -1);
    Q_EMIT metricsChanged(metrics());
    m_fetch.reset();
    if (m_nextToken.isEmpty()) {
        abandon(m_prefetch);
        finishExport();
        return;
    }
    if (m_prefetch && m_prefetch->token == m_nextToken && !isCancelRequested()) {
        setPhase(tr("Exporting page %1").arg(m_pages + 1));
        m_fetch = std::move(m_prefetch);
        if (m_fetch->done) {
            const Result result = m_fetch->result; // onPage() may drop m_fetch
            onPage(result);
        }
        return;
    }
    requestPage();
}

void SegmentExportJob::finishExport()
{
    setPhase(tr("Finishing"));
    m_file.close();
    const QString out = m_options.outputPath;
    if (!writesInPlace()) {
        QString error;
        if (!commitPartFile(partPath(), m_target, &error)) {
            failExport(error);
            return;
        }
        ExportCheckpoint::remove(out);
    }
    const ExportMetrics m = metrics();
    Q_EMIT metricsChanged(m);
    QJsonObject d = m.toJson();
    d.insert(QStringLiteral("output"), out);
    d.insert(QStringLiteral("format"), exportFormatName(m_options.format));
    d.insert(QStringLiteral("segment"), m_segment.name);
    d.insert(QStringLiteral("resumed"), m_resumed);
    audit(QStringLiteral("EXPORT_COMPLETED"), QStringLiteral("ok"), d);
    Q_EMIT message(tr("Exported %1 in %2 to %3.")
                           .arg(countText(m_records, tr("record"), tr("records")),
                                countText(m_pages, tr("page"), tr("pages")), out));
    setProgress(m_records, m_records);
    succeed();
}

QJsonObject SegmentExportJob::auditDetails() const
{
    QJsonObject d = metrics().toJson();
    d.insert(QStringLiteral("output"), m_options.outputPath);
    d.insert(QStringLiteral("resumable"), m_started);
    if (m_started)
        d.insert(QStringLiteral("checkpoint"), checkpointPath());
    return d;
}

bool SegmentExportJob::saveCheckpoint(const ExportCheckpoint &cp, bool now, QString *error)
{
    const qint64 nowMs = elapsedMs(); // the job's monotonic clock
    if (!now && m_checkpointSavedMs >= 0 && nowMs - m_checkpointSavedMs < kCheckpointIntervalMs) {
        m_pendingCheckpoint = cp;
        return true;
    }
    m_pendingCheckpoint.reset();
    m_checkpointSavedMs = nowMs;
    return writesInPlace() || cp.save(error);
}

void SegmentExportJob::rollBackToCheckpoint()
{
    // The committed state is what a resume continues from: on disk now, if it was waiting.
    if (m_pendingCheckpoint && !writesInPlace()) {
        const ExportCheckpoint cp = *m_pendingCheckpoint;
        m_pendingCheckpoint.reset();
        QString error;
        if (!cp.save(&error))
            Q_EMIT message(error);
    }
    // Keep exactly what the checkpoint describes, so that the numbers reported and the bytes
    // left on disk agree with what a resume will continue from.
    if (m_file.isOpen()) {
        if (!writesInPlace())
            m_file.resize(m_committedBytes);
        m_file.close();
    }
    m_bytes = m_committedBytes;
    m_records = m_committedRecords;
    m_pages = m_committedPages;
}

ExportCheckpoint SegmentExportJob::checkpointHere() const
{
    ExportCheckpoint cp;
    cp.segmentId = m_segment.id;
    cp.fingerprint = m_fingerprint;
    cp.outputPath = m_options.outputPath;
    cp.format = m_options.format;
    cp.updatedUtc = QDateTime::currentDateTimeUtc();
    cp.filters = filterTexts(m_verdict.filters);
    cp.attributes = m_verdict.attributes;
    cp.pageSize = m_options.pageSize;
    cp.deliveryId = m_deliveryId.isEmpty() ? id() : m_deliveryId;
    return cp;
}

QString SegmentExportJob::checkpointDifference(const ExportCheckpoint &cp) const
{
    if (cp.segmentId != m_segment.id)
        return tr("it exports segment %1, not %2").arg(cp.segmentId, m_segment.id);
    if (cp.pageSize == 0) // written before checkpoints kept their settings
        return tr("another filter, attribute list, format or page size");
    QStringList differences;
    if (cp.pageSize != m_options.pageSize)
        differences.append(
                tr("page size %1 there, %2 here").arg(cp.pageSize).arg(m_options.pageSize));
    if (cp.format != m_options.format)
        differences.append(
                tr("format %1 there, %2 here")
                        .arg(exportFormatName(cp.format), exportFormatName(m_options.format)));
    const QStringList filters = filterTexts(m_verdict.filters);
    if (cp.filters != filters)
        differences.append(tr("filters \u201c%1\u201d there, \u201c%2\u201d here")
                                   .arg(cp.filters.isEmpty() ? tr("none") : cp.filters.join(u"; "),
                                        filters.isEmpty() ? tr("none") : filters.join(u"; ")));
    if (cp.attributes != m_verdict.attributes)
        differences.append(
                tr("attributes %1 there, %2 here")
                        .arg(cp.attributes.join(u", "), m_verdict.attributes.join(u", ")));
    return differences.isEmpty() ? tr("its query differs") : differences.join(u"; ");
}

void SegmentExportJob::failExport(const QString &text)
{
    abandon(m_prefetch);
    abandon(m_fetch);
    rollBackToCheckpoint();
    QJsonObject d = auditDetails();
    d.insert(QStringLiteral("error"), text);
    audit(QStringLiteral("EXPORT_FAILED"), QStringLiteral("failed"), d);
    fail(m_started ? tr("%1\nWhat was written so far is kept (%2); resume the export to "
                        "continue from page %3.")
                             .arg(text, countText(m_records, tr("record"), tr("records")))
                             .arg(m_pages + 1)
                   : text);
}

void SegmentExportJob::cancelExport()
{
    if (isFinished())
        return;
    abandon(m_prefetch);
    abandon(m_fetch);
    rollBackToCheckpoint();
    if (m_started)
        audit(QStringLiteral("EXPORT_CANCELLED"), QStringLiteral("cancelled"), auditDetails());
    if (m_started)
        Q_EMIT message(tr("Cancelled after %1; resume to continue.")
                               .arg(countText(m_records, tr("record"), tr("records"))));
    finishCancelled();
}

} // namespace cxone
