#include "app/simulator/piicorpus.h"

#include <QStringList>

namespace cxone {

struct PiiCorpus::Builder
{
    LabelledText out;
    void text(const QString &t) { out.text.append(t); }
    void text(const char *t) { out.text.append(QLatin1String(t)); }
    void pii(const QString &value, PiiKind kind, bool easy, bool spoken = false)
    {
        const qsizetype start = out.text.size();
        out.text.append(value);
        out.truth.push_back({start, out.text.size(), kind, spoken, easy});
    }
};

namespace {

const char *const kDigitWords[]
        = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
const char *const kFirst[] = {"maria", "john",  "aisha", "li",    "oliver", "fatima",
                              "james", "sofia", "kwame", "elena", "raj",    "chloe"};
const char *const kLast[] = {"garcia", "smith", "khan",   "wang",    "brown", "haddad",
                             "jones",  "rossi", "mensah", "petrova", "patel", "martin"};
const char *const kDomains[]
        = {"gmail.com",  "yahoo.co.uk", "outlook.com", "mail.example.org", "corp.acme.io",
           "icloud.com", "web.de",      "orange.fr",   "bigpond.com.au"};
const char *const kUsAreas[] = {"415", "212", "312", "646", "718", "617", "202",
                                "305", "512", "206", "404", "702", "313", "615"};

} // namespace

PiiCorpus::PiiCorpus(quint64 seed)
    : m_rng(seed ^ 0x7a3c9e5b1d2f4861ULL)
{}

int PiiCorpus::pick(int n)
{
    return int(m_rng() % quint64(n));
}

bool PiiCorpus::chance(double p)
{
    return double(m_rng() % 10000) < p * 10000.0;
}

QString PiiCorpus::digits(int n, bool firstNonZero)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s.append(QChar(u'0' + ((i == 0 && firstNonZero) ? 1 + pick(9) : pick(10))));
    return s;
}

void PiiCorpus::phone(Builder &b)
{
    const QString area = QLatin1String(kUsAreas[pick(std::size(kUsAreas))]);
    const QString exch = QString::number(2 + pick(8)) + digits(2);
    const QString line = digits(4);
    switch (pick(16)) {
    case 0:
        return b.pii(QStringLiteral("(%1) %2-%3").arg(area, exch, line), PiiKind::Phone, false);
    case 1:
        return b.pii(QStringLiteral("%1-%2-%3").arg(area, exch, line), PiiKind::Phone, false);
    case 2:
        return b.pii(QStringLiteral("%1.%2.%3").arg(area, exch, line), PiiKind::Phone, false);
    case 3:
        return b.pii(QStringLiteral("+1 %1 %2 %3").arg(area, exch, line), PiiKind::Phone, true);
    case 4:
        return b.pii(QStringLiteral("+1%1%2%3").arg(area, exch, line), PiiKind::Phone, true);
    case 5:
        return b.pii(QStringLiteral("%1%2%3").arg(area, exch, line), PiiKind::Phone, false);
    case 6:
        return b.pii(QStringLiteral("%1-%2-%3 ext. %4").arg(area, exch, line, digits(3, true)),
                     PiiKind::Phone, false);
    case 7: // London
        return b.pii(QStringLiteral("+44 20 7%1 %2").arg(digits(3), digits(4)), PiiKind::Phone,
                     true);
    case 8:
        return b.pii(QStringLiteral("020 3%1 %2").arg(digits(3), digits(4)), PiiKind::Phone, false);
    case 9: // UK mobile
        return b.pii(
                QStringLiteral("07%1 %2").arg(QString::number(4 + pick(6)) + digits(2), digits(6)),
                PiiKind::Phone, false);
    case 10: // Germany
        return b.pii(QStringLiteral("+49 151 %1").arg(digits(8)), PiiKind::Phone, true);
    case 11:
        return b.pii(QStringLiteral("030 %1").arg(digits(8, true)), PiiKind::Phone, false);
    case 12: // France
        return b.pii(QStringLiteral("+33 6 %1 %2 %3 %4")
                             .arg(QString::number(10 + pick(29)), digits(2), digits(2), digits(2)),
                     PiiKind::Phone, true);
    case 13:
        return b.pii(
                QStringLiteral("01.%1.%2.%3.%4").arg(digits(2), digits(2), digits(2), digits(2)),
                PiiKind::Phone, false);
    case 14: // Australia
        return b.pii(QStringLiteral("04%1 %2 %3").arg(digits(2), digits(3), digits(3)),
                     PiiKind::Phone, false);
    default: // India
        return b.pii(QStringLiteral("+91 9%1 %2").arg(digits(4), digits(5)), PiiKind::Phone, true);
    }
}

