#pragma once

#include <QWidget>

class QAction;
class QModelIndex;

namespace cxone {

class AudiencesWorkspace;
class CriteriaModel;
class CriteriaTreeView;

// The criteria as a tree of AND/OR groups edited in place, with its actions — add a condition
// or a group, delete, switch AND/OR, move up, down, into and out of a group, undo and redo,
// import and export — as buttons with shortcuts. The page adds `actions()` to itself, so that
// their shortcuts work wherever its focus is.
class CriteriaPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CriteriaPanel(AudiencesWorkspace *workspace, QWidget *parent = nullptr);

    CriteriaTreeView *tree() const { return m_tree; }
    QList<QAction *> shortcuts() const;
    // Makes `index` the current row, scrolled to and focused.
    void select(const QModelIndex &index);
    QModelIndex current() const;

private:
    void makeActions();
    QAction *makeAction(const QString &text, const QKeySequence &key, const QString &tip);
    void connectActions();
    QWidget *buttons();
    void updateActions();
    void chooseImport();
    void chooseExport();

    AudiencesWorkspace *m_workspace;
    CriteriaModel *m_criteria;
    CriteriaTreeView *m_tree;
    // The tree's commands: its context menu, the buttons beside it and their shortcuts.
    QAction *m_addCondition = nullptr;
    QAction *m_addGroup = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_indent = nullptr;
    QAction *m_outdent = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
};

} // namespace cxone
