#include "ui/audiences/audiencespage.h"

#include "models/audiences/audiencedocument.h"
#include "models/audiences/audiencelistmodel.h"
#include "models/audiences/audiencesavejob.h"
#include "models/engine/io/boundedinput.h"
#include "models/engine/session/consolecontext.h"
#include "models/engine/session/tenantsession.h"
#include "network/apiclient.h"
#include "network/webhookclient.h"
#include "ui/audiences/criteriadelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace cxone {

namespace {

const QString cdpSettingsKey = QStringLiteral("audiences/cdpUrl");

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAccessibleName(action->text().remove(u'&'));
    return b;
}

} // namespace

AudiencesPage::AudiencesPage(ConsoleContext *context, QWidget *parent)
    : FeaturePage(context, parent)
    , m_doc(new AudienceDocument(this))
    , m_list(new AudienceListModel(this))
    , m_listProxy(new QSortFilterProxyModel(this))
    , m_exclusionsDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("audiencesPage"));
    buildUi();
    m_exclusionsDebounce->setSingleShot(true);
    m_exclusionsDebounce->setInterval(700);
    connect(m_exclusionsDebounce, &QTimer::timeout, this, &AudiencesPage::commitExclusions);
    connect(m_doc, &AudienceDocument::changed, this, &AudiencesPage::updateFromDocument);
    connect(m_doc, &AudienceDocument::propertiesChanged, this, &AudiencesPage::updateForm);
    connect(m_doc->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        updateModifiedMark();
        if (!clean) {
            m_showProblems = true;
            updateFromDocument();
            if (!m_statusProblem)
                showStatus(unsavedText());
        } else if (statusText() == unsavedText()) {
            showStatus(tr("No unsaved changes.")); // undone back to what was saved
        }
    });
    // A later successful edit replaces a refusal's red message.
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_statusProblem)
            showStatus(m_doc->isModified() ? unsavedText() : tr("No unsaved changes."));
    });
    connect(m_doc->criteria(), &CriteriaModel::refused, this,
            [this](const QString &reason) { showStatus(reason, true); });
    m_doc->startNew(QUuid::createUuid().toString(QUuid::WithoutBraces),
                    QStringLiteral("customer_360"));
    followSession();
}

AudiencesPage::~AudiencesPage()
{
    // The document is a child, deleted after this page stops being one; clearing its undo
    // stack then must not call back into the page.
    // Every connection of the stack goes: the page's and its actions' alike.
    m_doc->undoStack()->disconnect();
    m_doc->criteria()->disconnect(this);
    m_doc->criteria()->disconnect(m_tree);
    m_doc->disconnect(this);
}

