// The criteria tree model: every action one undo step, depth guard on add and drag and drop,
// problems on the row they concern, and the document around it.

#include "models/audiences/audiencedocument.h"
#include "models/audiences/criteriamodel.h"
#include "tests/audiences/audiencetesthelpers.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cxone;
using namespace audtest;

class TestCriteriaModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addConditionAndGroup();
    void editsAreOneStepEach();
    void removeAndUndo();
    void toggleOperator();
    void moves();
    void addGroupDepthGuard();
    void dragAndDropDepthGuard();
    void dropMovesAndUndoes();
    void capsRefuseAdding();
    void problemsOnRows();
    void documentUndoAndImport();
    void documentProblems();

private:
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CriteriaModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QModelIndex root() const { return m_model->index(0, 0); }
    QJsonObject json() const { return m_model->toJson(); }
};

void TestCriteriaModel::init()
{
    m_stack = std::make_unique<QUndoStack>();
    m_model = std::make_unique<CriteriaModel>(m_stack.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setCatalogue(customerCatalogue());
}

void TestCriteriaModel::cleanup()
{
    m_tester.reset();
    m_stack->clear();
    m_model.reset();
    m_stack.reset();
}

void TestCriteriaModel::addConditionAndGroup()
{
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowCount(root()), 0);
    const QModelIndex c = m_model->addCondition(root());
    QVERIFY(c.isValid());
    QCOMPARE(m_model->rowCount(root()), 1);
    const QModelIndex g = m_model->addGroup(root());
    QVERIFY(g.isValid());
    QVERIFY(g.data(CriteriaModel::IsGroupRole).toBool());
    QCOMPARE(g.data(CriteriaModel::OperatorRole).toString(), QStringLiteral("OR"));
    // A new group is never empty: it comes with one blank condition.
    QCOMPARE(m_model->rowCount(g), 1);
    // Adding "at" a condition puts the new one right after it.
    const QModelIndex after = m_model->addCondition(c);
    QCOMPARE(after.row(), 1);
    QCOMPARE(m_stack->count(), 3);
    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_model->rowCount(root()), 0);
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(m_model->rowCount(root()), 2);
    QVERIFY(m_model->index(1, 0, root()).data(CriteriaModel::IsGroupRole).toBool());
}

