// The project's one SHA-256 and HMAC-SHA-256 (network/sha256.h) against the published test
// vectors (FIPS 180-2's examples, RFC 4231), fed whole and in pieces, and against Qt's digest,
// which journals and audit chains written before were made with.
#include "network/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace cxone;

class TestSha256 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digestVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495"
                                             "991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410"
                                           "ff61f20015ad");
        QTest::newRow("two blocks")
                << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                     << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497"
                                                   "200e046d39ccc7112cd0");
    }

    void digestVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sha256::hash(input).toHex(), digest);
        // In uneven pieces, then again on the same object (it starts again after result()).
        Sha256 h;
        for (int round = 0; round < 2; ++round) {
            for (qsizetype at = 0, step = 1; at < input.size(); at += step, step = step * 3 + 1)
                h.addData(QByteArrayView(input).sliced(at, qMin(step, input.size() - at)));
            QCOMPARE(h.result().toHex(), digest);
        }
    }

    // What was chained with Qt's SHA-256 before still verifies: the digests are the same.
    void sameAsQt()
    {
        QRandomGenerator rng(26);
        for (int i = 0; i < 200; ++i) {
            QByteArray bytes(qsizetype(rng.bounded(5000)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            QCOMPARE(Sha256::hash(bytes),
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        }
    }

    void hmacVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("mac");
        // RFC 4231, test cases 1, 2, 4 and 6 (6: a key longer than the block, hashed first).
        QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9"
                                              "376c2e32cff7");
        QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec"
                                              "58b964ec3843");
        QTest::newRow("case 4")
                << QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819")
                << QByteArray(50, '\xcd')
                << QByteArray("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
        QTest::newRow("case 6") << QByteArray(131, '\xaa')
                                << QByteArray("Test Using Larger Than Block-Size Key - Hash Key "
                                              "First")
                                << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546"
                                              "040f0ee37f54");
    }

    void hmacVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, mac);
        QCOMPARE(HmacSha256::mac(key, data).toHex(), mac);
        // Fed in two pieces, twice on one object: the key stays, the message starts again.
        HmacSha256 h(key);
        for (int round = 0; round < 2; ++round) {
            h.addData(QByteArrayView(data).first(data.size() / 2));
            h.addData(QByteArrayView(data).sliced(data.size() / 2));
            QCOMPARE(h.result().toHex(), mac);
        }
    }

    void comparesWholeDigests()
    {
        const QByteArray a = Sha256::hash("a");
        QVERIFY(sameDigest(a, Sha256::hash("a")));
        QVERIFY(!sameDigest(a, Sha256::hash("b")));
        QVERIFY(!sameDigest(a, a.first(16))); // a prefix is not the digest
        QVERIFY(!sameDigest(a, QByteArray()));
    }

    void randomBytes()
    {
        const QByteArray a = secureRandomBytes(32);
        const QByteArray b = secureRandomBytes(32);
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "test_sha256.moc"
