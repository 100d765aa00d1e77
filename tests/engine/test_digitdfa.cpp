// The automaton that matches the phone metadata's number patterns (DigitDfa) against PCRE2 on
// the same patterns: every pattern of every region's descriptions, on the library's own example
// numbers and on digit strings around them.
#include "models/engine/phone/phonemetadata.h"

#include <QTest>

#include <random>

using cxone::phone::DigitDfa;
using cxone::phone::metadataCollection;
using cxone::phone::Pcre2Pattern;

class TestDigitDfa : public QObject
{
    Q_OBJECT

private slots:
    void patterns_data();
    void patterns();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();
    void sameAsPcre2OnTheMetadata();
    void usedByWholeStringPatterns();
};

void TestDigitDfa::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("matches");
    QTest::newRow("class and count") << "[2-9]\\d{2}"
                                     << "212" << true;
    QTest::newRow("class refuses") << "[2-9]\\d{2}"
                                   << "112" << false;
    QTest::newRow("too short") << "[2-9]\\d{2}"
                               << "21" << false;
    QTest::newRow("too long") << "[2-9]\\d{2}"
                              << "2123" << false;
    QTest::newRow("range of counts low") << "\\d{2,4}"
                                         << "12" << true;
    QTest::newRow("range of counts high") << "\\d{2,4}"
                                          << "1234" << true;
    QTest::newRow("range of counts over") << "\\d{2,4}"
                                          << "12345" << false;
    QTest::newRow("open count") << "1\\d{2,}"
                                << "1234567" << true;
    QTest::newRow("open count under") << "1\\d{2,}"
                                      << "12" << false;
    QTest::newRow("alternatives") << "1(?:2|34)5"
                                  << "1345" << true;
    QTest::newRow("alternatives other") << "1(?:2|34)5"
                                        << "125" << true;
    QTest::newRow("alternatives neither") << "1(?:2|34)5"
                                          << "135" << false;
    QTest::newRow("optional group") << "(?:44)?\\d{3}"
                                    << "44123" << true;
    QTest::newRow("optional group left out") << "(?:44)?\\d{3}"
                                             << "123" << true;
    QTest::newRow("capturing group") << "(1|2)3"
                                     << "23" << true;
    QTest::newRow("negated class") << "[^0]\\d"
                                   << "10" << true;
    QTest::newRow("negated class refuses") << "[^0]\\d"
                                           << "01" << false;
    QTest::newRow("class of parts") << "[1-35-7]"
                                    << "4" << false;
    QTest::newRow("class of parts 5") << "[1-35-7]"
                                      << "5" << true;
    QTest::newRow("star") << "12*3"
                          << "1223" << true;
    QTest::newRow("star none") << "12*3"
                               << "13" << true;
    QTest::newRow("plus none") << "12+3"
                               << "13" << false;
    QTest::newRow("lazy") << "\\d{2,3}?"
                          << "123" << true;
    QTest::newRow("nested counts") << "(?:[2-9]\\d{2}){2}\\d{4}"
                                   << "2125550123" << true;
    QTest::newRow("nested counts refuse") << "(?:[2-9]\\d{2}){2}\\d{4}"
                                          << "2121550123" << false;
    QTest::newRow("empty alternative") << "1(?:|2)"
                                       << "1" << true;
    QTest::newRow("not a digit in the subject") << "\\d{3}"
                                                << "1a3" << false;
    QTest::newRow("empty subject") << "\\d?"
                                   << "" << true;
}

void TestDigitDfa::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, subject);
    QFETCH(bool, matches);
    DigitDfa dfa;
    QVERIFY(dfa.build(pattern.toStdString()));
    QCOMPARE(dfa.matches(subject.toStdString()), matches);
    // and PCRE2 says the same
    const Pcre2Pattern pcre("(?:" + pattern.toStdString() + ")$", false);
    QVERIFY(pcre.isValid());
    QCOMPARE(pcre.matchLength(subject.toStdString()) == subject.size(), matches);
}

void TestDigitDfa::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("anchor") << "^12";
    QTest::newRow("end anchor") << "12$";
    QTest::newRow("letter") << "1a";
    QTest::newRow("look-ahead") << "(?=1)\\d";
    QTest::newRow("possessive") << "\\d++";
    QTest::newRow("back-reference") << "(1)\\1";
    QTest::newRow("open group") << "(12";
    QTest::newRow("open class") << "[12";
    QTest::newRow("open count") << "1{2";
    QTest::newRow("count reversed") << "1{3,2}";
    QTest::newRow("word class") << "\\w";
    QTest::newRow("empty") << "";
    // (one the fuzzer wrote: its automaton would take seconds to build; PCRE2 reads it)
    QTest::newRow("too much work") << "||(00(007\\d||\\d\\d+0){943}000)+30+3103";
}