void PiiCorpus::spokenNumber(Builder &b, bool ssn)
{
    // Digits said one by one, in groups, with the habits people have: "oh" for zero, "double"
    // and "triple", fillers, commas, digits typed in the middle of words (chat).
    QString value;
    if (ssn)
        value = QString::number(100 + pick(565)) + digits(6, true);
    else
        value = QLatin1String(kUsAreas[pick(std::size(kUsAreas))]) + QString::number(2 + pick(8))
                + digits(6);
    const int groupsSsn[] = {3, 2, 4};
    const int groupsPhone[] = {3, 3, 4};
    const int *groups = ssn ? groupsSsn : groupsPhone;
    QString said;
    int at = 0;
    const bool mixed = !ssn && chance(0.2);
    for (int g = 0; g < 3; ++g) {
        if (g > 0)
            said.append(chance(0.5) ? QStringLiteral(", ")
                                    : (chance(0.5) ? QStringLiteral(" uh ") : QStringLiteral(" ")));
        if (mixed && g == 0) {
            said.append(value.mid(0, 3));
            at += 3;
            continue;
        }
        for (int k = 0; k < groups[g]; ++k) {
            if (k > 0)
                said.append(u' ');
            const QChar c = value[at];
            if (k + 1 < groups[g] && value[at + 1] == c && chance(0.7)) {
                if (k + 2 < groups[g] && value[at + 2] == c && chance(0.5)) {
                    said.append(QStringLiteral("triple "));
                    at += 2;
                    k += 2;
                } else {
                    said.append(QStringLiteral("double "));
                    ++at;
                    ++k;
                }
            }
            if (c == u'0' && chance(0.6))
                said.append(QStringLiteral("oh"));
            else
                said.append(QLatin1String(kDigitWords[c.unicode() - u'0']));
            ++at;
        }
    }
    b.pii(said, ssn ? PiiKind::Ssn : PiiKind::Phone, false, true);
}

void PiiCorpus::email(Builder &b)
{
    const QString first = QLatin1String(kFirst[pick(std::size(kFirst))]);
    const QString last = QLatin1String(kLast[pick(std::size(kLast))]);
    const QString domain = QLatin1String(kDomains[pick(std::size(kDomains))]);
    QString local;
    switch (pick(5)) {
    case 0:
        local = first + u'.' + last;
        break;
    case 1:
        local = first + u'.' + last + QStringLiteral("+billing");
        break;
    case 2:
        local = first.left(1) + last + QString::number(pick(99));
        break;
    case 3:
        local = first + u'_' + last;
        break;
    default:
        local = last + u'-' + first;
        break;
    }
    if (chance(0.2))
        local[0] = local[0].toUpper();
    b.pii(local + u'@' + domain, PiiKind::Email, true);
}

void PiiCorpus::ssn(Builder &b)
{
    int area = 1 + pick(898);
    if (area == 666)
        area = 667;
    const QString a = QStringLiteral("%1").arg(area, 3, 10, QChar(u'0'));
    const QString g = QStringLiteral("%1").arg(1 + pick(99), 2, 10, QChar(u'0'));
    const QString s = QStringLiteral("%1").arg(1 + pick(9999), 4, 10, QChar(u'0'));
    if (chance(0.75))
        b.pii(a + u'-' + g + u'-' + s, PiiKind::Ssn, true);
    else
        b.pii(a + u' ' + g + u' ' + s, PiiKind::Ssn, false);
}

