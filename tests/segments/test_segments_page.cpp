// The console's Segments page, clicked through against the simulator.
#include "models/engine/jobs/joblistmodel.h"
#include "models/engine/jobs/jobregistry.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/table/rowtablemodel.h"
#include "models/segments/segmentexportjob.h"
#include "models/segments/segmentlistmodel.h"
#include "models/segments/segmentsworkspace.h"
#include "tests/segments/segtesthelpers.h"
#include "tests/support/widgetlookup.h"
#include "ui/segments/segmentspage.h"
#include "ui/wheelguard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace cxone;

namespace {

using cxone::testsupport::widgetNamed;

} // namespace

class TestSegmentsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyControlIsNamed();
    void selectFilterExport();
    void stateBelongsToItsSegment();
    void refusedSegmentExplained();
    void cancelThenResume();
    void countsAndRecordsFollowTheForm();
    void wheelChangesOnlyFocusedFields();
    void attributesAllNoneAndFileName();
    void settingsFitWithoutScrolling();

private:
    void selectSegment(const QString &name);
    void setOutput(const QString &path);

    QTemporaryDir m_dir;
    sim::EmbeddedSimulator m_sim;
    JobRegistry m_registry;
    std::unique_ptr<TenantSession> m_session;
    std::unique_ptr<SegmentsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QAbstractItemModelTester> m_rowsTester;
};

void TestSegmentsPage::initTestCase()
{
    WheelGuard::install(qApp); // as the console does, before any page exists
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(segtest::startSim(m_sim));
    m_session = segtest::makeSession(m_sim, &m_registry);
    m_page = std::make_unique<SegmentsPage>(nullptr);
    m_listTester = std::make_unique<QAbstractItemModelTester>(m_page->workspace()->segments());
    auto *list = widgetNamed<QTableView>(m_page.get(), QStringLiteral("Segments"));
    QVERIFY(list);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(list->model());
    m_rowsTester = std::make_unique<QAbstractItemModelTester>(m_page->workspace()->records());
    m_page->resize(1280, 860);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setSession(m_session.get());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->workspace()->segments()->rowCount(), 7, segtest::timeoutMs);
}

void TestSegmentsPage::cleanupTestCase()
{
    m_registry.cancelAll();
    m_rowsTester.reset();
    m_proxyTester.reset();
    m_listTester.reset();
    m_page.reset();
    m_session.reset();
    m_sim.stop();
}

void TestSegmentsPage::everyControlIsNamed()
{
    int checked = 0;
    for (QWidget *w : m_page->findChildren<QWidget *>()) {
        const bool control = w->inherits("QLineEdit") || w->inherits("QComboBox")
                             || w->inherits("QAbstractSpinBox") || w->inherits("QAbstractButton")
                             || w->inherits("QAbstractItemView");
        if (!control || w->inherits("QHeaderView") || w->focusPolicy() == Qt::NoFocus)
            continue;
        // Parts of a composite control (a spin box's line edit, a table's corner button).
        const QWidget *parent = w->parentWidget();
        if (parent
            && (parent->inherits("QAbstractSpinBox") || parent->inherits("QComboBox")
                || parent->inherits("QAbstractItemView") || parent->inherits("QCalendarWidget")))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        ++checked;
    }
    QVERIFY(checked >= 20);
}

