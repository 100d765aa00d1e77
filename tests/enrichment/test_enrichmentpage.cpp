// The Enrichment page driven through its widgets against the simulator: choose a campaign, open
// a CRM export, change a mapping in the table, look at the preview and its error rows, apply
// after confirming, and undo the run.
#include "ui/confirmdialog.h"

#include "tests/enrichment/enrichtesthelpers.h"
#include "tests/support/simsession.h"
#include "tests/support/widgetlookup.h"
#include <QFile>

#include "models/engine/jobs/jobregistry.h"
#include "models/engine/session/tenantsession.h"
#include "models/enrichment/enrichjobs.h"
#include "models/enrichment/enrichmentworkspace.h"
#include "models/enrichment/enrichmodels.h"
#include "ui/enrichment/enrichmentpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace cxone;
using cxone::testsupport::widgetNamed;

class TestEnrichmentPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mapPreviewApplyUndo()
    {
        sim::EmbeddedSimulator sim;
        QVERIFY(enrichtest::startUnthrottled(sim));
        JobRegistry jobs;
        const auto session = simfixture::makeSession(sim, &jobs);

        EnrichmentPage page(nullptr);
        page.resize(1400, 900);
        page.show();
        EnrichmentWorkspace *ws = page.workspace();
        QAbstractItemModelTester mappingTester(
                ws->mapping(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester previewTester(
                ws->preview(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList confirmations;
        page.setConfirmHook([&confirmations](ConfirmDialog *dialog) {
            confirmations << dialog->text();
            QVERIFY(!dialog->actionButton()->isDefault()); // Enter does not confirm
            dialog->actionButton()->click();
        });
        QSignalSpy campaigns(ws, &EnrichmentWorkspace::campaignsLoaded);
        QSignalSpy schema(ws, &EnrichmentWorkspace::schemaLoaded);
        page.setSession(session.get());
        QTRY_VERIFY_WITH_TIMEOUT(campaigns.size() == 1, 30000);
        auto *combo = widgetNamed<QComboBox>(&page, QStringLiteral("Campaign"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("camp_us_retention_q4")));
        QTRY_VERIFY_WITH_TIMEOUT(schema.size() >= 1, 30000);

        // A file whose "Priority" the auto-mapping leaves to the person, with one bad row.
        QTemporaryDir dir;
        QByteArray csv("Contact ID,Account Status,Priority,Memo\r\n");
        for (int i = 0; i < 320; ++i)
            csv += enrichtest::contactId("us_main", i).toUtf8() + ','
                   + (i % 2 ? "active" : "churned") + ',' + QByteArray::number(i % 50) + ",x\r\n";
        csv += enrichtest::contactId("us_main", 999).toUtf8() + ",Active,1,bad status\r\n";
        QSignalSpy planned(ws, &EnrichmentWorkspace::planReady);
        ws->loadFile(enrichtest::writeFile(dir, QStringLiteral("crm.csv"), csv));
        QTRY_VERIFY_WITH_TIMEOUT(planned.size() >= 1, 30000);
        MappingModel *mapping = ws->mapping();
        QCOMPARE(mapping->rowCount(), 4);
        QCOMPARE(mapping->index(0, MappingModel::TargetColumn).data().toString(),
                 MappingModel::idLabel());
        QCOMPARE(mapping->index(1, MappingModel::TargetColumn).data().toString(),
                 QStringLiteral("crm_account_status"));

        // Map Memo to account_manager through the table's editor, then back to ignored.
        auto *view = widgetNamed<QTableView>(&page, QStringLiteral("Column mapping"));
        QVERIFY(view);
        const QModelIndex memo = view->model()->index(3, MappingModel::TargetColumn);
        view->setCurrentIndex(memo);
        view->edit(memo);
        auto *editor = view->findChild<QComboBox *>();
        QVERIFY(editor);
        QCOMPARE(editor->accessibleName(), QStringLiteral("Attribute for column Memo"));
        editor->setCurrentIndex(editor->findData(QStringLiteral("account_manager")));
        QTest::keyClick(editor, Qt::Key_Return); // commits, as a person would
        QTRY_VERIFY_WITH_TIMEOUT(ws->plan() && ws->plan()->fields().size() == 3, 30000);
        QVERIFY(mapping->setData(mapping->index(3, MappingModel::TargetColumn), QString()));
        QTRY_VERIFY_WITH_TIMEOUT(ws->plan() && ws->plan()->fields().size() == 2, 30000);

        // F2 and Enter edit the attribute of the current row wherever its current cell is,
        // also after an edit and a move down.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_F2);
        QComboBox *rowEditor = view->findChild<QComboBox *>();
        QTRY_VERIFY(rowEditor && rowEditor->isVisible());
        QCOMPARE(rowEditor->accessibleName(),
                 QStringLiteral("Attribute for column Account Status"));
        QTest::keyClick(rowEditor, Qt::Key_Escape);
        QTRY_VERIFY(!view->findChild<QComboBox *>()
                    || !view->findChild<QComboBox *>()->isVisible());
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(view->findChild<QComboBox *>() && view->findChild<QComboBox *>()->isVisible());
        QCOMPARE(view->findChild<QComboBox *>()->accessibleName(),
                 QStringLiteral("Attribute for column Priority"));
        QTest::keyClick(view->findChild<QComboBox *>(), Qt::Key_Escape);

        // The preview gives the contact ids their width and cuts long texts in the middle.
        auto *previewView = widgetNamed<QTableView>(
                &page, QStringLiteral("Rows as the tenant would get them"));
        QVERIFY(previewView);
        QCOMPARE(previewView->textElideMode(), Qt::ElideMiddle);
        QVERIFY(previewView->columnWidth(1) > previewView->columnWidth(0));
        QVERIFY(previewView->columnWidth(1) >= previewView->fontMetrics().horizontalAdvance(
                        enrichtest::contactId("us_main", 0)));

        // The preview: one row in error, shown with its reason.
        const auto plan = ws->plan();
        QCOMPARE(plan->contacts(), 320);
        QCOMPARE(plan->count(RowState::RowError), 1);
        auto *filter = widgetNamed<QComboBox>(&page, QStringLiteral("Rows to show"));
        filter->setCurrentIndex(filter->findData(int(EnrichPreviewModel::Filter::Errors)));
        QCOMPARE(ws->preview()->rowCount(), 1);
        QVERIFY(ws->preview()->index(0, 2).data().toString().contains(u"did you mean"));
        QVERIFY(ws->preview()->index(0, 3).data(Qt::ToolTipRole).toString().contains(u"Active"));
        QVERIFY(ws->countsText().contains(u"320 to send"));

        // Apply: confirmed with exact counts, then every row's outcome.
        auto *applyButton = widgetNamed<QPushButton>(&page, QStringLiteral("Apply the enrichment"));
        QTRY_VERIFY(applyButton->isEnabled());
        const auto before = enrichtest::attributesOf(sim, QStringLiteral("list_us_main"),
                                                     {enrichtest::contactId("us_main", 1)});
        QSignalSpy applied(ws, &EnrichmentWorkspace::applyFinished);
        QTest::mouseClick(applyButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(applied.size() == 1, 60000);
        QCOMPARE(applied.first().first().toBool(), true);
        QVERIFY2(confirmations.first().contains(u"Enrich 320 contacts of list list_us_main"),
                 qPrintable(confirmations.first()));
        QVERIFY(confirmations.first().contains(u"2 batches of at most 300"));
        // The question names the journal the run then writes.
        const QString journalLine = confirmations.first().section(u'\n', -1);
        QVERIFY2(journalLine.startsWith(u"Journal: "), qPrintable(confirmations.first()));
        QVERIFY(QFile::exists(journalLine.mid(9)));
        filter->setCurrentIndex(filter->findData(int(EnrichPreviewModel::Filter::Sent)));
        QCOMPARE(ws->preview()->index(0, 2).data().toString(), QStringLiteral("updated"));
        // The Results tab lists the outcome of every row sent; none was left unapplied.
        QCOMPARE(ws->results()->rowCount(), 320);
        QCOMPARE(ws->results()->index(319, 2).data().toString(), QStringLiteral("updated"));
        auto *outcomes = widgetNamed<QComboBox>(&page, QStringLiteral("Outcomes to show"));
        outcomes->setCurrentIndex(outcomes->findData(int(EnrichPreviewModel::Filter::NotApplied)));
        QCOMPARE(ws->results()->rowCount(), 0);
        outcomes->setCurrentIndex(outcomes->findData(int(EnrichPreviewModel::Filter::Sent)));
        QVERIFY(widgetNamed<QTableView>(&page, QStringLiteral("Outcome of every row sent"))
                        ->isColumnHidden(3)); // the values are on the Preview tab
        QCOMPARE(enrichtest::attributesOf(sim, QStringLiteral("list_us_main"),
                                          {enrichtest::contactId("us_main", 1)})
                         .value(enrichtest::contactId("us_main", 1))
                         .value(u"crm_account_status")
                         .toString(),
                 QStringLiteral("active"));

        // Undo: the confirmation names the list and the run; everything goes back.
        auto *undoButton
                = widgetNamed<QPushButton>(&page, QStringLiteral("Undo the last enrichment run"));
        QTRY_VERIFY(undoButton->isEnabled());
        QSignalSpy undone(ws, &EnrichmentWorkspace::undoFinished);
        QTest::mouseClick(undoButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(undone.size() == 1, 60000);
        QCOMPARE(undone.first().first().toBool(), true);
        QVERIFY(confirmations.last().contains(u"list_us_main"));
        QCOMPARE(enrichtest::attributesOf(sim, QStringLiteral("list_us_main"),
                                          {enrichtest::contactId("us_main", 1)}),
                 before);
        // The preview says so: every row sent now reads "undone", none "updated".
        QCOMPARE(ws->preview()->index(0, 2).data().toString(), QStringLiteral("undone"));
        QCOMPARE(ws->results()->index(0, 2).data().toString(), QStringLiteral("undone"));
        for (int r = 0; r < ws->preview()->rowCount(); ++r)
            QVERIFY2(!ws->preview()->index(r, 2).data().toString().startsWith(u"updated"),
                     qPrintable(ws->preview()->index(r, 2).data().toString()));
        sim.stop();
    }

    // A number column whose values read two ways is named with its first such value, and the
    // page offers both readings; one click reads them so. A column that shows the other mark
    // than the one chosen is offered the mark it shows.
    void ambiguousDecimalsAreNamedAndTheSwitchOffered()
    {
        sim::EmbeddedSimulator sim;
        QVERIFY(enrichtest::startUnthrottled(sim));
        JobRegistry jobs;
        const auto session = simfixture::makeSession(sim, &jobs);

        EnrichmentPage page(nullptr);
        page.resize(1400, 900);
        page.show();
        EnrichmentWorkspace *ws = page.workspace();
        QSignalSpy campaigns(ws, &EnrichmentWorkspace::campaignsLoaded);
        QSignalSpy schema(ws, &EnrichmentWorkspace::schemaLoaded);
        page.setSession(session.get());
        QTRY_VERIFY_WITH_TIMEOUT(campaigns.size() == 1, 30000);
        auto *combo = widgetNamed<QComboBox>(&page, QStringLiteral("Campaign"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("camp_us_retention_q4")));
        QTRY_VERIFY_WITH_TIMEOUT(schema.size() >= 1, 30000);

        auto *advice = widgetNamed<QLabel>(&page, QStringLiteral("Decimal mark to decide"));
        auto *readPoint = widgetNamed<QPushButton>(
                &page, QStringLiteral("Read numbers with a decimal point"));
        auto *readComma = widgetNamed<QPushButton>(
                &page, QStringLiteral("Read numbers with a decimal comma"));
        auto *markChoice = widgetNamed<QComboBox>(&page, QStringLiteral("Decimal mark"));
        QVERIFY(advice && readPoint && readComma && markChoice);
        QVERIFY(!advice->isVisible());

        // Values such as 2.500 and 1,250: thousands or decimals, nothing in the column says.
        QTemporaryDir dir;
        QByteArray csv("Contact ID,Lifetime value\n");
        const char *values[] = {"2.500", "\"1,250\"", "3.000", "7"};
        for (int i = 0; i < 40; ++i)
            csv += enrichtest::contactId("us_main", i).toUtf8() + ',' + values[i % 4] + '\n';
        QSignalSpy planned(ws, &EnrichmentWorkspace::planReady);
        ws->loadFile(enrichtest::writeFile(dir, QStringLiteral("values.csv"), csv));
        QTRY_VERIFY_WITH_TIMEOUT(planned.size() >= 1 && !ws->planIsStale(), 30000);
        QCOMPARE(ws->plan()->count(RowState::RowError), 30);
        QTRY_VERIFY(advice->isVisible());
        QVERIFY2(advice->text().startsWith(u"Lifetime value: 30 values read two ways (line 2: "
                                           u"\u201c2.500\u201d)"),
                 qPrintable(advice->text()));
        QVERIFY(readPoint->isVisible() && readComma->isVisible());

        planned.clear();
        QTest::mouseClick(readComma, Qt::LeftButton);
        QCOMPARE(ws->options().coercion.decimalMark, DecimalMark::Comma);
        QCOMPARE(DecimalMark(markChoice->currentData().toInt()), DecimalMark::Comma);
        QTRY_VERIFY_WITH_TIMEOUT(planned.size() >= 1 && !ws->planIsStale(), 30000);
        QCOMPARE(ws->plan()->count(RowState::RowError), 0);
        QCOMPARE(ws->plan()->cell(0, 0).value.toDouble(), 2500.0); // 2.500 with a decimal comma
        QCOMPARE(ws->plan()->cell(1, 0).value.toDouble(), 1.25);   // 1,250 likewise
        QVERIFY(!advice->isVisible());

        // A file written with decimal commas, read with a point: the comma is offered.
        QByteArray commas("Contact ID,Lifetime value\n");
        for (int i = 0; i < 10; ++i)
            commas += enrichtest::contactId("us_main", i).toUtf8() + ",\"1.234,5" + char('0' + i)
                      + "\"\n";
        markChoice->setCurrentIndex(markChoice->findData(int(DecimalMark::Point)));
        QCOMPARE(ws->options().coercion.decimalMark, DecimalMark::Point);
        planned.clear();
        ws->loadFile(enrichtest::writeFile(dir, QStringLiteral("commas.csv"), commas));
        QTRY_VERIFY_WITH_TIMEOUT(planned.size() >= 1 && !ws->planIsStale(), 30000);
        QTRY_VERIFY(advice->isVisible());
        QVERIFY2(advice->text().contains(u"look written with a decimal comma"),
                 qPrintable(advice->text()));
        QVERIFY(readComma->isVisible() && !readPoint->isVisible());
        planned.clear();
        readComma->setFocus();
        QTest::keyClick(readComma, Qt::Key_Space); // from the keyboard too
        QTRY_VERIFY_WITH_TIMEOUT(planned.size() >= 1 && !ws->planIsStale(), 30000);
        QCOMPARE(ws->plan()->count(RowState::RowError), 0);
        QCOMPARE(ws->plan()->cell(3, 0).value.toDouble(), 1234.53);
        QVERIFY(!advice->isVisible());
        sim.stop();
    }
};

QTEST_MAIN(TestEnrichmentPage)
#include "test_enrichmentpage.moc"
