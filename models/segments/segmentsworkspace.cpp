#include "models/segments/segmentsworkspace.h"

#include "models/engine/jobs/pagedreader.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/table/rowtablemodel.h"
#include "models/engine/text.h"
#include "models/segments/segmentexportjob.h"
#include "models/segments/segmentlistmodel.h"
#include "network/apiclient.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cxone {

namespace {

QString extensionOf(ExportFormat format)
{
    return format == ExportFormat::Jsonl ? QStringLiteral(".jsonl") : QStringLiteral(".csv");
}

// An "in" list as the form holds it: comma-separated, an item that holds a comma, or space or a
// quote at an end, in quotes.
QString listText(const QJsonArray &values)
{
    QStringList items;
    for (const QJsonValue &v : values) {
        QString item = v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 15);
        if (item.contains(u',') || item != item.trimmed() || item.startsWith(u'"')
            || item.startsWith(u'\''))
            item = item.contains(u'"') ? u'\'' + item + u'\'' : u'"' + item + u'"';
        items << item;
    }
    return items.join(u',');
}

// A checkpoint keeps its filters as sent: "attribute operator value", the value as its JSON
// (an "in" list as an array). Back to what the form holds.
bool filterFromCheckpoint(const QString &text, FilterSpec *filter)
{
    const qsizetype a = text.indexOf(u' ');
    const qsizetype b = a < 0 ? -1 : text.indexOf(u' ', a + 1);
    if (b < 0)
        return false;
    filter->attribute = text.left(a);
    filter->op = text.mid(a + 1, b - a - 1);
    filter->value = text.mid(b + 1);
    if (filter->op == u"in") {
        const QJsonDocument list = QJsonDocument::fromJson(filter->value.toUtf8());
        if (list.isArray())
            filter->value = listText(list.array());
    }
    return true;
}

} // namespace

void appendExportRows(RowTableModel *table, const ExportRows &rows)
{
    std::vector<QByteArrayView> cells(size_t(rows.columns));
    quint32 start = 0;
    size_t cell = 0;
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        for (int c = 0; c < rows.columns; ++c, ++cell) {
            const quint32 end = rows.ends[cell];
            cells[size_t(c)] = QByteArrayView(rows.text.constData() + start, end - start);
            start = end;
        }
        table->appendRow(cells);
    }
}

SegmentsWorkspace::SegmentsWorkspace(QObject *parent)
    : Workspace(parent)
    , m_segments(new SegmentListModel(this))
    , m_matching(new SegmentFilterProxy(this))
    , m_listText(tr("No tenant is active."))
    , m_records(new RowTableModel({}, this))
    , m_noRecords(new RowTableModel({}, this))
{
    m_matching->setSourceModel(m_segments);
    setStatus(tr("Select a segment to see whether it can be exported."));
}

SegmentsWorkspace::~SegmentsWorkspace() = default;

void SegmentsWorkspace::onSessionChanged(TenantSession *session)
{
    m_segments->setSegments({});
    show(nullptr);
    m_forms.clear(); // another tenant's segments
    m_recordsSegment.clear();
    m_records->clear();
    qDeleteAll(m_keptRecords); // no view shows them: no segment is looked at
    m_keptRecords.clear();
    if (session) {
        refresh();
        return;
    }
    delete m_listReader;
    m_loading = false;
    m_listText = tr("No tenant is active.");
    Q_EMIT listChanged();
}

// --- the tenant's segments

void SegmentsWorkspace::setSearchText(const QString &text)
{
    m_matching->setSearchText(text);
}

void SegmentsWorkspace::refresh()
{
    if (!session())
        return;
    m_loading = true;
    m_listText = tr("Loading segments…");
    delete m_listReader;
    m_listReader = new PagedReader(session()->client(), this);
    Q_EMIT listChanged();
    auto segments = std::make_shared<QList<SegmentInfo>>();
    connect(m_listReader, &PagedReader::pageRead, this, [this, segments] {
        m_listText = tr("Loading segments… %n so far", nullptr, int(segments->size()));
        Q_EMIT listChanged();
    });
    connect(m_listReader, &PagedReader::finished, this,
            [this, segments](bool ok) { onSegmentsLoaded(ok, *segments); });
    m_listReader->start(
            SegmentsApi::listRequest({}),
            [segments](const Result &page, std::optional<Request> *next, QString *error) {
                return SegmentsApi::readListPage(page, segments.get(), next, error);
            });
}

void SegmentsWorkspace::onSegmentsLoaded(bool ok, const QList<SegmentInfo> &segments)
{
    m_loading = false;
    if (!ok) {
        m_listText = tr("The segment list could not be loaded: %1").arg(m_listReader->errorText());
        Q_EMIT listChanged();
        return;
    }
    const QString looked = currentId();
    m_segments->setSegments(segments);
    countSegments();
    // The segment looked at, as the tenant describes it now (gone from the list: none).
    if (!looked.isEmpty())
        show(m_segments->segmentAt(m_segments->rowOf(looked)));
    Q_EMIT segmentsLoaded();
}

