#pragma once

// libphonenumber's compiled-in metadata, read once and matched with PCRE2's JIT instead of the
// library's ICU expressions: the sanitizer's region and type decisions and the masker's validity
// check both stand on this one reading. Internal to the models library (it includes the
// library's protobuf types).

#include <phonenumbers/phonemetadata.pb.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

struct pcre2_real_code_8;

namespace cxone::phone {

// A whole-string pattern over digits as a deterministic automaton: a national number pattern of
// the metadata ("[2-9]\d{2}(?:[2-9]\d{6})", alternatives, groups, counted repeats) matched
// with one table step a digit instead of an expression engine's call. Built only from what such
// patterns hold; anything else (an anchor, a letter, a look-around, a back-reference), or a
// pattern whose automaton would take too much work to build, is left to PCRE2.
// (Why not a library's: RE2, Debian's libre2, builds such automata lazily but each match passes
// through its search set-up and cache lock; on this machine, 2 000 random numbers of 7-12 digits
// against the 746 general, fixed-line and mobile patterns took 58.6 ns a match with
// RE2::FullMatch, 16.5 ns with PCRE2's JIT and 8.4 ns here, one thread. It is held to PCRE2's
// answers on every pattern of the metadata by test_digitdfa, and fuzzed against PCRE2 by
// fuzz_digitdfa.)
class DigitDfa
{
public:
    // The automaton of `pattern` matched against the whole subject, or false (and nothing
    // built) when the pattern holds more than digits, classes of digits, groups, '|' and
    // repeats, or when its automaton would pass maxStates states.
    bool build(std::string_view pattern, int maxStates = 4096);
    bool isBuilt() const { return !m_accept.empty(); }
    int stateCount() const { return int(m_accept.size()); }

    bool matches(std::string_view subject) const
    {
        int state = 0;
        for (const char c : subject) {
            const unsigned d = unsigned(c - '0');
            if (d > 9)
                return false;
            state = m_next[size_t(state) * 10 + d];
            if (state < 0)
                return false;
        }
        return m_accept[size_t(state)] != 0;
    }

private:
    std::vector<int> m_next;    // [state * 10 + digit] -> state, -1: no match possible
    std::vector<char> m_accept; // state accepts
};

// One compiled expression, anchored at the start (and, for a whole-string match, at the end).
class Pcre2Pattern
{
public:
    enum class Compile { Now, OnFirstUse };

    Pcre2Pattern() = default;
    // OnFirstUse: compiled when first matched (the masker's rules hold thousands of expressions
    // and a run meets a few dozen); isValid() then says only that there is an expression, and
    // one that does not compile matches nothing.
    Pcre2Pattern(const std::string &pattern, bool wholeString, Compile when = Compile::Now);
    Pcre2Pattern(Pcre2Pattern &&other) noexcept;
    Pcre2Pattern &operator=(Pcre2Pattern &&other) noexcept;
    Pcre2Pattern(const Pcre2Pattern &) = delete;
    Pcre2Pattern &operator=(const Pcre2Pattern &) = delete;
    ~Pcre2Pattern();

    bool isValid() const { return m_code != nullptr || (m_jit && !m_jit->source.empty()); }
    bool matches(std::string_view subject) const { return matchLength(subject) >= 0; }
    // Length of the match at the start of `subject`, -1 when none.
    int matchLength(std::string_view subject) const;

private:
    mutable pcre2_real_code_8 *m_code = nullptr; // (set once, under the mutex, when lazy)
    void prepare() const;
    // Compiled to machine code on first use (most of the metadata's thousands of expressions
    // are never matched by a run); then matched without pcre2_match's checks.
    struct Jit
    {
        std::atomic<bool> tried{false};
        std::mutex mutex;
        bool compiled = false;
        std::string source; // a whole-string pattern or one compiled on first use: its source
        bool wholeString = false;
        DigitDfa dfa; // a whole-string pattern of digits: matched by its automaton, not PCRE2
    };
    std::unique_ptr<Jit> m_jit;
};

// A number type's description: the possible lengths (none listed: any), then the pattern over
// the whole national significant number — the library's IsNumberMatchingDesc.
struct PhoneDesc
{
    PhoneDesc() = default;
    explicit PhoneDesc(const i18n::phonenumbers::PhoneNumberDesc &desc,
                       Pcre2Pattern::Compile when = Pcre2Pattern::Compile::Now);
    bool ok() const { return !hasPattern || pattern.isValid(); }
    bool matches(std::string_view nsn) const;

    std::vector<int> lengths;
    Pcre2Pattern pattern;
    bool hasPattern = false;
};

// The library's compiled-in metadata, parsed once (thread-safe).
const i18n::phonenumbers::PhoneMetadataCollection &metadataCollection();

} // namespace cxone::phone
