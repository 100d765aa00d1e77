// libFuzzer harness for the transcript masker (docs/fuzzing.md). The oracle: no crash, no
// sanitizer report, and masking fails closed on its own output — what the masker lets through,
// it does not find on a second look (the masked text masked again finds nothing), for text and
// for JSON, under both policies; and the test that lets the second look skip a text
// (pii::mayHoldPii) never says "nothing" of a text the scanner finds something in.
//
// The first byte of the input picks the mode: bit 0 the policy (strict, balanced), bit 1 text or
// a JSON document.
#include "models/transcripts/piimasker.h"
#include "models/transcripts/piiscan.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace cxone;

namespace {

const PiiMasker &masker(bool balanced)
{
    static const PiiMasker strict;
    static const PiiMasker lenient = [] {
        PiiMasker::Options o;
        o.policy = MaskPolicy::Balanced;
        return PiiMasker(o);
    }();
    return balanced ? lenient : strict;
}

// The whole text, control bytes and bytes above 0x7e as \xNN (a NUL does not end it).
void print(const char *label, QByteArrayView text)
{
    std::fprintf(stderr, "%s", label);
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || b > 0x7e || b == '\\')
            std::fprintf(stderr, "\\x%02x", b);
        else
            std::fputc(c, stderr);
    }
    std::fputc('\n', stderr);
}

[[noreturn]] void leak(const char *what, QByteArrayView input, const QByteArray &once,
                       const QByteArray &again)
{
    std::fprintf(stderr, "%s\n", what);
    print("input:  ", input);
    print("masked: ", once);
    print("again:  ", again);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const bool balanced = data[0] & 1;
    const bool json = data[0] & 2;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const PiiMasker &m = masker(balanced);
    if (!json) {
        // The second look's test (pii::mayHoldPii): a text it says holds nothing gives the
        // scanner nothing. (Asked of text already in the scanner's form, as a masked text is.)
        const std::string_view raw(input.data(), size_t(input.size()));
        if (!pii::needsNormalizing(raw) && !pii::hasTypedForms(raw)) {
            static const std::vector<std::string> regions{"US", "GB", "CA", "AU",
                                                          "IE", "DE", "FR", "IN"};
            pii::ScanConfig config;
            config.policy = balanced ? MaskPolicy::Balanced : MaskPolicy::Strict;
            config.regions = &regions;
            config.serial = ~quint64(0) - (balanced ? 1 : 0);
            std::vector<PiiSpan> found;
            pii::scan(raw, config, &found);
            if (!found.empty() && !pii::mayHoldPii(raw, config)) {
                QByteArray once;
                m.maskUtf8(input, &once);
                leak("text: the second look's test says nothing can be found, the scanner finds",
                     input, once, QByteArray());
            }
        }
        QByteArray once;
        m.maskUtf8(input, &once);
        const std::vector<PiiSpan> found = m.findUtf8(once);
        if (!found.empty()) {
            QByteArray again;
            m.maskUtf8(once, &again);
            leak("text: the masked text holds more to mask", input, once, again);
        }
        return 0;
    }
    QByteArray once;
    MaskCounts first;
    QString error;
    if (!m.maskJsonText(input, &once, &first, &error))
        return 0;
    QByteArray again;
    MaskCounts second;
    if (!m.maskJsonText(once, &again, &second, &error))
        leak("json: the masked document no longer reads", input, once, again);
    if (second.total() != 0)
        leak("json: the masked document holds more to mask", input, once, again);
    return 0;
}
