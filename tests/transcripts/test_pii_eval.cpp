// The masker scored on labelled lines its authors did not write (Microsoft Presidio's recognizer
// tests, tests/data/presidio) and, apart, on the team's own hard negatives (tests/data/hardneg),
// and the scorer's own definitions on small cases; the two policies.
#include "models/transcripts/piieval.h"
#include "models/transcripts/piimasker.h"

#include <QJsonArray>
#include <QTest>

using namespace cxone;

namespace {

std::vector<GoldLine> load(const char *relative)
{
    std::vector<GoldLine> lines;
    QString error;
    if (!readGoldFile(QStringLiteral(CXONE_SOURCE_DIR "/") + QString::fromLatin1(relative), &lines,
                      &error))
        qFatal("%s", qPrintable(error));
    return lines;
}

MaskEvaluation score(const std::vector<GoldLine> &lines, MaskPolicy policy)
{
    PiiMasker::Options o;
    o.policy = policy;
    return evaluateMasker(PiiMasker(o), lines);
}

void show(const char *title, const MaskEvaluation &ev)
{
    qInfo().noquote() << '\n' << title << '\n' << ev.table();
    for (const QString &m : ev.misses.mid(0, 15))
        qInfo().noquote() << "  miss:" << m;
    for (const QString &m : ev.falseMasks.mid(0, 15))
        qInfo().noquote() << "  false:" << m;
}

} // namespace

