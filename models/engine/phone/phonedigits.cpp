#include "models/engine/phone/phonedigits.h"

#include "models/engine/phone/phonemetadata.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <unordered_map>

namespace cxone::phone {

// A region's rules: its code, trunk prefix and number descriptions.
struct RegionRules
{
    std::string id;
    int code = 0;
    std::string nationalPrefix;    // "0", NANP's "1", or empty
    Pcre2Pattern prefixForParsing; // the trunk prefix as the library's parser reads it
    std::string generalPattern;
    std::string prefixRule; // the source of prefixForParsing
    PhoneDesc general;
    std::vector<PhoneDesc> types;
    bool writtenWithoutPrefix = false; // people leave the trunk prefix out
    bool nonGeographic = false;        // "001": numbers of no region
    const void *codeRules = nullptr;   // the rules of its country code (PhoneRules::Code)

    bool valid(std::string_view nsn) const
    {
        if (!general.matches(nsn))
            return false;
        for (const PhoneDesc &t : types) {
            if (t.matches(nsn))
                return true;
        }
        return false;
    }
};

namespace {

// libphonenumber's validity rules, from its own metadata: a national significant number is
// valid for a region when it has one of the general description's possible lengths and matches
// its pattern, and does the same for one of the number types. For a country code shared by
// several regions, valid for any of them.
class PhoneRules final
{
public:
    static const PhoneRules &instance()
    {
        static const PhoneRules rules;
        return rules;
    }

    using Region = RegionRules;

    const Region *region(const std::string &id) const
    {
        const auto it = m_byId.find(id);
        return it == m_byId.end() ? nullptr : it->second;
    }

    const std::vector<std::unique_ptr<Region>> &regions() const { return m_regions; }

    bool validInternational(std::string_view digits) const
    {
        int cc = 0;
        for (size_t k = 1; k <= 3 && k < digits.size(); ++k) {
            cc = cc * 10 + (digits[k - 1] - '0');
            const auto it = m_byCode.find(cc);
            if (it == m_byCode.end())
                continue;
            return validForCode(it->second, digits.substr(k));
        }
        return false;
    }

    // A national significant number of a region's country code (+cc nsn).
    bool validNsn(const Region &r, std::string_view nsn) const
    {
        return r.codeRules && validForCode(*static_cast<const Code *>(r.codeRules), nsn);
    }

private:
    struct Code;

    bool validForCode(const Code &code, std::string_view nsn) const
    {
        // One expression for all the code's regions rejects most invalid numbers at once
        // (and a length none of them has, before any expression).
        const bool lengthOk = nsn.size() < 64 && (code.lengths >> nsn.size()) & 1u;
        if (lengthOk && code.anyGeneral.matches(nsn)) {
            for (const Region *r : code.regions) {
                if (r->valid(nsn))
                    return true;
            }
        }
        // Written with the trunk prefix after the country code ("+44 (0)20 …", "+1 1 603
        // …"): the library's parser strips it. (Matched once for the regions that share a
        // prefix rule: NANP's twenty-five regions all have "1".)
        for (const Prefix &p : code.prefixes) {
            // (most rules are a plain digit or two: "0", "1")
            const int prefix = p.literal.empty() ? p.rule->matchLength(nsn)
                               : nsn.substr(0, p.literal.size()) == p.literal
                                       ? int(p.literal.size())
                                       : -1;
            if (prefix <= 0)
                continue;
            for (const Region *r : p.regions) {
                if (r->valid(nsn.substr(size_t(prefix))))
                    return true;
            }
        }
        return false;
    }

