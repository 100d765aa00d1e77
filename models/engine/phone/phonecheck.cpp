#include "models/engine/phone/phonecheck.h"

#include "models/engine/io/boundedinput.h"
#include "models/engine/phone/phonemetadata.h"

#include <QFile>

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

namespace cxone {

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Region and type of a parsed number, exactly as GetRegionCodeForNumber + GetNumberType decide
// them, from the library's own metadata but matched with PCRE2's JIT instead of ICU's regex
// engine: the library spends most of a number's time there. The steps mirror the library's:
// a country code shared by several regions (+1: some 25) is resolved by each region's leading
// digits or, without them, by the number having a type there; the type is the first of premium
// rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail whose lengths and pattern
// match, then fixed line / mobile. A test holds it equal to the library on every region.
class RegionTyper final
{
public:
    RegionTyper()
    {
        const auto &collection = phone::metadataCollection();
        std::unordered_map<std::string, const PhoneMetadata *> byRegion;
        for (const PhoneMetadata &m : collection.metadata()) {
            if (m.id() != "001")
                byRegion.emplace(m.id(), &m);
        }
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        for (const PhoneMetadata &m : collection.metadata()) {
            if (m_byCode.count(m.country_code()))
                continue;
            Code &code = m_byCode[m.country_code()];
            std::list<std::string> regions; // in the library's order: the main region first
            util->GetRegionCodesForCountryCallingCode(m.country_code(), &regions);
            for (const std::string &id : regions) {
                const auto it = byRegion.find(id);
                if (it == byRegion.end()) {
                    code.regions.push_back(std::make_unique<Region>(id));
                    continue;
                }
                code.regions.push_back(std::make_unique<Region>(id, *it->second));
                m_ok = m_ok && code.regions.back()->ok;
            }
        }
    }

    // Region code ("ZZ" when none) and type, as GetRegionCodeForNumber + GetNumberType.
    PhoneNumberUtil::PhoneNumberType classify(const PhoneNumberUtil *util,
                                              const PhoneNumber &number, std::string *region) const
    {
        const auto it = m_byCode.find(number.country_code());
        if (it == m_byCode.end() || it->second.regions.empty()) {
            *region = "ZZ";
            return PhoneNumberUtil::UNKNOWN;
        }
        thread_local std::string nsn;
        nsn.clear();
        util->GetNationalSignificantNumber(number, &nsn);
        const auto &regions = it->second.regions;
        const Region *found = nullptr;
        if (regions.size() == 1) {
            found = regions.front().get();
        } else {
            for (const auto &r : regions) {
                if (r->hasLeadingDigits ? r->leadingDigits.matches(nsn)
                                        : r->type(nsn) != PhoneNumberUtil::UNKNOWN) {
                    found = r.get();
                    break;
                }
            }
        }
        if (!found) {
            *region = "ZZ";
            return PhoneNumberUtil::UNKNOWN;
        }
        *region = found->id;
        return found->known ? found->type(nsn) : PhoneNumberUtil::UNKNOWN;
    }

    // False when a pattern of the metadata did not compile (the caller then asks the library).
    bool isComplete() const { return m_ok; }