class TestPiiEval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheFormat()
    {
        std::vector<GoldLine> lines;
        QString error;
        // Code points: the "é" and the emoji count one each.
        QVERIFY(readGold("# a comment\n\n"
                         "{\"text\":\"\xc3\xa9\xf0\x9f\x98\x80 call 415 555 0132\","
                         "\"entities\":[{\"type\":\"PHONE_NUMBER\",\"start\":8,\"end\":20}]}\n"
                         "{\"text\":\"no pii here\"}\n"
                         "{\"text\":\"Jane Doe\",\"entities\":[{\"type\":\"person\",\"start\":0,"
                         "\"end\":8}]}\n",
                         &lines, &error));
        QCOMPARE(lines.size(), size_t(3));
        QCOMPARE(lines[0].lineNumber, 3);
        QCOMPARE(lines[0].entities[0].kind, PiiKind::Phone);
        QVERIFY(lines[0].entities[0].scored);
        QVERIFY(!lines[2].entities[0].scored);
        const MaskEvaluation ev = evaluateMasker(PiiMasker(), lines);
        QCOMPARE(ev.byType[size_t(PiiKind::Phone)].entities, 1);
        QCOMPARE(ev.byType[size_t(PiiKind::Phone)].found, 1);
        QCOMPARE(ev.byType[size_t(PiiKind::Phone)].piiChars, 10); // digits, not spaces
        QCOMPARE(ev.byType[size_t(PiiKind::Phone)].masks, 1);
        QCOMPARE(ev.byType[size_t(PiiKind::Phone)].rightMasks, 1);
        QCOMPARE(ev.linesWithoutPii, 1);
        QCOMPARE(ev.notScored.value(QStringLiteral("person")), 1);
        QCOMPARE(ev.overall.entities, 1);
        const QJsonObject json = ev.toJson();
        QCOMPARE(json.value(u"overall").toObject().value(u"recall").toDouble(), 1.0);
        QCOMPARE(json.value(u"policy").toString(), QStringLiteral("strict"));

        // Errors name the line.
        QVERIFY(!readGold("{\"text\":\"abc\",\"entities\":[{\"type\":\"email\",\"start\":1,"
                          "\"end\":9}]}\n",
                          &lines, &error));
        QVERIFY2(error.startsWith(u"line 1:") && error.contains(u"past the end"),
                 qPrintable(error));
        QVERIFY(!readGold("\n{not json\n", &lines, &error));
        QVERIFY2(error.startsWith(u"line 2:"), qPrintable(error));
    }

    // Found means every letter and digit masked; a mask is right when it covers one of them.
    void countsAsDocumented()
    {
        std::vector<GoldLine> lines(2);
        lines[0].text = QStringLiteral("mail a@b.co then 4111 1111 1111 1111 at 5 pm");
        lines[0].entities.push_back({QStringLiteral("email"), true, PiiKind::Email, 5, 11});
        // Labelled wider than the card: "then" is not masked, so the entity leaks 4 letters.
        lines[0].entities.push_back({QStringLiteral("card"), true, PiiKind::Card, 12, 36});
        lines[1].text = QStringLiteral("call 212 555 0123 now");
        const MaskEvaluation ev = evaluateMasker(PiiMasker(), lines);
        const EvalCounts &card = ev.byType[size_t(PiiKind::Card)];
        QCOMPARE(card.entities, 1);
        QCOMPARE(card.found, 0);
        QCOMPARE(card.piiChars, 20);
        QCOMPARE(card.leakedChars, 4);
        QCOMPARE(card.masks, 1);
        QCOMPARE(card.rightMasks, 1);
        const EvalCounts &phone = ev.byType[size_t(PiiKind::Phone)];
        QCOMPARE(phone.masks, 1); // on a line without entities: wrong
        QCOMPARE(phone.rightMasks, 0);
        QCOMPARE(ev.overall.found, 1);
        QCOMPARE(ev.overall.leakedChars, 4);
    }

    // Presidio's recognizer tests: recall at least 0.95 on its positives; precision on its
    // negatives reported (the masker fails closed on 13-19-digit runs that Presidio calls not a
    // card, by design).
    void presidio()
    {
        const std::vector<GoldLine> lines = load("tests/data/presidio/presidio.jsonl");
        const MaskEvaluation strict = score(lines, MaskPolicy::Strict);
        const MaskEvaluation balanced = score(lines, MaskPolicy::Balanced);
        show("Presidio, strict", strict);
        show("Presidio, balanced", balanced);
        QVERIFY(strict.overall.entities > 300);
        QVERIFY2(strict.overall.recall() >= 0.95, qPrintable(strict.table()));
        QVERIFY2(strict.overall.leaked() <= 0.01, qPrintable(strict.table()));
        QVERIFY(balanced.overall.masks <= strict.overall.masks);
    }

    // Labelled sets of contact-centre lines (tests/data/callsets) written from the
    // specification by writers who had not seen the masker: numbers in pieces across turns and
    // time stamps, spoken addresses, national formats, IBANs read out, neighbours and negatives.
    // They were used while improving the masker, so they hold what it does now rather than judge
    // it; the floors are a little under today's figures (docs/transcripts.md).
    void callSets()
    {
        // Floors under today's figures: sets f-h (speech-to-text calls with read-backs and
        // turns of many shapes; addresses, IBANs and IPs read out; written channels of many
        // countries) are harder than a-e; i (calls from eight countries, questions for two
        // things, a recogniser's "add" and "dart") and j (CRM exports, e-mail bodies, logs,
        // IBANs broken by a wrap) were scored once on arrival before any work on them (0.939
        // and 0.973 strict recall, docs/transcripts.md); so were k (the classes), l (a
        // general set), m (a speech recogniser's calls), n (scenes of a busy day) and o (every
        // channel, 39 countries) and p (the classes again, 42 countries): 0.989, 1.000,
        // 0.966, 0.974, 0.988, 0.975; and q (a recogniser's calls from over 30 countries, many in
        // their own languages) and r (written channels, six languages): 0.901 and 0.965; and s
        // (everyday English calls of seven countries) and t (the hard ways of saying numbers:
        // pairs, hundreds, corrections, read-backs, vanity numbers): 0.960 and 0.949; and u
        // (long technical-support and verification calls, many numbers that are no personal
        // data around the ones that are) and v (callers of twelve countries in Asia, Africa,
        // Latin America and Poland, their fillers and a recogniser's homophones): 0.976 and
        // 0.907; and w (everyday calls as a recogniser writes them, seven Englishes), x (items
        // given in pieces over many turns, corrections, read-backs, addresses spelled over
        // turns) and y (written channels of twelve countries): 0.966, 0.735 and 0.989; and z (one
        // ordinary day of every channel) and aa (dictation under difficulty: bad lines, echoes,
        // corrections, letters spelled with words), scored at the end of the round that used
        // w-y: 0.986 and 0.905; and ak (one week of a contact centre serving twenty countries,
        // every channel) and al (calls as a recogniser writes them, items given in pieces over
        // turns, read back and corrected), scored on arrival: 0.997 and 0.988; and am (insurers',
        // utilities', airlines', clinics', telecoms' and banks' calls, chats, SMS, e-mails, notes
        // and exports of nine countries), scored on arrival at the end of that work: 0.985; and
        // an (written channels of sixteen countries) and ao (calls as recognisers write them),
        // scored on arrival: 0.994 and 0.981; ap (eight languages, typed and spoken) and aq
        // (personal numbers among many numbers that are none), scored on arrival during the work
        // on ao: 0.946 and 0.996; ar (a day of an English-speaking contact centre), scored on
        // arrival near the end of that work: 0.994; as (Europe and Latin America, in English and
        // in seven languages), scored on arrival after it: 0.973; at (the classes of
        // text again), scored on arrival near the end: 0.979; au (ordinary customer service in
        // English, every channel), scored on arrival on the last build: 0.990; ax (the issue's
        // classes: neighbours, pieces over turns, other countries' formats, spoken addresses,
        // SSNs and ITINs, precision traps), scored on arrival: 0.897 (pieces labelled as one
        // item across turns, the words between counted); aw (written channels of thirteen
        // countries) and av (calls as a recogniser writes them), scored on arrival after one
        // item in pieces became one mask: 0.997 and 0.943; ay (calls and chats in Spanish,
        // French, German, Italian, Portuguese and Dutch), scored on arrival at the end of that
        // work: 0.871, then worked on; az (English contact-centre calls as recognisers write
        // them, chats, tickets of fourteen countries), scored on arrival: 1.000; ba (calls,
        // chats and tickets in the six languages of ay, other writers), scored on arrival
        // during the work on ay: 0.933; bb (the classes, 60 % English and 40 % those six
        // languages), scored on arrival near the end of that work: 0.977; bc-bk, scored on
        // arrival as docs/transcripts.md lists them (bh, bi: the six languages; bj: English of
        // seventeen countries; bk: a European platform's channels, half English; bl: the
        // issue's classes in English; bm: the six languages again, scored on the round's last
        // build and then worked on a little); bn (the six languages), bo (English calls of
        // thirteen countries) and bp (written channels, nearly half of them hard negatives),
        // scored on arrival as docs/transcripts.md lists them, then worked on; bq (the six
        // languages again) and br (English calls and written channels of seventeen countries),
        // scored on arrival midway through that work, then worked on; bs (the classes
        // in English), scored on arrival at the end of that work and worked on in the next;
        // bt (English recognisers' calls of thirteen countries), bu (Europe and Latin America,
        // six languages, half written), bw (messaging channels, 60 % English) and bv (the
        // issue's classes in English, half spoken), scored on arrival as docs/transcripts.md
        // lists them, then worked on; bx (the six languages of twelve countries, 60 % calls),
        // scored on arrival near the end of that work and worked on a little; bz (a
        // recogniser's raw English of eight countries), ca (US health insurance, benefits, tax
        // and banking, half written) and cc (six languages, 60 % calls), scored on arrival as
        // docs/transcripts.md lists them, then worked on; cd (utilities and public services in
        // the English of six countries) and ce (bilingual English and Spanish calls and
        // messages in the US), scored on arrival near the end of that work, then worked on a
        // little; cf (airlines, hotels and car rental, 20 % in other languages), scored on
        // arrival on that work's last build, then one change; cg (healthcare and pharmacy
        // calls of Australia, New Zealand, Ireland, the UK and South Africa), ch (retail and
        // delivery messages typed in a hurry, five countries' English and three languages), ci
        // (banking, card fraud and collections: recognisers' calls, notes, fraud alerts) and cj
        // (machine-made text: CSV exports, logs, e-mail headers, SIP, CDRs, JSON), scored on
        // arrival as docs/transcripts.md lists them, then worked on; ck (outsourced centres'
        // calls for US telecoms and utilities as a recogniser writes them, English and Spanish),
        // scored on arrival near the end of that work, then worked on; cn (telecom and
        // home-internet support of six countries, diagnostics pasted), co (charities,
        // universities and subscriptions of seven countries, five languages), cp (public
        // services of five countries: tax, benefits, licences, passports, courts) and cq (gig
        // work and marketplaces of eight countries), scored on arrival, then worked on; cr (the
        // automotive trade of nine countries: dealers, roadside help, claims, rentals, tolls)
        // and ct (debt collection and payment plans of seven countries), scored on arrival,
        // then worked on; cv (companies' IT service desks and security operations of seven
        // countries: calls, chats, tickets, firewall and SIEM logs), cw (marketplace sellers of
        // ten countries, seven languages) and cx (restaurants' payment and delivery platforms in
        // the Asia-Pacific, in their own scripts), scored on arrival, then worked on; cy
        // (energy, broadband and streaming of the Nordic and Baltic countries, in their eight
        // languages), da (universities and exam centres of Central and Eastern Europe, in seven
        // languages, Cyrillic too), cz (airlines, hotels and loyalty programmes of the Middle
        // East and North Africa: Arabic, Arabizi, Hebrew, French) and db (North American
        // freight: dispatch, brokers, drivers, fuel cards), scored on arrival, then worked on; dc
        // (mobile money, banks, telecom and prepaid power of Sub-Saharan Africa: English,
        // Swahili, Pidgin, French, Afrikaans and more), de (e-wallets, ride-hailing, telecom
        // and banks of Southeast Asia: Taglish, Indonesian, Malay, Singlish, Vietnamese, Thai)
        // and dd (e-commerce, PIX, telecom, banks and delivery of Latin America, in Portuguese
        // and Spanish; scored twice before it was read), scored on arrival, then worked on; df
        // (banks, telecom, insurance and helplines of South Asia, in Devanagari, Bengali, Tamil,
        // Urdu and Sinhala too) and dg (banks, telecom, energy, ferries and bookings of Greece,
        // Cyprus, Turkey and Iran, in Greek, Turkish and Persian too), scored on arrival, then
        // worked on; dh (insurers, cards, carriers, shops, airlines and games of Japan, Korea,
        // China, Taiwan and Hong Kong, in their scripts; scored twice before it was read),
        // scored on arrival, then worked on.
        struct Floor
        {
            const char *set;
            double strictRecall, strictLeak, balancedRecall;
        };
        for (const Floor &f : {Floor{"a", 0.97, 0.02, 0.90},     Floor{"b", 0.97, 0.02, 0.90},
                               Floor{"c", 0.97, 0.02, 0.90},     Floor{"d", 0.97, 0.02, 0.90},
                               Floor{"e", 0.97, 0.02, 0.90},     Floor{"f", 0.95, 0.04, 0.89},
                               Floor{"g", 0.95, 0.03, 0.92},     Floor{"h", 0.99, 0.01, 0.94},
                               Floor{"i", 0.96, 0.045, 0.94},    Floor{"j", 0.98, 0.015, 0.95},
                               Floor{"k", 0.98, 0.01, 0.93},     Floor{"l", 0.98, 0.01, 0.94},
                               Floor{"m", 0.98, 0.01, 0.95},     Floor{"n", 0.98, 0.01, 0.93},
                               Floor{"o", 0.98, 0.015, 0.93},    Floor{"p", 0.98, 0.01, 0.90},
                               Floor{"q", 0.95, 0.025, 0.84},    Floor{"r", 0.99, 0.005, 0.95},
                               Floor{"s", 0.98, 0.01, 0.92},     Floor{"t", 0.97, 0.015, 0.90},
                               Floor{"u", 0.97, 0.02, 0.90},     Floor{"v", 0.96, 0.03, 0.86},
                               Floor{"w", 0.98, 0.01, 0.95},     Floor{"x", 0.89, 0.045, 0.84},
                               Floor{"y", 0.98, 0.01, 0.95},     Floor{"z", 0.98, 0.01, 0.96},
                               Floor{"aa", 0.90, 0.07, 0.86},    Floor{"ak", 0.99, 0.01, 0.98},
                               Floor{"al", 0.98, 0.01, 0.95},    Floor{"am", 0.99, 0.01, 0.93},
                               Floor{"an", 0.99, 0.005, 0.96},   Floor{"ao", 0.99, 0.005, 0.97},
                               Floor{"ap", 0.97, 0.04, 0.88},    Floor{"aq", 0.99, 0.005, 0.98},
                               Floor{"ar", 0.99, 0.005, 0.97},   Floor{"as", 0.99, 0.005, 0.93},
                               Floor{"at", 0.99, 0.005, 0.94},   Floor{"au", 0.99, 0.01, 0.96},
                               Floor{"av", 0.98, 0.01, 0.95},    Floor{"aw", 0.99, 0.005, 0.98},
                               Floor{"ax", 0.99, 0.005, 0.95},   Floor{"ay", 0.96, 0.03, 0.90},
                               Floor{"az", 0.99, 0.005, 0.98},   Floor{"ba", 0.97, 0.02, 0.94},
                               Floor{"bb", 0.98, 0.015, 0.97},   Floor{"bc", 0.99, 0.005, 0.97},
                               Floor{"bd", 0.98, 0.01, 0.95},    Floor{"be", 0.99, 0.005, 0.96},
                               Floor{"bf", 0.98, 0.01, 0.92},    Floor{"bg", 0.98, 0.01, 0.96},
                               Floor{"bh", 0.99, 0.006, 0.94},   Floor{"bi", 0.99, 0.004, 0.96},
                               Floor{"bj", 0.99, 0.006, 0.98},   Floor{"bk", 0.99, 0.002, 0.94},
                               Floor{"bl", 0.98, 0.03, 0.95},    Floor{"bm", 0.95, 0.035, 0.90},
                               Floor{"bn", 0.985, 0.01, 0.92},   Floor{"bo", 0.985, 0.007, 0.95},
                               Floor{"bp", 0.995, 0.002, 0.97},  Floor{"bq", 0.96, 0.013, 0.91},
                               Floor{"br", 0.95, 0.016, 0.92},   Floor{"bs", 0.995, 0.002, 0.96},
                               Floor{"bt", 0.995, 0.002, 0.95},  Floor{"bu", 0.995, 0.002, 0.90},
                               Floor{"bv", 0.975, 0.02, 0.94},   Floor{"bw", 0.995, 0.002, 0.975},
                               Floor{"bx", 0.93, 0.065, 0.87},   Floor{"bz", 0.975, 0.02, 0.93},
                               Floor{"ca", 0.995, 0.002, 0.975}, Floor{"cc", 0.995, 0.002, 0.93},
                               Floor{"cd", 0.985, 0.012, 0.975}, Floor{"ce", 0.985, 0.007, 0.96},
                               Floor{"cf", 0.99, 0.005, 0.98},   Floor{"cg", 0.99, 0.012, 0.985},
                               Floor{"ch", 0.99, 0.006, 0.985},  Floor{"ci", 0.995, 0.002, 0.96},
                               Floor{"cj", 0.995, 0.002, 0.93},  Floor{"ck", 0.975, 0.008, 0.96},
                               Floor{"cn", 0.99, 0.01, 0.98},    Floor{"co", 0.99, 0.005, 0.955},
                               Floor{"cp", 0.99, 0.009, 0.955},  Floor{"cq", 0.995, 0.002, 0.98},
                               Floor{"cr", 0.995, 0.002, 0.96},  Floor{"ct", 0.995, 0.002, 0.96},
                               Floor{"cv", 0.995, 0.002, 0.97},  Floor{"cw", 0.99, 0.007, 0.93},
                               Floor{"cx", 0.99, 0.003, 0.955},  Floor{"cy", 0.975, 0.021, 0.87},
                               Floor{"da", 0.98, 0.019, 0.93},   Floor{"cz", 0.995, 0.01, 0.96},
                               Floor{"db", 0.995, 0.002, 0.97},  Floor{"dc", 0.995, 0.003, 0.96},
                               Floor{"dd", 0.99, 0.005, 0.91},   Floor{"de", 0.98, 0.016, 0.965},
                               Floor{"df", 0.99, 0.005, 0.98},   Floor{"dg", 0.99, 0.014, 0.955},
                               Floor{"dh", 0.96, 0.04, 0.89},    Floor{"di", 0.99, 0.007, 0.98},
                               Floor{"dj", 0.98, 0.02, 0.96},    Floor{"dk", 0.99, 0.007, 0.95},
                               Floor{"dl", 0.96, 0.047, 0.91},   Floor{"dm", 0.99, 0.018, 0.95},
                               Floor{"dn", 0.995, 0.002, 0.985}, Floor{"do", 0.99, 0.012, 0.97},
                               Floor{"dp", 0.995, 0.003, 0.975}, Floor{"dq", 0.97, 0.037, 0.905},
                               Floor{"dr", 0.99, 0.003, 0.975},  Floor{"ds", 0.925, 0.075, 0.845},
                               Floor{"dt", 0.995, 0.002, 0.97},  Floor{"dv", 0.995, 0.002, 0.95},
                               Floor{"dw", 0.98, 0.02, 0.82},    Floor{"dx", 0.995, 0.002, 0.975},
                               Floor{"du", 0.995, 0.002, 0.98},  Floor{"dy", 0.995, 0.002, 0.97},
                               Floor{"dz", 0.995, 0.002, 0.93},  Floor{"ea", 0.995, 0.007, 0.985},
                               Floor{"eb", 0.995, 0.002, 0.985}, Floor{"ec", 0.995, 0.007, 0.975},
                               Floor{"ed", 0.995, 0.002, 0.99},  Floor{"ee", 0.995, 0.006, 0.95},
                               Floor{"ef", 0.995, 0.002, 0.995}, Floor{"eg", 0.995, 0.004, 0.98},
                               Floor{"eh", 0.995, 0.004, 0.965}, Floor{"ei", 0.99, 0.013, 0.975},
                               Floor{"ek", 0.93, 0.06, 0.865},   Floor{"el", 0.995, 0.002, 0.98},
                               Floor{"ej", 0.995, 0.005, 0.995}, Floor{"em", 0.975, 0.019, 0.955},
                               Floor{"en", 0.99, 0.005, 0.975},  Floor{"eo", 0.98, 0.02, 0.97},
                               Floor{"ep", 0.995, 0.006, 0.975}, Floor{"eq", 0.995, 0.002, 0.98},
                               Floor{"er", 0.985, 0.005, 0.885}, Floor{"es", 0.995, 0.002, 0.95},
                               Floor{"et", 0.925, 0.08, 0.80},   Floor{"ev", 0.995, 0.002, 0.98},
                               Floor{"ew", 0.99, 0.003, 0.90},   Floor{"ex", 0.92, 0.042, 0.86},
                               Floor{"ey", 0.995, 0.002, 0.98},  Floor{"ez", 0.995, 0.002, 0.98},
                               Floor{"fa", 0.995, 0.005, 0.98},  Floor{"fb", 0.995, 0.002, 0.99},
                               Floor{"fc", 0.99, 0.005, 0.96},   Floor{"fd", 0.995, 0.002, 0.99},
                               Floor{"fe", 0.995, 0.002, 0.975}, Floor{"ff", 0.995, 0.002, 0.995},
                               Floor{"fg", 0.995, 0.002, 0.99},  Floor{"fh", 0.995, 0.002, 0.98},
                               Floor{"fi", 0.99, 0.007, 0.98},   Floor{"fj", 0.995, 0.002, 0.985},
                               Floor{"fk", 0.98, 0.02, 0.93},    Floor{"fl", 0.995, 0.002, 0.98},
                               Floor{"fm", 0.985, 0.02, 0.89},   Floor{"fn", 0.99, 0.002, 0.98},
                               Floor{"fo", 0.97, 0.02, 0.885},   Floor{"fp", 0.995, 0.002, 0.985},
                               Floor{"fq", 0.97, 0.04, 0.885},   Floor{"fr", 0.975, 0.032, 0.85},
                               Floor{"fs", 0.985, 0.01, 0.97},   Floor{"ft", 0.975, 0.015, 0.95},
                               Floor{"fu", 0.975, 0.026, 0.93},  Floor{"fv", 0.945, 0.06, 0.875},
                               Floor{"fw", 0.995, 0.002, 0.99},  Floor{"fx", 0.995, 0.002, 0.945},
                               Floor{"fz", 0.99, 0.007, 0.99},   Floor{"ga", 0.945, 0.03, 0.895},
                               Floor{"gb", 0.96, 0.05, 0.945},   Floor{"gc", 0.98, 0.012, 0.96},
                               Floor{"fy", 0.96, 0.03, 0.955},   Floor{"gd", 0.99, 0.007, 0.97},
                               Floor{"ge", 0.995, 0.007, 0.99},  Floor{"gf", 0.995, 0.002, 0.99},
                               Floor{"gg", 0.995, 0.002, 0.98},  Floor{"gh", 0.995, 0.007, 0.93},
                               Floor{"gi", 0.995, 0.007, 0.98},  Floor{"gj", 0.98, 0.012, 0.94},
                               Floor{"gk", 0.95, 0.06, 0.90},    Floor{"gl", 0.96, 0.05, 0.91},
                               Floor{"gm", 0.995, 0.003, 0.985}, Floor{"gn", 0.975, 0.012, 0.96},
                               Floor{"go", 0.995, 0.002, 0.985}, Floor{"gp", 0.995, 0.002, 0.98},
                               Floor{"gq", 0.99, 0.009, 0.975},  Floor{"gr", 0.995, 0.002, 0.985},
                               Floor{"gs", 0.995, 0.002, 0.975}, Floor{"gt", 0.99, 0.004, 0.91},
                               Floor{"gu", 0.995, 0.002, 0.985}, Floor{"gv", 0.995, 0.002, 0.98},
                               Floor{"gw", 0.995, 0.002, 0.99},  Floor{"gx", 0.93, 0.02, 0.875}}) {
            const std::vector<GoldLine> lines = load(qPrintable(
                    QStringLiteral("tests/data/callsets/set_%1.jsonl").arg(QLatin1String(f.set))));
            const MaskEvaluation strict = score(lines, MaskPolicy::Strict);
            const MaskEvaluation balanced = score(lines, MaskPolicy::Balanced);
            show(qPrintable(QStringLiteral("call set %1, strict").arg(QLatin1String(f.set))),
                 strict);
            QVERIFY(lines.size() >= 280);
            QVERIFY2(strict.overall.recall() >= f.strictRecall, qPrintable(strict.table()));
            QVERIFY2(strict.overall.leaked() <= f.strictLeak, qPrintable(strict.table()));
            QVERIFY2(balanced.overall.recall() >= f.balancedRecall, qPrintable(balanced.table()));
            QVERIFY(balanced.overall.masks <= strict.overall.masks);
        }
    }

    // A number's first digits said, called wrong ("wrong", "that's wrong", "no that was wrong"),
    // then the whole number: 30 lines written outside the team from that description alone (60
    // items, phones, cards and SSNs, said in digits and in words), and 15 where "wrong" stands
    // beside numbers that are none. Scored on arrival: strict 0.9667 recall, 3.07 % readable,
    // precision 1.0; balanced 0.9333. The try is masked now when the number said again starts
    // with its first word; what is left: "double four one two one, no that was wrong, oh one
    // two one …", the country's code said first, then the number as dialled at home.
    void triesCalledWrong()
    {
        const std::vector<GoldLine> lines = load("tests/data/wrongtries/tries_called_wrong.jsonl");
        QCOMPARE(lines.size(), size_t(45));
        const MaskEvaluation strict = score(lines, MaskPolicy::Strict);
        const MaskEvaluation balanced = score(lines, MaskPolicy::Balanced);
        show("tries called wrong, strict", strict);
        QVERIFY2(strict.overall.recall() >= 0.98, qPrintable(strict.table()));
        QVERIFY2(strict.overall.leaked() <= 0.02, qPrintable(strict.table()));
        QVERIFY2(strict.overall.precision() >= 0.99, qPrintable(strict.table()));
        QVERIFY2(balanced.overall.recall() >= 0.95, qPrintable(balanced.table()));
        QVERIFY(balanced.overall.masks <= strict.overall.masks);
    }

    // Hard negatives: times, dates, prices, amounts, counts, order numbers said as such,
    // versions, ZIP codes, years. Balanced masks fewer than strict; precision reported.
    // The scanner keeps where each word ends for texts of up to 64 KiB and reads the ends again
    // each time in a longer one: either way the words must read the same. Every text of two sets
    // written outside the team (set_gv: speech, set_gw: written notes, apostrophes in both) masks
    // alike after clean sentences that take it past 64 KiB as after one of them, under both
    // policies.
    void textsPastTheWordsMemoMaskAlike()
    {
        const QString unit = QStringLiteral("that's all, we'll see. ");
        QString filler;
        while (filler.size() < 66000)
            filler += unit;
        const QString kept = filler.left(filler.size() - unit.size());
        std::vector<GoldLine> lines = load("tests/data/callsets/set_gv.jsonl");
        const std::vector<GoldLine> written = load("tests/data/callsets/set_gw.jsonl");
        lines.insert(lines.end(), written.begin(), written.end());
        QVERIFY(lines.size() > 600);
        for (const MaskPolicy policy : {MaskPolicy::Strict, MaskPolicy::Balanced}) {
            PiiMasker::Options o;
            o.policy = policy;
            const PiiMasker m(o);
            int masked = 0;
            for (const GoldLine &line : lines) {
                const QString alone = m.mask(QString(unit + line.text));
                const QString whole = m.mask(QString(filler + line.text));
                QVERIFY(QString(filler + line.text).toUtf8().size() > 65535);
                // (the clean sentences untouched, then the text's masks as alone: compared apart,
                // so that a failure shows the text)
                QVERIFY(whole.startsWith(kept));
                QCOMPARE(whole.mid(kept.size()), alone);
                masked += alone.contains(u'[') ? 1 : 0;
            }
            QVERIFY(masked > 300); // (the texts hold personal data: the masks are compared too)
        }
    }

    void hardNegatives()
    {
        const std::vector<GoldLine> lines = load("tests/data/hardneg/hard_negatives.jsonl");
        const MaskEvaluation strict = score(lines, MaskPolicy::Strict);
        const MaskEvaluation balanced = score(lines, MaskPolicy::Balanced);
        show("Hard negatives, strict", strict);
        show("Hard negatives, balanced", balanced);
        QCOMPARE(strict.overall.entities, 0);
        QVERIFY(balanced.overall.masks <= strict.overall.masks);
        // Most lines stay as they are in both.
        QVERIFY2(strict.overall.masks * 5 <= strict.lines,
                 qPrintable(strict.falseMasks.join(u'\n')));
    }

    // The policy only changes what happens to numbers that fail validation.
    void policies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("strict");
        QTest::addColumn<QString>("balanced");
        const auto add = [](const char *text, const char *s, const char *b) {
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(s)
                                << QString::fromUtf8(b);
        };
        add("+1 335 922 5864", "[PHONE]", "+1 335 922 5864");
        add("call me at +1 335 922 5864", "call me at [PHONE]", "call me at [PHONE]");
        add("it's 5423 9363", "it's [PHONE]", "it's 5423 9363");
        add("(19) 98876-8653", "[PHONE]", "[PHONE]");
        add("it's 4155550132", "it's [PHONE]", "it's [PHONE]");
        add("it's 1055510132", "it's [PHONE]", "it's 1055510132");
        add("SSN 000-12-3456", "SSN [SSN]", "SSN 000-12-3456");
        add("219099999", "[SSN]", "219099999");
        add("my social is 219099999", "my social is [SSN]", "my social is [SSN]");
        add("4111111111111112", "[CARD]", "[CARD]");
        add("order number 4155550132", "order number 4155550132", "order number 4155550132");
        add("ref 4111111111111111", "ref [CARD]", "ref [CARD]");
        add("o rossi at gmail dot com", "[EMAIL]", "[EMAIL]");
    }

    void policies()
    {
        QFETCH(QString, text);
        QFETCH(QString, strict);
        QFETCH(QString, balanced);
        PiiMasker::Options o;
        QCOMPARE(PiiMasker(o).mask(text), strict);
        o.policy = MaskPolicy::Balanced;
        QCOMPARE(PiiMasker(o).mask(text), balanced);
    }

    void policyNames()
    {
        MaskPolicy p = MaskPolicy::Strict;
        QString error;
        QVERIFY(parseMaskPolicy(QStringLiteral("Balanced"), &p, &error));
        QCOMPARE(p, MaskPolicy::Balanced);
        QCOMPARE(maskPolicyName(p), QStringLiteral("balanced"));
        QVERIFY(!parseMaskPolicy(QStringLiteral("lenient"), &p, &error));
        QVERIFY2(error.contains(u"strict") && error.contains(u"balanced"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPiiEval)
#include "test_pii_eval.moc"