void AudiencesPage::buildUi()
{
    // --- the list
    m_listProxy->setSourceModel(m_list);
    m_listProxy->setSortRole(AudienceListModel::SortRole);
    m_listView = new QTableView(this);
    m_listView->setModel(m_listProxy);
    m_listView->setAccessibleName(tr("Audiences"));
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setSortingEnabled(true);
    m_listView->sortByColumn(AudienceListModel::NameColumn, Qt::AscendingOrder);
    m_listView->verticalHeader()->hide();
    m_listView->horizontalHeader()->setStretchLastSection(true);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setAccessibleName(tr("Refresh the audience list"));
    m_newButton = new QPushButton(tr("&New audience"), this);
    m_newButton->setAccessibleName(tr("New audience"));
    connect(m_refreshButton, &QPushButton::clicked, this, &AudiencesPage::refresh);
    connect(m_newButton, &QPushButton::clicked, this, &AudiencesPage::newAudience);
    connect(m_listView, &QTableView::activated, this, [this](const QModelIndex &index) {
        openAudience(index.data(AudienceListModel::IdRole).toString());
    });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AudiencesPage::onListRowChanged);
    connect(m_listView, &QAbstractItemView::pressed, this, [this](const QModelIndex &index) {
        chooseAudience(index.data(AudienceListModel::IdRole).toString());
    });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_refreshButton);
    listButtons->addWidget(m_newButton);
    listButtons->addStretch();
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_listView);

    // --- the form
    m_title = new QLabel(this);
    m_title->setAccessibleName(tr("Audience being edited"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_idLabel = new QLabel(this);
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idLabel->setAccessibleName(tr("Audience id"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(200); // longer than allowed so that the problem is shown, not hidden
    m_description = new QLineEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_dataSource = new QComboBox(this);
    m_dataSource->setAccessibleName(tr("Data source"));
    for (const QString &s : AudiencesApi::dataSources())
        m_dataSource->addItem(AudiencesApi::dataSourceLabel(s), s);
    m_exclusions = new QPlainTextEdit(this);
    m_exclusions->setAccessibleName(tr("Exclusions, one UUID per line"));
    m_exclusions->setPlaceholderText(tr("One audience or profile UUID per line"));
    m_exclusions->setTabChangesFocus(true);
    m_exclusions->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_exclusionProblems = new QLabel(this);
    m_exclusionProblems->setWordWrap(true);
    m_exclusionProblems->setAccessibleName(tr("Exclusion problems"));
    m_exclusionProblems->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_recalculate = new QCheckBox(tr("Re&calculate the size on save"), this);
    m_recalculate->setAccessibleName(tr("Recalculate the size on save"));
    m_cdpUrl = new QLineEdit(this);
    m_cdpUrl->setAccessibleName(tr("CDP webhook URL"));
    m_cdpUrl->setPlaceholderText(tr("https://… (empty: no notification)"));
    m_cdpUrl->setText(QSettings().value(cdpSettingsKey).toString());

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_updatingForm)
            m_doc->setName(m_name->text());
    });
    connect(m_description, &QLineEdit::editingFinished, this, [this] {
        if (!m_updatingForm)
            m_doc->setDescription(m_description->text());
    });
    connect(m_dataSource, &QComboBox::activated, this, [this] {
        if (!m_updatingForm)
            m_doc->setDataSource(m_dataSource->currentData().toString());
    });
    connect(m_exclusions, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updatingForm)
            return;
        updateExclusionProblems();
        m_exclusionsDebounce->start();
    });
    connect(m_recalculate, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updatingForm)
            m_doc->setRecalculate(on);
    });
    connect(m_cdpUrl, &QLineEdit::editingFinished, this,
            [this] { QSettings().setValue(cdpSettingsKey, m_cdpUrl->text().trimmed()); });

    auto *form = new QFormLayout;
    form->addRow(tr("Id:"), m_idLabel);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("Descri&ption:"), m_description);
    form->addRow(tr("D&ata source:"), m_dataSource);
    form->addRow(tr("E&xclusions:"), m_exclusions);
    form->addRow(QString(), m_exclusionProblems);
    form->addRow(QString(), m_recalculate);
    form->addRow(tr("CDP &webhook:"), m_cdpUrl);

    // --- the criteria tree and its actions
    m_tree = new CriteriaTreeView(this);
    m_tree->setModel(m_doc->criteria());
    m_tree->setItemDelegate(new CriteriaDelegate(m_tree));
    m_tree->setAccessibleName(tr("Criteria"));
    m_tree->header()->setSectionResizeMode(CriteriaModel::FieldColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(CriteriaModel::FieldColumn, 220);
    m_tree->header()->resizeSection(CriteriaModel::OperatorColumn, 130);
    m_tree->header()->resizeSection(CriteriaModel::ValueColumn, 160);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AudiencesPage::updateActions);
    connect(m_doc->criteria(), &QAbstractItemModel::rowsInserted, m_tree,
            [this](const QModelIndex &parent) { m_tree->expand(parent); });
    connect(m_doc->criteria(), &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    const auto makeAction = [this](const QString &text, const QKeySequence &key,
                                   const QString &tip) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(a);
        return a;
    };
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
    // Fixed labels (the button does not grow with "Undo Rename"); what would be undone is in
    // the tooltip.
    QUndoStack *stack = m_doc->undoStack();
    const auto stackAction
            = [this, stack](const QString &text, bool enabled, void (QUndoStack::*act)(),
                            void (QUndoStack::*canChanged)(bool),
                            void (QUndoStack::*textChanged)(const QString &),
                            const QString &nothing, const QString &tipFormat) {
                  auto *a = new QAction(text, this);
                  a->setEnabled(enabled);
                  a->setToolTip(nothing);
                  connect(a, &QAction::triggered, stack, act);
                  connect(stack, canChanged, a, &QAction::setEnabled);
                  connect(stack, textChanged, a, [a, nothing, tipFormat](const QString &what) {
                      a->setToolTip(what.isEmpty() ? nothing : tipFormat.arg(what));
                  });
                  return a;
              };
    m_undo = stackAction(tr("&Undo"), stack->canUndo(), &QUndoStack::undo,
                         &QUndoStack::canUndoChanged, &QUndoStack::undoTextChanged,
                         tr("Nothing to undo"), tr("Undo: %1"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undo);
    m_redo = stackAction(tr("&Redo"), stack->canRedo(), &QUndoStack::redo,
                         &QUndoStack::canRedoChanged, &QUndoStack::redoTextChanged,
                         tr("Nothing to redo"), tr("Redo: %1"));
    // Ctrl+Shift+Z and Ctrl+Y, whichever the hand knows.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_redo->setShortcuts(redoKeys);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_redo);
    m_import = makeAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                          tr("Read an audience from a JSON file"));
    m_export = makeAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          tr("Write the audience as JSON"));

    CriteriaModel *criteria = m_doc->criteria();
    connect(m_addCondition, &QAction::triggered, this, [this, criteria] {
        selectCriteria(criteria->addCondition(currentCriteria()));
        m_tree->edit(m_tree->currentIndex().siblingAtColumn(CriteriaModel::FieldColumn));
    });
    connect(m_addGroup, &QAction::triggered, this, [this, criteria] {
        const QModelIndex g = criteria->addGroup(currentCriteria());
        if (g.isValid()) {
            m_tree->expand(g);
            selectCriteria(criteria->index(0, 0, g));
        }
    });
    connect(m_delete, &QAction::triggered, this, [this, criteria] {
        const QModelIndex at = currentCriteria();
        const QModelIndex parent = at.parent();
        const int row = at.row();
        if (criteria->removeNode(at)) {
            const int rows = criteria->rowCount(parent);
            selectCriteria(rows > 0 ? criteria->index(std::min(row, rows - 1), 0, parent) : parent);
        }
    });
    connect(m_toggle, &QAction::triggered, this, [this, criteria] {
        QModelIndex at = currentCriteria();
        if (at.isValid() && !at.data(CriteriaModel::IsGroupRole).toBool())
            at = at.parent();
        const QList<int> path = criteria->pathOf(at);
        criteria->toggleGroupOperator(at);
        selectCriteria(criteria->indexForPath(path));
    });
    connect(m_moveUp, &QAction::triggered, this,
            [this, criteria] { selectCriteria(criteria->moveUp(currentCriteria())); });
    connect(m_moveDown, &QAction::triggered, this,
            [this, criteria] { selectCriteria(criteria->moveDown(currentCriteria())); });
    connect(m_indent, &QAction::triggered, this,
            [this, criteria] { selectCriteria(criteria->indent(currentCriteria())); });
    connect(m_outdent, &QAction::triggered, this,
            [this, criteria] { selectCriteria(criteria->outdent(currentCriteria())); });
    connect(m_import, &QAction::triggered, this, &AudiencesPage::chooseImport);
    connect(m_export, &QAction::triggered, this, &AudiencesPage::chooseExport);

    // Two rows of buttons: in one, the editor could not be narrower than ~850 px, and the
    // audience list beside it lost its Status and Updated columns on a 1600-px screen.
    auto *actions = new QVBoxLayout;
    auto *editRow = new QHBoxLayout;
    for (QAction *a : {m_addCondition, m_addGroup, m_delete, m_toggle})
        editRow->addWidget(toolButton(a, this));
    editRow->addStretch();
    for (QAction *a : {m_undo, m_redo})
        editRow->addWidget(toolButton(a, this));
    auto *moveRow = new QHBoxLayout;
    for (QAction *a : {m_moveUp, m_moveDown, m_indent, m_outdent})
        moveRow->addWidget(toolButton(a, this));
    moveRow->addStretch();
    for (QAction *a : {m_import, m_export})
        moveRow->addWidget(toolButton(a, this));
    actions->addLayout(editRow);
    actions->addLayout(moveRow);

    // --- previews and problems
    m_plain = new QPlainTextEdit(this);
    m_plain->setReadOnly(true);
    m_plain->setAccessibleName(tr("Criteria in plain language"));
    m_json = new QPlainTextEdit(this);
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("JSON preview"));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *previews = new QTabWidget(this);
    previews->setAccessibleName(tr("Previews"));
    previews->addTab(m_plain, tr("Plain language"));
    previews->addTab(m_json, tr("JSON"));
    previews->tabBar()->setAccessibleName(tr("Preview kind"));
    m_problems = new QListWidget(this);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    // A click on a problem selects the row (or field) it is about.
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { problemActivated(m_problems->row(item)); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { problemActivated(m_problems->row(item)); });
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(previews);
    side->addWidget(m_problems);

    auto *treeSplit = new QSplitter(Qt::Horizontal, this);
    treeSplit->addWidget(m_tree);
    treeSplit->addWidget(side);
    treeSplit->setStretchFactor(0, 3);
    treeSplit->setStretchFactor(1, 2);

    // --- save
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setAccessibleName(tr("Save the audience"));
    connect(m_saveButton, &QPushButton::clicked, this, &AudiencesPage::save);
    // Only while this page has the focus: other pages may save with the same keys.
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcuts(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &AudiencesPage::save);
    addAction(saveAction);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_size = new QLabel(this);
    m_size->setAccessibleName(tr("Audience size"));
    QFont big = m_size->font();
    big.setBold(true);
    m_size->setFont(big);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveButton);
    saveRow->addWidget(progressBar());
    saveRow->addWidget(m_size);
    saveRow->addWidget(m_status, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addLayout(form);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(treeSplit, 1);
    rightLayout->addLayout(saveRow);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({440, 1000});
    m_split = split;
    connect(split, &QSplitter::splitterMoved, this, [this] { m_splitSet = true; });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    setTabOrder(m_listView, m_refreshButton);
    setTabOrder(m_refreshButton, m_newButton);
    setTabOrder(m_newButton, m_name);
    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_dataSource);
    setTabOrder(m_dataSource, m_exclusions);
    setTabOrder(m_exclusions, m_recalculate);
    setTabOrder(m_recalculate, m_cdpUrl);
    setTabOrder(m_cdpUrl, m_tree);
}

