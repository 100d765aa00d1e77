// The JSON writer behind request bodies, journal lines and simulator answers: what it writes
// parses back to the same value (strings with every escape, control characters, quotes, non-ASCII
// and emoji; integers to 2^63; doubles that must round-trip; NaN refused as null), commas and
// nesting are right however members are written, and whole objects come out as Qt would parse
// them.
#include "network/jsonwriter.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

#include <cmath>
#include <limits>

using namespace cxone;

class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stringsRoundTrip_data();
    void stringsRoundTrip();
    void numbers_data();
    void numbers();
    void nestingAndCommas();
    void objectsMatchWhatQtParses();
    void randomDocumentsRoundTrip();
    void growsAndGoesOnAfterReading();
};

void TestJsonWriter::stringsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("ct-us_main-0000001");
    QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" \\ bye");
    QTest::newRow("controls") << QStringLiteral("a\nb\rc\td\be\ff") + QChar(0x01) + QChar(0x1f);
    QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("x");
    QTest::newRow("latin") << QStringLiteral("Jos\u00e9 M\u00fcller");
    QTest::newRow("cjk") << QStringLiteral("\u5f20\u4f1f");
    QTest::newRow("emoji") << QStringLiteral("ok \U0001F600");
    QTest::newRow("slash and delete") << QStringLiteral("a/b") + QChar(0x7f);
    QTest::newRow("ascii with escape at end") << QStringLiteral("tail\"");
    QTest::newRow("long plain") << QStringLiteral("account_manager.priority_score-").repeated(5);
    // Every character that needs escaping (and its plain neighbours) at every place of the first
    // three 8-byte steps of the scan.
    const QList<QChar> specials{u'"',        u'\\',       u'\n',       QChar(0x01),
                                QChar(0x1f), QChar(0),    QChar(0x20), QChar(0x21),
                                QChar(0x5b), QChar(0x7f), QChar(0xe9)};
    for (const QChar c : specials) {
        for (int at = 0; at < 24; ++at) {
            QString text = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
            text[at] = c;
            QTest::addRow("U+%04x at %d", c.unicode(), at) << text;
        }
    }
}

void TestJsonWriter::stringsRoundTrip()
{
    QFETCH(QString, text);
    JsonWriter w;
    w.beginObject().key(text).string(text).key(QLatin1StringView("u")).utf8(text.toUtf8());
    w.endObject();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(w.bytes(), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError,
             qPrintable(pe.errorString() + u' ' + QString::fromUtf8(w.bytes())));
    QCOMPARE(doc.object().value(text).toString(), text);
    QCOMPARE(doc.object().value(u"u").toString(), text);
    // Nothing below 0x20 is left raw.
    for (const char c : w.bytes())
        QVERIFY(static_cast<unsigned char>(c) >= 0x20);
    // What needs no escaping is written as it is.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c != u'"' && c != u'\\';
    });
    if (plain)
        QVERIFY(w.bytes().contains(QByteArray('"' + text.toUtf8() + '"')));
}

void TestJsonWriter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("whole") << 42.0 << QByteArray("42");
    QTest::newRow("negative whole") << -7.0 << QByteArray("-7");
    QTest::newRow("fraction") << 0.1 << QByteArray("0.1");
    QTest::newRow("money") << 1234.56 << QByteArray("1234.56");
    QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
    QTest::newRow("tiny") << 5e-324 << QByteArray("5e-324");
    // Beyond 64-bit integers: with an exponent (digits only would read as an integer that does
    // not fit).
    QTest::newRow("2^63") << 9223372036854775808.0 << QByteArray("9.223372036854776e+18");
    QTest::newRow("2^64") << 18446744073709551616.0 << QByteArray("1.8446744073709552e+19");
    QTest::newRow("-2^64") << -18446744073709551616.0 << QByteArray("-1.8446744073709552e+19");
    QTest::newRow("1e300") << 1e300 << QByteArray("1e+300");
    QTest::newRow("just below 2^63") << 9223372036854774784.0 << QByteArray("9223372036854774784");
    QTest::newRow("nan") << std::nan("") << QByteArray("null");
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QByteArray("null");
}

void TestJsonWriter::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, written);
    JsonWriter w;
    w.number(value);
    QCOMPARE(w.bytes(), written);
    if (std::isfinite(value)) {
        const QJsonDocument doc = QJsonDocument::fromJson("[" + w.bytes() + "]");
        QCOMPARE(doc.array().at(0).toDouble(), value);
    }
    JsonWriter big;
    big.beginArray()
            .integer(std::numeric_limits<qint64>::max())
            .integer(std::numeric_limits<qint64>::min())
            .value(QJsonValue(qint64(9007199254740993)))
            .endArray();
    QCOMPARE(big.bytes(), QByteArray("[9223372036854775807,-9223372036854775808,"
                                     "9007199254740993]"));
}

