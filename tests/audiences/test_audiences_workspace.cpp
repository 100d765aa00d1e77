// The audiences workspace without a widget, against the simulator: the list loads, a fresh
// draft asks for a name instead of listing errors, a draft with problems is not saved, a whole
// audience is saved and its size read, someone else's save is met with a conflict that can be
// overwritten, another audience opens, and files go in and out.
#include "tests/support/modelhelpers.h"
#include "tests/support/simsession.h"

#include "app/simulator/modules/audiencesdata.h"
#include "models/audiences/audiencedocument.h"
#include "models/audiences/audiencelistmodel.h"
#include "models/audiences/audiencesworkspace.h"
#include "models/audiences/criteriamodel.h"
#include "models/engine/jobs/jobregistry.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cxone;
using cxone::testsupport::SignalRecorder;

class TestAudiencesWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editSaveConflictOpen()
    {
        // given: the small demo tenant, its size read quickly
        sim::EmbeddedSimulator sim;
        sim::SimConfig config;
        config.scale = sim::Scale::Small;
        QVERIFY(simfixture::startSim(sim, config));
        sim.run([](sim::TenantSimulator &s) {
            s.state()
                    .partAs<sim::AudiencesPart>(QStringLiteral("audiences"))
                    ->setEvaluationDelayMs(50);
        });
        JobRegistry jobs;
        const auto session = simfixture::makeSession(sim, &jobs);
        AudiencesWorkspace ws;
        AudienceDocument *doc = ws.document();
        QAbstractItemModelTester listTester(ws.list(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester criteriaTester(
                doc->criteria(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy listLoaded(&ws, &AudiencesWorkspace::listLoaded);
        QSignalSpy catalogue(&ws, &AudiencesWorkspace::catalogueLoaded);
        QSignalSpy saved(&ws, &AudiencesWorkspace::saveFinished);
        QSignalSpy conflict(&ws, &AudiencesWorkspace::conflict);
        QSignalSpy loaded(&ws, &AudiencesWorkspace::audienceLoaded);
        QVERIFY(listLoaded.isValid() && catalogue.isValid() && saved.isValid());
        QVERIFY(conflict.isValid() && loaded.isValid());

        // when: no session; then: nothing can be saved, and the status says why
        ws.setSession(nullptr);
        QVERIFY(!ws.canApply());
        QVERIFY(!ws.save());
        QVERIFY(ws.statusIsProblem());

        // when: the session comes; then: the list and the catalogue of the draft's source load
        ws.setSession(session.get());
        QTRY_COMPARE_WITH_TIMEOUT(listLoaded.size(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!catalogue.isEmpty(), 30000);
        QVERIFY(ws.list()->rowCount() >= 6);
        QVERIFY(ws.status().endsWith(u"audience(s).") || ws.status().contains(u"audiences"));

        // a fresh draft: a hint, not errors; unnamed, it is a "New audience"
        ws.startNew();
        QCOMPARE(ws.titleText(), QStringLiteral("New audience"));
        QCOMPARE(ws.problemTexts().size(), 1);
        QVERIFY(ws.problemTexts().first().startsWith(u"Name the audience"));
        QVERIFY(!ws.save()); // with problems: refused, and they show now
        QVERIFY(ws.status().startsWith(u"Not saved: fix the"));
        QVERIFY(ws.statusIsProblem());
        QVERIFY(!ws.problemTexts().first().startsWith(u"Name the audience"));

        // when: named and given one whole condition
        SignalRecorder recorder(&ws);
        doc->setName(QStringLiteral("Big companies"));
        QCOMPARE(ws.titleText(), QStringLiteral("Big companies \u25CF"));
        QCOMPARE(ws.status(), AudiencesWorkspace::unsavedText());
        QVERIFY(recorder.names().contains(u"titleChanged"));
        CriteriaModel *c = doc->criteria();
        QVERIFY(c->setData(c->indexForPath({0}, CriteriaModel::FieldColumn),
                           QStringLiteral("employee_count")));
        QVERIFY(c->setData(c->indexForPath({0}, CriteriaModel::OperatorColumn),
                           QStringLiteral("greater_than")));
        QVERIFY(c->setData(c->indexForPath({0}, CriteriaModel::ValueColumn),
                           QStringLiteral("500")));
        QCOMPARE(ws.problemTexts(), QStringList{QStringLiteral("No problems: ready to save.")});

        // then: it saves, and the size is the simulator's count
        QVERIFY(ws.save());
        QVERIFY(ws.isSaving());
        QCOMPARE(ws.sizeText(), QStringLiteral("evaluating…"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
        QCOMPARE(saved.first().first().toBool(), true);
        QCOMPARE(doc->version(), qint64(1));
        QVERIFY(!doc->isModified());
        QCOMPARE(ws.titleText(), QStringLiteral("Big companies"));
        qint64 expected = -1;
        sim.run([&](sim::TenantSimulator &s) {
            expected = s.state()
                               .partAs<sim::AudiencesPart>(QStringLiteral("audiences"))
                               ->evaluate(QStringLiteral("customer_360"), c->toJson(), {});
        });
        QCOMPARE(ws.sizeText(), QStringLiteral("%1 members").arg(QLocale().toString(expected)));
        QVERIFY(ws.list()->rowOf(doc->audienceId()) >= 0);

        // when: someone else saves it meanwhile; then: a conflict naming their version
        const QString id = doc->audienceId();
        sim.run([&](sim::TenantSimulator &s) {
            auto &stored = s.state()
                                   .partAs<sim::AudiencesPart>(QStringLiteral("audiences"))
                                   ->audiences();
            stored.at(id).version += 1;
        });
        doc->setName(QStringLiteral("Mine"));
        QVERIFY(ws.save());
        QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 30000);
        QCOMPARE(conflict.first().first().toLongLong(), 2);
        QVERIFY(ws.conflictText(2).contains(u"the tenant holds version 2"));
        // and overwriting saves over theirs
        QVERIFY(ws.overwrite(2));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 3, 30000);
        QCOMPARE(saved.last().first().toBool(), true);
        QCOMPARE(doc->version(), qint64(3));

        // when: another audience opens; then: the editor holds it, unmodified
        const QString other
                = ws.list()->index(0, 0).data(AudienceListModel::IdRole).toString() == id
                          ? ws.list()->index(1, 0).data(AudienceListModel::IdRole).toString()
                          : ws.list()->index(0, 0).data(AudienceListModel::IdRole).toString();
        QSignalSpy current(&ws, &AudiencesWorkspace::current);
        ws.load(other);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(doc->audienceId(), other);
        QCOMPARE(current.last().first().toString(), other);
        QVERIFY(!doc->isModified());

        // files: exported and imported back as one undoable step; a broken file changes nothing
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.json"));
        QVERIFY(ws.exportTo(path));
        const QString before = doc->name();
        doc->setName(QStringLiteral("Changed"));
        QVERIFY(ws.importFrom(path));
        QCOMPARE(doc->name(), before);
        doc->undoStack()->undo();
        QCOMPARE(doc->name(), QStringLiteral("Changed"));
        QString error;
        QVERIFY(!ws.importFrom(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(ws.statusIsProblem());

        // when: the session goes; then: the list goes with it
        ws.setSession(nullptr);
        QCOMPARE(ws.list()->rowCount(), 0);
        sim.stop();
    }
};

QTEST_MAIN(TestAudiencesWorkspace)
#include "test_audiences_workspace.moc"