    static const RegionTyper &instance()
    {
        static const RegionTyper typer; // thread-safe initialisation
        return typer;
    }

private:
    struct Region
    {
        explicit Region(std::string code)
            : id(std::move(code))
            , known(false)
        {}
        Region(std::string code, const PhoneMetadata &m)
            : id(std::move(code))
            , hasLeadingDigits(m.has_leading_digits())
            , sameMobileAndFixed(m.same_mobile_and_fixed_line_pattern())
            , general(m.general_desc())
            , fixedLine(m.fixed_line())
            , mobile(m.mobile())
        {
            if (hasLeadingDigits)
                leadingDigits = phone::Pcre2Pattern(m.leading_digits(), false);
            // GetNumberTypeHelper's order.
            const std::pair<const i18n::phonenumbers::PhoneNumberDesc *,
                            PhoneNumberUtil::PhoneNumberType>
                    order[] = {{&m.premium_rate(), PhoneNumberUtil::PREMIUM_RATE},
                               {&m.toll_free(), PhoneNumberUtil::TOLL_FREE},
                               {&m.shared_cost(), PhoneNumberUtil::SHARED_COST},
                               {&m.voip(), PhoneNumberUtil::VOIP},
                               {&m.personal_number(), PhoneNumberUtil::PERSONAL_NUMBER},
                               {&m.pager(), PhoneNumberUtil::PAGER},
                               {&m.uan(), PhoneNumberUtil::UAN},
                               {&m.voicemail(), PhoneNumberUtil::VOICEMAIL}};
            ok = general.ok() && fixedLine.ok() && mobile.ok()
                 && (!hasLeadingDigits || leadingDigits.isValid());
            for (const auto &[desc, type] : order) {
                others.emplace_back(phone::PhoneDesc(*desc), type);
                ok = ok && others.back().first.ok();
            }
        }

        PhoneNumberUtil::PhoneNumberType type(const std::string &nsn) const
        {
            if (!general.matches(nsn))
                return PhoneNumberUtil::UNKNOWN;
            for (const auto &[desc, type] : others) {
                if (desc.matches(nsn))
                    return type;
            }
            if (fixedLine.matches(nsn)) {
                if (sameMobileAndFixed || mobile.matches(nsn))
                    return PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
                return PhoneNumberUtil::FIXED_LINE;
            }
            if (!sameMobileAndFixed && mobile.matches(nsn))
                return PhoneNumberUtil::MOBILE;
            return PhoneNumberUtil::UNKNOWN;
        }

        std::string id;
        bool known = true; // false: no metadata (the library's "001" entry of a shared code)
        bool hasLeadingDigits = false;
        bool sameMobileAndFixed = false;
        bool ok = true;
        phone::Pcre2Pattern leadingDigits;
        phone::PhoneDesc general, fixedLine, mobile;
        std::vector<std::pair<phone::PhoneDesc, PhoneNumberUtil::PhoneNumberType>> others;
    };

    struct Code
    {
        std::vector<std::unique_ptr<Region>> regions;
    };

    std::unordered_map<int, Code> m_byCode;
    bool m_ok = true;
};

// `text` (trimmed) as the parser reads it when it holds only ASCII digits (3 or more), the
// separators people write between them (space, parentheses, hyphen, dot) and maybe a leading
// plus: a plus and the digits. For such text none of the parser's other rules can apply (an
// extension needs a letter, '#', ',' or ';'; a second number '/' or '\\'; a vanity number
// letters; RFC 3966 ':' and ';'), its viability check passes on either form, and it normalises
// to the same digits, so the result is the same (a test holds it equal to the library's on the
// whole corpus and on random separators). False: anything else, parsed as written.
bool plainDigits(QByteArrayView text, std::string *out)
{
    out->clear();
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            out->push_back(c);
            ++digits;
        } else if (c == '+' && i == 0) {
            out->push_back(c);
        } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.') {
            return false;
        }
    }
    return digits >= 3;
}

// The library's own decision, for a metadata pattern PCRE2 could not compile.
PhoneNumberUtil::PhoneNumberType libraryClassify(const PhoneNumberUtil *util,
                                                 const PhoneNumber &number, std::string *region)
{
    util->GetRegionCodeForNumber(number, region);
    return util->GetNumberType(number);
}

constexpr std::array kTypeNames{"fixed-line", "mobile",       "fixed-line-or-mobile",
                                "toll-free",  "premium-rate", "shared-cost",
                                "voip",       "personal",     "pager",
                                "uan",        "voicemail",    "unknown"};

// Keep-able types a directive may block; fixed and mobile lines are what a campaign dials.
constexpr std::array kBlockable{PhoneType::Voip,       PhoneType::TollFree,  PhoneType::PremiumRate,
                                PhoneType::SharedCost, PhoneType::Uan,       PhoneType::Pager,
                                PhoneType::Personal,   PhoneType::Voicemail, PhoneType::Unknown};

} // namespace