    // A trunk-prefix rule as far as stripping goes. "1|([457]\d{6})$" (NANP's islands), "0|([25-9]
    // \d{5})$" (Guernsey): the second alternative, anchored at the end, takes the whole number
    // (a local number the library rewrites), which leaves nothing to be valid; only the digits
    // of the first strip anything. Such a rule reads as those digits, matched without an
    // expression and with the regions of the plain rule.
    static std::string effectiveRule(const std::string &rule)
    {
        size_t k = 0;
        while (k < rule.size() && rule[k] >= '0' && rule[k] <= '9')
            ++k;
        if (k == 0 || k + 4 > rule.size() || rule.compare(k, 2, "|(") != 0
            || rule.compare(rule.size() - 2, 2, ")$") != 0)
            return rule;
        // the parenthesis opened after '|' closes right before the final '$'
        int depth = 0;
        for (size_t q = k + 1; q < rule.size() - 1; ++q) {
            if (rule[q] == '\\') {
                ++q;
                continue;
            }
            if (rule[q] == '(')
                ++depth;
            else if (rule[q] == ')' && --depth == 0 && q != rule.size() - 2)
                return rule;
            else if (rule[q] == '[') { // a class: its ')' and '|' are literal
                while (q < rule.size() && rule[q] != ']')
                    ++q;
            }
        }
        return depth == 0 ? rule.substr(0, k) : rule;
    }

    struct Prefix
    {
        const Pcre2Pattern *rule = nullptr;
        std::string effective; // the rule as effectiveRule reads it
        std::string literal;   // the rule when it is digits only: matched without an expression
        std::vector<const Region *> regions;
    };

    struct Code
    {
        std::uint64_t lengths = 0; // bit L: some region's general description allows length L
        std::vector<const Region *> regions;
        Pcre2Pattern anyGeneral;
        // The regions' trunk-prefix rules, each once, with the regions (in order) that use it.
        std::vector<Prefix> prefixes;
    };

    PhoneRules()
    {
        static const char *const kWithout[] = {"US", "CA", "IN", "BR", "MX", "AR", "CN"};
        for (const auto &m : metadataCollection().metadata()) {
            auto r = std::make_unique<Region>();
            r->id = m.id();
            r->nonGeographic = r->id == "001";
            r->code = m.country_code();
            r->nationalPrefix = m.national_prefix();
            r->general = PhoneDesc(m.general_desc(), Pcre2Pattern::Compile::OnFirstUse);
            r->generalPattern = m.general_desc().national_number_pattern();
            r->prefixRule = m.has_national_prefix_for_parsing() ? m.national_prefix_for_parsing()
                                                                : m.national_prefix();
            const std::string prefix = m.has_national_prefix_for_parsing()
                                               ? m.national_prefix_for_parsing()
                                               : m.national_prefix();
            // (the expressions compiled when first matched: a run meets a few dozen)
            constexpr auto lazy = Pcre2Pattern::Compile::OnFirstUse;
            if (!prefix.empty())
                r->prefixForParsing = Pcre2Pattern(prefix, false, lazy);
            // Fixed line and mobile first: most numbers are one of them.
            for (const auto *d :
                 {&m.fixed_line(), &m.mobile(), &m.toll_free(), &m.premium_rate(), &m.shared_cost(),
                  &m.voip(), &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail()}) {
                PhoneDesc t(*d, lazy);
                if (t.hasPattern && t.pattern.isValid())
                    r->types.push_back(std::move(t));
            }
            r->writtenWithoutPrefix = r->nationalPrefix.empty()
                                      || std::any_of(std::begin(kWithout), std::end(kWithout),
                                                     [&](const char *id) { return r->id == id; });
            Code &code = m_byCode[m.country_code()];
            // The code's main region first: most numbers of +1 are from the US.
            if (m.main_country_for_code())
                code.regions.insert(code.regions.begin(), r.get());
            else
                code.regions.push_back(r.get());
            if (r->id != "001")
                m_byId.emplace(r->id, r.get());
            m_regions.push_back(std::move(r));
        }
        for (auto &r : m_regions)
            r->codeRules = &m_byCode[r->code]; // (an unordered_map's values stay where they are)
        for (auto &[cc, code] : m_byCode) {
            std::string patterns;
            for (const Region *r : code.regions) {
                if (r->generalPattern.empty())
                    continue;
                if (!patterns.empty())
                    patterns += '|';
                patterns += "(?:" + r->generalPattern + ')';
            }
            code.anyGeneral = Pcre2Pattern(patterns, true, Pcre2Pattern::Compile::OnFirstUse);
            for (const Region *r : code.regions) {
                if (r->general.lengths.empty())
                    code.lengths = ~std::uint64_t(0);
                for (const int l : r->general.lengths)
                    code.lengths |= l >= 0 && l < 64 ? std::uint64_t(1) << l : 0;
            }
            for (const Region *r : code.regions) {
                if (!r->prefixForParsing.isValid())
                    continue;
                const std::string rule = effectiveRule(r->prefixRule);
                auto it = std::find_if(code.prefixes.begin(), code.prefixes.end(),
                                       [&](auto &p) { return p.effective == rule; });
                if (it == code.prefixes.end()) {
                    Prefix p;
                    p.rule = &r->prefixForParsing;
                    p.effective = rule;
                    if (std::all_of(rule.begin(), rule.end(),
                                    [](char c) { return c >= '0' && c <= '9'; }))
                        p.literal = rule;
                    p.regions.push_back(r);
                    code.prefixes.push_back(std::move(p));
                } else {
                    it->regions.push_back(r);
                }
            }
        }
    }

