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
    // Compiled to machine code on first use (most of the metadata's thousands of expressions
    // are never matched by a run); then matched without pcre2_match's checks.
    struct Jit
    {
        std::atomic<bool> tried{false};
        std::mutex mutex;
        bool compiled = false;
        std::string source; // a pattern compiled on first use: its source until then
        bool wholeString = false;
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