void SegmentsWorkspace::countSegments()
{
    const int total = m_segments->rowCount();
    int exportable = 0;
    for (int i = 0; i < total; ++i)
        exportable += m_segments->verdictAt(i).allowed() ? 1 : 0;
    m_listText = tr("%1, %2 exportable now.")
                         .arg(countText(total, tr("segment"), tr("segments")))
                         .arg(exportable);
    Q_EMIT listChanged();
}

// --- the segment looked at

void SegmentsWorkspace::setCurrentSegment(const QString &id)
{
    if (id == currentId())
        return;
    show(m_segments->segmentAt(m_segments->rowOf(id)));
}

void SegmentsWorkspace::show(const SegmentInfo *segment)
{
    declineCheckpoint();
    m_haveCurrent = segment != nullptr;
    m_current = segment ? *segment : SegmentInfo();
    if (!segment) {
        setStatus(tr("Select a segment to see whether it can be exported."));
    } else {
        SegmentForm &form = m_forms[segment->id];
        if (!form.seen) {
            form = SegmentForm{true, {}, {}, {}, form.status};
        } else {
            // A refreshed segment may have lost an attribute a filter named.
            form.filters.removeIf(
                    [this](const FilterSpec &f) { return !m_current.attribute(f.attribute); });
        }
        if (form.output.isEmpty())
            form.output = suggestedOutput(*segment);
        setStatus(form.status.isEmpty() ? tr("No export of this segment yet.") : form.status);
    }
    Q_EMIT currentChanged(currentId());
    Q_EMIT recordsChanged();
    revalidate();
}

QString SegmentsWorkspace::suggestedOutput(const SegmentInfo &segment) const
{
    QString name = segment.name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    // "Churn risk, Q3 (model v2)" -> Churn-risk-Q3-model-v2, not "…-v2-".
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("segment");
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    return QDir(dir).filePath(name + extensionOf(m_settings.format));
}

QString SegmentsWorkspace::detailsText() const
{
    if (!m_haveCurrent)
        return {};
    const SegmentInfo &s = m_current;
    const QLocale l;
    return tr("Id: %1\nStatus: %2 · Members: %3 · Last updated: %4")
            .arg(s.id, s.status, s.memberCount >= 0 ? l.toString(s.memberCount) : tr("unknown"),
                 s.lastUpdated.isValid()
                         ? l.toString(s.lastUpdated.toLocalTime(), QLocale::LongFormat)
                         : tr("unknown"));
}

QList<FilterSpec> SegmentsWorkspace::filters() const
{
    return m_haveCurrent ? m_forms.value(m_current.id).filters : QList<FilterSpec>();
}

void SegmentsWorkspace::setFilters(const QList<FilterSpec> &filters)
{
    if (!m_haveCurrent || filters == m_forms[m_current.id].filters)
        return;
    m_forms[m_current.id].filters = filters;
    changed();
}

bool SegmentsWorkspace::isAttributeChecked(const QString &name) const
{
    const SegmentAttribute *attr = m_haveCurrent ? m_current.attribute(name) : nullptr;
    return attr && attr->valid && !m_forms.value(m_current.id).unchecked.contains(name);
}

void SegmentsWorkspace::setAttributesChecked(const QStringList &names, bool checked)
{
    if (!m_haveCurrent)
        return;
    QStringList &unchecked = m_forms[m_current.id].unchecked;
    const QStringList before = unchecked;
    for (const QString &name : names) {
        const SegmentAttribute *attr = m_current.attribute(name);
        if (!attr || !attr->valid)
            continue;
        if (checked)
            unchecked.removeAll(name);
        else if (!unchecked.contains(name))
            unchecked.append(name);
    }
    if (unchecked != before)
        changed();
}

ExportSettings SegmentsWorkspace::settings() const
{
    ExportSettings s = m_settings;
    s.outputPath = m_haveCurrent ? m_forms.value(m_current.id).output : QString();
    return s;
}

void SegmentsWorkspace::setSettings(const ExportSettings &settings)
{
    const ExportSettings before = this->settings();
    if (settings == before)
        return;
    m_settings = settings;
    m_settings.outputPath.clear();
    QString output = settings.outputPath;
    if (settings.format != before.format
        && (output.endsWith(u".csv") || output.endsWith(u".jsonl")))
        output = output.left(output.lastIndexOf(u'.')) + extensionOf(settings.format);
    if (m_haveCurrent)
        m_forms[m_current.id].output = output;
    if (settings.maxAge != before.maxAge) {
        m_segments->setMaxAge(settings.maxAge);
        if (!m_loading && m_segments->rowCount() > 0)
            countSegments(); // another limit makes others exportable now
    }
    changed();
}