void AudiencesPage::setStatus(const QString &text)
{
    showStatus(text);
}

void AudiencesPage::onSessionChanged(TenantSession *session)
{
    m_catalogues.clear();
    m_list->setAudiences({});
    const bool on = session != nullptr;
    m_refreshButton->setEnabled(on);
    m_saveButton->setEnabled(on);
    if (!on) {
        showStatus(tr("Connect to a tenant to load and save audiences."));
        return;
    }
    if (session->isDemo() && m_cdpUrl->text().isEmpty())
        m_cdpUrl->setText(
                session->client()->resolve(QUrl(QStringLiteral("/_sim/webhooks/cdp"))).toString());
    refresh();
    loadCatalogue(m_doc->dataSource());
}

void AudiencesPage::refresh()
{
    if (!session())
        return;
    if (m_listCall)
        m_listCall->cancel();
    showStatus(tr("Loading the audiences…"));
    m_listCall = AudiencesApi(session()->client()).list();
    connect(m_listCall, &CallHandle::finished, this, [this](const Result &r) {
        if (r.error == ErrorKind::Cancelled)
            return;
        const Expected<QList<AudienceInfo>> list = AudiencesApi::readList(r);
        if (!list) {
            showStatus(list.error(), true);
            return;
        }
        m_list->setAudiences(*list);
        m_listView->resizeColumnsToContents();
        QTimer::singleShot(0, this, &AudiencesPage::fitListPane); // once laid out
        showStatus(tr("%n audience(s).", nullptr, int(list->size())));
    });
}

