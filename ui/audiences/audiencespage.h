#pragma once

#include "ui/featurepage.h"

class QLabel;
class QSplitter;
class QTableView;

namespace cxone {

class AudienceForm;
class AudienceListPanel;
class AudiencePreviewPanel;
class AudiencesWorkspace;
class CriteriaPanel;
class CriteriaTreeView;
class RunBar;

// Journey audiences: the tenant's audiences beside an editor of one of them. The criteria are a
// tree of AND/OR groups edited in place; problems show on the row they concern and in a list;
// the JSON and a plain-language reading update as you type. Save validates first, saves
// atomically, notifies the CDP, and waits for the new size. A layout of panels over the
// feature's workspace.
class AudiencesPage final : public FeaturePage
{
    Q_OBJECT
public:
    explicit AudiencesPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~AudiencesPage() override;

    AudiencesWorkspace *workspace() const { return m_workspace; }
    // What New audience and Save do (asking first where they would drop unsaved changes).
    void newAudience();
    bool save();
    QTableView *listView() const;
    CriteriaTreeView *tree() const;

protected:
    void firstShown(bool sizesRestored) override;

private:
    QWidget *buildEditor();
    bool mayDiscard();
    void resolveConflict(qint64 theirs);
    void problemChosen(int index);
    // Until the user moves the splitter: the list gets the width its columns need (at most 45 %
    // of the page), so that Status and Updated are not cut off.
    void fitListPane();

    AudiencesWorkspace *m_workspace;
    AudienceListPanel *m_list;
    AudienceForm *m_form;
    CriteriaPanel *m_criteria;
    AudiencePreviewPanel *m_preview;
    RunBar *m_runBar;
    QSplitter *m_split = nullptr;
    bool m_splitSet = false; // the user's own (or kept) sizes: left alone
};

} // namespace cxone