void PiiCorpus::card(Builder &b)
{
    // A Luhn-valid number: Visa 16, Mastercard 16, Amex 15.
    const int type = pick(3);
    QString d = QStringLiteral("37");
    if (type == 0)
        d = QStringLiteral("4");
    else if (type == 1)
        d = QStringLiteral("5") + QChar(u'1' + pick(5));
    const int len = type == 2 ? 15 : 16;
    while (d.size() < len - 1)
        d.append(QChar(u'0' + pick(10)));
    for (int check = 0; check < 10; ++check) {
        const QByteArray t = (d + QChar(u'0' + check)).toLatin1();
        if (luhnValid(t.constData(), int(t.size()))) {
            d.append(QChar(u'0' + check));
            break;
        }
    }
    const int style = pick(3);
    QString shown;
    if (style == 0) {
        shown = d;
    } else {
        const QChar sep = style == 1 ? u' ' : u'-';
        if (len == 15)
            shown = d.mid(0, 4) + sep + d.mid(4, 6) + sep + d.mid(10);
        else
            shown = d.mid(0, 4) + sep + d.mid(4, 4) + sep + d.mid(8, 4) + sep + d.mid(12);
    }
    b.pii(shown, PiiKind::Card, style == 1 && len == 16);
}

void PiiCorpus::iban(Builder &b)
{
    QString country, bban;
    switch (pick(4)) {
    case 0:
        country = QStringLiteral("GB");
        bban = QStringLiteral("WEST") + digits(14);
        break;
    case 1:
        country = QStringLiteral("DE");
        bban = digits(18);
        break;
    case 2:
        country = QStringLiteral("FR");
        bban = digits(23);
        break;
    default:
        country = QStringLiteral("NL");
        bban = QStringLiteral("ABNA") + digits(10);
        break;
    }
    // Check digits: 98 - (BBAN + country + "00") mod 97.
    const QString rearranged = bban + country + QStringLiteral("00");
    int rem = 0;
    for (const QChar c : rearranged) {
        if (c.isDigit())
            rem = (rem * 10 + (c.unicode() - u'0')) % 97;
        else
            rem = (rem * 100 + (c.toLower().unicode() - u'a' + 10)) % 97;
    }
    const QString iban = country + QStringLiteral("%1").arg(98 - rem, 2, 10, QChar(u'0')) + bban;
    if (chance(0.5)) {
        QString grouped;
        for (qsizetype i = 0; i < iban.size(); i += 4) {
            if (i > 0)
                grouped.append(u' ');
            grouped.append(iban.mid(i, 4));
        }
        b.pii(grouped, PiiKind::Iban, false);
    } else {
        b.pii(iban, PiiKind::Iban, true);
    }
}

void PiiCorpus::ip(Builder &b)
{
    if (chance(0.7)) {
        b.pii(QStringLiteral("%1.%2.%3.%4")
                      .arg(1 + pick(223))
                      .arg(pick(256))
                      .arg(pick(256))
                      .arg(1 + pick(254)),
              PiiKind::Ip, true);
    } else {
        b.pii(QStringLiteral("2001:db8:%1::%2:%3")
                      .arg(pick(0xffff), 0, 16)
                      .arg(pick(0xffff), 0, 16)
                      .arg(1 + pick(0xfffe), 0, 16),
              PiiKind::Ip, false);
    }
}