void TestCriteriaModel::editsAreOneStepEach()
{
    const QModelIndex c = m_model->addCondition(root());
    const int base = m_stack->count();
    QVERIFY(m_model->setData(c.siblingAtColumn(CriteriaModel::FieldColumn),
                             QStringLiteral("employee_count")));
    // The field's type picks a valid operator.
    QCOMPARE(c.data(CriteriaModel::OperatorRole).toString(), QStringLiteral("equals"));
    QVERIFY(m_model->setData(c.siblingAtColumn(CriteriaModel::OperatorColumn),
                             QStringLiteral("greater_than")));
    QVERIFY(m_model->setData(c.siblingAtColumn(CriteriaModel::ValueColumn), QStringLiteral("500")));
    QCOMPARE(m_stack->count(), base + 3);
    QCOMPARE(json(), group("AND", {cond("employee_count", "greater_than", 500)}));
    QVERIFY(m_model->problems().isEmpty());

    // A value that does not parse is refused with a reason and adds no step.
    QSignalSpy refused(m_model.get(), &CriteriaModel::refused);
    QVERIFY(refused.isValid());
    QVERIFY(!m_model->setData(c.siblingAtColumn(CriteriaModel::ValueColumn),
                              QStringLiteral("lots")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(m_model->lastEditError().contains(QStringLiteral("whole number")));
    QCOMPARE(m_stack->count(), base + 3);
    // Setting the same value again adds no step either.
    QVERIFY(m_model->setData(c.siblingAtColumn(CriteriaModel::ValueColumn), QStringLiteral("500")));
    QCOMPARE(m_stack->count(), base + 3);

    // Switching to a list operator keeps the value as a one-item list.
    QVERIFY(m_model->setConditionOperator(c, QStringLiteral("between")));
    QVERIFY(c.data(CriteriaModel::ValueRole).value<QJsonValue>().isUndefined());
    m_stack->undo();
    QCOMPARE(json(), group("AND", {cond("employee_count", "greater_than", 500)}));

    // A new field of another type resets what no longer fits.
    QVERIFY(m_model->setConditionField(c, QStringLiteral("industry")));
    QCOMPARE(c.data(CriteriaModel::OperatorRole).toString(), QStringLiteral("equals"));
    QVERIFY(c.data(CriteriaModel::ValueRole).value<QJsonValue>().isUndefined());
    QCOMPARE(c.data(CriteriaModel::EnumValuesRole).toStringList().size(), 3);
    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(json(),
             group("AND", {cond("employee_count", "equals", QJsonValue(QJsonValue::Undefined))}));
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(json(), group("AND", {cond("employee_count", "greater_than", 500)}));
}

void TestCriteriaModel::removeAndUndo()
{
    m_model->resetCriteria(CriteriaNode::fromJson(
            group("AND", {cond("is_vip", "equals", true),
                          group("OR", {cond("city", "equals", QStringLiteral("Lyon")),
                                       cond("city", "equals", QStringLiteral("Paris"))})}),
            nullptr));
    const QJsonObject before = json();
    QString why;
    QVERIFY(!m_model->removeNode(root(), &why));
    QVERIFY(why.contains(QStringLiteral("top group")));
    QVERIFY(m_model->removeNode(m_model->indexForPath({1}), &why));
    QCOMPARE(json(), group("AND", {cond("is_vip", "equals", true)}));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(json(), before);
    m_stack->redo();
    QCOMPARE(m_model->rowCount(root()), 1);
}

void TestCriteriaModel::toggleOperator()
{
    const QModelIndex g = m_model->addGroup(root());
    QVERIFY(m_model->toggleGroupOperator(root()));
    QCOMPARE(root().data(CriteriaModel::OperatorRole).toString(), QStringLiteral("OR"));
    QVERIFY(m_model->toggleGroupOperator(g));
    QCOMPARE(g.data(CriteriaModel::OperatorRole).toString(), QStringLiteral("AND"));
    // Through the inline editor as well.
    QVERIFY(m_model->setData(g, QStringLiteral("or")));
    QCOMPARE(g.data(CriteriaModel::OperatorRole).toString(), QStringLiteral("OR"));
    QVERIFY(!m_model->setData(g, QStringLiteral("XOR")));
    QCOMPARE(m_stack->count(), 4);
    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(root().data(CriteriaModel::OperatorRole).toString(), QStringLiteral("AND"));
    QCOMPARE(m_model->indexForPath({0}).data(CriteriaModel::OperatorRole).toString(),
             QStringLiteral("OR"));
}

void TestCriteriaModel::moves()
{
    m_model->resetCriteria(CriteriaNode::fromJson(
            group("AND", {cond("city", "equals", QStringLiteral("A")),
                          cond("city", "equals", QStringLiteral("B")),
                          group("OR", {cond("city", "equals", QStringLiteral("C"))})}),
            nullptr));
    const QJsonObject original = json();
    QModelIndex b = m_model->moveUp(m_model->indexForPath({1}));
    QCOMPARE(m_model->pathOf(b), (QList<int>{0}));
    QCOMPARE(json().value(u"conditions").toArray().at(0).toObject().value(u"value").toString(),
             QStringLiteral("B"));
    // Indent into the group just above: A (now row 1) has the group below it, not above.
    QString why;
    QVERIFY(!m_model->indent(m_model->indexForPath({1}), &why).isValid());
    QVERIFY(!why.isEmpty());
    const QModelIndex a = m_model->moveDown(m_model->indexForPath({1}));
    QCOMPARE(m_model->pathOf(a), (QList<int>{2}));
    const QModelIndex inGroup = m_model->indent(a);
    QCOMPARE(m_model->pathOf(inGroup), (QList<int>{1, 1}));
    const QModelIndex out = m_model->outdent(inGroup);
    QCOMPARE(m_model->pathOf(out), (QList<int>{2}));
    QCOMPARE(m_stack->count(), 4);
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(json(), original);
    while (m_stack->canRedo())
        m_stack->redo();
    QCOMPARE(m_model->indexForPath({2}).data(CriteriaModel::FieldNameRole).toString(),
             QStringLiteral("city"));
}

void TestCriteriaModel::addGroupDepthGuard()
{
    m_model->resetCriteria(CriteriaNode::fromJson(nested(5), nullptr));
    QList<int> deepest;
    for (int i = 0; i < 4; ++i)
        deepest.append(1);
    const QModelIndex level5 = m_model->indexForPath(deepest);
    QCOMPARE(level5.data(CriteriaModel::LevelRole).toInt(), 5);
    QVERIFY(m_model->problems().isEmpty());
    QSignalSpy refused(m_model.get(), &CriteriaModel::refused);
    QVERIFY(refused.isValid());
    QString why;
    QVERIFY(!m_model->addGroup(level5, &why).isValid());
    QVERIFY2(why.contains(QStringLiteral("6 levels")), qPrintable(why));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(m_stack->count(), 0);
    // A condition still fits at level 5.
    QVERIFY(m_model->addCondition(level5, &why).isValid());
}

void TestCriteriaModel::dragAndDropDepthGuard()
{
    // Top (1) holds a group two levels high at row 1, and a chain down to level 4.
    const QJsonObject twoHigh = group("OR", {cond("is_vip", "equals", true),
                                             group("AND", {cond("is_vip", "equals", false)})});
    const QJsonObject chain = group(
            "AND", {cond("city", "equals", QStringLiteral("x")),
                    group("OR", {cond("city", "equals", QStringLiteral("y")),
                                 group("AND", {cond("city", "equals", QStringLiteral("z"))})})});
    m_model->resetCriteria(CriteriaNode::fromJson(
            group("AND", {cond("employee_count", "greater_than", 1), twoHigh, chain}), nullptr));
    const QModelIndex twoHighIndex = m_model->indexForPath({1});
    const QModelIndex level3 = m_model->indexForPath({2, 1});
    const QModelIndex level4 = m_model->indexForPath({2, 1, 1});
    QCOMPARE(level4.data(CriteriaModel::LevelRole).toInt(), 4);

    std::unique_ptr<QMimeData> mime(m_model->mimeData({twoHighIndex}));
    QVERIFY(mime);
    // Into level 3: its groups land on levels 4 and 5: allowed.
    QVERIFY(m_model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, level3));
    // Into level 4: levels 5 and 6: refused, and a drop there changes nothing.
    QVERIFY(!m_model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, level4));
    const QJsonObject before = json();
    QSignalSpy refused(m_model.get(), &CriteriaModel::refused);
    QVERIFY(refused.isValid());
    QVERIFY(!m_model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, level4));
    QCOMPARE(json(), before);
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("6 levels")));
    QCOMPARE(m_stack->count(), 0);
    // A condition may go anywhere; a group never into itself; nothing onto a condition.
    std::unique_ptr<QMimeData> condition(m_model->mimeData({m_model->indexForPath({0})}));
    QVERIFY(m_model->canDropMimeData(condition.get(), Qt::MoveAction, -1, 0, level4));
    std::unique_ptr<QMimeData> chainMime(m_model->mimeData({m_model->indexForPath({2})}));
    QVERIFY(!m_model->canDropMimeData(chainMime.get(), Qt::MoveAction, -1, 0, level3));
    QVERIFY(!m_model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0,
                                      m_model->indexForPath({0})));
    // The top group cannot be dragged.
    QVERIFY(!m_model->mimeData({root()}));
    QVERIFY(!(m_model->flags(root()) & Qt::ItemIsDragEnabled));
}

