// The masker judged on numbers its authors did not write, by properties rather than answers:
//   - every region: libphonenumber's own example number of every region and type (fixed line,
//     mobile, toll free, VoIP), in E.164, international and national format, in carrier phrases
//     and beside neighbours (a time, a count, a year, an extension, a card, another phone,
//     "24/7"): none of the number's digits survives;
//   - mutations: the numbers of Presidio's labelled lines (tests/data/presidio) said in pieces
//     (fillers, pauses, a speaker turn inside), with other separators, as words: every digit
//     (or digit word) is still masked;
//   - the fuzzer's oracle: masking the output again finds nothing, on random text built from
//     number-ish tokens.
#include "models/transcripts/piieval.h"
#include "models/transcripts/piimasker.h"

#include <QRandomGenerator>
#include <QTest>

#include <phonenumbers/phonenumberutil.h>

#include <random>
#include <set>

using namespace cxone;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// True when every position in `positions` lies inside a mask of `text`.
bool allMasked(const std::vector<PiiSpan> &spans, const std::vector<qsizetype> &positions)
{
    for (qsizetype p : positions) {
        bool in = false;
        for (const PiiSpan &sp : spans)
            in = in || (sp.start <= p && p < sp.end);
        if (!in)
            return false;
    }
    return true;
}

// The positions of the digits of `number` placed at `at` in a text.
void digitPositions(const QString &number, qsizetype at, std::vector<qsizetype> *out)
{
    for (qsizetype i = 0; i < number.size(); ++i) {
        if (number[i].isDigit())
            out->push_back(at + i);
    }
}

QString maskedView(const PiiMasker &m, const QString &text)
{
    return m.mask(text);
}

const char *const kDigitWords[]
        = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

} // namespace

class TestPiiProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRegion_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("region");
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        std::set<std::string> regions;
        util->GetSupportedRegions(&regions);
        struct TypeName
        {
            PhoneNumberUtil::PhoneNumberType type;
            const char *name;
        };
        const TypeName types[] = {{PhoneNumberUtil::FIXED_LINE, "fixed"},
                                  {PhoneNumberUtil::MOBILE, "mobile"},
                                  {PhoneNumberUtil::TOLL_FREE, "toll-free"},
                                  {PhoneNumberUtil::VOIP, "voip"}};
        int rows = 0;
        for (const std::string &region : regions) {
            for (const TypeName &t : types) {
                PhoneNumber n;
                if (!util->GetExampleNumberForType(region, t.type, &n))
                    continue;
                std::set<std::string> seen;
                for (const auto format : {PhoneNumberUtil::E164, PhoneNumberUtil::INTERNATIONAL,
                                          PhoneNumberUtil::NATIONAL}) {
                    std::string text;
                    util->Format(n, format, &text);
                    if (!seen.insert(text).second)
                        continue;
                    QTest::addRow("%s %s %s", region.c_str(), t.name, text.c_str())
                            << QString::fromStdString(text) << QString::fromStdString(region);
                    ++rows;
                }
            }
        }
        QVERIFY(rows > 1500);
    }

    // Strict, the default: none of the number's digits survives, whatever stands around it.
    void everyRegion()
    {
        QFETCH(QString, number);
        QFETCH(QString, region);
        static const PiiMasker masker;
        // Carrier phrases: {} is the number; the flag: a phone word stands right before it.
        struct Phrase
        {
            const char *text;
            bool wordBefore;
        };
        static const Phrase phrases[] = {
                {"call me at {}", true},
                {"my number is {}", true},
                {"{} is my cell", false},
                {"you can reach me on {}, thanks", true},
                {"text me at {} please", true},
                {"the best number to call back is {}.", true},
                {"Customer: sure, it's {}", false},
                {"my {} phone number is {}", true},
        };
        // A national number of fewer than eight digits, or of fewer than ten run together
        // ("71234567"), is a number only by the words before it: required only there.
        int digitCount = 0, groups = 0;
        bool inGroup = false;
        for (const QChar c : number) {
            if (c.isDigit()) {
                ++digitCount;
                groups += inGroup ? 0 : 1;
                inGroup = true;
            } else {
                inGroup = false;
            }
        }
        const bool international = number.startsWith(u'+');
        // Written in the shape of an SSN (3-2-4) it is an SSN when it validates as one, a phone
        // number when the words say so, and neither otherwise.
        const QStringList parts
                = QString(number).replace(u'-', u' ').split(u' ', Qt::SkipEmptyParts);
        const bool ssnShape = parts.size() == 3 && parts[0].size() == 3 && parts[1].size() == 2
                              && parts[2].size() == 4;
        const bool needsWords = !international
                                && (digitCount < 8 || (groups == 1 && digitCount < 10) || ssnShape);
        // Neighbours: before and after the number.
        static const char *const before[]
                = {"", "at 5 pm, ", "ref 7 then ", "in 2019 ", "card 4111 1111 1111 1111 or "};
        static const char *const after[] = {"",
                                            " 5 pm",
                                            " 2 times",
                                            " 2024",
                                            " ext 7",
                                            " 24/7",
                                            " or 4111 1111 1111 1111",
                                            " or (212) 555-0123",
                                            ", 3 people"};
        const QString regionWords = QStringLiteral("work");
        for (const Phrase &phrase : phrases) {
            for (const char *b : before) {
                if (needsWords && (!phrase.wordBefore || *b))
                    continue;
                for (const char *a : after) {
                    QString p = QString::fromLatin1(phrase.text);
                    const QString placed = QString::fromLatin1(b) + number + QString::fromLatin1(a);
                    // The second {} of "my {} phone number is {}" names the kind of line.
                    if (p.count(QStringLiteral("{}")) == 2)
                        p.replace(p.indexOf(QStringLiteral("{}")), 2, regionWords);
                    const qsizetype at = p.indexOf(QStringLiteral("{}"));
                    const QString text = p.left(at) + placed + p.mid(at + 2);
                    const qsizetype numberAt = at + qsizetype(std::strlen(b));
                    std::vector<qsizetype> digits;
                    digitPositions(number, numberAt, &digits);
                    // The neighbours that are personal data must go too.
                    const QString afterText = QString::fromLatin1(a);
                    if (afterText.contains(u"4111") || afterText.contains(u"555"))
                        digitPositions(afterText, numberAt + number.size(), &digits);
                    const QString beforeText = QString::fromLatin1(b);
                    if (beforeText.contains(u"4111"))
                        digitPositions(beforeText, at, &digits);
                    const std::vector<PiiSpan> spans = masker.find(text);
                    QVERIFY2(allMasked(spans, digits),
                             qPrintable(QStringLiteral("%1 -> %2")
                                                .arg(text, maskedView(masker, text))));
                }
            }
        }
    }

    // Presidio's numbers (phones, SSNs, cards) said as people say them in calls.
    void mutations()
    {
        std::vector<GoldLine> gold;
        QString error;
        QVERIFY2(
                readGoldFile(QStringLiteral(CXONE_SOURCE_DIR "/tests/data/presidio/presidio.jsonl"),
                             &gold, &error),
                qPrintable(error));
        const PiiMasker masker;
        std::mt19937 rng(25);
        const QStringList fillers{QStringLiteral(", uh, "),      QStringLiteral(" um "),
                                  QStringLiteral(", hold on, "), QStringLiteral(" \u2026 "),
                                  QStringLiteral("... "),        QStringLiteral(", sorry, "),
                                  QStringLiteral(" - then "),    QStringLiteral(", let me see, ")};
        const QString turn = QStringLiteral(" \u2026 Agent: and the rest? Customer: ");
        int numbers = 0, variants = 0;
        QStringList failures;
        for (const GoldLine &line : gold) {
            for (const GoldEntity &e : line.entities) {
                if (!e.scored
                    || !(e.kind == PiiKind::Phone || e.kind == PiiKind::Ssn
                         || e.kind == PiiKind::Card))
                    continue;
                // Code points to UTF-16: Presidio's texts here are all in the BMP.
                const QString number = line.text.mid(e.start, e.end - e.start);
                QStringList groups;
                QString current;
                QString plus;
                for (const QChar c : number) {
                    if (c.isDigit()) {
                        current += c;
                    } else if (c == u'+' && groups.isEmpty() && current.isEmpty()) {
                        plus = QStringLiteral("+");
                    } else if (!current.isEmpty()) {
                        groups.append(current);
                        current.clear();
                    }
                }
                if (!current.isEmpty())
                    groups.append(current);
                QString digits = groups.join(QString());
                if (digits.size() < 7)
                    continue;
                if (groups.size() == 1) {
                    // Said in the usual pieces: 3-3-4, 3-2-4, fours.
                    const QString d = digits;
                    groups.clear();
                    if (e.kind == PiiKind::Ssn && d.size() == 9)
                        groups << d.mid(0, 3) << d.mid(3, 2) << d.mid(5);
                    else if (e.kind == PiiKind::Card)
                        for (qsizetype i = 0; i < d.size(); i += 4)
                            groups << d.mid(i, 4);
                    else if (d.size() == 10)
                        groups << d.mid(0, 3) << d.mid(3, 3) << d.mid(6);
                    else if (d.size() == 11)
                        groups << d.mid(0, 4) << d.mid(4, 3) << d.mid(7);
                    else
                        for (qsizetype i = 0; i < d.size(); i += 3)
                            groups << d.mid(i, i + 4 >= d.size() ? 4 : 3),
                                    i += i + 4 >= d.size() ? 1 : 0;
                }
                ++numbers;
                const QString prefix = line.text.left(e.start);
                const QString suffix = line.text.mid(e.end);
                QList<QString> forms;
                // Other separators.
                for (const QString &sep :
                     {QStringLiteral(" "), QStringLiteral("-"), QStringLiteral(".")}) {
                    forms.append(plus + groups.join(sep));
                }
                // A filler or a pause inside, at each boundary.
                for (qsizetype cut = 1; cut < groups.size(); ++cut) {
                    const QString f = fillers[int(rng() % fillers.size())];
                    forms.append(plus + groups.mid(0, cut).join(u' ') + f
                                 + groups.mid(cut).join(u' '));
                }
                // A speaker turn in the middle.
                if (groups.size() >= 2) {
                    const qsizetype cut = groups.size() / 2;
                    forms.append(plus + groups.mid(0, cut).join(u' ') + turn
                                 + groups.mid(cut).join(u' '));
                }
                // Digits said as words, in their groups, with a filler (not when the number is
                // glued to a word in Presidio's text: "is415-555-0132").
                if (prefix.isEmpty() || !prefix.back().isLetter()) {
                    QStringList said;
                    for (const QString &g : groups) {
                        QStringList w;
                        for (const QChar c : g)
                            w << QString::fromLatin1(kDigitWords[c.digitValue()]);
                        said << w.join(u' ');
                    }
                    forms.append((plus.isEmpty() ? QString() : QStringLiteral("plus "))
                                 + said.join(QStringLiteral(", ")));
                    if (said.size() >= 2)
                        forms.append((plus.isEmpty() ? QString() : QStringLiteral("plus "))
                                     + said.mid(0, 1).join(u' ') + QStringLiteral(", uh, ")
                                     + said.mid(1).join(QStringLiteral(", ")));
                }
                for (const QString &form : std::as_const(forms)) {
                    ++variants;
                    const QString text = prefix + form + suffix;
                    // Every digit and every digit word of the number must be masked.
                    std::vector<qsizetype> must;
                    for (qsizetype i = 0; i < form.size(); ++i) {
                        if (form[i].isDigit())
                            must.push_back(prefix.size() + i);
                    }
                    for (const char *w : kDigitWords) {
                        const QString word = QString::fromLatin1(w);
                        for (qsizetype at = form.indexOf(word); at >= 0;
                             at = form.indexOf(word, at + 1)) {
                            if ((at == 0 || !form[at - 1].isLetter())
                                && (at + word.size() >= form.size()
                                    || !form[at + word.size()].isLetter()))
                                must.push_back(prefix.size() + at);
                        }
                    }
                    if (!allMasked(masker.find(text), must))
                        failures.append(QStringLiteral("%1 -> %2").arg(text, masker.mask(text)));
                }
            }
        }
        qInfo("mutations: %d numbers, %d variants, %lld not fully masked", numbers, variants,
              qlonglong(failures.size()));
        for (const QString &f : failures.mid(0, 20))
            qInfo().noquote() << f;
        QVERIFY(numbers >= 50);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(u'\n')));
    }

    // The fuzzer's oracle: what the masker lets through it does not find on a second look.
    void maskingTwiceFindsNothingNew()
    {
        // Another seed explores further: PII_PROPERTY_SEED=7 test_pii_properties.
        const quint64 seed = qEnvironmentVariableIsSet("PII_PROPERTY_SEED")
                                     ? qEnvironmentVariable("PII_PROPERTY_SEED").toULongLong()
                                     : 2025;
        std::mt19937_64 rng(seed);
        const auto pick = [&](int n) { return int(rng() % quint64(n)); };
        static const char *const words[] = {"call me at",
                                            "my number is",
                                            "uh",
                                            "um",
                                            "hold on",
                                            "then",
                                            "and",
                                            "at",
                                            "dot",
                                            "com",
                                            "Agent:",
                                            "Customer:",
                                            "pm",
                                            "am",
                                            "times",
                                            "$",
                                            "+",
                                            "@",
                                            "ext",
                                            "SSN",
                                            "order number",
                                            "case",
                                            "ref",
                                            "social",
                                            "card",
                                            "one",
                                            "two",
                                            "five",
                                            "oh",
                                            "double",
                                            "twenty",
                                            "hundred",
                                            "gmail",
                                            "underscore",
                                            "x",
                                            "(",
                                            ")",
                                            "-",
                                            ".",
                                            "/",
                                            ",",
                                            "\u2026",
                                            ":",
                                            "#",
                                            "%",
                                            "GB82",
                                            "WEST",
                                            "::",
                                            "ffff",
                                            "the",
                                            "last",
                                            "four",
                                            "area code",
                                            "plus",
                                            "it's",
                                            "24/7",
                                            "2024",
                                            "v2",
                                            "zip",
                                            "my"};
        const PiiMasker strict;
        PiiMasker::Options bo;
        bo.policy = MaskPolicy::Balanced;
        const PiiMasker balanced(bo);
        QStringList failures;
        for (int line = 0; line < 20000; ++line) {
            QString text;
            const int tokens = 2 + pick(24);
            for (int t = 0; t < tokens; ++t) {
                if (pick(2) == 0) {
                    const int len = 1 + pick(pick(4) == 0 ? 19 : 5);
                    for (int k = 0; k < len; ++k)
                        text += QChar(u'0' + pick(10));
                } else {
                    text += QString::fromUtf8(words[pick(int(std::size(words)))]);
                }
                const int sep = pick(8);
                text += sep < 5    ? QStringLiteral(" ")
                        : sep == 5 ? QStringLiteral("-")
                        : sep == 6 ? QString()
                                   : QStringLiteral(", ");
            }
            for (const PiiMasker *m : {&strict, &balanced}) {
                const QString once = m->mask(text);
                const std::vector<PiiSpan> again = m->find(once);
                if (!again.empty() && failures.size() < 50)
                    failures.append(
                            QStringLiteral("[%4] %1\n  -> %2\n  finds %3")
                                    .arg(text, once,
                                         once.mid(again[0].start, again[0].end - again[0].start),
                                         maskPolicyName(m->options().policy)));
            }
        }
        for (const QString &f : failures.mid(0, 10))
            qInfo().noquote() << f;
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 3).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPiiProperties)
#include "test_pii_properties.moc"