void PiiCorpus::negative(Builder &b)
{
    switch (pick(18)) {
    case 0:
        return b.text(QStringLiteral("order ORD-%1").arg(digits(8)));
    case 1:
        // Not starting with 0: "0877-4697" is also a German landline number, and masked.
        return b.text(QStringLiteral("order number %1-%2").arg(digits(4, true), digits(4)));
    case 2:
        return b.text(QStringLiteral("on 2024-%1-%2")
                              .arg(1 + pick(12), 2, 10, QChar(u'0'))
                              .arg(1 + pick(28), 2, 10, QChar(u'0')));
    case 3:
        return b.text(QStringLiteral("on %1/%2/2025")
                              .arg(1 + pick(28), 2, 10, QChar(u'0'))
                              .arg(1 + pick(12), 2, 10, QChar(u'0')));
    case 4:
        return b.text(
                QStringLiteral("at %1:%2").arg(1 + pick(12)).arg(pick(60), 2, 10, QChar(u'0')));
    case 5:
        return b.text(QStringLiteral("$%1,%2.%3").arg(1 + pick(9)).arg(digits(3)).arg(digits(2)));
    case 6:
        return b.text(QStringLiteral("\u00a3%1.99").arg(10 + pick(90)));
    case 7:
        return b.text(QStringLiteral("ZIP %1").arg(digits(5, true)));
    case 8:
        return b.text(QStringLiteral("ZIP %1-%2").arg(digits(5, true), digits(4)));
    case 9: { // invalid SSN areas (a 9xx area with a group of 10-49: no ITIN either)
        const int kind = pick(3);
        return b.text(QStringLiteral("%1-%2-%3")
                              .arg(kind == 0 ? QStringLiteral("000")
                                             : (kind == 1 ? QStringLiteral("666")
                                                          : QString::number(900 + pick(100))))
                              .arg(kind == 2 ? QString::number(10 + pick(40)) : digits(2, true),
                                   digits(4, true)));
    }
    case 10:
        return b.text(QStringLiteral("tracking 1Z%1").arg(digits(16)));
    case 11:
        return b.text(
                QStringLiteral("version %1.%2.%3").arg(1 + pick(9)).arg(pick(20)).arg(pick(10)));
    case 12:
        return b.text(QStringLiteral("v%1.%2.%3.%4")
                              .arg(1 + pick(9))
                              .arg(pick(9))
                              .arg(pick(9))
                              .arg(pick(9)));
    case 13:
        return b.text(QStringLiteral("two or three times"));
    case 14:
        return b.text(QStringLiteral("twenty four seven"));
    case 15:
        return b.text(QStringLiteral("one hundred and fifty dollars"));
    case 16:
        return b.text(QStringLiteral("case %1").arg(digits(6, true)));
    default:
        return b.text(QStringLiteral("in twenty twenty four"));
    }
}

LabelledText PiiCorpus::line(bool customer)
{
    Builder b;
    const double p = customer ? 0.55 : 0.12;
    const auto anyPii = [&] {
        switch (pick(14)) {
        case 0:
        case 1:
        case 2:
            return phone(b);
        case 3:
        case 4:
            return spokenNumber(b, false);
        case 5:
            return spokenNumber(b, true);
        case 6:
        case 7:
            return email(b);
        case 8:
        case 9:
            return ssn(b);
        case 10:
        case 11:
            return card(b);
        case 12:
            return iban(b);
        default:
            return ip(b);
        }
    };
    static const char *const kOpeners[]
            = {"Sure, ", "Okay so ", "Yeah, ", "Right, ", "Um, ", "Hi, ", "Thanks. ", "", "", ""};
    static const char *const kFillers[]
            = {"I'm calling about my account",    "the delivery was late again",
               "can you check that for me",       "I already tried resetting it",
               "let me just find it here",        "that's what I have on file",
               "is there anything else you need", "I was told someone would call back",
               "my bill looks higher than usual", "the app keeps logging me out"};
    b.text(kOpeners[pick(std::size(kOpeners))]);
    b.text(kFillers[pick(std::size(kFillers))]);
    const int items = chance(p) ? 1 + (chance(0.3) ? 1 : 0) : 0;
    for (int k = 0; k < items; ++k) {
        static const char *const kLeads[] = {", my number is ",
                                             " and you can reach me on ",
                                             ". It's ",
                                             ", the one I gave was ",
                                             ". Please write down ",
                                             " - it's ",
                                             ", yes, ",
                                             ". Use "};
        b.text(kLeads[pick(std::size(kLeads))]);
        anyPii();
    }
    if (chance(0.35)) {
        static const char *const kNegLeads[]
                = {", about ", ". That was ", ", for the ", ", I think ", ". Reference "};
        b.text(kNegLeads[pick(std::size(kNegLeads))]);
        negative(b);
    }
    b.text(chance(0.8) ? "." : "?");
    return b.out;
}