void AudiencesPage::openAudience(const QString &id)
{
    if (!session() || id.isEmpty() || id == m_doc->audienceId())
        return;
    if (!confirmDiscard()) {
        selectListRow(m_doc->audienceId());
        m_choosing.clear();
        return;
    }
    selectListRow(id);
    loadAudience(id);
}

void AudiencesPage::onListRowChanged(const QModelIndex &index, const QModelIndex &previous)
{
    if (m_restoringSelection || !index.isValid())
        return;
    const QString id = index.data(AudienceListModel::IdRole).toString();
    // The same audience on another row (the list was sorted or grew): nothing to do.
    if (id == m_doc->audienceId()
        || (previous.isValid() && previous.data(AudienceListModel::IdRole).toString() == id))
        return;
    // Moving from a row to another in the focused list is a choice (arrow keys, a click);
    // a press reports itself too (pressed). The view also moves its current row by itself (a
    // list filled again, a focus gained): the list then goes back to what the editor holds.
    if (m_listView->hasFocus() && previous.isValid())
        chooseAudience(id);
    else
        selectListRow(m_doc->audienceId());
}

void AudiencesPage::chooseAudience(const QString &id)
{
    if (id.isEmpty() || id == m_doc->audienceId() || id == m_choosing)
        return;
    m_choosing = id;
    if (!m_doc->isModified()) {
        openAudience(id);
        return;
    }
    // The list keeps showing what the editor holds until the question is answered, asked
    // after the click is handled, not inside it.
    selectListRow(m_doc->audienceId());
    QTimer::singleShot(0, this, [this, id] {
        // The click has been handled (and selected its row): the list shows the editor's
        // audience while the question is asked.
        selectListRow(m_doc->audienceId());
        openAudience(id);
        if (m_choosing == id && m_doc->isModified())
            m_choosing.clear(); // not discarded: the next click asks again
    });
}

