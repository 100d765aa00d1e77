#include "ui/audiences/criteriapanel.h"

#include "models/audiences/audiencedocument.h"
#include "models/audiences/audiencesworkspace.h"
#include "models/audiences/criteriamodel.h"
#include "ui/audiences/criteriadelegate.h"
#include "ui/layoutbuilder.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cxone {

namespace {

QToolButton *toolButton(QAction *action)
{
    auto *b = new QToolButton;
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAccessibleName(action->text().remove(u'&'));
    return b;
}

// Undo or redo with a fixed label (the button does not grow with "Undo Rename"); what would be
// done is in the tooltip.
QAction *stackAction(QObject *owner, QUndoStack *stack, const QString &text, bool undo)
{
    auto *a = new QAction(text, owner);
    const QString nothing
            = undo ? CriteriaPanel::tr("Nothing to undo") : CriteriaPanel::tr("Nothing to redo");
    const QString format = undo ? CriteriaPanel::tr("Undo: %1") : CriteriaPanel::tr("Redo: %1");
    a->setEnabled(undo ? stack->canUndo() : stack->canRedo());
    a->setToolTip(nothing);
    QObject::connect(a, &QAction::triggered, stack, undo ? &QUndoStack::undo : &QUndoStack::redo);
    QObject::connect(stack, undo ? &QUndoStack::canUndoChanged : &QUndoStack::canRedoChanged, a,
                     &QAction::setEnabled);
    QObject::connect(stack, undo ? &QUndoStack::undoTextChanged : &QUndoStack::redoTextChanged, a,
                     [a, nothing, format](const QString &what) {
                         a->setToolTip(what.isEmpty() ? nothing : format.arg(what));
                     });
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return a;
}

} // namespace

CriteriaPanel::CriteriaPanel(AudiencesWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_criteria(workspace->document()->criteria())
    , m_tree(named(new CriteriaTreeView, tr("Criteria")))
{
    m_tree->setModel(m_criteria);
    m_tree->setItemDelegate(new CriteriaDelegate(m_tree));
    QHeaderView *header = m_tree->header();
    header->setSectionResizeMode(CriteriaModel::FieldColumn, QHeaderView::Interactive);
    // Field, operator and value fit a 460-px tree (1280×720): labels are short, a problem's
    // whole text is in its tooltip and in the problem list.
    header->resizeSection(CriteriaModel::FieldColumn, 170);
    header->resizeSection(CriteriaModel::OperatorColumn, 110);
    header->resizeSection(CriteriaModel::ValueColumn, 170);
    header->setStretchLastSection(true);
    makeActions();
    connectActions();
    column(this, {buttons(), stretchOf(m_tree)});
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CriteriaPanel::updateActions);
    connect(m_criteria, &QAbstractItemModel::rowsInserted, m_tree,
            [this](const QModelIndex &under) { m_tree->expand(under); });
    connect(m_criteria, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(workspace->document(), &AudienceDocument::changed, this, &CriteriaPanel::updateActions);
}

QAction *CriteriaPanel::makeAction(const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return a;
}

void CriteriaPanel::makeActions()
{
    m_addCondition = makeAction(tr("Add &condition"), QKeySequence(Qt::CTRL | Qt::Key_N),
                                tr("Add a condition to the selected group"));
    m_addGroup = makeAction(tr("Add &group"), QKeySequence(Qt::CTRL | Qt::Key_G),
                            tr("Add a nested group"));
    m_delete = makeAction(tr("De&lete"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                          tr("Delete the selected condition or group"));
    m_toggle = makeAction(tr("AND/&OR"), QKeySequence(Qt::CTRL | Qt::Key_J),
                          tr("Switch the selected group between AND and OR"));
    m_moveUp = makeAction(tr("Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), tr("Move up"));
    m_moveDown = makeAction(tr("Down"), QKeySequence(Qt::CTRL | Qt::Key_Down), tr("Move down"));
    m_indent = makeAction(tr("Into group"), QKeySequence(Qt::CTRL | Qt::Key_Right),
                          tr("Move into the group just above"));
    m_outdent = makeAction(tr("Out of group"), QKeySequence(Qt::CTRL | Qt::Key_Left),
                           tr("Move out of its group"));
    QUndoStack *stack = m_workspace->document()->undoStack();
    m_undo = stackAction(this, stack, tr("&Undo"), true);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = stackAction(this, stack, tr("&Redo"), false);
    // Ctrl+Shift+Z and Ctrl+Y, whichever the hand knows.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_redo->setShortcuts(redoKeys);
    m_import = makeAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                          tr("Read an audience from a JSON file"));
    m_export = makeAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          tr("Write the audience as JSON"));
}

QList<QAction *> CriteriaPanel::shortcuts() const
{
    return {m_addCondition, m_addGroup, m_delete, m_toggle, m_moveUp, m_moveDown,
            m_indent,       m_outdent,  m_undo,   m_redo,   m_import, m_export};
}

void CriteriaPanel::connectActions()
{
    CriteriaModel *c = m_criteria;
    connect(m_addCondition, &QAction::triggered, this, [this, c] {
        select(c->addCondition(current()));
        m_tree->edit(m_tree->currentIndex().siblingAtColumn(CriteriaModel::FieldColumn));
    });
    connect(m_addGroup, &QAction::triggered, this, [this, c] {
        const QModelIndex g = c->addGroup(current());
        if (g.isValid()) {
            m_tree->expand(g);
            select(c->index(0, 0, g));
        }
    });
    connect(m_delete, &QAction::triggered, this, [this, c] {
        const QModelIndex at = current();
        const QModelIndex parent = at.parent();
        const int row = at.row();
        if (c->removeNode(at)) {
            const int rows = c->rowCount(parent);
            select(rows > 0 ? c->index(std::min(row, rows - 1), 0, parent) : parent);
        }
    });
    connect(m_toggle, &QAction::triggered, this, [this, c] {
        QModelIndex at = current();
        if (at.isValid() && !at.data(CriteriaModel::IsGroupRole).toBool())
            at = at.parent();
        const QList<int> path = c->pathOf(at);
        c->toggleGroupOperator(at);
        select(c->indexForPath(path));
    });
    connect(m_moveUp, &QAction::triggered, this, [this, c] { select(c->moveUp(current())); });
    connect(m_moveDown, &QAction::triggered, this, [this, c] { select(c->moveDown(current())); });
    connect(m_indent, &QAction::triggered, this, [this, c] { select(c->indent(current())); });
    connect(m_outdent, &QAction::triggered, this, [this, c] { select(c->outdent(current())); });
    connect(m_import, &QAction::triggered, this, &CriteriaPanel::chooseImport);
    connect(m_export, &QAction::triggered, this, &CriteriaPanel::chooseExport);
}

QWidget *CriteriaPanel::buttons()
{
    // Two rows: in one, the editor could not be narrower than ~850 px, and the audience list
    // beside it lost its Status and Updated columns on a 1600-px screen.
    auto *w = new QWidget;
    column(w,
           {row({toolButton(m_addCondition), toolButton(m_addGroup), toolButton(m_delete),
                 toolButton(m_toggle), Stretch(), toolButton(m_undo), toolButton(m_redo)}),
            row({toolButton(m_moveUp), toolButton(m_moveDown), toolButton(m_indent),
                 toolButton(m_outdent), Stretch(), toolButton(m_import), toolButton(m_export)})});
    return w;
}

QModelIndex CriteriaPanel::current() const
{
    const QModelIndex i = m_tree->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0) : QModelIndex();
}

void CriteriaPanel::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus();
    updateActions();
}