ExportOptions SegmentsWorkspace::options() const
{
    ExportOptions o;
    if (!m_haveCurrent)
        return o;
    const SegmentForm form = m_forms.value(m_current.id);
    o.segmentId = m_current.id;
    o.segmentName = m_current.name;
    o.filters = form.filters;
    // Nothing checked exports every valid attribute (contactId alone is not offered).
    for (const SegmentAttribute &attr : m_current.attributes) {
        if (attr.valid && !form.unchecked.contains(attr.name))
            o.attributes.append(attr.name);
    }
    o.pageSize = m_settings.pageSize;
    o.format = m_settings.format;
    o.outputPath = form.output.trimmed();
    if (!m_settings.cdpUrl.trimmed().isEmpty())
        o.cdpUrl = QUrl(m_settings.cdpUrl.trimmed());
    o.stopOnCdpFailure = m_settings.stopOnCdpFailure;
    o.maxAge = m_settings.maxAge;
    o.collectRows = true;
    return o;
}

void SegmentsWorkspace::reportProblem(const QString &text)
{
    if (m_haveCurrent)
        setSegmentStatus(m_current.id, text);
    else
        setStatus(text);
}

void SegmentsWorkspace::changed()
{
    Q_EMIT formChanged();
    revalidate();
}

void SegmentsWorkspace::revalidate()
{
    m_verdict = m_haveCurrent
                        ? validateExport(m_current, options(), QDateTime::currentDateTimeUtc())
                        : ExportVerdict();
    Q_EMIT verdictChanged();
    Q_EMIT actionsChanged();
}

bool SegmentsWorkspace::canApply() const
{
    return session() && m_haveCurrent && m_verdict.allowed();
}

QString SegmentsWorkspace::applyBlockedReason() const
{
    if (canApply())
        return {};
    if (!m_haveCurrent)
        return tr("Select a segment that can be exported.");
    return m_verdict.blockingTexts().value(0);
}

// --- the export

void SegmentsWorkspace::setSegmentStatus(const QString &segmentId, const QString &text)
{
    m_forms[segmentId].status = text;
    if (m_haveCurrent && m_current.id == segmentId)
        setStatus(text);
}

void SegmentsWorkspace::jobMessage(const QString &text)
{
    // The export's words go to the segment it exports, shown when that one is looked at.
    if (m_job && !m_job->isFinished())
        setSegmentStatus(m_job->options().segmentId, text);
    else
        reportProblem(text);
}

SegmentExportJob *SegmentsWorkspace::exportJob() const
{
    return m_job;
}

QAbstractItemModel *SegmentsWorkspace::shownRecords() const
{
    if (!m_haveCurrent)
        return m_noRecords;
    if (m_recordsSegment == m_current.id)
        return m_records;
    return m_keptRecords.value(m_current.id, m_noRecords);
}

void SegmentsWorkspace::keepEarlierRecords()
{
    // A new export of this segment replaces the records of its last one.
    delete m_keptRecords.take(m_current.id);
    if (m_recordsSegment.isEmpty() || m_recordsSegment == m_current.id
        || m_records->storedRows() == 0)
        return;
    // The last export was of another segment: its records stay with it.
    auto *kept = new RowTableModel({}, this);
    kept->takeRowsOf(m_records);
    delete m_keptRecords.take(m_recordsSegment);
    m_keptRecords.insert(m_recordsSegment, kept);
}

bool SegmentsWorkspace::canResume() const
{
    const QString out = settings().outputPath.trimmed();
    return m_haveCurrent && !out.isEmpty() && !isBusy() && canApply()
           && QFileInfo::exists(ExportCheckpoint::pathFor(out));
}

QString SegmentsWorkspace::resumeHint() const
{
    const QString out = settings().outputPath.trimmed();
    return m_haveCurrent && !out.isEmpty() && QFileInfo::exists(ExportCheckpoint::pathFor(out))
                   ? tr("An interrupted export of this file can be continued.")
                   : tr("No interrupted export beside this file.");
}