QString phoneTypeName(PhoneType type)
{
    return QString::fromLatin1(kTypeNames[size_t(type)]);
}

bool parsePhoneTypeName(QStringView name, PhoneType *type)
{
    for (size_t i = 0; i < kTypeNames.size(); ++i) {
        if (name.compare(QLatin1StringView(kTypeNames[i]), Qt::CaseInsensitive) == 0) {
            *type = PhoneType(i);
            return true;
        }
    }
    // Spellings people and lookup services use.
    if (name.compare(u"tollfree", Qt::CaseInsensitive) == 0) {
        *type = PhoneType::TollFree;
        return true;
    }
    if (name.compare(u"premium", Qt::CaseInsensitive) == 0) {
        *type = PhoneType::PremiumRate;
        return true;
    }
    if (name.compare(u"landline", Qt::CaseInsensitive) == 0
        || name.compare(u"fixed", Qt::CaseInsensitive) == 0) {
        *type = PhoneType::FixedLine;
        return true;
    }
    return false;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Keep:
        return QStringLiteral("keep");
    case Verdict::Update:
        return QStringLiteral("update");
    case Verdict::Purge:
        return QStringLiteral("purge");
    }
    return {};
}

QString reasonName(Reason reason)
{
    static const std::array names{
            "already-e164", "reformatted", "extension-dropped",  "empty",
            "not-a-number", "invalid",     "region-not-allowed", "blocked-type",
            "disposable",   "duplicate",   "manual-keep",        "manual-purge"};
    return QString::fromLatin1(names[size_t(reason)]);
}

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::AlreadyE164:
        return QStringLiteral("Already in E.164 form");
    case Reason::Reformatted:
        return QStringLiteral("Valid; stored in another format");
    case Reason::ExtensionDropped:
        return QStringLiteral("Valid; the extension is dropped in E.164");
    case Reason::Empty:
        return QStringLiteral("No phone number");
    case Reason::NotANumber:
        return QStringLiteral("Not a phone number");
    case Reason::Invalid:
        return QStringLiteral("Not a valid number for its region");
    case Reason::RegionNotAllowed:
        return QStringLiteral("Region not allowed");
    case Reason::BlockedType:
        return QStringLiteral("Blocked number type");
    case Reason::Disposable:
        return QStringLiteral("Disposable number");
    case Reason::Duplicate:
        return QStringLiteral("Duplicate of an earlier contact");
    case Reason::ManualKeep:
        return QStringLiteral("Kept by hand");
    case Reason::ManualPurge:
        return QStringLiteral("Purged by hand");
    }
    return {};
}

QString ParsedPhone::e164Text() const
{
    return e164 ? u'+' + QString::number(e164) : QString();
}

QString ParsedPhone::regionText() const
{
    return region[0] ? QString::fromLatin1(region, 2) : QString();
}

bool DisposableList::load(const QString &path, QString *error)
{
    QByteArray text;
    if (!readBounded(path, 64 * 1024 * 1024, &text, error,
                     QStringLiteral("the disposable-number list '%1'").arg(path)))
        return false;
    if (!parse(text, error)) {
        *error = QStringLiteral("%1: %2").arg(path, *error);
        return false;
    }
    m_source = path;
    return true;
}