void TestSegmentsPage::selectSegment(const QString &name)
{
    auto *search = widgetNamed<QLineEdit>(m_page.get(), QStringLiteral("Search segments"));
    QVERIFY(search);
    search->clear();
    QTest::keyClicks(search, name);
    auto *list = widgetNamed<QTableView>(m_page.get(), QStringLiteral("Segments"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    const QRect cell = list->visualRect(list->model()->index(0, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    auto *title = widgetNamed<QLabel>(m_page.get(), QStringLiteral("Segment name"));
    QTRY_COMPARE(title->text(), name);
}

void TestSegmentsPage::setOutput(const QString &path)
{
    auto *output = widgetNamed<QLineEdit>(m_page.get(), QStringLiteral("Output file"));
    QVERIFY(output);
    output->selectAll();
    QTest::keyClick(output, Qt::Key_Backspace);
    QTest::keyClicks(output, path);
    QCOMPARE(output->text(), path);
}

// Follows selectFilterExport: "Churn risk" has a filter, three attributes and a result.
void TestSegmentsPage::stateBelongsToItsSegment()
{
    const int resultRows = m_page->workspace()->records()->rowCount();
    QVERIFY(resultRows > 0);
    auto *filters = widgetNamed<QListWidget>(m_page.get(), QStringLiteral("Active filters"));
    auto *attrs = widgetNamed<QListWidget>(m_page.get(), QStringLiteral("Attributes to export"));
    auto *table = widgetNamed<QTableView>(m_page.get(), QStringLiteral("Exported records"));
    const auto status = [&] { return m_page->statusText(); };
    const auto checked = [&] {
        QStringList names;
        for (int i = 0; i < attrs->count(); ++i) {
            if (attrs->item(i)->checkState() == Qt::Checked)
                names.append(attrs->item(i)->data(Qt::UserRole).toString());
        }
        return names;
    };
    QCOMPARE(filters->count(), 1);
    QVERIFY2(status().startsWith(u"Exported to"), qPrintable(status()));
    const QStringList churnAttributes = checked();
    QCOMPARE(churnAttributes.size(), 3);

    // Another segment: none of Churn risk's filters, choices, records or outcome.
    selectSegment(QStringLiteral("Gold loyalty members"));
    QCOMPARE(filters->count(), 0);
    QVERIFY(checked().size() > 3);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY2(!status().contains(u"Exported to"), qPrintable(status()));
    QVERIFY2(status().contains(u"No export of this segment yet"), qPrintable(status()));
    // An edit here stays here.
    attrs->item(0)->setCheckState(Qt::Unchecked);
    const QStringList goldAttributes = checked();

    // Back: Churn risk as it was left.
    selectSegment(QStringLiteral("Churn risk, Q3 (model v2)"));
    QCOMPARE(filters->count(), 1);
    QVERIFY(filters->item(0)->text().contains(u"Gold"));
    QCOMPARE(checked(), churnAttributes);
    QCOMPARE(table->model()->rowCount(), resultRows);
    QVERIFY2(status().startsWith(u"Exported to"), qPrintable(status()));
    auto *verdict = widgetNamed<QLabel>(m_page.get(), QStringLiteral("Export verdict"));
    QVERIFY(verdict->text().contains(u"Ready to export"));

    selectSegment(QStringLiteral("Gold loyalty members"));
    QCOMPARE(checked(), goldAttributes);
    selectSegment(QStringLiteral("Churn risk, Q3 (model v2)"));
}

void TestSegmentsPage::selectFilterExport()
{
    selectSegment(QStringLiteral("Churn risk, Q3 (model v2)"));
    auto *verdict = widgetNamed<QLabel>(m_page.get(), QStringLiteral("Export verdict"));
    QVERIFY(verdict->text().contains(u"Ready to export"));
    // The suggested file name has no dangling separator.
    auto *output = widgetNamed<QLineEdit>(m_page.get(), QStringLiteral("Output file"));
    QVERIFY2(output->text().endsWith(u"/Churn-risk-Q3-model-v2.csv"), qPrintable(output->text()));
    const QString out = m_dir.filePath(QStringLiteral("gui.csv"));
    setOutput(out);

    // The filter builder offers valid attributes only, operators by type, a typed editor.
    auto *attribute = widgetNamed<QComboBox>(m_page.get(), QStringLiteral("Filter attribute"));
    auto *op = widgetNamed<QComboBox>(m_page.get(), QStringLiteral("Filter operator"));
    QCOMPARE(attribute->findText(QStringLiteral("legacyScore")), -1);
    attribute->setCurrentIndex(attribute->findText(QStringLiteral("orderCount")));
    QCOMPARE(op->findData(QStringLiteral("contains")), -1);
    QVERIFY(op->findData(QStringLiteral("greater_than")) >= 0);
    auto *intValue
            = widgetNamed<QSpinBox>(m_page.get(), QStringLiteral("Filter value (whole number)"));
    QVERIFY(intValue->isVisible());

    attribute->setFocus();
    attribute->setCurrentIndex(attribute->findText(QStringLiteral("tier")));
    op->setCurrentIndex(op->findData(QStringLiteral("equals")));
    auto *text = widgetNamed<QLineEdit>(m_page.get(), QStringLiteral("Filter value"));
    QVERIFY(text->isVisible());
    QTest::keyClicks(text, QStringLiteral("Gold"));
    QTest::mouseClick(widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Add filter")),
                      Qt::LeftButton);
    auto *filters = widgetNamed<QListWidget>(m_page.get(), QStringLiteral("Active filters"));
    QCOMPARE(filters->count(), 1);
    QVERIFY(filters->item(0)->text().contains(u"Gold"));

    // Export three attributes only.
    auto *attrs = widgetNamed<QListWidget>(m_page.get(), QStringLiteral("Attributes to export"));
    for (int i = 0; i < attrs->count(); ++i) {
        const QString n = attrs->item(i)->data(Qt::UserRole).toString();
        attrs->item(i)->setCheckState(
                n == u"tier" || n == u"notes" || n == u"city" ? Qt::Checked : Qt::Unchecked);
    }

    auto *exportButton = widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Export segment"));
    QVERIFY(exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(m_page->workspace()->exportJob());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->workspace()->exportJob()->isFinished(), segtest::timeoutMs);
    QCOMPARE(m_page->workspace()->exportJob()->state(), JobState::Succeeded);
    // The activity pane names the job as a person would, not by kind and id.
    {
        JobListModel jobs(&m_registry);
        const int row = jobs.rowOf(m_page->workspace()->exportJob()->id());
        QVERIFY(row >= 0);
        QCOMPARE(jobs.index(row, JobListModel::KindColumn).data().toString(),
                 QStringLiteral("Export · Churn risk, Q3 (model v2)"));
    }

    const QString id = segtest::segmentId(m_sim, QStringLiteral("Churn risk, Q3 (model v2)"));
    const QStringList truth = segtest::groundTruth(
            m_sim, id,
            QJsonArray{QJsonObject{{QStringLiteral("attribute"), QStringLiteral("tier")},
                                   {QStringLiteral("operator"), QStringLiteral("equals")},
                                   {QStringLiteral("value"), QStringLiteral("Gold")}}});
    QVERIFY(!truth.isEmpty());
    QTRY_COMPARE(m_page->workspace()->records()->rowCount(), int(truth.size()));
    QCOMPARE(m_page->workspace()->records()->columnCount(), 4);
    QCOMPARE(m_page->workspace()
                     ->records()
                     ->data(m_page->workspace()->records()->index(0, 0))
                     .toString(),
             truth.first());
    const QList<QStringList> rows = segtest::readCsv(segtest::readAll(out));
    QCOMPARE(rows.size(), truth.size() + 1);
    QCOMPARE(rows.first(), (QStringList{QStringLiteral("contactId"), QStringLiteral("city"),
                                        QStringLiteral("tier"), QStringLiteral("notes")}));
    for (qsizetype i = 1; i < rows.size(); ++i)
        QCOMPARE(rows[i][2], QStringLiteral("Gold"));
    auto *status = widgetNamed<QLabel>(m_page.get(), QStringLiteral("Export status"));
    QVERIFY2(status->text().contains(u"Exported to"), qPrintable(status->text()));

    const QString shots = QStringLiteral(CXONE_SCREENSHOT_DIR);
    QDir().mkpath(shots);
    QVERIFY(m_page->grab().save(shots + QStringLiteral("/segments.png")));
}

void TestSegmentsPage::refusedSegmentExplained()
{
    selectSegment(QStringLiteral("Spring promo 2023"));
    auto *verdict = widgetNamed<QLabel>(m_page.get(), QStringLiteral("Export verdict"));
    QVERIFY(verdict->text().contains(u"Cannot be exported"));
    QVERIFY(verdict->accessibleDescription().contains(u"is Inactive"));
    QVERIFY(verdict->accessibleDescription().contains(u"freshness limit"));
    QVERIFY(!widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Export segment"))->isEnabled());

    // A stale segment becomes exportable when the freshness limit is raised.
    selectSegment(QStringLiteral("Newsletter subscribers"));
    QVERIFY(!widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Export segment"))->isEnabled());
    auto *age = widgetNamed<QSpinBox>(m_page.get(), QStringLiteral("Freshness limit in hours"));
    age->setValue(96);
    QVERIFY(widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Export segment"))->isEnabled());
    age->setValue(24);

    // Deprecated attributes are listed, explained and cannot be checked.
    selectSegment(QStringLiteral("Legacy CRM import"));
    auto *attrs = widgetNamed<QListWidget>(m_page.get(), QStringLiteral("Attributes to export"));
    bool found = false;
    for (int i = 0; i < attrs->count(); ++i) {
        if (attrs->item(i)->data(Qt::UserRole).toString() == u"legacyScore") {
            found = true;
            QVERIFY(!(attrs->item(i)->flags() & Qt::ItemIsEnabled));
            QVERIFY(attrs->item(i)->text().contains(u"deprecated"));
        }
    }
    QVERIFY(found);
    QVERIFY(verdict->text().contains(u"Ready to export"));
    QVERIFY(verdict->accessibleDescription().contains(u"legacyScore"));
}

void TestSegmentsPage::cancelThenResume()
{
    QString error;
    QVERIFY(m_sim.applyFaultJson({{QStringLiteral("latency-ms"), 20}}, &error));
    selectSegment(QStringLiteral("Gold loyalty members"));
    const QString out = m_dir.filePath(QStringLiteral("gold.csv"));
    setOutput(out);
    widgetNamed<QSpinBox>(m_page.get(), QStringLiteral("Page size"))->setValue(100);
    auto *resume
            = widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Resume interrupted export"));
    QVERIFY(!resume->isEnabled());
    QTest::mouseClick(widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Export segment")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->workspace()->exportJob()->metrics().pages >= 3,
                             segtest::timeoutMs);
    QTest::mouseClick(widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Cancel export")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->workspace()->exportJob()->isFinished(), segtest::timeoutMs);
    QCOMPARE(m_page->workspace()->exportJob()->state(), JobState::Cancelled);
    QTRY_VERIFY(resume->isEnabled());
    const QString said = widgetNamed<QLabel>(m_page.get(), QStringLiteral("Export status"))->text();
    QVERIFY2(said.contains(u"records are kept; Resume continues from there"), qPrintable(said));
    QVERIFY(m_sim.applyFaultJson({{QStringLiteral("reset"), true}}, &error));
    // A setting changed since: Resume says which, and offers to set it back and go on.
    auto *pageSize = widgetNamed<QSpinBox>(m_page.get(), QStringLiteral("Page size"));
    pageSize->setValue(110);
    QString offered;
    m_page->setCheckpointHook([&offered](QMessageBox *box) {
        offered = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == u"Use its settings and resume")
                b->click();
        }
    });
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty(), segtest::timeoutMs);
    QVERIFY2(offered.contains(u"page size 100 there, 110 here"), qPrintable(offered));
    QCOMPARE(pageSize->value(), 100);
    m_page->setCheckpointHook({});
    QTRY_VERIFY_WITH_TIMEOUT(m_page->workspace()->exportJob()->isFinished(), segtest::timeoutMs);
    QCOMPARE(m_page->workspace()->exportJob()->state(), JobState::Succeeded);
    QVERIFY(m_page->workspace()->exportJob()->wasResumed());
    const QList<QStringList> rows = segtest::readCsv(segtest::readAll(out));
    QStringList ids;
    for (qsizetype i = 1; i < rows.size(); ++i)
        ids.append(rows[i].first());
    QCOMPARE(ids,
             segtest::groundTruth(
                     m_sim, segtest::segmentId(m_sim, QStringLiteral("Gold loyalty members"))));
    QVERIFY(!resume->isEnabled());

    // One rate, whoever shows it: the page's "records/s on average" and the activity pane's
    // throughput of the finished resume are the same figure (the records of this run, not those
    // it resumed from, over the job's whole time).
    SegmentExportJob *job = m_page->workspace()->exportJob();
    JobListModel jobs(&m_registry);
    const int row = jobs.rowOf(job->id());
    QVERIFY(row >= 0);
    const double paneRate = jobs.index(row, JobListModel::ThroughputColumn)
                                    .data(JobListModel::SortRole)
                                    .toDouble();
    const ExportMetrics m = job->metrics();
    QVERIFY(m.resumedFromRecords > 0);
    // The table holds this run's records, numbered from where the file went on, and says so.
    auto *table = widgetNamed<QTableView>(m_page.get(), QStringLiteral("Exported records"));
    QCOMPARE(table->model()->headerData(0, Qt::Vertical).toLongLong(), m.resumedFromRecords + 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(),
             ids.at(qsizetype(m.resumedFromRecords)));
    QCOMPARE(qint64(table->model()->rowCount()) + m.resumedFromRecords, qint64(ids.size()));
    const QString status
            = widgetNamed<QLabel>(m_page.get(), QStringLiteral("Export status"))->text();
    QVERIFY2(status.contains(u"were exported by the interrupted run"), qPrintable(status));
    QVERIFY2(qAbs(paneRate - m.recordsPerSecond) <= 0.01 * m.recordsPerSecond + 1,
             qPrintable(
                     QStringLiteral("pane %1/s, page %2/s").arg(paneRate).arg(m.recordsPerSecond)));
}

// Follows cancelThenResume: Churn risk and Gold loyalty members were both exported.
void TestSegmentsPage::countsAndRecordsFollowTheForm()
{
    // The list's count follows the freshness limit: a longer one makes more exportable now.
    auto *info = widgetNamed<QLabel>(m_page.get(), QStringLiteral("Segment list status"));
    QVERIFY(info);
    const auto exportable = [info] {
        const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("^7 segments, (\\d+) exportable now"))
                          .match(info->text());
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    const int before = exportable();
    QVERIFY2(before > 0, qPrintable(info->text()));
    auto *age = widgetNamed<QSpinBox>(m_page.get(), QStringLiteral("Freshness limit in hours"));
    age->setValue(96);
    QVERIFY2(exportable() > before, qPrintable(info->text()));
    age->setValue(24);
    QCOMPARE(exportable(), before);

    // Each segment's records come back with it, not only the last export's.
    auto *table = widgetNamed<QTableView>(m_page.get(), QStringLiteral("Exported records"));
    const QString churn = QStringLiteral("Churn risk, Q3 (model v2)");
    const QStringList churnTruth = segtest::groundTruth(
            m_sim, segtest::segmentId(m_sim, churn),
            QJsonArray{QJsonObject{{QStringLiteral("attribute"), QStringLiteral("tier")},
                                   {QStringLiteral("operator"), QStringLiteral("equals")},
                                   {QStringLiteral("value"), QStringLiteral("Gold")}}});
    selectSegment(churn);
    QCOMPARE(table->model()->rowCount(), int(churnTruth.size()));
    QCOMPARE(table->model()->index(0, 0).data().toString(), churnTruth.first());
    selectSegment(QStringLiteral("Gold loyalty members"));
    const int goldRows = table->model()->rowCount();
    QVERIFY(goldRows > 0);
    QCOMPARE(table->model(), m_page->workspace()->records());
    selectSegment(churn);
    QCOMPARE(table->model()->rowCount(), int(churnTruth.size()));

    // The status tells the page's latency from the pane's call latency in words.
    const QString said = m_page->statusText();
    QVERIFY2(said.contains(u"page latency (a whole page, its retries and waits included)"),
             qPrintable(said));

    // An export cancelled before its first page is named by its segment, not its id.
    QString error;
    QVERIFY(m_sim.applyFaultJson({{QStringLiteral("latency-ms"), 3000}}, &error));
    QTest::mouseClick(widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Export segment")),
                      Qt::LeftButton);
    QTest::mouseClick(widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Cancel export")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->workspace()->exportJob()->isFinished(), segtest::timeoutMs);
    QVERIFY(m_sim.applyFaultJson({{QStringLiteral("reset"), true}}, &error));
    SegmentExportJob *job = m_page->workspace()->exportJob();
    QCOMPARE(job->state(), JobState::Cancelled);
    QCOMPARE(job->metrics().pages, 0);
    JobListModel jobs(&m_registry);
    const int row = jobs.rowOf(job->id());
    QVERIFY(row >= 0);
    QCOMPARE(jobs.index(row, JobListModel::KindColumn).data().toString(),
             QStringLiteral("Export · ") + churn);
    QCOMPARE(jobs.index(row, JobListModel::TargetColumn).data().toString(), churn);
    QVERIFY2(m_page->statusText().contains(u"Cancelled before the first page"),
             qPrintable(m_page->statusText()));
}

// Scrolling the form with the wheel must not change the spin box or combo that passes under the
// pointer (page size 500 -> 510); once a person has clicked into one, the wheel changes it.
void TestSegmentsPage::wheelChangesOnlyFocusedFields()
{
    selectSegment(QStringLiteral("Gold loyalty members"));
    auto *pageSize = widgetNamed<QSpinBox>(m_page.get(), QStringLiteral("Page size"));
    auto *attribute = widgetNamed<QComboBox>(m_page.get(), QStringLiteral("Filter attribute"));
    auto *list = widgetNamed<QTableView>(m_page.get(), QStringLiteral("Segments"));
    QVERIFY(pageSize && attribute && list);
    QVERIFY(pageSize->isEnabled() && attribute->count() > 1);
    // A wheel gives them no focus (Qt would, before any filter sees the event).
    QCOMPARE(pageSize->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(attribute->focusPolicy() & Qt::WheelFocus, Qt::StrongFocus);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    const auto wheel = [](QWidget *w) {
        const QPointF at(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent e(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &e);
    };
    const int size = pageSize->value();
    const int index = attribute->currentIndex();
    wheel(pageSize);
    wheel(pageSize->findChild<QLineEdit *>());
    wheel(attribute);
    QCOMPARE(pageSize->value(), size);
    QCOMPARE(attribute->currentIndex(), index);
    QVERIFY(!pageSize->hasFocus()); // the wheel gave no focus either

    pageSize->setFocus();
    QTRY_VERIFY(pageSize->hasFocus());
    wheel(pageSize);
    QVERIFY(pageSize->value() != size);
    pageSize->setValue(size);
    list->setFocus();
}

// All / None tick every exportable attribute in one click (deprecated ones stay out); the
// suggested file name has no dangling separator.
void TestSegmentsPage::attributesAllNoneAndFileName()
{
    selectSegment(QStringLiteral("Legacy CRM import"));
    auto *output = widgetNamed<QLineEdit>(m_page.get(), QStringLiteral("Output file"));
    QVERIFY(output);
    QVERIFY2(output->text().endsWith(u"/Legacy-CRM-import.csv"), qPrintable(output->text()));
    auto *list = widgetNamed<QListWidget>(m_page.get(), QStringLiteral("Attributes to export"));
    const auto checked = [list] {
        int n = 0;
        for (int i = 0; i < list->count(); ++i)
            n += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
        return n;
    };
    const int all = checked();
    QVERIFY(all > 0 && all < list->count()); // legacyScore is deprecated
    QTest::mouseClick(widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Export no attribute")),
                      Qt::LeftButton);
    QCOMPARE(checked(), 0);
    QTest::mouseClick(
            widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Export every attribute")),
            Qt::LeftButton);
    QCOMPARE(checked(), all);
}

// The page as it is on a 1600 × 1000 screen with the activity pane open: a segment with
// fourteen attributes and one filter shows all its settings, down to the CDP URL, without
// scrolling, and the records keep six lines or more.
void TestSegmentsPage::settingsFitWithoutScrolling()
{
    m_page->resize(1280, 680);
    selectSegment(QStringLiteral("Churn risk, Q3 (model v2)"));
    auto *scroll = m_page->findChild<QScrollArea *>();
    QVERIFY(scroll);
    auto *cdp = widgetNamed<QLineEdit>(m_page.get(), QStringLiteral("CDP callback URL"));
    auto *stop = widgetNamed<QCheckBox>(
            m_page.get(), QStringLiteral("Stop the export when a CDP callback fails"));
    QVERIFY(cdp && stop);
    const auto inView = [scroll](QWidget *w) {
        const QRect r(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
        return scroll->viewport()->rect().contains(r);
    };
    QTRY_VERIFY(inView(cdp));
    QVERIFY(inView(stop));
    QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
    auto *records = widgetNamed<QTableView>(m_page.get(), QStringLiteral("Exported records"));
    QVERIFY(records->height() >= (records->fontMetrics().height() + 6) * 6);

    // A filter adds a line; everything is still in view.
    auto *filters = widgetNamed<QListWidget>(m_page.get(), QStringLiteral("Active filters"));
    const int before = filters->count(); // earlier tests left one on this segment
    auto *value = widgetNamed<QLineEdit>(m_page.get(), QStringLiteral("Filter value"));
    QVERIFY(value);
    value->setFocus();
    QTest::keyClicks(value, QStringLiteral("Ann"));
    QTest::keyClick(value, Qt::Key_Return);
    QTRY_VERIFY(filters->isVisible());
    QCOMPARE(filters->count(), before + 1);
    QTRY_VERIFY(inView(cdp));
    QTRY_COMPARE(scroll->verticalScrollBar()->maximum(), 0);
    filters->setCurrentRow(before);
    QTest::mouseClick(
            widgetNamed<QPushButton>(m_page.get(), QStringLiteral("Remove selected filter")),
            Qt::LeftButton);
    QCOMPARE(filters->count(), before);
    QCOMPARE(filters->isVisible(), before > 0); // no filter, no empty list
    m_page->resize(1280, 860);
}

QTEST_MAIN(TestSegmentsPage)
#include "test_segments_page.moc"
