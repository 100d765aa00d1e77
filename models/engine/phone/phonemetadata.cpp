#include "models/engine/phone/phonemetadata.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <memory>
#include <utility>

// The library's compiled-in metadata (exported, though its header is not installed).
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace cxone::phone {

namespace {

pcre2_real_code_8 *compile(const std::string &pattern, bool wholeString)
{
    int error = 0;
    PCRE2_SIZE offset = 0;
    const uint32_t options = PCRE2_ANCHORED | (wholeString ? PCRE2_ENDANCHORED : 0);
    return pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options,
                         &error, &offset, nullptr);
}

} // namespace

Pcre2Pattern::Pcre2Pattern(const std::string &pattern, bool wholeString, Compile when)
{
    if (when == Compile::OnFirstUse) {
        if (pattern.empty())
            return;
        m_jit = std::make_unique<Jit>();
        m_jit->source = pattern;
        m_jit->wholeString = wholeString;
        return;
    }
    m_code = compile(pattern, wholeString);
    if (m_code)
        m_jit = std::make_unique<Jit>();
}

Pcre2Pattern::Pcre2Pattern(Pcre2Pattern &&other) noexcept
    : m_code(std::exchange(other.m_code, nullptr))
    , m_jit(std::move(other.m_jit))
{}

Pcre2Pattern &Pcre2Pattern::operator=(Pcre2Pattern &&other) noexcept
{
    std::swap(m_code, other.m_code);
    std::swap(m_jit, other.m_jit);
    return *this;
}

Pcre2Pattern::~Pcre2Pattern()
{
    if (m_code)
        pcre2_code_free(m_code);
}

int Pcre2Pattern::matchLength(std::string_view subject) const
{
    if (!m_jit)
        return -1;
    // (an acquire load on every match; the lock only the first time)
    if (!m_jit->tried.load(std::memory_order_acquire)) {
        const std::lock_guard<std::mutex> lock(m_jit->mutex);
        if (!m_jit->tried.load(std::memory_order_relaxed)) {
            if (!m_code && !m_jit->source.empty())
                m_code = compile(m_jit->source, m_jit->wholeString);
            m_jit->compiled = m_code && pcre2_jit_compile(m_code, PCRE2_JIT_COMPLETE) == 0;
            m_jit->tried.store(true, std::memory_order_release);
        }
    }
    if (!m_code)
        return -1;
    thread_local std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> data(
            pcre2_match_data_create(1, nullptr), &pcre2_match_data_free);
    const auto *text = reinterpret_cast<PCRE2_SPTR>(subject.data());
    const int rc
            = m_jit->compiled
                      ? pcre2_jit_match(m_code, text, subject.size(), 0, 0, data.get(), nullptr)
                      : pcre2_match(m_code, text, subject.size(), 0, 0, data.get(), nullptr);
    if (rc < 0)
        return -1;
    const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(data.get());
    return int(ovector[1] - ovector[0]);
}

PhoneDesc::PhoneDesc(const i18n::phonenumbers::PhoneNumberDesc &desc, Pcre2Pattern::Compile when)
    : lengths(desc.possible_length().begin(), desc.possible_length().end())
{
    if (!desc.national_number_pattern().empty()) {
        pattern = Pcre2Pattern(desc.national_number_pattern(), true, when);
        hasPattern = true;
    }
}

bool PhoneDesc::matches(std::string_view nsn) const
{
    if (!lengths.empty()
        && std::find(lengths.begin(), lengths.end(), int(nsn.size())) == lengths.end())
        return false;
    return hasPattern && pattern.matches(nsn);
}

const i18n::phonenumbers::PhoneMetadataCollection &metadataCollection()
{
    static const i18n::phonenumbers::PhoneMetadataCollection collection = [] {
        i18n::phonenumbers::PhoneMetadataCollection c;
        c.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size());
        return c;
    }();
    return collection;
}

} // namespace cxone::phone
