#pragma once

#include "ui/featurepage.h"

#include <functional>

class QMessageBox;
class QPushButton;
class QSplitter;

namespace cxone {

class EntityPicker;
class ExportSettingsWidget;
class FilterBuilder;
class RowsView;
class RunBar;
class SegmentsWorkspace;

// Browse the tenant's segments, see why one can or cannot be exported, build filters from its
// valid attributes, and export it while the records stream into a table. A layout of panels over
// the feature's workspace.
class SegmentsPage final : public FeaturePage
{
    Q_OBJECT
public:
    explicit SegmentsPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~SegmentsPage() override;

    SegmentsWorkspace *workspace() const { return m_workspace; }

    // Tests answer the "resume with its settings?" question themselves.
    void setCheckpointHook(std::function<void(QMessageBox *)> hook)
    {
        m_checkpointHook = std::move(hook);
    }

protected:
    void firstShown(bool sizesRestored) override;

private:
    QWidget *buildList();
    QWidget *buildDetail();
    QWidget *buildRecords();
    void bindForm();
    void bindExport();
    void showCurrent();
    void fitSettingsPane();
    void fitLater();
    void askCheckpoint(const QString &question);

    SegmentsWorkspace *m_workspace;
    FilterBuilder *m_filters;
    ExportSettingsWidget *m_settings;
    QSplitter *m_vertical;
    bool m_splitterSet = false; // by the user, or restored from the settings
    EntityPicker *m_list = nullptr;
    RunBar *m_runBar = nullptr;
    QPushButton *m_resume = nullptr;
    RowsView *m_records = nullptr;
    QWidget *m_detail = nullptr;
    std::function<void(QMessageBox *)> m_checkpointHook;
};

} // namespace cxone