void AudiencesPage::selectListRow(const QString &id)
{
    const int row = m_list->rowOf(id);
    m_restoringSelection = true;
    if (row < 0) {
        m_listView->clearSelection();
        m_listView->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    } else {
        const QModelIndex at = m_listProxy->mapFromSource(m_list->index(row, 0));
        m_listView->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
    }
    m_restoringSelection = false;
}

void AudiencesPage::updateModifiedMark()
{
    const bool modified = m_doc->isModified();
    m_list->setModifiedId(modified ? m_doc->audienceId() : QString());
    m_title->setText(titleText());
    m_title->setAccessibleDescription(modified ? tr("unsaved changes") : QString());
    m_title->setToolTip(modified ? tr("Unsaved changes: Save (Ctrl+S) writes them to the "
                                      "tenant; Undo (Ctrl+Z) takes them back.")
                                 : QString());
}

QString AudiencesPage::unsavedText()
{
    return tr("Unsaved changes: Save (Ctrl+S) writes them to the tenant.");
}

QString AudiencesPage::titleText() const
{
    QString title = m_doc->name().trimmed();
    if (title.isEmpty())
        title = m_doc->version() >= 0 ? m_doc->audienceId() : tr("New audience");
    return m_doc->isModified() ? title + QStringLiteral(" \u25CF") : title;
}

void AudiencesPage::loadAudience(const QString &id)
{
    if (m_loadCall)
        m_loadCall->cancel();
    showStatus(tr("Loading %1…").arg(id));
    m_loadCall = AudiencesApi(session()->client()).get(id, true);
    connect(m_loadCall, &CallHandle::finished, this, [this, id](const Result &r) {
        if (r.error == ErrorKind::Cancelled)
            return;
        if (m_choosing == id)
            m_choosing.clear();
        const Expected<AudienceInfo> loaded = AudiencesApi::readAudience(r);
        if (!loaded) {
            showStatus(loaded.error(), true);
            return;
        }
        const AudienceInfo &a = *loaded;
        m_showProblems = true;
        m_doc->load(a);
        m_list->upsert(a);
        selectListRow(a.id);
        m_size->setText(a.size >= 0 ? tr("%1 members").arg(QLocale().toString(a.size)) : QString());
        loadCatalogue(a.dataSource);
        m_tree->expandAll();
        showStatus(tr("Loaded %1 (version %2).").arg(a.name).arg(a.version));
        Q_EMIT audienceLoaded(id);
    });
}