void CriteriaPanel::updateActions()
{
    const QModelIndex at = current();
    const bool any = at.isValid();
    const bool top = any && !at.parent().isValid();
    m_delete->setEnabled(any && !top);
    m_moveUp->setEnabled(any && !top && at.row() > 0);
    m_moveDown->setEnabled(any && !top && at.row() + 1 < m_criteria->rowCount(at.parent()));
    // Into group needs a group just above; disabled, it says what would make it work.
    const QModelIndex above
            = any && !top && at.row() > 0 ? at.sibling(at.row() - 1, 0) : QModelIndex();
    const bool groupAbove = above.isValid() && above.data(CriteriaModel::IsGroupRole).toBool();
    m_indent->setEnabled(groupAbove);
    const QString key = m_indent->shortcut().toString(QKeySequence::NativeText);
    m_indent->setToolTip(
            groupAbove ? tr("Move into the group just above (%1)").arg(key)
            : !any || top
                    ? tr("Into group (%1): select a condition or group first.").arg(key)
                    : tr("Into group (%1): the row just above is not a group. Add one with Add "
                         "group, or move this row below a group.")
                              .arg(key));
    m_outdent->setEnabled(any && !top && at.parent().parent().isValid());
    // Disabled where it would be refused (groups five deep), with the reason as its tooltip.
    QString why;
    const bool room = m_criteria->canAddGroup(at, &why);
    m_addGroup->setEnabled(room);
    m_addGroup->setToolTip(
            room ? tr("Add a nested group (%1)")
                            .arg(m_addGroup->shortcut().toString(QKeySequence::NativeText))
                 : why);
}

void CriteriaPanel::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import audience"), QString(),
                                                      tr("JSON (*.json);;All files (*)"));
    if (!path.isEmpty() && m_workspace->importFrom(path))
        m_tree->expandAll();
}

void CriteriaPanel::chooseExport()
{
    const AudienceDocument *doc = m_workspace->document();
    const QString name = doc->name().isEmpty() ? doc->audienceId() : doc->name();
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export audience"), name + QStringLiteral(".json"), tr("JSON (*.json)"));
    if (!path.isEmpty())
        m_workspace->exportTo(path);
}

} // namespace cxone