QList<LabelledText> PiiCorpus::handWritten()
{
    QList<LabelledText> out;
    // "[[kind:text]]" marks a truth span; kinds e (email), p (phone), s (ssn), c (card), i
    // (iban), a (ip); a trailing * marks a spoken one.
    static const char *const kCases[] = {
            "Call me at [[p:(415) 555-0132]] after five.",
            "my cell is [[p*:five five five, one two one two, three four three four]] ok",
            "it's [[p*:four one five, double five five, oh one three two]]",
            "number [[p*:415 five five five oh one three two]] thanks",
            "reach me on [[p:+44 7911 123456]] or [[e:j.doe+cx@mail.example.co.uk]]",
            "social is [[s*:one two three, four five, six seven eight nine]]",
            "SSN [[s:123-45-6789]] but not 000-12-3456 or 666-12-3456 or 912-34-5678",
            "card [[c:4111 1111 1111 1111]] expires 09/27",
            "card [[c:4111-1111-1111-1112]] (typo, still masked)",
            "IBAN [[i:GB82 WEST 1234 5698 7654 32]], not GB00 WEST 1234 5698 7654 32",
            "from [[a:192.168.10.24]] and [[a:2001:db8::ff00:42:8329]] at 10:30:45",
            "version 2.14.3 and build v4.2.0.17, order ORD-4417229100",
            "we open twenty four seven, about one hundred and fifty dollars",
            "the total is $1,250,000.00 for 3 items on 2024-05-12",
            "fax [[p:+49 30 12345678]], ext [[p:415-555-0132 ext. 204]]",
            "my email is [[e:Maria.Garcia@corp.acme.io]].",
            "zip 94107-1234, case 774211, tracking 1Z4417229100348812",
            "oh, one more thing, it was two or three times",
    };
    for (const char *c : kCases) {
        LabelledText t;
        const QString src = QString::fromUtf8(c);
        qsizetype i = 0;
        while (i < src.size()) {
            const qsizetype open = src.indexOf(QStringLiteral("[["), i);
            if (open < 0) {
                t.text.append(src.mid(i));
                break;
            }
            t.text.append(src.mid(i, open - i));
            const qsizetype colon = src.indexOf(u':', open);
            const qsizetype close = src.indexOf(QStringLiteral("]]"), colon);
            const QString tag = src.mid(open + 2, colon - open - 2);
            const QString value = src.mid(colon + 1, close - colon - 1);
            TruthSpan sp;
            sp.start = t.text.size();
            t.text.append(value);
            sp.end = t.text.size();
            sp.spoken = tag.endsWith(u'*');
            switch (tag.at(0).unicode()) {
            case 'e':
                sp.kind = PiiKind::Email;
                break;
            case 's':
                sp.kind = PiiKind::Ssn;
                break;
            case 'c':
                sp.kind = PiiKind::Card;
                break;
            case 'i':
                sp.kind = PiiKind::Iban;
                break;
            case 'a':
                sp.kind = PiiKind::Ip;
                break;
            default:
                sp.kind = PiiKind::Phone;
                break;
            }
            t.truth.push_back(sp);
            i = close + 2;
        }
        out.append(t);
    }
    return out;
}

double PiiScore::recall(int kind) const
{
    qint64 t = 0, f = 0;
    for (int k = 0; k < kPiiKindCount; ++k) {
        if (kind < 0 || kind == k) {
            t += truth[size_t(k)];
            f += found[size_t(k)];
        }
    }
    return t == 0 ? 1.0 : double(f) / double(t);
}

