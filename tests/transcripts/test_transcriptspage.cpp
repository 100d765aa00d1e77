// The Transcripts page driven through its widgets against the simulator: search a period, narrow
// it with the filter, select interactions, extract them into a folder and the demo data lake,
// follow the artifacts, and open a masked transcript whose masks show as chips.
#include "tests/support/simsession.h"
#include "tests/support/widgetlookup.h"

#include "app/simulator/modules/transcriptsmodule.h"
#include "models/engine/jobs/jobregistry.h"
#include "models/engine/session/tenantsession.h"
#include "models/transcripts/transcriptsworkspace.h"
#include "ui/transcripts/transcriptspage.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cxone;
using cxone::testsupport::widgetNamed;

namespace {

// The page shown, over the demo tenant's transcripts (the same in every test) and a session
// signed in to it; the page is given the session by each test, when it is ready for it.
struct DemoPage
{
    sim::EmbeddedSimulator sim;
    JobRegistry jobs;
    std::unique_ptr<TenantSession> session;
    TranscriptsPage page{nullptr};

    bool start()
    {
        sim::SimConfig config;
        config.seed = 7;
        if (!simfixture::startSim(sim, config))
            return false;
        session = simfixture::makeSession(sim, &jobs);
        page.resize(1400, 900);
        page.show();
        return true;
    }
};

} // namespace

class TestTranscriptsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void searchExtractAndRead()
    {
        DemoPage demo;
        QVERIFY(demo.start());
        TranscriptsPage &page = demo.page;
        TranscriptsWorkspace *ws = page.workspace();
        QAbstractItemModelTester interactionsTester(
                ws->interactions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester artifactsTester(
                ws->artifacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setSession(demo.session.get());

        // Every control has a name.
        for (QWidget *w : page.findChildren<QWidget *>()) {
            if ((qobject_cast<QPushButton *>(w) || qobject_cast<QLineEdit *>(w)
                 || qobject_cast<QCheckBox *>(w) || qobject_cast<QTableView *>(w))
                && w->isVisible() && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        // On the demo tenant the data lake is the demo's own.
        auto *lake = widgetNamed<QLineEdit>(&page, QStringLiteral("Data-lake URL"));
        QVERIFY(lake && lake->text().endsWith(u"/_sim/webhooks/lake"));

        // Search the default period (yesterday and today), chats only.
        widgetNamed<QCheckBox>(&page, QStringLiteral("Voice interactions"))->setChecked(false);
        widgetNamed<QCheckBox>(&page, QStringLiteral("Email interactions"))->setChecked(false);
        QSignalSpy searched(ws, &TranscriptsWorkspace::searchFinished);
        QTest::mouseClick(widgetNamed<QPushButton>(&page, QStringLiteral("Search interactions")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(searched.size() == 1, 30000);
        QVERIFY(searched.first().first().toBool());
        const int found = ws->interactions()->rowCount();
        QVERIFY(found > 10);
        for (const InteractionInfo &i : ws->interactions()->interactions())
            QCOMPARE(i.mediaType, QStringLiteral("chat"));
        auto *foundLabel = widgetNamed<QLabel>(&page, QStringLiteral("Interactions found"));
        QVERIFY2(foundLabel->text().contains(QLocale().toString(found)),
                 qPrintable(foundLabel->text()));

        // The filter narrows by agent; sorting by start puts the newest first.
        const QString agent = ws->interactions()->at(0).agentName;
        widgetNamed<QLineEdit>(&page, QStringLiteral("Filter interactions"))->setText(agent);
        QTableView *view = widgetNamed<QTableView>(&page, QStringLiteral("Interactions"));
        QVERIFY(view->model()->rowCount() < found);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QCOMPARE(view->model()->index(r, InteractionsModel::Agent).data().toString(), agent);
        widgetNamed<QLineEdit>(&page, QStringLiteral("Filter interactions"))->clear();
        QCOMPARE(view->model()->rowCount(), found);

        // Select six rows and extract them.
        view->selectionModel()->clearSelection();
        for (int r = 0; r < 6; ++r)
            view->selectionModel()->select(view->model()->index(r, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *extract = widgetNamed<QPushButton>(&page, QStringLiteral("Extract transcripts"));
        QVERIFY2(extract->text().contains(u"6 transcripts"), qPrintable(extract->text()));
        QTemporaryDir dir;
        ws->setOutput(dir.filePath(QStringLiteral("out")));
        QSignalSpy finished(ws, &Workspace::jobFinished);
        QTest::mouseClick(extract, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        auto *job = qobject_cast<TranscriptExtractJob *>(finished.first().first().value<Job *>());
        QVERIFY(job);
        QVERIFY2(job->state() == JobState::Succeeded, qPrintable(job->errorText()));
        QCOMPARE(ws->artifacts()->rowCount(), 6);
        for (int r = 0; r < 6; ++r)
            QCOMPARE(ws->artifacts()->at(r).state, QStringLiteral("pushed"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("out")))
                         .entryList({QStringLiteral("*.json")}, QDir::Files)
                         .size(),
                 6);
        QVERIFY(widgetNamed<QLabel>(&page, QStringLiteral("Extraction result"))
                        ->text()
                        .contains(u"6 pushed"));

        // Open the transcript with the most masks: chips, not raw values.
        int best = 0;
        for (int r = 1; r < 6; ++r) {
            if (ws->artifacts()->at(r).counts.total() > ws->artifacts()->at(best).counts.total())
                best = r;
        }
        QVERIFY(ws->artifacts()->at(best).counts.total() > 0);
        auto *artifactsView
                = widgetNamed<QTableView>(&page, QStringLiteral("Transcripts extracted"));
        auto *viewer = widgetNamed<QTextBrowser>(&page, QStringLiteral("Masked transcript"));
        artifactsView->setCurrentIndex(
                artifactsView->model()->index(artifactsView->model()->rowCount() - 1 - best, 0));
        QVERIFY(ws->openTranscript(ws->artifacts()->at(best).interactionId));
        const QString html = viewer->toHtml();
        QVERIFY2(html.contains(u"background-color"), "masks show as coloured chips");
        QVERIFY(html.contains(u"Customer") && html.contains(u"Agent"));
        QVERIFY(!viewer->toPlainText().contains(u'@'));
    }

    // What the page says when a run ends: a cancelled run reads cancelled (not "Cancelling…"); a
    // run where a few recordings are archived completed with that many failures, in the console's
    // words (the checkbox, not the command line's flag), and the line about asking again for the
    // others is gone once they were produced.
    void runsEndAsTheyDid()
    {
        DemoPage demo;
        QVERIFY(demo.start());
        TranscriptsPage &page = demo.page;
        TranscriptsWorkspace *ws = page.workspace();
        page.setSession(demo.session.get());

        // The demo's interactions all started in the past.
        QSignalSpy searched(ws, &TranscriptsWorkspace::searchFinished);
        QTest::mouseClick(widgetNamed<QPushButton>(&page, QStringLiteral("Search interactions")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(searched.size() == 1, 30000);
        const int found = ws->interactions()->rowCount();
        QVERIFY(found > 20);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const InteractionInfo &i : ws->interactions()->interactions())
            QVERIFY2(i.startedAt <= now, qPrintable(i.startedAt.toString(Qt::ISODate)));

        auto *status = widgetNamed<QLabel>(&page, QStringLiteral("Status"));
        auto *extract = widgetNamed<QPushButton>(&page, QStringLiteral("Extract transcripts"));
        auto *cancel = widgetNamed<QPushButton>(&page, QStringLiteral("Cancel the running step"));
        QVERIFY(status && extract && cancel);
        QTemporaryDir dir;
        QSignalSpy finished(ws, &Workspace::jobFinished);

        // Cancelled at once: the status ends cancelled, and says how to finish the run.
        ws->setOutput(dir.filePath(QStringLiteral("cancelled")));
        QTest::mouseClick(extract, Qt::LeftButton);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QCOMPARE(ws->extraction()->state(), JobState::Cancelled);
        QVERIFY2(status->text().startsWith(u"Extraction cancelled"), qPrintable(status->text()));
        QVERIFY(status->text().contains(u"Continue the run in this output"));

        // Two archived recordings among all that were found.
        QStringList archived;
        for (int r = 0; r < 2; ++r)
            archived << ws->shownInteractions()
                                ->index(r * 3, InteractionsModel::Id)
                                .data()
                                .toString();
        demo.sim.run([&](sim::TenantSimulator &t) {
            auto &part = sim::partOf<sim::TranscriptsPart>(t.state());
            for (const QString &id : std::as_const(archived))
                part.interactions[size_t(part.byId.value(id))].archived = true;
        });
        ExtractSettings s = ws->settings();
        s.output = dir.filePath(QStringLiteral("failures"));
        s.resume = false;
        ws->setSettings(s);
        QSignalSpy statuses(ws, &Workspace::statusChanged);
        QTest::mouseClick(extract, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 120000);
        QCOMPARE(ws->extraction()->state(), JobState::CompletedWithFailures);
        QCOMPARE(status->text(), QStringLiteral("Extraction completed with 2 failures."));
        QCOMPARE(ws->artifacts()->rowCount(), found);

        // The tenant's refusal was said while the others were asked for again, then withdrawn.
        QStringList said;
        for (const QList<QVariant> &args : std::as_const(statuses))
            said << args.first().toString();
        qsizetype asked = -1;
        for (qsizetype i = 0; i < said.size() && asked < 0; ++i)
            asked = said.at(i).contains(u"asking again for the other") ? i : -1;
        QVERIFY2(asked >= 0, qPrintable(said.join(u" | ")));
        QVERIFY2(said.indexOf(QString(), asked) > asked, qPrintable(said.join(u" | ")));
        QVERIFY(!status->text().contains(u"asking again"));

        // What to do next names the page's checkbox, not a flag.
        const QString result
                = widgetNamed<QLabel>(&page, QStringLiteral("Extraction result"))->text();
        QVERIFY2(result.contains(u"Continue the run in this output"), qPrintable(result));
        for (QLabel *label : page.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(u"--"), qPrintable(label->text()));
        for (int r = 0; r < ws->artifacts()->rowCount(); ++r)
            QVERIFY(!ws->artifacts()->at(r).error.contains(u"--resume"));
    }

    // A QA team's own labelled lines scored from the page under the policy chosen there; a file
    // that is not a gold file says why.
    void scoresMaskingOnAGoldFile()
    {
        TranscriptsPage page(nullptr);
        page.show();
        QTemporaryDir dir;
        const QString gold = dir.filePath(QStringLiteral("gold.jsonl"));
        {
            QFile f(gold);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"text\":\"call me at 415 555 0132 5 pm\",\"entities\":[{\"type\":"
                    "\"phone\",\"start\":11,\"end\":23}]}\n"
                    "{\"text\":\"order 7 arrived\",\"entities\":[]}\n");
        }
        auto *policy = widgetNamed<QComboBox>(&page, QStringLiteral("Mask policy"));
        QVERIFY(policy);
        policy->setCurrentIndex(1);
        QCOMPARE(page.workspace()->settings().maskPolicy, MaskPolicy::Balanced);
        QCOMPARE(page.workspace()->settings().options({}).maskPolicy, MaskPolicy::Balanced);
        QVERIFY(widgetNamed<QPushButton>(&page,
                                         QStringLiteral("Score masking against a labelled file")));
        auto *viewer = widgetNamed<QTextBrowser>(&page, QStringLiteral("Masked transcript"));
        QVERIFY(viewer);
        // The button asks for the file; the workspace scores what was chosen.
        QSignalSpy done(page.workspace(), &TranscriptsWorkspace::evaluationFinished);
        QVERIFY(done.isValid());
        page.workspace()->evaluateGold(gold);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(done.first().first().toBool(), true);
        const QString table = viewer->toPlainText();
        QVERIFY2(table.contains(u"Masking policy balanced; 2 lines, 1 of them without personal"),
                 qPrintable(table));
        QVERIFY2(table.contains(QRegularExpression(
                         QStringLiteral("\\nphone +1 +1 +1\\.0000 +10 +0 +0\\.00 %"))),
                 qPrintable(table));

        const QString bad = dir.filePath(QStringLiteral("bad.jsonl"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"text\":\"abc\",\"entities\":[{\"type\":\"phone\",\"start\":1,"
                    "\"end\":9}]}\n");
        }
        page.workspace()->evaluateGold(bad);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 30000);
        QCOMPARE(done.last().first().toBool(), false);
        QVERIFY2(viewer->toPlainText().contains(u"line 1"), qPrintable(viewer->toPlainText()));
    }
};

QTEST_MAIN(TestTranscriptsPage)
#include "test_transcriptspage.moc"
