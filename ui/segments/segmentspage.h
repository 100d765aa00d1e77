#pragma once

#include "models/segments/segmentexportjob.h"

#include "ui/featurepage.h"
#include <QHash>
#include <QPointer>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cxone {

class AttributeList;
class ConsoleContext;
class PagedReader;
class RowTableModel;
class SegmentFilterProxy;
class SegmentListModel;
class TenantSession;

// Browse the tenant's segments, see why one can or cannot be exported, build filters from its
// valid attributes, and export it while the records stream into a table.
class SegmentsPage final : public FeaturePage
{
    Q_OBJECT
public:
    explicit SegmentsPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~SegmentsPage() override;

    void refresh();

    SegmentListModel *segmentModel() const { return m_segments; }
    RowTableModel *resultModel() const { return m_rows; }
    SegmentExportJob *currentJob() const { return m_job; }

    // Tests answer the "resume with its settings?" question themselves.
    void setCheckpointHook(std::function<void(QMessageBox *)> hook)
    {
        m_checkpointHook = std::move(hook);
    }
    // The segment whose records the result table holds (empty: none yet).
    QString resultSegmentId() const { return m_rowsSegment; }

protected:
    void firstShown(bool sizesRestored) override;
    // Job messages go to the status of the segment the job exports, shown when it is on screen.
    void setStatus(const QString &text) override;

private:
    // What the page remembers of a segment while the user looks at another one.
    struct SegmentState
    {
        bool form = false; // filters, attributes and output were saved
        QList<FilterSpec> filters;
        QStringList unchecked; // valid attributes not to export
        QString output;
        QString status;
    };

    void onSessionChanged(TenantSession *session) override;
    void saveSegmentState();
    void setSegmentStatus(const QString &segmentId, const QString &text);
    void addFilterItem(const FilterSpec &filter);
    void offerCheckpointSettings(const QString &why);
    void applyCheckpointSettings(const ExportCheckpoint &checkpoint);
    QString metricsText(const ExportMetrics &metrics) const;
    void buildUi();
    void fitSettingsPane();
    void onSegmentsLoaded(bool ok, const QList<SegmentInfo> &segments);
    void onSelectionChanged();
    void showSegment(const SegmentInfo *segment);
    void updateVerdict();
    void onFilterAttributeChanged();
    void addFilter();
    void removeFilter();
    void updateResume();
    void browseOutput();
    ExportOptions currentOptions() const;
    void startExport(bool resume);
    void onJobFinished();
    void appendRows(const ExportRowsPtr &rows);
    void showMetrics(const ExportMetrics &metrics);

    SegmentListModel *m_segments;
    SegmentFilterProxy *m_proxy;
    RowTableModel *m_rows;
    QPointer<SegmentExportJob> m_job;
    QPointer<PagedReader> m_listReader;
    QList<FilterSpec> m_filters;
    SegmentInfo m_current;
    bool m_haveCurrent = false;
    QHash<QString, SegmentState> m_states;
    QString m_rowsSegment;
    RowTableModel *m_noRows;

    QLineEdit *m_search = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_listStatus = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_verdict = nullptr;
    QSpinBox *m_maxAgeHours = nullptr;
    QComboBox *m_filterAttribute = nullptr;
    QComboBox *m_filterOperator = nullptr;
    QStackedWidget *m_valueStack = nullptr;
    QLineEdit *m_textValue = nullptr;
    QSpinBox *m_intValue = nullptr;
    QDoubleSpinBox *m_numberValue = nullptr;
    QDateEdit *m_dateValue = nullptr;
    QDateTimeEdit *m_dateTimeValue = nullptr;
    QComboBox *m_boolValue = nullptr;
    QPushButton *m_addFilter = nullptr;
    QListWidget *m_filterList = nullptr;
    QPushButton *m_removeFilter = nullptr;
    QPushButton *m_allAttributes = nullptr;
    QPushButton *m_noAttributes = nullptr;
    AttributeList *m_attributes = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_output = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_cdpUrl = nullptr;
    QCheckBox *m_cdpRequired = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_jobStatus = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_resumeCheck = nullptr;
    QSplitter *m_vertical = nullptr;
    QWidget *m_detail = nullptr;
    bool m_splitterSet = false; // by the user, or restored from the settings
    std::function<void(QMessageBox *)> m_checkpointHook;
};

} // namespace cxone
