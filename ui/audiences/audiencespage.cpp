#include "ui/audiences/audiencespage.h"

#include "models/audiences/audiencedocument.h"
#include "models/audiences/audiencesworkspace.h"
#include "models/audiences/criteriamodel.h"
#include "ui/audiences/audienceform.h"
#include "ui/audiences/audiencelistpanel.h"
#include "ui/audiences/audiencepreviewpanel.h"
#include "ui/audiences/criteriadelegate.h"
#include "ui/audiences/criteriapanel.h"
#include "ui/layoutbuilder.h"
#include "ui/pagefocus.h"
#include "ui/runbar.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cxone {

AudiencesPage::AudiencesPage(ConsoleContext *context, QWidget *parent)
    : FeaturePage(context, new AudiencesWorkspace, parent)
    , m_workspace(static_cast<AudiencesWorkspace *>(FeaturePage::workspace()))
    , m_list(new AudienceListPanel(m_workspace))
    , m_form(new AudienceForm(m_workspace))
    , m_criteria(new CriteriaPanel(m_workspace))
    , m_preview(new AudiencePreviewPanel(m_workspace))
    , m_runBar(new RunBar(m_workspace, {tr("&Save"), tr("Save the audience")}, {}))
{
    setObjectName(QStringLiteral("audiencesPage"));
    m_split = new QSplitter(Qt::Horizontal);
    m_split->addWidget(m_list);
    m_split->addWidget(buildEditor());
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 5);
    m_split->setSizes({440, 1000});
    setLayout(column({m_split}));
    setPageControls(this, m_list->view(), m_list->search());
    addActions(m_criteria->shortcuts());
    // Only while this page has the focus: other pages may save with the same keys.
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcuts(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    setTabOrder(m_list->search(), m_list->view());
    setTabOrder(m_list->view(), m_list->refreshButton());
    setTabOrder(m_list->refreshButton(), m_list->newButton());
    setTabOrder(m_list->newButton(), m_form->nameEdit());
    setTabOrder(m_form->lastField(), m_criteria->tree());

    m_list->setDiscardQuestion([this] { return mayDiscard(); });
    connect(saveAction, &QAction::triggered, this, &AudiencesPage::save);
    connect(m_list->newButton(), &QPushButton::clicked, this, &AudiencesPage::newAudience);
    connect(m_runBar, &RunBar::applyClicked, this, &AudiencesPage::save);
    connect(m_preview, &AudiencePreviewPanel::problemChosen, this, &AudiencesPage::problemChosen);
    connect(m_workspace, &AudiencesWorkspace::conflict, this, &AudiencesPage::resolveConflict);
    connect(m_workspace, &AudiencesWorkspace::listLoaded, this,
            [this] { QTimer::singleShot(0, this, &AudiencesPage::fitListPane); }); // laid out
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_splitSet = true; });
    followSession();
}

AudiencesPage::~AudiencesPage() = default;

QWidget *AudiencesPage::buildEditor()
{
    auto *size = named(new QLabel, tr("Audience size"));
    QFont big = size->font();
    big.setBold(true);
    size->setFont(big);
    m_runBar->addInfo(size);
    connect(m_workspace, &AudiencesWorkspace::sizeChanged, size,
            [this, size] { size->setText(m_workspace->sizeText()); });
    auto *treeSplit = new QSplitter(Qt::Horizontal);
    treeSplit->addWidget(m_criteria);
    treeSplit->addWidget(m_preview);
    treeSplit->setStretchFactor(0, 2);
    treeSplit->setStretchFactor(1, 1);
    auto *editor = new QWidget;
    column(editor, {m_form, stretchOf(treeSplit), m_runBar});
    return editor;
}

QTableView *AudiencesPage::listView() const
{
    return m_list->view();
}

CriteriaTreeView *AudiencesPage::tree() const
{
    return m_criteria->tree();
}

bool AudiencesPage::mayDiscard()
{
    const AudienceDocument *doc = m_workspace->document();
    if (!doc->isModified())
        return true;
    // Loading replaces the edit history too, so unsaved work could not be undone back.
    const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%1 has unsaved changes. Discard them?")
                    .arg(doc->name().isEmpty() ? tr("This audience") : doc->name()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void AudiencesPage::newAudience()
{
    if (!mayDiscard())
        return;
    m_workspace->startNew();
    m_criteria->tree()->expandAll();
    m_criteria->select(m_workspace->document()->criteria()->indexForPath({0}));
    m_form->nameEdit()->setFocus();
}

bool AudiencesPage::save()
{
    m_form->commitTyped(); // what is typed but not yet committed counts
    if (m_workspace->save())
        return true;
    if (!m_workspace->document()->problems().isEmpty()) {
        m_preview->problems()->setCurrentRow(0);
        m_preview->problems()->setFocus();
    }
    return false;
}

// Someone saved the audience since it was loaded: offer what a person would do next, in words.
void AudiencesPage::resolveConflict(qint64 theirs)
{
    QMessageBox box(QMessageBox::Warning, tr("Saved by someone else"),
                    m_workspace->conflictText(theirs),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Reload theirs to see their changes (your edit is dropped), "
                              "overwrite theirs with your edit, or keep editing."));
    box.button(QMessageBox::Save)->setText(tr("&Overwrite with mine"));
    box.button(QMessageBox::Discard)->setText(tr("&Reload theirs"));
    box.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    box.setDefaultButton(QMessageBox::Cancel);
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        m_workspace->overwrite(theirs);
    else if (answer == QMessageBox::Discard)
        m_workspace->load(m_workspace->document()->audienceId());
}

void AudiencesPage::problemChosen(int index)
{
    const QList<AudienceProblem> problems = m_workspace->document()->problems();
    if (index < 0 || index >= problems.size())
        return;
    const AudienceProblem &p = problems.at(index);
    if (p.inCriteria)
        m_criteria->select(m_workspace->document()->criteria()->indexForPath(p.criteriaPath));
    else
        m_form->focusField(p.where);
}

void AudiencesPage::firstShown(bool sizesRestored)
{
    if (sizesRestored)
        m_splitSet = true;
    else
        fitListPane();
}

void AudiencesPage::fitListPane()
{
    if (m_splitSet || !isVisible())
        return;
    const QList<int> sizes = m_split->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    const QHeaderView *header = listView()->horizontalHeader();
    int columns = 0;
    for (int c = 0; c < header->count(); ++c)
        columns += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    // The pane grows by what the columns lack (a few pixels spare), up to 45 % of a wide page
    // and a third of a narrow one (1280×720): the criteria beside it keep room for their values.
    const int lacking = columns + 4 - listView()->viewport()->width();
    const int most = total >= 1200 ? total * 45 / 100 : total / 3;
    const int left
            = std::clamp(sizes.value(0) + lacking, sizes.value(0), std::max(sizes.value(0), most));
    if (left != sizes.value(0))
        m_split->setSizes({left, total - left});
}

} // namespace cxone