bool DisposableList::parse(const QByteArray &text, QString *error)
{
    m_exact.clear();
    m_prefixes.clear();
    int lineNo = 0;
    for (QByteArrayView line : splitView(text, '\n')) {
        ++lineNo;
        if (const qsizetype hash = line.indexOf('#'); hash >= 0)
            line = line.first(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const bool prefix = line.endsWith('*');
        if (prefix)
            line.chop(1);
        QByteArray digits;
        for (const char c : line) {
            if (c >= '0' && c <= '9')
                digits += c;
            else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '+') {
                *error = QStringLiteral("line %1: '%2' is not an E.164 number or prefix "
                                        "(digits, an optional leading '+', a trailing '*').")
                                 .arg(lineNo)
                                 .arg(QString::fromUtf8(
                                         line.first(qMin<qsizetype>(40, line.size()))));
                return false;
            }
        }
        if (!line.startsWith('+') || digits.isEmpty() || digits.size() > 15 || digits[0] == '0') {
            *error = QStringLiteral("line %1: '%2' must be written in E.164 (+ and the country "
                                    "code first).")
                             .arg(lineNo)
                             .arg(QString::fromUtf8(line.first(qMin<qsizetype>(40, line.size()))));
            return false;
        }
        if (prefix)
            m_prefixes.push_back('+' + digits);
        else
            m_exact.insert('+' + digits);
    }
    return true;
}

bool DisposableList::contains(QByteArrayView e164) const
{
    if (m_exact.contains(e164.toByteArray()))
        return true;
    for (const QByteArray &p : m_prefixes) {
        if (e164.startsWith(p))
            return true;
    }
    return false;
}

QStringList SanitizeDirective::blockableTypeNames()
{
    QStringList names;
    for (const PhoneType t : kBlockable)
        names.append(phoneTypeName(t));
    return names;
}

bool SanitizeDirective::isRegionCode(const QString &code)
{
    return PhoneParser::isKnownRegion(code);
}

bool SanitizeDirective::setRegions(const QString &commaList, QString *error)
{
    QSet<QString> regions;
    for (const QString &item : commaList.split(u',', Qt::SkipEmptyParts)) {
        const QString code = item.trimmed().toUpper();
        if (!isRegionCode(code)) {
            *error = QStringLiteral("'%1' is not a region code (two letters, like US, GB, DE).")
                             .arg(item.trimmed());
            return false;
        }
        regions.insert(code);
    }
    allowedRegions = regions;
    return true;
}

bool SanitizeDirective::setBlocked(const QString &commaList, QString *error)
{
    quint32 mask = 0;
    for (const QString &item : commaList.split(u',', Qt::SkipEmptyParts)) {
        PhoneType t;
        if (!parsePhoneTypeName(item.trimmed(), &t)
            || std::find(kBlockable.begin(), kBlockable.end(), t) == kBlockable.end()) {
            *error = QStringLiteral("'%1' is not a type that can be blocked; use any of: %2.")
                             .arg(item.trimmed(), blockableTypeNames().join(QStringLiteral(", ")));
            return false;
        }
        mask |= 1u << quint8(t);
    }
    blockedTypes = mask;
    return true;
}

QString SanitizeDirective::describe() const
{
    QStringList regions(allowedRegions.begin(), allowedRegions.end());
    regions.sort();
    QStringList blocked;
    for (const PhoneType t : kBlockable) {
        if (blocks(t))
            blocked.append(phoneTypeName(t));
    }
    return QStringLiteral("default region %1; regions %2; blocked %3; disposable list %4; "
                          "duplicates %5; lookup %6")
            .arg(defaultRegion, regions.isEmpty() ? QStringLiteral("any") : regions.join(u','),
                 blocked.isEmpty() ? QStringLiteral("none") : blocked.join(u','),
                 disposable.isEmpty() ? QStringLiteral("none")
                                      : QStringLiteral("%1 entries").arg(disposable.size()),
                 purgeDuplicates ? QStringLiteral("purged") : QStringLiteral("kept"),
                 lookup ? QStringLiteral("on") : QStringLiteral("off"));
}

bool PhoneParser::isKnownRegion(const QString &code)
{
    return code.size() == 2
           && PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(code.toStdString()) != 0;
}

