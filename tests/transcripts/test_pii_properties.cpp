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

// A text built from pieces, some of them personal data: every letter and digit of those must
// end up masked.
struct Said
{
    QString text;
    std::vector<qsizetype> must;
    void add(const QString &piece, bool personal = false)
    {
        if (personal) {
            for (qsizetype i = 0; i < piece.size(); ++i) {
                if (piece[i].isLetterOrNumber())
                    must.push_back(text.size() + i);
            }
        }
        text += piece;
    }
};

// A group of digits said as people say them: words ("oh" or "zero"), "double"/"triple" for
// repeats, or digits and words mixed; capitalised at random.
QString sayDigits(const QString &group, std::mt19937 &rng)
{
    QStringList words;
    const int style = int(rng() % 4);
    if (style == 3 && group.size() >= 2) {
        // mixed: the first digits as digits, the rest as words ("411 one")
        const qsizetype cut = 1 + qsizetype(rng() % quint32(group.size() - 1));
        return group.left(cut) + u' ' + sayDigits(group.mid(cut), rng).toLower();
    }
    for (qsizetype i = 0; i < group.size();) {
        const QChar d = group[i];
        qsizetype run = 1;
        while (i + run < group.size() && group[i + run] == d)
            ++run;
        const QString word = d == u'0' && rng() % 2
                                     ? QStringLiteral("oh")
                                     : QString::fromLatin1(kDigitWords[d.digitValue()]);
        if (run >= 3 && style >= 1) {
            words << QStringLiteral("triple ") + word;
            i += 3;
        } else if (run >= 2 && style >= 1) {
            words << QStringLiteral("double ") + word;
            i += 2;
        } else {
            words << word;
            i += 1;
        }
    }
    QString out = words.join(u' ');
    if (rng() % 5 == 0)
        out[0] = out[0].toUpper();
    return out;
}

QString randomDigits(int count, std::mt19937 &rng)
{
    QString d;
    for (int i = 0; i < count; ++i)
        d += QChar(u'0' + int(rng() % 10));
    return d;
}

