#include "models/engine/table/compactrowstore.h"
#include "models/engine/table/rowtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cxone;

class TestRowTable final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storesAndReadsCells_data();
    void storesAndReadsCells();
    void longCellsAreCut();
    void setCellKeepsOtherCells();
    void compactPerRow();
    void modelBatchesInserts();
    void modelClearAndHeaders();
    void rowNumbersContinueAnEarlierRun();
};

void TestRowTable::storesAndReadsCells_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("ascii") << QByteArray("plain");
    QTest::newRow("comma quote newline") << QByteArray("a,\"b\"\nc");
    QTest::newRow("unicode") << QString::fromUtf8("Zoë Ångström 北京 🙂").toUtf8();
    QTest::newRow("127 bytes") << QByteArray(127, 'x');
    QTest::newRow("128 bytes") << QByteArray(128, 'y');
    QTest::newRow("20k bytes") << QByteArray(20000, 'z');
}

void TestRowTable::storesAndReadsCells()
{
    QFETCH(QByteArray, value);
    CompactRowStore store(3);
    for (int i = 0; i < 1000; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray both = n + value;
        const QByteArrayView row[] = {n, value, both};
        store.appendRow(row);
    }
    QCOMPARE(store.rowCount(), 1000);
    for (int i : {0, 1, 499, 999}) {
        QCOMPARE(store.cell(i, 0), QByteArray::number(i));
        QCOMPARE(store.cell(i, 1), value);
        QCOMPARE(store.cell(i, 2), QByteArray(QByteArray::number(i) + value));
    }
    QCOMPARE(store.text(0, 1), QString::fromUtf8(value));
}

void TestRowTable::longCellsAreCut()
{
    CompactRowStore store(1);
    const QByteArray huge(100000, 'h');
    const QByteArrayView row[] = {huge};
    store.appendRow(row);
    QCOMPARE(store.cell(0, 0).size(), CompactRowStore::kMaxCellBytes);
}

void TestRowTable::setCellKeepsOtherCells()
{
    CompactRowStore store(3);
    for (int i = 0; i < 10; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArrayView row[] = {n, "keep", "x"};
        store.appendRow(row);
    }
    store.setCell(4, 2, "purge → keep");
    QCOMPARE(store.rowCount(), 10);
    QCOMPARE(store.cell(4, 0), QByteArray("4"));
    QCOMPARE(store.cell(4, 1), QByteArray("keep"));
    QCOMPARE(store.text(4, 2), QStringLiteral("purge → keep"));
    QCOMPARE(store.cell(5, 0), QByteArray("5"));
}

void TestRowTable::compactPerRow()
{
    // A typical export row: id, first and last name, e-mail, status, date: ~70 bytes of text.
    CompactRowStore store(6);
    const int rows = 200000;
    store.reserveRows(rows);
    for (int i = 0; i < rows; ++i) {
        const QByteArray id = "c-" + QByteArray::number(1000000 + i);
        const QByteArrayView row[] = {
                id, "Marguerite", "Okonkwo-Smith", "m.okonkwo@example.com", "active", "2026-11-20"};
        store.appendRow(row);
    }
    const double perRow = double(store.bytes()) / rows;
    qInfo("%.1f bytes per row for 70 bytes of text", perRow);
    QVERIFY2(perRow < 90, qPrintable(QString::number(perRow)));
}

void TestRowTable::modelBatchesInserts()
{
    RowTableModel model({QStringLiteral("id"), QStringLiteral("name")});
    QAbstractItemModelTester tester(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(inserted.isValid());
    for (int i = 0; i < 5000; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArrayView row[] = {n, "line1\nline2"};
        model.appendRow(row);
    }
    QCOMPARE(model.rowCount(), 0); // not announced yet
    QCOMPARE(model.storedRows(), 5000);
    QTRY_COMPARE(model.rowCount(), 5000);
    QCOMPARE(inserted.count(), 1); // one batch, not 5000 signals
    QCOMPARE(model.index(42, 0).data().toString(), QStringLiteral("42"));
    QCOMPARE(model.index(42, 1).data().toString(), QStringLiteral("line1⏎line2"));
    QCOMPARE(model.index(42, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("line1\nline2"));
    QCOMPARE(model.index(42, 1).data(RowTableModel::RawUtf8Role).toByteArray(),
             QByteArray("line1\nline2"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
}

void TestRowTable::modelClearAndHeaders()
{
    RowTableModel model({QStringLiteral("a")});
    QAbstractItemModelTester tester(&model);
    const QByteArrayView row[] = {"1"};
    model.appendRow(row);
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    model.setHeaders({QStringLiteral("x"), QStringLiteral("y")});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
    const QByteArrayView row2[] = {"1", "2"};
    model.appendRow(row2);
    model.flush();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.storedRows(), 0);
}

void TestRowTable::rowNumbersContinueAnEarlierRun()
{
    RowTableModel model({QStringLiteral("a")});
    QAbstractItemModelTester tester(&model);
    const QByteArrayView row[] = {"1"};
    model.appendRow(row);
    model.appendRow(row);
    model.flush();
    QCOMPARE(model.headerData(0, Qt::Vertical).toLongLong(), 1);
    QSignalSpy changed(&model, &QAbstractItemModel::headerDataChanged);
    model.setFirstRowNumber(105001);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Qt::Orientation>(), Qt::Vertical);
    QCOMPARE(model.headerData(0, Qt::Vertical).toLongLong(), 105001);
    QCOMPARE(model.headerData(1, Qt::Vertical).toLongLong(), 105002);
    model.clear(); // the next run starts at 1 again
    QCOMPARE(model.firstRowNumber(), 1);
}

QTEST_MAIN(TestRowTable)
#include "test_rowtable.moc"
