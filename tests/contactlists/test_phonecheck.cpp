// The phone checks and the preview, without a tenant: parsing across regions, formats and types,
// directive combinations, disposable lists, overrides and the preview table models.
#include "models/contactlists/previewmodel.h"
#include "models/contactlists/sanitizepreview.h"
#include "models/engine/phone/phonecheck.h"

#include "network/api/contactlistsapi.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <phonenumbers/phonenumberutil.h>

#include <random>

using namespace cxone;

Q_DECLARE_METATYPE(cxone::PhoneType)
Q_DECLARE_METATYPE(cxone::Verdict)
Q_DECLARE_METATYPE(cxone::Reason)

namespace {

const QRegularExpression kE164(QStringLiteral("^\\+[1-9]\\d{1,14}$"));

std::shared_ptr<ContactSnapshot> snapshotOf(const QStringList &phones)
{
    auto s = std::make_shared<ContactSnapshot>(QStringLiteral("list_t"), QStringLiteral("T"));
    int i = 0;
    for (const QString &p : phones)
        s->append({QStringLiteral("c-%1").arg(++i), p,
                   QJsonObject{{QStringLiteral("firstName"), QStringLiteral("A")}}});
    return s;
}

std::vector<ParsedPhone> parseAll(const ContactSnapshot &s, const QString &region)
{
    std::vector<ParsedPhone> out;
    for (qsizetype i = 0; i < s.size(); ++i)
        out.push_back(PhoneParser::parse(s.phone(i), region));
    return out;
}

} // namespace

class TestPhoneCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The parser's region and type come from its own matching of the library's metadata: they
    // must be the library's answers (GetRegionCodeForNumber + GetNumberType), for every region
    // and type: each region's example numbers, those with digits changed and a digit more or
    // less, in national and international form, and random digits after every country code.
    void sameRegionAndTypeAsTheLibrary()
    {
        using i18n::phonenumbers::PhoneNumber;
        using i18n::phonenumbers::PhoneNumberUtil;
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        std::set<std::string> regions;
        util->GetSupportedRegions(&regions);
        std::mt19937_64 rng(5);
        std::vector<std::pair<std::string, std::string>> inputs; // text, default region
        const auto mutate = [&](std::string digits) {
            const int k = int(rng() % 4);
            for (int i = 0; i < k && !digits.empty(); ++i)
                digits[rng() % digits.size()] = char('0' + rng() % 10);
            const int r = int(rng() % 6);
            if (r == 0)
                digits.push_back(char('0' + rng() % 10));
            else if (r == 1 && digits.size() > 4)
                digits.pop_back();
            return digits;
        };
        std::set<int> codes;
        for (const std::string &region : regions) {
            codes.insert(util->GetCountryCodeForRegion(region));
            for (int t = PhoneNumberUtil::FIXED_LINE; t <= PhoneNumberUtil::VOICEMAIL; ++t) {
                PhoneNumber example;
                if (!util->GetExampleNumberForType(region, PhoneNumberUtil::PhoneNumberType(t),
                                                   &example))
                    continue;
                std::string nsn;
                util->GetNationalSignificantNumber(example, &nsn);
                for (int i = 0; i < 48; ++i) {
                    const std::string d = i == 0 ? nsn : mutate(nsn);
                    inputs.emplace_back('+' + std::to_string(example.country_code()) + d, "US");
                    if (i < 4)
                        inputs.emplace_back((i % 2 ? std::string("0") : std::string()) + d, region);
                }
            }
        }
        for (const int cc : codes) {
            for (int i = 0; i < 400; ++i) {
                std::string d;
                const int length = 6 + int(rng() % 8);
                for (int k = 0; k < length; ++k)
                    d.push_back(char('0' + rng() % 10));
                inputs.emplace_back('+' + std::to_string(cc) + d, "US");
            }
        }
        // Half of them again as people write them, separators anywhere (a plus stays first):
        // the parser reads those as their digits, which must change nothing.
        const std::string separators = " ()-.";
        const size_t written = inputs.size();
        for (size_t i = 0; i < written; i += 2) {
            const std::string &t = inputs[i].first;
            std::string d;
            for (size_t k = 0; k < t.size(); ++k) {
                while ((k > 0 || t[0] != '+') && rng() % 4 == 0)
                    d.push_back(separators[rng() % separators.size()]);
                d.push_back(t[k]);
            }
            if (rng() % 3 == 0)
                d.push_back(separators[rng() % separators.size()]);
            inputs.emplace_back(d, inputs[i].second);
        }
        qsizetype valid = 0;
        std::set<std::string> typesSeen;
        for (const auto &[text, region] : inputs) {
            const ParsedPhone ours
                    = PhoneParser::parse(QByteArrayView(text.data(), qsizetype(text.size())),
                                         QString::fromStdString(region));
            PhoneNumber number;
            const std::string where = text + " (" + region + ")";
            if (util->Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
                QVERIFY2(ours.status == ParseStatus::NotANumber, where.c_str());
                continue;
            }
            QVERIFY2(ours.status != ParseStatus::NotANumber, where.c_str());
            QCOMPARE(ours.hasExtension, number.has_extension() && !number.extension().empty());
            std::string libRegion;
            util->GetRegionCodeForNumber(number, &libRegion);
            const auto libType = util->GetNumberType(number);
            std::string e164;
            util->Format(number, PhoneNumberUtil::E164, &e164);
            // Longer than E.164's 15 digits: valid to the library, not storable as E.164.
            const bool libValid = libType != PhoneNumberUtil::UNKNOWN && libRegion.size() == 2
                                  && libRegion != "ZZ" && e164.size() <= 16;
            QVERIFY2((ours.status == ParseStatus::Valid) == libValid, where.c_str());
            if (!libValid)
                continue;
            ++valid;
            QCOMPARE(ours.regionText(), QString::fromStdString(libRegion));
            QCOMPARE(int(ours.type), int(libType));
            QCOMPARE(ours.e164Text(), QString::fromStdString(e164));
            typesSeen.insert(std::to_string(int(libType)));
        }
        qInfo("%zu inputs, %lld valid, %zu types", inputs.size(), qlonglong(valid),
              typesSeen.size());
        QVERIFY(valid > qsizetype(inputs.size() / 4));
        QVERIFY(typesSeen.size() >= 9);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region"); // default region of the list
        QTest::addColumn<QString>("e164");   // empty: not valid
        QTest::addColumn<QString>("expectedRegion");
        QTest::addColumn<PhoneType>("type");
        QTest::addColumn<Verdict>("verdict"); // with no restrictions at all
        QTest::addColumn<Reason>("reason");

        const auto row = [](const char *name, const char *in, const char *region, const char *e164,
                            const char *r, PhoneType t, Verdict v, Reason why) {
            QTest::newRow(name) << QString::fromUtf8(in) << QString::fromLatin1(region)
                                << QString::fromLatin1(e164) << QString::fromLatin1(r) << t << v
                                << why;
        };
        using T = PhoneType;
        using V = Verdict;
        using R = Reason;
        // United States and Canada
        row("us e164", "+12015550123", "US", "+12015550123", "US", T::FixedLineOrMobile, V::Keep,
            R::AlreadyE164);
        row("us parens", "(201) 555-0123", "US", "+12015550123", "US", T::FixedLineOrMobile,
            V::Update, R::Reformatted);
        row("us dots", "201.555.0123", "US", "+12015550123", "US", T::FixedLineOrMobile, V::Update,
            R::Reformatted);
        row("us trunk 1", "1 201 555 0123", "US", "+12015550123", "US", T::FixedLineOrMobile,
            V::Update, R::Reformatted);
        row("us idd 011 to gb", "011 44 7400 123456", "US", "+447400123456", "GB", T::Mobile,
            V::Update, R::Reformatted);
        row("us ext", "201-555-0123 ext. 42", "US", "+12015550123", "US", T::FixedLineOrMobile,
            V::Update, R::ExtensionDropped);
        row("us x ext", "(201) 555-0123 x9", "US", "+12015550123", "US", T::FixedLineOrMobile,
            V::Update, R::ExtensionDropped);
        row("us toll-free", "1-800-234-5678", "US", "+18002345678", "US", T::TollFree, V::Update,
            R::Reformatted);
        row("us premium", "+1 900 234 5678", "US", "+19002345678", "US", T::PremiumRate, V::Update,
            R::Reformatted);
        row("us personal", "+15002345678", "US", "+15002345678", "US", T::Personal, V::Keep,
            R::AlreadyE164);
        row("us vanity", "1-800-FLOWERS", "US", "+18003569377", "US", T::TollFree, V::Update,
            R::Reformatted);
        row("us whitespace", "  +12015550123 ", "US", "+12015550123", "US", T::FixedLineOrMobile,
            V::Update, R::Reformatted);
        row("ca fixed", "+1 506 234 5678", "US", "+15062345678", "CA", T::FixedLineOrMobile,
            V::Update, R::Reformatted);
        row("ca voip", "+16002012345", "CA", "+16002012345", "CA", T::Voip, V::Keep,
            R::AlreadyE164);
        // United Kingdom
        row("gb mobile national", "07400 123456", "GB", "+447400123456", "GB", T::Mobile, V::Update,
            R::Reformatted);
        row("gb mobile e164", "+447400123456", "GB", "+447400123456", "GB", T::Mobile, V::Keep,
            R::AlreadyE164);
        row("gb fixed", "0121 234 5678", "GB", "+441212345678", "GB", T::FixedLine, V::Update,
            R::Reformatted);
        row("gb 00 prefix", "0044 121 234 5678", "GB", "+441212345678", "GB", T::FixedLine,
            V::Update, R::Reformatted);
        row("gb toll-free", "0800 123 4567", "GB", "+448001234567", "GB", T::TollFree, V::Update,
            R::Reformatted);
        row("gb premium", "+44 901 234 5678", "GB", "+449012345678", "GB", T::PremiumRate,
            V::Update, R::Reformatted);
        row("gb voip", "056 1234 5678", "GB", "+445612345678", "GB", T::Voip, V::Update,
            R::Reformatted);
        row("gb personal", "+447012345678", "GB", "+447012345678", "GB", T::Personal, V::Keep,
            R::AlreadyE164);
        row("gb pager", "+447640123456", "GB", "+447640123456", "GB", T::Pager, V::Keep,
            R::AlreadyE164);
        row("gb uan", "055 1234 5678", "GB", "+445512345678", "GB", T::Uan, V::Update,
            R::Reformatted);
        // Germany, France, and the rest
        row("de mobile", "01512 3456789", "DE", "+4915123456789", "DE", T::Mobile, V::Update,
            R::Reformatted);
        row("de fixed", "030 123456", "DE", "+4930123456", "DE", T::FixedLine, V::Update,
            R::Reformatted);
        row("de shared-cost", "+49 180 1 2345", "DE", "+4918012345", "DE", T::SharedCost, V::Update,
            R::Reformatted);
        row("de premium", "+499001234567", "US", "+499001234567", "DE", T::PremiumRate, V::Keep,
            R::AlreadyE164);
        row("fr mobile", "06 12 34 56 78", "FR", "+33612345678", "FR", T::Mobile, V::Update,
            R::Reformatted);
        row("fr voip", "+33 9 12 34 56 78", "US", "+33912345678", "FR", T::Voip, V::Update,
            R::Reformatted);
        row("fr shared-cost", "+33884012345", "FR", "+33884012345", "FR", T::SharedCost, V::Keep,
            R::AlreadyE164);
        row("au mobile", "0412 345 678", "AU", "+61412345678", "AU", T::Mobile, V::Update,
            R::Reformatted);
        row("au toll-free", "1800 123 456", "AU", "+611800123456", "AU", T::TollFree, V::Update,
            R::Reformatted);
        row("in mobile", "+91 81234 56789", "US", "+918123456789", "IN", T::Mobile, V::Update,
            R::Reformatted);
        row("br mobile", "+55 11 96123-4567", "US", "+5511961234567", "BR", T::Mobile, V::Update,
            R::Reformatted);
        row("jp voip", "+81 50-1234-5678", "US", "+815012345678", "JP", T::Voip, V::Update,
            R::Reformatted);
        row("jp mobile national", "090-1234-5678", "JP", "+819012345678", "JP", T::Mobile,
            V::Update, R::Reformatted);
        row("it fixed keeps 0", "+39 02 1234 5678", "US", "+390212345678", "IT", T::FixedLine,
            V::Update, R::Reformatted);
        row("es shared-cost", "+34901123456", "US", "+34901123456", "ES", T::SharedCost, V::Keep,
            R::AlreadyE164);
        row("nl mobile", "+31 6 12345678", "US", "+31612345678", "NL", T::Mobile, V::Update,
            R::Reformatted);
        row("za voip", "+27871234567", "US", "+27871234567", "ZA", T::Voip, V::Keep,
            R::AlreadyE164);
        row("mx toll-free", "+52 800 123 4567", "US", "+528001234567", "MX", T::TollFree, V::Update,
            R::Reformatted);
        // Garbage
        row("empty", "", "US", "", "", T::Unknown, V::Purge, R::Empty);
        row("spaces only", "   ", "US", "", "", T::Unknown, V::Purge, R::Empty);
        row("n/a", "N/A", "US", "", "", T::Unknown, V::Purge, R::NotANumber);
        row("words", "call me maybe", "US", "", "", T::Unknown, V::Purge, R::NotANumber);
        row("too short", "123", "US", "", "", T::Unknown, V::Purge, R::Invalid);
        row("zeros", "(000) 000-0000", "US", "", "", T::Unknown, V::Purge, R::Invalid);
        row("unknown cc", "+999 123 456 789", "US", "", "", T::Unknown, V::Purge, R::NotANumber);
        row("too long", "12345678901234567890", "US", "", "", T::Unknown, V::Purge, R::NotANumber);
        row("gb short", "+44 20 7946", "US", "", "", T::Unknown, V::Purge, R::Invalid);
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(QString, expectedRegion);
        QFETCH(PhoneType, type);
        QFETCH(Verdict, verdict);
        QFETCH(Reason, reason);
        const QByteArray raw = input.toUtf8();
        const ParsedPhone p = PhoneParser::parse(raw, region);
        QCOMPARE(p.e164Text(), e164);
        if (!e164.isEmpty()) {
            QVERIFY(kE164.match(p.e164Text()).hasMatch());
            QCOMPARE(p.regionText(), expectedRegion);
            QCOMPARE(p.type, type);
            QCOMPARE(p.status, ParseStatus::Valid);
        }
        SanitizeDirective open;
        const Decision d = decide(p, raw, open, false);
        QCOMPARE(d.verdict, verdict);
        QCOMPARE(d.reason, reason);
    }

    void directive_data()
    {
        QTest::addColumn<QString>("regions");
        QTest::addColumn<QString>("block");
        QTest::addColumn<QString>("disposable");
        QTest::addColumn<QString>("input");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<Reason>("reason");
        const auto row = [](const char *name, const char *regions, const char *block,
                            const char *disposable, const char *input, Verdict v, Reason r) {
            QTest::newRow(name) << QString::fromLatin1(regions) << QString::fromLatin1(block)
                                << QString::fromLatin1(disposable) << QString::fromLatin1(input)
                                << v << r;
        };
        using V = Verdict;
        using R = Reason;
        row("region allowed", "US,CA", "", "", "+15062345678", V::Keep, R::AlreadyE164);
        row("region refused", "US,CA", "", "", "+447400123456", V::Purge, R::RegionNotAllowed);
        row("any region", "", "", "", "+447400123456", V::Keep, R::AlreadyE164);
        row("toll-free blocked", "US", "toll-free", "", "+18002345678", V::Purge, R::BlockedType);
        row("toll-free allowed", "US", "voip", "", "+18002345678", V::Keep, R::AlreadyE164);
        row("voip blocked", "", "voip", "", "+445612345678", V::Purge, R::BlockedType);
        row("premium blocked", "", "premium-rate,shared-cost", "", "+19002345678", V::Purge,
            R::BlockedType);
        row("shared blocked", "", "premium-rate,shared-cost", "", "+4918012345", V::Purge,
            R::BlockedType);
        row("uan blocked", "", "uan", "", "+445512345678", V::Purge, R::BlockedType);
        row("pager blocked", "", "pager", "", "+447640123456", V::Purge, R::BlockedType);
        row("personal blocked", "", "personal", "", "+447012345678", V::Purge, R::BlockedType);
        row("mobile not blockable target", "", "voip", "", "+447400123456", V::Keep,
            R::AlreadyE164);
        row("disposable exact", "", "", "+447400123456", "07400 123456", V::Purge, R::Disposable);
        row("disposable prefix", "", "", "+4474001*", "+447400123456", V::Purge, R::Disposable);
        row("disposable other", "", "", "+4474009*", "+447400123456", V::Keep, R::AlreadyE164);
        row("region before type", "US", "toll-free", "", "+448001234567", V::Purge,
            R::RegionNotAllowed);
        row("invalid before region", "US", "", "", "+44 20 7946", V::Purge, R::Invalid);
    }

    void directive()
    {
        QFETCH(QString, regions);
        QFETCH(QString, block);
        QFETCH(QString, disposable);
        QFETCH(QString, input);
        QFETCH(Verdict, verdict);
        QFETCH(Reason, reason);
        SanitizeDirective d;
        d.defaultRegion = QStringLiteral("GB");
        QString error;
        QVERIFY2(d.setRegions(regions, &error), qPrintable(error));
        QVERIFY2(d.setBlocked(block, &error), qPrintable(error));
        QVERIFY2(d.disposable.parse(disposable.toUtf8(), &error), qPrintable(error));
        const QByteArray raw = input.toUtf8();
        const Decision got = decide(PhoneParser::parse(raw, d.defaultRegion), raw, d, false);
        QCOMPARE(got.verdict, verdict);
        QCOMPARE(got.reason, reason);
    }

    void badDirectives_data()
    {
        QTest::addColumn<QString>("regions");
        QTest::addColumn<QString>("block");
        QTest::addColumn<QString>("disposable");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("region word") << "US,Canada"
                                     << ""
                                     << ""
                                     << "Canada";
        QTest::newRow("region unknown") << "XX"
                                        << ""
                                        << ""
                                        << "XX";
        QTest::newRow("type unknown") << ""
                                      << "voip,satellite"
                                      << ""
                                      << "satellite";
        QTest::newRow("mobile is not blockable") << ""
                                                 << "mobile"
                                                 << ""
                                                 << "mobile";
        QTest::newRow("disposable national") << ""
                                             << ""
                                             << "07400123456"
                                             << "line 1";
        QTest::newRow("disposable letters") << ""
                                            << ""
                                            << "+44\n+1800abc"
                                            << "line 2";
    }

    void badDirectives()
    {
        QFETCH(QString, regions);
        QFETCH(QString, block);
        QFETCH(QString, disposable);
        QFETCH(QString, mentions);
        SanitizeDirective d;
        QString error;
        const bool ok = d.setRegions(regions, &error) && d.setBlocked(block, &error)
                        && d.disposable.parse(disposable.toUtf8(), &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void duplicatesAndOverrides()
    {
        auto s = snapshotOf({QStringLiteral("+12015550123"), QStringLiteral("(201) 555-0123"),
                             QStringLiteral("N/A"), QStringLiteral("201 555 0199"),
                             QStringLiteral("+447400123456")});
        SanitizeDirective d;
        d.setRegions(QStringLiteral("US"), nullptr);
        SanitizePreview p(s, d, parseAll(*s, QStringLiteral("US")));
        QCOMPARE(p.effectiveVerdict(0), Verdict::Keep);
        QCOMPARE(p.effectiveReason(1), Reason::Duplicate);
        QCOMPARE(p.count(Verdict::Keep), 1);
        QCOMPARE(p.count(Verdict::Update), 1);
        QCOMPARE(p.count(Verdict::Purge), 3);

        PreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        PreviewFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
                &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &PreviewModel::countsChanged);
        QVERIFY(counts.isValid());
        model.setPreview(
                std::make_shared<SanitizePreview>(s, d, parseAll(*s, QStringLiteral("US"))));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(3, PreviewModel::E164Column).data().toString(),
                 QStringLiteral("+12015550199"));

        // Keep the region-refused GB contact; purge the US keep row; counts follow.
        QVERIFY(model.setOverride(4, Verdict::Keep));
        QVERIFY(model.setOverride(0, Verdict::Purge));
        QVERIFY(!model.setOverride(0, Verdict::Purge)); // already
        const auto &pv = *model.preview();
        QCOMPARE(pv.count(Verdict::Keep), 1);
        QCOMPARE(pv.count(Verdict::Purge), 3);
        QCOMPARE(pv.count(Reason::ManualKeep), 1);
        QCOMPARE(pv.count(Reason::ManualPurge), 1);
        QCOMPARE(pv.overrideCount(), 2);
        QCOMPARE(model.index(4, PreviewModel::VerdictColumn).data().toString(),
                 QStringLiteral("keep"));
        QVERIFY(counts.size() >= 3);
        model.clearOverride(0);
        QCOMPARE(pv.count(Verdict::Keep), 2);
        QCOMPARE(pv.overrideCount(), 1);

        filter.setVerdict(int(Verdict::Purge));
        QCOMPARE(filter.rowCount(), 2);
        filter.setVerdict(-1);
        filter.setRegion(QStringLiteral("US"));
        QCOMPARE(filter.rowCount(), 3);
        filter.setRegion({});
        filter.setText(QStringLiteral("0199"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText({});
        filter.setReason(int(Reason::NotANumber));
        QCOMPARE(filter.rowCount(), 1);
    }

    void csvExport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto s = snapshotOf(
                {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+1 201 555 0123, ext 5")});
        SanitizePreview p(s, SanitizeDirective(), parseAll(*s, QStringLiteral("US")));
        QString error;
        const QString path = dir.filePath(QStringLiteral("p.csv"));
        QVERIFY2(p.exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.value(0), QByteArray("id,original,e164,region,type,verdict,reason"));
        QVERIFY2(lines.value(1).startsWith("c-1,\"'=HYPERLINK(\"\"x\"\")\""),
                 lines.value(1).constData());
        QVERIFY2(lines.value(2).contains("\"+1 201 555 0123, ext 5\",+12015550123,US"),
                 lines.value(2).constData());
    }
};

QTEST_MAIN(TestPhoneCheck)
#include "test_phonecheck.moc"