bool AudiencesPage::confirmDiscard()
{
    if (!m_doc->isModified())
        return true;
    // Loading replaces the edit history too, so unsaved work could not be undone back.
    const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%1 has unsaved changes. Discard them?")
                    .arg(m_doc->name().isEmpty() ? tr("This audience") : m_doc->name()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void AudiencesPage::newAudience()
{
    if (!confirmDiscard())
        return;
    m_showProblems = false;
    m_doc->startNew(QUuid::createUuid().toString(QUuid::WithoutBraces),
                    m_doc->dataSource().isEmpty() ? QStringLiteral("customer_360")
                                                  : m_doc->dataSource());
    selectListRow(QString());
    m_size->clear();
    applyCatalogue();
    m_tree->expandAll();
    selectCriteria(m_doc->criteria()->indexForPath({0}));
    m_name->setFocus();
    showStatus(tr("A new audience: name it and build its criteria."));
}

void AudiencesPage::loadCatalogue(const QString &source)
{
    if (m_catalogues.contains(source)) {
        applyCatalogue();
        return;
    }
    if (!session() || !AudiencesApi::dataSources().contains(source)
        || m_catalogueCalls.value(source))
        return;
    auto *call = AudiencesApi(session()->client()).fields(source);
    m_catalogueCalls.insert(source, call);
    connect(call, &CallHandle::finished, this, [this, source](const Result &r) {
        m_catalogueCalls.remove(source);
        const Expected<QList<AudienceField>> fields = AudiencesApi::readFields(r);
        if (!fields) {
            if (r.error != ErrorKind::Cancelled)
                showStatus(tr("The fields of %1 did not load: %2").arg(source, fields.error()),
                           true);
            return;
        }
        m_catalogues.insert(source, FieldCatalogue(source, *fields));
        applyCatalogue();
        Q_EMIT catalogueLoaded(source);
    });
}

void AudiencesPage::applyCatalogue()
{
    const auto it = m_catalogues.constFind(m_doc->dataSource());
    m_doc->criteria()->setCatalogue(
            it != m_catalogues.cend() ? *it : FieldCatalogue(m_doc->dataSource(), {}));
}

void AudiencesPage::updateForm()
{
    m_updatingForm = true;
    m_idLabel->setText(
            m_doc->audienceId()
            + (m_doc->version() >= 0 ? tr("  (version %1)").arg(m_doc->version()) : tr("  (new)")));
    if (m_name->text() != m_doc->name())
        m_name->setText(m_doc->name());
    if (m_description->text() != m_doc->description())
        m_description->setText(m_doc->description());
    m_dataSource->setCurrentIndex(m_dataSource->findData(m_doc->dataSource()));
    const QString exclusions = m_doc->exclusions().join(u'\n');
    if (m_exclusions->toPlainText().split(u'\n', Qt::SkipEmptyParts).join(u'\n') != exclusions)
        m_exclusions->setPlainText(exclusions);
    m_recalculate->setChecked(m_doc->recalculate());
    m_updatingForm = false;
    updateModifiedMark();
    updateExclusionProblems();
    // The catalogue follows the data source, undo included.
    if (m_doc->criteria()->catalogue().dataSource() != m_doc->dataSource())
        loadCatalogue(m_doc->dataSource());
}

void AudiencesPage::updateExclusionProblems()
{
    QStringList problems;
    const QStringList lines = m_exclusions->toPlainText().split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString id = lines.at(i).trimmed();
        if (id.isEmpty())
            continue;
        if (const QString p = exclusionProblem(id); !p.isEmpty())
            problems << tr("Line %1: %2").arg(i + 1).arg(p);
    }
    m_exclusionProblems->setText(problems.join(u'\n'));
    m_exclusionProblems->setVisible(!problems.isEmpty());
}

void AudiencesPage::commitExclusions()
{
    QStringList ids;
    for (const QString &line : m_exclusions->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            ids << line.trimmed();
    }
    m_doc->setExclusions(ids);
}

void AudiencesPage::updateFromDocument()
{
    m_plain->setPlainText(m_doc->plainLanguage());
    m_json->setPlainText(QString::fromUtf8(m_doc->toJson()));
    const QList<AudienceProblem> problems = m_doc->problems();
    m_problems->clear();
    if (!m_showProblems && !m_doc->isModified() && m_doc->version() < 0) {
        // An untouched new draft is not wrong yet: say what to do instead of listing errors.
        m_problems->addItem(tr("Name the audience, then choose a field for the first "
                               "condition (or pick an audience on the left to edit it)."));
        updateActions();
        return;
    }
    for (const AudienceProblem &p : problems)
        m_problems->addItem(
                audienceProblemText(p, m_doc->criteria()->root(), m_doc->criteria()->catalogue()));
    if (problems.isEmpty())
        m_problems->addItem(tr("No problems: ready to save."));
    updateActions();
}

void AudiencesPage::updateActions()
{
    const QModelIndex at = currentCriteria();
    const bool any = at.isValid();
    const bool top = any && !at.parent().isValid();
    m_delete->setEnabled(any && !top);
    m_moveUp->setEnabled(any && !top && at.row() > 0);
    m_moveDown->setEnabled(any && !top && at.row() + 1 < m_doc->criteria()->rowCount(at.parent()));
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
}

QModelIndex AudiencesPage::currentCriteria() const
{
    const QModelIndex i = m_tree->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0) : QModelIndex();
}