double PiiScore::precision(int kind) const
{
    qint64 m = 0, r = 0;
    for (int k = 0; k < kPiiKindCount; ++k) {
        if (kind < 0 || kind == k) {
            m += masks[size_t(k)];
            r += rightMasks[size_t(k)];
        }
    }
    return m == 0 ? 1.0 : double(r) / double(m);
}

QString PiiScore::table() const
{
    QString out = QStringLiteral("| kind | in corpus | found | recall | masks | precision |\n"
                                 "|---|---:|---:|---:|---:|---:|\n");
    for (int k = 0; k < kPiiKindCount; ++k) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                       .arg(piiKindName(PiiKind(k)))
                       .arg(truth[size_t(k)])
                       .arg(found[size_t(k)])
                       .arg(recall(k), 0, 'f', 4)
                       .arg(masks[size_t(k)])
                       .arg(precision(k), 0, 'f', 4);
    }
    out += QStringLiteral("| spoken | %1 | %2 | %3 | | |\n")
                   .arg(spokenTruth)
                   .arg(spokenFound)
                   .arg(spokenTruth ? double(spokenFound) / double(spokenTruth) : 1.0, 0, 'f', 4);
    out += QStringLiteral("| **all** | | | **%1** | | **%2** |\n")
                   .arg(recall(), 0, 'f', 4)
                   .arg(precision(), 0, 'f', 4);
    return out;
}

PiiScore scoreMasker(const PiiMasker &masker, const QList<LabelledText> &texts)
{
    PiiScore score;
    for (const LabelledText &t : texts) {
        const std::vector<PiiSpan> masks = masker.find(t.text);
        for (const TruthSpan &truth : t.truth) {
            ++score.truth[size_t(truth.kind)];
            if (truth.spoken)
                ++score.spokenTruth;
            // Covered when none of its letters and digits is left readable (a number said in
            // pieces may be masked piece by piece, the words between them left).
            // A hesitation inside it ("six four six uh seven") need not be masked.
            bool covered = true;
            for (int k = truth.start; k < truth.end && covered; ++k) {
                if (!t.text.at(k).isLetterOrNumber())
                    continue;
                if (!t.text.at(k).isDigit() && (k == 0 || !t.text.at(k - 1).isLetter())) {
                    int e = k;
                    while (e < t.text.size() && t.text.at(e).isLetter())
                        ++e;
                    static const QStringList hesitations{
                            QStringLiteral("uh"),  QStringLiteral("um"),  QStringLiteral("er"),
                            QStringLiteral("erm"), QStringLiteral("hmm"), QStringLiteral("ah")};
                    if (hesitations.contains(t.text.mid(k, e - k).toLower())) {
                        k = e - 1;
                        continue;
                    }
                }
                bool in = false;
                for (const PiiSpan &m : masks)
                    in = in || (m.start <= k && k < m.end);
                covered = in;
            }
            if (covered) {
                ++score.found[size_t(truth.kind)];
                if (truth.spoken)
                    ++score.spokenFound;
            } else if (score.misses.size() < 20) {
                score.misses.append(
                        QStringLiteral("%1 \u2192 missed \u201c%2\u201d")
                                .arg(t.text, t.text.mid(truth.start, truth.end - truth.start)));
            }
        }
        for (const PiiSpan &m : masks) {
            ++score.masks[size_t(m.kind)];
            bool right = false;
            for (const TruthSpan &truth : t.truth)
                right = right || (m.start < truth.end && truth.start < m.end);
            if (right)
                ++score.rightMasks[size_t(m.kind)];
            else if (score.falseMasks.size() < 20)
                score.falseMasks.append(QStringLiteral("%1 \u2192 masked \u201c%2\u201d")
                                                .arg(t.text, t.text.mid(m.start, m.end - m.start)));
        }
    }
    return score;
}

} // namespace cxone