    std::vector<std::unique_ptr<Region>> m_regions;
    std::unordered_map<std::string, const Region *> m_byId;
    std::unordered_map<int, Code> m_byCode;
};

bool validNsn(const PhoneRules::Region &r, std::string_view nsn)
{
    if (nsn.size() < 3)
        return false;
    // The last answer is kept: regions that share a country code (US and CA) ask the same.
    struct Last
    {
        const void *code = nullptr;
        size_t size = 0;
        char digits[24];
        bool valid = false;
    };
    thread_local Last last;
    if (r.codeRules == last.code && nsn.size() == last.size
        && std::memcmp(nsn.data(), last.digits, nsn.size()) == 0)
        return last.valid;
    const bool valid = PhoneRules::instance().validNsn(r, nsn);
    if (nsn.size() <= sizeof last.digits) {
        last.code = r.codeRules;
        last.size = nsn.size();
        std::memcpy(last.digits, nsn.data(), nsn.size());
        last.valid = valid;
    }
    return valid;
}

bool validFor(const PhoneRules::Region &r, std::string_view digits)
{
    if (r.nonGeographic)
        return false;
    const std::string &p = r.nationalPrefix;
    if (!p.empty() && digits.size() > p.size() && digits.substr(0, p.size()) == p) {
        // NANP's trunk 1 only before the ten digits.
        if (!(p == "1" && digits.size() != 11) && validNsn(r, digits.substr(p.size())))
            return true;
    }
    return r.writtenWithoutPrefix && validNsn(r, digits);
}

} // namespace

bool validInternational(std::string_view digits)
{
    return PhoneRules::instance().validInternational(digits);
}

bool validNational(std::string_view digits, const std::string &region)
{
    // The few regions a caller asks about, kept per thread: comparing "US" costs less than
    // hashing it.
    struct Seen
    {
        std::string id;
        const PhoneRules::Region *region;
    };
    thread_local std::vector<Seen> seen;
    const PhoneRules::Region *r = nullptr;
    auto it = std::find_if(seen.begin(), seen.end(), [&](const Seen &s) { return s.id == region; });
    if (it != seen.end()) {
        r = it->region;
    } else {
        r = PhoneRules::instance().region(region);
        if (seen.size() < 32)
            seen.push_back({region, r});
    }
    return r && validFor(*r, digits);
}

const RegionRules *regionRules(const std::string &region)
{
    return PhoneRules::instance().region(region);
}

bool validNational(std::string_view digits, const RegionRules *region)
{
    return region && validFor(*region, digits);
}

bool validNationalAnywhere(std::string_view digits)
{
    for (const auto &r : PhoneRules::instance().regions()) {
        if (validFor(*r, digits))
            return true;
    }
    return false;
}

int countryCodeOf(const std::string &region)
{
    const PhoneRules::Region *r = PhoneRules::instance().region(region);
    return r ? r->code : 0;
}

std::vector<std::string> knownRegions()
{
    std::vector<std::string> out;
    for (const auto &r : PhoneRules::instance().regions()) {
        if (r->id != "001")
            out.push_back(r->id);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace cxone::phone
