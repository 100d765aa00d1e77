#pragma once

// The masker's scanner, internal to models/transcripts: it reads the masker's own form of a text
// (printable ASCII, tab and line ends; normalize() makes it from UTF-8) and reports what it finds
// with offsets into that form.

#include "models/transcripts/piimasker.h"

#include <QHashFunctions>

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace cxone::pii {

struct ScanConfig
{
    quint32 entities = kAllPiiEntities;
    MaskPolicy policy = MaskPolicy::Strict;
    const std::vector<std::string> *regions = nullptr;
    quint64 serial = 0; // tells one masker's configuration from another's (per-thread caches)
};

// Finds in `s` (see normalize()); spans unsorted, possibly overlapping. Closed under masking:
// the text masked with these spans holds nothing more to find.
void scan(std::string_view s, const ScanConfig &config, std::vector<PiiSpan> *out);

// False only when scan() can find nothing in `s` (the scanner's form): no digit, no '@', no colon
// between hex digits, no word said for '@' ("at", "arroba", …) and no word the scanner would read
// a spoken number from. The
// test the second look puts to a masked text before it reads it again; the fuzzer holds it to
// scan() itself (docs/fuzzing.md).
bool mayHoldPii(std::string_view s, const ScanConfig &config);

// Short texts a scan found nothing in, kept per thread by whoever asks: a call's small talk comes
// back again and again ("okay", "thank you", "let me check that for you"), and reading it again
// would find nothing again (a find depends on the text and the configuration only: `serial`). Each
// text is kept whole and compared whole: a hash alone may never let a text through unread. Bounded:
// when its store is full, it starts again empty.
class CleanTexts
{
public:
    static constexpr size_t kMaxText = 160;

    // Whether `text` (not empty) is known to hold nothing for the masker `serial`.
    bool contains(quint64 serial, std::string_view text, quint64 hash) const
    {
        if (serial != m_serial)
            return false;
        const Slot &slot = m_slots[size_t(hash) & (kSlots - 1)];
        return slot.hash == hash && slot.size == text.size()
               && std::memcmp(m_store.data() + slot.offset, text.data(), text.size()) == 0;
    }
    void insert(quint64 serial, std::string_view text, quint64 hash)
    {
        if (serial != m_serial || m_store.size() + text.size() > kStore) {
            m_slots.fill(Slot());
            m_store.clear();
            m_serial = serial;
        }
        if (m_store.capacity() < kStore)
            m_store.reserve(kStore);
        Slot &slot = m_slots[size_t(hash) & (kSlots - 1)];
        slot.hash = hash;
        slot.offset = quint32(m_store.size());
        slot.size = quint32(text.size());
        m_store.append(text);
    }
    // (eight bytes at a time, multiplied and folded: the texts are short and the hash only
    // picks a slot, the text itself compared whole)
    static quint64 hashOf(std::string_view text)
    {
        const char *p = text.data();
        size_t left = text.size();
        quint64 h = 0x9e3779b97f4a7c15ull ^ quint64(left);
        for (; left >= 8; left -= 8, p += 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * 0xff51afd7ed558ccdull;
            h ^= h >> 32;
        }
        quint64 w = 0;
        if (left > 0) // (an empty view's data may be null: no copy of nothing from it)
            std::memcpy(&w, p, left);
        h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
        return h ^ (h >> 33);
    }

private:
    static constexpr size_t kSlots = 4096;
    static constexpr size_t kStore = 256 * 1024;
    struct Slot
    {
        quint64 hash = 0;
        quint32 offset = 0;
        quint32 size = ~quint32(0); // (no text: matches no size)
    };
    quint64 m_serial = 0;
    std::array<Slot, kSlots> m_slots{};
    std::string m_store;
};

// Sorted by start, overlapping finds merged (the union, named after the longer find).
void sortAndMerge(std::vector<PiiSpan> *spans);

// A text with its finds masked ("[PHONE]"), kept as segments (text copied offset for offset, or
// a mask that stands for a whole find), so that what is found in it can be told in the text's
// own offsets: how the masker reads what it masked again.
class MaskedCopy
{
public:
    // `spans` sorted and merged (sortAndMerge).
    void build(std::string_view text, const std::vector<PiiSpan> &spans);
    const std::string &text() const { return m_text; }
    // A find in the masked text, in the text's offsets (a mask it touches counts whole).
    PiiSpan back(PiiSpan found) const;

private:
    struct Segment
    {
        int masked; // where it starts in the masked text
        int from;   // where what it stands for starts in the text
        int to;     // and ends
        bool token;
    };
    std::string m_text;
    std::vector<Segment> m_segments;
};

// True when `utf8` must be rewritten before scanning: a byte outside printable ASCII other
// than tab, LF and CR.
bool needsNormalizing(std::string_view utf8);

// The scanner's form of UTF-8 text: Unicode decimal digits become ASCII digits, fullwidth forms
// their ASCII letters, spaces ' ', dashes '-', an ellipsis "...", currency signs '$', quotes and
// brackets '"' '(' ')', other letters 'x'; control and format characters (and bytes that are not
// UTF-8) are dropped, so that they never split a token. map[i] is the offset in `utf8` of the
// character norm[i] came from; map has one more entry, utf8.size().
void normalize(std::string_view utf8, std::string *norm, std::vector<int> *map);

// Forms typed to dodge a filter or by a slip, read as what they stand for (in place: offsets
// stay as they are): letters typed for digits inside a number ("3O5-555-O148", "o7912 345 678",
// "08O3 1l2 4567"; a token of digits with one or two of 'O', 'o', 'I', 'l' and no other letter,
// with three digits or more, or one beside a group of digits: "06 4O 22 18 93"), and a dot
// written defanged between digits ("139[.]201[.]212[.]36" reads "139 . 201 . 212 . 36").
// hasTypedForms tells whether `text` holds any.
// (*digitBesideLetter, when given, is set when a digit stands beside one of those letters, a
// typed form or not: where none does, masking a neighbour makes none)
bool hasTypedForms(std::string_view text, bool *digitBesideLetter = nullptr);
// (returns whether it changed anything)
bool readTypedForms(std::string *text);

} // namespace cxone::pii