void TestCriteriaModel::dropMovesAndUndoes()
{
    m_model->resetCriteria(CriteriaNode::fromJson(
            group("AND", {cond("city", "equals", QStringLiteral("A")),
                          group("OR", {cond("city", "equals", QStringLiteral("B"))}),
                          cond("city", "equals", QStringLiteral("C"))}),
            nullptr));
    const QJsonObject before = json();
    std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->indexForPath({2})}));
    QVERIFY(m_model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, m_model->indexForPath({1})));
    QCOMPARE(json(), group("AND", {cond("city", "equals", QStringLiteral("A")),
                                   group("OR", {cond("city", "equals", QStringLiteral("C")),
                                                cond("city", "equals", QStringLiteral("B"))})}));
    // Dropping the first row below the group (a later sibling) shifts rows correctly.
    std::unique_ptr<QMimeData> first(m_model->mimeData({m_model->indexForPath({0})}));
    QVERIFY(m_model->dropMimeData(first.get(), Qt::MoveAction, 2, 0, root()));
    QCOMPARE(m_model->indexForPath({1}).data(Qt::EditRole).toString(), QStringLiteral("city"));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(json(), before);
}

void TestCriteriaModel::capsRefuseAdding()
{
    CriteriaLimits limits;
    limits.maxPerGroup = 2;
    limits.maxTotal = 3;
    m_model->setLimits(limits);
    QString why;
    QVERIFY(m_model->addCondition(root(), &why).isValid());
    QVERIFY(m_model->addCondition(root(), &why).isValid());
    QVERIFY(!m_model->addCondition(root(), &why).isValid());
    QVERIFY(why.contains(QStringLiteral("at most 2")));
    QVERIFY(m_model->addGroup(root(), &why).isValid());  // groups do not count per group
    QVERIFY(!m_model->addGroup(root(), &why).isValid()); // but their condition counts in all
    QVERIFY(why.contains(QStringLiteral("at most 3")));
}