void AudiencesPage::selectCriteria(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus();
    updateActions();
}

void AudiencesPage::problemActivated(int row)
{
    const QList<AudienceProblem> problems = m_doc->problems();
    if (row < 0 || row >= problems.size())
        return;
    const AudienceProblem &p = problems.at(row);
    if (p.inCriteria) {
        selectCriteria(m_doc->criteria()->indexForPath(p.criteriaPath));
        return;
    }
    if (p.where == u"name")
        m_name->setFocus();
    else if (p.where == u"description")
        m_description->setFocus();
    else if (p.where == u"data_source")
        m_dataSource->setFocus();
    else if (p.where.startsWith(u"exclusions"))
        m_exclusions->setFocus();
}

void AudiencesPage::showStatus(const QString &text, bool problem)
{
    m_statusProblem = problem;
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b01c1c;") : QString());
}

QString AudiencesPage::statusText() const
{
    return m_status->text();
}

QString AudiencesPage::sizeText() const
{
    return m_size->text();
}

bool AudiencesPage::save()
{
    m_showProblems = true;
    // What is typed but not yet committed counts.
    if (m_name->text() != m_doc->name())
        m_doc->setName(m_name->text());
    if (m_description->text() != m_doc->description())
        m_doc->setDescription(m_description->text());
    if (m_exclusionsDebounce->isActive()) {
        m_exclusionsDebounce->stop();
        commitExclusions();
    }
    if (!session()) {
        showStatus(tr("Connect to a tenant first."), true);
        return false;
    }
    if (m_saveJob && !m_saveJob->isFinished()) {
        showStatus(tr("A save is already running."), true);
        return false;
    }
    const QList<AudienceProblem> problems = m_doc->problems();
    if (!problems.isEmpty()) {
        updateFromDocument(); // the list shows them now, even for a fresh draft
        showStatus(
                tr("Not saved: fix the %n problem(s) listed first.", nullptr, int(problems.size())),
                true);
        m_problems->setCurrentRow(0);
        m_problems->setFocus();
        return false;
    }
    AudienceSaveJob::Options options;
    options.catalogue = m_doc->criteria()->catalogue();
    options.limits = m_doc->criteria()->limits();
    const QString cdp = m_cdpUrl->text().trimmed();
    if (!cdp.isEmpty()) {
        const QUrl url(cdp);
        if (const QString problem = webhookUrlProblem(url, tr("The CDP webhook URL"));
            !problem.isEmpty()) {
            showStatus(problem, true);
            m_cdpUrl->setFocus();
            return false;
        }
        options.cdpUrl = url;
    }
    auto *job = new AudienceSaveJob(session()->client(), m_doc->audienceId(), m_doc->toPayload(),
                                    options);
    m_saveJob = job;
    m_saveButton->setEnabled(false);
    m_size->setText(tr("evaluating…"));
    showStatus(tr("Saving…"));
    connect(job, &AudienceSaveJob::saved, this, [this](const AudienceInfo &a) {
        m_doc->markSaved(a.version);
        updateForm();
        m_list->upsert(a);
        selectListRow(a.id); // the saved audience is the current row
        showStatus(tr("Saved as version %1; evaluating the size…").arg(a.version));
    });
    connect(job, &AudienceSaveJob::sizeReady, this, [this](qint64 size) {
        m_size->setText(tr("%1 members").arg(QLocale().toString(size)));
    });
    connect(job, &Job::finished, this, [this, job](JobState state) {
        m_saveButton->setEnabled(session() != nullptr);
        if (!job->savedAudience().id.isEmpty()) // a refused save stored nothing
            m_list->upsert(job->savedAudience());
        if (state == JobState::Succeeded) {
            QString text = job->size() >= 0
                                   ? tr("Saved. Size: %1.").arg(QLocale().toString(job->size()))
                                   : tr("Saved. The size is not known yet.");
            if (!job->cdpError().isEmpty())
                text += u' ' + tr("The CDP was not notified: %1").arg(job->cdpError());
            else if (job->cdpNotified())
                text += u' ' + tr("CDP notified.");
            showStatus(text, !job->cdpError().isEmpty());
            if (job->size() < 0)
                m_size->setText(tr("size pending"));
        } else {
            m_size->clear();
            showStatus(job->errorText(), true);
            if (job->conflictVersion() >= 0)
                resolveConflict(job->conflictVersion());
        }
        Q_EMIT saveFinished(state == JobState::Succeeded);
    });
    track(job);
    return true;
}