// A random number of a kind, in the groups people say it in.
QStringList randomNumber(PiiKind kind, std::mt19937 &rng)
{
    if (kind == PiiKind::Ssn) {
        // a valid SSN: area 001-665 or 667-899, group 01-99, serial 0001-9999
        int area = 1 + int(rng() % 899);
        if (area == 666)
            area = 667;
        return {QStringLiteral("%1").arg(area, 3, 10, QChar(u'0')),
                QStringLiteral("%1").arg(1 + int(rng() % 99), 2, 10, QChar(u'0')),
                QStringLiteral("%1").arg(1 + int(rng() % 9999), 4, 10, QChar(u'0'))};
    }
    if (kind == PiiKind::Card) {
        QString d = QStringLiteral("4") + randomDigits(14, rng);
        // the Luhn check digit
        int sum = 0;
        for (int i = 0; i < 15; ++i) {
            int v = d[14 - i].digitValue();
            if (i % 2 == 0)
                v = v * 2 > 9 ? v * 2 - 9 : v * 2;
            sum += v;
        }
        d += QChar(u'0' + (10 - sum % 10) % 10);
        return {d.mid(0, 4), d.mid(4, 4), d.mid(8, 4), d.mid(12, 4)};
    }
    static const char *const areas[] = {"212", "415", "718", "917", "312", "646", "408", "503"};
    return {QString::fromLatin1(areas[rng() % 8]), QString::number(200 + int(rng() % 800)),
            randomDigits(4, rng)};
}

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

    // Numbers said as words, mixed with digits, split by fillers, pauses and speaker turns (an
    // agent's question between the pieces): every digit and every word that says one is
    // masked, under both policies when the words say what the number is.
    void spokenAndSplitNumbers()
    {
        const PiiMasker masker;
        std::mt19937 rng(2026);
        static const char *const joins[]
                = {", ",       " ",         ", uh, ", " um ",           ", hold on, ", "... ",
                   " \u2026 ", ", sorry, ", " - ",    ", let me see, ", ", and then ", " and "};
        static const char *const turns[]
                = {" Agent: okay, and? Customer: ",
                   " Agent: mhm Customer: ",
                   " ... Agent: sorry, could you repeat the rest? Customer: ",
                   " Agent: I'm sorry, I didn't catch that, could you say it again slowly? "
                   "Customer: ",
                   " Agent: and the last four digits please? Customer: ",
                   " [Agent] go on [Customer] "};
        struct Carrier
        {
            PiiKind kind;
            const char *before;
            const char *after;
        };
        static const Carrier carriers[] = {
                {PiiKind::Phone, "my number is ", ""},
                {PiiKind::Phone, "you can reach me at ", ", thanks"},
                {PiiKind::Phone, "Customer: sure, it's ", "."},
                {PiiKind::Phone, "call me back on ", " after 5 pm"},
                {PiiKind::Ssn, "my social is ", ""},
                {PiiKind::Ssn, "social security number ", " ok"},
                {PiiKind::Card, "the card number is ", ", expiry next year"},
                {PiiKind::Card, "my visa is ", ""},
        };
        int variants = 0;
        QStringList failures;
        for (int round = 0; round < 1500; ++round) {
            const Carrier &c = carriers[rng() % std::size(carriers)];
            const QStringList groups = randomNumber(c.kind, rng);
            Said said;
            said.add(QString::fromLatin1(c.before));
            for (qsizetype g = 0; g < groups.size(); ++g) {
                if (g > 0) {
                    const int how = int(rng() % 10);
                    if (how == 0 && c.kind != PiiKind::Ssn)
                        said.add(QString::fromUtf8(turns[rng() % std::size(turns)]));
                    else
                        said.add(QString::fromUtf8(joins[rng() % std::size(joins)]));
                }
                const int form = int(rng() % 5);
                said.add(form <= 2 ? sayDigits(groups[g], rng) : groups[g], true);
            }
            said.add(QString::fromLatin1(c.after));
            ++variants;
            if (!allMasked(masker.find(said.text), said.must) && failures.size() < 20)
                failures.append(
                        QStringLiteral("%1\n  -> %2").arg(said.text, masker.mask(said.text)));
        }
        // The examples people give.
        const char *const examples[] = {
                "oh two oh seven nine four six three one one",
                "five five five, one two three four",
                "area code seven one eight then 555 0199",
                "my social is one two three, four five, six seven eight nine",
                "call me at four one five double five five oh one three two",
                "triple seven, five five five, oh one nine nine",
                "4089 2553, hold on, 8853 5870",
                "231-91, uh, 6221",
                "800 660... 3279",
                "Customer: 312 870 Agent: ok Customer: 5562",
                "my social is 3 one three, and then 26, let me see, 461 oh",
                "my visa is 50 six zero... 8676, 806 oh 1894",
                "it's 411 one, triple one one 1111 1111",
        };
        // (where words say counts, only the digits are checked)
        const char *const digitExamples[] = {
                "the first eight are 4111 1111, and the rest 1111 1111",
                "Customer: it's 312 870 Agent: Thank you, and could you give me the last four "
                "digits please? Customer: 5562",
                "[Customer] 917 555 [Agent] ok [Customer] 0134",
        };
        for (const char *e : digitExamples) {
            const QString text = QString::fromUtf8(e);
            std::vector<qsizetype> must;
            digitPositions(text, 0, &must);
            if (!allMasked(masker.find(text), must))
                failures.append(QStringLiteral("%1\n  -> %2").arg(text, masker.mask(text)));
        }
        for (const char *e : examples) {
            const QString text = QString::fromUtf8(e);
            std::vector<qsizetype> must;
            // every digit, and every letter of a word that says a digit
            for (qsizetype i = 0; i < text.size();) {
                if (text[i].isDigit()) {
                    must.push_back(i++);
                    continue;
                }
                qsizetype e2 = i;
                while (e2 < text.size() && text[e2].isLetter())
                    ++e2;
                if (e2 == i) {
                    ++i;
                    continue;
                }
                const QString word = text.mid(i, e2 - i).toLower();
                bool digitWord = word == u"oh" || word == u"double" || word == u"triple";
                for (const char *w : kDigitWords)
                    digitWord = digitWord || word == QLatin1String(w);
                if (digitWord)
                    for (qsizetype k = i; k < e2; ++k)
                        must.push_back(k);
                i = e2;
            }
            if (!allMasked(masker.find(text), must))
                failures.append(QStringLiteral("%1\n  -> %2").arg(text, masker.mask(text)));
        }
        qInfo("spoken and split: %d variants, %lld not fully masked", variants,
              qlonglong(failures.size()));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(u'\n')));
    }

    // Counting, times, amounts and ordinary speech with number words stay readable.
    void countingSpeechStaysReadable()
    {
        const PiiMasker masker;
        std::mt19937 rng(7);
        static const char *const templates[] = {"I called {} times",
                                                "{} or {} things",
                                                "{} minutes",
                                                "give me {} moment",
                                                "it took {} or {} days",
                                                "I have {} kids and {} dogs",
                                                "about {} or {} weeks",
                                                "step {}, {}, {}, then {}",
                                                "she is {} years old",
                                                "we need {} boxes",
                                                "room {}",
                                                "the score was {} to {}",
                                                "I'll call back in {}, {} minutes"};
        static const char *const small[]
                = {"one",  "two", "three",  "four",        "five",   "six",   "seven",    "eight",
                   "nine", "ten", "twenty", "thirty five", "twelve", "forty", "a hundred"};
        QStringList masked;
        for (int round = 0; round < 600; ++round) {
            QString text = QString::fromLatin1(templates[rng() % std::size(templates)]);
            while (text.contains(QStringLiteral("{}")))
                text.replace(text.indexOf(QStringLiteral("{}")), 2,
                             QString::fromLatin1(small[rng() % std::size(small)]));
            if (!masker.find(text).empty() && masked.size() < 20)
                masked.append(QStringLiteral("%1 -> %2").arg(text, masker.mask(text)));
        }
        for (const char *t : {"one moment please",
                              "twenty minutes",
                              "one or two things",
                              "I called two times",
                              "I was born in nineteen eighty five",
                              "the meeting is at three thirty",
                              "she arrived at five oh five",
                              "it's number one two or three on the list",
                              "give me a one, two, three, four star rating",
                              "look at this dot",
                              "meet at noon",
                              "at last, the dot com bubble",
                              "I shop at target dot com",
                              "visit us at acme dot com",
                              "you can find it at acme dot com slash help",
                              "go to www dot acme dot com",
                              "call 911 NOW",
                              "800 people came",
                              "I have 200 NEW USERS",
                              "model 500-XL",
                              "we sold 300-400 units"}) {
            const QString text = QString::fromUtf8(t);
            if (!masker.find(text).empty())
                masked.append(QStringLiteral("%1 -> %2").arg(text, masker.mask(text)));
        }
        QVERIFY2(masked.isEmpty(), qPrintable(masked.mid(0, 5).join(u'\n')));
    }

    // Addresses said aloud: from the first word of the local part to the top-level domain,
    // in any case, with "at sign", underscores, dashes, digits said as words.
    void spokenAddresses()
    {
        const PiiMasker masker;
        std::mt19937 rng(11);
        static const char *const names[]
                = {"maria", "gonzalez", "wei", "singh", "o",    "rossi", "priya", "j",
                   "smith", "dubois",   "kim", "lee",   "anna", "k",     "m"};
        static const char *const joins[]
                = {" dot ", " underscore ", " dash ", " hyphen ", " ", "."};
        static const char *const ats[] = {" at ", " at sign ", " AT ", " at symbol ", " At "};
        static const char *const domains[]
                = {"gmail dot com", "outlook dot com", "yahoo dot co dot uk",
                   "web dot de",    "company dot org", "my dash company dot com",
                   "mail dot ru",   "libero.it",       "empresa dot com dot br",
                   "gmail DOT com", "Outlook Dot Com", "acme dot c o m",
                   "free period fr"};
        static const char *const before[]
                = {"", "my email is ", "it's ", "sure, it's ", "send it to ", "Customer: "};
        static const char *const after[] = {"", ", thanks", ".", " please", " ok"};
        QStringList failures;
        for (int round = 0; round < 800; ++round) {
            Said said;
            said.add(QString::fromLatin1(before[rng() % std::size(before)]));
            QString local = QString::fromLatin1(names[rng() % std::size(names)]);
            const int parts = 1 + int(rng() % 2);
            for (int k = 0; k < parts; ++k)
                local += QString::fromLatin1(joins[rng() % std::size(joins)])
                         + QString::fromLatin1(names[rng() % std::size(names)]);
            if (rng() % 4 == 0)
                local += u' ' + sayDigits(randomDigits(2, rng), rng).toLower();
            if (rng() % 5 == 0)
                local = local.toUpper();
            said.add(local + QString::fromLatin1(ats[rng() % std::size(ats)])
                             + QString::fromLatin1(domains[rng() % std::size(domains)]),
                     true);
            said.add(QString::fromLatin1(after[rng() % std::size(after)]));
            const std::vector<PiiSpan> spans = masker.find(said.text);
            bool email = !spans.empty();
            for (const PiiSpan &sp : spans)
                email = email && sp.kind == PiiKind::Email;
            if ((!allMasked(spans, said.must) || !email) && failures.size() < 20)
                failures.append(QStringLiteral("%1 -> %2").arg(said.text, masker.mask(said.text)));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(u'\n')));
    }

    // Vanity numbers: the digits and the letters that stand for digits are one phone number.
    void vanityNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        const auto add = [](const char *text, const char *number) {
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(number);
        };
        add("call 1-800-FLOWERS today", "1-800-FLOWERS");
        add("dial 1 800 GO FEDEX now", "1 800 GO FEDEX");
        add("(800) 555-HELP", "(800) 555-HELP");
        add("it's 888-CALL-NOW.", "888-CALL-NOW");
        add("call 1-888-NEW-CARS for a quote", "1-888-NEW-CARS");
        add("our number is 1 (800) MY-APPLE", "1 (800) MY-APPLE");
        add("1-800-CONTACTS", "1-800-CONTACTS");
        add("+1 800 FLOWERS", "+1 800 FLOWERS");
        add("try 1-800-flowers", "1-800-flowers");
    }
    void vanityNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        const PiiMasker masker;
        const qsizetype at = text.indexOf(number);
        QVERIFY(at >= 0);
        std::vector<qsizetype> must;
        for (qsizetype i = 0; i < number.size(); ++i) {
            if (number[i].isLetterOrNumber())
                must.push_back(at + i);
        }
        const std::vector<PiiSpan> spans = masker.find(text);
        QVERIFY2(allMasked(spans, must), qPrintable(masker.mask(text)));
        QCOMPARE(spans.size(), size_t(1));
        QCOMPARE(spans[0].kind, PiiKind::Phone);
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
                                            "my",
                                            "AT",
                                            "DOT",
                                            "sign",
                                            "FLOWERS",
                                            "GO",
                                            "[Agent]",
                                            "digits",
                                            "period",
                                            "1-800",
                                            "add",
                                            "dart",
                                            "arroba",
                                            "null",
                                            "eins",
                                            "cinco",
                                            "after",
                                            "[inaudible]",
                                            "again that is",
                                            "ticket number",
                                            "case_id",
                                            "no.",
                                            "FR04",
                                            "ss#",
                                            "won",
                                            "too",
                                            "for",
                                            "at sign",
                                            "minus",
                                            "euh",
                                            "prefix",
                                            "extn",
                                            "ssn#",
                                            "twenty nineteen",
                                            "i mean",
                                            "you broke up",
                                            "UNCR",
                                            "de",
                                            "one hundred and",
                                            "and the social",
                                            "your order",
                                            "\n",
                                            "\nA:",
                                            "\nAGENT 1:",
                                            "punto",
                                            "punkt",
                                            "arobase",
                                            "chiocciola",
                                            "_at_",
                                            "treinta",
                                            "y",
                                            "soixante",
                                            "dix",
                                            "vierunddreißig",
                                            "once",
                                            "po",
                                            "madam",
                                            "\"",
                                            "!",
                                            "em",
                                            "eish",
                                            "no wait",
                                            "desculpa",
                                            "iban",
                                            "PT50",
                                            "total",
                                            "phone for the",
                                            "dot A: yep C:",
                                            "two of the"};
        const PiiMasker strict;
        PiiMasker::Options bo;
        bo.policy = MaskPolicy::Balanced;
        const PiiMasker balanced(bo);
        QStringList failures;
        // Found by the fuzzer: groups of an IBAN's shape that stop at a neighbour's mask; a mask
        // read as a question's word.
        const QString known[]
                = {QStringLiteral(":::FR89 VR04 FR04 p044 si32 01te oE84 si32 0489 VR04 IE04 p044 "
                                  "si32 01te oE84 0044 si32 01"),
                   // a mask read as the other side's question for an SSN
                   QStringLiteral("230123422#r: 222#e: 222#r: 222#r: 222 #e: 222"),
                   // a line end before a mask read as one before a speaker's label
                   QString::fromUtf8("\x01iry omer: my card is 4111 1111 1111 1111, expiry ohm,at "
                                     "e dot4111 1111 1111 1\0\n111, expiry ohm,at e dot com k+ "
                                     "com k+kkkkkkkkkkkkkkkkkkkkkkkk11, expiry ohm,at e dot co",
                                     168),
                   // a line of numbers ending in a word and a colon read as a speaker's label
                   QStringLiteral("3123472\n11 705-request:"),
                   // the word of a mask put in ("[IBAN]") read as one that names an account
                   QStringLiteral("si32 0 s1e p si32 01te oE84 si89 8R04 IE04 p044 si3e oE84 0043 "
                                  "si[I]p si32 01te oE84 si32 0489 E0s[CARD]e si32 0489 VR04 IE04 "
                                  "p044 si32 01te oE84 0043 48V"),
                   // a number glued to an address's top-level domain, whose mask ends it
                   QStringLiteral("k@1.ot424)0123 k@e.oa324)0123 k@e.oa412)0123"),
                   // a form typed for digits read by its neighbour ("l1" as "11" before
                   // digits), which a mask changes
                   QStringLiteral("231 1704:l1 555-nbenrrs"),
                   // ... and a letter beside digits that a mask makes a typed form ("in02 I0"
                   // becomes "[EMAIL]02 I0")
                   QStringLiteral("e@1.in02 I0 1 1111..70"),
                   QString::fromLatin1("c@1.in04\xc1 I1 I.3204890"),
                   // addresses glued by slashes that settle one a round: masked whole after
                   // the rounds run out
                   QStringLiteral("e@t dot ce/e@e dot re/e@e dot cr/e@e dot re/e@e dot cr/e@1.ot"),
                   QStringLiteral("e@t dot ce/e@e dot re/e@e dot cr/e@e dot re/e@e dot cr/e@e "
                                  "dot re/e@e dot cr/e@e dot re/e@e dot cr/e@e dot re/e@e dot "
                                  "cr/e@e dot re/e@e dot cr/e@e dot re/e@e dot cr/e@e dot re/e@e "
                                  "dot cr/e@1.ot")};
        for (const QString &text : known) {
            for (const PiiMasker *m : {&strict, &balanced}) {
                const QString once = m->mask(text);
                QVERIFY2(m->find(once).empty(), qPrintable(text + QStringLiteral(" -> ") + once));
            }
        }
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
