#pragma once

#include "models/engine/session/workspace.h"
#include "models/segments/segmentexport.h"

#include <QHash>
#include <QPointer>

#include <chrono>
#include <optional>

class QAbstractItemModel;

namespace cxone {

class PagedReader;
class RowTableModel;
class SegmentExportJob;
class SegmentFilterProxy;
class SegmentListModel;

// How and where a segment is exported, as the page's Output settings edit it. The file belongs to
// the segment looked at; the rest holds for every segment.
struct ExportSettings
{
    std::chrono::hours maxAge{24};
    int pageSize = SegmentsApi::kDefaultPageSize;
    ExportFormat format = ExportFormat::Csv;
    QString outputPath;
    QString cdpUrl; // as typed; empty: no callback
    bool stopOnCdpFailure = false;

    bool operator==(const ExportSettings &) const = default;
};

// Adds an export's packed rows to the table that shows them (the rows of a page in one batch).
void appendExportRows(RowTableModel *table, const ExportRows &rows);

// Segment export without a widget: the tenant's segments (loaded page by page, searched), the
// one looked at with its verdict, the form of every segment looked at (filters, attributes left
// out, output file, last status) kept while another is looked at, the export settings, the
// running export with its metrics and the records it streams, the question a refused resume asks,
// and every sentence the page shows about them.
class SegmentsWorkspace final : public Workspace
{
    Q_OBJECT
public:
    explicit SegmentsWorkspace(QObject *parent = nullptr);
    ~SegmentsWorkspace() override;

    // --- the tenant's segments
    SegmentListModel *segments() const { return m_segments; }
    // The segments the search matches, sorted as a view asks (ids in SegmentListModel::IdRole).
    SegmentFilterProxy *matching() const { return m_matching; }
    void setSearchText(const QString &text);
    void refresh();
    bool isLoading() const { return m_loading; }
    QString listText() const { return m_listText; }

    // --- the segment looked at, and its form
    // Empty or unknown: none. The form of a segment seen before comes back with it.
    void setCurrentSegment(const QString &id);
    const SegmentInfo *currentSegment() const { return m_haveCurrent ? &m_current : nullptr; }
    QString currentId() const { return m_haveCurrent ? m_current.id : QString(); }
    QString detailsText() const; // id, status, members, last update
    QList<FilterSpec> filters() const;
    void setFilters(const QList<FilterSpec> &filters);
    // Valid attributes are exported unless left out; deprecated ones never are.
    bool isAttributeChecked(const QString &name) const;
    void setAttributesChecked(const QStringList &names, bool checked);
    ExportSettings settings() const;
    // A new format gives the output file its extension.
    void setSettings(const ExportSettings &settings);
    ExportOptions options() const;
    const ExportVerdict &verdict() const { return m_verdict; }
    // Something entered that cannot be taken (a filter value that does not read as its
    // attribute's type), said where the segment's export status is.
    void reportProblem(const QString &text);

    // --- the export
    void startExport(bool resume = false);
    bool canResume() const;
    QString resumeHint() const;
    SegmentExportJob *exportJob() const;
    // The records the last export streamed, of the segment `recordsSegmentId()`.
    RowTableModel *records() const { return m_records; }
    QString recordsSegmentId() const { return m_recordsSegment; }
    // The records of the segment looked at: the last export's if it exported this one, else none.
    QAbstractItemModel *shownRecords() const;
    QString metricsText(const ExportMetrics &metrics) const;

    // A resume refused because a setting changed since its checkpoint offers to set the form back
    // to the checkpoint's settings and resume; empty while nothing is offered.
    QString checkpointQuestion() const { return m_checkpointQuestion; }
    void useCheckpointSettings();
    void declineCheckpoint();

    bool canApply() const override;
    QString applyBlockedReason() const override;

Q_SIGNALS:
    void listChanged(); // listText() or isLoading()
    void segmentsLoaded();
    // Another segment is looked at (empty: none); its form came with it.
    void currentChanged(const QString &id);
    // Filters, attributes or settings changed (editors show them again where they differ).
    void formChanged();
    void verdictChanged();
    void recordsChanged(); // shownRecords() is another table
    void checkpointOffered(const QString &question);

protected:
    void onSessionChanged(TenantSession *session) override;
    void jobMessage(const QString &text) override;

private:
    // What the workspace remembers of a segment while another one is looked at.
    struct SegmentForm
    {
        bool seen = false; // filters, attributes and output were set for it
        QList<FilterSpec> filters;
        QStringList unchecked; // valid attributes not to export
        QString output;
        QString status;
    };

    void onSegmentsLoaded(bool ok, const QList<SegmentInfo> &segments);
    void countSegments(); // the list's sentence, against the freshness limit of now
    void keepEarlierRecords();
    void show(const SegmentInfo *segment);
    QString suggestedOutput(const SegmentInfo &segment) const;
    void setSegmentStatus(const QString &segmentId, const QString &text);
    void revalidate();
    void changed();
    void onExportFinished(SegmentExportJob *job);
    void offerCheckpoint(const QString &why);
    void applyCheckpoint(const ExportCheckpoint &checkpoint);

    SegmentListModel *m_segments;
    SegmentFilterProxy *m_matching;
    QPointer<PagedReader> m_listReader;
    bool m_loading = false;
    QString m_listText;

    SegmentInfo m_current;
    bool m_haveCurrent = false;
    QHash<QString, SegmentForm> m_forms;
    ExportSettings m_settings; // the output file is the current segment's form's
    ExportVerdict m_verdict;

    QPointer<SegmentExportJob> m_job;
    RowTableModel *m_records;
    RowTableModel *m_noRecords;
    QString m_recordsSegment;
    // The records of the last export of each other segment, shown when it is looked at again.
    QHash<QString, RowTableModel *> m_keptRecords;
    std::optional<ExportCheckpoint> m_offered;
    QString m_checkpointQuestion;
};

} // namespace cxone