void TestJsonWriter::nestingAndCommas()
{
    JsonWriter w;
    w.beginObject()
            .member(QLatin1StringView("a"), 1)
            .key(QLatin1StringView("b"))
            .beginArray()
            .beginObject()
            .endObject()
            .beginArray()
            .endArray()
            .null()
            .boolean(true)
            .raw("{\"r\":[1]}")
            .endArray()
            .member(QLatin1StringView("c"), QStringLiteral("x"))
            .endObject();
    QCOMPARE(w.bytes(), QByteArray("{\"a\":1,\"b\":[{},[],null,true,{\"r\":[1]}],\"c\":\"x\"}"));
}

void TestJsonWriter::objectsMatchWhatQtParses()
{
    const QByteArray source = R"({"contacts":[{"id":"c1","before":{"tier":null,"n":3},
        "after":{"tier":"gold","n":4.5,"ok":false,"when":"2024-01-15"}}],"note":"Zo\u00eb \"Z\""})";
    const QJsonObject o = QJsonDocument::fromJson(source).object();
    QVERIFY(!o.isEmpty());
    const QByteArray mine = toJsonBytes(o);
    QCOMPARE(QJsonDocument::fromJson(mine).object(), o);
    // Same bytes as Qt's compact form for an object Qt built (sorted keys, same numbers).
    QCOMPARE(mine, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void TestJsonWriter::randomDocumentsRoundTrip()
{
    QRandomGenerator rng(7);
    const auto randomString = [&rng] {
        QString s;
        const int n = int(rng.bounded(12));
        for (int i = 0; i < n; ++i) {
            const quint32 pick = rng.bounded(10);
            s += pick < 6   ? QChar(char16_t(0x20 + rng.bounded(0x5f)))
                 : pick < 8 ? QChar(char16_t(rng.bounded(0x20)))
                            : QChar(char16_t(0xa0 + rng.bounded(0x2000)));
        }
        return s;
    };
    for (int round = 0; round < 300; ++round) {
        QJsonObject o;
        const int members = int(rng.bounded(8));
        for (int m = 0; m < members; ++m) {
            QJsonValue v;
            switch (rng.bounded(5)) {
            case 0:
                v = randomString();
                break;
            case 1:
                v = qint64(rng.generate64() >> 12) * (rng.bounded(2) ? 1 : -1);
                break;
            case 2:
                v = rng.generateDouble() * 1e6;
                break;
            case 3:
                v = bool(rng.bounded(2));
                break;
            default:
                v = QJsonArray{randomString(), QJsonValue(), QJsonObject{{randomString(), 1}}};
            }
            o.insert(randomString(), v);
        }
        const QByteArray bytes = toJsonBytes(o);
        QJsonParseError pe;
        const QJsonObject back = QJsonDocument::fromJson(bytes, &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, bytes.constData());
        QCOMPARE(back, o);
    }
}

void TestJsonWriter::growsAndGoesOnAfterReading()
{
    // The writer keeps room past what it wrote: reading the bytes, copying them, clearing and
    // writing again must each see exactly what was written, whatever the room was.
    JsonWriter w(1);
    QByteArray expected("[");
    w.beginArray();
    QList<QByteArray> seen;
    for (int i = 0; i < 5000; ++i) {
        const QString text = QStringLiteral("item %1 \u00e9\"").arg(i);
        w.string(text);
        expected += (i > 0 ? "," : "") + QByteArray("\"item ") + QByteArray::number(i)
                    + " \xC3\xA9\\\"\"";
        if (i % 997 == 0) {
            QCOMPARE(w.bytes(), expected);
            seen << w.bytes(); // a copy shares the bytes: writing on must not change it
            QCOMPARE(w.size(), expected.size());
        }
    }
    w.endArray();
    expected += ']';
    QCOMPARE(w.bytes(), expected);
    QCOMPARE(seen.first(), QByteArray("[\"item 0 \xC3\xA9\\\"\""));
    QVERIFY(QJsonDocument::fromJson(w.bytes()).isArray());
    const QByteArray taken = w.take();
    QCOMPARE(taken, expected);
    QCOMPARE(w.bytes(), QByteArray());
    w.beginObject().member(QLatin1StringView("a"), qint64(1)).endObject();
    QCOMPARE(w.bytes(), QByteArray("{\"a\":1}"));
    w.clear();
    QCOMPARE(w.bytes(), QByteArray());
    w.beginArray().integer(2).endArray();
    QCOMPARE(w.take(), QByteArray("[2]"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "test_jsonwriter.moc"