void SegmentsWorkspace::startExport(bool resume)
{
    if (!session() || !m_haveCurrent || isBusy())
        return;
    declineCheckpoint();
    ExportOptions o = options();
    o.resume = resume;
    auto *job = new SegmentExportJob(session()->client(), o);
    m_job = job;
    keepEarlierRecords();
    m_records->clear();
    m_recordsSegment = m_current.id;
    Q_EMIT recordsChanged();
    setSegmentStatus(m_current.id,
                     resume ? tr("Resuming the export…") : tr("Starting the export…"));
    connect(job, &SegmentExportJob::columnsReady, m_records, &RowTableModel::setHeaders);
    connect(job, &SegmentExportJob::rowsReady, this, [this, job](const ExportRowsPtr &rows) {
        // A resumed export's rows continue the file: numbered from where it went on.
        if (m_records->storedRows() == 0)
            m_records->setFirstRowNumber(job->metrics().resumedFromRecords + 1);
        appendExportRows(m_records, *rows);
    });
    connect(job, &SegmentExportJob::metricsChanged, this, [this, job](const ExportMetrics &m) {
        setSegmentStatus(job->options().segmentId, metricsText(m));
    });
    connect(job, &Job::finished, this, [this, job] { onExportFinished(job); });
    start(job);
}

QString SegmentsWorkspace::metricsText(const ExportMetrics &m) const
{
    // Named so that they do not pass for the activity pane's figures: its call latency is per
    // HTTP call; this one is per page, retries and waits included. The rate is the average.
    const QLocale l;
    return tr("%1 records in %2 pages · %3 records/s on average · page latency (a whole page, "
              "its retries and waits included) p50 %4 ms, p95 %5 ms · %6 retries, %7 rate-limit "
              "waits")
            .arg(l.toString(m.records))
            .arg(l.toString(m.pages))
            .arg(l.toString(qint64(m.recordsPerSecond)))
            .arg(l.toString(m.p50LatencyMs))
            .arg(l.toString(m.p95LatencyMs))
            .arg(l.toString(m.retries))
            .arg(l.toString(m.rateLimitWaits));
}

void SegmentsWorkspace::onExportFinished(SegmentExportJob *job)
{
    m_records->flush();
    const ExportMetrics m = job->metrics();
    const QString segmentId = job->options().segmentId;
    const QLocale l;
    QString text;
    switch (job->state()) {
    case JobState::Succeeded:
        text = tr("Exported to %1 — %2").arg(job->options().outputPath, metricsText(m));
        if (m.resumedFromRecords > 0)
            text += u'\n'
                    + tr("The table shows the records from %1 on; the %2 before them were "
                         "exported by the interrupted run and are at the top of the file.")
                              .arg(l.toString(m.resumedFromRecords + 1),
                                   l.toString(m.resumedFromRecords));
        break;
    case JobState::Cancelled: {
        // Say what is true: only a checkpoint on disk can be resumed.
        ExportCheckpoint cp;
        QString cpError;
        if (ExportCheckpoint::load(job->options().outputPath, &cp, &cpError) && cp.pages > 0)
            text = tr("Cancelled. %1 records are kept; Resume continues from there.")
                           .arg(l.toString(cp.records));
        else
            text = tr("Cancelled before the first page was kept; nothing to resume. Export "
                      "starts it again.");
        break;
    }
    default:
        text = job->errorText();
        break;
    }
    setSegmentStatus(segmentId, text);
    revalidate();
    if (job->state() == JobState::Failed && job->refusedOtherCheckpoint()
        && segmentId == currentId())
        offerCheckpoint(job->errorText());
}

// --- the checkpoint's settings

void SegmentsWorkspace::offerCheckpoint(const QString &why)
{
    ExportCheckpoint cp;
    QString error;
    if (!ExportCheckpoint::load(settings().outputPath.trimmed(), &cp, &error) || cp.pageSize <= 0)
        return;
    m_offered = cp;
    m_checkpointQuestion = tr("%1\n\nSet the form back to the settings of the interrupted export "
                              "and resume it?")
                                   .arg(why);
    Q_EMIT checkpointOffered(m_checkpointQuestion);
}

void SegmentsWorkspace::declineCheckpoint()
{
    m_offered.reset();
    m_checkpointQuestion.clear();
}

void SegmentsWorkspace::useCheckpointSettings()
{
    if (!m_offered || !m_haveCurrent)
        return;
    const ExportCheckpoint cp = *m_offered;
    declineCheckpoint();
    applyCheckpoint(cp);
    startExport(true);
}

void SegmentsWorkspace::applyCheckpoint(const ExportCheckpoint &cp)
{
    m_settings.pageSize = cp.pageSize;
    m_settings.format = cp.format; // the file stays the one beside the checkpoint
    SegmentForm &form = m_forms[m_current.id];
    form.unchecked.clear();
    for (const SegmentAttribute &attr : m_current.attributes) {
        if (attr.valid && !cp.attributes.contains(attr.name))
            form.unchecked.append(attr.name);
    }
    form.filters.clear();
    for (const QString &text : cp.filters) {
        FilterSpec f;
        if (filterFromCheckpoint(text, &f))
            form.filters.append(f);
    }
    changed();
}

} // namespace cxone