void TestDigitDfa::refusesWhatItCannotRead()
{
    QFETCH(QString, pattern);
    DigitDfa dfa;
    QVERIFY(!dfa.build(pattern.toStdString()));
    QVERIFY(!dfa.isBuilt());
}

void TestDigitDfa::sameAsPcre2OnTheMetadata()
{
    std::mt19937 rng(20261125);
    int patterns = 0, built = 0, subjects = 0;
    const auto check = [&](const std::string &pattern, const std::vector<int> &lengths,
                           const std::string &example) {
        if (pattern.empty())
            return;
        ++patterns;
        DigitDfa dfa;
        if (!dfa.build(pattern))
            return; // (left to PCRE2 by Pcre2Pattern)
        ++built;
        const Pcre2Pattern pcre("(?:" + pattern + ")$", false);
        QVERIFY2(pcre.isValid(), pattern.c_str());
        std::vector<std::string> tries;
        if (!example.empty()) {
            tries.push_back(example);
            // the example with one digit changed, one more, one fewer
            for (int k = 0; k < 6; ++k) {
                std::string t = example;
                t[rng() % t.size()] = char('0' + rng() % 10);
                tries.push_back(t);
            }
            tries.push_back(example + char('0' + rng() % 10));
            tries.push_back(example.substr(0, example.size() - 1));
        }
        std::vector<int> sizes = lengths;
        if (sizes.empty())
            sizes = {6, 8, 10};
        for (const int l : sizes) {
            for (const int size : {l - 1, l, l + 1}) {
                for (int k = 0; k < 4 && size > 0; ++k) {
                    std::string t;
                    // the start of the example, then random digits
                    const size_t keep = example.empty() ? 0 : rng() % (example.size() + 1);
                    t = example.substr(0, std::min<size_t>(keep, size_t(size)));
                    while (int(t.size()) < size)
                        t += char('0' + rng() % 10);
                    tries.push_back(t);
                }
            }
        }
        for (const std::string &t : tries) {
            ++subjects;
            const bool byPcre = pcre.matchLength(t) == int(t.size());
            if (dfa.matches(t) != byPcre)
                QFAIL(qPrintable(
                        QStringLiteral("pattern %1 on %2: automaton %3, PCRE2 %4")
                                .arg(QString::fromStdString(pattern), QString::fromStdString(t))
                                .arg(dfa.matches(t))
                                .arg(byPcre)));
        }
    };
    for (const auto &m : metadataCollection().metadata()) {
        for (const auto *d : {&m.general_desc(), &m.fixed_line(), &m.mobile(), &m.toll_free(),
                              &m.premium_rate(), &m.shared_cost(), &m.voip(), &m.personal_number(),
                              &m.pager(), &m.uan(), &m.voicemail()}) {
            check(d->national_number_pattern(),
                  std::vector<int>(d->possible_length().begin(), d->possible_length().end()),
                  d->example_number());
        }
    }
    qInfo("%d patterns, %d as automata, %d subjects compared", patterns, built, subjects);
    QVERIFY(patterns > 1000);
    // Every pattern of the metadata is read as an automaton today; a few left to PCRE2 would
    // still be right, but slower.
    QVERIFY2(built * 100 >= patterns * 99, qPrintable(QString::number(patterns - built)));
}

void TestDigitDfa::usedByWholeStringPatterns()
{
    // A whole-string pattern matches by its automaton; its answers are PCRE2's.
    const Pcre2Pattern lazy("[2-9]\\d{2}(?:[2-9]\\d{6})", true, Pcre2Pattern::Compile::OnFirstUse);
    QVERIFY(lazy.isValid());
    QCOMPARE(lazy.matchLength("2125550123"), 10);
    QCOMPARE(lazy.matchLength("2121550123"), -1);
    QVERIFY(lazy.isValid());
    const Pcre2Pattern now("1(?:2|34)", true);
    QCOMPARE(now.matchLength("134"), 3);
    QCOMPARE(now.matchLength("1345"), -1);
    // one the automaton cannot read is PCRE2's
    const Pcre2Pattern other("1(?=2)\\d", true, Pcre2Pattern::Compile::OnFirstUse);
    QCOMPARE(other.matchLength("12"), 2);
    QCOMPARE(other.matchLength("13"), -1);
}

QTEST_APPLESS_MAIN(TestDigitDfa)
#include "test_digitdfa.moc"