// Someone saved the audience since it was loaded: offer what a person would do next, in words.
void AudiencesPage::resolveConflict(qint64 theirVersion)
{
    const QString name = m_doc->name().isEmpty() ? tr("This audience") : m_doc->name();
    QMessageBox box(QMessageBox::Warning, tr("Saved by someone else"),
                    tr("%1 was saved by someone else while you edited it: the tenant holds "
                       "version %2, your edit started from version %3.")
                            .arg(name)
                            .arg(theirVersion)
                            .arg(m_doc->version()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Reload theirs to see their changes (your edit is dropped), "
                              "overwrite theirs with your edit, or keep editing."));
    box.button(QMessageBox::Save)->setText(tr("&Overwrite with mine"));
    box.button(QMessageBox::Discard)->setText(tr("&Reload theirs"));
    box.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
    box.setDefaultButton(QMessageBox::Cancel);
    const int answer = box.exec();
    if (answer == QMessageBox::Save) {
        m_doc->setVersion(theirVersion);
        save();
    } else if (answer == QMessageBox::Discard) {
        loadAudience(m_doc->audienceId());
    }
}

bool AudiencesPage::importFrom(const QString &path, QString *error)
{
    QByteArray bytes;
    QString why;
    if (!readBounded(path, 4 * 1024 * 1024, &bytes, &why, tr("the audience file %1").arg(path))) {
        // why says it
    } else if (!m_doc->importJson(bytes, &why)) {
        why = tr("%1: %2").arg(path, why);
    }
    if (!why.isEmpty()) {
        showStatus(why, true);
        if (error)
            *error = why;
        return false;
    }
    m_tree->expandAll();
    showStatus(tr("Imported %1 (Undo takes it back).").arg(path));
    return true;
}

bool AudiencesPage::exportTo(const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_doc->toJson()) < 0 || !f.commit()) {
        const QString why = tr("Cannot write %1: %2").arg(path, f.errorString());
        showStatus(why, true);
        if (error)
            *error = why;
        return false;
    }
    showStatus(tr("Exported to %1.").arg(path));
    return true;
}

void AudiencesPage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import audience"), QString(),
                                                      tr("JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void AudiencesPage::chooseExport()
{
    const QString name = m_doc->name().isEmpty() ? m_doc->audienceId() : m_doc->name();
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export audience"), name + QStringLiteral(".json"), tr("JSON (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
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
    if (m_splitSet || !m_split || !isVisible())
        return;
    const QList<int> sizes = m_split->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    const QHeaderView *header = m_listView->horizontalHeader();
    int columns = 0;
    for (int c = 0; c < header->count(); ++c)
        columns += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    // The pane grows by what the columns lack (a few pixels spare), up to 45 % of the page.
    const int lacking = columns + 4 - m_listView->viewport()->width();
    const int left = std::clamp(sizes.value(0) + lacking, sizes.value(0), total * 45 / 100);
    if (left != sizes.value(0))
        m_split->setSizes({left, total - left});
}

} // namespace cxone