void TestCriteriaModel::problemsOnRows()
{
    m_model->resetCriteria(CriteriaNode::fromJson(
            group("AND", {cond("employee_count", "greater_than", QStringLiteral("many")),
                          group("OR", {}), cond("is_vip", "equals", true)}),
            nullptr));
    QCOMPARE(m_model->problems().size(), 2);
    const QModelIndex bad = m_model->indexForPath({0}, CriteriaModel::ProblemColumn);
    QVERIFY(bad.data().toString().contains(QStringLiteral("whole number")));
    QVERIFY(m_model->indexForPath({1})
                    .data(CriteriaModel::ProblemRole)
                    .toString()
                    .contains(QStringLiteral("empty")));
    QVERIFY(m_model->indexForPath({2}).data(CriteriaModel::ProblemRole).toString().isEmpty());
    QVERIFY(m_model->indexForPath({0})
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("Problem")));
    // Fixing the value clears that row's problem and tells the view.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    QVERIFY(m_model->setData(m_model->indexForPath({0}, CriteriaModel::ValueColumn),
                             QStringLiteral("12")));
    QVERIFY(bad.data().toString().isEmpty());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_model->problems().size(), 1);
    QCOMPARE(m_model->plainLanguage(),
             QStringLiteral("employee_count > 12 AND (empty group) AND is_vip = true"));
}

void TestCriteriaModel::documentUndoAndImport()
{
    AudienceDocument doc;
    QAbstractItemModelTester tester(doc.criteria(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    doc.startNew(QStringLiteral("new-1"), QStringLiteral("customer_360"));
    QVERIFY(!doc.isModified());
    QSignalSpy changed(&doc, &AudienceDocument::changed);
    QVERIFY(changed.isValid());
    doc.setName(QStringLiteral("First"));
    doc.setName(QStringLiteral("First")); // no change, no step
    doc.setDescription(QStringLiteral("about"));
    doc.setExclusions({QStringLiteral("3bae2a1b-40e2-4fda-b4a2-28aa92b623a7")});
    doc.setRecalculate(false);
    doc.setDataSource(QStringLiteral("crm_sync"));
    QCOMPARE(doc.undoStack()->count(), 5);
    QVERIFY(doc.isModified());
    QVERIFY(changed.count() >= 5);
    doc.undoStack()->undo();
    QCOMPARE(doc.dataSource(), QStringLiteral("customer_360"));
    doc.undoStack()->undo();
    QVERIFY(doc.recalculate());
    doc.undoStack()->undo();
    QVERIFY(doc.exclusions().isEmpty());

    // Export, change, import: one step that puts everything back; undo takes it away again.
    const QByteArray exported = doc.toJson();
    doc.setName(QStringLiteral("Changed"));
    doc.criteria()->toggleGroupOperator(doc.criteria()->index(0, 0));
    const int steps = doc.undoStack()->count();
    QString error;
    QVERIFY2(doc.importJson(exported, &error), qPrintable(error));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.name(), QStringLiteral("First"));
    QCOMPARE(doc.toJson(), exported);
    doc.undoStack()->undo();
    QCOMPARE(doc.name(), QStringLiteral("Changed"));
    QCOMPARE(doc.criteria()->root().op(), QStringLiteral("OR"));

    QVERIFY(!doc.importJson("{not json", &error));
    QVERIFY(error.startsWith(QStringLiteral("Not JSON")));
    QVERIFY(!doc.importJson(R"({"name":"x"})", &error));
    QVERIFY(error.contains(QStringLiteral("criteria")));
    QVERIFY(!doc.importJson(R"({"criteria":{"operator":"AND","conditions":[5]}})", &error));
    QVERIFY(error.contains(QStringLiteral("criteria.conditions[0]")));
    QCOMPARE(doc.name(), QStringLiteral("Changed")); // a failed import changes nothing
}

void TestCriteriaModel::documentProblems()
{
    AudienceDocument doc;
    doc.startNew(QStringLiteral("new-2"), QStringLiteral("customer_360"));
    doc.criteria()->setCatalogue(customerCatalogue());
    QStringList wheres;
    for (const AudienceProblem &p : doc.problems())
        wheres << p.where;
    QCOMPARE(wheres,
             (QStringList{QStringLiteral("name"), QStringLiteral("criteria.conditions[0]")}));
    const QList<AudienceProblem> problems = doc.problems();
    QVERIFY(problems.at(1).inCriteria);
    QCOMPARE(problems.at(1).criteriaPath, (QList<int>{0}));
    QVERIFY(problems.at(1).message.contains(QStringLiteral("Choose a field")));
}

QTEST_MAIN(TestCriteriaModel)
#include "test_criteriamodel.moc"