ParsedPhone PhoneParser::parse(QByteArrayView text, const QString &defaultRegion)
{
    ParsedPhone out;
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return out;
    bool anyDigit = false;
    for (const char c : trimmed) {
        if (c >= '0' && c <= '9') {
            anyDigit = true;
            break;
        }
    }
    out.status = ParseStatus::NotANumber;
    // The library converts letters (vanity numbers) but a value without a single digit is no
    // number at all; skip the regex work.
    if (!anyDigit || trimmed.size() > 250)
        return out;
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    // Reused per thread: a fresh protobuf message and string per number cost allocations on the
    // sanitizer's hottest path.
    thread_local PhoneNumber number;
    thread_local std::string input;
    number.Clear();
    // Most numbers are written with digits and the usual separators only: the parser's answer
    // then depends on nothing but a leading plus and the digits, and its regular expressions
    // (ICU's, most of a number's time) run 40 % faster on those alone.
    if (!plainDigits(trimmed, &input))
        input.assign(trimmed.data(), size_t(trimmed.size()));
    // The same region comes with every number of a list: convert it once per thread.
    thread_local QString cachedRegion;
    thread_local std::string cachedRegionStd;
    if (defaultRegion != cachedRegion) {
        cachedRegion = defaultRegion;
        cachedRegionStd = defaultRegion.toStdString();
    }
    if (util->Parse(input, cachedRegionStd, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return out;
    out.status = ParseStatus::Invalid;
    out.hasExtension = number.has_extension() && !number.extension().empty();
    // The type is UNKNOWN exactly when the number is not valid for any region of its country
    // code, so validity comes from the same pass.
    std::string region;
    const RegionTyper &typer = RegionTyper::instance();
    const auto type = typer.isComplete() ? typer.classify(util, number, &region)
                                         : libraryClassify(util, number, &region);
    if (type == PhoneNumberUtil::UNKNOWN)
        return out;
    if (region.size() != 2 || region == "ZZ")
        return out;
    out.type = PhoneType(int(type));
    out.region[0] = region[0];
    out.region[1] = region[1];
    // E.164 is "+" country code national number; leading zeros of Italian numbers are kept by
    // the library's formatter, so format rather than concatenate.
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    bool ok = false;
    out.e164 = QByteArrayView(e164).sliced(1).toULongLong(&ok);
    if (!ok || e164.size() < 3 || e164.size() > 16) {
        out.e164 = 0;
        return out;
    }
    out.status = ParseStatus::Valid;
    return out;
}

Decision decide(const ParsedPhone &phone, QByteArrayView original,
                const SanitizeDirective &directive, bool seenBefore)
{
    switch (phone.status) {
    case ParseStatus::Empty:
        return {Verdict::Purge, Reason::Empty};
    case ParseStatus::NotANumber:
        return {Verdict::Purge, Reason::NotANumber};
    case ParseStatus::Invalid:
        return {Verdict::Purge, Reason::Invalid};
    case ParseStatus::Valid:
        break;
    }
    if (!directive.allowedRegions.isEmpty()
        && !directive.allowedRegions.contains(phone.regionText()))
        return {Verdict::Purge, Reason::RegionNotAllowed};
    if (directive.blocks(phone.type))
        return {Verdict::Purge, Reason::BlockedType};
    if (phone.lookupLine && directive.blocks(PhoneType(phone.lookupLine - 1)))
        return {Verdict::Purge, Reason::BlockedType};
    const QByteArray e164 = '+' + QByteArray::number(phone.e164);
    if (phone.lookupDisposable || directive.disposable.contains(e164))
        return {Verdict::Purge, Reason::Disposable};
    if (seenBefore && directive.purgeDuplicates)
        return {Verdict::Purge, Reason::Duplicate};
    if (original == e164)
        return {Verdict::Keep, Reason::AlreadyE164};
    return {Verdict::Update, phone.hasExtension ? Reason::ExtensionDropped : Reason::Reformatted};
}

QList<QByteArrayView> splitView(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(separator, start);
        if (end < 0)
            end = text.size();
        if (end > start)
            parts.append(text.sliced(start, end - start));
        start = end + 1;
    }
    return parts;
}

} // namespace cxone
