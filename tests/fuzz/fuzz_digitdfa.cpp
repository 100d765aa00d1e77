// libFuzzer harness for the digit automaton of the phone patterns (DigitDfa, docs/fuzzing.md).
// The oracle: whatever pattern of digits, classes, groups, alternatives and repeats the input
// spells, the automaton either refuses it (and PCRE2 is used instead) or answers as PCRE2 does
// on every subject; a pattern it accepts compiles in PCRE2 too. No crash, no sanitizer report.
//
// The input: its first byte is the pattern's length in tokens; that many bytes pick tokens from
// a table ("0", "\d", "[", "(?:", "{", "2", …); the rest are subjects, digits (a byte modulo 10)
// separated by bytes of 0xff.
#include "models/engine/phone/phonemetadata.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using cxone::phone::DigitDfa;
using cxone::phone::Pcre2Pattern;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2 || size > 512)
        return 0;
    static const char *const kTokens[]
            = {"0", "1", "2", "3", "5", "9", "\\d", "[", "]", "-", "^", "(", "(?:", ")",
               "|", "{", "}", ",", "?", "*", "+",   "4", "7", "8", "6", "a", "$",   "\\"};
    constexpr size_t kCount = sizeof kTokens / sizeof kTokens[0];
    const size_t tokens = std::min<size_t>(data[0] % 48, size - 1);
    std::string pattern;
    for (size_t k = 1; k <= tokens; ++k)
        pattern += kTokens[data[k] % kCount];
    DigitDfa dfa;
    if (!dfa.build(pattern, 512))
        return 0;
    const Pcre2Pattern pcre("(?:" + pattern + ")$", false);
    if (!pcre.isValid()) {
        std::fprintf(stderr, "the automaton read a pattern PCRE2 refuses: %s\n", pattern.c_str());
        std::abort();
    }
    std::vector<std::string> subjects(1);
    for (size_t k = tokens + 1; k < size && subjects.size() < 64; ++k) {
        if (data[k] == 0xff)
            subjects.emplace_back();
        else if (subjects.back().size() < 24)
            subjects.back() += char('0' + data[k] % 10);
    }
    for (const std::string &t : subjects) {
        const bool byPcre = pcre.matchLength(t) == int(t.size());
        if (dfa.matches(t) != byPcre) {
            std::fprintf(stderr, "pattern %s on \"%s\": automaton %d, PCRE2 %d\n", pattern.c_str(),
                         t.c_str(), int(dfa.matches(t)), int(byPcre));
            std::abort();
        }
    }
    return 0;
}
