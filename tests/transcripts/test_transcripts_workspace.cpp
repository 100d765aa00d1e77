// The transcripts workspace without a widget, against the simulator: what a search refuses and
// what it finds, the filter and the selection that decide what Extract takes, an extraction
// refused for its settings and one that runs (with a recording the tenant cannot transcribe),
// the sentence that sums it up, and the transcripts read from its output, masked.
#include "tests/support/modelhelpers.h"
#include "tests/support/simfixture.h"

#include "app/simulator/modules/transcriptsmodule.h"
#include "models/engine/jobs/jobregistry.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/text.h"
#include "models/transcripts/transcriptsworkspace.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cxone;
using cxone::testsupport::rowTexts;
using cxone::testsupport::SignalRecorder;

namespace {

constexpr int kWait = 60000;

using Tester = QAbstractItemModelTester;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

} // namespace

class TestTranscriptsWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void withoutSessionNothingCanBeDone()
    {
        TranscriptsWorkspace ws;
        ws.setSession(nullptr);
        QVERIFY(!ws.canSearch());
        QVERIFY(!ws.canApply());
        QCOMPARE(ws.applyBlockedReason(),
                 QStringLiteral("Sign in to a tenant to extract its transcripts."));
        QCOMPARE(ws.foundText(), QStringLiteral("Sign in to a tenant to search its interactions."));
        ws.search();
        QVERIFY(!ws.isSearching());
        // The first period is yesterday to tomorrow, every media; the output a fresh folder.
        QCOMPARE(ws.query().from.date(), QDate::currentDate().addDays(-1));
        QCOMPARE(ws.query().to.date(), QDate::currentDate().addDays(1));
        QCOMPARE(ws.query().mediaTypes,
                 QStringList({QStringLiteral("voice"), QStringLiteral("chat"),
                              QStringLiteral("email")}));
        QVERIFY(ws.settings().output.contains(u"transcripts-"));
        QVERIFY(ws.settings().lakeUrl.isEmpty());
        QCOMPARE(ws.reading().title,
                 QStringLiteral("Choose an extracted transcript to read it (masked)."));
    }

    void settingsMakeTheJobsOptions()
    {
        ExtractSettings s;
        s.policy = QStringLiteral("full");
        s.concurrency = 7;
        s.output = QStringLiteral("  /data/day.jsonl ");
        s.lakeUrl = QStringLiteral(" https://lake.example.com/in ");
        s.resume = true;
        const ExtractOptions o = s.options({QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(o.interactionIds, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(o.policy, QStringLiteral("full"));
        QCOMPARE(o.concurrency, 7);
        QCOMPARE(o.output, QStringLiteral("/data/day.jsonl"));
        QCOMPARE(o.lakeUrl, QUrl(QStringLiteral("https://lake.example.com/in")));
        QVERIFY(o.resume);
        s.lakeUrl = QStringLiteral("   ");
        QVERIFY(s.options({}).lakeUrl.isEmpty()); // written only
    }

    void searchExtractRead()
    {
        // given: the demo tenant and a workspace in it
        sim::EmbeddedSimulator sim;
        sim::SimConfig config;
        config.seed = 7;
        QVERIFY(simfixture::startSim(sim, config));
        JobRegistry jobs;
        TenantSession session(simfixture::consoleProfile(sim), ClientSecret(sim.clientSecret()),
                              nullptr, &jobs, true);

        TranscriptsWorkspace ws;
        Tester interactionsTester(ws.interactions(), kQtTest);
        Tester shownTester(ws.shownInteractions(), kQtTest);
        Tester artifactsTester(ws.artifacts(), kQtTest);
        Tester shownArtifactsTester(ws.shownArtifacts(), kQtTest);
        QSignalSpy searched(&ws, &TranscriptsWorkspace::searchFinished);
        QSignalSpy finished(&ws, &Workspace::jobFinished);
        QVERIFY(searched.isValid() && finished.isValid());
        ws.setSession(&session);
        // then: the demo tenant's own lake, and nothing to extract before a search
        QVERIFY(ws.settings().lakeUrl.endsWith(u"/_sim/webhooks/lake"));
        QCOMPARE(ws.foundText(), QStringLiteral("Choose a period and search."));
        QVERIFY(ws.canSearch());
        QVERIFY(!ws.canApply());
        QCOMPARE(ws.applyBlockedReason(),
                 QStringLiteral("Search a period, then choose the interactions to extract."));

        // when: no media is ticked; then: Search is off, and a search says why
        TranscriptSearch q = ws.query();
        q.mediaTypes.clear();
        ws.setQuery(q);
        QVERIFY(!ws.canSearch());
        ws.search();
        QCOMPARE(ws.foundText(),
                 QStringLiteral("Tick at least one media type (voice, chat or email) to search."));
        // when: the period ends before it starts; then: nothing is sent, and it says so
        q.mediaTypes = {QStringLiteral("chat")};
        std::swap(q.from, q.to);
        ws.setQuery(q);
        ws.search();
        QVERIFY(!ws.isSearching());
        QVERIFY2(ws.foundText().startsWith(u"The period starts after it ends"),
                 qPrintable(ws.foundText()));
        QCOMPARE(searched.size(), 0);

        // when: chats of yesterday and today are searched
        std::swap(q.from, q.to);
        ws.setQuery(q);
        SignalRecorder recorder(&ws);
        ws.search();
        QVERIFY(ws.isSearching());
        QVERIFY(!ws.canSearch());
        QCOMPARE(ws.applyBlockedReason(), QStringLiteral("Wait for the search to end."));
        QTRY_COMPARE_WITH_TIMEOUT(searched.size(), 1, kWait);
        // then: they are found and counted, the sentence first and the end announced last
        QVERIFY(searched.first().first().toBool());
        QCOMPARE(recorder.names().first(), QStringLiteral("foundChanged"));
        QCOMPARE(recorder.names().last(), QStringLiteral("searchFinished"));
        const int found = ws.interactions()->rowCount();
        QVERIFY(found > 10);
        QCOMPARE(rowTexts(ws.interactions(), InteractionsModel::Media),
                 QStringList(found, QStringLiteral("Chat")));
        QCOMPARE(ws.foundText(),
                 countText(found, QStringLiteral("interaction"), QStringLiteral("interactions")));
        QCOMPARE(ws.extractCount(), qsizetype(found)); // none selected: all that are shown

        // when: filtered by an agent; then: only theirs are shown, and Extract takes those
        const QString agent = ws.interactions()->at(0).agentName;
        ws.setFilter(agent);
        const int shown = ws.shownInteractions()->rowCount();
        QVERIFY(shown > 0 && shown < found);
        QCOMPARE(rowTexts(ws.shownInteractions(), InteractionsModel::Agent),
                 QStringList(shown, agent));
        QCOMPARE(ws.foundText(), QStringLiteral("%1 of %2 shown").arg(shown).arg(found));
        QCOMPARE(ws.extractCount(), qsizetype(shown));
        ws.setFilter(QString());

        // when: six are selected, the first a recording the tenant has archived
        ws.shownInteractions()->sort(InteractionsModel::Started, Qt::DescendingOrder);
        QStringList chosen;
        for (int r = 0; r < 6; ++r) {
            ws.interactionSelection()->select(ws.shownInteractions()->index(r, 0),
                                              QItemSelectionModel::Select
                                                      | QItemSelectionModel::Rows);
            chosen << ws.shownInteractions()->index(r, InteractionsModel::Id).data().toString();
        }
        sim.run([&](sim::TenantSimulator &t) {
            auto &part = sim::partOf<sim::TranscriptsPart>(t.state());
            part.interactions[size_t(part.byId.value(chosen.first()))].archived = true;
        });
        // then: Extract takes those six
        QVERIFY2(ws.foundText().endsWith(u", 6 selected"), qPrintable(ws.foundText()));
        QCOMPARE(ws.extractCountText(), QStringLiteral("6 transcripts"));
        QCOMPARE(ws.idsToExtract(), chosen);
        QVERIFY(ws.canApply());

        // when: extracted without an output; then: refused, saying what is missing
        ws.setOutput(QStringLiteral("  "));
        ws.extract();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        QVERIFY2(ws.extractionText().contains(u"Say where the masked transcripts go"),
                 qPrintable(ws.extractionText()));

        // when: the data lake is not an address; then: refused, saying so
        QTemporaryDir dir;
        ExtractSettings s = ws.settings();
        const QString lake = s.lakeUrl;
        s.output = dir.filePath(QStringLiteral("out"));
        s.lakeUrl = QStringLiteral("not a url");
        ws.setSettings(s);
        ws.extract();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
        QVERIFY2(ws.extractionText().contains(u"The data-lake URL is not a valid address"),
                 qPrintable(ws.extractionText()));

        // when: extracted into a folder and the demo lake
        s.lakeUrl = lake;
        s.resume = false;
        ws.setSettings(s);
        recorder.clear();
        ws.extract();
        QVERIFY(ws.isBusy());
        QVERIFY(!ws.canSearch());
        QVERIFY(ws.extractionText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kWait);
        // then: a row per transcript, five pushed and the archived one failed with its reason
        QCOMPARE(finished.last().first().value<Job *>(), static_cast<Job *>(ws.extraction()));
        QCOMPARE(ws.artifacts()->rowCount(), 6);
        QStringList states;
        for (int r = 0; r < 6; ++r)
            states << ws.artifacts()->at(r).state;
        states.sort();
        QCOMPARE(states, QStringList({QStringLiteral("failed"), QStringLiteral("pushed"),
                                      QStringLiteral("pushed"), QStringLiteral("pushed"),
                                      QStringLiteral("pushed"), QStringLiteral("pushed")}));
        QVERIFY2(ws.extractionText().startsWith(u"6 transcripts: 5 written, 5 pushed, 0 done "
                                                u"before, 1 failed"),
                 qPrintable(ws.extractionText()));
        QVERIFY(ws.extractionText().contains(u"1 of 6 transcripts failed"));
        // the summary is there when the end is announced; the same output again continues
        const QStringList names = recorder.names();
        QVERIFY(names.lastIndexOf(u"extractionChanged") < names.lastIndexOf(u"jobFinished"));
        QVERIFY(ws.settings().resume);

        // when: the failed one is opened; then: why it failed
        QSignalSpy read(&ws, &TranscriptsWorkspace::readingChanged);
        int failedRow = -1;
        int best = -1;
        for (int r = 0; r < 6; ++r) {
            const ArtifactOutcome &a = ws.artifacts()->at(r);
            if (a.state == u"failed")
                failedRow = r;
            else if (best < 0 || a.counts.total() > ws.artifacts()->at(best).counts.total())
                best = r;
        }
        QCOMPARE(ws.artifacts()->at(failedRow).interactionId, chosen.first());
        ws.openArtifact(failedRow);
        QCOMPARE(read.size(), 1);
        QCOMPARE(ws.reading().title, QStringLiteral("%1 was not extracted.").arg(chosen.first()));
        QVERIFY2(ws.reading().plainText.contains(u"archived"), qPrintable(ws.reading().plainText));
        QVERIFY(ws.reading().html.isEmpty());

        // when: the one with the most masks is opened; then: its turns, each mask a chip
        QVERIFY(ws.artifacts()->at(best).counts.total() > 0);
        ws.openArtifact(best);
        const TranscriptReading &r = ws.reading();
        QCOMPARE(r.interactionId, ws.artifacts()->at(best).interactionId);
        QVERIFY2(r.title.contains(u" · chat · agent ") && r.title.contains(u"masked: "),
                 qPrintable(r.title));
        QVERIFY(r.html.contains(u"background-color") && r.html.contains(u"Customer"));
        QVERIFY(!r.html.contains(u'@'));
        QVERIFY(r.description.startsWith(u"Transcript of " + r.interactionId + u" with "));

        // when: an interaction not in the output is asked for; then: it cannot be shown, why
        QVERIFY(!ws.openTranscript(QStringLiteral("int-not-extracted")));
        QCOMPARE(ws.reading().title, QStringLiteral("int-not-extracted cannot be shown."));
        QVERIFY(!ws.reading().plainText.isEmpty());
        QVERIFY(ws.reading().html.isEmpty());

        // when: the session goes; then: what came from the tenant goes with it
        ws.setSession(nullptr);
        QCOMPARE(ws.interactions()->rowCount(), 0);
        QCOMPARE(ws.artifacts()->rowCount(), 0);
        QVERIFY(ws.settings().lakeUrl.isEmpty());
        QCOMPARE(ws.reading().title,
                 QStringLiteral("Choose an extracted transcript to read it (masked)."));
        QVERIFY(!ws.canApply());
        sim.stop();
    }
};

QTEST_MAIN(TestTranscriptsWorkspace)
#include "test_transcripts_workspace.moc"
