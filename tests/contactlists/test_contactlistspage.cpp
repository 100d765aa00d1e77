// The Contact lists page driven through its widgets against the simulator: load, preview,
// override a row, apply after confirming, and the counts and tenant state that follow.
#include "tests/simulator/simtesthelpers.h"
#include "tests/support/simsession.h"
#include "tests/support/widgetlookup.h"

#include "app/simulator/modules/contactlistsmodule.h"
#include "models/contactlists/contactlistsworkspace.h"
#include "models/contactlists/previewmodel.h"
#include "models/contactlists/sanitizehistory.h"
#include "models/contactlists/sanitizejobs.h"
#include "models/engine/jobs/jobregistry.h"
#include "models/engine/session/tenantsession.h"
#include "ui/confirmdialog.h"
#include "ui/contactlists/contactlistspage.h"
#include "ui/layoutbuilder.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace cxone;
using cxone::testsupport::widgetNamed;

class TestContactListsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The run history reads the journals folder: start from an empty one.
        QDir(SanitizeJournal::directory()).removeRecursively();
    }

    void loadPreviewOverrideApply()
    {
        sim::EmbeddedSimulator sim;
        sim::SimConfig config;
        config.scale = sim::Scale::Small;
        QVERIFY(simtest::startSim(sim, config));
        JobRegistry jobs;
        const auto session = simfixture::makeSession(sim, &jobs);

        ContactListsPage page(nullptr);
        page.resize(1280, 800);
        page.show();
        ContactListsWorkspace *ws = page.workspace();
        QAbstractItemModelTester tester(ws->preview(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
                ws->rows(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every control a person reaches has a name.
        for (QWidget *w : page.findChildren<QWidget *>()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(&page)
                && !w->inherits("QScrollBar") && !w->inherits("QAbstractItemView")
                && !w->parentWidget()->inherits("QAbstractSpinBox"))
                QVERIFY2(!w->accessibleName().isEmpty() || w->inherits("QTableView")
                                 || w->inherits("QChartView")
                                 || w->inherits("QAbstractButton") == false,
                         w->metaObject()->className());
        }

        QSignalSpy lists(ws, &ContactListsWorkspace::listsLoaded);
        QVERIFY(lists.isValid());
        page.setSession(session.get());
        QTRY_VERIFY_WITH_TIMEOUT(lists.size() >= 1, 30000);
        auto *combo = page.findChild<QComboBox *>();
        QVERIFY(combo);
        const int gb = combo->findData(QStringLiteral("list_gb_renewals"));
        QVERIFY(gb >= 0);
        combo->setCurrentIndex(gb);

        QSignalSpy loaded(ws, &ContactListsWorkspace::contactsLoaded);
        QVERIFY(loaded.isValid());
        QTest::mouseClick(
                widgetNamed<QPushButton>(&page, QStringLiteral("Load the contacts of the list")),
                Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 1, 30000);
        const auto status = [&] {
            const QLabel *l = widgetNamed<QLabel>(&page, QStringLiteral("Status"));
            return l ? l->text() : QString();
        };

        // Loading read the numbers: the allowed regions are the list's own (not US,CA), with
        // their counts on the page, and the status says the field was set.
        QLineEdit *regions = widgetNamed<QLineEdit>(&page, QStringLiteral("Allowed regions"));
        QVERIFY(regions);
        const RegionSurvey &survey = ws->survey();
        QVERIFY(!survey.regions.isEmpty());
        QCOMPARE(survey.regions.first().first, QStringLiteral("GB"));
        QCOMPARE(survey.validCount() + survey.invalid, 400);
        QCOMPARE(regions->text(), survey.regionCodes().join(u','));
        QVERIFY2(status().contains(u"Allowed regions set to the ones its numbers belong to"),
                 qPrintable(status()));
        const QLabel *surveyLabel
                = widgetNamed<QLabel>(&page, QStringLiteral("Regions in the list"));
        QVERIFY(surveyLabel);
        QVERIFY2(surveyLabel->text().contains(
                         QStringLiteral("GB %1").arg(survey.regions.first().second)),
                 qPrintable(surveyLabel->text()));

        // A directive that purges most of the list: Apply asks for the count to be typed.
        QSignalSpy previewed(ws, &ContactListsWorkspace::previewReady);
        QVERIFY(previewed.isValid());
        regions->clear();
        QTest::keyClicks(regions, QStringLiteral("US"));
        QPushButton *previewButton
                = widgetNamed<QPushButton>(&page, QStringLiteral("Preview the sanitization"));
        QTRY_VERIFY(previewButton->isEnabled());
        QTest::mouseClick(previewButton, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(previewed.size() == 1, qPrintable(status()), 60000);
        {
            const auto wide = ws->preview()->preview();
            QVERIFY(wide->count(Verdict::Purge) * 100 > 20 * wide->size());
            QCOMPARE(ws->purgeGuardPercent(), 20);
            bool asked = false;
            page.setConfirmHook([&](ConfirmDialog *dialog) {
                asked = true;
                QVERIFY(dialog->typingRequired());
                QVERIFY2(dialog->text().contains(u"more than the 20\u00a0% guard"),
                         qPrintable(dialog->text()));
                QVERIFY(!dialog->actionButton()->isEnabled());
                QTest::keyClicks(dialog->typingField(), QStringLiteral("12"));
                QVERIFY(!dialog->actionButton()->isEnabled());
                dialog->actionButton()->click(); // a disabled button does nothing
                QCOMPARE(dialog->result(), int(QDialog::Rejected));
                dialog->cancelButton()->click();
            });
            QTest::mouseClick(
                    widgetNamed<QPushButton>(&page, QStringLiteral("Apply the sanitization")),
                    Qt::LeftButton);
            QVERIFY(asked);
            QVERIFY2(status().contains(u"Apply cancelled; nothing was sent"), qPrintable(status()));
            qint64 live = -1;
            sim.run([&](sim::TenantSimulator &t) {
                auto *part
                        = t.state().partAs<sim::ContactListsPart>(QStringLiteral("contactlists"));
                live = part->find(QStringLiteral("list_gb_renewals"))->liveCount();
            });
            QCOMPARE(live, 400);
        }

        regions->clear();
        QTest::keyClicks(regions, QStringLiteral("GB,IE"));
        QTRY_VERIFY(previewButton->isEnabled());
        QTest::mouseClick(previewButton, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(previewed.size() == 2, qPrintable(status()), 60000);
        QCOMPARE(ws->preview()->rowCount(), 400);
        const auto preview = ws->preview()->preview();
        const qsizetype purgesBefore = preview->count(Verdict::Purge);

        // Override: keep the first purge row, through the table and the Keep button.
        auto *table = page.findChild<QTableView *>();
        int purgeRow = -1;
        for (int r = 0; r < ws->rows()->rowCount() && purgeRow < 0; ++r) {
            if (ws->rows()->index(r, 0).data(PreviewModel::VerdictRole).toInt()
                == int(Verdict::Purge))
                purgeRow = r;
        }
        QVERIFY(purgeRow >= 0);
        table->selectRow(purgeRow);
        const QString keptId
                = ws->rows()->index(purgeRow, PreviewModel::IdColumn).data().toString();
        QTest::mouseClick(
                widgetNamed<QPushButton>(&page, QStringLiteral("Keep the selected contacts")),
                Qt::LeftButton);
        QCOMPARE(preview->count(Verdict::Purge), purgesBefore - 1);
        QVERIFY(ws->countsText().contains(QStringLiteral("1 overridden")));

        auto *chartView = page.findChild<QChartView *>();
        QVERIFY(chartView);
        QTRY_VERIFY(!chartView->chart()->series().isEmpty());
        // Every reason's bar is labelled, none left out for want of room, also in a short window.
        page.resize(1280, 560);
        QTRY_VERIFY(!chartView->chart()->axes(Qt::Vertical).isEmpty());
        const QStringList reasons
                = static_cast<QBarCategoryAxis *>(chartView->chart()->axes(Qt::Vertical).first())
                          ->categories();
        QVERIFY(reasons.size() >= 4);
        const auto labelsShown = [chartView] {
            QStringList shown;
            for (QGraphicsItem *item : chartView->scene()->items()) {
                const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                if (text && text->isVisible())
                    shown << text->toPlainText();
            }
            return shown;
        };
        for (const QString &reason : reasons)
            QTRY_VERIFY2(labelsShown().contains(reason), qPrintable(reason));
        page.resize(1280, 800);
        QDir().mkpath(QStringLiteral(CXONE_SCREENSHOT_DIR));
        QVERIFY(page.grab().save(QStringLiteral(CXONE_SCREENSHOT_DIR "/sanitize.png")));

        // A changed directive makes the preview stale: Apply waits for a new preview, and the
        // page says why. Back to the settings the preview ran with, it describes Apply again.
        QPushButton *applyButton
                = widgetNamed<QPushButton>(&page, QStringLiteral("Apply the sanitization"));
        QVERIFY(applyButton->isEnabled());
        QTest::keyClicks(regions, QStringLiteral(",US"));
        QVERIFY(ws->previewIsStale());
        QVERIFY(!applyButton->isEnabled());
        QVERIFY2(status().contains(u"run Preview again"), qPrintable(status()));
        QVERIFY(applyButton->toolTip().contains(u"Preview"));
        // The preview's table and chart fade and say they are stale.
        auto *counts = widgetNamed<QLabel>(&page, QStringLiteral("Counts"));
        QVERIFY(layout::isDimmed(table));
        QVERIFY(layout::isDimmed(chartView));
        QVERIFY(chartView->chart()->title().contains(u"stale"));
        QVERIFY2(counts->text().startsWith(u"Stale · Update"), qPrintable(counts->text()));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(regions, Qt::Key_Backspace);
        QVERIFY(!ws->previewIsStale());
        QVERIFY(applyButton->isEnabled());
        QVERIFY(!layout::isDimmed(table) && !layout::isDimmed(chartView));
        QVERIFY(!counts->text().contains(u"Stale"));
        auto *voip = page.findChild<QCheckBox *>(QStringLiteral("block-voip"));
        QVERIFY(voip);
        voip->toggle();
        QVERIFY(!applyButton->isEnabled());
        voip->toggle();
        QVERIFY(applyButton->isEnabled());

        QString confirmation;
        page.setConfirmHook([&](ConfirmDialog *dialog) {
            confirmation = dialog->text();
            if (dialog->typingRequired()) {
                QVERIFY(!dialog->actionButton()->isEnabled());
                QTest::keyClicks(dialog->typingField(),
                                 QLocale().toString(preview->count(Verdict::Purge)));
            }
            QVERIFY(dialog->actionButton()->isEnabled());
            dialog->actionButton()->click();
        });
        QSignalSpy applied(ws, &ContactListsWorkspace::applyFinished);
        QVERIFY(applied.isValid());
        const qsizetype updates = preview->count(Verdict::Update);
        const qsizetype purges = preview->count(Verdict::Purge);
        QTest::mouseClick(widgetNamed<QPushButton>(&page, QStringLiteral("Apply the sanitization")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(applied.size() == 1, 60000);
        QCOMPARE(applied.first().first().toBool(), true);
        QVERIFY2(confirmation.contains(QStringLiteral("update %1, purge %2, leave %3")
                                               .arg(updates)
                                               .arg(purges)
                                               .arg(preview->count(Verdict::Keep))),
                 qPrintable(confirmation));
        QVERIFY(confirmation.contains(ws->lastJournalPath()));
        QVERIFY2(confirmation.contains(u"The preview was made with: default region GB; allowed "
                                       u"regions GB,IE; blocked types "),
                 qPrintable(confirmation));
        QVERIFY(QFile::exists(ws->lastJournalPath()));

        qint64 deleted = -1;
        bool keptStillThere = false;
        sim.run([&](sim::TenantSimulator &t) {
            auto *part = t.state().partAs<sim::ContactListsPart>(QStringLiteral("contactlists"));
            sim::ContactListsPart::List *l = part->find(QStringLiteral("list_gb_renewals"));
            deleted = l->deleted.size();
            sim::ContactListsPart::List *owner = nullptr;
            qint64 seeded = -1, added = -1;
            keptStillThere
                    = part->locate(keptId, &owner, &seeded, &added) && !l->deleted.contains(seeded);
        });
        QCOMPARE(deleted, purges);
        QVERIFY(keptStillThere);

        // The page keeps what happened: the outcome, and the run at the top of the list's
        // history, selected, with Undo this run.
        QVERIFY2(ws->outcomeText().contains(QStringLiteral("purged %1").arg(purges)),
                 qPrintable(ws->outcomeText()));
        QVERIFY(ws->outcomeText().contains(u"Undo this run"));
        QTRY_VERIFY_WITH_TIMEOUT(ws->runs()->rowCount() == 1, 10000);
        const SanitizeRun run = ws->runs()->runs().first();
        QCOMPARE(run.purged, purges);
        QCOMPARE(run.updated, updates);
        QCOMPARE(run.stateText(), QStringLiteral("Completed"));
        QPushButton *undo
                = widgetNamed<QPushButton>(&page, QStringLiteral("Undo the selected run"));
        QVERIFY(undo);
        QTRY_VERIFY(undo->isEnabled());
        QString undoText;
        page.setConfirmHook([&](ConfirmDialog *dialog) {
            undoText = dialog->text();
            dialog->actionButton()->click();
        });
        QSignalSpy restored(ws, &ContactListsWorkspace::restoreFinished);
        QVERIFY(restored.isValid());
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(restored.size() == 1, 60000);
        QCOMPARE(restored.first().first().toBool(), true);
        // The confirmation names the list by name, the run's local time, and what comes back.
        QVERIFY2(undoText.contains(u"on list “UK renewals” (list_gb_renewals)"),
                 qPrintable(undoText));
        QVERIFY2(undoText.contains(localRunTime(run.createdUtc)), qPrintable(undoText));
        QVERIFY2(undoText.contains(QStringLiteral("re-create the %1 purged contacts").arg(purges)),
                 qPrintable(undoText));
        qint64 live = -1;
        sim.run([&](sim::TenantSimulator &t) {
            auto *part = t.state().partAs<sim::ContactListsPart>(QStringLiteral("contactlists"));
            live = part->find(QStringLiteral("list_gb_renewals"))->liveCount();
        });
        QCOMPARE(live, 400);
        QTRY_VERIFY_WITH_TIMEOUT(
                ws->runs()->rowCount() == 1 && ws->runs()->runs().first().restoreFinished, 10000);
        QVERIFY(ws->runs()->runs().first().stateText().startsWith(u"Undone"));
        QVERIFY(!undo->isEnabled());
        sim.stop();
    }
};

QTEST_MAIN(TestContactListsPage)
#include "test_contactlistspage.moc"
