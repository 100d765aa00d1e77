#pragma once

#include "ui/featurepage.h"

class QTabWidget;

namespace cxone {

class EnrichmentWorkspace;
class EntityPicker;
class ReadingOptionsWidget;
class RunBar;

// Outbound enrichment: pick a campaign, open a CRM export, check and adjust the mapping (auto-
// matched, with templates), look at the rows as the tenant would get them and at the fill
// rates, then apply in paced, journaled batches and, if need be, undo the run. A layout of
// panels over the feature's workspace.
class EnrichmentPage final : public FeaturePage
{
    Q_OBJECT
public:
    explicit EnrichmentPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~EnrichmentPage() override;

    EnrichmentWorkspace *workspace() const { return m_workspace; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildSettings();
    QTabWidget *buildSteps();
    void apply();
    void undo();

    EnrichmentWorkspace *m_workspace;
    EntityPicker *m_campaign;
    ReadingOptionsWidget *m_options;
    QTabWidget *m_tabs;
    RunBar *m_runBar;
};

} // namespace cxone
