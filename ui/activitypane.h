#pragma once

#include <QHash>
#include <QStyledItemDelegate>
#include <QWidget>

class QAction;
class QLabel;
class QSettings;
class QSplitter;
class QTableView;
class QToolButton;

namespace cxone {

class Job;
class JobDetailWidget;
class JobListModel;
class JobRegistry;
class LatencyHistory;

// Paints JobListModel::ProgressRole as a progress bar (busy when the total is unknown).
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

// The "progress pane": every job of this run with live progress, and the selected job's detail.
// It only observes Job signals; jobs are started elsewhere (TenantSession::startJob).
class ActivityPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPane(JobRegistry *registry, QWidget *parent = nullptr);
    ~ActivityPane() override;

    JobListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    JobDetailWidget *detail() const { return m_detail; }
    // Cancels the selected job (Ctrl+Shift+X and the toolbar button).
    QAction *cancelAction() const { return m_cancel; }
    LatencyHistory *history(const QString &jobId) const { return m_histories.value(jobId); }

    Job *selectedJob() const;
    void selectJob(const QString &jobId);

    // One line about the running jobs instead of the table and details (a short screen).
    void setCollapsed(bool collapsed);
    bool isCollapsed() const;
    QString summaryText() const;

    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

private:
    void setupTable();
    void setColumnWidths();
    void setupCancel();
    void setupCollapse();
    void buildLayout();
    QString runningSummary() const;
    void onJobAdded(Job *job);
    void onSelectionChanged();
    void updateActions();
    void updateSummary();

    JobRegistry *m_registry;
    JobListModel *m_model;
    QTableView *m_view;
    JobDetailWidget *m_detail;
    QSplitter *m_splitter;
    QLabel *m_summary;
    QAction *m_cancel;
    QToolButton *m_collapse;
    int m_expandedHeight = 320;
    QHash<QString, LatencyHistory *> m_histories;
};

} // namespace cxone
