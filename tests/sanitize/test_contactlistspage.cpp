// The Contact lists page driven through its widgets against the simulator: load, preview,
// override a row, apply after confirming, and the counts and tenant state that follow.
#include "../simulator/simtesthelpers.h"
#include "widgetlookup.h"

#include "contactlists/contactlistspage.h"
#include "jobs/jobregistry.h"
#include "modules/contactlistsmodule.h"
#include "sanitize/previewmodel.h"
#include "session/tenantsession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
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
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadPreviewOverrideApply()
    {
        sim::EmbeddedSimulator sim;
        sim::SimConfig config;
        config.scale = sim::Scale::Small;
        QVERIFY(simtest::startSim(sim, config));
        Profile profile;
        profile.name = QStringLiteral("sim");
        profile.baseUrl = sim.baseUrl();
        profile.clientId = sim.clientId();
        profile.scopes = allConsoleScopes();
        JobRegistry jobs;
        TenantSession session(profile, ClientSecret(sim.clientSecret()), nullptr, &jobs, true);

        ContactListsPage page(nullptr);
        page.resize(1280, 800);
        page.show();
        QAbstractItemModelTester tester(page.previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
                page.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
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

        QSignalSpy lists(&page, &ContactListsPage::listsLoaded);
        QVERIFY(lists.isValid());
        page.setSession(&session);
        QTRY_VERIFY_WITH_TIMEOUT(lists.size() >= 1, 30000);
        auto *combo = page.findChild<QComboBox *>();
        QVERIFY(combo);
        const int gb = combo->findData(QStringLiteral("list_gb_renewals"));
        QVERIFY(gb >= 0);
        combo->setCurrentIndex(gb);

        QSignalSpy loaded(&page, &ContactListsPage::contactsLoaded);
        QVERIFY(loaded.isValid());
        QTest::mouseClick(
                widgetNamed<QPushButton>(&page, QStringLiteral("Load the contacts of the list")),
                Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 1, 30000);

        QSignalSpy previewed(&page, &ContactListsPage::previewReady);
        QVERIFY(previewed.isValid());
        QLineEdit *regions = widgetNamed<QLineEdit>(&page, QStringLiteral("Allowed regions"));
        QVERIFY(regions);
        regions->clear();
        QTest::keyClicks(regions, QStringLiteral("GB,IE"));
        QPushButton *previewButton
                = widgetNamed<QPushButton>(&page, QStringLiteral("Preview the sanitization"));
        QTRY_VERIFY(previewButton->isEnabled());
        QTest::mouseClick(previewButton, Qt::LeftButton);
        const auto status = [&] {
            const QLabel *l = widgetNamed<QLabel>(&page, QStringLiteral("Status"));
            return l ? l->text() : QString();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(previewed.size() == 1, qPrintable(status()), 60000);
        QCOMPARE(page.previewModel()->rowCount(), 400);
        const auto preview = page.previewModel()->preview();
        const qsizetype purgesBefore = preview->count(Verdict::Purge);

        // Override: keep the first purge row, through the table and the Keep button.
        auto *table = page.findChild<QTableView *>();
        int purgeRow = -1;
        for (int r = 0; r < page.filterModel()->rowCount() && purgeRow < 0; ++r) {
            if (page.filterModel()->index(r, 0).data(PreviewModel::VerdictRole).toInt()
                == int(Verdict::Purge))
                purgeRow = r;
        }
        QVERIFY(purgeRow >= 0);
        table->selectRow(purgeRow);
        const QString keptId
                = page.filterModel()->index(purgeRow, PreviewModel::IdColumn).data().toString();
        QTest::mouseClick(
                widgetNamed<QPushButton>(&page, QStringLiteral("Keep the selected contacts")),
                Qt::LeftButton);
        QCOMPARE(preview->count(Verdict::Purge), purgesBefore - 1);
        QVERIFY(page.countsText().contains(QStringLiteral("1 overridden")));

        auto *chartView = page.findChild<QChartView *>();
        QVERIFY(chartView);
        QTRY_VERIFY(!chartView->chart()->series().isEmpty());
        QDir().mkpath(QStringLiteral(CXONE_SOURCE_DIR "/docs/screenshots"));
        page.grab().save(QStringLiteral(CXONE_SOURCE_DIR "/docs/screenshots/sanitize.png"));

        // A changed directive makes the preview stale: Apply waits for a new preview, and the
        // page says why. Back to the settings the preview ran with, it describes Apply again.
        QPushButton *applyButton
                = widgetNamed<QPushButton>(&page, QStringLiteral("Apply the sanitization"));
        QVERIFY(applyButton->isEnabled());
        QTest::keyClicks(regions, QStringLiteral(",US"));
        QVERIFY(page.previewIsStale());
        QVERIFY(!applyButton->isEnabled());
        QVERIFY2(status().contains(u"run Preview again"), qPrintable(status()));
        QVERIFY(applyButton->toolTip().contains(u"Preview"));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(regions, Qt::Key_Backspace);
        QVERIFY(!page.previewIsStale());
        QVERIFY(applyButton->isEnabled());
        auto *voip = page.findChild<QCheckBox *>(QStringLiteral("block-voip"));
        QVERIFY(voip);
        voip->toggle();
        QVERIFY(!applyButton->isEnabled());
        voip->toggle();
        QVERIFY(applyButton->isEnabled());

        QString confirmation;
        page.setConfirmHook([&](const QString &text) {
            confirmation = text;
            return true;
        });
        QSignalSpy applied(&page, &ContactListsPage::applyFinished);
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
        QVERIFY(confirmation.contains(page.lastJournalPath()));
        QVERIFY2(confirmation.contains(u"The preview was made with: default region GB; allowed "
                                       u"regions GB,IE; blocked types "),
                 qPrintable(confirmation));
        QVERIFY(QFile::exists(page.lastJournalPath()));

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
        sim.stop();
    }
};

QTEST_MAIN(TestContactListsPage)
#include "test_contactlistspage.moc"
