#include "models/transcripts/piiscan.h"

#include "models/engine/phone/phonedigits.h"

#include <QChar>
#include <QString>

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <span>

namespace cxone::pii {

namespace {

// ---- characters of the scanner's form (ASCII)

// (one look-up a character: the scanner asks these of every character many times)
enum : quint8 { kClassDigit = 1, kClassAlpha = 2, kClassUpper = 4, kClassUnderscore = 8 };
constexpr std::array<quint8, 256> kCharClass = [] {
    std::array<quint8, 256> t{};
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = kClassDigit;
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = kClassAlpha;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[size_t(c)] = kClassAlpha | kClassUpper;
    t[size_t('_')] = kClassUnderscore;
    return t;
}();
inline bool isDigit(char c)
{
    return unsigned(c - '0') < 10u;
}
inline bool isAlpha(char c)
{
    return (kCharClass[static_cast<unsigned char>(c)] & kClassAlpha) != 0;
}
inline bool isUpper(char c)
{
    return unsigned(c - 'A') < 26u;
}
inline bool isAlnum(char c)
{
    return (kCharClass[static_cast<unsigned char>(c)] & (kClassDigit | kClassAlpha)) != 0;
}
inline bool isWordChar(char c)
{
    return (kCharClass[static_cast<unsigned char>(c)]
            & (kClassDigit | kClassAlpha | kClassUnderscore))
           != 0;
}
inline bool isHex(char c)
{
    return isDigit(c) || unsigned((c | 0x20) - 'a') < 6u;
}
constexpr std::array<char, 256> kLowerCase = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[size_t(c)] = char(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return t;
}();
inline char lower(char c)
{
    return kLowerCase[static_cast<unsigned char>(c)];
}

// Four digits that read as a year: 19xx, 20xx.
inline bool yearLike(const char *d)
{
    return (d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0');
}

// The masks put in for each kind (PiiKind order): "[PHONE]".
constexpr std::array<std::string_view, kPiiKindCount> kMaskTokens{"[EMAIL]", "[PHONE]", "[SSN]",
                                                                  "[CARD]",  "[IBAN]",  "[IP]"};

// The mask that ends right before `at` ("…[SSN]" with `at` after the ']'): where it starts, or -1;
// its kind in *kind. A bracket of the text's own ("[Agent]", "[ch1]") is none.
inline int maskTokenBefore(std::string_view s, int at, PiiKind *kind = nullptr)
{
    for (size_t k = 0; k < kMaskTokens.size(); ++k) {
        const std::string_view t = kMaskTokens[k];
        if (size_t(at) >= t.size() && s.substr(size_t(at) - t.size(), t.size()) == t) {
            if (kind)
                *kind = PiiKind(k);
            return at - int(t.size());
        }
    }
    return -1;
}

// The mask that starts at `at`: where it ends, or -1.
inline int maskTokenAt(std::string_view s, int at)
{
    for (const std::string_view t : kMaskTokens)
        if (s.substr(size_t(at), t.size()) == t)
            return at + int(t.size());
    return -1;
}

// The word of letters that ends at `at` once the spaces before `at` are skipped: [start, end)
// (start == end when no letter stands there).
struct LetterWord
{
    int start, end;
};
inline LetterWord letterWordBefore(std::string_view s, int at)
{
    int e = at;
    while (e > 0 && s[size_t(e - 1)] == ' ')
        --e;
    int b = e;
    while (b > 0 && isAlpha(s[size_t(b - 1)]))
        --b;
    return {b, e};
}

// The hash every word list probes with.
inline size_t wordHash(std::string_view w)
{
    size_t h = 14695981039346656037ull;
    for (const char c : w)
        h = (h ^ quint8(c)) * 1099511628211ull;
    return h ^ (h >> 29);
}

// A word lower-cased into a small buffer, with its hash (a word is looked up in several lists);
// longer words are not in any list.
struct Word
{
    char text[32];
    int size = 0;
    size_t hash = 0;
    // Only of a word that stays: a view of a temporary would outlive its text
    // ("const std::string_view v = lowerWord(…).view();"). A temporary is asked with is().
    // (empty for a word too long to be read: size -1)
    std::string_view view() const & { return {text, size > 0 ? size_t(size) : 0}; }
    std::string_view view() const && = delete;
    // (inlined: with a literal the comparison is a few integer compares, no call)
    [[gnu::always_inline]] bool is(std::string_view w) const
    {
        return size == int(w.size()) && std::memcmp(text, w.data(), w.size()) == 0;
    }
    void rehash() { hash = size > 0 ? wordHash(view()) : 0; }
};

Word lowerWord(std::string_view s, int a, int b)
{
    Word w;
    if (b - a >= int(sizeof w.text)) {
        w.size = -1;
        return w;
    }
    size_t h = 14695981039346656037ull;
    for (int k = a; k < b; ++k) {
        const char c = lower(s[size_t(k)]);
        w.text[k - a] = c;
        h = (h ^ quint8(c)) * 1099511628211ull;
    }
    w.size = b - a;
    w.hash = h ^ (h >> 29);
    return w;
}

// Whether the word is one of the words every finder of a spoken '@' knows: English "at",
// Spanish and Portuguese "arroba", Catalan "arrova", French "arobase" (each finder adds its own)
bool saysAt(const Word &w)
{
    return w.is("at") || w.is("arroba") || w.is("arrova") || w.is("arobase");
}

// Whether the word of letters before `at` (spaces skipped) is `w`: "after" in "… after 9260".
bool wordBeforeIs(std::string_view s, int at, std::string_view w)
{
    const auto [b, e] = letterWordBefore(s, at);
    return e - b == int(w.size()) && lowerWord(s, b, e).is(w);
}

// A fixed list of lower-case words. Context words are looked up around every number, so the
// look-up is an open-addressing table probed with a short hash instead of a binary search (a
// binary search of string_views spent most of its time in memcmp).
class WordSet
{
public:
    // (`more`: a list kept elsewhere too, added to these words)
    WordSet(std::initializer_list<std::string_view> words,
            std::initializer_list<std::string_view> more = {})
    {
        std::vector<std::string_view> all(words);
        all.insert(all.end(), more.begin(), more.end());
        build(all);
    }
    explicit WordSet(const std::vector<std::string_view> &words) { build(words); }
    // The words of other sets and these, together.
    WordSet(std::initializer_list<const WordSet *> sets,
            std::initializer_list<std::string_view> words)
    {
        std::vector<std::string_view> all(words);
        for (const WordSet *set : sets) {
            for (const std::string_view w : set->m_slots) {
                if (!w.empty())
                    all.push_back(w);
            }
        }
        build(all);
    }
    bool contains(std::string_view w) const { return !w.empty() && probe(w, hash(w)); }
    bool contains(const Word &w) const { return w.size > 0 && probe(w.view(), w.hash); }

private:
    void build(const std::vector<std::string_view> &words)
    {
        size_t capacity = 16;
        while (capacity < words.size() * 4)
            capacity *= 2;
        m_slots.assign(capacity, std::string_view());
        m_mask = capacity - 1;
        for (const std::string_view w : words) {
            size_t i = hash(w) & m_mask;
            while (!m_slots[i].empty() && m_slots[i] != w)
                i = (i + 1) & m_mask;
            m_slots[i] = w;
        }
    }
    bool probe(std::string_view w, size_t h) const
    {
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const std::string_view slot = m_slots[i];
            if (slot.empty())
                return false;
            if (slot.size() == w.size() && std::memcmp(slot.data(), w.data(), w.size()) == 0)
                return true;
        }
    }
    static size_t hash(std::string_view w) { return wordHash(w); }
    std::vector<std::string_view> m_slots;
    size_t m_mask = 0;
};

// ---- number words

enum class NumKind : quint8 { None, Digit, Oh, Teen, Tens, Hundred, Thousand, Repeat, Hundreds };

struct NumWord
{
    NumKind kind = NumKind::None;
    // the digit; the teen (10-19) or a two-digit number said in one word ("vierunddreißig",
    // "trentaquattro"); the tens digit; the repeat count; a number of hundreds said in one word
    // ("seiscientos" 600, "hundertzweiundneunzig" 192)
    int value = 0;
};

// Every number word, with what it says. The word table below and numberWord's quick checks
// (lengths by first letter, first three letters) are all made from this one list.
struct NumberWordEntry
{
    std::string_view text;
    NumWord word;
};
constexpr NumberWordEntry kNumberWords[] = {
        {"zero", {NumKind::Digit, 0}},
        {"one", {NumKind::Digit, 1}},
        {"two", {NumKind::Digit, 2}},
        {"three", {NumKind::Digit, 3}},
        {"four", {NumKind::Digit, 4}},
        {"five", {NumKind::Digit, 5}},
        {"six", {NumKind::Digit, 6}},
        {"seven", {NumKind::Digit, 7}},
        {"eight", {NumKind::Digit, 8}},
        {"nine", {NumKind::Digit, 9}},
        {"ten", {NumKind::Teen, 10}},
        {"eleven", {NumKind::Teen, 11}},
        {"twelve", {NumKind::Teen, 12}},
        {"thirteen", {NumKind::Teen, 13}},
        {"fourteen", {NumKind::Teen, 14}},
        {"fifteen", {NumKind::Teen, 15}},
        {"sixteen", {NumKind::Teen, 16}},
        {"seventeen", {NumKind::Teen, 17}},
        {"eighteen", {NumKind::Teen, 18}},
        {"nineteen", {NumKind::Teen, 19}},
        {"twenty", {NumKind::Tens, 2}},
        {"thirty", {NumKind::Tens, 3}},
        {"forty", {NumKind::Tens, 4}},
        {"fourty", {NumKind::Tens, 4}},
        {"fifty", {NumKind::Tens, 5}},
        {"sixty", {NumKind::Tens, 6}},
        {"seventy", {NumKind::Tens, 7}},
        {"eighty", {NumKind::Tens, 8}},
        {"ninety", {NumKind::Tens, 9}},
        {"oh", {NumKind::Oh, 0}},
        {"o", {NumKind::Oh, 0}},
        {"nought", {NumKind::Digit, 0}},
        {"nil", {NumKind::Digit, 0}},
        {"niner", {NumKind::Digit, 9}},
        {"hundred", {NumKind::Hundred, 0}},
        {"thousand", {NumKind::Thousand, 0}},
        {"double", {NumKind::Repeat, 2}},
        {"triple", {NumKind::Repeat, 3}},
        {"treble", {NumKind::Repeat, 3}},
        // "double" and "triple" in Dutch, Spanish, Italian and German
        {"dubbel", {NumKind::Repeat, 2}},
        {"doble", {NumKind::Repeat, 2}},
        {"doppio", {NumKind::Repeat, 2}},
        {"doppia", {NumKind::Repeat, 2}},
        {"doppel", {NumKind::Repeat, 2}},
        {"tripel", {NumKind::Repeat, 3}},
        {"triplo", {NumKind::Repeat, 3}},
        {"tripla", {NumKind::Repeat, 3}},
        // Belgian and Swiss French tens
        {"septante", {NumKind::Tens, 7}},
        {"huitante", {NumKind::Tens, 8}},
        {"octante", {NumKind::Tens, 8}},
        {"nonante", {NumKind::Tens, 9}},
        // Digits in German, Spanish, Portuguese and French, as callers give numbers digit by
        // digit in their language ("null eins sieben …", "cinco cinco tres …"); words that are
        // English words or fillers too ("un", "um", "sept", "due") are left out.
        {"null", {NumKind::Digit, 0}},
        {"eins", {NumKind::Digit, 1}},
        {"zwei", {NumKind::Digit, 2}},
        {"zwo", {NumKind::Digit, 2}},
        {"drei", {NumKind::Digit, 3}},
        {"vier", {NumKind::Digit, 4}},
        {"funf", {NumKind::Digit, 5}}, // "fünf", read as its base letters
        {"fuenf", {NumKind::Digit, 5}},
        {"sechs", {NumKind::Digit, 6}},
        {"sieben", {NumKind::Digit, 7}},
        {"acht", {NumKind::Digit, 8}},
        {"neun", {NumKind::Digit, 9}},
        {"cero", {NumKind::Digit, 0}},
        {"uno", {NumKind::Digit, 1}},
        {"dos", {NumKind::Digit, 2}},
        {"tres", {NumKind::Digit, 3}},
        {"cuatro", {NumKind::Digit, 4}},
        {"cinco", {NumKind::Digit, 5}},
        {"seis", {NumKind::Digit, 6}},
        {"siete", {NumKind::Digit, 7}},
        {"ocho", {NumKind::Digit, 8}},
        {"nueve", {NumKind::Digit, 9}},
        {"dois", {NumKind::Digit, 2}},
        {"quatro", {NumKind::Digit, 4}},
        {"sete", {NumKind::Digit, 7}},
        {"oito", {NumKind::Digit, 8}},
        {"nove", {NumKind::Digit, 9}},
        {"deux", {NumKind::Digit, 2}},
        {"trois", {NumKind::Digit, 3}},
        {"quatre", {NumKind::Digit, 4}},
        {"cinq", {NumKind::Digit, 5}},
        {"huit", {NumKind::Digit, 8}},
        {"neuf", {NumKind::Digit, 9}},
        // ... and the rest of the words people of those and other languages say numbers with:
        // teens, tens and hundreds ("cincuenta y cinco", "soixante-dix-huit", "zwölf"). Words
        // that are English words too ("once", "elf", "due", "sept") are weak (weakNumberWord):
        // read only inside a number.
        // Spanish
        {"diez", {NumKind::Teen, 10}},
        {"doce", {NumKind::Teen, 12}},
        {"trece", {NumKind::Teen, 13}},
        {"catorce", {NumKind::Teen, 14}},
        {"dieciseis", {NumKind::Teen, 16}},
        {"diecisiete", {NumKind::Teen, 17}},
        {"dieciocho", {NumKind::Teen, 18}},
        {"diecinueve", {NumKind::Teen, 19}},
        {"veinte", {NumKind::Tens, 2}},
        {"veintiuno", {NumKind::Teen, 21}},
        {"veintiun", {NumKind::Teen, 21}},
        {"veintidos", {NumKind::Teen, 22}},
        {"veintitres", {NumKind::Teen, 23}},
        {"veinticuatro", {NumKind::Teen, 24}},
        {"veinticinco", {NumKind::Teen, 25}},
        {"veintiseis", {NumKind::Teen, 26}},
        {"veintisiete", {NumKind::Teen, 27}},
        {"veintiocho", {NumKind::Teen, 28}},
        {"veintinueve", {NumKind::Teen, 29}},
        {"treinta", {NumKind::Tens, 3}},
        {"cuarenta", {NumKind::Tens, 4}},
        {"cincuenta", {NumKind::Tens, 5}},
        {"sesenta", {NumKind::Tens, 6}},
        {"setenta", {NumKind::Tens, 7}},
        {"ochenta", {NumKind::Tens, 8}},
        {"noventa", {NumKind::Tens, 9}},
        {"cien", {NumKind::Hundreds, 100}},
        {"ciento", {NumKind::Hundreds, 100}},
        {"doscientos", {NumKind::Hundreds, 200}},
        {"trescientos", {NumKind::Hundreds, 300}},
        {"cuatrocientos", {NumKind::Hundreds, 400}},
        {"quinientos", {NumKind::Hundreds, 500}},
        {"seiscientos", {NumKind::Hundreds, 600}},
        {"setecientos", {NumKind::Hundreds, 700}},
        {"ochocientos", {NumKind::Hundreds, 800}},
        {"novecientos", {NumKind::Hundreds, 900}},
        // Portuguese
        {"meia", {NumKind::Digit, 6}}, // (Brazil: "meia dúzia", six)
        {"dez", {NumKind::Teen, 10}},
        {"onze", {NumKind::Teen, 11}}, // (and French)
        {"treze", {NumKind::Teen, 13}},
        {"catorze", {NumKind::Teen, 14}},
        {"quatorze", {NumKind::Teen, 14}}, // (and French)
        {"quinze", {NumKind::Teen, 15}},   // (and French)
        {"dezesseis", {NumKind::Teen, 16}},
        {"dezasseis", {NumKind::Teen, 16}},
        {"dezessete", {NumKind::Teen, 17}},
        {"dezassete", {NumKind::Teen, 17}},
        {"dezoito", {NumKind::Teen, 18}},
        {"dezenove", {NumKind::Teen, 19}},
        {"dezanove", {NumKind::Teen, 19}},
        {"vinte", {NumKind::Tens, 2}},
        {"trinta", {NumKind::Tens, 3}},
        {"quarenta", {NumKind::Tens, 4}},
        {"cinquenta", {NumKind::Tens, 5}},
        {"sessenta", {NumKind::Tens, 6}},
        {"oitenta", {NumKind::Tens, 8}},
        {"cem", {NumKind::Hundreds, 100}},
        {"duzentos", {NumKind::Hundreds, 200}},
        {"trezentos", {NumKind::Hundreds, 300}},
        {"quatrocentos", {NumKind::Hundreds, 400}},
        {"quinhentos", {NumKind::Hundreds, 500}},
        {"seiscentos", {NumKind::Hundreds, 600}},
        {"setecentos", {NumKind::Hundreds, 700}},
        {"oitocentos", {NumKind::Hundreds, 800}},
        {"novecentos", {NumKind::Hundreds, 900}},
        // Italian
        {"tre", {NumKind::Digit, 3}},
        {"quattro", {NumKind::Digit, 4}},
        {"cinque", {NumKind::Digit, 5}},
        {"sette", {NumKind::Digit, 7}},
        {"dieci", {NumKind::Teen, 10}},
        {"undici", {NumKind::Teen, 11}},
        {"dodici", {NumKind::Teen, 12}},
        {"tredici", {NumKind::Teen, 13}},
        {"quattordici", {NumKind::Teen, 14}},
        {"quindici", {NumKind::Teen, 15}},
        {"sedici", {NumKind::Teen, 16}},
        {"diciassette", {NumKind::Teen, 17}},
        {"diciotto", {NumKind::Teen, 18}},
        {"diciannove", {NumKind::Teen, 19}},
        {"trenta", {NumKind::Tens, 3}},
        {"quaranta", {NumKind::Tens, 4}},
        {"cinquanta", {NumKind::Tens, 5}},
        {"sessanta", {NumKind::Tens, 6}},
        {"settanta", {NumKind::Tens, 7}},
        {"ottanta", {NumKind::Tens, 8}},
        {"novanta", {NumKind::Tens, 9}},
        {"cento", {NumKind::Hundreds, 100}},
        // French
        {"douze", {NumKind::Teen, 12}},
        {"treize", {NumKind::Teen, 13}},
        {"vingt", {NumKind::Tens, 2}},
        {"vingts", {NumKind::Tens, 2}},
        {"trente", {NumKind::Tens, 3}},
        {"quarante", {NumKind::Tens, 4}},
        {"cinquante", {NumKind::Tens, 5}},
        {"soixante", {NumKind::Tens, 6}},
        // Catalan ("sis", six, is a word of English too: kWeakNumberWords; "nou", nine, is
        // Dutch "well" and is not read), Galician
        {"vuit", {NumKind::Digit, 8}},
        {"cinc", {NumKind::Digit, 5}},
        {"vint", {NumKind::Tens, 2}},
        {"seixanta", {NumKind::Tens, 6}},
        {"setanta", {NumKind::Tens, 7}},
        {"vuitanta", {NumKind::Tens, 8}},
        {"noranta", {NumKind::Tens, 9}},
        {"catro", {NumKind::Digit, 4}},
        {"dous", {NumKind::Digit, 2}},
        {"corenta", {NumKind::Tens, 4}},
        // German
        {"zehn", {NumKind::Teen, 10}},
        {"zwolf", {NumKind::Teen, 12}},
        {"zwoelf", {NumKind::Teen, 12}},
        {"dreizehn", {NumKind::Teen, 13}},
        {"vierzehn", {NumKind::Teen, 14}},
        {"funfzehn", {NumKind::Teen, 15}},
        {"fuenfzehn", {NumKind::Teen, 15}},
        {"sechzehn", {NumKind::Teen, 16}},
        {"siebzehn", {NumKind::Teen, 17}},
        {"achtzehn", {NumKind::Teen, 18}},
        {"neunzehn", {NumKind::Teen, 19}},
        {"zwanzig", {NumKind::Tens, 2}},
        {"dreisig", {NumKind::Tens, 3}}, // "dreißig"
        {"dreissig", {NumKind::Tens, 3}},
        {"vierzig", {NumKind::Tens, 4}},
        {"funfzig", {NumKind::Tens, 5}},
        {"fuenfzig", {NumKind::Tens, 5}},
        {"sechzig", {NumKind::Tens, 6}},
        {"siebzig", {NumKind::Tens, 7}},
        {"achtzig", {NumKind::Tens, 8}},
        {"neunzig", {NumKind::Tens, 9}},
        {"hundert", {NumKind::Hundreds, 100}},
        {"einhundert", {NumKind::Hundreds, 100}},
        // Dutch
        {"honderd", {NumKind::Hundreds, 100}},
        {"nul", {NumKind::Digit, 0}},
        {"twee", {NumKind::Digit, 2}},
        {"drie", {NumKind::Digit, 3}},
        {"vijf", {NumKind::Digit, 5}},
        {"zes", {NumKind::Digit, 6}},
        {"zeven", {NumKind::Digit, 7}},
        {"negen", {NumKind::Digit, 9}},
        {"twaalf", {NumKind::Teen, 12}},
        {"dertien", {NumKind::Teen, 13}},
        {"veertien", {NumKind::Teen, 14}},
        {"vijftien", {NumKind::Teen, 15}},
        {"zestien", {NumKind::Teen, 16}},
        {"zeventien", {NumKind::Teen, 17}},
        {"achttien", {NumKind::Teen, 18}},
        {"negentien", {NumKind::Teen, 19}},
        {"twintig", {NumKind::Tens, 2}},
        {"dertig", {NumKind::Tens, 3}},
        {"veertig", {NumKind::Tens, 4}},
        {"vijftig", {NumKind::Tens, 5}},
        {"zestig", {NumKind::Tens, 6}},
        {"zeventig", {NumKind::Tens, 7}},
        {"tachtig", {NumKind::Tens, 8}},
        {"negentig", {NumKind::Tens, 9}},
        // Turkish (letters without their marks: "sıfır", "üç", "dört", "beş", "altı"; "bir",
        // "üç", "dört" and "kırk" are weak words)
        {"sifir", {NumKind::Digit, 0}},
        {"iki", {NumKind::Digit, 2}},
        {"bes", {NumKind::Digit, 5}},
        {"alti", {NumKind::Digit, 6}},
        {"yedi", {NumKind::Digit, 7}},
        {"sekiz", {NumKind::Digit, 8}},
        {"dokuz", {NumKind::Digit, 9}},
        {"yirmi", {NumKind::Tens, 2}},
        {"otuz", {NumKind::Tens, 3}},
        {"elli", {NumKind::Tens, 5}},
        {"altmis", {NumKind::Tens, 6}},
        {"yetmis", {NumKind::Tens, 7}},
        {"seksen", {NumKind::Tens, 8}},
        {"doksan", {NumKind::Tens, 9}},
        {"yuz", {NumKind::Hundred, 0}}, // ("dört yüz on iki", 412: "on" is ten after it)
        // Azerbaijani, as Turkish is read ("ə" reads 'e': "yeddi", "səkkiz" "sekkiz", "qırx"
        // "qirx"), Kazakh in Cyrillic letters as they read in Latin ones ("жеті" "zheti",
        // "қырық" "kyryk", "жүз" "zhuz": cyrillicLatin) and Uzbek in Latin letters ("to'qson"
        // is not read: its apostrophe parts the word)
        {"yeddi", {NumKind::Digit, 7}},
        {"dord", {NumKind::Digit, 4}},
        {"sekkiz", {NumKind::Digit, 8}},
        {"doqquz", {NumKind::Digit, 9}},
        {"iyirmi", {NumKind::Tens, 2}},
        {"qirx", {NumKind::Tens, 4}},
        {"doxsan", {NumKind::Tens, 9}},
        {"eki", {NumKind::Digit, 2}},
        {"ush", {NumKind::Digit, 3}},
        {"elu", {NumKind::Tens, 5}},
        {"alty", {NumKind::Digit, 6}},
        {"zheti", {NumKind::Digit, 7}},
        {"segiz", {NumKind::Digit, 8}},
        {"togyz", {NumKind::Digit, 9}},
        {"zhiyrma", {NumKind::Tens, 2}},
        {"otyz", {NumKind::Tens, 3}},
        {"kyryk", {NumKind::Tens, 4}},
        {"alpys", {NumKind::Tens, 6}},
        {"zhetpis", {NumKind::Tens, 7}},
        {"toksan", {NumKind::Tens, 9}},
        {"zhuz", {NumKind::Hundred, 0}},
        {"ikki", {NumKind::Digit, 2}},
        {"uch", {NumKind::Digit, 3}},
        {"besh", {NumKind::Digit, 5}},
        {"olti", {NumKind::Digit, 6}},
        {"yetti", {NumKind::Digit, 7}},
        {"sakkiz", {NumKind::Digit, 8}},
        {"yigirma", {NumKind::Tens, 2}},
        {"qirq", {NumKind::Tens, 4}},
        {"ellik", {NumKind::Tens, 5}},
        {"oltmish", {NumKind::Tens, 6}},
        {"yetmish", {NumKind::Tens, 7}},
        {"sakson", {NumKind::Tens, 8}},
        {"toqqiz", {NumKind::Digit, 9}}, // ("to'qqiz", its apostrophe dropped: normalize)
        {"ottiz", {NumKind::Tens, 3}},
        {"toqson", {NumKind::Tens, 9}},
        // Greek as read in Latin letters (Greek script is read so, greekLatin; Greeklish is
        // written so): teens, tens, hundreds, "double" and "triple" (the digits, words of other
        // languages too, only in Greek letters: kGreekWords)
        // (and the digits Greeklish writes that no other language says: the others, "ena",
        // "dio", "tria", "pente", "exi", "tessera", are read only beside a number word:
        // kWeakNumberWords)
        {"miden", {NumKind::Digit, 0}},
        {"dyo", {NumKind::Digit, 2}},
        {"epta", {NumKind::Digit, 7}},
        {"efta", {NumKind::Digit, 7}},
        {"okto", {NumKind::Digit, 8}},
        {"oxto", {NumKind::Digit, 8}},
        {"ochto", {NumKind::Digit, 8}},
        {"ennia", {NumKind::Digit, 9}},
        {"ennea", {NumKind::Digit, 9}},
        // Persian in Latin letters ("Finglish"): digits, teens, tens and hundreds ("sefr nohsad
        // o nuzdah", 0 919; its "o" joins them as Portuguese "e" does: readSpoken). "do", "se",
        // "haft", "noh", "dah" and "bist" are words of other languages too: kNordicWeakWords.
        {"sefr", {NumKind::Digit, 0}},
        {"yek", {NumKind::Digit, 1}},
        {"chahar", {NumKind::Digit, 4}},
        {"panj", {NumKind::Digit, 5}},
        {"shesh", {NumKind::Digit, 6}},
        {"hasht", {NumKind::Digit, 8}},
        {"yazdah", {NumKind::Teen, 11}},
        {"davazdah", {NumKind::Teen, 12}},
        {"sizdah", {NumKind::Teen, 13}},
        {"chahardah", {NumKind::Teen, 14}},
        {"panzdah", {NumKind::Teen, 15}},
        {"shanzdah", {NumKind::Teen, 16}},
        {"hefdah", {NumKind::Teen, 17}},
        {"hejdah", {NumKind::Teen, 18}},
        {"nuzdah", {NumKind::Teen, 19}},
        {"chehel", {NumKind::Tens, 4}},
        {"panjah", {NumKind::Tens, 5}},
        {"shast", {NumKind::Tens, 6}},
        {"haftad", {NumKind::Tens, 7}},
        {"hashtad", {NumKind::Tens, 8}},
        {"navad", {NumKind::Tens, 9}},
        {"yeksad", {NumKind::Hundreds, 100}},
        {"divist", {NumKind::Hundreds, 200}},
        {"devist", {NumKind::Hundreds, 200}},
        {"sisad", {NumKind::Hundreds, 300}},
        {"chaharsad", {NumKind::Hundreds, 400}},
        {"pansad", {NumKind::Hundreds, 500}},
        {"sheshsad", {NumKind::Hundreds, 600}},
        {"haftsad", {NumKind::Hundreds, 700}},
        {"hashtsad", {NumKind::Hundreds, 800}},
        {"nohsad", {NumKind::Hundreds, 900}},
        {"endeka", {NumKind::Teen, 11}},
        {"enteka", {NumKind::Teen, 11}},
        {"dodeka", {NumKind::Teen, 12}},
        {"dekatria", {NumKind::Teen, 13}},
        {"dekatris", {NumKind::Teen, 13}},
        {"dekatessera", {NumKind::Teen, 14}},
        {"dekatesseris", {NumKind::Teen, 14}},
        {"dekapente", {NumKind::Teen, 15}},
        {"dekaexi", {NumKind::Teen, 16}},
        {"dekaeksi", {NumKind::Teen, 16}},
        {"dekaepta", {NumKind::Teen, 17}},
        {"dekaefta", {NumKind::Teen, 17}},
        {"dekaokto", {NumKind::Teen, 18}},
        {"dekaochto", {NumKind::Teen, 18}},
        {"dekaoxto", {NumKind::Teen, 18}},
        {"dekaennea", {NumKind::Teen, 19}},
        {"dekaennia", {NumKind::Teen, 19}},
        {"eikosi", {NumKind::Tens, 2}},
        {"trianta", {NumKind::Tens, 3}},
        {"saranta", {NumKind::Tens, 4}},
        {"peninta", {NumKind::Tens, 5}},
        {"exinta", {NumKind::Tens, 6}},
        {"eksinta", {NumKind::Tens, 6}},
        {"evdominta", {NumKind::Tens, 7}},
        {"ogdonta", {NumKind::Tens, 8}},
        {"eneninta", {NumKind::Tens, 9}},
        {"ekaton", {NumKind::Hundreds, 100}},
        {"diakosia", {NumKind::Hundreds, 200}},
        {"triakosia", {NumKind::Hundreds, 300}},
        {"tetrakosia", {NumKind::Hundreds, 400}},
        {"pentakosia", {NumKind::Hundreds, 500}},
        {"exakosia", {NumKind::Hundreds, 600}},
        {"eksakosia", {NumKind::Hundreds, 600}},
        {"eptakosia", {NumKind::Hundreds, 700}},
        {"eftakosia", {NumKind::Hundreds, 700}},
        {"oktakosia", {NumKind::Hundreds, 800}},
        {"ochtakosia", {NumKind::Hundreds, 800}},
        {"enniakosia", {NumKind::Hundreds, 900}},
        {"enneakosia", {NumKind::Hundreds, 900}},
        {"diplo", {NumKind::Repeat, 2}},
        {"dipla", {NumKind::Repeat, 2}},
        {"triplo", {NumKind::Repeat, 3}},
        {"tripla", {NumKind::Repeat, 3}},
        // Malay and Indonesian ("lima" and "nol" are weak words), Tagalog ("isa" is one)
        {"kosong", {NumKind::Digit, 0}},
        {"satu", {NumKind::Digit, 1}},
        {"dua", {NumKind::Digit, 2}},
        {"tiga", {NumKind::Digit, 3}},
        {"empat", {NumKind::Digit, 4}},
        {"enam", {NumKind::Digit, 6}},
        {"tujuh", {NumKind::Digit, 7}},
        {"lapan", {NumKind::Digit, 8}},
        {"delapan", {NumKind::Digit, 8}},
        {"sembilan", {NumKind::Digit, 9}},
        {"sepuluh", {NumKind::Teen, 10}},
        {"sebelas", {NumKind::Teen, 11}},
        // Hindi and Urdu as read in Latin letters (the words that are words of English or of
        // other languages too, "do", "teen", "ek", "saat", are read only beside these:
        // kNordicWeakWords)
        {"shunya", {NumKind::Digit, 0}},
        {"shoonya", {NumKind::Digit, 0}},
        {"sifar", {NumKind::Digit, 0}},
        {"aik", {NumKind::Digit, 1}}, // (Urdu's "ek")
        {"chaar", {NumKind::Digit, 4}},
        {"paanch", {NumKind::Digit, 5}},
        {"panch", {NumKind::Digit, 5}},
        {"chhe", {NumKind::Digit, 6}},
        {"chhah", {NumKind::Digit, 6}},
        {"aath", {NumKind::Digit, 8}},
        // Bengali ("ek", "tin", "char" are read only beside these: kNordicWeakWords) and Tamil,
        // as read in Latin letters
        {"shunno", {NumKind::Digit, 0}},
        {"shunyo", {NumKind::Digit, 0}},
        {"dui", {NumKind::Digit, 2}},
        {"pach", {NumKind::Digit, 5}},
        {"chhoy", {NumKind::Digit, 6}},
        {"choy", {NumKind::Digit, 6}},
        {"shat", {NumKind::Digit, 7}},
        {"aat", {NumKind::Digit, 8}},
        {"noy", {NumKind::Digit, 9}},
        {"poojyam", {NumKind::Digit, 0}},
        {"pujyam", {NumKind::Digit, 0}},
        {"onnu", {NumKind::Digit, 1}},
        {"rendu", {NumKind::Digit, 2}},
        {"irandu", {NumKind::Digit, 2}},
        {"moonu", {NumKind::Digit, 3}},
        {"munu", {NumKind::Digit, 3}},
        {"naalu", {NumKind::Digit, 4}},
        {"naangu", {NumKind::Digit, 4}},
        {"anju", {NumKind::Digit, 5}},
        {"ainthu", {NumKind::Digit, 5}},
        {"aaru", {NumKind::Digit, 6}},
        {"ezhu", {NumKind::Digit, 7}},
        {"ettu", {NumKind::Digit, 8}},
        {"onbadhu", {NumKind::Digit, 9}},
        {"onbathu", {NumKind::Digit, 9}},
        {"dalawa", {NumKind::Digit, 2}},
        {"tatlo", {NumKind::Digit, 3}},
        {"apat", {NumKind::Digit, 4}},
        {"anim", {NumKind::Digit, 6}},
        {"pito", {NumKind::Digit, 7}},
        {"walo", {NumKind::Digit, 8}},
        {"siyam", {NumKind::Digit, 9}},
        // Afrikaans (besides the Dutch words it shares; "ses" and "agt" are weak words)
        {"vyf", {NumKind::Digit, 5}},
        {"sewe", {NumKind::Digit, 7}},
        {"nege", {NumKind::Digit, 9}},
        {"vyftien", {NumKind::Teen, 15}},
        {"sestien", {NumKind::Teen, 16}},
        {"sewentien", {NumKind::Teen, 17}},
        {"agtien", {NumKind::Teen, 18}},
        {"vyftig", {NumKind::Tens, 5}},
        {"sestig", {NumKind::Tens, 6}},
        {"sewentig", {NumKind::Tens, 7}},
        {"tagtig", {NumKind::Tens, 8}},
        // Swedish
        {"noll", {NumKind::Digit, 0}},
        {"tva", {NumKind::Digit, 2}}, // "två"
        {"fyra", {NumKind::Digit, 4}},
        {"fem", {NumKind::Digit, 5}},
        {"sju", {NumKind::Digit, 7}},
        {"atta", {NumKind::Digit, 8}}, // "åtta"
        {"tolv", {NumKind::Teen, 12}},
        {"tretton", {NumKind::Teen, 13}},
        {"fjorton", {NumKind::Teen, 14}},
        {"femton", {NumKind::Teen, 15}},
        {"sjutton", {NumKind::Teen, 17}},
        {"arton", {NumKind::Teen, 18}},
        {"nitton", {NumKind::Teen, 19}},
        {"tjugo", {NumKind::Tens, 2}},
        {"trettio", {NumKind::Tens, 3}},
        {"fyrtio", {NumKind::Tens, 4}},
        {"femtio", {NumKind::Tens, 5}},
        {"sextio", {NumKind::Tens, 6}},
        {"sjuttio", {NumKind::Tens, 7}},
        {"attio", {NumKind::Tens, 8}},
        {"nittio", {NumKind::Tens, 9}},
        // Norwegian and Danish (besides the Swedish words they share; "to", "en", "et", "ei",
        // "ni", "ti", "fire", "firs", "atti", "forti" are English or other words too: see
        // nordicWeakWord)
        {"seks", {NumKind::Digit, 6}},
        {"syv", {NumKind::Digit, 7}},
        {"atte", {NumKind::Digit, 8}}, // "åtte"
        {"otte", {NumKind::Digit, 8}},
        {"elleve", {NumKind::Teen, 11}},
        {"tretten", {NumKind::Teen, 13}},
        {"fjorten", {NumKind::Teen, 14}},
        {"femten", {NumKind::Teen, 15}},
        {"seksten", {NumKind::Teen, 16}},
        {"sytten", {NumKind::Teen, 17}},
        {"atten", {NumKind::Teen, 18}},
        {"nitten", {NumKind::Teen, 19}},
        {"tjue", {NumKind::Tens, 2}},
        {"tyve", {NumKind::Tens, 2}},
        {"tretti", {NumKind::Tens, 3}},
        {"tredve", {NumKind::Tens, 3}},
        {"tredive", {NumKind::Tens, 3}},
        {"fyrre", {NumKind::Tens, 4}},
        {"femti", {NumKind::Tens, 5}},
        {"halvtreds", {NumKind::Tens, 5}},
        {"seksti", {NumKind::Tens, 6}},
        {"sytti", {NumKind::Tens, 7}},
        {"halvfjerds", {NumKind::Tens, 7}},
        {"nitti", {NumKind::Tens, 9}},
        {"halvfems", {NumKind::Tens, 9}},
        {"hundra", {NumKind::Hundred, 0}}, // (Swedish)
        {"hundre", {NumKind::Hundred, 0}},
        {"hundrede", {NumKind::Hundred, 0}},
        {"tusen", {NumKind::Thousand, 0}},
        {"tusind", {NumKind::Thousand, 0}},
        // Finnish (and its spoken short forms)
        {"nolla", {NumKind::Digit, 0}},
        {"yksi", {NumKind::Digit, 1}},
        {"yks", {NumKind::Digit, 1}},
        {"kaksi", {NumKind::Digit, 2}},
        {"kaks", {NumKind::Digit, 2}}, // (Estonian too)
        {"kolme", {NumKind::Digit, 3}},
        {"nelja", {NumKind::Digit, 4}}, // "neljä"
        {"viisi", {NumKind::Digit, 5}},
        {"viis", {NumKind::Digit, 5}}, // (Estonian too)
        {"kuusi", {NumKind::Digit, 6}},
        {"kuus", {NumKind::Digit, 6}}, // (Estonian too)
        {"seitseman", {NumKind::Digit, 7}},
        {"seitteman", {NumKind::Digit, 7}},
        {"kahdeksan", {NumKind::Digit, 8}},
        {"kaheksan", {NumKind::Digit, 8}},
        {"yhdeksan", {NumKind::Digit, 9}},
        {"yheksan", {NumKind::Digit, 9}},
        {"kymmenen", {NumKind::Teen, 10}},
        // Estonian
        {"uks", {NumKind::Digit, 1}}, // "üks"
        {"kolm", {NumKind::Digit, 3}},
        {"neli", {NumKind::Digit, 4}},
        {"seitse", {NumKind::Digit, 7}},
        {"kaheksa", {NumKind::Digit, 8}},
        {"uheksa", {NumKind::Digit, 9}},
        {"kumme", {NumKind::Teen, 10}},
        // Latvian
        {"nulle", {NumKind::Digit, 0}},
        {"viens", {NumKind::Digit, 1}},
        {"divi", {NumKind::Digit, 2}},
        {"tris", {NumKind::Digit, 3}},
        {"cetri", {NumKind::Digit, 4}},
        {"pieci", {NumKind::Digit, 5}},
        {"sesi", {NumKind::Digit, 6}}, // (Lithuanian too)
        {"septini", {NumKind::Digit, 7}},
        {"astoni", {NumKind::Digit, 8}},
        {"devini", {NumKind::Digit, 9}},
        {"desmit", {NumKind::Teen, 10}},
        // Lithuanian ("du" is a word of French and German too: see nordicWeakWord)
        {"nulis", {NumKind::Digit, 0}},
        {"vienas", {NumKind::Digit, 1}},
        {"trys", {NumKind::Digit, 3}},
        {"keturi", {NumKind::Digit, 4}},
        {"penki", {NumKind::Digit, 5}},
        {"septyni", {NumKind::Digit, 7}},
        {"astuoni", {NumKind::Digit, 8}},
        {"devyni", {NumKind::Digit, 9}},
        {"desimt", {NumKind::Teen, 10}},
        // Icelandic ("þrír" reads "trir"; "níu" and "tíu" are weak: "NIU 1044187")
        {"einn", {NumKind::Digit, 1}},
        {"eitt", {NumKind::Digit, 1}},
        {"tveir", {NumKind::Digit, 2}},
        {"tvo", {NumKind::Digit, 2}},
        {"trir", {NumKind::Digit, 3}},
        {"fjorir", {NumKind::Digit, 4}},
        {"fimm", {NumKind::Digit, 5}},
        {"sjo", {NumKind::Digit, 7}},
        // Czech and Slovak (digits, teens, tens; "set", "sta", "ste" of "sedm set", "čtyři sta",
        // "dvě stě" and "pět", "päť" are English words too: weak)
        {"nula", {NumKind::Digit, 0}},
        {"jedna", {NumKind::Digit, 1}},
        {"dva", {NumKind::Digit, 2}},
        {"dve", {NumKind::Digit, 2}},
        {"tri", {NumKind::Digit, 3}},
        {"ctyri", {NumKind::Digit, 4}},
        {"styri", {NumKind::Digit, 4}},
        {"sest", {NumKind::Digit, 6}},
        {"sedm", {NumKind::Digit, 7}},
        {"sedem", {NumKind::Digit, 7}},
        {"osm", {NumKind::Digit, 8}},
        {"osem", {NumKind::Digit, 8}},
        {"devet", {NumKind::Digit, 9}},
        {"devat", {NumKind::Digit, 9}},
        {"deset", {NumKind::Teen, 10}},
        {"desat", {NumKind::Teen, 10}},
        {"jedenact", {NumKind::Teen, 11}},
        {"dvanact", {NumKind::Teen, 12}},
        {"trinact", {NumKind::Teen, 13}},
        {"ctrnact", {NumKind::Teen, 14}},
        {"patnact", {NumKind::Teen, 15}},
        {"sestnact", {NumKind::Teen, 16}},
        {"sedmnact", {NumKind::Teen, 17}},
        {"osmnact", {NumKind::Teen, 18}},
        {"devatenact", {NumKind::Teen, 19}},
        {"jedenast", {NumKind::Teen, 11}},
        {"dvanast", {NumKind::Teen, 12}},
        {"trinast", {NumKind::Teen, 13}},
        {"strnast", {NumKind::Teen, 14}},
        {"patnast", {NumKind::Teen, 15}},
        {"sestnast", {NumKind::Teen, 16}},
        {"sedemnast", {NumKind::Teen, 17}},
        {"osemnast", {NumKind::Teen, 18}},
        {"devatnast", {NumKind::Teen, 19}},
        {"dvacet", {NumKind::Tens, 2}},
        {"tricet", {NumKind::Tens, 3}},
        {"ctyricet", {NumKind::Tens, 4}},
        {"padesat", {NumKind::Tens, 5}},
        {"sedesat", {NumKind::Tens, 6}},
        {"sedmdesat", {NumKind::Tens, 7}},
        {"osmdesat", {NumKind::Tens, 8}},
        {"devadesat", {NumKind::Tens, 9}},
        {"dvadsat", {NumKind::Tens, 2}},
        {"tridsat", {NumKind::Tens, 3}},
        {"styridsat", {NumKind::Tens, 4}},
        {"patdesiat", {NumKind::Tens, 5}},
        {"sestdesiat", {NumKind::Tens, 6}},
        {"sedemdesiat", {NumKind::Tens, 7}},
        {"osemdesiat", {NumKind::Tens, 8}},
        {"devatdesiat", {NumKind::Tens, 9}},
        {"dvesto", {NumKind::Hundreds, 200}},
        {"tristo", {NumKind::Hundreds, 300}},
        {"styristo", {NumKind::Hundreds, 400}},
        {"patsto", {NumKind::Hundreds, 500}},
        {"seststo", {NumKind::Hundreds, 600}},
        {"sedemsto", {NumKind::Hundreds, 700}},
        {"osemsto", {NumKind::Hundreds, 800}},
        {"devatsto", {NumKind::Hundreds, 900}},
        // Hungarian ("öt", "hat", "hét" are words of English or other languages too: weak; "húsz…"
        // and "tizen…" compounds: numberCompound)
        {"nulla", {NumKind::Digit, 0}},
        {"egy", {NumKind::Digit, 1}},
        {"ketto", {NumKind::Digit, 2}},
        {"ket", {NumKind::Digit, 2}},
        {"harom", {NumKind::Digit, 3}},
        {"negy", {NumKind::Digit, 4}},
        {"nyolc", {NumKind::Digit, 8}},
        {"kilenc", {NumKind::Digit, 9}},
        {"tiz", {NumKind::Teen, 10}},
        {"husz", {NumKind::Tens, 2}},
        {"huszon", {NumKind::Tens, 2}},
        {"tizen", {NumKind::Tens, 1}}, // (before its unit: "tizenkettő" 12)
        {"harminc", {NumKind::Tens, 3}},
        {"negyven", {NumKind::Tens, 4}},
        {"otven", {NumKind::Tens, 5}},
        {"hatvan", {NumKind::Tens, 6}},
        {"hetven", {NumKind::Tens, 7}},
        {"nyolcvan", {NumKind::Tens, 8}},
        {"kilencven", {NumKind::Tens, 9}},
        {"szaz", {NumKind::Hundreds, 100}},
        // Romanian ("opt" is an English word too: weak)
        {"unu", {NumKind::Digit, 1}},
        {"doi", {NumKind::Digit, 2}},
        {"doua", {NumKind::Digit, 2}},
        {"trei", {NumKind::Digit, 3}},
        {"patru", {NumKind::Digit, 4}},
        {"cinci", {NumKind::Digit, 5}},
        {"sase", {NumKind::Digit, 6}},
        {"sapte", {NumKind::Digit, 7}},
        {"noua", {NumKind::Digit, 9}},
        {"zece", {NumKind::Teen, 10}},
        {"unsprezece", {NumKind::Teen, 11}},
        {"doisprezece", {NumKind::Teen, 12}},
        {"douasprezece", {NumKind::Teen, 12}},
        {"treisprezece", {NumKind::Teen, 13}},
        {"paisprezece", {NumKind::Teen, 14}},
        {"cincisprezece", {NumKind::Teen, 15}},
        {"saisprezece", {NumKind::Teen, 16}},
        {"saptesprezece", {NumKind::Teen, 17}},
        {"optsprezece", {NumKind::Teen, 18}},
        {"nouasprezece", {NumKind::Teen, 19}},
        {"douazeci", {NumKind::Tens, 2}},
        {"treizeci", {NumKind::Tens, 3}},
        {"patruzeci", {NumKind::Tens, 4}},
        {"cincizeci", {NumKind::Tens, 5}},
        {"saizeci", {NumKind::Tens, 6}},
        {"saptezeci", {NumKind::Tens, 7}},
        {"optzeci", {NumKind::Tens, 8}},
        {"nouazeci", {NumKind::Tens, 9}},
        {"sute", {NumKind::Hundred, 0}},
        {"suta", {NumKind::Hundreds, 100}},
        // Russian, Ukrainian and Bulgarian, their Cyrillic letters read as Latin ones
        // (normalize): "один" "odin", "п'ять" "pyat", "двадцять" "dvadcyat", "четиринайсет"
        // "chetirinayset"
        {"odin", {NumKind::Digit, 1}},
        {"odna", {NumKind::Digit, 1}},
        {"odno", {NumKind::Digit, 1}},
        {"edno", {NumKind::Digit, 1}},
        {"edna", {NumKind::Digit, 1}},
        {"edin", {NumKind::Digit, 1}},
        {"chetyre", {NumKind::Digit, 4}},
        {"chotiri", {NumKind::Digit, 4}},
        {"chetiri", {NumKind::Digit, 4}},
        {"pyat", {NumKind::Digit, 5}},
        {"shest", {NumKind::Digit, 6}},
        {"shist", {NumKind::Digit, 6}},
        {"vosem", {NumKind::Digit, 8}},
        {"visim", {NumKind::Digit, 8}},
        {"devyat", {NumKind::Digit, 9}},
        {"desyat", {NumKind::Teen, 10}},
        {"odinnadcat", {NumKind::Teen, 11}},
        {"odinadcyat", {NumKind::Teen, 11}},
        {"edinayset", {NumKind::Teen, 11}},
        {"edinadeset", {NumKind::Teen, 11}},
        {"dvenadcat", {NumKind::Teen, 12}},
        {"dvanadcyat", {NumKind::Teen, 12}},
        {"dvanayset", {NumKind::Teen, 12}},
        {"dvanadeset", {NumKind::Teen, 12}},
        {"trinadcat", {NumKind::Teen, 13}},
        {"trinadcyat", {NumKind::Teen, 13}},
        {"trinayset", {NumKind::Teen, 13}},
        {"trinadeset", {NumKind::Teen, 13}},
        {"chetyrnadcat", {NumKind::Teen, 14}},
        {"chotirnadcyat", {NumKind::Teen, 14}},
        {"chetirinayset", {NumKind::Teen, 14}},
        {"chetirinadeset", {NumKind::Teen, 14}},
        {"pyatnadcat", {NumKind::Teen, 15}},
        {"pyatnadcyat", {NumKind::Teen, 15}},
        {"petnayset", {NumKind::Teen, 15}},
        {"petnadeset", {NumKind::Teen, 15}},
        {"shestnadcat", {NumKind::Teen, 16}},
        {"shistnadcyat", {NumKind::Teen, 16}},
        {"shestnayset", {NumKind::Teen, 16}},
        {"shestnadeset", {NumKind::Teen, 16}},
        {"semnadcat", {NumKind::Teen, 17}},
        {"simnadcyat", {NumKind::Teen, 17}},
        {"sedemnayset", {NumKind::Teen, 17}},
        {"sedemnadeset", {NumKind::Teen, 17}},
        {"vosemnadcat", {NumKind::Teen, 18}},
        {"visimnadcyat", {NumKind::Teen, 18}},
        {"osemnayset", {NumKind::Teen, 18}},
        {"osemnadeset", {NumKind::Teen, 18}},
        {"devyatnadcat", {NumKind::Teen, 19}},
        {"devyatnadcyat", {NumKind::Teen, 19}},
        {"devetnayset", {NumKind::Teen, 19}},
        {"devetnadeset", {NumKind::Teen, 19}},
        {"dvadcat", {NumKind::Tens, 2}},
        {"dvadcyat", {NumKind::Tens, 2}},
        {"dvayset", {NumKind::Tens, 2}},
        {"dvadeset", {NumKind::Tens, 2}},
        {"tridcat", {NumKind::Tens, 3}},
        {"tridcyat", {NumKind::Tens, 3}},
        {"triyset", {NumKind::Tens, 3}},
        {"trideset", {NumKind::Tens, 3}},
        {"sorok", {NumKind::Tens, 4}},
        {"chetiriyset", {NumKind::Tens, 4}},
        {"chetirideset", {NumKind::Tens, 4}},
        {"pyatdesyat", {NumKind::Tens, 5}},
        {"petdeset", {NumKind::Tens, 5}},
        {"shestdesyat", {NumKind::Tens, 6}},
        {"shistdesyat", {NumKind::Tens, 6}},
        {"sheyset", {NumKind::Tens, 6}},
        {"shestdeset", {NumKind::Tens, 6}},
        {"semdesyat", {NumKind::Tens, 7}},
        {"simdesyat", {NumKind::Tens, 7}},
        {"sedemdeset", {NumKind::Tens, 7}},
        {"vosemdesyat", {NumKind::Tens, 8}},
        {"visimdesyat", {NumKind::Tens, 8}},
        {"osemdeset", {NumKind::Tens, 8}},
        {"devyanosto", {NumKind::Tens, 9}},
        {"devetdeset", {NumKind::Tens, 9}},
        {"dvesti", {NumKind::Hundreds, 200}},
        {"dvisti", {NumKind::Hundreds, 200}},
        {"dvesta", {NumKind::Hundreds, 200}},
        {"trista", {NumKind::Hundreds, 300}},
        {"chetyresta", {NumKind::Hundreds, 400}},
        {"chotirista", {NumKind::Hundreds, 400}},
        {"chetiristotin", {NumKind::Hundreds, 400}},
        {"pyatsot", {NumKind::Hundreds, 500}},
        {"petstotin", {NumKind::Hundreds, 500}},
        {"shestsot", {NumKind::Hundreds, 600}},
        {"shistsot", {NumKind::Hundreds, 600}},
        {"sheststotin", {NumKind::Hundreds, 600}},
        {"semsot", {NumKind::Hundreds, 700}},
        {"simsot", {NumKind::Hundreds, 700}},
        {"sedemstotin", {NumKind::Hundreds, 700}},
        {"vosemsot", {NumKind::Hundreds, 800}},
        {"visimsot", {NumKind::Hundreds, 800}},
        {"osemstotin", {NumKind::Hundreds, 800}},
        {"devyatsot", {NumKind::Hundreds, 900}},
        {"devetstotin", {NumKind::Hundreds, 900}},
        // (thousands: "две тысячи двести два", a Mir card's 2202; Ukrainian "тисяча")
        {"tysyacha", {NumKind::Thousand, 0}},
        {"tysyachi", {NumKind::Thousand, 0}},
        {"tysyach", {NumKind::Thousand, 0}},
        {"tisyacha", {NumKind::Thousand, 0}},
        {"tisyachi", {NumKind::Thousand, 0}},
        {"tisyach", {NumKind::Thousand, 0}},
        // Serbian, Croatian, Bosnian and Montenegrin, in Latin letters without their marks
        // ("četiri" "cetiri") and in Cyrillic ones as they read ("четири" "chetiri"); Macedonian;
        // Albanian ("katër" "kater"; "dy", "pesë", "tetë" are weak words); Slovenian ("ena" a
        // weak word); Moroccan and Algerian Arabic in Latin letters
        {"jedan", {NumKind::Digit, 1}},
        {"jedno", {NumKind::Digit, 1}},
        {"dvije", {NumKind::Digit, 2}},
        {"cetiri", {NumKind::Digit, 4}},
        {"sedam", {NumKind::Digit, 7}},
        {"osam", {NumKind::Digit, 8}},
        {"jedanaest", {NumKind::Teen, 11}},
        {"dvanaest", {NumKind::Teen, 12}},
        {"trinaest", {NumKind::Teen, 13}},
        {"cetrnaest", {NumKind::Teen, 14}},
        {"chetrnaest", {NumKind::Teen, 14}},
        {"petnaest", {NumKind::Teen, 15}},
        {"sesnaest", {NumKind::Teen, 16}},
        {"shesnaest", {NumKind::Teen, 16}},
        {"sedamnaest", {NumKind::Teen, 17}},
        {"osamnaest", {NumKind::Teen, 18}},
        {"devetnaest", {NumKind::Teen, 19}},
        {"cetrdeset", {NumKind::Tens, 4}},
        {"chetrdeset", {NumKind::Tens, 4}},
        {"pedeset", {NumKind::Tens, 5}},
        {"sezdeset", {NumKind::Tens, 6}},
        {"shezdeset", {NumKind::Tens, 6}},
        {"sedamdeset", {NumKind::Tens, 7}},
        {"osamdeset", {NumKind::Tens, 8}},
        {"devedeset", {NumKind::Tens, 9}},
        {"dvjesta", {NumKind::Hundreds, 200}},
        {"dvista", {NumKind::Hundreds, 200}},
        {"cetiristo", {NumKind::Hundreds, 400}},
        {"chetiristo", {NumKind::Hundreds, 400}},
        {"petsto", {NumKind::Hundreds, 500}},
        {"sheststo", {NumKind::Hundreds, 600}},
        {"sedamsto", {NumKind::Hundreds, 700}},
        {"osamsto", {NumKind::Hundreds, 800}},
        {"devetsto", {NumKind::Hundreds, 900}},
        {"sedum", {NumKind::Digit, 7}},
        {"osum", {NumKind::Digit, 8}},
        {"edinaeset", {NumKind::Teen, 11}},
        {"dvanaeset", {NumKind::Teen, 12}},
        {"trinaeset", {NumKind::Teen, 13}},
        {"chetirinaeset", {NumKind::Teen, 14}},
        {"petnaeset", {NumKind::Teen, 15}},
        {"shesnaeset", {NumKind::Teen, 16}},
        {"sedumnaeset", {NumKind::Teen, 17}},
        {"osumnaeset", {NumKind::Teen, 18}},
        {"devetnaeset", {NumKind::Teen, 19}},
        {"dvaeset", {NumKind::Tens, 2}},
        {"trieset", {NumKind::Tens, 3}},
        {"chetirieset", {NumKind::Tens, 4}},
        {"sheeset", {NumKind::Tens, 6}},
        {"sedumdeset", {NumKind::Tens, 7}},
        {"osumdeset", {NumKind::Tens, 8}},
        {"dveste", {NumKind::Hundreds, 200}},
        {"chetiristotini", {NumKind::Hundreds, 400}},
        {"petstotini", {NumKind::Hundreds, 500}},
        {"shestotini", {NumKind::Hundreds, 600}},
        {"sedumstotini", {NumKind::Hundreds, 700}},
        {"osumstotini", {NumKind::Hundreds, 800}},
        {"devetstotini", {NumKind::Hundreds, 900}},
        {"nje", {NumKind::Digit, 1}},
        {"kater", {NumKind::Digit, 4}},
        {"gjashte", {NumKind::Digit, 6}},
        {"shtate", {NumKind::Digit, 7}},
        {"nente", {NumKind::Digit, 9}},
        {"dhjete", {NumKind::Teen, 10}},
        {"njezet", {NumKind::Tens, 2}},
        {"tridhjete", {NumKind::Tens, 3}},
        {"dyzet", {NumKind::Tens, 4}},
        {"pesedhjete", {NumKind::Tens, 5}},
        {"gjashtedhjete", {NumKind::Tens, 6}},
        {"shtatedhjete", {NumKind::Tens, 7}},
        {"tetedhjete", {NumKind::Tens, 8}},
        {"nentedhjete", {NumKind::Tens, 9}},
        {"njeqind", {NumKind::Hundreds, 100}},
        {"dyqind", {NumKind::Hundreds, 200}},
        {"treqind", {NumKind::Hundreds, 300}},
        {"katerqind", {NumKind::Hundreds, 400}},
        {"peseqind", {NumKind::Hundreds, 500}},
        {"stiri", {NumKind::Digit, 4}},
        {"enajst", {NumKind::Teen, 11}},
        {"dvanajst", {NumKind::Teen, 12}},
        {"trinajst", {NumKind::Teen, 13}},
        {"stirinajst", {NumKind::Teen, 14}},
        {"petnajst", {NumKind::Teen, 15}},
        {"sestnajst", {NumKind::Teen, 16}},
        {"sedemnajst", {NumKind::Teen, 17}},
        {"osemnajst", {NumKind::Teen, 18}},
        {"devetnajst", {NumKind::Teen, 19}},
        {"dvajset", {NumKind::Tens, 2}},
        {"stirideset", {NumKind::Tens, 4}},
        {"sestdeset", {NumKind::Tens, 6}},
        {"stiristo", {NumKind::Hundreds, 400}},
        {"wahed", {NumKind::Digit, 1}},
        {"wahad", {NumKind::Digit, 1}},
        {"zouj", {NumKind::Digit, 2}},
        {"jouj", {NumKind::Digit, 2}},
        {"tlata", {NumKind::Digit, 3}},
        {"tleta", {NumKind::Digit, 3}},
        {"khamsa", {NumKind::Digit, 5}},
        {"sitta", {NumKind::Digit, 6}},
        {"setta", {NumKind::Digit, 6}},
        {"tmanya", {NumKind::Digit, 8}},
        {"tmenya", {NumKind::Digit, 8}},
        // (Russian as people type it in Latin letters, "ts" for "ц": "dvadtsat odin")
        {"odinnadtsat", {NumKind::Teen, 11}},
        {"dvenadtsat", {NumKind::Teen, 12}},
        {"trinadtsat", {NumKind::Teen, 13}},
        {"chetyrnadtsat", {NumKind::Teen, 14}},
        {"pyatnadtsat", {NumKind::Teen, 15}},
        {"shestnadtsat", {NumKind::Teen, 16}},
        {"semnadtsat", {NumKind::Teen, 17}},
        {"vosemnadtsat", {NumKind::Teen, 18}},
        {"devyatnadtsat", {NumKind::Teen, 19}},
        {"dvadtsat", {NumKind::Tens, 2}},
        {"tridtsat", {NumKind::Tens, 3}},
        // Polish
        {"jeden", {NumKind::Digit, 1}},
        {"dwa", {NumKind::Digit, 2}},
        {"trzy", {NumKind::Digit, 3}},
        {"cztery", {NumKind::Digit, 4}},
        {"piec", {NumKind::Digit, 5}}, // "pięć"
        {"szesc", {NumKind::Digit, 6}},
        {"siedem", {NumKind::Digit, 7}},
        {"osiem", {NumKind::Digit, 8}},
        {"dziewiec", {NumKind::Digit, 9}},
        {"dziesiec", {NumKind::Teen, 10}},
        {"jedenascie", {NumKind::Teen, 11}},
        {"dwanascie", {NumKind::Teen, 12}},
        {"trzynascie", {NumKind::Teen, 13}},
        {"czternascie", {NumKind::Teen, 14}},
        {"pietnascie", {NumKind::Teen, 15}},
        {"szesnascie", {NumKind::Teen, 16}},
        {"siedemnascie", {NumKind::Teen, 17}},
        {"osiemnascie", {NumKind::Teen, 18}},
        {"dziewietnascie", {NumKind::Teen, 19}},
        {"dwadziescia", {NumKind::Tens, 2}},
        {"trzydziesci", {NumKind::Tens, 3}},
        {"czterdziesci", {NumKind::Tens, 4}},
        {"piecdziesiat", {NumKind::Tens, 5}},
        {"szescdziesiat", {NumKind::Tens, 6}},
        {"siedemdziesiat", {NumKind::Tens, 7}},
        {"osiemdziesiat", {NumKind::Tens, 8}},
        {"dziewiecdziesiat", {NumKind::Tens, 9}},
        {"dwiescie", {NumKind::Hundreds, 200}},
        {"trzysta", {NumKind::Hundreds, 300}},
        {"czterysta", {NumKind::Hundreds, 400}},
        {"piecset", {NumKind::Hundreds, 500}},
        {"szescset", {NumKind::Hundreds, 600}},
        {"siedemset", {NumKind::Hundreds, 700}},
        {"osiemset", {NumKind::Hundreds, 800}},
        {"dziewiecset", {NumKind::Hundreds, 900}},
};

// Words that say a number in another language and a word of English too ("once", "elf", "due",
// "sept", "un"): read as numbers only inside a number, after a number word. (Not Portuguese
// "um": in English it is a hesitation, and hesitations stand inside numbers.)
constexpr std::pair<std::string_view, NumWord> kWeakNumberWords[]
        = {{"un", {NumKind::Digit, 1}},
           {"une", {NumKind::Digit, 1}},
           {"een", {NumKind::Digit, 1}},
           {"ett", {NumKind::Digit, 1}},
           {"due", {NumKind::Digit, 2}},
           {"sei", {NumKind::Digit, 6}},
           {"sex", {NumKind::Digit, 6}},
           {"sept", {NumKind::Digit, 7}},
           {"sis", {NumKind::Digit, 6}},
           {"otto", {NumKind::Digit, 8}},
           {"nio", {NumKind::Digit, 9}},
           {"dix", {NumKind::Teen, 10}},
           {"tien", {NumKind::Teen, 10}},
           {"tio", {NumKind::Teen, 10}},
           {"once", {NumKind::Teen, 11}},
           {"elf", {NumKind::Teen, 11}},
           {"elva", {NumKind::Teen, 11}},
           {"doze", {NumKind::Teen, 12}},
           {"quince", {NumKind::Teen, 15}},
           {"seize", {NumKind::Teen, 16}},
           {"sexton", {NumKind::Teen, 16}},
           {"venti", {NumKind::Tens, 2}},
           {"sto", {NumKind::Hundreds, 100}},
           {"ses", {NumKind::Digit, 6}},
           {"agt", {NumKind::Digit, 8}},
           {"lima", {NumKind::Digit, 5}},
           {"nol", {NumKind::Digit, 0}},
           {"isa", {NumKind::Digit, 1}},
           {"bir", {NumKind::Digit, 1}},
           {"uc", {NumKind::Digit, 3}},
           {"kirk", {NumKind::Tens, 4}},
           {"dort", {NumKind::Digit, 4}}, // (German "dort": there)
           {"tort", {NumKind::Digit, 4}}, // (Kazakh "төрт")
           {"dy", {NumKind::Digit, 2}},   // (Albanian "dy", "pesë", "tetë"; Slovenian "ena")
           {"pese", {NumKind::Digit, 5}},
           {"tete", {NumKind::Digit, 8}},
           {"ena", {NumKind::Digit, 1}},
           // (Greeklish: "tessera epta ena pente", "dio pente ena ena")
           {"dio", {NumKind::Digit, 2}},
           {"tria", {NumKind::Digit, 3}},
           {"tessera", {NumKind::Digit, 4}},
           {"pente", {NumKind::Digit, 5}},
           {"exi", {NumKind::Digit, 6}},
           {"nic", {NumKind::Digit, 0}},  // (Slovenian "nič"; "NIC", an id, and Macedonian
           {"eden", {NumKind::Digit, 1}}, // "еден", "Eden", a name, are words too)
           // Czech and Slovak ("pět", "päť"; "sedm set", "čtyři sta", "dvě stě": hundreds),
           // Romanian ("opt"); Hungarian "öt", "hat", "hét": nordicWeakWord
           {"pet", {NumKind::Digit, 5}},
           {"pat", {NumKind::Digit, 5}},
           {"set", {NumKind::Hundred, 0}},
           {"sta", {NumKind::Hundred, 0}},
           {"ste", {NumKind::Hundred, 0}},
           {"opt", {NumKind::Digit, 8}},
           // Vietnamese, as read without its marks ("không chín bảy tám" is "khong chin bay
           // tam"; "tư" is four after another digit; "hai", two, is Hindi's "is" too: read only
           // beside another Vietnamese digit, vietnameseDigitBeside), Swahili, and Filipino
           // "sero"
           {"khong", {NumKind::Digit, 0}},
           {"mot", {NumKind::Digit, 1}},
           {"ba", {NumKind::Digit, 3}},
           {"bon", {NumKind::Digit, 4}},
           {"tu", {NumKind::Digit, 4}},
           {"nam", {NumKind::Digit, 5}},
           {"sau", {NumKind::Digit, 6}},
           {"bay", {NumKind::Digit, 7}},
           {"tam", {NumKind::Digit, 8}},
           {"chin", {NumKind::Digit, 9}},
           {"sifuri", {NumKind::Digit, 0}},
           {"moja", {NumKind::Digit, 1}},
           {"mbili", {NumKind::Digit, 2}},
           {"tatu", {NumKind::Digit, 3}},
           {"nne", {NumKind::Digit, 4}},
           {"tano", {NumKind::Digit, 5}},
           {"sita", {NumKind::Digit, 6}},
           {"saba", {NumKind::Digit, 7}},
           {"nane", {NumKind::Digit, 8}},
           {"tisa", {NumKind::Digit, 9}},
           {"sero", {NumKind::Digit, 0}}};

// Their lengths by first letter (a bit per length): most words are rejected without a compare.
constexpr auto kWeakLengths = [] {
    std::array<quint32, 26> m{};
    for (const auto &[text, word] : kWeakNumberWords)
        m[size_t(text[0] - 'a')] |= quint32(1u << text.size());
    return m;
}();

// Their first two letters (a bit per second letter, by first letter).
constexpr auto kWeakPairs = [] {
    std::array<quint32, 26> m{};
    for (const auto &[text, word] : kWeakNumberWords)
        m[size_t(text[0] - 'a')] |= quint32(1u << (text[1] - 'a'));
    return m;
}();

// Whether a word of `len` letters starting with c0 c1 (any case) may be one of them.
inline bool mayBeWeakNumberWord(char c0, char c1, int len)
{
    if (len < 2 || len > 7)
        return false;
    const unsigned a = unsigned((c0 | 0x20) - 'a'), b = unsigned((c1 | 0x20) - 'a');
    return a < 26 && b < 26 && ((kWeakLengths[a] >> len) & 1u) && ((kWeakPairs[a] >> b) & 1u);
}

// (compared in place, any case: most words that get here are "the", "that", "some")
NumWord weakNumberWordLookup(std::string_view w)
{
    for (const auto &[text, word] : kWeakNumberWords) {
        if (text.size() != w.size() || text[0] != lower(w[0]))
            continue;
        size_t k = 1;
        while (k < w.size() && text[k] == lower(w[k]))
            ++k;
        if (k == w.size())
            return word;
    }
    return {};
}

// Whether `w` is a Vietnamese digit of the weak words other than "hai" (read only beside one
// of these: Scanner::vietnameseTwoAt)
bool vietnameseDigitWord(const Word &w)
{
    return w.is("khong") || w.is("mot") || w.is("ba") || w.is("bon") || w.is("tu") || w.is("nam")
           || w.is("sau") || w.is("bay") || w.is("tam") || w.is("chin");
}

inline NumWord weakNumberWord(std::string_view w)
{
    if (w.size() < 2 || !mayBeWeakNumberWord(w[0], w[1], int(w.size())))
        return {};
    return weakNumberWordLookup(w);
}

// Words that say a number in Norwegian, Danish, Lithuanian, Hungarian, Russian, Ukrainian or
// Hindi (in Latin letters) and are words of English or of other languages too ("to", "en", "fire",
// "ni", "du", "hat", "hét", "семь" "sem", "сім" "sim": a phone's SIM): read as numbers only beside
// a number word of those languages ("ni to en tre fire fem …", "tre en tre nul to …", "kettő kilenc
// öt öt nyolc hét …"), never beside others ("send it to six one seven …", Polish "… trzy to nie …",
// Dutch "… twee het pakket").
constexpr std::pair<std::string_view, NumWord> kNordicWeakWords[]
        = {{"to", {NumKind::Digit, 2}},
           {"en", {NumKind::Digit, 1}},
           {"et", {NumKind::Digit, 1}},
           {"ei", {NumKind::Digit, 1}},
           {"ni", {NumKind::Digit, 9}},
           {"ti", {NumKind::Teen, 10}},
           {"fire", {NumKind::Digit, 4}},
           {"du", {NumKind::Digit, 2}},
           {"firs", {NumKind::Tens, 8}},
           {"atti", {NumKind::Tens, 8}},
           {"forti", {NumKind::Tens, 4}},
           {"niu", {NumKind::Digit, 9}},
           {"tiu", {NumKind::Teen, 10}},
           {"het", {NumKind::Digit, 7}},
           {"hat", {NumKind::Digit, 6}},
           {"ot", {NumKind::Digit, 5}},
           {"sem", {NumKind::Digit, 7}},
           {"sim", {NumKind::Digit, 7}},
           // Hindi, Urdu and Bengali in Latin letters ("ek", "do", "teen", "char", "saat", "sat",
           // "nau", "tin")
           {"ek", {NumKind::Digit, 1}},
           {"do", {NumKind::Digit, 2}},
           {"teen", {NumKind::Digit, 3}},
           {"char", {NumKind::Digit, 4}},
           {"saat", {NumKind::Digit, 7}},
           {"sat", {NumKind::Digit, 7}},
           {"nau", {NumKind::Digit, 9}},
           {"tin", {NumKind::Digit, 3}},
           // Persian in Latin letters ("se", "haft", "noh", "dah", "bist"; "do" as Hindi's)
           {"se", {NumKind::Digit, 3}},
           {"haft", {NumKind::Digit, 7}},
           {"noh", {NumKind::Digit, 9}},
           {"dah", {NumKind::Teen, 10}},
           {"bist", {NumKind::Tens, 2}}};

// Their second and third letters by first letter and length (a bit each): a quick reject
// ("have", "day", "not" and "bill" pass no further than "haft", "dah", "noh" and "bist" let them).
struct NordicWeakShapes
{
    std::array<quint32, 26 * 6> seconds{}, thirds{};
};
constexpr NordicWeakShapes kNordicWeakShapes = [] {
    NordicWeakShapes m{};
    for (const auto &[text, word] : kNordicWeakWords) {
        const size_t at = size_t(text[0] - 'a') * 6 + text.size();
        m.seconds[at] |= 1u << (text[1] - 'a');
        if (text.size() > 2)
            m.thirds[at] |= 1u << (text[2] - 'a');
    }
    return m;
}();

// Whether the word of `len` letters at w (any case) may be one of them.
inline bool mayBeNordicWeakWord(const char *w, int len)
{
    if (len < 2 || len > 5)
        return false;
    const unsigned a = unsigned((w[0] | 0x20) - 'a'), b = unsigned((w[1] | 0x20) - 'a');
    if (a >= 26 || b >= 26)
        return false;
    const size_t at = size_t(a) * 6 + size_t(len);
    if (((kNordicWeakShapes.seconds[at] >> b) & 1u) == 0)
        return false;
    const unsigned c = len > 2 ? unsigned((w[2] | 0x20) - 'a') : 0;
    return len == 2 || (c < 26 && ((kNordicWeakShapes.thirds[at] >> c) & 1u));
}

// (`w` is lower case)
NumWord nordicWeakWord(std::string_view w)
{
    if (w.size() < 2 || !mayBeNordicWeakWord(w.data(), int(w.size())))
        return {};
    for (const auto &[text, word] : kNordicWeakWords) {
        if (text.size() == w.size() && text[0] == w[0] && text == w)
            return word;
    }
    return {};
}

// The number words of the Nordic and Baltic languages, Hungarian and Hindi in Latin letters
// (lower case, without their marks), weak ones too: a weak one beside one of them is a number word.
const WordSet &nordicNumberWords()
{
    static const WordSet s{
            // Swedish
            "noll", "ett", "tva", "tre", "fyra", "fem", "sex", "sju", "atta", "nio", "tio", "elva",
            "tolv", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "attio", "nittio",
            // Norwegian and Danish
            "null", "nul", "seks", "syv", "atte", "otte", "elleve", "tretten", "fjorten", "femten",
            "seksten", "sytten", "atten", "nitten", "tjue", "tyve", "tretti", "tredve", "tredive",
            "fyrre", "femti", "halvtreds", "seksti", "sytti", "halvfjerds", "nitti", "halvfems",
            "to", "en", "et", "ei", "ni", "ti", "fire", "firs", "atti", "forti",
            // Lithuanian
            "nulis", "vienas", "du", "trys", "keturi", "penki", "sesi", "septyni", "astuoni",
            "devyni",
            // Icelandic
            "einn", "eitt", "tveir", "tvo", "trir", "fjorir", "fimm", "sjo", "niu", "tiu",
            // Hungarian
            "nulla", "egy", "ketto", "ket", "harom", "negy", "ot", "hat", "het", "nyolc", "kilenc",
            "tiz", "husz", "harminc", "negyven", "otven", "hatvan", "hetven", "nyolcvan",
            "kilencven",
            // Russian, Ukrainian and Bulgarian, as read in Latin letters
            "nol", "odin", "odna", "odno", "edno", "edna", "edin", "dva", "dve", "chetyre",
            "chotiri", "chetiri", "pyat", "shest", "shist", "vosem", "visim", "devyat", "devet",
            "sedem", "osem", "nula", "desyat", "deset", "sem", "sim", "dvadcat", "dvadtsat",
            "dvadcyat", "tridcat", "tridtsat", "tridcyat", "sorok", "pyatdesyat", "shestdesyat",
            "semdesyat", "simdesyat", "vosemdesyat", "devyanosto", "sto", "dvesti", "trista",
            "chetyresta", "pyatsot", "shestsot", "semsot", "vosemsot", "devyatsot",
            // Hindi and Urdu, as read in Latin letters
            "shunya", "shoonya", "sifar", "aik", "chaar", "paanch", "panch", "chhe", "chhah",
            "aath", "ek", "do", "teen", "char", "saat", "sat", "nau",
            // Bengali, as read in Latin letters
            "shunno", "shunyo", "dui", "tin", "pach", "chhoy", "choy", "shat", "aat", "noy",
            // Persian, as read in Latin letters ("… shesh noh do se": its "do" is Hindi's too)
            "sefr", "yek", "chahar", "panj", "shesh", "hasht", "noh", "haft", "se", "bist",
            "chehel", "panjah", "shast", "haftad", "hashtad", "navad", "sisad", "nohsad"};
    return s;
}

// Whether a word (lower case) is a compound number of Norwegian, Danish or Hungarian, by its
// parts: the tens first ("tjueen", "førtifire", "huszonegy", "negyvenöt"), a unit and "og"
// before the tens ("toogtyve"), or hundreds ("hétszáz…"). (numberWord says whether it is one.)
bool nordicCompoundWord(std::string_view w)
{
    static constexpr std::string_view kStarts[]
            = {"tjue",    "tretti", "tredve", "forti",  "femti",    "seksti",
               "sytti",   "atti",   "nitti",  "huszon", "tizen",    "harminc",
               "negyven", "otven",  "hatvan", "hetven", "nyolcvan", "kilencven"};
    for (const std::string_view start : kStarts) {
        if (w.size() > start.size() && w.substr(0, start.size()) == start)
            return true;
    }
    const size_t og = w.find("og");
    return (og >= 2 && og <= 4 && w.size() >= og + 6) || w.find("szaz") != std::string_view::npos;
}

// A number said in one word that joins its parts, as German, Dutch, Swedish, Italian and
// Spanish do: "vierunddreißig" 34, "vijfenveertig" 45, "fyrtiofem" 45, "trentaquattro" 34,
// "ventotto" 28, "hundertzweiundneunzig" 192. `w` is lower case, n letters.
// (Why not ICU's spell-out rules, which parse such words: a transcript's language is not known
// and one line mixes languages, so every locale would be asked of every word, on the scan's
// hottest path; and ICU's lenient parse reads English words as numbers. These few rules, behind
// the table's quick rejects, cost nothing on a word that is no number. They are fuzzed with the
// rest of the masker: tests/fuzz/fuzz_masker.cpp.)
NumWord numberCompound(const char *w, int n);
bool mayEndCompound(const char *w, int n);

// The lengths of the number words, by their first letter (a bit per length): a quick reject.
constexpr auto kNumberWordLengths = [] {
    std::array<quint32, 26> m{};
    for (const NumberWordEntry &e : kNumberWords)
        m[size_t(e.text[0] - 'a')] |= quint32(1u << e.text.size());
    return m;
}();

// The first three letters of the parts a compound starts with (numberCompound), a bit per
// prefix as in numberWord.
constexpr std::string_view kCompoundStarts[] = {
        // German and Dutch units before "und"/"en"; German "hundert" (and "zwo…", as two is
        // said on the phone: "zwoundsiebzig")
        "ein", "zwe", "zwo", "dre", "vie", "fun", "fue", "sec", "sie", "ach", "neu", "hun", "een",
        "twe", "dri", "vij", "zes", "zev", "neg",
        // Dutch "honderd…", Italian "cento…", "duecento…", "seicento…"
        "hon", "cen", "due", "sei",
        // tens before their unit: Swedish, Italian, Spanish "veinti…"
        "tju", "tre", "fyr", "fem", "sex", "sju", "att", "nit", "ven", "qua", "cin", "ses", "set",
        "ott", "nov", "vei",
        // Norwegian tens before their unit ("fortifire", "sekstifem", "syttito"), Danish units
        // before "og" ("enogtyve", "toogtyve", "fireogfyrre", "syvogfirs", "niogtredive");
        // Swedish and Norwegian hundreds ("tvahundra", "tohundre", "firehundre")
        "for", "sek", "syt", "eno", "too", "fir", "syv", "nio", "tva", "toh", "nih", "enh", "ett",
        // Hungarian tens and hundreds ("huszonegy", "negyvenöt", "kétszáz…", "hétszáz…")
        "hus", "tiz", "har", "neg", "otv", "hat", "het", "nyo", "kil", "ket", "sza", "ots",
        // Slovak ("stoštyridsaťsedem", "dvadsaťtri", "osemdesiatjeden")
        "sto", "dva", "tri", "sty", "pat", "sed", "ose", "dev", "jed",
        // Slovenian units before "in" ("enaintrideset", "štiriinštirideset", "petinšestdeset")
        "ena", "sti", "pet", "ses"};
constexpr auto kCompoundPrefixes = [] {
    std::array<quint32, 26 * 26> bits{};
    for (const std::string_view p : kCompoundStarts)
        bits[size_t((p[0] - 'a') * 26 + (p[1] - 'a'))] |= 1u << (p[2] - 'a');
    return bits;
}();

// Whether a word starting with c may be a number word.
// Where the first digit of s is (s.size() when none), eight bytes at a time.
inline int firstDigitAt(std::string_view s)
{
    const size_t n = s.size();
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, s.data() + i, 8);
        // a byte b is a digit when b ^ '0' is below 10 (exact for whether any is)
        const quint64 x = w ^ 0x3030303030303030ull;
        if (((x - 0x0a0a0a0a0a0a0a0aull) & ~x & 0x8080808080808080ull) != 0)
            break;
    }
    while (i < n && unsigned(s[i] - '0') >= 10u)
        ++i;
    return int(i);
}

inline bool mayStartNumberWord(char c)
{
    const unsigned first = unsigned((c | 0x20) - 'a');
    return first < 26 && kNumberWordLengths[first] != 0;
}

// The number words in a table probed by a short hash of the lower-cased word: the scanner asks
// of most words it meets whether they are one.
class NumberWords
{
public:
    NumberWords()
    {
        for (const NumberWordEntry &e : kNumberWords)
            add(e.text, e.word);
    }
    NumWord find(const char *w, int n) const
    {
        for (quint32 i = hash(w, n) & kMask;; i = (i + 1) & kMask) {
            const Slot &slot = m_slots[i];
            if (slot.size == 0)
                return {};
            if (slot.size == n && std::memcmp(slot.text, w, size_t(n)) == 0)
                return slot.word;
        }
    }

private:
    // (four slots a word or more: a word that is none, most of those asked, ends its probe
    // at an empty slot in one or two steps)
    static constexpr quint32 kMask = 4095;
    struct Slot
    {
        char text[16] = {};
        int size = 0;
        NumWord word;
    };
    static quint32 hash(const char *w, int n)
    {
        quint32 h = 2166136261u;
        for (int i = 0; i < n; ++i)
            h = (h ^ quint8(w[i])) * 16777619u;
        return h ^ (h >> 15);
    }
    void add(std::string_view w, NumWord word)
    {
        const int n = int(w.size());
        quint32 i = hash(w.data(), n) & kMask;
        while (m_slots[i].size != 0)
            i = (i + 1) & kMask;
        std::memcpy(m_slots[i].text, w.data(), size_t(n));
        m_slots[i].size = n;
        m_slots[i].word = word;
    }
    Slot m_slots[kMask + 1];
};

// The one table of the number words (numberWordLookup, numberCompound), made at start.
const NumberWords kNumberWordTable;

// The prefix bits of the number words' first three letters: [first][second], a bit per third.
constexpr auto kNumberWordPrefixes = [] {
    std::array<quint32, 26 * 26> bits{};
    for (const NumberWordEntry &e : kNumberWords)
        if (e.text.size() >= 3)
            bits[size_t((e.text[0] - 'a') * 26 + (e.text[1] - 'a'))] |= 1u << (e.text[2] - 'a');
    return bits;
}();

// numberWord past its quick rejects: the table, then the compounds.
[[gnu::noinline]] NumWord numberWordLookup(std::string_view s, int a, int n, bool mayBeWord,
                                           bool mayBeCompound)
{
    char w[32];
    for (int i = 0; i < n; ++i)
        w[i] = lower(s[size_t(a + i)]);
    if (mayBeWord) {
        const NumWord found = kNumberWordTable.find(w, n);
        if (found.kind != NumKind::None || !mayBeCompound)
            return found;
    }
    return mayBeCompound && mayEndCompound(w, n) ? numberCompound(w, n) : NumWord();
}

NumWord numberWord(std::string_view s, int a, int b)
{
    const int n = b - a;
    if (n < 1 || n > 31) // ("einhundertsiebenundzwanzig"; a bit per length below)
        return {};
    const unsigned first = unsigned((s[size_t(a)] | 0x20) - 'a');
    if (first >= 26)
        return {};
    // Quick reject: the lengths of the number words, by their first letter ("that", "for",
    // "so" are none) ...
    bool mayBeWord = (kNumberWordLengths[first] & (1u << n)) != 0;
    if (!mayBeWord && n < 6)
        return {};
    if (n < 3)
        return numberWordLookup(s, a, n, true, false);
    // ... and by their first three letters ("the", "fix", "ten" vs "tea"); a compound number
    // ("vierunddreißig") by the first three letters of its parts.
    const unsigned second = unsigned((s[size_t(a + 1)] | 0x20) - 'a');
    const unsigned third = unsigned((s[size_t(a + 2)] | 0x20) - 'a');
    if (second >= 26 || third >= 26)
        return {};
    const unsigned prefix = first * 26 + second;
    mayBeWord = mayBeWord && (kNumberWordPrefixes[prefix] & (1u << third));
    const bool mayBeCompound = n >= 6 && (kCompoundPrefixes[prefix] & (1u << third));
    if (!mayBeWord && !mayBeCompound)
        return {};
    return numberWordLookup(s, a, n, mayBeWord, mayBeCompound);
}

// Whether a word may end as a compound number does (numberCompound): the last three letters of
// a tens word ("…zig", "…tig") or of a unit ("…fem", "…tro", "…uno"), or "hundert" in it.
bool mayEndCompound(const char *w, int n)
{
    static constexpr std::string_view kEnds[]
            = {// German and Dutch tens
               "zig", "sig", "tig",
               // Swedish units
               "ett", "tva", "tre", "yra", "fem", "sex", "sju", "tta", "nio",
               // Norwegian units after their tens ("tjueen", "trettito", "fortifire",
               // "sekstiseks", "nittini"), Danish tens after "og" ("fireogtredive", "toogfyrre",
               // "seksoghalvtreds", "syvogfirs")
               "uen", "een", "ien", "eto", "ito", "ire", "eks", "syv", "tte", "eni", "ini", "ive",
               "yve", "rre", "eds", "rds", "irs", "ems",
               // Hungarian units after their tens ("huszonegy", "kilencvenöt", "tizenkettő",
               // "hetvennyolc", "harminchat") and tens after the hundreds ("kétszázhúsz")
               "egy", "tto", "rom", "olc", "enc", "hat", "het", "not", "cot", "usz", "inc", "ven",
               "van",
               // Slovak units after their tens ("osemdesiatjeden", "dvadsaťtri",
               // "štyridsaťsedem") and tens after the hundreds ("stodvadsať")
               "den", "dva", "tri", "yri", "pat", "est", "dem", "sem", "vat", "sat", "iat",
               // Slovenian tens after "in" ("dvaindvajset", "sedeminpetdeset")
               "set",
               // Italian units (and "ventitre")
               "uno", "due", "tro", "que", "sei", "tte", "tto", "ove",
               // Spanish units after "veinti"
               "dos", "res", "nco", "eis", "ete", "cho", "eve", "tiun"};
    static constexpr auto kBits = [] {
        std::array<quint32, 26 * 26> bits{};
        for (const std::string_view e : kEnds)
            bits[size_t((e[e.size() - 3] - 'a') * 26 + (e[e.size() - 2] - 'a'))]
                    |= 1u << (e[e.size() - 1] - 'a');
        return bits;
    }();
    const unsigned a = unsigned(w[n - 3] - 'a'), b = unsigned(w[n - 2] - 'a'),
                   c = unsigned(w[n - 1] - 'a');
    if (a < 26 && b < 26 && c < 26 && (kBits[a * 26 + b] & (1u << c)))
        return true;
    const std::string_view word(w, size_t(n));
    return word.find("hundert") != std::string_view::npos
           || word.find("honderd") != std::string_view::npos
           || word.find("hundr") != std::string_view::npos
           || word.find("szaz") != std::string_view::npos
           || word.find("sto") != std::string_view::npos
           || word.find("cent") != std::string_view::npos;
}

NumWord numberCompound(const char *w, int n)
{
    const std::string_view word(w, size_t(n));
    // the value of a part said alone, as a table word (digit, teen or tens)
    const auto part = [](std::string_view p) -> NumWord {
        if (p.size() < 2 || p.size() > 16)
            return {};
        const NumWord found = kNumberWordTable.find(p.data(), int(p.size()));
        if (found.kind != NumKind::None)
            return found;
        const NumWord weak = weakNumberWord(p);
        return weak.kind != NumKind::None ? weak : nordicWeakWord(p);
    };
    // The value of what follows the hundreds (1-99), or -1: a word of the table, a compound,
    // or (Italian) the tens with their first vowel dropped after "cento": "centottanta".
    const auto below100 = [&](std::string_view rest) {
        NumWord r = rest == "ein" || rest == "een" ? NumWord{NumKind::Digit, 1} : part(rest);
        if (r.kind == NumKind::None && rest.size() >= 6)
            r = numberCompound(rest.data(), int(rest.size()));
        if ((r.kind == NumKind::Digit && r.value > 0) || r.kind == NumKind::Teen)
            return r.value;
        if (r.kind == NumKind::Tens)
            return r.value * 10;
        return -1;
    };
    // German "hundert…", "zweihundert…", Dutch "honderd…", "tweehonderd…" (an "en" may join the
    // rest: "honderdenvijf"), Italian "cento…", "duecento…" ("centottanta" drops the vowel):
    // hundreds and a rest
    // (Swedish "sexhundrafyrtio", Norwegian "tohundreogfemti", Hungarian "hétszázhuszonnyolc",
    // Slovak "stoštyridsaťsedem")
    for (const std::string_view hw :
         {std::string_view("hundert"), std::string_view("honderd"), std::string_view("cent"),
          std::string_view("hundra"), std::string_view("hundre"), std::string_view("szaz"),
          std::string_view("sto")}) {
        const size_t h = word.find(hw);
        if (h == std::string_view::npos)
            continue;
        const bool italian = hw == "cent";
        int hundreds = 1;
        if (h > 0) {
            const std::string_view head = word.substr(0, h);
            const NumWord u
                    = head == "ein" || head == "een" ? NumWord{NumKind::Digit, 1} : part(head);
            if (u.kind != NumKind::Digit || u.value < (italian ? 2 : 1))
                return {};
            hundreds = u.value;
        }
        std::string_view rest = word.substr(h + hw.size());
        if (italian) {
            // "cento", "centonovanta"; "centottanta", "centotto" (the rest's vowel dropped)
            if (rest.empty())
                return {};
            if (rest == "o")
                return {NumKind::Hundreds, hundreds * 100};
            int v = rest[0] == 'o' ? below100(rest.substr(1)) : -1;
            if (v < 0)
                v = below100(rest);
            return v > 0 ? NumWord{NumKind::Hundreds, hundreds * 100 + v} : NumWord{};
        }
        if (rest.empty())
            return {NumKind::Hundreds, hundreds * 100};
        if (hw == "honderd" && rest.size() > 2 && rest.substr(0, 2) == "en")
            rest = rest.substr(2);
        if (hw == "hundre" && rest.size() > 2 && rest.substr(0, 2) == "og")
            rest = rest.substr(2);
        const int v = below100(rest);
        return v > 0 ? NumWord{NumKind::Hundreds, hundreds * 100 + v} : NumWord{};
    }
    // a unit, "und" (German) or "en" (Dutch), then the tens: "vierunddreißig", "vijfenveertig"
    // (Danish: a unit, "og", then the tens, four letters at least: "toogtyve", "fireogtredive",
    // "seksoghalvtreds", "femogtres")
    // (Slovenian: a unit, "in", then the tens: "dvaindvajset", "sedeminpetdeset")
    for (const std::string_view joiner : {std::string_view("und"), std::string_view("en"),
                                          std::string_view("og"), std::string_view("in")}) {
        const size_t tensLetters = joiner == "og" ? 4 : 5;
        for (size_t j = 2; j + joiner.size() + tensLetters <= word.size() && j <= 6; ++j) {
            if (word.substr(j, joiner.size()) != joiner)
                continue;
            const std::string_view head = word.substr(0, j);
            // ("ein" is no word alone; "tweeën", "drieën" lose the diaeresis: "tweeenveertig")
            const NumWord u = head == "ein"     ? NumWord{NumKind::Digit, 1}
                              : head == "tweee" ? NumWord{NumKind::Digit, 2}
                              : head == "driee" ? NumWord{NumKind::Digit, 3}
                                                : part(head);
            const std::string_view tail = word.substr(j + joiner.size());
            // (Danish "tres" is sixty: Spanish "tres", three, in the table)
            const NumWord t
                    = joiner == "og" && tail == "tres" ? NumWord{NumKind::Tens, 6} : part(tail);
            if (u.kind == NumKind::Digit && u.value > 0 && t.kind == NumKind::Tens)
                return {NumKind::Teen, t.value * 10 + u.value};
        }
    }
    // the tens, then a unit: "fyrtiofem", "trentaquattro", "ventuno" (a vowel dropped before
    // "uno" and "otto"), "veinticuatro"
    for (size_t j = 4; j + 2 <= word.size() && j <= 9; ++j) {
        const NumWord t = part(word.substr(0, j));
        const std::string_view tail = word.substr(j);
        if (t.kind != NumKind::Tens) {
            // "vent|uno", "trent|otto": the tens word without its last vowel
            if (j + 3 > word.size())
                continue;
            char b[12]; // (j is at most 9)
            std::memcpy(b, word.data(), j);
            b[j] = 'a';
            NumWord t2 = part(std::string_view(b, j + 1));
            if (t2.kind != NumKind::Tens) {
                b[j] = 'i';
                t2 = part(std::string_view(b, j + 1));
            }
            if (t2.kind != NumKind::Tens || !(tail == "uno" || tail == "otto"))
                continue;
            return {NumKind::Teen, t2.value * 10 + (tail == "uno" ? 1 : 8)};
        }
        // (the unit as a word of its own, weak ones too: "ventitre", "trentadue", "tjugoett";
        // Swedish "en" is no word alone)
        const NumWord u = tail == "en" ? NumWord{NumKind::Digit, 1} : part(tail);
        if (u.kind == NumKind::Digit && u.value > 0)
            return {NumKind::Teen, t.value * 10 + u.value};
    }
    // "veinti…" is the tens of twenty in Spanish, before a unit
    if (word.substr(0, 6) == "veinti") {
        const std::string_view tail = word.substr(6);
        const NumWord u = part(tail);
        if (u.kind == NumKind::Digit && u.value > 0)
            return {NumKind::Teen, 20 + u.value};
    }
    return {};
}

// ---- word lists

// Does `digits` start with a country calling code ("54" of "+54 11", "44")?
const std::array<bool, 1000> &callingCodes()
{
    static const std::array<bool, 1000> codes = [] {
        std::array<bool, 1000> c{};
        for (const std::string &r : phone::knownRegions()) {
            const int code = phone::countryCodeOf(r);
            if (code > 0 && code < 1000)
                c[size_t(code)] = true;
        }
        return c;
    }();
    return codes;
}

bool startsWithCallingCode(std::string_view digits)
{
    const std::array<bool, 1000> &codes = callingCodes();
    int v = 0;
    for (size_t k = 0; k < digits.size() && k < 3; ++k) {
        v = v * 10 + (digits[k] - '0');
        if (codes[size_t(v)])
            return true;
    }
    return false;
}

// The length of an IBAN by its country, or 0: "GB" 22, "DE" 22, "FR" 27.
// Whether a word starting with these two letters may be a spelling word ("no…" for november).
inline bool natoStart(char a, char b)
{
    static constexpr char second[27] = "lrhecooonuiiiosauoianihrau";
    const unsigned i = unsigned((a | 0x20) - 'a');
    return i < 26 && (b | 0x20) == second[i];
}

// The letter a spelling word stands for ("november": 'n'), or 0.
char natoLetter(std::string_view s, int a, int e)
{
    const int len = e - a;
    if (len < 4 || len > 8)
        return 0;
    static const char *const words[26][2] = {
            {"alpha", "alfa"},    {"bravo", nullptr},    {"charlie", nullptr},  {"delta", nullptr},
            {"echo", nullptr},    {"foxtrot", nullptr},  {"golf", nullptr},     {"hotel", nullptr},
            {"india", nullptr},   {"juliet", "juliett"}, {"kilo", nullptr},     {"lima", nullptr},
            {"mike", nullptr},    {"november", nullptr}, {"oscar", nullptr},    {"papa", nullptr},
            {"quebec", nullptr},  {"romeo", nullptr},    {"sierra", nullptr},   {"tango", nullptr},
            {"uniform", nullptr}, {"victor", nullptr},   {"whiskey", "whisky"}, {"xray", nullptr},
            {"yankee", nullptr},  {"zulu", nullptr}};
    const char c = lower(s[size_t(a)]);
    if (c < 'a' || c > 'z')
        return 0;
    // (most words stop at their second letter)
    if (lower(s[size_t(a + 1)]) != words[c - 'a'][0][1])
        return 0;
    for (const char *w : words[c - 'a']) {
        if (!w || int(std::strlen(w)) != len)
            continue;
        bool same = true;
        for (int k = 0; k < len && same; ++k)
            same = lower(s[size_t(a + k)]) == w[k];
        if (same)
            return c;
    }
    return 0;
}

// Whether an IBAN's check digits may be these: 02 to 98 ("GB00 …" is a placeholder, never an
// account).
bool checkDigitsPossible(char a, char b)
{
    const int v = (a - '0') * 10 + (b - '0');
    return v >= 2 && v <= 98;
}

int ibanLength(char a, char b, bool written = false)
{
    static const char *const table = "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28"
                                     "CZ24DE22DJ27DK18DO28EE20EG29ES24FI18FK18FO18FR27GB22GE22GI23"
                                     "GL18GR27GT28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32"
                                     "LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18"
                                     "NO15OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24SI19"
                                     "SK24SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20YE30";
    // The countries whose banks write accounts in the format outside the registry (West and
    // Central Africa, Algeria, Morocco, Iran, Honduras …): read only as written, in capitals,
    // and whole with a check that holds, not spelled ("S N four four …" is a serial's, "ci acca
    // …" Italian for CH) nor in pieces ("reg KM19 XTP" is a British car's)
    static const char *const partners = "AO25BF28BJ28CF27CG27CI28CM27CV25DZ26GA27GQ27GW25HN28IR26"
                                        "KM27MA28MG27ML28MZ25NE28SN28TD27TG28";
    // (looked up by the two letters: asked of every two-letter word)
    struct Lengths
    {
        std::array<quint8, 26 * 26> registry{}, partner{};
    };
    static const Lengths lengths = [] {
        Lengths l;
        for (const char *t = table; *t; t += 4)
            l.registry[size_t((t[0] - 'A') * 26 + (t[1] - 'A'))]
                    = quint8((t[2] - '0') * 10 + (t[3] - '0'));
        for (const char *t = partners; *t; t += 4)
            l.partner[size_t((t[0] - 'A') * 26 + (t[1] - 'A'))]
                    = quint8((t[2] - '0') * 10 + (t[3] - '0'));
        return l;
    }();
    const unsigned ia = unsigned((a | 0x20) - 'a'), ib = unsigned((b | 0x20) - 'a');
    if (ia >= 26 || ib >= 26)
        return 0;
    const size_t k = ia * 26 + ib;
    return lengths.registry[k] != 0 ? lengths.registry[k] : written ? lengths.partner[k] : 0;
}

// Whether an IBAN's country in capitals and its two check digits start at b: "ES91", "IT60".
bool ibanStartAt(std::string_view s, int b)
{
    return b >= 0 && size_t(b) + 4 <= s.size() && isUpper(s[size_t(b)]) && isUpper(s[size_t(b + 1)])
           && isDigit(s[size_t(b + 2)]) && isDigit(s[size_t(b + 3)])
           && ibanLength(s[size_t(b)], s[size_t(b + 1)], true) > 0;
}

// Whether two letters (lower case) are a word of English: "is", "at", "be", "no" are countries
// too.
bool englishTwoLetters(char a, char b)
{
    static constexpr std::string_view kWords[]
            = {"is", "at", "be", "no", "it", "me", "in", "my", "by", "so",
               "do", "go", "to", "on", "of", "am", "as", "or", "us", "we"};
    for (const std::string_view w : kWords)
        if (w[0] == a && w[1] == b)
            return true;
    return false;
}

// The letters and digits of [a, b), lower case: "a n n a" and "Anna" both read "anna".
std::string lettersOf(std::string_view s, int a, int b)
{
    std::string out;
    for (int k = a; k < b; ++k)
        if (isAlnum(s[size_t(k)]))
            out.push_back(lower(s[size_t(k)]));
    return out;
}

bool isDotWord(std::string_view w);
bool isDotWord(const Word &w)
{
    return isDotWord(w.view());
}
// The words that say '.' (and as other languages say it: "punto", "ponto", "punkt", "punt",
// "kropka").
// Pieces of one item further apart than this are masked where they stand (Scanner::emitWindow,
// Scanner::joinAcrossFillers).
constexpr int kJoinedGapChars = 240;

// Of two kinds found for one stretch, the rarer finder's word is kept: "[IBAN]" over "[CARD]"
// over "[SSN]" over "[PHONE]" (lower ranks first).
constexpr int rarity(PiiKind k)
{
    return k == PiiKind::Iban ? 0 : k == PiiKind::Card ? 1 : k == PiiKind::Ssn ? 2 : 3;
}

// The words for an IBAN or a bank account in the languages callers use ("iban", "Konto",
// "cuenta", "numer konta"): after one, an IBAN's country may be said as a word or by its
// letters' names (findSpokenIbans).
constexpr std::string_view kAccountWords[]
        = {"iban", "konta", "konto", "kontonummer", "cuenta", "conta", "compte", "conto",
           "rekening", "rekeningnummer", "bankrekening", "rachunek", "rachunku", "bankverbindung",
           // Norwegian, Swedish, Finnish, Czech and Slovak, Hungarian, Romanian, Bulgarian
           // ("сметка"), Ukrainian ("рахунок"), Lithuanian ("sąskaita")
           "kontonummeret", "kontonumret", "tilinumero", "uctu", "ucet", "szamla", "szamlaszam",
           "contul", "smetka", "rahunok", "saskaita",
           // "my bank details are ie thirty seven …"
           "bank"};

// Their lengths by first letter (a bit per length): most words are rejected without a compare.
constexpr auto kAccountWordShapes = [] {
    std::array<quint32, 26> m{};
    for (const std::string_view w : kAccountWords)
        m[size_t(w[0] - 'a')] |= 1u << w.size();
    return m;
}();

// (Danish and Norwegian "punktum", Finnish "piste", Latvian "punkts", Lithuanian "taškas",
// Icelandic "punktur", Czech "tečka", Slovak "bodka", Hungarian "pont", Romanian "punct",
// Russian, Ukrainian, Bulgarian "точка", Ukrainian "крапка",
// Turkish "nokta", Malay and Indonesian "titik", Vietnamese "chấm", Uzbek "nuqta", Azerbaijani
// "nöqtə", Serbian, Croatian and Bosnian "tačka", "točka" ("тачка"), Albanian and Slovenian
// "pika", Greeklish "teleia")
constexpr std::string_view kDotWords[]
        = {"dot",     "period", "point",  "punto",  "ponto",   "punkt", "punt",  "kropka",
           "punktum", "piste",  "punkts", "taskas", "punktur", "tecka", "bodka", "pont",
           "punct",   "nokta",  "tochka", "krapka", "titik",   "cham",  "nuqta", "noqte",
           "tacka",   "tocka",  "tachka", "pika",   "teleia"};
// For each first letter, the lengths of kDotWords' words that start with it (bit k: k letters)
constexpr std::array<quint32, 26> kDotWordShapes = [] {
    std::array<quint32, 26> m{};
    for (const std::string_view w : kDotWords)
        m[size_t(w[0] - 'a')] |= 1u << w.size();
    return m;
}();
bool isDotWord(std::string_view w)
{
    return std::find(std::begin(kDotWords), std::end(kDotWords), w) != std::end(kDotWords);
}

// Words of address said in the middle of a sentence: "globe number po 0915…", "six oh eight
// madam one two three…". Between two pieces they are fillers (fillers); before a number no
// word of its context (addressWord).
const std::initializer_list<std::string_view> kAddressWords
        = {"madam", "madame", "maam", "ma'am",    "mam",   "sir",    "po",      "ji",
           "boss",  "mate",   "dear", "monsieur", "senor", "senora", "signora", "signore"};

// Between two pieces of one number: "4089 2553, hold on, 8853 5870".
const WordSet &thenWords();

// A hesitation: "um", "uh", "er", "hmm" …
bool hesitationWord(const Word &w)
{
    return w.is("um") || w.is("uh") || w.is("er") || w.is("erm") || w.is("ah") || w.is("eh")
           || w.is("hmm") || w.is("uhm") || w.is("ehm") || w.is("uhh") || w.is("umm");
}

const WordSet &fillers()
{
    // (with the words of thenWords, kept there for the word that "and" comes before)
    static const WordSet base(
            {"uh", "um", "umm", "uhm", "uhh", "er", "erm", "ah", "ahh", "eh", "ehm", "hmm", "hm",
             "mm", "mhm", "like", "so", "okay", "ok", "sorry", "wait", "hold", "on", "sec", "let",
             "me", "see", "check", "then", "and", "is", "it's", "its", "that's", "thats", "yes",
             "yeah", "yep", "right", "got", "it", "the", "rest", "next", "last", "part", "actually",
             "well", "just", "more", "a", "moment", "followed", "by", "after", "that", "bit", "i",
             "think", "mean", "oops", "correction", "no", "again", "now", "second", "half",
             "remaining", "digits", "are", "dash", "hyphen", "space", "slash", "bracket", "comma",
             "point", "yup", "alright", "all", "please", "one's", "thing", "hang", "huh", "bear",
             "give", "scratch", "lemme", "gimme", "look", "up", "find", "ok", "go", "ahead",
             "continue", "sure", "perfect", "great", "thanks", "thank", "you", "noted", "what",
             "came", "comes", "number", "my", "was", "oh", "hmm", "hey", "hello", "there", "here",
             "repeat", "say", "said", "sorry?", "pardon", "missed", "catch", "didn't", "again",
             "slowly", "one", "minute", "mins", "uh-huh", "mm-hmm", "go", "on", "yes", "have",
             "write", "writing", "down", "wrote", "typing", "type", "of", "to", "for", "brackets",
             "open", "close", "closed", "parenthesis", "parentheses", "brace", "round", "paren",
             "parens",
             // where a piece sits: "starts 123 45 and ends in 6789"
             "ends", "ending", "starts", "starting", "begins", "beginning", "in", "with", "middle",
             // hesitations and "wait" in other languages: "06 45, euh, 23 67 89", "+33 7 81,
             // attendez, 22 94 10", "bueno", "ähm", "allora"
             "euh", "heu", "bah", "ben", "attendez", "attends", "alors", "donc", "bueno", "este",
             "pues", "espera", "momento", "mmm", "aspetta", "allora", "cioe", "tipo", "entao",
             "warte", "moment", "nochmal", "eee", "ehh", "sim", "oui", "ja", "voila", "aham",
             "uhum", "tak", "si", "vale", "dobrze", "certo", "esatto", "genau",
             // ... in Hindi ("ek minute", "ruko"), Malay ("sekejap"), Tagalog ("teka", "po"),
             // German ("warten Sie")
             "ek", "ruko", "rukiye", "haan", "ji", "accha", "acha", "sekejap", "jap", "teka",
             "sandali", "po", "opo", "warten",
             // ... in Swahili ("ngoja", "subiri", "yaani") and Indonesian ("bentar", "sebentar",
             // "tunggu")
             "ngoja", "subiri", "yaani", "bentar", "sebentar", "tunggu",
             // ... in the Nordic and Baltic languages ("vent litt", "vänta lite", "odota
             // hetki", "oota", "pagaidiet", "palaukit", "øh", "ēē")
             "vent", "litt", "lidt", "vanta", "lite", "odota", "hetki", "oota", "hetk", "pagaidi",
             "pagaidiet", "palaukit", "palaukite", "palauk", "joo", "jah", "taip", "ee",
             // (Bulgarian "ъъъ", Czech "ehm", "počkejte", Hungarian "várjon")
             "aaa", "pockejte", "pockej", "pockajte", "varjon", "varj",
             // a correction said in other languages: "onze nove oito sete não desculpa onze …"
             "nao", "desculpa", "perdao", "perdon", "disculpe", "disculpa", "pardon", "perdone",
             "perdona", "scusa", "scusi", "entschuldigung", "nein", "non", "nee", "pera", "perai",
             "espere", "aspetti", "wacht", "momentje", "attimo", "momentito", "instant", "segundo",
             "secondo", "sekunde", "ahm", "aeh", "aehm", "hum",
             // "espere que lo miro", "déjeme ver", "que no me acuerdo": a caller looking it up
             "que", "lo", "miro", "mire", "ver", "deje", "dejeme", "acuerdo", "recuerdo", "busco",
             // "go on" said in other languages: "noventa y uno nueve cero tres / agente: dígame /
             // …", "mi dica", "allez-y", "ga door"
             "digame", "diga", "dime", "adelante", "siga", "sigue", "continua", "prosiga", "dica",
             "prego", "bitte", "weiter", "verder", "door", "allez-y", "allez", "ecoute", "vas-y",
             "pode", "avanti",
             // a correction: "…, eins neun drei, nee warten sie, eins neun vier sieben"
             "warten", "sie",
             // "hein", "bon", "also", "dus", "nein falsch": "FR76, 1027, 8639, hein, 5020, …",
             // "…, null zwei vier vier, also, vier vier", "8311, dus, 9310, 17"
             "hein", "bon", "also", "dus", "falsch", "errei", "enganei", "errado", "sbagliato",
             "fout", "faux",
             // hesitations of Ireland and South Africa: "oh eight six double two em four seven
             // one", "zero seven two eish sorry four four …"
             "em", "eish", "ag", "ja-nee",
             // of the Philippines, Kenya, Nigeria, Singapore and Malaysia, India and Pakistan,
             // Poland, Latin America: "zero three two tapos two five three", "five nine three po
             // …", "zero seven double two sawa eight one zero", "p k seven four m e z n ji two …",
             // "p l six nine yyy one eight …", "nine four ajá three …"
             "po", "opo", "tapos", "ano", "bale", "kasi", "oo", "sawa", "eii", "ehn", "ehen",
             "abeg", "sha", "lah", "leh", "lor", "ji", "acha", "achha", "accha", "haan", "matlab",
             "yyy", "yy", "czyli", "dobra", "tak", "no-to", "aja", "aha", "ne", "vale", "oye", "ha",
             // ("love" as a word of address only between pieces: "I'd love …" has a context)
             "love",
             // "a ver", "dunque", "quindi", "pronto", "du coup", "nou", and the "not" of a
             // correction: "… cuatro uno cinco, a ver… tres dos seis", "… vier, geen vijf, vier
             // twee …", "neun nicht null"
             "ver", "dunque", "quindi", "pronto", "du", "coup", "nou", "geen", "nicht",
             // starting again: "digo", "Quatsch", "ricomincio", "je reprends", "zeg maar"
             "digo", "quatsch", "ricomincio", "reprends", "zeg", "maar", "corrijo", "corrigo",
             // French "the rest": "… huit un neuf quatre deux quatre pis reste dix-neuf …"
             "reste"},
            kAddressWords);
    static const WordSet s({&base, &thenWords()}, {});
    return s;
}

// The last word of a person's label of a few words: "Account holder:", "Member of public:",
// "Bill payer:", "Next of kin:".
bool personLabelWord(const Word &w)
{
    return w.is("holder") || w.is("owner") || w.is("payer") || w.is("public") || w.is("resident")
           || w.is("tenant") || w.is("landlord") || w.is("occupier") || w.is("kin")
           || w.is("member") || w.is("manager");
}

bool addressWord(const Word &w)
{
    static const WordSet s(kAddressWords);
    return s.contains(w);
}

// "Then" between two pieces in other languages: "null sieben eins eins, und dann vier acht …",
// "zéro quatre, puis soixante-trois …", "cero tres, y después …" (fillers too).
const WordSet &thenWords()
{
    static const WordSet s{"und", "dann", "danach", "puis", "ensuite", "despues", "luego", "poi",
                           "dopo", "dan", "daarna", "depois",
                           // (Quebec French "pis": "… deux zéro sept pis onze douze")
                           "pis"};
    return s;
}

// The words that name an area code said after the number, and those that may stand around them:
// "…, and the Edinburgh code in front is 0131", "e o DDD é 31".
const WordSet &areaCodeWords()
{
    static const WordSet s{"code", "ddd", "vorwahl", "lada", "prefix"};
    return s;
}

const WordSet &areaCodeGlue()
{
    static const WordSet s{"and",      "the",     "is",   "it's",  "its",    "with", "that's",
                           "thats",    "area",    "in",   "front", "e",      "o",    "a",
                           "dialling", "dialing", "city", "first", "before", "it",   "of",
                           "um",       "uh",      "ah",   "oh",    "then"};
    return s;
}

// Speaker words a speech recogniser writes without a colon: "… agent ok customer …".
const WordSet &speakerWords()
{
    static const WordSet s{"agent",    "customer", "caller",  "client",         "operator",
                           "rep",      "csr",      "advisor", "representative", "adviser",
                           "speaker1", "speaker2", "cust"};
    return s;
}

// Speaker labels of a transcript written inline: "… Agent: and the rest? Customer: …".
const WordSet &speakers()
{
    static const WordSet s{
            "agent", "customer", "caller", "client", "rep", "representative", "csr", "operator",
            "advisor", "adviser", "user", "bot", "assistant", "cust", "speaker", "a", "c", "q",
            "support", "staff", "member", "consumer", "contact", "human", "system", "ivr", "me",
            "you", "them", "sales", "s1", "s2", "spk", "guest", "host", "agt", "cus", "cst", "clt",
            "usr", "v",
            // the roles people speak in ("Patient:", "Employee:", "Receptionist:"):
            // speakers' labels, not the names of numbers
            "patient", "employee", "student", "applicant", "tenant", "resident", "claimant",
            "donor", "supporter", "donateur", "donatrice", "donatore", "donante", "doador",
            "passenger", "subscriber", "technician", "tech", "receptionist", "nurse", "pharmacist",
            "clerk", "cashier", "banker", "teller", "dispatcher", "adjuster", "preparer",
            "policyholder", "homeowner", "borrower", "cliente", "kunde", "klant", "kund", "asiakas",
            "membre",
            // a platform's merchants, sellers, riders and drivers
            "merchant", "seller", "rider", "driver", "courier", "klient", "atendente", "conseiller",
            "conseillere", "operatore", "operador", "operadora", "agente", "medewerker",
            "mitarbeiter", "berater", "beraterin", "handlaggare", "konsultant", "konsultantka",
            "klientka", "asesor", "asesora", "consulente", "kundin", "utente", "gestor", "gestora",
            "usuario", "usuaria", "utilisateur", "gebruiker", "benutzer", "utilizador",
            // and their feminine forms and the caller's names in other languages
            "operatrice", "anrufer", "anruferin", "agentin", "mitarbeiterin", "sachbearbeiter",
            "sachbearbeiterin", "kundenberater", "kundenberaterin", "medewerkster", "beller",
            "chiamante", "appelant", "appelante", "llamante", "interlocutor", "interlocutora",
            "cajero", "cajera", "vendedor", "vendedora", "conseillere", "teleoperador",
            "teleoperadora", "assistente", "consulente",
            // a help desk's and an engineer's: "helpdesk: 0.1", "Servicedesk: Ja."
            "helpdesk", "servicedesk", "engineer", "noc",
            // freight: "dispatch: go on", "chofer: cincuenta y dos …", "broker:", "shipper:",
            // "carrier:", "chauffeur:", "répartition:"
            "dispatch", "chofer", "broker", "shipper", "carrier", "chauffeur", "repartition",
            "conductor", "transportista", "despachador",
            // students, callers and clerks in Czech, Slovak, Hungarian and Bulgarian
            // ("volající:", "hallgató:", "ügyintéző:", "курсист:")
            "volajici", "volajuci", "studujici", "hallgato", "ugyintezo", "ugyfel", "kursist",
            // ... in Greek (in Latin letters: "Πελάτης:", "Υπάλληλος:") and Turkish ("müşteri:",
            // "temsilci:")
            "pelatis", "ypallilos", "ypalliles", "musteri", "temsilci"};
    return s;
}

// After a number: it is a quantity, not a number of a person ("5 pm", "2 times", "3 days").
const WordSet &units()
{
    static const WordSet s{"am",         "pm",       "a.m",       "p.m",
                           "oclock",     "o'clock",  "hrs",       "hr",
                           "hours",      "hour",     "h",         "mins",
                           "min",        "minutes",  "minute",    "secs",
                           "ms",         "msec",     "millis",    "milliseconds",
                           "sec",        "seconds",  "second",    "days",
                           "day",        "weeks",    "week",      "months",
                           "month",      "years",    "year",      "yrs",
                           "yr",         "times",    "time",      "x",
                           "items",      "item",     "pieces",    "piece",
                           "units",      "unit",     "people",    "persons",
                           "kids",       "children", "dollars",   "dollar",
                           "bucks",      "cents",    "cent",      "euros",
                           "euro",       "pounds",   "pound",     "quid",
                           "rupees",     "pesos",    "usd",       "eur",
                           "gbp",        "cad",      "aud",       "inr",
                           "percent",    "pct",      "kg",        "kgs",
                           "lbs",        "lb",       "g",         "gb",
                           "mb",         "tb",       "kb",        "mbps",
                           "gbps",       "miles",    "mile",      "km",
                           "meters",     "metres",   "feet",      "ft",
                           "inches",     "calls",    "orders",    "tickets",
                           "attempts",   "rings",    "digits",    "digit",
                           "characters", "letters",  "payments",  "installments",
                           "nights",     "rooms",    "boxes",     "packages",
                           "bags",       "stars",    "points",    "degrees",
                           "hundred",    "thousand", "million",   "billion",
                           "grand",      "k",        "stops",     "floors",
                           "lines",      "accounts", "devices",   "phones",
                           "cards",      "numbers",  "emails",    "messages",
                           "texts",      "tries",    "weekdays",  "business",
                           "working",    "more",     "less",      "off",
                           "left",       "per",      "each",      "seats",
                           "adults",     "guests",   "users",     "licenses",
                           "licences",   "gig",      "gigs",      "gallons",
                           "liters",     "litres",   "ounces",    "oz",
                           "ml",         "cm",       "mm",        "inch",
                           "yards",      "steps",    "pages",     "o",
                           "st",         "nd",       "rd",        "th",
                           "percentile", "cups",     "bottles",   "tablets",
                           "pills",      "doses",    "visits",    "sessions",
                           "episodes",   "charges",  "purchases", "refunds",
                           "deliveries", "parcels",  "products",  "transactions"};
    return s;
}

const WordSet &currencyWords()
{
    static const WordSet s{"usd", "eur", "gbp", "cad", "aud", "inr", "jpy",
                           "chf", "mxn", "brl", "rs",  "us$", "ca$", "au$"};
    return s;
}

// Words before (or after) a number that say it is a phone number.
const WordSet &phoneWords()
{
    static const WordSet s{
            // (Vietnamese "số điện thoại", "sđt", "gọi": a phone number, to call; Mandarin
            // "diànhuà", "shǒujī" and Japanese "denwa", "keitai" in Latin letters)
            "thoai", "sdt", "goi", "dianhua", "shouji", "denwa", "keitai", "call", "calling",
            "called", "callback", "phone", "phones", "telephone", "tel", "tele", "cell",
            "cellphone", "handphone", "cellular", "mobile", "mob", "landline", "reach", "reached",
            "reachable", "text", "texting", "txt", "sms", "whatsapp", "fax", "dial", "dialing",
            "dialled", "dialed", "ring", "contact", "hotline", "helpline", "extension", "ext",
            "international", "tel.", "ph", "phone#", "cel", "handy", "telefon", "telefono", "viber",
            "signal", "telegram", "pager", "voicemail", "home", "work", "office", "direct",
            "porting", "ported", "callbacks", "line", "intl", "celular", "movil", "telefone",
            "cellulare", "portable", "mobil", "mobiel", "telf", "tlf", "fone", "whatsapp#",
            "rufnummer", "festnetz", "natel", "tfno", "telephone#", "joindre", "llamar", "llamame",
            "llamenme", "ligar", "liga", "chiamare", "chiamami", "erreichbar", "anrufen", "bellen",
            // Italian: "ci chiami al …", "mi richiami", "telefonare al", "il numero verde"
            "chiami", "chiamate", "chiamarmi", "chiamarci", "chiamateci", "richiamare",
            "richiamarmi", "richiami", "richiamatemi", "telefonare", "telefonarmi", "telefonate",
            "verde",
            // Catalan "truqui'm", "truca'm", "trucar", Galician "chamar", "chámame"
            "truqui", "truca", "trucar", "truqueu", "chamar", "chamame", "chamen", "gsm",
            "rappeler", "rappel", "ruckruf", "rueckruf", "tfn", "puhelin", "telefoon", "msisdn",
            "toll", "tollfree", "toll-free", "freephone", "freefone",
            // German "erreichen", Dutch and Afrikaans "bel", "terugbel", "selfoon", Polish
            // "zadzwonić", "komórka", Welsh "ffoniwch"
            "erreichen", "bel", "terugbel", "terugbellen", "selfoon", "zadzwonic", "zadzwon",
            "komorka", "komorki", "komorkowy", "ffoniwch", "ffonio",
            // "un número de contacto", "numero di contatto"
            "contacto", "contato", "contatto", "kontakt", "joignable",
            // a landline in other languages: "het vaste nummer", "o fixo", "el fijo", "il fisso",
            // "le fixe"; a phone: "telefonnummer", "telefoonnummer", "numero di telefono"
            "vaste", "fixo", "fijo", "fisso", "fixe", "telefonnummer", "telefoonnummer",
            "mobielnummer", "handynummer", "mobilnummer", "recapito", "movel", "telemovel",
            "portatil", "telefonica", "telefonico", "telephonique", "celu", "cellu", "zap",
            // a telephony log's numbers: "dnis=0800…", "cli=…", "callerid=…"
            "dnis", "cli", "callerid", "caller-id",
            // Central and Eastern Europe: "volejte", "zavolajte", "telefonszám", "hívjon",
            // "sunați", "обадете се" ("obadete"), "зателефонуйте" ("zatelefonuyte"),
            // "дзвоніть" ("dzvonit"), "звоните" ("zvonite")
            "volejte", "zavolejte", "volat", "zavolat", "volajte", "zavolajte", "pevnu", "pevna",
            "telefonszam", "telefonszamat", "telefonszamom", "hivjon", "hivjanak", "hivj", "sunati",
            "suna", "sunat", "telefonul", "obadete", "obadi", "zatelefonuyte", "dzvonit",
            "dzvonite", "zvonite", "pozvonite", "telefona", "telefonu", "mobilniy", "mobilen",
            // Nordic and Baltic: "ringe", "ring mig", "mobilnr", "fastnetnummer",
            // "telefonnumret", "puhelinnumero", "soita", "helistage", "telefons", "talrunis",
            // "telefonas"
            "ringe", "ringa", "ringer", "mobilnr", "telefonnr", "tlfnr", "fastnet", "fastnetnummer",
            "telefonnumret", "telefonnummeret", "mobilnummeret", "mobilnumret", "puhelinnumero",
            "puhelinnumeroni", "kannykka", "soita", "soittaa", "helistage", "helistan", "telefoni",
            "telefons", "talrunis", "talruna", "telefonas", "mobilusis", "skambinkite", "zvaniet",
            "farsimi", "simanumer", "hringja"};
    return s;
}

// Countries and their people: "my German number", "in Brazil it's …".
const WordSet &countryWords()
{
    static const WordSet s{
            "usa",        "america",   "american",    "uk",          "britain",     "british",
            "england",    "english",   "scotland",    "wales",       "ireland",     "irish",
            "germany",    "german",    "france",      "french",      "spain",       "spanish",
            "italy",      "italian",   "portugal",    "portuguese",  "netherlands", "dutch",
            "belgium",    "belgian",   "switzerland", "swiss",       "austria",     "austrian",
            "poland",     "polish",    "sweden",      "swedish",     "norway",      "norwegian",
            "denmark",    "danish",    "finland",     "finnish",     "greece",      "greek",
            "turkey",     "turkish",   "israel",      "israeli",     "india",       "indian",
            "pakistan",   "china",     "chinese",     "japan",       "japanese",    "korea",
            "korean",     "singapore", "malaysia",    "philippines", "filipino",    "australia",
            "australian", "aussie",    "zealand",     "canada",      "canadian",    "mexico",
            "mexican",    "brazil",    "brazilian",   "argentina",   "argentinian", "colombia",
            "colombian",  "chile",     "chilean",     "peru",        "venezuela",   "nigeria",
            "kenya",      "egypt",     "morocco",     "africa",      "african",     "russia",
            "russian",    "ukraine",   "ukrainian",   "romania",     "hungary",     "czech",
            "vietnam",    "thailand",  "indonesia",   "emirates",    "uae",         "dubai",
            "saudi",      "qatar",     "jamaica",     "caribbean",   "puerto",      "rico",
            "hong",       "kong",      "taiwan",      "bangladesh",  "lanka",       "ghana"};
    return s;
}

const WordSet &ssnWords()
{
    static const WordSet s{"ssn", "ssns", "social", "itin", "taxpayer",
                           "ss#", "ssn#", "sin",    "tin"};
    return s;
}

// Words for an address of a machine: "the dns is …", "updated the gateway from 10.2.3.4".
const WordSet &addressWords()
{
    static const WordSet s{"dns",   "gateway", "ip",    "address",  "server",     "router",
                           "proxy", "host",    "route", "subnet",   "nameserver", "static",
                           "dhcp",  "vpn",     "peer",  "endpoint", "addresses",  "ips"};
    return s;
}

const WordSet &cardWords()
{
    static const WordSet s{"card", "cards", "visa", "mastercard", "amex", "discover", "credit",
                           "debit", "cc", "maestro", "diners", "jcb", "unionpay", "creditcard",
                           "expiry", "expiration", "cvv", "pan",
                           // other languages' payment cards
                           "cartao", "tarjeta", "kreditkarte", "kartennummer"};
    return s;
}

// Words that say a number of 6-12 digits is not a person's: order, case, confirmation and
// reference numbers and their kin.
const WordSet &lowerWords()
{
    static const WordSet s{
            "order", "orders", "case", "confirmation", "confirm", "reference", "ref", "ticket",
            "tracking", "invoice", "account", "acct", "member", "membership", "policy", "claim",
            "booking", "reservation", "transaction", "receipt", "serial", "model", "po", "incident",
            "sku", "item", "product", "customer", "employee", "badge", "voucher", "coupon", "promo",
            "shipment", "parcel", "package", "waybill", "rma", "return", "refund", "authorization",
            "authorisation", "approval", "record", "file", "application", "loan", "contract",
            "certificate", "license", "licence", "registration", "vin", "part", "store", "flight",
            "gate", "room", "seat", "request", "sr", "ord", "conf", "inv", "trx", "txn", "pnr",
            "tag", "tags", "zoom", "webex", "label", "refs", "password", "pwd", "wifi",
            // national ids, mandates, meters, delivery notes, parking tickets and ports in other
            // languages: "CNI n° …", "RUM : …", "Linky n° …", "albarán", "Puerto 5001"
            "cni", "rum", "linky", "pce", "albaran", "parkschein", "puerto", "porta", "poort",
            "secu", "rg", "cf", "arn", "aba", "report", "electricity", "electric", "utility",
            "utente", "biglietto", "billete", "bilhete", "fabricacion", "routing", "iban", "swift",
            "bic", "sort", "tracking#", "order#", "case#", "ticket#", "ref#", "job", "quote",
            "estimate", "patient", "mrn", "chart", "student", "lot", "batch", "build", "plan",
            "group", "subscriber", "subscription", "agreement", "bill", "billing", "statement",
            "check", "cheque", "payment", "confirmation#", "rewards", "loyalty", "points", "miles",
            "frequent", "verification", "otp", "pin", "passcode", "code", "promo",
            // machine and business ids: "req_id=…", "\"ts\": …", "EIN 26-5691789"
            "req", "ts", "timestamp", "epoch", "meeting", "session", "trace", "msg", "uuid", "guid",
            "ein", "fein", "vat", "imei", "kundennummer", "rechnung", "bestellnummer",
            // where someone lives or sits
            "flat", "apartment", "apt", "suite", "floor", "platform", "terminal",
            // orders, invoices and parcels in other languages
            "pedido", "bestelling", "ordine", "commande", "colis", "factura", "fattura", "facture",
            "fatura", "encomenda", "lieferung", "sendung", "paket", "pacco", "paquete", "auftrag",
            "bestellung", "auftragsnummer", "rechnungsnummer", "isbn", "expediente", "referencia",
            "referenza", "dossier", "pedidos", "zamowienie", "ordernummer", "factuur",
            "bestelnummer", "vorgang", "sendungsnummer", "kundennr", "rechnungsnr", "bestellnr",
            "pratica", "kundenr",
            // sessions, direct debits, policies, subscriptions and operations in other languages
            // ("sessione 4587406462 scaduta", "Lastschrift 3455589649", "uw polis 409386489",
            // "assinatura nº …", "Réf. opération …")
            "sess", "sessione", "sessao", "sesion", "lastschrift", "mandato", "polis", "assinatura",
            "operacao", "operation", "operacion", "operazione", "registre", "rijksregisternummer",
            "rijksregister",
            // utilities', insurers', pharmacies', banks' and tax offices' numbers: "the MPRN is
            // …", "prescription number …", "the transit number is …", "your UTR"
            "prescription", "meter", "mprn", "mpan", "gprn", "nmi", "consumer", "complaint",
            "token", "ifsc", "abn", "acn", "utr", "transit", "institution", "rego", "reg", "fault",
            "dependant", "dependent", "crn", "docket", "consignment", "userid", "user", "aid",
            "nhs", "medicare", "medicaid", "pps", "ppsn", "cif", "sin",
            // sums of money: "total three forty two eighteen", "balance 1250 60"
            "total", "subtotal", "balance", "amount", "price", "cost", "fee", "fees", "charge",
            "charges", "sum", "owed", "owing", "importe", "montant", "betrag", "valor", "totale",
            // contracts, customers, orders, parcels, invoices and companies' numbers in other
            // languages ("die Vertragsnummer ist …", "la póliza es la …", "Kundnummer: …",
            // "Sipariş no", "protocolo", "CNPJ", "P.IVA", "SIRET"); prescriptions, subscriptions
            "protocolo", "protocollo", "vertrag", "vertragsnummer", "vertragskonto", "vertragsnr",
            "poliza", "polizza", "apolice", "siniestro", "sinistro", "klantnummer", "kundnummer",
            "kundenummer", "kundennummer", "asiakasnumero", "ugyfelszam", "ugyfelszama",
            "ugyfelazonosito", "objednavka", "objednavku", "objednavky", "faktura", "fakturan",
            "fakturanummer", "fakturanr", "viite", "viitenumero", "kontonummer", "konto", "kontonr",
            "przesylki", "przesylka", "zamowienia", "processo", "hizmet", "siparis", "folio",
            "rekins", "arve", "referenz", "referentie", "malepunkt", "anlaggnings", "nip", "nipc",
            "oib", "piva", "iva", "siret", "siren", "cnpj", "ustid", "ust", "tva", "orgnr", "ucet",
            "clabe", "rrn", "iccid", "buchung", "buchungsnummer", "boeking", "prenotazione",
            "reserva", "localizador", "ordrenummer", "ordernr", "ocr", "bankgiro", "plusgiro",
            "sendungsnr", "paketnummer", "lieferschein", "abonnement", "abo", "dossiernummer", "rx",
            "script", "sub", "logid", "tag", "pid", "zahlernummer", "zaehlernummer", "zahler",
            "zaehler", "kvitto", "kvittonummer", "tracking-nr", "trackingnummer",
            // national and other ids that are none of the kinds masked (a Brazilian CPF, an NPI,
            // a passport, a national insurance number), a card's BIN, an account said short,
            // a serial ("SN"), a company's tax number ("USt-IdNr.", "GST", "NIF", "RUC" …),
            // a date of birth
            "cpf", "npi", "ird", "passport", "nino", "curp", "rut", "dni", "nie", "bsn", "aadhaar",
            "aadhar", "insurance", "bin", "acc", "sn", "idnr", "ustidnr", "gst", "nif", "nit",
            "ruc", "rfc", "cuit", "mst", "kennitala", "regon", "krs", "kvk", "btw", "ico", "dic",
            "mbs", "steuernummer", "steuer", "hra", "hrb", "ubrn", "rrr", "dob", "birth",
            "birthday", "born", "dtn", "ndc", "ean", "gtin", "upc", "imsi", "org", "orgnr", "abn",
            "mva", "jasennumero", "laskussa", "matric", "matriculation", "mid", "adoszam", "vergi",
            "szamla", "szamlan", "faktury", "fakturu", "seal", "bleep", "akaun", "checking",
            "savings", "intracom",
            // warranties, fines and errors: "the warranty number is w r …", "the number on the
            // fine is p c n …", "the error code is oh x …"
            "warranty", "guarantee", "fine", "penalty", "pcn", "citation", "error", "cancellation",
            "merchant",
            // requests, contracts, invoices and appointments in other languages: "Solicitud nº",
            // "Anfrage-Nr.", "Contractnummer", "Factuurnummer", "numéro de convocation",
            // "Ordem de serviço", "transactie=", "Betalingskenmerk"
            "solicitud", "anfrage", "contractnummer", "factuurnummer", "convocation", "ordem",
            "transactie", "betalingskenmerk", "kenmerk", "richiesta", "demande",
            // national registers, loyalty and insurance cards, meters, baggage, company ids in
            // other languages: "Rijksregisternummer", "kaartnummer", "NSU", "matricola",
            // "Kundenkarte Nr.", "bagagelabel", "mutuelle n°", "numéro de membre", "NEQ"
            "rijksregisternummer", "kaartnummer", "identiteitskaart", "nsu", "autorizacao",
            "matricola", "fidelidade", "klantenkaart", "kundenkarte", "bagagelabel", "meternummer",
            "mutuelle", "membre", "versichertenkarte", "neq", "tps", "instalacao",
            "mitgliedsnummer", "lidnummer", "rijksregister",
            // national, tax and social-security ids of other countries, and the numbers of
            // remittances, transit cards and tolls: "my cnic is …", "BVN …", "TFN", "NRIC",
            // "IC no.", "SSS", "PhilHealth", "EPF", "the m t c n is …", "Salik tag"
            // (Pakistan's NICOP and NTN, India's ABHA health account, a fixed deposit's FD)
            "cnic", "nicop", "ntn", "abha", "fd", "nric", "mykad", "bvn", "nin", "tfn", "chi",
            "sss", "philhealth", "pagibig", "epf", "socso", "kwsp", "nhif", "nssf", "kra", "ic",
            "emirates", "ejari", "mtcn", "salik", "dstv", "train", "coach", "berth",
            // ... of South Asia: Sri Lanka's and Bangladesh's NIC and NID, a provident fund's UAN,
            // a pension's PPO, a satellite set-top box's VC number, a cheque's MICR code, a
            // complaint's CMS number; and what the words of those scripts name (kIndicWords)
            "nic", "nid", "uan", "ppo", "vc", "micr", "cms", "pension", "citizenship", "dth",
            "ration", "enrolment", "enrollment",
            // ... of Greece, Turkey and Iran, in Latin letters (Greek script reads so too:
            // greekLatin): a power supply's number ("αριθμός παροχής"), a ferry ticket, a
            // contract, a request, a member, the companies' registry (ΓΕΜΗ), a tax office (ΔΟΥ);
            // a Turkish installation, subscription, account, contract, branch, serial, and the
            // TC identity number; an Iranian national code ("kode melli"), a postal tracking
            // code ("rahgiri"), an invoice ("faktor")
            "supply", "registry", "tax", "installation", "cargo", "parochis", "eisitirio",
            "symvolaiou", "symvolaio", "aitima", "aitimatos", "melous", "gemi", "doy", "paraggelia",
            "paraggelias", "abone", "tesisat", "hesap", "sozlesme", "sube", "seri", "tc", "melli",
            "rahgiri", "faktor",
            // (and as Greeklish writes them: a supply, a contract, an invoice, a shipment, a
            // customer's code, a tax and a social insurance number; Turkey's TCKN, a toll tag, an
            // order of mine; Hebrew's invoice and customer in Latin letters)
            "paroxis", "parohis", "symvasis", "symvasi", "timologio", "timologiou", "apostolis",
            "pelati", "pelatis", "afm", "amka", "tckn", "etiket", "hgs", "ogs", "siparisim",
            "siparisiniz", "heshbonit", "lakoach", "lakoah",
            // ... of the Caribbean and Africa: Jamaica's TRN, Zambia's TPIN and NRC, a pay-TV
            // decoder's and its IUC, a plot of land in an address
            "trn", "tpin", "nrc", "decoder", "plot",
            // ... of Russia, Ukraine, Belarus, Kazakhstan, Uzbekistan and Azerbaijan, as their
            // Cyrillic letters read in Latin ones: a company's and a person's tax numbers (ИНН,
            // КПП, ОГРН, РНОКПП, ЄДРПОУ, УНП, VÖEN, STIR, ЖСН, ИИН, JShShIR), a bank's (БИК, МФО),
            // a pension's (СНИЛС), a passport, an order, a request or an application, a parcel's
            // track and waybill (ТТН), a certificate, a contract, an account ("счёт", "рахунок",
            // "hisob"), a meter ("hisoblagich")
            "inn", "kpp", "bik", "ogrn", "ogrnip", "snils", "pasport", "pasporta", "zakaz",
            "zakaza", "zayavka", "zayavki", "zayavku", "zayavlenie", "zayavleniya", "trek", "ttn",
            "zhsn", "iin", "mfo", "unp", "rnokpp", "edrpou", "sertifikat", "dogovor", "dogovora",
            "schet", "scheta", "rahunok", "rahunku", "vidpravlennya", "posylka", "posylki",
            "nakladnaya", "voen", "stir", "jshshir", "pinfl", "hisob", "hisoblagich", "kvitanciya",
            "licevoy", "fizlica", "yurlica", "obrashchenie", "obrashcheniya", "otpravlenie",
            "otpravleniya", "zvernennya", "tapsyrys", "ariza",
            // ... of the Balkans, in Latin letters and as their Cyrillic reads: a payment's
            // reference ("poziv na broj", Slovenian "sklic"), a company's and a person's tax and
            // registry numbers (PIB, JMBG, matični broj, EIK, EGN, DDS, NIPT), an identity card
            // ("lična karta", "лична карта"), a contract ("ugovor", "kontrata", "pogodba"), a bill
            // or an account ("račun", "сметка", "factura", "fatura"), a meter, a metering point,
            // a customer's code ("šifra", "абонатен номер", "клиентски номер", "cod client"), a
            // shipment, an order, a request, a transaction
            "poziv", "sklic", "pib", "jmbg", "maticni", "matichni", "eik", "egn", "dds", "itn",
            "nipt", "licne", "licna", "licnu", "lichna", "ugovor", "ugovora", "kontrata",
            "kontrates", "pogodba", "pogodbe", "racun", "racuna", "smetka", "factura", "facturii",
            "fatura", "fatures", "brojilo", "brojila", "mjernog", "mernog", "sifra", "shifra",
            "abonaten", "klientski", "consum", "pratkata", "pratka", "posiljka", "posiljke",
            "narudzba", "narudzbe", "narocilo", "porosi", "porosia", "comanda", "comenzii",
            "zahtjev", "zahtev", "zahteva", "reklamacija", "transaksionit", "transakcije",
            // ... and of French-speaking Africa: a pay-TV decoder, a ticket, a receipt, a
            // student's or a social security registration ("matricule", "immatriculation CNPS"),
            // a postal account (CCP), a utility's or an insurer's policy
            "decodeur", "billet", "recu", "matricule", "immatriculation", "cnps", "ccp", "police",
            // ... of East Asia's apps and games: a game's UID, a trade's number, a boarding pass,
            // a gift voucher's barcode (not "qq": the letters of South Asia's scripts read 'q')
            "uid", "trade", "boarding", "gifticon", "barcode",
            // an account's number said with its noun first: "n° de compte …", "conto n. …"
            // (an IBAN said after them is still one), a securities account ("Depot-Nr.")
            "compte", "conto", "conta", "cuenta", "rekening", "rekeningnummer", "depot",
            // the first half of a German number's name written with a hyphen: "Kunden-Nr.",
            // "Rechnungs-Nr.", "Vertrags-Nummer"
            "kunden", "vertrags", "auftrags", "rechnungs", "bestell", "mandats", "versicherungs",
            "akten", "schadens", "buchungs", "kassen", "mitglieds", "vorgangs", "kassenzeichen",
            "aktenzeichen", "storungsmeldung", "meldung", "schadensmeldung",
            // ... and their short forms ("Mitgl.-Nr.", "Az.", "Kto."), a claim
            // ("Schaden 2024-118832"), a device's or a toll tag's id, a Polish transaction's
            // number ("nr transakcji"), a UK vehicle test's ("MOT test no.")
            "mitgl", "az", "kto", "schaden", "device", "dispositivo", "identificador", "transakcji",
            "transakcja", "mot",
            // a payment terminal's id ("TID 00471938"), a shop's listing, an Australian
            // consignment note, Malaysian and Indonesian company and tax ids ("SSM", "NPWP"),
            // Vietnamese "mã số thuế" (a tax code)
            "tid", "listing", "ssm", "npwp", "thue",
            // loyalty programmes of airlines and hotels ("Skywards no. EK 318 447 902", "Bonvoy
            // 884 127 503", "Hilton Honors 1129 4471 08", "Fidelys carte 3097 1144 08"), Gulf
            // and Israeli residents' ids ("iqama 2461039857", "my qid is 28763400112", "teudat
            // zehut 308812447")
            "skywards", "avios", "qmiles", "alfursan", "bonvoy", "honors", "honours", "fidelys",
            "matmid", "privilege", "krisflyer", "aadvantage", "skymiles", "iqama", "qid", "zehut",
            // ... and of Australia, New Zealand and the UK ("Velocity 2100448812", "the Airpoints
            // number", "Flybuys", "Nectar", "Clubcard"); a bet slip, a tenancy bond, a term deposit
            "velocity", "airpoints", "flybuys", "nectar", "clubcard", "slip", "betslip", "bond",
            "td",
            // freight: a carrier's MC and USDOT numbers, a load's, a pickup's, a trailer's, a
            // tractor's, a driver's licence (CDL), customs entries (PAPS, PARS, pedimento),
            // seals, Canadian carriers' and tax numbers (CVOR, NSC, TVQ)
            "mc", "usdot", "load", "cdl", "pickup", "pu", "trailer", "tractor", "paps", "pars",
            "pedimento", "sello", "sceau", "cvor", "nsc", "tvq", "remorque", "caja",
            // cases, fault reports, meters, payment references, contracts, invoices, tickets and
            // personal or company codes of the Nordic and Baltic countries: "ärende 24-118702",
            // "felanmälan", "mätare", "måler", "CVR", "PBS-nr", "lasku", "tiketit",
            // "sopimus", "isikukood", "lepingu", "personas kods", "asmens kodas", "skaitiklio
            // nr.", "objekto nr.", "reikningur", "kt.", "Y-tunnus", "saksnummer"
            "arende", "arendet", "felanmalan", "matare", "mataren", "maler", "maleren", "malerid",
            "cvr", "pbs", "debitorgruppe", "lasku", "laskun", "tiketti", "tiketit", "viitteella",
            "sopimus", "isikukood", "isikukoodi", "leping", "lepingu", "kods", "kodas",
            "skaitiklio", "objekto", "mokejimo", "reikningur", "kt", "tunnus", "ytunnus", "kundenr",
            "ordrenr", "sak", "saksnummer", "sagsnummer", "avtale", "avtal", "avtalet",
            "postinumero", "postinumerot", "kliendinumber",
            // a birth number, an insured person's, an application's, a decision's, a diploma's,
            // a student card's, a pupil's, a variable symbol, a PESEL, a CNP, an EGN, Hungarian
            // tax and social-security ids ("rodné číslo", "číslo pojištěnce", "VS", "kod
            // ucznia", "CNP-ul", "ЕГН", "adóazonosító jel", "TAJ-szám", "NEK azonosító")
            "rodne", "pojistence", "prihlasky", "rozhodnutia", "rozhodnuti", "diplomu", "isic",
            "vs", "ks", "pesel", "legitymacja", "legitymacji", "legitimatie", "legitimatiei",
            "matricol", "ucznia", "dosar", "cnp", "egn", "adoazonosito", "taj", "nek", "azonosito",
            "bizonyitvany", "bizonyitvanyom", "fakultetni", "fakulteten",
            // accounts, ids, orders, waybills, meters, tokens and references of Southeast Asia and
            // East Africa: Vietnamese "STK" (an account's number), Indonesian "NIK", "KTP",
            // "nomor pesanan", "resi", "VA", "norek" and its banks, Swahili "akaunti", "mita",
            // "kumbukumbu", "kitambulisho", "tokeni", a pay-TV card's "IUC"
            "stk", "nik", "ktp", "pesanan", "pesanannya", "resi", "va", "norek", "bri", "bca",
            "bni", "mandiri", "akaunti", "mita", "kumbukumbu", "kitambulisho", "tokeni", "iuc",
            "smartcard",
            // a Vietnamese citizen's and a transaction's number ("số CCCD", "CMND", "mã giao
            // dịch"), Indonesian tickets, customers and bills ("nomor tiket", "nomor pelanggan",
            // "tagihan"), a Philippine TIN
            "cccd", "cmnd", "giao", "tiket", "pelanggan", "tagihan", "tin",
            // a case ("caso"), a shipment and its carrier ("expedición", "kargo",
            // "gönderi", "takip", "segnacollo", "Servientrega", "Andreani", "SEUR", "BRT"), an
            // offer, a Turkish tax or identity number ("VKN", "kimlik"), a proof of delivery
            "caso", "expedicion", "kargo", "gonderi", "takip", "segnacollo", "servientrega",
            "andreani", "seur", "brt", "oferta", "vkn", "kimlik", "comprobante",
            // more ids, tickets, bills and supply points of other countries: "NAS" (a Canadian
            // SIN in French), "NISS", "Reclamo N°", "código NRE", "Jahreskarte Nr.", "NF-e",
            // "Inscrição estadual", "AGB-code", "DBC-traject", "Offerte", "Packstation",
            // "SV-Nummer", "número de guía", "CJIB", "Polizze", "IMSS", "Bolletta", "Radicado",
            // "Kd.", "Mieter-Nr.", "número de seguimento", "numéro de suivi", "contribuinte",
            // "Numéro national", "Ond.nr.", "Permis", "cartão de cidadão", "codice PDR", "AVS"
            "nas", "niss", "reclamo", "nre", "jahreskarte", "nfe", "inscricao", "agb", "dbc",
            "traject", "offerte", "packstation", "sv", "guia", "cjib", "beschikking", "polizze",
            "polizzennummer", "imss", "bolletta", "radicado", "kd", "mieter", "seguimento", "suivi",
            "contribuinte", "national", "ond", "permis", "cidadao", "pdr", "pod", "cups", "cpe",
            "pdl", "pce", "avs", "ahv", "rsin", "nif", "malo", "marktlokation", "melo", "angebot",
            "till",
            // a charity's supporters and donors, a student's ids, a subscriber's in other
            // languages, a serial's ISSN ("supporter no. is 3390124", "numéro étudiant",
            // "numéro d'abonnée", "your CHESSN is …", "UCAS Personal ID")
            "supporter", "donor", "donateur", "donatrice", "donatore", "donante", "doador",
            "etudiant", "etudiante", "abonnee", "chessn", "usi", "ucas", "issn",
            // Nigerian banks' and wallets' ten-digit accounts ("transferred to Kuda 2003418876",
            // "update my bank to UBA …"), a classified ad's, a booking in Polish, a pass code
            "uba", "kuda", "gtbank", "gtb", "opay", "palmpay", "moniepoint", "fcmb", "nuban", "ad",
            "rezerwacja", "rezerwacji", "rezerwacje", "pass",
            // public services' notices, permits, licences, records and ids ("penalty notice
            // …", "buyer's lic …", "passport book no. …", "juror number …", "RIN …", "payroll
            // ID …", "BN …", "obligation no. …", "article 20")
            "ptin", "notice", "lic", "passport", "records", "juror", "rin", "permit", "obligation",
            "infringement", "article", "bn", "payroll",
            // an IRS letter's control number, an e-file id (EFIN), a traveller's redress number
            "control", "efin", "redress",
            // a supplier's, a vendor's; a Brazilian invoice ("nota fiscal …")
            "supplier", "vendor", "fiscal", "nfe", "queue", "wpa", "passphrase", "password",
            // a hospital's, a frequent flyer's, a meter's ("ICP"), a device's ("sim" only before
            // "number" or "card": in Portuguese it is "yes")
            "hospital", "aeroplan", "krisflyer", "flyer", "icp", "mpan", "imei", "sim", "puk",
            "e-ticket", "eticket",
            // a customer's, a contract's, a claim's, a parcel's, a meter's or a member's number
            // in other languages ("número de cliente", "numéro de suivi", "numer zgłoszenia",
            // "Seriennummer", "numero tessera", "número de socio")
            "contrato", "contrat", "contratto", "contratos", "klienta", "klanta", "serie",
            "cliente", "client", "klient", "seriennummer", "suivi", "seguimiento", "rastreio",
            "rastreamento", "envio", "spedizione", "incidencia", "incidente", "chamado",
            "ocorrencia", "sinistre", "plainte", "denuncia", "allocataire", "adherent", "abonne",
            "identifiant", "afiliacion", "zgloszenia", "zgloszenie", "zamowienia", "przesylki",
            "socio", "medidor", "contador", "compteur", "meternummer", "storing", "orden", "prm",
            "pod", "tessera", "vorgangsnummer", "auftragsnr", "lieferscheinnummer", "kundennummer",
            "kdnr", "kundennr", "kdnnr", "interaction", "atm", "ordr", "settlement", "seq",
            "timeticks", "referencia", "riferimento", "codigo", "codice", "cupon", "bono", "abono",
            "tarjeta-regalo", "matricula",
            // freight: carriers, bills of lading, containers, tariff codes; a car's rental
            "usps", "fedex", "dhl", "ups", "dpd", "gls", "tnt", "purolator", "bol", "pro", "awb",
            "hawb", "mawb", "container", "hs", "hts", "tariff", "rental",
            // national ids that are none of the six kinds, and more names of numbers in other
            // languages: a Polish PESEL, a Colombian cédula, a case's "radicado", an Italian
            // transfer's CRO, gas and power supply points (PDR, PDL, PPE, CUPS), parcels of
            // Polish, French, Italian, Spanish and Dutch carriers, a Brazilian boleto
            "pesel", "cedula", "tramite", "radicado", "cro", "pdr", "pdl", "ppe", "cups",
            "ondernemingsnummer", "rentenversicherungsnummer", "vertragskontonummer",
            "fidelizacion", "fedelta", "fidelite", "inpost", "nadania", "colissimo", "brt",
            "chronopost", "correos", "seur", "postnl", "bpost", "paczki", "paczka", "paczkomat",
            "boleto", "scontrino", "bolletta", "sepa", "mandat", "mandato", "glaubiger",
            "glaeubiger", "creancier", "acreedor", "nir", "insee", "nss", "avs", "ahv", "cpr",
            "personnummer", "fiscale", "identifikationsnummer", "steuerid", "securite",
            "previdenza", "adherent",
            // an Austrian social-security number ("SVNR"), an Argentine CUIL, a prescription's,
            // an e-invoice's ("identificativo SdI")
            "svnr", "sozialversicherungsnummer", "versicherungsnummer", "cuil", "ricetta",
            "identificativo",
            // a log's keys in camel case ("orderId=…"), a service order, a chargeback, a time
            // stamp's key ("created":1738975611), a Danish and Norwegian order, ports ("port"
            // alone is French "Port. :", a mobile), a deal, a railcard, a shop's number
            // ("comercio n.º …"), a link's speed
            "orderid", "caseid", "ticketid", "invoiceid", "customerid", "accountid",
            "transactionid", "paymentid", "refundid", "serviceauftrag", "chargeback", "created",
            "ordre", "bestilling", "ports", "deal", "railcard", "comercio", "ifspeed", "speed",
            // a remote-support id, a driving licence, a fine, an insured person's number, a
            // supply, a Brazilian PIS, a report, a claim, a health or social insurance number
            // said in French ("numéro d'assurance maladie")
            "teamviewer", "anydesk", "licencia", "transito", "amende", "assicurato", "fornitura",
            "pis", "reporte", "declaratie", "maladie", "assurance",
            // a policy abbreviated ("pol. 42243690483"), a routing transit number, a dispute
            "pol", "rtn", "dispute",
            // an insurer's appeals, grievances, prior authorisations and group numbers, a wire,
            // a certificate of deposit, a tax return's submission
            "appeal", "grievance", "auth", "preauth", "grp", "wire", "cd", "submission",
            // a school's admission, a police event
            "admission", "event",
            // a notice, a receipt, a transaction, a claim, a record card, a meter's reading in
            // other languages ("avviso n.", "ricevuta n.", "numero transazione", "reclamación",
            // "sur la fiche", "Zählerstand")
            "avviso", "ricevuta", "transazione", "reclamacion", "reclamacao", "fiche",
            "zahlerstand", "zaehlerstand", "meterstand", "lettura",
            // a report, a subscription, a return's or a pick-up's code, a payment request, a
            // receipt, a meter's readings, a pick-up point, a Belgian payment's communication,
            // a utility's consumer unit, a request for help in other languages
            "segnalazione", "abbonamento", "retourcode", "abholcode", "betaalverzoek", "recibo",
            "meterstanden", "relais", "communication", "consumidora", "assistencia", "gestion",
            "cartafreccia", "storingsticket", "normaal",
            // a loan and a refund in Spanish and Portuguese; a premise's, a site's and a
            // service's id, a roll number
            "prestamo", "emprestimo", "reembolso", "premise", "premises", "roll",
            // a gas meter's (Australia), a rates assessment, a Canadian sales tax's account, a
            // savings account in Spanish
            "mirn", "assessment", "hst", "qst", "pst", "ahorros", "ahorro",
            // a direct debit and its mandate, a till receipt in Dutch; a Swiss rail ticket, a
            // contract in Luxembourgish and German
            "incasso", "machtiging", "bonnetje", "kassabon", "billett", "kontrakt",
            // a notice, a fine's form, a receipt, an inventory's and a filed form's number in
            // Spanish and Catalan
            "aviso", "boletin", "tiquet", "inventario", "justificante",
            // an authorization, a confirmation, an interaction and a money transfer in Spanish
            "autorizacion", "confirmacion", "interaccion", "transferencia",
            // an Italian waybill's ("lettera di vettura"), a bank's relationship with a client
            // ("numero di rapporto")
            "vettura", "rapporto",
            // a health plan's and a pharmacy's numbers: Ontario's and Quebec's health cards, a
            // drug's identification number, a procedure's and a diagnosis's codes
            "ohip", "ramq", "din", "cpt", "icd",
            // a range of ports: "allow UDP 10000-20000", "puertos 5060 y 10000-20000"
            "udp", "tcp", "rtp", "puertos", "portas",
            // German banks', insurers' and network operators' numbers: a bank code ("BLZ"), a
            // transfer's reference ("Verwendungszweck"), a savings book, an insured person's
            // and a case's number, a line's id, a market location's id
            "bankleitzahl", "blz", "verwendungszweck", "sparbuch", "versichertennummer",
            "vorgangsnummer", "anschlusskennung", "marktlokation", "marktlokations",
            // French savings books, a technician's visit, a complaint, a registered letter, a
            // disability file ("livret A numéro …", "numéro d'intervention", "réclamation
            // numéro …", "lettre recommandée", "dossier MDPH")
            "livret", "intervention", "reclamation", "recommandee", "mdph"};
    return s;
}

// Whose or what number "numaram", "raqamim" is when not the speaker's phone, beyond the words
// that lower a mask (lowerWords, already in contextKeywords: "abone", "hesap", "kimlik"): a
// customer's, a member's, an application's, a complaint's, a file's, an insurance's, a
// reference's, a subscriber's, a contract's (Turkish, Uzbek in Latin letters)
const WordSet &fieldOwnerWords()
{
    static const WordSet s{"musteri", "uye",      "basvuru",  "sikayet",  "dosya",
                           "sigorta", "referans", "abunachi", "shartnoma"};
    return s;
}

// What else a question may ask for: an answer to it is none of the numbers masked.
// "number", "no", "num", "nr", "#": the word that says a number follows.
bool numberNoun(const Word &w)
{
    return w.is("number") || w.is("no") || w.is("num") || w.is("nr") || w.is("#") || w.is("n")
           || w.is("numero") || w.is("nummer") || w.is("numer") || w.is("nro");
}

const WordSet &monthWords()
{
    // ("may" is left out: "may I have the rest")
    static const WordSet s{"january", "february",  "march",   "april",    "june",     "july",
                           "august",  "september", "october", "november", "december", "jan",
                           "feb",     "mar",       "apr",     "jun",      "jul",      "aug",
                           "sep",     "sept",      "oct",     "nov",      "dec"};
    return s;
}

const WordSet &otherFieldWords()
{
    static const WordSet s{"address", "addr", "street", "avenue", "zip", "zipcode", "postcode",
                           "postal", "birth", "born", "dob", "date", "year", "amount", "balance",
                           "total", "price", "cost", "age", "expiry", "expiration", "exp", "cvv",
                           "cvc", "pin", "version", "model", "serial", "apartment", "apt", "suite",
                           "unit", "flat", "house", "building", "floor", "room", "birthday", "plz",
                           "cep",
                           // a card's expiry in other languages
                           "vencimiento", "caducidad", "validade", "vencimento", "scadenza",
                           "ablaufdatum", "gultig", "gueltig", "expiration", "expire", "expires"};
    return s;
}

// A question of how much, how many or when.
const WordSet &quantityWords()
{
    static const WordSet s{"much",    "many",   "time",  "when",  "old",     "days",  "hours",
                           "minutes", "months", "weeks", "times", "percent", "often", "long"};
    return s;
}

const WordSet &zipWords()
{
    static const WordSet s{"plz",          "cap",       "codigo",    "zip",     "zipcode", "postal",
                           "postcode",     "post",      "street",    "st",      "avenue",  "ave",
                           "postcodes",    "zips",      "zipcodes",  "road",    "rd",      "suite",
                           "apt",          "apartment", "unit",      "box",     "po",      "lane",
                           "drive",        "blvd",      "boulevard", "highway", "hwy",     "cp",
                           "postleitzahl", "npa",       "pincode",   "codice"};
    return s;
}

// The words of them that name a street or a flat: what follows is a house's, a flat's number or
// a postcode, never of ten digits ("Kerry Lane, 07700 900 662" is a phone number)
const WordSet &streetWords()
{
    static const WordSet s{"street", "st",        "avenue",    "ave",  "road", "rd",
                           "suite",  "apt",       "apartment", "unit", "lane", "drive",
                           "blvd",   "boulevard", "highway",   "hwy"};
    return s;
}

static bool compoundNumberName(std::string_view w);

const WordSet &versionWords()
{
    static const WordSet s{"version", "ver", "v", "build", "release", "firmware", "ios", "android",
                           "windows", "update", "patch", "app", "software", "os", "chrome", "macos",
                           "kernel", "fw", "bootloader", "bios", "section", "clause", "rev",
                           "revision", "versions", "wersja", "wersje", "wersji", "versione",
                           "versao", "versie", "oprogramowania", "schema", "logiciel", "logicielle",
                           "software",
                           // an update in other languages: "atualização do driver 5.1.2.3"
                           // ("driver" alone is a person too: "pick-up driver 030 …")
                           "treiber", "atualizacao", "actualizacion", "aggiornamento",
                           "aktualisierung", "versiones", "versioni",
                           // (and of the Balkans: "firmver", "verzija", "versiunea")
                           "firmver", "verzija", "verzije", "verzia", "versiunea", "verzioni",
                           // a log's keys: "appVersion=10.3.6.129", "sw 66.86.0.15"
                           "appversion", "sw", "swversion", "fwversion"};
    return s;
}

// Words that neither decide nor end the search for context.
const WordSet &glueWords()
{
    static const WordSet s{
            "is",      "was",       "are",         "were",      "be",       "been",     "will",
            "would",   "should",    "it",          "it's",      "its",      "the",      "a",
            "an",      "at",        "on",          "to",        "me",       "my",       "your",
            "our",     "his",       "her",         "their",     "of",       "for",      "this",
            "that",    "that's",    "thats",       "here",      "there",    "and",      "or",
            "um",      "uh",        "er",          "so",        "ok",       "okay",     "yes",
            "yeah",    "please",    "just",        "try",       "use",      "now",      "again",
            "back",    "also",      "still",       "new",       "old",      "best",     "same",
            "in",      "under",     "with",        "from",      "by",       "as",       "you",
            "can",     "could",     "i",           "i'm",       "im",       "we",       "us",
            "him",     "them",      "give",        "gave",      "giving",   "take",     "note",
            "write",   "down",      "got",         "have",      "has",      "had",      "do",
            "does",    "did",       "sure",        "thanks",    "thank",    "hi",       "hello",
            "well",    "like",      "let",         "want",      "need",     "via",      "into",
            "over",    "via",       "if",          "when",      "then",     "say",      "said",
            "read",    "repeat",    "confirmed",   "correct",   "right",    "exactly",  "again",
            "which",   "what",      "who",         "whose",     "whats",    "what's",   "how",
            "about",   "should",    "might",       "must",      "may",      "am",       "any",
            "anytime", "best",      "usually",     "always",    "primary",  "main",     "other",
            "another", "alternate", "alternative", "secondary", "personal", "private",  "current",
            "updated", "preferred", "full",        "complete",  "entire",   "whole",    "number",
            "no",      "num",       "nr",          "id",        "code",     "digits",   "digit",
            "last",    "first",     "four",        "ending",    "ends",     "starting", "starts"};
    return s;
}

const WordSet &possessives()
{
    static const WordSet s{"my", "your", "his", "her", "our", "their", "the", "a", "best",
                           "contact", "callback", "direct", "personal", "private",
                           // other languages: "mi número", "meu número", "mon numéro", "meine
                           // Nummer", "mijn nummer"
                           "mi", "mio", "mia", "meu", "minha", "mon", "ma", "mein", "meine", "mijn",
                           "su", "seu", "sua", "votre", "ihre", "uw", "tu", "tuo", "tua", "ton",
                           "deine",
                           // ("мой номер", "мій номер", "ваш номер", "mənim nömrəm", "mening
                           // raqamim", "менің нөмірім")
                           "moy", "miy", "vash", "tvoy", "menim", "benim", "mening", "menin",
                           // ("moj broj", "мој број", "tvoj broj")
                           "moj", "moja", "tvoj"};
    return s;
}

// Top-level domains said at the end of an address: "… at web dot de".
const WordSet &topLevelDomains()
{
    static const WordSet s{
            "com",     "net",    "org",    "edu",    "gov",   "mil",    "int",    "io",   "co",
            "uk",      "de",     "fr",     "es",     "it",    "nl",     "be",     "ch",   "at",
            "au",      "ca",     "us",     "in",     "ie",    "nz",     "za",     "br",   "mx",
            "ar",      "jp",     "cn",     "ru",     "pl",    "se",     "no",     "dk",   "fi",
            "pt",      "gr",     "tr",     "il",     "sg",    "hk",     "info",   "biz",  "me",
            "tv",      "eu",     "ai",     "app",    "dev",   "xyz",    "online", "ac",   "ph",
            "my",      "id",     "vn",     "kr",     "tw",    "cz",     "hu",     "ro",   "cl",
            "co.uk",   "email",  "mail",   "live",   "pro",   "name",   "cloud",  "tech", "store",
            "shop",    "site",   "web",    "ly",     "ae",    "sa",     "ng",     "ke",   "eg",
            "pk",      "bd",     "lk",     "th",     "ua",    "sk",     "si",     "hr",   "rs",
            "bg",      "lt",     "lv",     "ee",     "is",    "lu",     "mt",     "cy",   "pe",
            "ve",      "uy",     "py",     "bo",     "ec",    "cr",     "pa",     "do",   "pr",
            "cu",      "gt",     "org.uk", "com.au", "ca.us", "net.au", "gmbh",   "inc",  "ltd",
            "company", "global", "world",  "us.com", "to",    "cc",     "ws",     "la",   "fm",
            "gg",      "im",     "je"};
    return s;
}

// The words for an extension that say nothing else: "ext 7", "extension 12", "poste 637",
// "Durchwahl 12", "interno 4", "ramal 55", "anexo 3", "toestel 8" (the scanner's form of
// "extensión").
const WordSet &extensionWords()
{
    static const WordSet s{"extension", "ext",   "extn",    "poste",  "durchwahl", "interno",
                           "ramal",     "anexo", "toestel", "klapka", "linka",     "interior",
                           "esoteriko", "kucni", "wew",     "wewn",   "lokal",     "wewnetrzny"};
    return s;
}

// The words for a one-time code or a secret that is no number of a person: "the code from the
// sms", "le ho mandato un codice via sms", "Ihre TAN".
const WordSet &oneTimeCodeWords()
{
    static const WordSet s{"code",     "codigo", "codice",          "passcode",        "otp",
                           "pin",      "token",  "contrasena",      "senha",           "wachtwoord",
                           "passwort", "tan",    "verificatiecode", "bestatigungscode"};
    return s;
}

// What a file's name ends with in a log or a ticket, that no address's domain does.
const WordSet &fileExtensions()
{
    static const WordSet s{"dll", "exe",   "sys",  "cpp",  "hpp",   "java", "class", "jar",  "txt",
                           "log", "json",  "xml",  "yaml", "yml",   "html", "htm",   "php",  "pdf",
                           "doc", "docx",  "xls",  "xlsx", "csv",   "png",  "jpg",   "jpeg", "gif",
                           "ini", "cfg",   "conf", "dat",  "tmp",   "bak",  "js",    "ts",   "py",
                           "rb",  "go",    "c",    "h",    "dylib", "apk",  "ipa",   "msi",  "dmg",
                           "bat", "cmd",   "ps1",  "vbs",  "lib",   "obj",  "o",     "tsx",  "jsx",
                           "kt",  "swift", "sql",  "db",   "lock",  "pyc",  "bin"};
    return s;
}

// Mail providers: "at gmail" is an address even when the top-level domain is not said.
const WordSet &mailProviders()
{
    static const WordSet s{"gmail",      "googlemail", "hotmail",   "yahoo",      "outlook",
                           "icloud",     "aol",        "gmx",       "yandex",     "protonmail",
                           "proton",     "zoho",       "mailbox",   "fastmail",   "tutanota",
                           "comcast",    "verizon",    "sbcglobal", "bellsouth",  "earthlink",
                           "btinternet", "bigpond",    "optusnet",  "rediffmail", "eircom",
                           "videotron",  "sympatico",  "wanadoo",   "laposte",    "libero",
                           "tiscali",    "seznam",     "naver",     "rambler",    "xtra",
                           "ymail",      "rocketmail", "msn"};
    return s;
}

// Words that end the local part of a spoken address when read backwards from "at".
const WordSet &emailStopWords()
{
    static const WordSet s{
            "is", "it's", "its", "email", "e-mail", "mail", "address", "my", "me", "to", "at",
            "send", "the", "a", "an", "and", "or", "please", "it", "that's", "thats", "was", "use",
            "try", "reach", "contact", "write", "on", "under", "via", "by", "from", "for", "your",
            "our", "his", "her", "their", "you", "i", "we", "he", "she", "they", "this", "that",
            "ok", "okay", "yes", "yeah", "sure", "so", "well", "um", "uh", "er", "spelled", "like",
            "emails", "gmail", "account", "login", "username", "user", "name", "handle", "id", "be",
            "will", "would", "can", "could", "should", "have", "has", "had", "got", "get", "new",
            "old", "work", "personal", "home", "business", "official", "primary", "correct",
            "right", "exactly", "just", "also", "still", "now", "then", "here", "there", "with",
            "in", "of", "as", "im", "i'm", "hi", "thanks", "thank", "called", "say", "said",
            // a web site said, not an address: "visit us at acme dot com", "I shop at …"
            "us", "site", "website", "web", "page", "online", "shop", "shopping", "shops",
            "ordered", "order", "bought", "buy", "purchased", "purchase", "available", "check",
            "visit", "find", "found", "go", "log", "logged", "sign", "signed", "located", "based",
            "store", "listed", "posted", "them", "sold", "sells", "sell", "look", "looking",
            "looked", "search", "searched", "browse", "register", "registered", "apply", "applied",
            "book", "booked", "pay", "paid", "works", "worked", "working", "job", "employed", "am",
            "are", "were", "stay", "stayed", "live", "lives", "meet", "met", "him", "out", "up",
            "portal", "app", "download", "downloaded", "email's", "address's", "name's", "mail's",
            // a correction or a hesitation before the address: "lee at orange, sorry no, l e i g h
            // at orange dot fr", "either x at … or y at …"
            "sorry", "no", "not", "nope", "wait", "actually", "oops", "correction", "rather",
            "instead", "mean", "either", "hang", "hold", "again", "agent", "customer", "caller",
            // the same lead-in words in other languages: "mi correo es …", "mijn mailadres is …",
            // "c'est …", "meine Adresse ist …", "o endereço é …"
            "es", "est", "c'est", "ist", "correo", "mailadres", "mailadresse", "adresse",
            "indirizzo", "endereco", "lautet", "mijn", "meine", "minha", "meu", "mon",
            // and the words a spelling is announced with: "ik spel het even …", "vou soletrar
            // …", "te lo deletreo …", "je vous l'épelle …", "glielo dico lettera per lettera …"
            "spel", "spell", "het", "even", "soletrar", "soletro", "vou", "deletreo", "deletrear",
            "te", "lo", "epeler", "epelle", "l'epelle", "je", "vous", "buchstabiere",
            "buchstabieren", "ich", "glielo", "dico", "lettera", "ik", "oui", "si", "sim", "ja",
            "allora", "alors", "pues", "entao", "bueno", "dann",
            // ... in the Nordic and Baltic languages, Central and Eastern Europe ("mejlen är …",
            // "e-posten er …", "sähköposti on …", "пишіть на …", "адреса …", "e-mailem je …")
            "ar", "er", "pa", "til", "till", "mejl", "mejlen", "mailen", "eposten", "e-posten",
            "epost", "e-post", "sahkoposti", "sahkopostiosoite", "s-posti", "s-postiosoite",
            "osoite", "ir", "yra", "adrese", "adresas", "na", "jest", "este", "adresa", "adres",
            "pishit", "pishite", "pishi", "napishit", "napishite", "poshta", "poshtu", "pochta",
            "imeyl", "meyl", "imejl", "emailem", "mailem", "cim", "cimem", "cimre", "kerem",
            "kerlek", "irjon",
            // ... in Vietnamese, Indonesian, Malay and Tagalog ("email của chị là …", "emailnya
            // …", "alamat email saya …", "ang email ko ay …")
            "la", "cua", "chi", "em", "anh", "emailnya", "emelnya", "imelnya", "alamat", "saya",
            "aku", "ko", "ay", "ang", "nya", "dia", "ialah", "adalah", "surel", "emel",
            // ... in Greek ("το email μου είναι …", "γράψε", "γράψτε": write)
            "mou", "einai", "sou", "tou", "grapse", "grapste", "grafo"};
    return s;
}

// Joins inside a spoken local part: "wei underscore singh", "j dot doe".
bool localConnector(std::string_view w);
// "No" and "not" as a correction says them: "… não é zero, é oito", "… vier, geen vijf".
bool negationWord(const Word &w)
{
    return w.is("no") || w.is("nao") || w.is("nee") || w.is("geen") || w.is("non") || w.is("nein")
           || w.is("nicht") || w.is("not");
}

bool localConnector(const Word &w)
{
    return localConnector(w.view());
}
// The digit a recogniser wrote as its sound-alike ("won" 1, "to"/"too" 2, "for"/"fore" 4, "ate"
// 8), or -1.
int soundAlikeDigit(const Word &w)
{
    return w.is("to") || w.is("too")     ? 2
           : w.is("for") || w.is("fore") ? 4
           : w.is("won")                 ? 1
           : w.is("ate")                 ? 8
                                         : -1;
}

bool dashWord(std::string_view w)
{
    // (Russian, Ukrainian, Bulgarian "тире": "tire"; Polish "myślnik"; Czech "pomlčka")
    static const WordSet s{"dash",     "hyphen",  "minus",       "guion",    "tiret",
                           "trattino", "hifen",   "bindestrich", "streepje", "traco",
                           "tire",     "myslnik", "pomlcka",     "spojovnik"};
    return s.contains(w);
}

bool localConnector(std::string_view w)
{
    // (the dot in any language it is said in: isDotWord; a dash: dashWord; the rest as other
    // languages name them too: "ana guion bajo lopez", "jean tiret bas dupont")
    static const WordSet other{"underscore",  "plus",        "underline",
                               "apostrophe",  "unterstrich", "sublinhado",
                               "podkreslnik", "myslnik",     "liggend"};
    return isDotWord(w) || dashWord(w) || other.contains(w);
}

// ---- the scanner

enum Link : quint8 { LinkNone, LinkStrong, LinkPause, LinkTurn };

// A token read as a piece of a find said before it (Scanner::findPiecesBefore).
struct DictatedToken
{
    int start = 0, end = 0;
    int offset = 0, length = 0; // its letters and digits in the window's
    bool sep = false;           // a separator said ("dot", "underscore", "colon")
    bool plain = false;         // a word as it is ("okafor", "AIBK")
    bool digits = false;        // digits only
    bool spoken = false;        // digits said as words
    bool letter = false;        // a letter spelled ("m", "m as in mike", "golf")
    bool homophone = false;     // a word that sounds like a digit ("for", "ate")
    bool pairs = false;         // tens, teens or hundreds said ("twenty twelve")
    bool domain = false;        // a top-level domain said ("co", "uk")
    bool afterDigits = false;   // right after other digits (spaces or a comma between)
};

// A token of what is said while an address is dictated (Scanner::dictationRun).
struct DictationTok
{
    enum Kind : char { Letter, Sep, At, Num, Plain, Filler };
    int start, end;
    Kind kind;
    std::string content; // its letters or digits
    bool ok = false;
    bool weak = false; // a letter that is a word as often ("a", "i", "o", "e")
};

enum Context : quint16 {
    CtxPhone = 1 << 0,
    CtxAreaCode = 1 << 1,
    CtxSsn = 1 << 2,
    CtxCard = 1 << 3,
    CtxLower = 1 << 4,
    CtxZip = 1 << 5,
    CtxVersion = 1 << 6,
    CtxNear = 1 << 7,       // the deciding word is one of the four next to the number
    CtxShortCode = 1 << 8,  // (with CtxLower: lowers a number of eight digits at most)
    CtxStreet = 1 << 9,     // (with CtxZip: a street's name said it, "Kerry Lane, …")
    CtxExtension = 1 << 10, // (with CtxPhone: an extension's word said it, "extension 4410")
    CtxLowering = CtxLower | CtxZip | CtxVersion, // words that say it is no number of a person
    CtxDecided = 1 << 15,
};

struct Group
{
    int start = 0; // the piece's text: its digits or its number words
    int end = 0;
    int d0 = 0; // its digits in Chain::digits
    int dn = 0;
    Link link = LinkNone; // how it joins the piece before
    char sep = ' ';       // the separator before it: '-', '.', '/', ' ', '(' or ',' (a pause)
    bool tight = false;   // joined to the piece before without a space ("555-0132")
    bool spoken = false;
    bool parenOpen = false; // "(" right before, ")" right after
    bool parenClose = false;
    bool year = false;     // a four-digit year, 1900-2099
    bool cardinal = false; // said as one number of 10-99: "twelve", "forty", "thirty five"
};

struct Chain
{
    std::vector<Group> groups;
    std::string digits;
    int plusAt = -1; // '+' or "plus" before the first piece
    int before = 0;  // Context flags of the words before
    int after = 0;   // and after
    // Per piece (the groups joined by separators between fillers, pauses and turns): where it
    // starts, and the words right before and after it ("… Agent: and your area code? Customer:
    // 718 …"); piece 0's are `before`, the last piece's `after`.
    std::vector<int> pieceOf; // per group
    std::vector<int> pieceFirst, pieceLast, pieceBefore, pieceAfter;
    bool lastFour = false;
    bool ibanTail = false;
};

enum class AtomKind : quint8 { None, Groups, Negative, Identifier, Ip };

struct Atom
{
    AtomKind kind = AtomKind::None;
    int start = 0;
    int end = 0; // where scanning goes on
    // Groups: the pieces joined without spaces ("415-555-0132": three)
    int groupStart[12];
    int groupEnd[12];
    char groupSep[12];
    int groupCount = 0;
    bool spoken = false;
    bool cardinal = false; // see Group
    bool yearSaid = false; // "twenty nineteen", "nineteen eighty seven": a year said as one
    std::string spokenDigits;
};

// Per-thread verdicts on digit strings: a caller says the same number several times.
// Direct-mapped: a number of up to 16 digits packed four bits a digit, with how it was asked
// and its length; a clash overwrites (the verdict is only computed again).
struct PhoneCache
{
    static constexpr size_t kSize = 1 << 14;
    struct Entry
    {
        quint64 digits = 0;
        quint32 meta = 0; // 0: empty; else how << 8 | length
        bool valid = false;
    };
    quint64 owner = 0;
    std::vector<Entry> entries;
    std::vector<const phone::RegionRules *> regions; // the owner's, looked up once
};

class Scanner
{
public:
    Scanner(std::string_view s, const ScanConfig &config, std::vector<PiiSpan> *out)
        : s(s)
        , n(int(s.size()))
        , cfg(config)
        , out(out)
        , strict(config.policy == MaskPolicy::Strict)
        , wantEmail(config.entities & quint32(PiiEntity::Email))
        , wantPhone(config.entities & quint32(PiiEntity::Phone))
        , wantSpoken(config.entities & quint32(PiiEntity::Spoken))
        , wantCard(config.entities & quint32(PiiEntity::Card))
        , wantSsn(config.entities & quint32(PiiEntity::Ssn))
        , wantIban(config.entities & quint32(PiiEntity::Iban))
        , wantIp(config.entities & quint32(PiiEntity::Ip))
    {}

    void run();
    // (after the finds, sorted and merged: see the definition)
    void joinAcrossFillers();

private:
    char at(int i) const { return i >= 0 && i < n ? s[size_t(i)] : '\0'; }
    // Whether a find so far overlaps [a, b).
    bool anyFindIn(int a, int b) const
    {
        for (const PiiSpan &o : *out)
            if (int(o.start) < b && a < int(o.end))
                return true;
        return false;
    }
    void push(int a, int b, PiiKind kind, bool spoken = false, bool continued = false)
    {
        if (b > a)
            out->push_back({a, b, kind, spoken, continued});
#ifdef CXONE_PII_TRACE
        std::fprintf(stderr, "push %d %d %d [%.*s]\n", a, b, int(kind), b - a, s.data() + a);
#endif
    }
    int timeStampEnd(int q) const;
    int labelEnd(int q) const;
    int chatHandleEnd(int q) const;
    int chatStampBefore(int q) const;
    // The end of the mark of a turn at q: a mark (turnMarkerEnd), a speaker's label, or either
    // after a time stamp ("[01:07] Customer:"); or -1.
    int turnMarkEnd(int q) const;
    // Where a name in a mark or a label ends, from `from`: letters, digits, '_', '.' and `also`
    // (' ' inside brackets, '-' in a chat's user name), 24 characters at most; *letter is set
    // when it holds a letter.
    int nameEnd(int from, char also, bool *letter) const;
    int labelStartBefore(int at) const;
    int withStampBefore(int b) const;
    int turnMarkerEnd(int q) const;
    int turnMarkerStartBefore(int q) const;
    // " . " somewhere in the text
    bool spacedDot() const
    {
        const char *const begin = s.data(), *const end = begin + n;
        for (const char *p = begin;
             (p = static_cast<const char *>(std::memchr(p, '.', size_t(end - p)))) != nullptr;
             ++p) {
            if (p > begin && p[-1] == ' ' && p + 1 < end && p[1] == ' ')
                return true;
        }
        return false;
    }
    int wordEnd(int i) const
    {
        while (i < n
               && (isAlpha(s[size_t(i)])
                   || (s[size_t(i)] == '\'' && i + 1 < n && isAlpha(s[size_t(i + 1)]))))
            ++i;
        return i;
    }

    // e-mail addresses
    void findEmails();
    // (`foreignOnly`: only the words for '@' that do not start with 'a', "chiocciola", "małpa"…,
    // once the pass over the word starts has seen one; `etAt`: "et" too, that pass having seen it
    // and Latvian "punkts" or Turkish "nokta")
    void findSpokenEmails(bool foreignOnly = false, bool etAt = false);
    std::pair<int, int> withSpelling(int local, int localEnd, int end) const;
    int spokenDomainEnd(int from) const;
    // Whether the word after a dash's word ending at e is a word of speech, not a label ("… dot
    // de minus like the dash"): a word that stops an address, unless a dot's word follows it
    // ("kestrel hyphen it dot co dot uk")
    bool stopWordAfterDash(int e) const
    {
        const int b = e + 1, f = wordEnd(b);
        if (!emailStopWords().contains(lowerWord(s, b, f)))
            return false;
        return !(f + 1 < n && s[size_t(f)] == ' '
                 && isDotWord(lowerWord(s, f + 1, wordEnd(f + 1))));
    }
    int afterShortTurn(int from) const;
    int beforeShortTurn(int at) const;
    int spelledNamesBefore(int at, bool afterLetters) const;
    int spokenLocalStart(int atWord, int *localEnd = nullptr) const;
    // What the last spokenLocalStart read in the turns between the local part's start and the
    // "at": the pieces opened by a separator (masked with the address; the other side's words
    // between are not), and where the at's own turn's piece starts (-1: none)
    mutable std::vector<std::pair<int, int>> localTurnPieces;
    mutable int localAtTurnStart = -1;
    int numberLeadBefore(int atWord) const;
    int spokenLocalStartAt(int atWord, int *localEnd) const;
    bool localAcrossBreak(int atWord, int end);
    bool spellingRemark(int a, int b) const;
    bool atSignParts(int a);
    // IBAN, IPv6
    void findIbans(int firstDigit);
    int ibanPiecesEnd(int g, int length, int maxLen, int maxPieces, QChar *q, int *len,
                      int *pieces) const;
    bool accountSaidBefore(int pos) const;
    int ibanInPieces(int i, int groups, const int *groupEnds, const int *compactEnds);
    void findIpv6();
    void findIpPieces();
    void findSpokenIps();
    void findSpokenIpv6();
    int ipSeparatorEnd(int p) const;
    int spokenOctetEnd(int p) const;
    int digitWordsOctetEnd(int p, bool soundAlikes = false) const;
    int ipDigits(int p, int end);
    int hexUnitDigits(int a, int b) const;
    void findCorrections();
    void findSpokenIbans();
    int spokenLetterEnd(int p, char *letter) const;
    int letterNameEnd(int p, char *letter) const;
    bool ibanNamedBefore(int p) const;
    void findVanity(int firstDigit);
    void findSpokenVanity();
    void findAreaCodesAfter();
    void findAreaCodesNamedBefore();
    void findCountryCodesAfter();
    void findRestAfterOpenEnds();
    void findNumberStarts();
    void findReadBacks();
    int dictatedToken(int p, int limit, PiiKind kind, std::string *content, DictatedToken *t);
    int aloneOnLine(int a, int e) const;
    bool lastFourAsked(int a) const;
    bool mayHavePiecesBefore(int from, int a, PiiKind kind, std::string_view canon) const;
    void findPiecesBefore();
    void findDictations();
    void findIpDictations();
    int dictationRun(int p, int limit, std::vector<DictationTok> *toks);
    bool nameAsked(int a) const;
    int runAt(int p, int limit, std::string *digits, bool *spoken, int *next);
    bool takenBackBetween(int e, int a) const;
    int recogniserTokenEnd(int q) const;
    int momentAfter(int e) const;
    int numberRun(int p, int limit, std::string *digits, bool *spoken);
    void findUuids();
    void findUpsNumbers();
    int uuidEndCovering(int pos) const;
    bool abbreviationBefore(int pos) const;
    bool upgradeBefore(int pos) const;
    bool nextVersionAt(int pos) const;
    int dottedNumberBefore(int e) const;
    bool versionNamedAt(int pos) const;
    int listItemBefore(int pos) const;
    int arrayOpenBefore(int pos) const;
    int wordsBefore(int pos) const;
    bool tableRowEndsAt(int q) const;
    int tableContext(int pos) const;
    bool vatBefore(int i) const;
    bool setWordBefore(int p, int words, int gap, std::string_view skip, const WordSet &set) const;
    bool ipv4EndsAt(int e) const;
    bool commaRowAt(int i) const;
    bool afterIbanStart(int start) const;
    // numbers
    void findNumbers();
    Atom readDigits(int i);
    Atom readSpoken(int i, bool continuing = false);
    bool amountSaid(int a, int e) const;
    bool clockSaid(int a, int e) const;
    bool numberAfter(int e) const;
    bool cutOutAfter(int a) const;
    bool reachMeAt(int a) const;
    bool weakStartAllowed(int e) const;
    bool weakPieceAt(int p, int e) const;
    // Whether the word before p, or the word after e (past spaces and commas), is a number
    // word of the Nordic or Baltic languages (nordicNumberWords).
    // The words read past are such words too, up to three; the one that decides is one only
    // those languages say ("null", "nul", "tre", "sex" and the weak ones are said elsewhere too:
    // "… nul twee en dan", "la ti ti …").
    bool nordicNumberBefore(int p) const
    {
        int q = p;
        for (int k = 0; k < 6; ++k) {
            int r = q; // (past spaces and a comma, as after the word)
            while (r > 0 && q - r < 2 && (s[size_t(r - 1)] == ' ' || s[size_t(r - 1)] == ','))
                --r;
            const LetterWord b = letterWordBefore(s, r);
            if (b.start >= b.end || q - b.end > 2)
                return false;
            if (const NordicWord w = nordicWordAt(b.start, b.end); w != NordicWord::Shared)
                return w == NordicWord::Decides;
            q = b.start;
        }
        return false;
    }
    bool nordicNumberAfter(int e) const
    {
        int q = e;
        for (int k = 0; k < 6; ++k) {
            const int from = q;
            while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ','))
                ++q;
            if (q >= n || q - from > 2 || !isAlpha(s[size_t(q)]))
                return false;
            const int f = wordEnd(q);
            if (const NordicWord w = nordicWordAt(q, f); w != NordicWord::Shared)
                return w == NordicWord::Decides;
            q = f;
        }
        return false;
    }
    // What the word [a, b) says of the language around it: none of those number words (None);
    // one other languages say too, to read past (Shared: "null", "nul", "tre", "sex", the weak
    // ones); one only those languages say, or a compound of theirs ("… tjueen null to"): Decides.
    enum class NordicWord { None, Shared, Decides };
    NordicWord nordicWordAt(int a, int b) const
    {
        const Word w = lowerWord(s, a, b);
        if (b - a >= 6 && nordicCompoundWord(w.view()) && numberWord(s, a, b).kind != NumKind::None)
            return NordicWord::Decides;
        if (!nordicNumberWords().contains(w))
            return NordicWord::None;
        return w.is("null") || w.is("nul") || w.is("tre") || w.is("sex")
                               || nordicWeakWord(w.view()).kind != NumKind::None
                       ? NordicWord::Shared
                       : NordicWord::Decides;
    }
    // Whether the word after e (past spaces and commas), or with `before` the word before a,
    // is a Vietnamese digit other than "hai" ("khong", "mot", "ba", "bon", "tu", "nam", "sau",
    // "bay", "tam", "chin")
    // Whether the word [a, e) is Vietnamese "hai", two, beside another Vietnamese digit (the
    // one before it only with `before`): "khong ba hai tam …", not Hinglish "number hai nine …"
    bool vietnameseTwoAt(int a, int e, bool before) const
    {
        return e - a == 3 && lowerWord(s, a, e).is("hai") && vietnameseDigitBeside(a, e, before);
    }
    bool vietnameseDigitBeside(int a, int e, bool before) const
    {
        const auto vietnamese = vietnameseDigitWord;
        if (before) {
            const LetterWord b = letterWordBefore(s, a);
            if (b.start < b.end && a - b.end <= 2 && vietnamese(lowerWord(s, b.start, b.end)))
                return true;
        }
        int q = e;
        while (q < n && q - e <= 2 && (s[size_t(q)] == ' ' || s[size_t(q)] == ','))
            ++q;
        return q > e && q < n && isAlpha(s[size_t(q)]) && vietnamese(lowerWord(s, q, wordEnd(q)));
    }
    // Whether a number starts at the word [a, e) that only beside such a word is one
    // (nordicWeakWord): "ni to en tre …"
    bool nordicStart(int a, int e) const
    {
        if (e - a < 2 || !mayBeNordicWeakWord(s.data() + a, e - a))
            return false;
        const Word w = lowerWord(s, a, e);
        // (or after them, past a pause: the last piece "…, teen ek nau nau")
        const bool afterPause = a >= 2 && s[size_t(a - 1)] == ' ' && s[size_t(a - 2)] == ',';
        return nordicWeakWord(w.view()).kind != NumKind::None
               && (nordicNumberAfter(e) || (afterPause && nordicNumberBefore(a)));
    }
    // Whether the words before `i`, or the question asked, name a version: not when the word
    // right before i names a host's address and another number stands between it and the
    // version's word ("build 4521, client 157.48.22.190": the build's number is 4521).
    bool versionBefore(int i) const
    {
        if (!(contextBefore(i) & CtxVersion) && !(askedContext(i) & CtxVersion))
            return false;
        // (an address named before the version's word: "the hub ip in the app is 192.168.0.23";
        // or where a sign-in came from: "new device sign-in to your policy app from 41.13.220.87")
        {
            int q = i;
            const bool from = wordBeforeIs(s, i, "from");
            for (int words = 0; q > 0 && words < 8; ++words) {
                const LetterWord w = letterWordBefore(s, q);
                if (w.start >= w.end || q - w.end > 3)
                    break;
                const Word x = lowerWord(s, w.start, w.end);
                if (x.is("ip") || x.is("ipv4") || x.is("ips")
                    || (from
                        && (x.is("in") || x.is("login") || x.is("signin") || x.is("logon")
                            || x.is("logged") || x.is("connection") || x.is("connected"))))
                    return false;
                q = w.start;
            }
        }
        const LetterWord role = letterWordBefore(s, i);
        if (role.start >= role.end || i - role.end > 2)
            return true;
        const Word r = lowerWord(s, role.start, role.end);
        if (!(r.is("client") || r.is("server") || r.is("host") || r.is("ip") || r.is("src")
              || r.is("source") || r.is("dst") || r.is("remote") || r.is("peer") || r.is("addr")
              || r.is("gateway") || r.is("gw") || r.is("dns") || r.is("proxy") || r.is("origin")))
            return true;
        int q = i;
        for (int words = 0; q > 0 && words < 8; ++words) {
            while (q > 0 && !isAlnum(s[size_t(q - 1)]))
                --q;
            if (q == 0)
                break;
            if (isDigit(s[size_t(q - 1)]))
                return false;
            const LetterWord w = letterWordBefore(s, q);
            if (w.start >= w.end)
                break;
            if (versionWords().contains(lowerWord(s, w.start, w.end)))
                return true;
            q = w.start;
        }
        return true;
    }
    bool weakStart(int a, int e) const
    {
        return a + 1 < e && mayBeWeakNumberWord(s[size_t(a)], s[size_t(a + 1)], e - a)
               && weakStartAt(a, e);
    }
    // (kept out of line, so that the quick check above is inlined at every word)
    [[gnu::noinline]] bool weakStartAt(int a, int e) const;
    // Catalan "u", one, said between digits: "set cinc zero, u u vuit" (after a number word
    // and before one; "u" alone is a texter's "you")
    [[gnu::always_inline]] bool catalanOneAt(int a, int e) const
    {
        return e - a == 1 && (s[size_t(a)] | 0x20) == 'u' && catalanOneAfter(a, e);
    }
    // (kept out of line: the check above is inlined at every word)
    [[gnu::noinline]] bool catalanOneAfter(int a, int e) const
    {
        if (!weakStartAllowed(e))
            return false;
        int q = a;
        while (q > 0 && a - q < 2 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
            --q;
        const LetterWord b = letterWordBefore(s, q);
        if (q == a || b.start >= b.end || b.end != q)
            return false;
        const Word w = lowerWord(s, b.start, b.end);
        return w.is("u") || numberWord(s, b.start, b.end).kind != NumKind::None
               || (b.end - b.start <= 7 && weakNumberWord(w.view()).kind != NumKind::None);
    }
    // French "cent" opening a piece after a comma, a number word after it: "zéro huit cent,
    // cent vingt-trois, quatre cent cinquante-six" (0 800 123 456)
    bool centPieceAt(int a, int e) const
    {
        return e - a == 4 && (s[size_t(a)] | 0x20) == 'c' && a >= 2 && s[size_t(a - 1)] == ' '
               && s[size_t(a - 2)] == ',' && lowerWord(s, a, e).is("cent") && e + 1 < n
               && s[size_t(e)] == ' ' && numberWord(s, e + 1, wordEnd(e + 1)).kind != NumKind::None;
    }
    // Catalan "nou", nine, between a word before it and a number word after it, with a space
    // or a hyphen on either side and no comma
    bool catalanNineAt(int a, int e) const
    {
        if (a < 2 || e + 1 >= n || !(s[size_t(a - 1)] == ' ' || s[size_t(a - 1)] == '-')
            || !isAlpha(s[size_t(a - 2)]) || !(s[size_t(e)] == ' ' || s[size_t(e)] == '-')
            || !isAlpha(s[size_t(e + 1)]))
            return false;
        const int f = wordEnd(e + 1);
        const Word next = lowerWord(s, e + 1, f);
        return numberWord(s, e + 1, f).kind != NumKind::None || next.is("nou")
               || (f - e - 1 <= 7 && weakNumberWord(next.view()).kind != NumKind::None);
    }
    // Vietnamese "mười", ten, before a digit: the start of a number's last pair ("…, mười tám")
    bool tensStart(int a, int e) const
    {
        return e - a == 4 && (s[size_t(a)] | 0x20) == 'm' && lowerWord(s, a, e).is("muoi")
               && weakStartAllowed(e);
    }
    bool homophoneStart(int a, int e) const
    {
        // only "for", "fore" and "won" (any case)
        const int len = e - a;
        if (len < 3 || len > 4)
            return false;
        const char c0 = lower(s[size_t(a)]), c1 = lower(s[size_t(a + 1)]),
                   c2 = lower(s[size_t(a + 2)]);
        const bool candidate = (c0 == 'f' && c1 == 'o' && c2 == 'r'
                                && (len == 3 || lower(s[size_t(a + 3)]) == 'e'))
                               || (len == 3 && c0 == 'w' && c1 == 'o' && c2 == 'n')
                               || (len == 3 && c0 == 'a' && c1 == 't' && c2 == 'e');
        return candidate && homophoneStartAt(a, e);
    }
    bool homophoneStartAt(int a, int e) const;
    bool smallNumber(const Atom &atom) const;
    bool opensLine(int pos) const;
    void findBankLettersBetween();
    void findRestarts();
    void completeIbans();
    void eraseWithin(const std::vector<std::pair<int, int>> &ranges);
    void joinAcrossCorrections();
    void extendSoundAlikeEdges();
    void joinRestartedTries();
    int noteEnd(int q) const;
    // whether `count` digits stand at q
    bool digitsAt(int q, int count) const
    {
        for (int k = 0; k < count; ++k)
            if (q + k >= n || !isDigit(s[size_t(q + k)]))
                return false;
        return true;
    }
    int frenchSocialSecurityEnd(int q) const;
    void dropFrenchSocialSecurity();
    void dropCodesAfterLetters();
    void findCorrectedLocals();
    void findShapesOfNoPii();
    bool onlyFillersBetween(int a, int b) const;
    void findIpOpeningTurns();
    int takenBackEnd(int from) const;
    void extendCorrectedOctets();
    void extendCorrectedDigits();
    void extendAreaCodes();
    void findBoletos();
    std::pair<int, int> zoneAround(int start, int end, int chars, int lines) const;
    bool restAfterAreaCode(int e) const;
    bool nextAtom(int p, Atom *atom);
    struct Gap
    {
        Link link = LinkNone;
        char sep = ' ';
        int end = 0;
        // of a turn: the words the other side said (labels not counted), and whether they ask
        // for more of the number ("and the rest?", "go on", "last group?")
        int turnWords = 0;
        int plainWords = 0; // of those, the words that are no filler ("rent", "paid")
        bool asksRest = false;
    };
    Gap scanGap(int p) const;
    int asideBracketEnd(int q) const;
    int contextBefore(int pos) const;
    bool brandBetween(int end, const Word &marker) const;
    bool fieldLabelLowers(int pos) const;
    int fieldLabelEnd(int pos) const;
    bool referencePrefix(int a, int q, const Word &w) const;
    bool dottedAt(int pos) const;
    int contextAfter(int pos) const;
    int askedContext(int pos, bool *firstOfTwo = nullptr, bool pastAnswers = true) const;
    int classifyContext(const Word *words, int count, bool forward, int lowerFrom = 99) const;
    bool unitAfter(int end) const;
    static bool purposeOfPhone(const Word *words, int k, int count);
    bool currencyBefore(int start) const;
    void judge(Chain &c);
    struct Verdict
    {
        bool ok = false;
        PiiKind kind = PiiKind::Phone;
        float weight = 0;
    };
    Verdict verdict(const Chain &c, int k, int j, int before, bool useContext = true,
                    bool checkCut = true) const;
    Verdict joinedVerdict(const Chain &c, int k, int j, int D, bool spelled, int before) const;
    bool sumAfterTurn(const Chain &c, int a, int b) const;
    bool lastFourBefore(int pos) const;
    bool phoneValid(std::string_view digits, char how) const;
    static int unitSizes(const Chain &c, int k, int j, int *sizes, bool *spoken);
    static bool cardGrouped(const Chain &c, int k, int j);
    void emitWindow(const Chain &c, int k, int j, PiiKind kind);
    int bracketSaidBefore(int a) const;
    bool timeAfter(int start) const;
    bool countOrLabel(int end, int digits) const;
    // Whether the number words in [a, b) say digits one by one ("oh two oh", "double five"),
    // no teens, tens or hundreds ("nine fifteen").
    bool digitByDigit(int a, int b) const
    {
        for (int q = a; q < b;) {
            if (!isAlpha(s[size_t(q)])) {
                ++q;
                continue;
            }
            const int e = wordEnd(q);
            const NumKind k = numberWord(s, q, e).kind;
            if (k == NumKind::Teen || k == NumKind::Tens || k == NumKind::Hundred
                || k == NumKind::Hundreds || k == NumKind::Thousand)
                return false;
            q = e;
        }
        return true;
    }
    // The words of letters that start in [a, b).
    int wordCount(int a, int b) const
    {
        int words = 0;
        for (int q = a; q < b; ++q)
            words += isAlpha(s[size_t(q)]) && !isAlpha(s[size_t(q - 1)]) ? 1 : 0;
        return words;
    }

    std::string_view s;
    int n;
    const ScanConfig &cfg;
    std::vector<PiiSpan> *out;
    // The table whose rows were read last (tableContext): its separator, its fields a row, its
    // header row, and the start of the last row known to be one of its rows.
    struct TableCache
    {
        char sep = 0;
        int fields = -1;
        int headerStart = -1, headerEnd = -1;
        int lastRow = -1;
    };
    mutable TableCache table;
    // Whether the lines of this text open with speakers' words a recogniser writes without a
    // colon ("agent okay\nstudent seven six …"): -1 until asked (see bareLabels)
    mutable int bareLabelLines = -1;
    bool bareLabels() const;
    bool extensionAlone(int pos) const;
    // Whether the word "IBAN" (any case) stands anywhere before pos.
    bool namesIbanBefore(int pos) const
    {
        for (int q = 0; q + 4 <= pos; ++q) {
            if ((s[size_t(q)] | 0x20) == 'i' && (s[size_t(q + 1)] | 0x20) == 'b'
                && (s[size_t(q + 2)] | 0x20) == 'a' && (s[size_t(q + 3)] | 0x20) == 'n'
                && (q == 0 || !isAlpha(s[size_t(q - 1)]))
                && (q + 4 == n || !isAlpha(s[size_t(q + 4)])))
                return true;
        }
        return false;
    }
    bool strict;
    bool wantEmail, wantPhone, wantSpoken, wantCard, wantSsn, wantIban, wantIp;
    // Times, counts, prices, dates met so far: the search for context reads past them ("call me
    // at 5 pm, 21 23 45 67"), as they are never masked.
    std::vector<std::pair<int, int>> &negatives = reusedNegatives();
    // Numbers masked short of their length at the end of their chain (strict): where they end,
    // what they are, how many digits they hold. The rest may come after an aside.
    struct OpenEnd
    {
        int end;
        PiiKind kind;
        int digits;
        int lastStart, lastEnd; // the last group, when written in digits
        char tail[12];          // the last group's digits (at most its last 12)
        int tailLen;
        bool pairs = false; // its last group said as one number of 10-99 ("treinta y tres")
    };
    std::vector<OpenEnd> &openEnds = reusedOpenEnds();
    // Numbers the words before called something else ("your ticket number is …"): where they
    // end, their digits and those words. The same digits said again soon after ("again that is
    // …", "i'll repeat that …") are what they were.
    struct Lowered
    {
        int end;
        std::string digits;
        int before;
    };
    std::vector<Lowered> lowered;
    // UUIDs ("5e441c13-ecfc-864c-ba42-10ba2c12ac1b"), in text order: identifiers, never read for
    // numbers or IBANs.
    std::vector<std::pair<int, int>> uuids;
    std::vector<std::pair<int, int>> chains; // every run of numbers read, found or not
    // Stretches read whole as something that is no one's (a subnet mask read out): no find of
    // another pass inside them stands.
    std::vector<std::pair<int, int>> notPii;
    static std::vector<OpenEnd> &reusedOpenEnds()
    {
        thread_local std::vector<OpenEnd> buffer;
        buffer.clear();
        return buffer;
    }
    static std::vector<std::pair<int, int>> &reusedNegatives()
    {
        // one scanner runs at a time on a thread: the buffer is reused from text to text
        thread_local std::vector<std::pair<int, int>> buffer;
        buffer.clear();
        return buffer;
    }
};

// ---- speakers' labels and time stamps

// The end of a time stamp at q ("0:48", "00:02:01.984", "[00:05:11]"), or -1.
int Scanner::timeStampEnd(int q) const
{
    int p = q;
    const bool bracket = p < n && s[size_t(p)] == '[';
    if (bracket)
        ++p;
    int parts = 0;
    for (;;) {
        const int a = p;
        while (p < n && isDigit(s[size_t(p)]) && p - a < 3)
            ++p;
        if (p == a || p - a > 2 || (parts > 0 && p - a != 2))
            return -1;
        ++parts;
        if (p + 1 < n && s[size_t(p)] == ':' && isDigit(s[size_t(p + 1)]) && parts < 3) {
            ++p;
            continue;
        }
        break;
    }
    if (parts < 2)
        return -1;
    // a fraction of a second after hh:mm:ss: ".984", ",984" (subtitles)
    if (parts == 3 && p + 1 < n && (s[size_t(p)] == '.' || s[size_t(p)] == ',')
        && isDigit(s[size_t(p + 1)])) {
        const int f = p + 1;
        int e = f;
        while (e < n && isDigit(s[size_t(e)]))
            ++e;
        if (e - f <= 3 && !(e < n && (s[size_t(e)] == '.' || s[size_t(e)] == ',')))
            p = e;
    }
    // "AM", "PM" after it, as chats write it: "[3:02 PM] Customer: …", "[10:40 p. m.]"
    if (p + 3 <= n && s[size_t(p)] == ' ') {
        const char m = lower(at(p + 1));
        if ((m == 'a' || m == 'p') && lower(at(p + 2)) == 'm' && !isAlnum(at(p + 3)))
            p += 3;
        else if ((m == 'a' || m == 'p') && at(p + 2) == '.' && at(p + 3) == ' '
                 && lower(at(p + 4)) == 'm' && at(p + 5) == '.')
            p += 6;
    }
    // a subtitle's span of time: "00:01:12.400 --> 00:01:15.900", in brackets or not
    if (parts >= 2 && p + 4 < n) {
        int r = p;
        while (r < n && s[size_t(r)] == ' ')
            ++r;
        if (r + 3 < n && s[size_t(r)] == '-' && s[size_t(r + 1)] == '-'
            && s[size_t(r + 2)] == '>') {
            r += 3;
            while (r < n && s[size_t(r)] == ' ')
                ++r;
            if (r < n && isDigit(s[size_t(r)])) {
                const int t = timeStampEnd(r);
                if (t > r)
                    p = t;
            }
        }
    }
    if (bracket) {
        if (p >= n || s[size_t(p)] != ']')
            return -1;
        ++p;
    }
    if (p < n && isAlnum(s[size_t(p)]))
        return -1;
    return p;
}

int Scanner::turnMarkEnd(int q) const
{
    int t = turnMarkerEnd(q);
    if (t < 0 && isAlpha(at(q)))
        t = labelEnd(q);
    if (t < 0 && (isDigit(at(q)) || at(q) == '[')) {
        const int stamp = timeStampEnd(q);
        if (stamp > 0) {
            int l = stamp;
            while (l < n && s[size_t(l)] == ' ')
                ++l;
            t = labelEnd(l) > 0 ? labelEnd(l) : turnMarkerEnd(l);
        }
    }
    return t;
}

int Scanner::nameEnd(int from, char also, bool *letter) const
{
    int e = from;
    while (e < n && e - from < 24
           && (isAlnum(s[size_t(e)]) || s[size_t(e)] == '_' || s[size_t(e)] == '.'
               || s[size_t(e)] == also)) {
        *letter = *letter || isAlpha(s[size_t(e)]);
        ++e;
    }
    return e;
}

// The start of a chat's time stamp that opens a line and ends right before q ("[8:34] ",
// "[14:58:02] "; the line end before it may read as a space: see normalize), or -1.
int Scanner::chatStampBefore(int q) const
{
    if (q < 7 || q > n || s[size_t(q - 1)] != ' ' || s[size_t(q - 2)] != ']')
        return -1;
    int b = q - 3;
    while (b >= 0 && q - b <= 12 && (isDigit(s[size_t(b)]) || s[size_t(b)] == ':'))
        --b;
    if (b < 0 || s[size_t(b)] != '['
        || !(b == 0 || s[size_t(b - 1)] == '\n' || s[size_t(b - 1)] == ' ') || q - b < 7
        || !isDigit(s[size_t(b + 1)]) || std::memchr(s.data() + b, ':', size_t(q - b)) == nullptr)
        return -1;
    return b;
}

// The end of a chat's user name as its label, after a time stamp that opens a line, at q, or
// -1: "[8:34] usernpf: 8709", "[14:58] guest.4yyi: …", "[16:44] .niec: …" (letters, digits, '.',
// '_', '-', a letter among them, then ':').
int Scanner::chatHandleEnd(int q) const
{
    if (q >= n || chatStampBefore(q) < 0)
        return -1;
    bool letter = false;
    const int h = nameEnd(q, '-', &letter);
    return letter && h < n && s[size_t(h)] == ':' && (h + 1 == n || s[size_t(h + 1)] == ' ') ? h + 1
                                                                                             : -1;
}

// The end of a speaker's label at q ("Customer:", "C:", "Speaker 1:", "spk_0:", "CUSTOMER -",
// "[Agent]"), or -1.
int Scanner::labelEnd(int q) const
{
    if (q >= 8 && q < n && s[size_t(q - 2)] == ']') {
        if (const int h = chatHandleEnd(q); h > 0)
            return h;
    }
    if (q >= n || !isAlpha(s[size_t(q)]) || (q > 0 && isAlnum(s[size_t(q - 1)])))
        return -1;
    const int e = wordEnd(q);
    // (most words are no label: what follows them says so without a look-up)
    const char after = at(e);
    // a channel's or a speaker's number glued to its letters: "ch0:", "spk1:", "agent2:"
    if (isDigit(after)) {
        int d = e;
        while (d < n && isDigit(s[size_t(d)]) && d - e < 2)
            ++d;
        if (at(d) != ':' || !(d + 1 == n || at(d + 1) == ' '))
            return -1;
        const Word w = lowerWord(s, q, e);
        // ("S1:", "S2:": a speaker's letter and number)
        return w.is("ch") || w.is("chan") || w.is("spk") || w.is("sp") || w.is("speaker")
                               || (w.is("s") && d == e + 1) || (speakers().contains(w) && e - q > 1)
                       ? d + 1
                       : -1;
    }
    // a chat's or a log's label with '>' at a line's start: "Operatore> Mhm.", "Agent > go on."
    // (or after a time stamp that opens the line: "[01:32] PH > sure")
    if ((after == '>' || (after == ' ' && at(e + 1) == '>')) && e - q <= 16
        && at(after == '>' ? e + 1 : e + 2) == ' '
        && (q == 0 || s[size_t(q - 1)] == '\n'
            || (q >= 8 && s[size_t(q - 2)] == ']' && chatStampBefore(q) >= 0)))
        return after == '>' ? e + 1 : e + 2;
    // a speaker's label of a few words at a line's start, a person's: "Member of public: …",
    // "Account holder: …"
    if (after == ' ' && (q == 0 || s[size_t(q - 1)] == '\n') && isUpper(s[size_t(q)])) {
        int r = e;
        for (int words = 1;
             words < 4 && r + 1 < n && s[size_t(r)] == ' ' && isAlpha(s[size_t(r + 1)]); ++words) {
            const int b = r + 1;
            r = wordEnd(b);
            if (r < n && s[size_t(r)] == ':' && (r + 1 == n || s[size_t(r + 1)] == ' ')
                && r - q <= 24) {
                const Word last = lowerWord(s, b, r);
                if (personLabelWord(last) || speakers().contains(last))
                    return r + 1;
                break;
            }
        }
    }
    // a speaker's word without a colon opening a line of a dialogue whose lines open so
    // ("student the card's double five three seven\nagent ok keep going\nstudent six oh …"),
    // unless it names a number ("student number 2210 …"); a line of its own so when a digit
    // said aloud follows ("klient pięć zero …": a speech recogniser's, no number's name)
    if (after == ' ' && (q == 0 || s[size_t(q - 1)] == '\n')
        && (bareLabels() || numberWord(s, e + 1, wordEnd(e + 1)).kind == NumKind::Digit)) {
        const Word w = lowerWord(s, q, e);
        if (speakers().contains(w) || speakerWords().contains(w)) {
            int ne = e + 1;
            while (ne < n && isAlpha(s[size_t(ne)]))
                ++ne;
            const Word nw = lowerWord(s, e + 1, ne);
            if (!(nw.size > 0 && numberNoun(nw)) && !nw.is("id") && !nw.is("ref")
                && !nw.is("reference") && !nw.is("account") && at(e + 1) != '#')
                return e;
        }
    }
    if (!(after == ':' || after == '_'
          || (after == ' ' && (isDigit(at(e + 1)) || at(e + 1) == '-' || at(e + 1) == ':'))))
        return -1;
    const Word w = lowerWord(s, q, e);
    int p = e;
    const bool known = speakers().contains(w) || w.view() == "speaker" || w.view() == "spk"
                       || w.view() == "participant" || w.view() == "channel";
    // "Speaker 1", "spk_0", "S1", "AGENT 1:" (one digit or two, and the colon right after)
    if (p + 1 < n && (s[size_t(p)] == ' ' || s[size_t(p)] == '_') && isDigit(s[size_t(p + 1)])) {
        int d = p + 1;
        while (d < n && isDigit(s[size_t(d)]))
            ++d;
        if (w.view() == "speaker" || w.view() == "spk" || w.view() == "participant"
            || w.view() == "channel" || (known && d - p <= 3 && d < n && s[size_t(d)] == ':'))
            p = d;
    }
    // "spk_a:", "speaker_b:" (one letter for the speaker)
    if (known && p + 2 < n && s[size_t(p)] == '_' && isAlpha(s[size_t(p + 1)])
        && s[size_t(p + 2)] == ':')
        p += 2;
    if (p < n && s[size_t(p)] == ':' && (p + 1 == n || s[size_t(p + 1)] == ' ')
        && (known || e - q == 1 || isUpper(s[size_t(q)])))
        return p + 1;
    if (known && p + 2 < n && s[size_t(p)] == ' ' && s[size_t(p + 1)] == '-'
        && s[size_t(p + 2)] == ' ' && isUpper(s[size_t(q)]))
        return p + 2; // "CUSTOMER - so it's …"
    // (as French sets it, a space before the colon: "conseiller : oui")
    if (known && p + 1 < n && s[size_t(p)] == ' ' && s[size_t(p + 1)] == ':'
        && (p + 2 == n || s[size_t(p + 2)] == ' '))
        return p + 2;
    return -1;
}

bool Scanner::bareLabels() const
{
    if (bareLabelLines >= 0)
        return bareLabelLines > 0;
    // two lines or more, opening with two different speakers' words and a space
    int lines = 0;
    Word first;
    bool two = false;
    for (int q = 0; q < n && !two;) {
        const char *nl = static_cast<const char *>(std::memchr(s.data() + q, '\n', size_t(n - q)));
        const int end = nl ? int(nl - s.data()) : n;
        int e = q;
        while (e < end && isAlpha(s[size_t(e)]))
            ++e;
        if (e > q && e < end && s[size_t(e)] == ' ') {
            const Word w = lowerWord(s, q, e);
            if (speakers().contains(w) || speakerWords().contains(w)) {
                ++lines;
                if (lines == 1)
                    first = w;
                else if (w.view() != first.view())
                    two = true;
            }
        }
        q = end + 1;
        if (!nl)
            break;
    }
    bareLabelLines = two ? 1 : 0;
    return two;
}

// The start of a speaker's label (and a time stamp before it) that ends at `at` (spaces
// skipped), or -1: "… 3:49 Agent: " read back from its end.
int Scanner::labelStartBefore(int at) const
{
    int q = at;
    while (q > 0 && s[size_t(q - 1)] == ' ')
        --q;
    // the label's start: at most 25 characters back ("Member of public:")
    for (int b = q - 1; b >= 0 && b >= q - 25; --b) {
        if (b > 0 && isAlnum(s[size_t(b - 1)]))
            continue;
        if (labelEnd(b) != q)
            continue;
        return withStampBefore(b);
    }
    return -1;
}

// Whether the word for an extension among the few words before pos has no number right before
// it: "mi extensión es 4410", not "… oh one four four, ext 213", "555 0123 extension 12".
bool Scanner::extensionAlone(int pos) const
{
    int q = pos;
    for (int words = 0; words < 5; ++words) {
        const LetterWord w = letterWordBefore(s, q);
        if (w.start >= w.end)
            return false;
        if (extensionWords().contains(lowerWord(s, w.start, w.end))) {
            int b = w.start;
            while (b > 0
                   && (s[size_t(b - 1)] == ' ' || s[size_t(b - 1)] == ',' || s[size_t(b - 1)] == '.'
                       || s[size_t(b - 1)] == '-'))
                --b;
            // (past "and then": "… nine nine four and then extension one five seven")
            for (int joiners = 0; joiners < 2; ++joiners) {
                const LetterWord j = letterWordBefore(s, b);
                const Word jw = lowerWord(s, j.start, j.end);
                if (!(jw.is("and") || jw.is("then") || jw.is("plus") || jw.is("y") || jw.is("und")
                      || jw.is("et") || jw.is("e")))
                    break;
                b = j.start;
                while (b > 0 && (s[size_t(b - 1)] == ' ' || s[size_t(b - 1)] == ','))
                    --b;
            }
            if (b > 0 && (isDigit(s[size_t(b - 1)]) || s[size_t(b - 1)] == ']'))
                return false;
            const LetterWord before = letterWordBefore(s, b);
            if (before.start < before.end
                && numberWord(s, before.start, before.end).kind != NumKind::None)
                return false;
            // (nor with a number of seven digits or more given shortly before: "call me on
            // 212-555-0187, then ask for extension 213", an extension read back in the next turn)
            int digits = 0;
            for (int t = w.start - 1; t >= 0 && t >= w.start - 100 && digits < 7; --t) {
                if (isDigit(s[size_t(t)])) {
                    ++digits;
                } else if (isAlpha(s[size_t(t)])) {
                    int a = t;
                    while (a > 0 && isAlpha(s[size_t(a - 1)]))
                        --a;
                    const NumKind k = numberWord(s, a, t + 1).kind;
                    digits += k == NumKind::Digit || k == NumKind::Oh    ? 1
                              : k == NumKind::Teen || k == NumKind::Tens ? 2
                                                                         : 0;
                    t = a;
                }
            }
            return digits < 7;
        }
        q = w.start;
        while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
            --q;
    }
    return false;
}

// Where a time stamp right before b starts ("00:10:45.224 CUS |", "3:49 Agent:"), or b.
int Scanner::withStampBefore(int b) const
{
    int t = b;
    while (t > 0 && s[size_t(t - 1)] == ' ')
        --t;
    for (int a = t - 1; a >= 0 && a >= t - 14; --a) {
        if (a > 0 && (isDigit(s[size_t(a - 1)]) || s[size_t(a - 1)] == '['))
            continue;
        if (timeStampEnd(a) == t)
            return a;
    }
    return b;
}

// The end of a mark of a turn other than a label with a colon, at q, or -1: ">>", "<v Agent>",
// "<customer>", "[ch1]", "[noise]", "|cust|", "AGT |", "(2:53:43 PM)", "Tom (agent):",
// "agent @ 3:44:".
int Scanner::turnMarkerEnd(int q) const
{
    if (q >= n)
        return -1;
    const char c = s[size_t(q)];
    // what stands inside a mark: letters, digits, spaces, '_', '.', at most 24
    const auto closing = [&](int from, char close) {
        bool letter = false;
        const int e = nameEnd(from, ' ', &letter);
        return e < n && s[size_t(e)] == close && letter && e > from ? e + 1 : -1;
    };
    if (c == '>') {
        int e = q;
        while (e < n && s[size_t(e)] == '>')
            ++e;
        return e - q >= 2 ? e : -1;
    }
    if (c == '<')
        return closing(q + 1, '>');
    if (c == '[') {
        // (not a mask put in: "[PHONE]"; and not "[ch1]" when it is the text's own bracket of
        // digits: it holds a letter)
        const int e = closing(q + 1, ']');
        if (e < 0)
            return -1;
        bool upper = true;
        for (int k = q + 1; k < e - 1; ++k)
            upper = upper && isUpper(s[size_t(k)]);
        return upper && e - q > 4 ? -1 : e;
    }
    if (c == '|') {
        const int e = closing(q + 1, '|');
        if (e > 0 && std::memchr(s.data() + q + 1, ' ', size_t(e - q - 2)) == nullptr)
            return e;
        return -1;
    }
    if (c == '(') {
        // "(2:53:43 PM)", "(14:02)"
        if (q + 1 < n && isDigit(s[size_t(q + 1)])) {
            int t = timeStampEnd(q + 1);
            if (t < 0)
                return -1;
            if (t + 3 <= n && s[size_t(t)] == ' ') {
                const Word ampm = lowerWord(s, t + 1, wordEnd(t + 1));
                if (ampm.view() == "am" || ampm.view() == "pm")
                    t = wordEnd(t + 1);
            }
            return t < n && s[size_t(t)] == ')' ? t + 1 : -1;
        }
        return -1;
    }
    if (!isAlpha(c) || (q > 0 && isAlnum(s[size_t(q - 1)])))
        return -1;
    const int e = wordEnd(q);
    // "Tom (agent):", "Lucia (caller):"
    if (e + 2 < n && s[size_t(e)] == ' ' && s[size_t(e + 1)] == '(' && isUpper(c)) {
        const int r = closing(e + 2, ')');
        if (r > 0 && r < n && s[size_t(r)] == ':'
            && speakers().contains(lowerWord(s, e + 2, wordEnd(e + 2))))
            return r + 1;
        return -1;
    }
    // "AGT |", "CUS |", "Agent |"
    if (e + 2 < n && s[size_t(e)] == ' ' && s[size_t(e + 1)] == '|'
        && (s[size_t(e + 2)] == ' ' || e + 3 == n)) {
        const Word w = lowerWord(s, q, e);
        bool upper = true;
        for (int k = q; k < e; ++k)
            upper = upper && isUpper(s[size_t(k)]);
        if (speakers().contains(w) || (upper && e - q >= 2 && e - q <= 5))
            return e + 2;
        return -1;
    }
    // "agent @ 3:44:", "customer @ 4:00:"
    if (e + 4 < n && s[size_t(e)] == ' ' && s[size_t(e + 1)] == '@' && s[size_t(e + 2)] == ' '
        && isDigit(s[size_t(e + 3)]) && speakers().contains(lowerWord(s, q, e))) {
        const int t = timeStampEnd(e + 3);
        if (t > 0 && t < n && s[size_t(t)] == ':')
            return t + 1;
    }
    return -1;
}

// The start of a mark of a turn that ends at q (see turnMarkerEnd), or -1.
int Scanner::turnMarkerStartBefore(int q) const
{
    if (q <= 0)
        return -1;
    const char c = s[size_t(q - 1)];
    if (c != '>' && c != ']' && c != '|' && c != ')' && c != ':')
        return -1;
    for (int b = q - 1; b >= 0 && b >= q - 28; --b) {
        const char o = s[size_t(b)];
        if (o == '>' || o == '<' || o == '[' || o == '|' || o == '(' || isAlpha(o)) {
            if (isAlpha(o) && b > 0 && isAlnum(s[size_t(b - 1)]))
                continue;
            if (o == '>' && b > 0 && s[size_t(b - 1)] == '>')
                continue;
            if (turnMarkerEnd(b) == q)
                return b;
        }
    }
    return -1;
}

// ---- e-mail addresses written with '@'

bool localChar(char c)
{
    // (and the rarer characters an address may hold: "o.hara!ops@…", "a&b@…", "x~y@…")
    return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\''
           || c == '!' || c == '#' || c == '&' || c == '^' || c == '~' || c == '*';
}

// The end of a written domain starting at `from` ("example.co.uk"), or -1.
// A domain's last label with a number glued to it ("com424", "at0066"): how many letters it
// starts with (two at least), digits only after them; else -1.
int lettersBeforeGluedNumber(std::string_view label)
{
    size_t l = 0;
    while (l < label.size() && isAlpha(label[l]))
        ++l;
    if (l < 2 || l == label.size())
        return -1;
    for (size_t k = l; k < label.size(); ++k)
        if (!isDigit(label[k]))
            return -1;
    return int(l);
}

int writtenDomainEnd(std::string_view s, int from)
{
    const int n = int(s.size());
    int right = from;
    while (right < n
           && (isAlnum(s[size_t(right)]) || s[size_t(right)] == '.' || s[size_t(right)] == '-'))
        ++right;
    while (right > from && (s[size_t(right - 1)] == '.' || s[size_t(right - 1)] == '-'))
        --right;
    const std::string_view domain = s.substr(size_t(from), size_t(right - from));
    const size_t dot = domain.rfind('.');
    // (a dot typed twice inside is a typo of one: "outlook..com")
    if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2
        || domain.find("...") != std::string_view::npos || domain[0] == '.')
        return -1;
    const std::string_view tld = domain.substr(dot + 1);
    bool letters = true;
    for (char c : tld)
        letters = letters && isAlpha(c);
    const bool puny = tld.size() > 4 && tld.substr(0, 4) == "xn--";
    // a file's name, no address: "scan_receipt@2025-11-03.pdf" (no top-level domain is named
    // as these extensions are)
    static const WordSet files{"pdf",  "jpg",  "jpeg", "png", "gif", "docx", "doc",
                               "xlsx", "xls",  "pptx", "txt", "csv", "heic", "tif",
                               "tiff", "webp", "bmp",  "eml", "msg", "wav"};
    if (letters && tld.size() <= 4 && files.contains(lowerWord(tld, 0, int(tld.size()))))
        return -1;
    if (!letters && !puny) {
        // a number glued to the address ("k@ex.com424 0123"): the address ends at its letters,
        // as it does once the number is masked ("k@ex.com[PHONE]")
        const int l = lettersBeforeGluedNumber(tld);
        return l > 0 ? from + int(dot + 1) + l : -1;
    }
    return right;
}

void Scanner::findEmails()
{
    size_t from = 0;
    for (;;) {
        const size_t found = s.find('@', from);
        if (found == std::string_view::npos)
            return;
        const int atPos = int(found);
        from = found + 1;
        // "bob @ example.com": one space on each side; "bob [@] example[.]com", "bob (@) …".
        int localEnd = atPos;
        int domainStart = atPos + 1;
        const char open = at(atPos - 1), close = at(atPos + 1);
        if ((open == '[' && close == ']') || (open == '(' && close == ')')
            || (open == '{' && close == '}')) {
            localEnd = atPos - 1;
            domainStart = atPos + 2;
        }
        if (at(localEnd - 1) == ' ' && at(domainStart) == ' ') {
            localEnd -= 1;
            domainStart += 1;
        }
        // ("tradie underscore dan @sign bigpond dot net dot au": the '@' said as it is typed)
        if (at(localEnd - 1) == ' ' && domainStart == atPos + 1 && domainStart + 5 < n
            && lowerWord(s, domainStart, wordEnd(domainStart)).is("sign")
            && s[size_t(domainStart + 4)] == ' ') {
            localEnd -= 1;
            domainStart += 5;
        }
        int left = localEnd;
        while (left > 0 && localChar(s[size_t(left - 1)]))
            --left;
        while (left < localEnd && (s[size_t(left)] == '.' || s[size_t(left)] == '\''))
            ++left;
        // A quoted local part, spaces and all: "\"jane doe\"@example.com".
        if (left == localEnd && at(localEnd - 1) == '"') {
            int q = localEnd - 2;
            while (q >= 0 && localEnd - q <= 66 && s[size_t(q)] != '"' && s[size_t(q)] != '@')
                --q;
            if (q >= 0 && q < localEnd - 2 && s[size_t(q)] == '"')
                left = q;
        }
        // Dots written with spaces around them, as the '@' was: "lars . eriksson @ bredband .
        // net".
        if (localEnd < atPos && left < localEnd) {
            while (left >= 4 && s[size_t(left - 1)] == ' ' && s[size_t(left - 2)] == '.'
                   && s[size_t(left - 3)] == ' ' && isAlnum(s[size_t(left - 4)])) {
                int b = left - 3;
                while (b > 0 && localChar(s[size_t(b - 1)]))
                    --b;
                left = b;
            }
        }
        // "my email is elif.mbeki Customer: @virginmedia.com": the local part before a turn.
        int turnStart = -1;
        if (left == localEnd && localEnd == atPos) {
            int q = atPos;
            while (q > 0 && s[size_t(q - 1)] == ' ')
                --q;
            if (q > 1 && s[size_t(q - 1)] == ':') {
                int b = q - 1;
                while (b > 0 && isAlpha(s[size_t(b - 1)]))
                    --b;
                if (b < q - 1 && speakers().contains(lowerWord(s, b, q - 1)))
                    turnStart = withStampBefore(b);
            }
            // ("[09:12] Customer: email is tom.h.briggs\n[09:12] Customer: @btinternet.com")
            if (turnStart < 0 && q > 0) {
                int b = turnMarkerStartBefore(q);
                if (b < 0)
                    b = labelStartBefore(q);
                if (b >= 0 && b < q)
                    turnStart = withStampBefore(b);
            }
            if (turnStart >= 0) {
                localEnd = turnStart;
                while (localEnd > 0
                       && (s[size_t(localEnd - 1)] == ' ' || s[size_t(localEnd - 1)] == '\n'
                           || s[size_t(localEnd - 1)] == '\r'))
                    --localEnd;
                left = localEnd;
                while (left > 0 && localChar(s[size_t(left - 1)]))
                    --left;
                while (left < localEnd && (s[size_t(left)] == '.' || s[size_t(left)] == '\''))
                    ++left;
            }
        }
        if (left == localEnd)
            continue;
        // A local part already masked by whoever wrote it ("j***@gmail.com") holds no one's
        // address.
        if (std::string_view(s.data() + left, size_t(localEnd - left)).find("**")
            != std::string_view::npos)
            continue;
        // Letters typed one by one before it, as they were said: "r a j e s h . k u m a
        // r@rediffmail.com", "M A R I A dot G @ yahoo dot com" (two letters at least).
        if (turnStart < 0 && left > 1 && s[size_t(left - 1)] == ' ') {
            int q = left, letters = 0, seps = 0, start = left;
            bool sepAfter = false;
            for (int guard = 0; guard < 40 && q > 1 && s[size_t(q - 1)] == ' '; ++guard) {
                int b = q - 1;
                while (b > 0 && s[size_t(b - 1)] == ' ')
                    --b;
                int a = b;
                while (a > 0 && isAlnum(s[size_t(a - 1)]))
                    --a;
                if (a == b) {
                    // a separator typed alone: " . ", " _ ", " - "
                    if (b > 1
                        && (s[size_t(b - 1)] == '.' || s[size_t(b - 1)] == '_'
                            || s[size_t(b - 1)] == '-')
                        && s[size_t(b - 2)] == ' ') {
                        q = b - 1;
                        // (a word before it only when a letter was typed alone after it:
                        // "lee . h . ng@…", not "João Pereira · joao.pereira@…")
                        sepAfter = letters > 0;
                        ++seps;
                        continue;
                    }
                    break;
                }
                if (a > 0 && !(s[size_t(a - 1)] == ' ' || s[size_t(a - 1)] == '\n'))
                    break;
                if (b - a == 1 && isAlpha(s[size_t(a)])) {
                    ++letters;
                    start = a;
                    sepAfter = false;
                } else if (localConnector(lowerWord(s, a, b))) {
                    ++seps;
                    sepAfter = true;
                } else if (sepAfter && !emailStopWords().contains(lowerWord(s, a, b))) {
                    // a word before a separator: "lee . h . ng@ gmail. com", "tradie
                    // underscore dan @sign …"
                    ++letters;
                    start = a;
                    sepAfter = false;
                } else {
                    break;
                }
                q = a;
            }
            if (letters >= 2 || (letters >= 1 && seps >= 1))
                left = start;
        }
        // ("jess123@@gmail.com": the '@' typed twice)
        if (domainStart == atPos + 1 && at(domainStart) == '@')
            ++domainStart;
        int right = writtenDomainEnd(s, domainStart);
        // The domain typed as the next message: "kyla.bautista3@\n[11:05] user_bpm: gmail.com"
        // (the label between is not masked)
        if (right < 0 && domainStart == atPos + 1 && turnStart < 0
            && (at(domainStart) == ' ' || at(domainStart) == '\n' || at(domainStart) == '\r')) {
            int q = domainStart;
            while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == '\n' || s[size_t(q)] == '\r'))
                ++q;
            int t = turnMarkEnd(q);
            if (t > 0) {
                while (t < n && s[size_t(t)] == ' ')
                    ++t;
                const int r = writtenDomainEnd(s, t);
                // (not an address of its own: "billing@\nFrom: anand.k@gmail.com")
                if (r > t && !(r < n && s[size_t(r)] == '@')) {
                    push(left, atPos + 1, PiiKind::Email);
                    push(t, r, PiiKind::Email);
                    from = size_t(r);
                    continue;
                }
            }
        }
        // "bob@gmail dot com", "ng@ gmail. com", "jane@ (gmail.com)": the domain right after
        // the '@', or after one space and one bracket (not past a line's end or a run of
        // brackets: "D@\n[[[[at-42.at")
        if (right < 0 && wantSpoken) {
            int d = domainStart;
            if (at(d) == ' ')
                ++d;
            if (at(d) == '(' || at(d) == '[')
                ++d;
            if (isAlnum(at(d)))
                right = spokenDomainEnd(domainStart);
        }
        if (right < 0)
            continue;
        // A top-level domain typed after a stray space or a comma: "ng@ gmail. com",
        // "rosie_t@hotmail,co.uk" (a known one only: "bob@mail.com. Thanks" ends at "com").
        for (int more = 0; more < 2; ++more) {
            int q = right;
            if (q < n && (s[size_t(q)] == '.' || s[size_t(q)] == ','))
                ++q;
            else if (more == 0 && q > domainStart && s[size_t(q - 1)] == '.')
                ; // (the domain's own dot stands before: "gmail. com")
            else
                break;
            while (q < n && s[size_t(q)] == ' ')
                ++q;
            const int e = wordEnd(q);
            if (e == q || (e < n && (isDigit(s[size_t(e)]) || s[size_t(e)] == '@'))
                || !topLevelDomains().contains(lowerWord(s, q, e))
                || (isUpper(s[size_t(q)]) && e - q > 1 && !isUpper(s[size_t(q + 1)])))
                break;
            right = e;
        }
        if (turnStart >= 0) { // the other side's label between is not masked
            push(left, localEnd, PiiKind::Email);
            push(atPos, right, PiiKind::Email);
            from = size_t(right);
            continue;
        }
        // A written local part may be preceded by spoken words of the same address.
        const auto [from2, to2] = withSpelling(left, localEnd, right);
        push(from2, to2, PiiKind::Email);
        from = size_t(to2);
    }
}

// ---- e-mail addresses said as words: "o rossi at gmail dot com"

// Where a name spelled letter by letter ends at `at` begins (past spaces and commas): letters
// alone or by their names in the caller's language ("o ese pe i ene a", "tê agá a i ésse"),
// two at least (one when `afterLetters`: the words after it are spelled too), then the words
// joined before them by a separator said ("valentina punto ospina …"); or -1.
int Scanner::spelledNamesBefore(int at, bool afterLetters) const
{
    // the tokens of the run, latest first
    int starts[32];
    char spelled[32];
    int letters = 0;
    for (int q = at;;) {
        int e = q;
        while (e > 0 && (s[size_t(e - 1)] == ' ' || s[size_t(e - 1)] == ','))
            --e;
        int b = e;
        while (b > 0 && isAlpha(s[size_t(b - 1)]))
            --b;
        if (b == e || (b > 0 && s[size_t(b - 1)] != ' ' && s[size_t(b - 1)] != ',')
            || letters >= 32)
            break;
        char l = 0;
        if (e - b == 1)
            l = lower(s[size_t(b)]);
        else if (letterNameEnd(b, &l) != e) {
            // digits said among the letters: "el, oo, tee, tee, ee, vierenzeventig, apenstaartje
            // …" (a number word, the letters on either side of it)
            if (numberWord(s, b, e).kind == NumKind::None)
                break;
            l = '#';
        }
        starts[letters] = b;
        spelled[letters] = l;
        ++letters;
        q = b;
    }
    // (the words a letter's name is too, first in the run, when no name stands before it: "mi
    // correo es jota pe ele …", "escríbeme a …")
    static const WordSet wordsToo{"es", "e",  "a",  "o",  "y",  "i",  "u",  "en", "de",
                                  "el", "di", "ti", "ha", "em", "er", "be", "ve"};
    const auto wordToo
            = [&](int k) { return wordsToo.contains(lowerWord(s, starts[k], wordEnd(starts[k]))); };
    // the word right before the run, when the letters spell it: "ospina o ese pe i ene a"
    const auto spelledWordBefore = [&](int count) {
        const LetterWord before = letterWordBefore(s, starts[count - 1]);
        if (before.end == before.start || before.end - before.start != count)
            return -1;
        for (int k = 0; k < count; ++k)
            if (lower(s[size_t(before.start + k)]) != spelled[count - 1 - k])
                return -1;
        return before.start;
    };
    // (a run that ends in digits said starts at its last letter)
    while (letters > 0 && spelled[letters - 1] == '#')
        --letters;
    int start = -1, q = -1;
    if (letters > 0) {
        const int word = spelledWordBefore(letters);
        if (word >= 0) {
            start = word;
            q = word;
        } else {
            // (not a letter said with a comma after it: "el, oo, tee, …")
            while (letters > 0 && wordToo(letters - 1)
                   && !(wordEnd(starts[letters - 1]) < n
                        && s[size_t(wordEnd(starts[letters - 1]))] == ','))
                --letters;
            if (letters >= (afterLetters ? 1 : 2))
                start = q = starts[letters - 1];
        }
    }
    // (the letters after `at` alone: the words joined before them, "ro guion medio eme te …")
    if (start < 0 && afterLetters)
        start = q = at;
    if (start < 0)
        return -1;
    // the words joined before by a separator said: "valentina punto ospina …"
    for (int words = 0; words < 3; ++words) {
        LetterWord sep = letterWordBefore(s, q);
        Word sw = lowerWord(s, sep.start, sep.end);
        // (a separator of two words: "guion medio", "guion bajo", "tiret bas", "traço baixo")
        if (sep.end > sep.start
            && (sw.is("medio") || sw.is("bajo") || sw.is("baixo") || sw.is("bas"))) {
            const LetterWord first = letterWordBefore(s, sep.start);
            const Word fw = lowerWord(s, first.start, first.end);
            if (first.end > first.start && localConnector(fw.view())) {
                sep = {first.start, sep.end};
                sw = fw;
            }
        }
        if (sep.end == sep.start || !localConnector(sw.view()))
            break;
        const LetterWord name = letterWordBefore(s, sep.start);
        const Word nw = lowerWord(s, name.start, name.end);
        if (name.end == name.start || nw.size <= 0 || emailStopWords().contains(nw)
            || speakers().contains(nw) || fillers().contains(nw))
            break;
        start = q = name.start;
        // a name spelled before the separator too, back to its first letter: "emme a erre ci
        // o punto elle u pi i chiocciola …" (two letters at least; not a word a letter's name
        // is too, first)
        char named = 0;
        if (name.end - name.start == 1 || letterNameEnd(name.start, &named) == name.end) {
            int run[32];
            int count = 0;
            run[count++] = name.start;
            while (count < 32) {
                const LetterWord prev = letterWordBefore(s, run[count - 1]);
                if (prev.end == prev.start || prev.end == run[count - 1]
                    || (prev.end - prev.start != 1
                        && letterNameEnd(prev.start, &named) != prev.end))
                    break;
                run[count++] = prev.start;
            }
            while (count > 1
                   && wordsToo.contains(lowerWord(s, run[count - 1], wordEnd(run[count - 1]))))
                --count;
            if (count >= 2)
                start = q = run[count - 1];
        }
    }
    return start;
}

// Where the speaker's words end before the other side's short turn that ends at `at` (a few
// fillers on a line of their own, or after their label: "…naidoo\ngo on\nat …", "… t a m a 40
// / agent: okay / customer: at …"), or `at` when there is none.
int Scanner::beforeShortTurn(int at) const
{
    int q = at;
    while (q > 0 && s[size_t(q - 1)] == ' ')
        --q;
    // our label before the "at"
    if (q > 0 && (s[size_t(q - 1)] == ':' || s[size_t(q - 1)] == '>')) {
        const int b = labelStartBefore(q);
        if (b < 0)
            return at;
        q = b;
        while (q > 0 && s[size_t(q - 1)] == ' ')
            --q;
    }
    if (q == 0 || s[size_t(q - 1)] != '\n')
        return at;
    --q;
    // their line: up to three fillers, maybe after their label
    for (int words = 0;; ++words) {
        while (q > 0
               && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == '.' || s[size_t(q - 1)] == '!'
                   || s[size_t(q - 1)] == ','))
            --q;
        if (q == 0)
            return at;
        if (s[size_t(q - 1)] == '\n')
            return words > 0 ? q - 1 : at;
        if (s[size_t(q - 1)] == ':' || s[size_t(q - 1)] == '>') {
            const int b = labelStartBefore(q);
            if (b <= 0 || s[size_t(b - 1)] != '\n' || words == 0)
                return at;
            return b - 1;
        }
        if (!isAlpha(s[size_t(q - 1)]) || words >= 3)
            return at;
        const LetterWord w = letterWordBefore(s, q);
        if (w.end != q || !fillers().contains(lowerWord(s, w.start, w.end)))
            return at;
        q = w.start;
    }
}

// Where the speaker goes on after the other side's short turn that starts at `from` (a line's
// end, their label, a few fillers: "\nagent: mm\ncustomer: "), or `from` when there is none.
int Scanner::afterShortTurn(int from) const
{
    // (a line end before a label reads as a space here: see normalize)
    const auto blank = [&](char c) { return c == ' ' || c == '\n' || c == '\r' || c == ','; };
    const auto turnAt = [&](int r) {
        if (r >= n)
            return -1;
        const int l = isAlpha(s[size_t(r)]) ? labelEnd(r) : -1;
        return l > 0 ? l : turnMarkerEnd(r);
    };
    int q = from;
    while (q < n && blank(s[size_t(q)]))
        ++q;
    const int theirs = q > from ? turnAt(q) : -1;
    if (theirs <= 0)
        return from;
    q = theirs;
    for (int words = 0;; ++words) {
        while (q < n
               && (blank(s[size_t(q)]) || s[size_t(q)] == '.' || s[size_t(q)] == '!'
                   || s[size_t(q)] == '?'))
            ++q;
        const int ours = turnAt(q);
        if (ours > 0) {
            q = ours;
            break;
        }
        if (q >= n || !isAlpha(s[size_t(q)]) || words >= 3)
            return from;
        const int e = wordEnd(q);
        if (!fillers().contains(lowerWord(s, q, e)))
            return from;
        q = e;
    }
    while (q < n && s[size_t(q)] == ' ')
        ++q;
    return q;
}

// From just after "at": "gmail dot com", "yahoo dot co dot uk", "web.de", "(dot)" forms. The end
// of the domain, or -1.
int Scanner::spokenDomainEnd(int from) const
{
    int p = from;
    const auto skipBlank = [&](int q) {
        while (q < n
               && (s[size_t(q)] == ' ' || s[size_t(q)] == '(' || s[size_t(q)] == ')'
                   || s[size_t(q)] == '[' || s[size_t(q)] == ']' || s[size_t(q)] == '{'
                   || s[size_t(q)] == '}' || s[size_t(q)] == '<' || s[size_t(q)] == '>'
                   || ((s[size_t(q)] == '-' || s[size_t(q)] == '_')
                       && (q + 1 == n || s[size_t(q + 1)] == ' '
                           || (q > 0 && s[size_t(q - 1)] == ' ')))))
            ++q;
        return q;
    };
    p = skipBlank(p);
    // "at sign", "at symbol", "at the rate (of)": the '@' said in more words.
    const auto wordIs = [&](int q, std::string_view w) {
        const int e = wordEnd(q);
        return e - q == int(w.size()) && lowerWord(s, q, e).is(w);
    };
    if (wordIs(p, "sign") || wordIs(p, "symbol") || wordIs(p, "zeichen")) {
        p = skipBlank(wordEnd(p));
    } else if (wordIs(p, "the") && wordIs(skipBlank(wordEnd(p)), "rate")) {
        p = skipBlank(wordEnd(skipBlank(wordEnd(p))));
        if (wordIs(p, "of"))
            p = skipBlank(wordEnd(p));
    }
    // The separator after a label ending at `q`: '.', " dot ", "(dot)", " . ", " period ". Where
    // the next label starts, or -1.
    const auto separatorAfter = [&](int q) {
        if (q < n && s[size_t(q)] == '.' && q + 1 < n && isAlnum(s[size_t(q + 1)]))
            return q + 1;
        // "bigpond, dot, com": an address said with commas between its words
        if (q + 2 < n && s[size_t(q)] == ',' && s[size_t(q + 1)] == ' '
            && isAlpha(s[size_t(q + 2)])) {
            const int e = wordEnd(q + 2);
            if (isDotWord(lowerWord(s, q + 2, e))) {
                int r = e;
                if (r < n && s[size_t(r)] == ',')
                    ++r;
                while (r < n && s[size_t(r)] == ' ')
                    ++r;
                // (a known top-level domain after it: "at home, dot, later" is no address)
                if (r < n && isAlnum(s[size_t(r)]) && r > e
                    && topLevelDomains().contains(lowerWord(s, r, wordEnd(r))))
                    return r;
                // (or its letters, with commas too: "orange, point, F, R")
                if (r < n && r > e && isAlpha(s[size_t(r)]) && wordEnd(r) == r + 1) {
                    char two[2] = {lower(s[size_t(r)]), 0};
                    int f = r + 1;
                    if (f < n && s[size_t(f)] == ',')
                        ++f;
                    if (f + 1 < n && s[size_t(f)] == ' ' && isAlpha(s[size_t(f + 1)])
                        && wordEnd(f + 1) == f + 2) {
                        two[1] = lower(s[size_t(f + 1)]);
                        if (topLevelDomains().contains(lowerWord(std::string_view(two, 2), 0, 2)))
                            return r;
                    }
                }
            }
        }
        // "hotmail_dot_co_dot_uk"
        if (q + 5 < n && s[size_t(q)] == '_' && s[size_t(q + 4)] == '_'
            && lowerWord(s, q + 1, q + 4).is("dot") && isAlnum(s[size_t(q + 5)]))
            return q + 5;
        const int b = q;
        q = skipBlank(q);
        if (q + 3 <= n && lower(s[size_t(q)]) == 'd' && lower(s[size_t(q + 1)]) == 'o'
            && lower(s[size_t(q + 2)]) == 't' && (q + 3 == n || !isAlnum(s[size_t(q + 3)]))) {
            const int r = skipBlank(q + 3);
            return r < n && isAlnum(s[size_t(r)]) ? r : -1;
        }
        if (q < n && isAlpha(s[size_t(q)])) {
            const int e = wordEnd(q);
            const Word dot = lowerWord(s, q, e);
            // (and in Portuguese, Spanish, Italian: "terra ponto com ponto br")
            // (in brackets too: "laposte [point] net")
            if (isDotWord(dot) && skipBlank(e) > e && skipBlank(e) < n
                && isAlnum(s[size_t(skipBlank(e))]) && s[size_t(e)] != ' ')
                return skipBlank(e);
            if (isDotWord(dot) && e + 1 < n && s[size_t(e)] == ' ' && isAlnum(s[size_t(e + 1)]))
                return e + 1;
            // "full stop", as it is said in Britain
            if (dot.is("full") && e + 1 < n && s[size_t(e)] == ' ') {
                const int e2 = wordEnd(e + 1);
                if (lowerWord(s, e + 1, e2).is("stop") && e2 + 1 < n && s[size_t(e2)] == ' '
                    && isAlnum(s[size_t(e2 + 1)]))
                    return e2 + 1;
            }
            // "dot" as a recogniser hears it, before a top-level domain: "gmx dart net",
            // "hotmail got com", "pediatrics dog org"
            if (dot.view() == "dart" && e + 1 < n && s[size_t(e)] == ' '
                && topLevelDomains().contains(lowerWord(s, e + 1, wordEnd(e + 1))))
                return e + 1;
            // ("got" only before the commonest: "got it" is no address's end)
            if (dot.view() == "got" && e + 1 < n && s[size_t(e)] == ' ') {
                const Word tld = lowerWord(s, e + 1, wordEnd(e + 1));
                if (tld.is("com") || tld.is("net") || tld.is("org"))
                    return e + 1;
            }
            // "gmail dotcom": the dot and the top-level domain said as one word
            if (dot.size > 3 && dot.view().substr(0, 3) == "dot"
                && topLevelDomains().contains(dot.view().substr(3)))
                return q + 3;
            if (dot.view() == "dog" && e + 1 < n && s[size_t(e)] == ' ') {
                const Word tld = lowerWord(s, e + 1, wordEnd(e + 1));
                if (tld.is("com") || tld.is("org") || tld.is("net") || tld.is("edu")
                    || tld.is("gov") || tld.is("co"))
                    return e + 1;
            }
        }
        if (q < n && s[size_t(q)] == '.' && q > b) {
            const int r = skipBlank(q + 1);
            return r < n && isAlnum(s[size_t(r)]) ? r : -1;
        }
        // The other side's short turn inside the domain: "compta at cabinet / conseiller: oui /
        // client: tiret roussel tiret avocats point fr", "acquisti chiocciola officinemeccaniche
        // / operatore: sì / cliente: tarantino punto it"
        if (const int r = afterShortTurn(b); r > b && r < n && isAlpha(s[size_t(r)])) {
            const int e = wordEnd(r);
            const Word w = lowerWord(s, r, e);
            if ((dashWord(w.view()) || isDotWord(w)) && e + 1 < n && s[size_t(e)] == ' '
                && isAlnum(s[size_t(e + 1)]))
                return e + 1;
            int f = e;
            while (f < n && s[size_t(f)] == ' ')
                ++f;
            const int fe = wordEnd(f);
            if (fe > f && isDotWord(lowerWord(s, f, fe))) {
                int t = fe;
                while (t < n && s[size_t(t)] == ' ')
                    ++t;
                if (t < n && topLevelDomains().contains(lowerWord(s, t, wordEnd(t))))
                    return r;
            }
        }
        return -1;
    };
    int labels = 0;
    int end = -1;
    bool lastWasTld = false;
    bool wide = false; // a label of many words, or joined by "and", "of", …
    int firstLabelEnd = -1;
    bool provider = false;
    for (int guard = 0; guard < 8; ++guard) {
        // A label: letters, digits, '-'; said: "pat dash designs", "one six three".
        const int a = p;
        // (an apostrophe said in a business's name: "toms plumbing" is typed for "tom's")
        while (p < n
               && (isAlnum(s[size_t(p)]) || s[size_t(p)] == '-'
                   || (s[size_t(p)] == '\'' && p > a && isAlpha(s[size_t(p - 1)]) && p + 1 < n
                       && isAlpha(s[size_t(p + 1)]))))
            ++p;
        if (p == a)
            break;
        // (a number glued to the last label ends the address at its letters, as it does once
        // the number is masked: "t-42.at0066…" reads as "t-42.at[CARD]" does)
        if (labels >= 1) {
            if (const int l = lettersBeforeGluedNumber(s.substr(size_t(a), size_t(p - a))); l > 0)
                p = a + l;
        }
        // (a label neither starts nor ends with a hyphen: "at-.at" is none)
        if (s[size_t(a)] == '-' || s[size_t(p - 1)] == '-')
            break;
        // What masking put in ("[EMAIL]") is not a label: masked text masked again finds nothing.
        if (a > 0 && s[size_t(a - 1)] == '[' && p < n && s[size_t(p)] == ']'
            && std::all_of(s.begin() + a, s.begin() + p, [](char c) { return isUpper(c); }))
            break;
        int lastStart = a;
        for (int more = 0; more < 8 && p + 1 < n && s[size_t(p)] == ' '; ++more) {
            const int b = p + 1;
            const int e = wordEnd(b);
            if (e == b)
                break;
            const Word joiner = lowerWord(s, b, e);
            // (not "… dot de minus like the dash": what the word means, said after it)
            // (and in other languages: "casa guion rural guion la guion encina punto es")
            if (dashWord(joiner.view()) && e + 1 < n && !stopWordAfterDash(e) && s[size_t(e)] == ' '
                && isAlnum(s[size_t(e + 1)])) {
                p = e + 1;
                lastStart = p;
                while (p < n && (isAlnum(s[size_t(p)]) || s[size_t(p)] == '-'))
                    ++p;
                continue;
            }
            if (numberWord(s, b, e).kind == NumKind::Digit
                && numberWord(s, lastStart, p).kind == NumKind::Digit) {
                lastStart = b;
                p = e;
                continue;
            }
            break;
        }
        // A label said in more words, or spelled: "pixel forge dot studio", "i cloud dot com",
        // "g m x dot de", "Proton mail dot ch": the words up to a "dot" are one label.
        int spelledLabel = 0;
        {
            bool wideNow = false;
            int e2 = p;
            int words = 1, longWords = p - a > 1 ? 1 : 0;
            while (words < 24 && e2 + 1 < n && s[size_t(e2)] == ' ' && isAlpha(s[size_t(e2 + 1)])
                   && separatorAfter(e2) < 0) {
                const int e = wordEnd(e2 + 1);
                const Word x = lowerWord(s, e2 + 1, e);
                // ("office three six five dash secure dot net": a dash said between its words)
                if (words > 1 && dashWord(x.view()) && e + 1 < n && s[size_t(e)] == ' '
                    && isAlpha(s[size_t(e + 1)]) && !stopWordAfterDash(e)) {
                    e2 = e;
                    ++words;
                    continue;
                }
                // ("smith and daughters plumbing dot com", "c and r roofing": "and" joins the
                // words of a business's name, with a word after it)
                // ("homes by heather", "bank of ireland": so do "by", "of", "the", "for")
                const bool joiningAnd
                        = (x.is("and") || x.is("by") || x.is("of") || x.is("the") || x.is("for"))
                          && e + 1 < n && s[size_t(e)] == ' ' && isAlpha(s[size_t(e + 1)])
                          && !glueWords().contains(lowerWord(s, e + 1, wordEnd(e + 1)))
                          && !isDotWord(lowerWord(s, e + 1, wordEnd(e + 1)));
                // (a role that labels a turn only with its colon: "nilgiri tech dot in")
                if (x.size < 0 || isDotWord(x.view()) || x.view() == "not"
                    || (x.size > 1 && !joiningAnd
                        && (glueWords().contains(x) || speakerWords().contains(x)
                            || (speakers().contains(x) && e < n && s[size_t(e)] == ':'))))
                    break;
                // "dot n z, not dot com": letters that make a top-level domain end the address
                if (labels >= 1 && x.size > 1) {
                    const std::string sofar = lettersOf(s, a, e2);
                    if (topLevelDomains().contains(lowerWord(sofar, 0, int(sofar.size()))))
                        break;
                }
                // (a business's name in up to five words: "harbor view inn and suites dot com")
                longWords += x.size > 1 ? 1 : 0;
                if (longWords > 5)
                    break;
                wideNow = wideNow || joiningAnd || longWords > 2;
                e2 = e;
                ++words;
                if (separatorAfter(e2) >= 0) {
                    spelledLabel = longWords == 0 ? words : 0;
                    p = e2;
                    wide = wide || wideNow;
                    break;
                }
            }
        }
        Word w = lowerWord(s, a, p);
        if (spelledLabel || std::memchr(s.data() + a, ' ', size_t(p - a))) {
            const std::string joined = lettersOf(s, a, p); // "i cloud" is "icloud"
            w = lowerWord(joined, 0, int(joined.size()));
        }
        // "g mail": the provider said in two words.
        if (labels == 0 && w.view() == "g" && p + 5 <= n && s[size_t(p)] == ' '
            && lowerWord(s, p + 1, wordEnd(p + 1)).is("mail")) {
            p = wordEnd(p + 1);
            w = lowerWord("gmail", 0, 5);
        }
        if (labels == 0) {
            firstLabelEnd = p;
            provider = mailProviders().contains(w);
        }
        // A top-level domain spelled by its letters' names in the caller's language: "punkt ce
        // ha", "punto a erre", "ponto bê erre"
        if (labels >= 1 && !spelledLabel) {
            char l1 = 0, l2 = 0;
            const int e1 = p - a == 1 ? p : letterNameEnd(a, &l1) == p ? p : -1;
            if (p - a == 1)
                l1 = lower(s[size_t(a)]);
            if (e1 > 0 && e1 + 1 < n && s[size_t(e1)] == ' ') {
                const int b2 = e1 + 1;
                const int e2 = wordEnd(b2);
                if (e2 == b2 + 1 && isAlpha(s[size_t(b2)]))
                    l2 = lower(s[size_t(b2)]);
                else if (letterNameEnd(b2, &l2) != e2)
                    l2 = 0;
                if (l1 != 0 && l2 != 0 && (p - a > 1 || e2 - b2 > 1)) {
                    const char two[2] = {l1, l2};
                    const Word tld = lowerWord(std::string_view(two, 2), 0, 2);
                    if (topLevelDomains().contains(tld)) {
                        w = tld;
                        p = e2;
                    }
                }
            }
        }
        // A label spelled out: "dot c o m".
        // (the longest that is one: "dot s e i changed it" ends at "s e")
        if (p - a == 1 && labels >= 1) {
            Word spelled = w;
            int e = p;
            Word best;
            int bestEnd = -1;
            for (;;) {
                // (commas between the letters too: "point, F, R")
                const int f = e + 1 < n && s[size_t(e)] == ',' ? e + 1 : e;
                if (!(f + 2 <= n && s[size_t(f)] == ' ' && isAlpha(s[size_t(f + 1)])
                      && (f + 2 == n || !isAlnum(s[size_t(f + 2)])) && spelled.size < 8))
                    break;
                spelled.text[spelled.size++] = lower(s[size_t(f + 1)]);
                spelled.rehash();
                e = f + 2;
                if (topLevelDomains().contains(spelled)) {
                    best = spelled;
                    bestEnd = e;
                }
            }
            if (bestEnd > 0) {
                w = best;
                p = bestEnd;
            }
        }
        if (labels == 0 && ((glueWords().contains(w) && w.view() != "me") || w.view() == "www"))
            return -1;
        ++labels;
        // The last label: a known top-level domain, or any word of letters after a dot ("dot
        // photography", "dot berlin": there are over a thousand).
        const auto anyTld = [&] {
            if (w.size < 2 || w.size > 18 || spelledLabel || glueWords().contains(w)
                || std::memchr(s.data() + a, ' ', size_t(p - a)))
                return false;
            // (a number said after "point" is a decimal: "at eleven point five percent")
            if (numberWord(s, a, p).kind != NumKind::None)
                return false;
            // (a file's name typed in a log is no domain: "exception 0x8806 at ntdll.dll",
            // "failed at setup.exe")
            if (labels == 2 && a > 0 && s[size_t(a - 1)] == '.' && fileExtensions().contains(w))
                return false;
            return std::all_of(s.begin() + a, s.begin() + p, [](char c) { return isAlpha(c); });
        };
        // (after a name of many words, a known one: "the record for files dot corp" is none)
        lastWasTld = labels >= 2 && (topLevelDomains().contains(w) || (!wide && anyTld()));
        if (lastWasTld)
            end = p;
        const int next = separatorAfter(p);
        if (next < 0)
            break;
        p = next;
    }
    // "at gmail": a provider's name alone is its address.
    if ((labels < 2 || end < 0) && provider)
        return firstLabelEnd;
    if (labels < 2 || end < 0)
        return -1;
    // A web address goes on with a path: "acme dot com slash help", "acme.com/help" (and not
    // "… dot com / 656 25 93 35": a list).
    int q = end;
    if (q + 1 < n && s[size_t(q)] == '/' && isAlnum(s[size_t(q + 1)]))
        return -1;
    while (q < n && s[size_t(q)] == ' ')
        ++q;
    const int e = wordEnd(q);
    if (e - q == 5 && lowerWord(s, q, e).is("slash"))
        return -1;
    return end;
}

// The start of the local part said before the word "at" (which starts at `atWord`), or -1.
// An aside that spells the local part's last word, between it and "at" ("priya dot nair - that's
// N A I R - at gmail dot com"), is read with it: the local part starts where it would without
// the aside.
int Scanner::spokenLocalStart(int atWord, int *localEnd) const
{
    int end = atWord;
    int start = spokenLocalStartAt(atWord, &end);
    // Digits said at the start of the turn the "at" is said in, the rest of the local part said
    // before the other side's short turn: "c'est claire point dupuis / agent: oui / client:
    // soixante-neuf arobase laposte point net"
    // (only before an '@' said, the other side's turn between short)
    // (or after a separator said first in that turn: "d o n a l / agent: ok / customer: dot f
    // at gmail dot com")
    localTurnPieces.clear();
    localAtTurnStart = -1;
    const Word atSaid = lowerWord(s, atWord, wordEnd(atWord));
    const bool atWordSaid = saysAt(atSaid) || atSaid.is("arobas") || atSaid.is("chiocciola")
                            || atSaid.is("apenstaartje") || atSaid.is("klammeraffe");
    // (a turn that holds the piece [a, b) and nothing else, a word or two: "cliente: pedro /
    // assistente: sim / cliente: ponto almeida …", "klant: hans / medewerker: ja / klant: punt
    // hendriks")
    const auto wholeTurn = [&](int a, int b) {
        int q = a;
        while (q > 0 && s[size_t(q - 1)] == ' ')
            --q;
        if (labelStartBefore(q) < 0 && turnMarkerStartBefore(q) < 0)
            return false;
        int words = 0;
        for (int k = a; k < b; ++k)
            words += isAlnum(s[size_t(k)]) && (k == a || !isAlnum(s[size_t(k - 1)])) ? 1 : 0;
        int r = b;
        while (r < n && s[size_t(r)] == ' ')
            ++r;
        // (the other side's label next)
        return words <= 2 && r < n && (labelEnd(r) > 0 || turnMarkerEnd(r) > 0);
    };
    // The pieces said in the turns before, each turn opened by a separator ("d o n a l / agent:
    // ok / customer: dot f at gmail dot com"), up to two turns back.
    for (int hop = 0; hop < 2 && start >= 0 && start < atWord && atWordSaid; ++hop) {
        // where the local part's reading goes on before it: its start, or the separator said
        // first in the turn
        int from = start;
        const LetterWord sep = letterWordBefore(s, start);
        int q = sep.start;
        while (q > 0 && s[size_t(q - 1)] == ' ')
            --q;
        if (sep.start < sep.end && start - sep.end <= 2) {
            const Word w = lowerWord(s, sep.start, sep.end);
            if ((isDotWord(w) || w.is("underscore") || w.is("dash"))
                && (labelStartBefore(q) >= 0 || turnMarkerStartBefore(q) >= 0))
                from = sep.start;
        }
        // (with no separator, only digits said at the start of the at's turn)
        if (from == start && (hop > 0 || end != atWord || numberLeadBefore(atWord) != start))
            break;
        int end2 = from;
        const int earlier = spokenLocalStartAt(from, &end2);
        // (after a separator, only letters spelled one by one, "d o n a l", "m like mary, a, t,
        // t", or a turn of a word or two; "i live on main street / …" is no address)
        int single = 0, words = 0;
        for (int k = earlier; from != start && earlier >= 0 && k < end2;) {
            while (k < end2 && !isAlnum(s[size_t(k)]))
                ++k;
            const int e = std::min(end2, wordEnd(k));
            if (e > k) {
                ++words;
                single += e - k == 1 ? 1 : 0;
            }
            k = std::max(e, k + 1);
        }
        if (!(earlier >= 0 && end2 < from && from - end2 <= 40
              && (from == start || (single >= 3 && 2 * single >= words)
                  || wholeTurn(earlier, end2))))
            break;
        if (from != start && end == atWord)
            localAtTurnStart = from;
        else if (from != start)
            localTurnPieces.emplace_back(from, end);
        start = earlier;
        end = end2;
    }
    if (localEnd)
        *localEnd = end;
    // (between dashes the aside ends the reading: "… nair - that's N A I R - at …")
    if (start < 0) {
        end = atWord;
        start = atWord;
    }
    const auto skipBack = [&](int x) {
        while (x > 0
               && (s[size_t(x - 1)] == ' ' || s[size_t(x - 1)] == ',' || s[size_t(x - 1)] == '-'))
            --x;
        return x;
    };
    int r = skipBack(end);
    std::string spelled;
    while (r > 0 && isAlpha(s[size_t(r - 1)])
           && (r == 1 || (!isAlpha(s[size_t(r - 2)]) && s[size_t(r - 2)] != '\''))
           && spelled.size() < 24) {
        spelled.insert(spelled.begin(), lower(s[size_t(r - 1)]));
        int x = r - 1;
        while (x > 0 && (s[size_t(x - 1)] == ' ' || s[size_t(x - 1)] == ','))
            --x;
        r = x;
    }
    const int found = start == atWord ? -1 : start;
    if (spelled.size() < 2)
        return found;
    const auto endsWith = [&](int e, std::string_view w) {
        const int b = e - int(w.size());
        if (b < 0 || (b > 0 && isAlpha(s[size_t(b - 1)])))
            return -1;
        for (size_t k = 0; k < w.size(); ++k)
            if (lower(s[size_t(b) + k]) != w[k])
                return -1;
        return b;
    };
    int said = -1;
    for (const std::string_view w : {std::string_view("that's"), std::string_view("thats"),
                                     std::string_view("spelled"), std::string_view("spelt")})
        if (said < 0)
            said = endsWith(r, w);
    if (said < 0)
        return found;
    const int before = skipBack(said);
    const LetterWord last = letterWordBefore(s, before);
    if (last.end != before || last.end - last.start != int(spelled.size())
        || !lowerWord(s, last.start, last.end).is(spelled) || start < last.start)
        return found;
    int end2 = before;
    const int earlier = spokenLocalStartAt(before, &end2);
    if (earlier >= 0 && earlier < start && end2 == before) {
        if (localEnd)
            *localEnd = atWord;
        return earlier;
    }
    return found;
}

// The number words, digits and single letters said right before atWord (back to anything
// else): where they start, or atWord.
int Scanner::numberLeadBefore(int atWord) const
{
    int q = atWord;
    for (int words = 0; words < 8; ++words) {
        int r = q;
        while (r > 0
               && (s[size_t(r - 1)] == ' ' || s[size_t(r - 1)] == ','
                   || (s[size_t(r - 1)] == '-' && r < atWord && r >= 2
                       && isAlpha(s[size_t(r - 2)]))))
            --r;
        if (r > 0 && isDigit(s[size_t(r - 1)])) {
            while (r > 0 && isDigit(s[size_t(r - 1)]))
                --r;
            if (r > 0 && isAlnum(s[size_t(r - 1)]))
                break;
            q = r;
            continue;
        }
        const LetterWord lw = letterWordBefore(s, r);
        if (lw.start == lw.end || lw.end != r)
            break;
        if (lw.end - lw.start != 1 && numberWord(s, lw.start, lw.end).kind == NumKind::None)
            break;
        q = lw.start;
    }
    return q;
}

// spokenLocalStart without the aside.
int Scanner::spokenLocalStartAt(int atWord, int *localEnd) const
{
    int p = atWord;
    if (localEnd)
        *localEnd = atWord;
    // The other side's short turn between the local part and its "at": "my email is peter jones
    // Agent: go ahead Customer: at outlook dot com". The local part is read before it.
    {
        // a speaker's label or another mark of a turn ("Caller:", "[Caller]:", "<v Rep>")
        // ending right before `at` (past spaces): where it starts, or -1
        const auto turnStartBefore = [&](int at) {
            int q = at;
            while (q > 0 && s[size_t(q - 1)] == ' ')
                --q;
            const int label = labelStartBefore(q);
            if (label >= 0 || q == 0)
                return label;
            const char c = s[size_t(q - 1)];
            if (c == '>' || c == ']' || c == '|' || c == ')' || c == ':') {
                const int b = turnMarkerStartBefore(q);
                // ("[Caller]:": the bracket's mark with a colon after it)
                if (b < 0 && c == ':' && q >= 2
                    && (s[size_t(q - 2)] == ']' || s[size_t(q - 2)] == ')'))
                    return turnMarkerStartBefore(q - 1);
                return b;
            }
            // an unpunctuated transcript's speaker said as a word ("… okeke agent yep customer
            // at btopenworld dot com")
            if (isAlpha(c)) {
                const auto [b, e] = letterWordBefore(s, q);
                if (b < e && speakerWords().contains(lowerWord(s, b, e)))
                    return b;
            }
            return -1;
        };
        const int ours = turnStartBefore(atWord);
        if (ours >= 0) {
            int theirs = -1;
            for (int q = ours - 1; q > 0 && q > ours - 80; --q) {
                if (s[size_t(q)] == '@')
                    break;
                const bool wordEnds = isAlpha(s[size_t(q)]) && q + 1 < n && s[size_t(q + 1)] == ' ';
                int label = s[size_t(q)] == ':' || s[size_t(q)] == '-' || s[size_t(q)] == ']'
                                            || s[size_t(q)] == '>' || s[size_t(q)] == '|'
                                            || wordEnds
                                    ? turnStartBefore(q + 1)
                                    : -1;
                // (a speaker's word: the other side's, not ours said again)
                if (label >= 0 && wordEnds) {
                    const Word theirWord = lowerWord(s, label, q + 1);
                    const Word ourWord = lowerWord(s, ours, wordEnd(ours));
                    if (theirWord.view() == ourWord.view())
                        label = -1;
                }
                if (label >= 0) {
                    theirs = label;
                    break;
                }
                if (isDigit(s[size_t(q)]) && timeStampEnd(q) < 0
                    && !(q > 0
                         && (isDigit(s[size_t(q - 1)]) || s[size_t(q - 1)] == ':'
                             || s[size_t(q - 1)] == '.')))
                    break;
            }
            if (theirs > 0) {
                p = theirs;
                while (p > 0 && s[size_t(p - 1)] == ' ')
                    --p;
                if (localEnd)
                    *localEnd = p;
            }
        }
    }
    int start = -1;
    int names = 0, letters = 0, numbers = 0, commaLetters = 0;
    bool needWord = true; // a connector wants a word before it
    bool afterConnector = false;
    bool lastLetter = false;
    bool lastName = false; // the word after this one is a name word
    // The start of "s as in sam" ending at `q` (the word "sam"), or -1: one letter spelled.
    const auto asIn = [&](int wordStart) {
        const auto wordBefore = [&](int at, std::string_view want) {
            // (commas between too: "n, as in Nancy, h, as in hotel")
            while (at > 1 && s[size_t(at - 1)] == ' ' && s[size_t(at - 2)] == ',')
                at -= 2;
            const auto [b, e] = letterWordBefore(s, at);
            if (b == e || (!want.empty() && !lowerWord(s, b, e).is(want)))
                return -1;
            return b;
        };
        const auto spelledAt = [&](int word, bool sameLetter) {
            const int in = wordBefore(word, "in");
            int as = in < 0 ? -1 : wordBefore(in, "as");
            if (as < 0) // "h for hotel"
                as = wordBefore(word, "for");
            // (and as other languages say it: "n comme nicolas", "f de foca", "d come
            // domodossola", "k van karel", "r wie richard", "r de rato")
            for (const std::string_view other :
                 {"comme", "de", "come", "van", "wie", "como", "di", "voor", "als"}) {
                if (as >= 0)
                    break;
                as = wordBefore(word, other);
            }
            if (as < 0) { // "b like bob": the word starts with the letter (not "i like it")
                const int e = wordEnd(word);
                if (e - word >= 3 && !emailStopWords().contains(lowerWord(s, word, e)))
                    as = wordBefore(word, "like");
                sameLetter = true;
            }
            const int letter = as < 0 ? -1 : wordBefore(as, {});
            const bool single
                    = letter >= 0 && wordEnd(letter) == letter + 1
                      && (!sameLetter || lower(s[size_t(letter)]) == lower(s[size_t(word)]));
            // (or the letter's name: "acca come hotel", "be de barcelona")
            char named = 0;
            const bool byName = letter >= 0 && !single
                                && letterNameEnd(letter, &named) == wordEnd(letter)
                                && named == lower(s[size_t(word)]);
            return single || byName ? letter : -1;
        };
        if (const int letter = spelledAt(wordStart, false); letter >= 0)
            return letter;
        // (the letter's word in two words: "i for ice cream", "n as in new york")
        const int first = wordBefore(wordStart, {});
        return first < 0 ? -1 : spelledAt(first, true);
    };
    for (int guard = 0; guard < 64; ++guard) {
        int q = p;
        // (a mask put in, "[IP]", is no word of the address: masked text masked again finds
        // nothing, "…@[IP]\n[[[[at-.at …")
        while (q > 0
               && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == '(' || s[size_t(q - 1)] == '['
                   || s[size_t(q - 1)] == ')'
                   || (s[size_t(q - 1)] == ']' && maskTokenBefore(s, q) < 0)
                   || s[size_t(q - 1)] == '{' || s[size_t(q - 1)] == '}'
                   || s[size_t(q - 1)] == '"'))
            --q;
        if (q > 0 && s[size_t(q - 1)] == ']')
            break;
        // An initial with its stop: "j. smith at …".
        if (q < p && q > 1 && s[size_t(q - 1)] == '.' && isAlpha(s[size_t(q - 2)])
            && (q == 2 || !isAlnum(s[size_t(q - 3)])))
            --q;
        // Letters spelled one by one may be listed with commas: "d as in david, o, e, at …".
        // ("v as in victor, e as in echo, …, fourteen, at naver dot com", "dot, m as in mike,
        // at …": a number or a connector between commas too, once letters are spelled)
        bool commaLetter = false; // a letter listed before a comma ("…, i, at qq dot com")
        if (q > 1 && s[size_t(q - 1)] == ',' && s[size_t(q - 2)] != ',') {
            const LetterWord before = letterWordBefore(s, q - 1); // (a lambda below uses it)
            const int b = before.start, c = before.end;
            // (or a letter's name: "…, ponto, be, arroba, gmail …")
            char named = 0;
            const bool letterBefore
                    = (c - b == 1 && (b == 0 || !isAlnum(s[size_t(b - 1)])))
                      || (c - b >= 2 && c - b <= 4 && letterNameEnd(b, &named) == c && b > 1
                          && s[size_t(b - 1)] == ' ' && s[size_t(b - 2)] == ',');
            const bool listed
                    = lastLetter || start < 0 || (needWord && start >= 0) || commaLetters > 0;
            // a letter spelled before the word's own comma: "a as in alpha, fourteen,", "t, k,
            // nine, nine, at …" (past a few more numbers said between commas)
            const auto spelledBefore = [&] {
                int d = b;
                for (int more = 0; more < 4; ++more) {
                    while (d > 0 && s[size_t(d - 1)] == ' ')
                        --d;
                    if (d == 0 || s[size_t(d - 1)] != ',')
                        return false;
                    const auto [w, e] = letterWordBefore(s, d - 1);
                    if (w < e
                        && ((e - w == 1 && (w == 0 || !isAlnum(s[size_t(w - 1)]))) || asIn(w) >= 0))
                        return true;
                    if (w == e || numberWord(s, w, e).kind == NumKind::None)
                        return false;
                    d = w;
                }
                return false;
            };
            // a word spelled after its comma: "xavier underscore lim, l i m, at …"
            const auto spelledAfter = [&] {
                if (c - b < 2)
                    return false;
                int r = q;
                int k = b;
                while (r < n && k < c) {
                    while (r < n && s[size_t(r)] == ' ')
                        ++r;
                    if (r + 1 < n && isAlpha(s[size_t(r + 1)]))
                        return false;
                    if (r >= n || lower(s[size_t(r)]) != lower(s[size_t(k)]))
                        return false;
                    ++r;
                    ++k;
                }
                return k == c;
            };
            commaLetter = listed && letterBefore;
            // (a separator said between commas: "rui underline costa, hífen, porto arroba …")
            const bool connectorAround
                    = b < c && start >= 0
                      && (localConnector(lowerWord(s, b, c)) || (needWord && afterConnector));
            if ((listed && letterBefore) || (b < c && asIn(b) >= 0) || spelledAfter()
                || connectorAround
                || (b < c && (commaLetters > 0 || spelledBefore())
                    && (localConnector(lowerWord(s, b, c))
                        || numberWord(s, b, c).kind != NumKind::None)
                    && ++commaLetters < 48))
                q = c;
        }
        // Written joins inside the local part: "o.rossi", "wei_singh".
        if (q == p && q > 0
            && (s[size_t(q - 1)] == '.' || s[size_t(q - 1)] == '_' || s[size_t(q - 1)] == '-'
                || s[size_t(q - 1)] == '+')) {
            --q;
            needWord = true;
        }
        if (q == 0 || !isAlnum(s[size_t(q - 1)]))
            break;
        int a = q;
        while (a > 0 && (isAlnum(s[size_t(a - 1)]) || s[size_t(a - 1)] == '\''))
            --a;
        while (a < q && s[size_t(a)] == '\'') // (a quote before it: "'jdoe at comcast'")
            ++a;
        const Word w = lowerWord(s, a, q);
        if (w.size < 0) {
            // a word too long for any list: a name run together ("bluewaterfishingcharters")
            if (names >= 3 && !needWord)
                break;
            ++names;
            lastName = true;
            lastLetter = false;
            afterConnector = false;
            needWord = false;
            start = a;
            p = a;
            continue;
        }
        const std::string_view v = w.view();
        if (localConnector(v)) {
            needWord = true;
            afterConnector = true;
            p = a;
            continue;
        }
        // "full stop": the dot as it is said in Britain
        if (v == "stop") {
            const LetterWord before = letterWordBefore(s, a);
            if (before.start < before.end && lowerWord(s, before.start, before.end).is("full")) {
                needWord = true;
                afterConnector = true;
                p = before.start;
                continue;
            }
        }
        // A hesitation right before "at": "giulia dot dekker uh at outlook dot com", or after a
        // connector: "chris dot uh wong at …".
        if (v == "uh" || v == "um" || v == "er" || v == "erm" || v == "ah") {
            const LetterWord before = letterWordBefore(s, a);
            // ... or before a connector: "mark um dot hughes at …"
            if (start < 0 || (needWord && afterConnector && start >= 0)
                || (before.start < before.end
                    && localConnector(lowerWord(s, before.start, before.end)))) {
                p = a;
                continue;
            }
        }
        // The word before this one, lower case, and where it starts.
        const auto previous = [&](int *where) {
            const auto [b, e] = letterWordBefore(s, a);
            *where = b;
            return lowerWord(s, b, e);
        };
        // "under score": the connector in two words; "two thousand and four" is one number.
        if (v == "score" || v == "and") {
            int b = 0;
            const Word before = previous(&b);
            if (v == "score" && before.view() == "under") {
                needWord = true;
                p = b;
                continue;
            }
            if (v == "and" && !needWord
                && (before.view() == "thousand" || before.view() == "hundred")) {
                p = a;
                continue;
            }
        }
        // "s as in sam": one letter of the name.
        if (!isDigit(s[size_t(a)]) && v.size() > 1) {
            const int letter = asIn(a);
            if (letter >= 0) {
                if (++letters > 32)
                    break;
                ++commaLetters;
                lastLetter = true;
                needWord = false;
                start = letter;
                p = letter;
                continue;
            }
        }
        const bool digits = isDigit(s[size_t(a)]);
        const NumWord nw = numberWord(s, a, q);
        // A letter of a name spelled out ("m a r i a", "M-A-R-I-A", "x a e"), though "a" and
        // "i" are words too.
        // (or listed with commas: "T, H, A, B, O, dash, N, K, O, S, I at …")
        const auto letterBefore = [&] {
            int b = a;
            if (b > 0 && (s[size_t(b - 1)] == ' ' || s[size_t(b - 1)] == '-'))
                --b;
            if (b > 1 && s[size_t(b)] == ' ' && s[size_t(b - 1)] == ',')
                --b;
            return b > 0 && isAlpha(s[size_t(b - 1)]) && (b == 1 || !isAlnum(s[size_t(b - 2)]));
        };
        // (or by its name in the caller's language beside another letter: "ge ere a ce i e ele
        // a punto pe ere i e te o arroba …", "jota o ese e punto …")
        const auto letterName = [&] {
            char l = 0;
            if (digits || v.size() < 2 || v.size() > 4 || letterNameEnd(a, &l) != q)
                return false;
            int b = a;
            while (b > 0 && (s[size_t(b - 1)] == ' ' || s[size_t(b - 1)] == ','))
                --b;
            const LetterWord before = letterWordBefore(s, b);
            // (not the verb after the address's word: "mi mail es ge ere …")
            const Word bw = lowerWord(s, before.start, before.end);
            if (bw.is("mail") || bw.is("email") || bw.is("correo") || bw.is("address")
                || bw.is("direccion") || bw.is("endereco") || bw.is("adresse") || bw.is("is"))
                return false;
            if (lastLetter || commaLetter)
                return true;
            return before.start < before.end && before.end == b
                   && (before.end - before.start == 1
                       || letterNameEnd(before.start, &l) == before.end);
        };
        const bool named = letterName();
        const bool spelled
                = (v.size() == 1 && (lastLetter || commaLetter || letterBefore())) || named;
        // ("i double l f …": a letter said twice keeps the spelling going)
        lastLetter = (v.size() == 1 && !digits) || named
                     || (lastLetter && (v == "double" || v == "triple"));
        // ("i dot petrova": a letter before a connector is the address's, "i" or not)
        // ("elena dot bianchi plus shop at …": a word joined by a connector before it is the
        // address's too)
        const auto joinedBefore = [&] {
            const auto [b, e] = letterWordBefore(s, a);
            return b < e && localConnector(lowerWord(s, b, e));
        };
        // An initial before one name: "its a patel at …", "that's a mueller at …" (the
        // article's letter after the words that say an address comes).
        const auto initial = [&] {
            if (v != "a" || names != 1 || letters != 0 || start < 0 || needWord)
                return false;
            int b = 0;
            const Word before = previous(&b);
            return before.is("its") || before.is("it's") || before.is("is") || before.is("was")
                   || before.is("thats") || before.is("that's") || before.is("email")
                   || before.is("address");
        };
        // (a word written joined to another is a written address's: "johan.online(at)…")
        const auto glued = [&] {
            const auto join = [](char c) { return c == '.' || c == '_' || c == '-' || c == '+'; };
            return (q + 1 < n && join(s[size_t(q)]) && isAlnum(s[size_t(q + 1)]))
                   || (a > 1 && join(s[size_t(a - 1)]) && isAlnum(s[size_t(a - 2)]));
        };
        if (!digits && nw.kind == NumKind::None && !spelled && !(afterConnector && v.size() == 1)
            && emailStopWords().contains(w) && !(start < 0 && joinedBefore()) && !initial()
            && !glued()) {
            // a connector wants a word before it, whatever the word: "the dot support at …"
            if (needWord && afterConnector && start >= 0 && v.size() <= 8)
                start = a;
            break;
        }
        // "the old one mark at …", "gave a new one priya dot kim at …": "one" stands for the
        // address, before its first name
        if (v == "one" && start >= 0 && lastName && !needWord) {
            int b = 0;
            const Word before = previous(&b);
            if (before.is("old") || before.is("new") || before.is("other") || before.is("another")
                || before.is("right") || before.is("wrong") || before.is("correct")
                || before.is("that") || before.is("this") || before.is("the")
                || before.is("personal") || before.is("work") || before.is("main"))
                break;
        }
        afterConnector = false;
        if (digits || (nw.kind != NumKind::None && !spelled)) {
            if (++numbers > 10)
                break;
        } else if (v.size() == 1 || named) {
            if (++letters > 32)
                break;
        } else {
            // A name word: at most three of them, or one more after each connector.
            if (names >= 3 && !needWord)
                break;
            ++names;
        }
        lastName = !digits && nw.kind == NumKind::None && v.size() > 1 && !named;
        needWord = false;
        start = a;
        p = a;
    }
    return start;
}

// "at sign" (or "at symbol") at `a`, the domain after it ("it's outlook dot es") and the local
// part a few words before it ("zofia underscore solberg and then after the"): masked as one.
// The local part must be more than a plain word, or be named as the address's first part.
bool Scanner::atSignParts(int a)
{
    int p = a + 2;
    const auto wordAt = [&](int q) { return lowerWord(s, q, wordEnd(q)); };
    const auto skipSpaces = [&](int q) {
        while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ','))
            ++q;
        return q;
    };
    p = skipSpaces(p);
    if (!(wordAt(p).is("sign") || wordAt(p).is("symbol")))
        return false;
    p = skipSpaces(wordEnd(p));
    for (int words = 0; words < 3; ++words) {
        const Word w = wordAt(p);
        if (!(w.is("it's") || w.is("its") || w.is("is") || w.is("comes") || w.is("it")
              || w.is("goes") || w.is("write")))
            break;
        p = skipSpaces(wordEnd(p));
    }
    const int end = spokenDomainEnd(p);
    if (end < 0)
        return false;
    // back over "and then after the", "then the", "and after that the"
    int q = a;
    int skipped = 0;
    for (int words = 0; words < 6; ++words) {
        int e = q;
        while (e > 0 && (s[size_t(e - 1)] == ' ' || s[size_t(e - 1)] == ','))
            --e;
        const LetterWord before = letterWordBefore(s, e);
        if (before.start == before.end)
            break;
        const Word w = lowerWord(s, before.start, before.end);
        if (!(w.is("the") || w.is("after") || w.is("then") || w.is("and") || w.is("that")
              || w.is("comes") || w.is("uh") || w.is("um") || w.is("part") || w.is("second")))
            break;
        q = before.start;
        ++skipped;
    }
    // "b dot khan at sign outlook dot com": the phrase is the address's "at" (the reading
    // of "at" words does the rest)
    if (skipped == 0)
        return false;
    while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
        --q;
    int localEnd = q;
    const int local = spokenLocalStart(q, &localEnd);
    if (local < 0 || localEnd != q)
        return false;
    bool plain = true;
    for (int k = local; k < localEnd && plain; ++k)
        plain = isAlpha(s[size_t(k)]);
    if (plain) {
        for (int k = local; k < localEnd && plain; ++k) {
            if (k == local || s[size_t(k - 1)] == ' ')
                plain = !localConnector(lowerWord(s, k, wordEnd(k)));
        }
    }
    const int from = std::max(0, local - 32);
    const bool named
            = s.substr(size_t(from), size_t(local - from)).find("part") != std::string_view::npos;
    if (plain && !named)
        return false;
    push(local, end, PiiKind::Email, true); // (the words between with it: they join it)
    return true;
}

// Whether the words of [a, b) are a remark on how an address is written: "all one word", "no
// spaces", "all lowercase" (said between its pieces, never a piece).
bool Scanner::spellingRemark(int a, int b) const
{
    std::string words;
    for (int k = a; k < b; ++k) {
        if (isAlpha(s[size_t(k)]) && (k == a || !isAlpha(s[size_t(k - 1)]))) {
            const Word w = lowerWord(s, k, wordEnd(k));
            if (w.size < 0)
                return false;
            words.append(w.view()).push_back(' ');
        } else if (isDigit(s[size_t(k)])) {
            return false;
        }
    }
    static const WordSet remarks{
            "all one word ", "one word ", "no spaces ", "all lowercase ", "all lower case ",
            "lower case ", "lowercase ", "no dots ", "all small letters ", "no space ",
            "small letters ", "all small ", "all together ", "all joined up ", "no gaps ",
            // in the other languages: "joseluis todo junto", "kees de boer
            // aan elkaar", "tutto attaccato", "alles zusammen"
            "todo junto ", "junto ", "todo pegado ", "tudo junto ", "tout attache ", "attache ",
            "aan elkaar ", "alles aan elkaar ", "zusammen ", "alles zusammen ",
            "zusammengeschrieben ", "tutto attaccato ", "attaccato ", "tutto unito ",
            "sin espacios ", "sem espacos ", "senza spazi ", "sans espace ", "zonder spaties ",
            "ohne leerzeichen ", "en minuscules ", "tout en minuscules ", "in minuscolo ",
            "en minusculas ", "kleingeschrieben ", "klein geschrieben ", "alles klein "};
    return remarks.contains(std::string_view(words));
}

bool Scanner::localAcrossBreak(int atWord, int end)
{
    int q = atWord;
    // the words said while looking something up or hesitating
    static const WordSet breakWords{
            "then", "uh", "um", "erm", "er", "ah", "sorry", "hang", "on", "hold", "wait", "so",
            "okay", "ok", "and", "mhm", "hmm", "yes", "yeah", "right", "sec", "second",
            // a correction of the domain: "… at aol dot com actually no its at the rate gmail
            // dot com", "… no wait at gmail dot com", "i mean at …", "make that at …"
            "actually", "no", "nope", "its", "it's", "i", "mean", "make", "that", "correction"};
    int crossed = 0, fillerWords = 0, crossedOther = 0;
    bool turn = false, hesitation = false, aside = false;
    bool corrected = false; // words of a correction crossed: only after an address found
    for (int guard = 0; guard < 16 && q > 0 && atWord - q < 96; ++guard) {
        // (an ellipsis is a pause: "daniel m... at proton dot me")
        int dots = 0;
        bool ellipsis = false;
        while (q > 0
               && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ',' || s[size_t(q - 1)] == '.'
                   || s[size_t(q - 1)] == '-' || s[size_t(q - 1)] == '?')) {
            dots = s[size_t(q - 1)] == '.' ? dots + 1 : 0;
            ellipsis = ellipsis || dots >= 3;
            --q;
        }
        if (q == 0)
            return false;
        if (ellipsis) {
            ++crossed; // (a pause alone takes no local part of one plain word: "the cafe...")
            // An aside between two pauses: "kowalski dot anna... hang on my son's shouting...
            // at wp dot pl" (a few words, no digits, the pause before them within reach).
            // (fillers alone are read below, one by one)
            int r = q, words = 0;
            bool others = false;
            while (r > 0 && words <= 8 && q - r < 64
                   && (isAlpha(s[size_t(r - 1)]) || s[size_t(r - 1)] == '\''
                       || s[size_t(r - 1)] == ' ')) {
                if (isAlpha(s[size_t(r - 1)]) && (r < 2 || !isAlpha(s[size_t(r - 2)]))) {
                    const int e = wordEnd(r - 1);
                    others = others || !breakWords.contains(lowerWord(s, r - 1, e));
                }
                words += s[size_t(r - 1)] == ' ' ? 1 : 0;
                --r;
            }
            if (!aside && others && r >= 3 && r < q && s[size_t(r - 1)] == '.'
                && s[size_t(r - 2)] == '.' && s[size_t(r - 3)] == '.' && words <= 8) {
                int here = q;
                const int l = spokenLocalStart(q, &here);
                // (not when the words themselves are the local part)
                if (!(l >= 0 && here == q && l <= r)) {
                    aside = true;
                    q = r;
                    continue;
                }
            }
        }
        const int marker = turnMarkerStartBefore(q);
        const int label = marker >= 0 ? marker : labelStartBefore(q);
        if (label >= 0 && label < q) {
            q = withStampBefore(label); // "00:10:45.224 CUS |"
            ++crossed;
            turn = true;
            continue;
        }
        int b = q;
        while (b > 0 && isAlpha(s[size_t(b - 1)]))
            --b;
        if (b == q)
            break;
        const Word w = lowerWord(s, b, q);
        const std::string_view v = w.view();
        // the other side's short turn before ours ("- Agent: mhm, go on - Customer: at …",
        // "Agent: still there? Customer: yes, at …"): read past it to their label
        // (a local part that is more than one plain word stands right here: no skipping)
        int here = q;
        const int localStart = spokenLocalStart(q, &here);
        bool localHere = localStart >= 0 && here == q;
        if (localHere) {
            bool plainWord = true;
            for (int k = localStart; k < q && plainWord; ++k)
                plainWord = isAlpha(s[size_t(k)]);
            // one plain word said twice ("it's amcallister >> amcallister mhm >> then at …")
            bool echoed = false;
            if (plainWord && q - localStart >= 3) {
                const std::string_view word = s.substr(size_t(localStart), size_t(q - localStart));
                const size_t from = size_t(std::max(0, localStart - 80));
                const size_t hit = s.substr(from, size_t(localStart) - from).rfind(word);
                echoed = hit != std::string_view::npos;
            }
            localHere = !plainWord || echoed;
        }
        if (turn && crossedOther == 0 && !localHere) {
            int r = b;
            int other = -1;
            for (int words = 0; words < 10 && r > 0 && atWord - r < 160; ++words) {
                while (r > 0 && !isAlnum(s[size_t(r - 1)]) && s[size_t(r - 1)] != ':'
                       && s[size_t(r - 1)] != '|' && s[size_t(r - 1)] != '>')
                    --r;
                const int m = turnMarkerStartBefore(r);
                const int l = m >= 0 ? m : labelStartBefore(r);
                if (l >= 0 && l < r) {
                    other = l;
                    break;
                }
                while (r > 0 && isAlpha(s[size_t(r - 1)]))
                    --r;
                if (r > 0 && isDigit(s[size_t(r - 1)]))
                    break;
            }
            if (other >= 0) {
                ++crossedOther;
                q = other;
                continue;
            }
        }
        if (breakWords.contains(w)
            // ("one" of "one sec", not the last word of "jens one")
            || (v == "one" && momentAfter(q) > 0)) {
            if (++fillerWords > 6)
                return false;
            corrected = corrected || v == "actually" || v == "no" || v == "nope" || v == "its"
                        || v == "it's" || v == "i" || v == "mean" || v == "make" || v == "that"
                        || v == "correction";
            hesitation = hesitation || v == "uh" || v == "um" || v == "erm" || v == "er"
                         || v == "ah" || v == "sorry" || v == "hmm" || v == "hang";
            ++crossed;
            q = b;
            continue;
        }
        break;
    }
    if (crossed == 0)
        return false;
    if (corrected) {
        bool addressBefore = false;
        for (const PiiSpan &sp : *out)
            addressBefore = addressBefore
                            || (sp.kind == PiiKind::Email && int(sp.start) < q && int(sp.end) >= q);
        if (!addressBefore)
            return false;
    }
    int localEnd = q;
    const int local = spokenLocalStart(q, &localEnd);
    if (local < 0 || localEnd != q || spellingRemark(local, localEnd))
        return false;
    // one plain word ("yesterday then at gmail dot com") only across a turn or a hesitation
    bool plain = true;
    for (int k = local; k < localEnd && plain; ++k)
        plain = isAlpha(s[size_t(k)]);
    if (plain && ((!turn && !hesitation) || crossedOther > 0 || aside))
        return false;
    push(local, localEnd, PiiKind::Email, true);
    push(atWord, end, PiiKind::Email, true, true);
    // The same local part said just before (the other side read it back, or it was said
    // twice): masked too.
    const std::string said = lettersOf(s, local, localEnd);
    if (said.size() >= 3) {
        for (int k = local - 1; k >= 0 && local - k < 160; --k) {
            if (!isAlpha(s[size_t(k)]) || (k > 0 && isAlnum(s[size_t(k - 1)])))
                continue;
            // the words from k whose letters make `said`
            size_t got = 0;
            int e = k;
            while (e < local && got < said.size()) {
                const char c = s[size_t(e)];
                if (isAlnum(c)) {
                    if (lower(c) != said[got])
                        break;
                    ++got;
                } else if (!(c == ' ' || c == '.' || c == '_' || c == '-')) {
                    break;
                }
                ++e;
            }
            if (got == said.size() && (e >= n || !isAlnum(s[size_t(e)]))) {
                push(k, e, PiiKind::Email, true, true);
                break;
            }
        }
    }
    return true;
}

namespace {} // namespace

// An address whose local part is also spelled out beside it, or said beside its spelling:
// "anna, that's a n n a, at web dot de", "jsmith at acme dot com, j s m i t h". The spelling or
// the word is the address too: [start, end) grown over it.
std::pair<int, int> Scanner::withSpelling(int local, int localEnd, int end) const
{
    // The words of the local part ("mark dot t" -> "mark", "t") and all of it run together.
    std::vector<std::string> words;
    for (int k = local; k < localEnd;) {
        while (k < localEnd && !isAlnum(s[size_t(k)]))
            ++k;
        int e = k;
        while (e < localEnd && isAlnum(s[size_t(e)]))
            ++e;
        if (e > k)
            words.push_back(lettersOf(s, k, e));
        k = e;
    }
    const std::string whole = lettersOf(s, local, localEnd);
    // Letters spelled one by one inside it ("m-a-r-i-a dot gonzalez" -> "maria").
    std::vector<std::string> spelled;
    for (size_t k = 0; k < words.size();) {
        std::string run;
        while (k < words.size() && words[k].size() == 1)
            run += words[k++];
        if (run.size() >= 3)
            spelled.push_back(run);
        k += run.empty() ? 1 : 0;
    }
    const auto isSpelling = [&](const std::string &said) {
        return std::find(spelled.begin(), spelled.end(), said) != spelled.end();
    };
    const auto matches = [&](const std::string &said) {
        if (said.size() < 3)
            return false;
        if (said == whole || isSpelling(said))
            return true;
        return std::find(words.begin(), words.end(), said) != words.end();
    };
    const auto fillerWord = [&](int a, int e) {
        // (any case: "That's m a r k")
        const std::string w = lettersOf(s, a, e);
        return w == "thats" || w == "spelled" || w == "spelt" || w == "its" || w == "so"
               || w == "like";
    };
    // Before: ", that's" then a word or letters one by one.
    int start = local;
    {
        int q = local;
        const auto back = [&] {
            while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
                --q;
        };
        back();
        for (int k = 0; k < 2 && q > 0 && isAlpha(s[size_t(q - 1)]); ++k) {
            int b = q;
            while (b > 0 && (isAlpha(s[size_t(b - 1)]) || s[size_t(b - 1)] == '\''))
                --b;
            if (!fillerWord(b, q))
                break;
            q = b;
            back();
        }
        // Letters one by one ("a n n a", "a-n-n-a"), read backwards, or one word.
        int b = q;
        int letters = 0;
        // (a letter stands alone: not the 's' of "it's")
        const auto alone = [&](int at) {
            return at == 0
                   || (!isAlnum(s[size_t(at - 1)]) && s[size_t(at - 1)] != '\''
                       && s[size_t(at - 1)] != '.');
        };
        while (b > 0 && isAlpha(s[size_t(b - 1)]) && alone(b - 1) && letters < 24) {
            ++letters;
            --b;
            if (b > 1 && (s[size_t(b - 1)] == ' ' || s[size_t(b - 1)] == '-')
                && isAlpha(s[size_t(b - 2)]) && alone(b - 2))
                --b;
            else
                break;
        }
        if (letters < 3) {
            b = q;
            while (b > 0 && isAlpha(s[size_t(b - 1)]))
                --b;
        }
        // A word beside the address counts only as the spelling's word: "anna, that's a n n a".
        const bool localSpelled
                = words.size() >= 3
                  && std::all_of(words.begin(), words.end(),
                                 [](const std::string &w) { return w.size() == 1; });
        if (b < q && q < local && (letters >= 3 || localSpelled || isSpelling(lettersOf(s, b, q)))
            && matches(lettersOf(s, b, q)))
            start = b;
    }
    // After: ", j s m i t h" or ", that's j s m i t h".
    int stop = end;
    {
        int q = end;
        const auto ahead = [&] {
            while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ',' || s[size_t(q)] == '.'))
                ++q;
        };
        ahead();
        if (q > end && q < n && isAlpha(s[size_t(q)])) {
            int e = wordEnd(q);
            if (fillerWord(q, e)) {
                q = e;
                ahead();
            }
            // Letters one by one.
            int p = q;
            int letters = 0;
            while (p < n && isAlpha(s[size_t(p)]) && (p + 1 == n || !isAlnum(s[size_t(p + 1)]))
                   && letters < 24) {
                ++letters;
                e = p + 1;
                if (p + 2 < n && (s[size_t(p + 1)] == ' ' || s[size_t(p + 1)] == '-'))
                    p += 2;
                else
                    break;
            }
            if (letters >= 3 && matches(lettersOf(s, q, e)))
                stop = e;
        }
    }
    return {start, stop};
}

void Scanner::findSpokenEmails(bool foreignOnly, bool etAt)
{
    // "at", "AT", "At" (a transcript may capitalise anything): read letter by letter only when
    // the text has an 'A' at all.
    const bool capitals = std::memchr(s.data(), 'A', s.size()) != nullptr;
    // The '@' said in other languages by a word that does not start with 'a': "chiocciola"
    // (Italian), "małpa" (Polish), "klammeraffe" (German), "snabel-a" (Swedish). Rare: looked for
    // only when the pass over the word starts saw one.
    std::pair<int, int> foreign[8]; // (read only up to foreignCount)
    int foreignCount = 0;
    if (foreignOnly) {
        // (and "snabel a"; Danish and Norwegian "alfakrøll", "krøllalfa"; Czech "zavináč";
        // Hungarian "kukac"; Icelandic "hjá"; Lithuanian "eta"; Latvian and Turkish "et";
        // Russian and Ukrainian "собачка" and "собака", Ukrainian "равлик", Bulgarian
        // "кльомба", "маймунско а"; Vietnamese "a còng"; Indonesian "et" with "titik"; Uzbek
        // "kuchukcha"; Greeklish "papaki")
        static constexpr std::string_view kWords[]
                = {"chiocciola", "malpa",    "klammeraffe", "snabel-a",    "snabel a", "alfakroll",
                   "krollalfa",  "zavinac",  "kukac",       "hja",         "eta",      "et",
                   "sobachka",   "ravlik",   "klomba",      "maymunsko a", "a cong",   "sobaka",
                   "kuchukcha",  "majmunce", "majmunche",   "afna",        "papaki"};
        // (in any case: "Klammeraffe", "CHIOCCIOLA")
        const auto find = [&](std::string_view w, size_t from) {
            for (size_t q = from; q + w.size() <= size_t(n); ++q) {
                size_t k = 0;
                while (k < w.size() && lower(s[q + k]) == w[k])
                    ++k;
                if (k == w.size())
                    return q;
            }
            return std::string_view::npos;
        };
        // ("et" only where Latvian "punkts" or Turkish "nokta" is said too: etAt)
        for (const std::string_view w : kWords) {
            if (w == "et" && !etAt)
                continue;
            for (size_t q = find(w, 0); q != std::string_view::npos && foreignCount < 8;
                 q = find(w, q + 1)) {
                const size_t e = q + w.size();
                if ((q == 0 || !isAlnum(s[q - 1])) && (e >= size_t(n) || !isAlnum(s[e])))
                    foreign[foreignCount++] = {int(q), int(w.size())};
            }
        }
        for (int k = 1; k < foreignCount; ++k) // (in the order they stand)
            for (int j = k; j > 0 && foreign[j] < foreign[j - 1]; --j)
                std::swap(foreign[j], foreign[j - 1]);
    }
    int nextForeign = 0;
    size_t from = 0;
    for (;;) {
        size_t found = from;
        if (foreignOnly) {
            found = size_t(n);
        } else if (capitals) {
            while (found + 1 < size_t(n) && !((s[found] | 0x20) == 'a' && isAlpha(s[found + 1])))
                ++found;
        } else {
            found = s.find('a', from);
            if (found == std::string_view::npos)
                found = size_t(n);
        }
        while (nextForeign < foreignCount && size_t(foreign[nextForeign].first) < from)
            ++nextForeign;
        int a = int(found);
        int atLen = 0;
        if (nextForeign < foreignCount && size_t(foreign[nextForeign].first) < found) {
            a = foreign[nextForeign].first;
            atLen = foreign[nextForeign].second;
            ++nextForeign;
            from = size_t(a + 1);
        } else {
            if (found + 1 >= size_t(n))
                return;
            from = found + 1;
            if (a > 0 && isAlnum(s[size_t(a - 1)]))
                continue;
            // The word "at" (any case), "(at)", "[at]", "_at_"; "add" as a recogniser may hear
            // it; "arroba" (Spanish, Portuguese), "arrova" (Catalan), "arobase" (French),
            // "apenstaartje" (Dutch).
            const char c1 = char(s[size_t(a + 1)] | 0x20);
            // ("a commercial": the '@' as Québec says it)
            if (s[size_t(a + 1)] == ' ' && (a == 0 || s[size_t(a - 1)] == ' ')) {
                const int e = wordEnd(a + 2);
                const Word next = lowerWord(s, a + 2, e);
                // (Romanian "a rond")
                if (next.is("commercial") || next.is("commerciale") || next.is("rond"))
                    atLen = e - a;
            } else if (c1 == 't') {
                atLen = 2;
            } else if (c1 == 'd' || c1 == 'r' || c1 == 'p') {
                const int e = wordEnd(a);
                const int len = e - a;
                if (!(len == 3 || len == 5 || len == 6 || len == 7 || len == 12))
                    continue;
                const Word word = lowerWord(s, a, e); // (kept: its view is read)
                const std::string_view v = word.view();
                atLen = v == "add" || v == "arroba" || v == "arobase" || v == "arobas"
                                        || v == "apenstaartje" || v == "arond" || v == "arrova"
                                ? e - a
                                : 0;
            }
            if (atLen == 0 || a + atLen > n || (a + atLen < n && isAlnum(s[size_t(a + atLen)])))
                continue;
            // (a bracket before it is closed right after it, "[at]", "(at)": "[[[[at-.at" is
            // none)
            if (a > 0 && (s[size_t(a - 1)] == '[' || s[size_t(a - 1)] == '(')
                && !(a + atLen < n
                     && s[size_t(a + atLen)] == (s[size_t(a - 1)] == '[' ? ']' : ')')))
                continue;
        }
        from = size_t(a + atLen);
        // The address said in two parts: "the first part is zofia underscore solberg and then
        // after the at sign it's outlook dot es"
        if (atLen == 2 && atSignParts(a))
            continue;
        // ("b r o w n, at, icloud dot com", "…, arroba, gmail ponto com": a comma after the
        // "at" said)
        int domainFrom = a + atLen;
        if (domainFrom + 2 < n && s[size_t(domainFrom)] == ',' && s[size_t(domainFrom + 1)] == ' '
            && isAlpha(s[size_t(domainFrom + 2)]))
            ++domainFrom;
        // ("sam at, uh, harwood dot farm": a hesitation right after it)
        if (domainFrom + 1 < n && s[size_t(domainFrom)] == ' ') {
            const int e = wordEnd(domainFrom + 1);
            const Word w = lowerWord(s, domainFrom + 1, e);
            if ((w.is("uh") || w.is("um") || w.is("er") || w.is("erm") || w.is("uhm") || w.is("eh")
                 || w.is("ehm") || w.is("euh") || w.is("hmm"))
                && e + 2 < n && (s[size_t(e)] == ',' || s[size_t(e)] == ' ')) {
                const int f = s[size_t(e)] == ',' ? e + 1 : e;
                if (f + 1 < n && s[size_t(f)] == ' ' && isAlpha(s[size_t(f + 1)]))
                    domainFrom = f;
            }
        }
        // ("r.silva_at_sapo.pt")
        if (at(a - 1) == '_' && at(domainFrom) == '_' && isAlnum(at(domainFrom + 1)))
            ++domainFrom;
        // (the other side's short turn right after the "at": "it's olivia at / agent: mm /
        // customer: brightside hyphen events dot co dot uk")
        if (atLen == 2)
            domainFrom = afterShortTurn(domainFrom);

        int end = spokenDomainEnd(domainFrom);
        // a provider said, then taken back: "eeze at icloud no sorry h o t m a i l point com",
        // "pieter dash nkosi at yahoo not that telkomsa dot net"
        if (atLen == 2) {
            int q = domainFrom;
            while (q < n && s[size_t(q)] == ' ')
                ++q;
            const int provider = wordEnd(q);
            if (provider > q && (end < 0 || end == provider)
                && mailProviders().contains(lowerWord(s, q, provider))) {
                q = provider;
                bool takenBack = false;
                for (int words = 0; words < 4; ++words) {
                    while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ','))
                        ++q;
                    const int we = wordEnd(q);
                    const Word w = lowerWord(s, q, we);
                    if (!(w.is("no") || w.is("sorry") || w.is("not") || w.is("that") || w.is("wait")
                          || w.is("i") || w.is("mean") || w.is("actually") || w.is("scratch")))
                        break;
                    takenBack = takenBack || w.is("no") || w.is("sorry") || w.is("not")
                                || w.is("mean") || w.is("scratch");
                    q = we;
                }
                if (takenBack && q > provider) {
                    const int corrected = spokenDomainEnd(q - 1);
                    end = corrected > 0 ? corrected : end;
                }
            }
        }
        if (end < 0)
            continue;
        // ("add" is a word too: only a domain with a dot after it makes it an address's "at",
        // not a provider's name alone: "add gmail to the list")
        if (atLen == 3) {
            bool dotted = false;
            for (int q = a + atLen; q < end && !dotted; ++q) {
                if (s[size_t(q)] == '.') {
                    dotted = true;
                } else if (isAlpha(s[size_t(q)]) && !isAlpha(s[size_t(q - 1)])) {
                    const Word word = lowerWord(s, q, wordEnd(q));
                    const std::string_view v = word.view();
                    dotted = isDotWord(v) || v == "dart" || v == "dog" || v == "ponto"
                             || v == "punto"
                             || (v.size() > 3 && v.substr(0, 3) == "dot"
                                 && topLevelDomains().contains(v.substr(3)));
                }
            }
            if (!dotted)
                continue;
        }
        // Said with "dot" somewhere, or a written domain after a spoken "at"; a bare "at
        // example.com" (a web site) needs a local part either way.
        // "r.murphy -at- lumen -dot- photography"
        const int atWord = (at(a - 1) == '-' && at(a + atLen) == '-')
                                           || (at(a - 1) == '_' && at(a + atLen) == '_')
                                   ? a - 1
                                   : a;
        int localEnd = atWord;
        int local = spokenLocalStart(atWord, &localEnd);
        const std::vector<std::pair<int, int>> turnPieces = localTurnPieces;
        const int atTurnStart = localAtTurnStart;
        if (local >= 0 && spellingRemark(local, localEnd))
            local = -1; // ("accounts payable, all one word / Agent: … / Customer: at …")
        // the local part said before the other side's short turn, the "at" after it: "… p h as
        // in harry o underscore naidoo\ngo on\nat sign gmail dot com"
        if (local < 0) {
            const int before = beforeShortTurn(atWord);
            if (before < atWord) {
                int end2 = before;
                const int earlier = spokenLocalStart(before, &end2);
                if (earlier >= 0 && earlier < before && !spellingRemark(earlier, end2)) {
                    local = earlier;
                    localEnd = end2;
                }
            }
        }
        // An '@' said by a word that means nothing else ("arobase", "arroba", "chiocciola"):
        // the word right before it is the local part, whatever it is ("contact arobase
        // boulangerie-morel point fr", "info arroba …")
        char letterAt = 0;
        // ... or the letters of a name spelled by their names in the caller's language, and
        // the words joined before them: "valentina punto ospina o ese pe i ene a arroba …",
        // "tê agá a i ésse ponto moura arroba …"
        if (atLen >= 5
            && (local < 0 || wordEnd(local) == local + 1 || letterNameEnd(local, &letterAt) > 0)) {
            const int spelled = spelledNamesBefore(local >= 0 ? local : atWord, local >= 0);
            if (spelled >= 0 && (local < 0 || spelled < local)) {
                if (local < 0)
                    localEnd = atWord;
                local = spelled;
            }
        }
        if (local < 0 && atLen >= 5) {
            const LetterWord lw = letterWordBefore(s, atWord);
            if (lw.end > lw.start && lw.end + 1 == atWord && s[size_t(lw.end)] == ' '
                && lw.end - lw.start >= 2) {
                local = lw.start;
                localEnd = lw.end;
            }
        }
        if (local < 0) {
            // The local part before a pause: "Kenji dot Halvorsen, wait, at nordlicht dot no",
            // "Anna dot Costa, hang on, let me check the spelling, at ox dot ac dot uk". Only a
            // local part joined with a dot or an underscore is taken across it.
            int q = atWord;
            for (int pauses = 0; pauses < 2 && local < 0; ++pauses) {
                while (q > 0 && s[size_t(q - 1)] == ' ')
                    --q;
                if (q == 0 || s[size_t(q - 1)] != ',')
                    break;
                // one comma before the "at": "siobhan dot kelly, at eircom dot net" (a local
                // part joined by a connector or spelled, right before it)
                if (pauses == 0 && q > 1 && isAlnum(s[size_t(q - 2)])) {
                    int end1 = q - 1;
                    const int l = spokenLocalStart(end1, &end1);
                    bool joined = false;
                    int singles = 0;
                    for (int k = l; l >= 0 && k < end1 && !joined; ++k) {
                        if (isAlpha(s[size_t(k)]) && (k == l || s[size_t(k - 1)] == ' ')) {
                            const int e = wordEnd(k);
                            joined = localConnector(lowerWord(s, k, e));
                            singles += e == k + 1 ? 1 : 0;
                        }
                    }
                    if (l >= 0 && end1 == q - 1 && (joined || singles >= 3)) {
                        local = l;
                        localEnd = atWord;
                        break;
                    }
                    // a remark on the spelling after the local part, then the pause:
                    // "jsmith all one word, at …", "joseluis todo junto, arroba …" (the
                    // longest remark; a pause before it is the case above: "jsmith, all one
                    // word, at …")
                    int remarkAt = -1;
                    for (int r = q - 1, words = 0; words < 4; ++words) {
                        while (r > 0 && s[size_t(r - 1)] == ' ')
                            --r;
                        int wb = r;
                        while (wb > 0 && isAlpha(s[size_t(wb - 1)]))
                            --wb;
                        if (wb == r || wb == 0 || s[size_t(wb - 1)] != ' ')
                            break;
                        r = wb;
                        if (spellingRemark(r, q - 1))
                            remarkAt = r;
                    }
                    int e2 = remarkAt;
                    while (e2 > 0 && s[size_t(e2 - 1)] == ' ')
                        --e2;
                    if (remarkAt > 0 && e2 > 0 && isAlnum(s[size_t(e2 - 1)])) {
                        int end3 = e2;
                        const int l3 = spokenLocalStart(end3, &end3);
                        if (l3 >= 0 && end3 == e2) {
                            local = l3;
                            localEnd = atWord;
                            break;
                        }
                    }
                }
                int c = q - 1, words = 0;
                while (c > 0 && s[size_t(c - 1)] != ',' && words < 8) {
                    if (!(isAlpha(s[size_t(c - 1)]) || s[size_t(c - 1)] == ' '
                          || s[size_t(c - 1)] == '\''))
                        break;
                    words += s[size_t(c - 1)] == ' ' ? 1 : 0;
                    --c;
                }
                if (c == 0 || s[size_t(c - 1)] != ',')
                    break;
                int end2 = c - 1;
                const int l = spokenLocalStart(end2, &end2);
                // what is said between the commas: a hesitation ("john dot smith, uh, at …")
                // or a word on the spelling ("jsmith, all one word, at …")
                bool hesitation = true, remark = false;
                // (or the local part's last digits, said between the commas: "obi, dot, nnamdi,
                // eight eight, at gmail dot com")
                bool numbers = true;
                {
                    std::string between;
                    for (int k = c; k < q - 1; ++k) {
                        if (isAlpha(s[size_t(k)]) && (k == c || !isAlpha(s[size_t(k - 1)]))) {
                            const Word w = lowerWord(s, k, wordEnd(k));
                            numbers = numbers && numberWord(s, k, wordEnd(k)).kind != NumKind::None;
                            hesitation = hesitation
                                         && (w.is("uh") || w.is("um") || w.is("er") || w.is("erm")
                                             || w.is("hmm") || w.is("ah"));
                            // (a word too long to be read is none of the remarks)
                            between += w.size >= 0 ? std::string(w.view()) : std::string("?");
                            between += ' ';
                        }
                    }
                    remark = spellingRemark(c, q - 1);
                    hesitation = hesitation && !between.empty();
                    numbers = numbers && !between.empty();
                }
                bool joinedLocal = false;
                for (int k = l; numbers && l >= 0 && k < end2 && !joinedLocal; ++k)
                    joinedLocal = isAlpha(s[size_t(k)]) && (k == l || s[size_t(k - 1)] == ' ')
                                  && localConnector(lowerWord(s, k, wordEnd(k)));
                if (l >= 0 && end2 == c - 1 && (hesitation || remark || joinedLocal)) {
                    // one address with what stands between (it joins it)
                    local = l;
                    localEnd = atWord;
                    break;
                }
                if (l >= 0 && end2 == c - 1) {
                    bool joined = false;
                    for (int k = l; k < end2 && !joined; ++k) {
                        joined = s[size_t(k)] == '.' || s[size_t(k)] == '_';
                        if (!joined && isAlpha(s[size_t(k)])
                            && (k == l || s[size_t(k - 1)] == ' ')) {
                            const int e = wordEnd(k);
                            joined = localConnector(lowerWord(s, k, e));
                        }
                    }
                    if (joined) {
                        push(l, end2, PiiKind::Email, true);
                        local = a;
                        localEnd = a;
                    }
                }
                q = c;
            }
            // One name word before the comma said before the "at": "c'est fontaine, arobase
            // orange point fr", "my email is okafor, at yahoo dot com" (after a word for an
            // address when the "at" is the English one)
            if (local < 0) {
                int r = atWord;
                while (r > 0 && s[size_t(r - 1)] == ' ')
                    --r;
                const LetterWord lw = r > 1 && s[size_t(r - 1)] == ',' ? letterWordBefore(s, r - 1)
                                                                       : LetterWord{};
                int l = -1, end1 = r - 1;
                if (lw.end == r - 1 && lw.end - lw.start >= 2)
                    l = spokenLocalStart(end1, &end1);
                const auto mailSaid = [&] {
                    int x = l;
                    for (int words = 0; words < 6; ++words) {
                        const LetterWord w = letterWordBefore(s, x);
                        if (w.start == w.end)
                            return false;
                        const Word v = lowerWord(s, w.start, w.end);
                        if (v.is("email") || v.is("mail") || v.is("address") || v.is("courriel")
                            || v.is("adresse") || v.is("correo") || v.is("endereco")
                            || v.is("indirizzo") || v.is("adres") || v.is("e"))
                            return true;
                        x = w.start;
                    }
                    return false;
                };
                if (l == lw.start && end1 == lw.end && (atLen >= 5 || mailSaid())) {
                    local = l;
                    localEnd = atWord;
                }
            }
            // Across fillers and turns: "arjun dot delaney AGT | arjun dot delaney CUS | then at
            // tandem hyphen dental dot com dot au", "liam sorry at …", "olumide dot j dot
            // hernandez uh hang on at sky dot com". The local part (and its echo before) and the
            // "at …" are masked where they stand.
            if (local < 0 && localAcrossBreak(a, end))
                from = size_t(end);
            if (local < 0)
                continue;
        }
        const auto [from2, to2] = withSpelling(local, localEnd, end);
        if (localEnd < atWord) { // said across the other side's turn: its words are not masked
            push(from2, localEnd, PiiKind::Email, true);
            // (the pieces of the turns between, opened by a separator: "klant: hans / …: ja /
            // klant: punt hendriks / …: ja / klant: at proton punt me")
            for (auto it = turnPieces.rbegin(); it != turnPieces.rend(); ++it)
                if (it->first >= localEnd && it->second <= atWord)
                    push(it->first, it->second, PiiKind::Email, true, true);
            // (with the digits said before the "at": "… / client: soixante-neuf arobase …", or
            // the piece its turn opens with a separator: "… / cliente: ponto almeida arroba …")
            int atPiece = std::min(a, numberLeadBefore(atWord));
            if (atTurnStart >= localEnd && atTurnStart < atPiece)
                atPiece = atTurnStart;
            push(atPiece, to2, PiiKind::Email, true);
        } else {
            push(from2, to2, PiiKind::Email, true);
        }
        from = size_t(to2);
    }
}

// ---- IBAN

bool Scanner::afterIbanStart(int start) const
{
    for (int p = start - 1; p >= 0 && p >= start - 16; --p) {
        const char c = s[size_t(p)];
        if (!(isAlnum(c) || c == ' '))
            return false;
        // (a word in lower case between is none of its groups: "policy AB123 and 929-555-0100";
        // "GI75 aWBK 0000 …" is one, a letter mistyped)
        if (c >= 'a' && c <= 'z' && (p == 0 || s[size_t(p - 1)] == ' ')) {
            int e = p;
            while (e < start && s[size_t(e)] >= 'a' && s[size_t(e)] <= 'z')
                ++e;
            if (e - p >= 2 && (e == start || s[size_t(e)] == ' '))
                return false;
        }
        if (p + 4 < start && isUpper(s[size_t(p)]) && isUpper(s[size_t(p + 1)])
            && isDigit(s[size_t(p + 2)]) && isDigit(s[size_t(p + 3)])
            && (s[size_t(p + 4)] == ' ' || isAlnum(s[size_t(p + 4)]))
            && (p == 0 || !isWordChar(s[size_t(p - 1)])))
            return true;
    }
    return false;
}

// Whether a word of the eight before pos (within 100 characters) names a bank account: "the
// IBAN is", "Kontonummer:", "refund to", "cuenta".
bool Scanner::accountSaidBefore(int pos) const
{
    static const WordSet words{
            "iban", "account", "acct", "bank", "konto", "kontonummer", "cuenta", "conta", "compte",
            "rekening", "conto", "rachunek", "transfer", "refund", "wire", "sepa", "bankverbindung",
            "rib", "payee", "beneficiary", "nrb", "bankkonto", "kontonr", "banking", "deposit",
            "payout", "reimbursement", "bancaria", "bancario", "bancaire", "virement",
            "transferencia", "bonifico", "overboeking", "ueberweisung", "przelew", "paid", "pay",
            // a direct debit's ("Pls debit NL27 RABO …", "Lastschrift von …", "addebitare sul …")
            "debit", "debited", "mandate", "lastschrift", "einzug", "addebito", "addebitare",
            "adeudo", "domiciliar", "prelevement", "incasso", "machtiging", "salary", "payments",
            "payment",
            // German "Überweisung" and "Prüfziffer" (a check digit) as the text reads them
            "uberweisung", "prufziffer", "pruefziffer"};
    int q = pos, count = 0;
    while (q > 0 && count < 8 && pos - q < 100) {
        // (not the word of a mask put in, "[IBAN]": masking a neighbour must never make more
        // found)
        if (s[size_t(q - 1)] == ']') {
            PiiKind kind = PiiKind::Email;
            if (const int a = maskTokenBefore(s, q, &kind); a >= 0) {
                q = a;
                continue;
            }
        }
        if (!isAlpha(s[size_t(q - 1)])) {
            --q;
            continue;
        }
        const int e = q;
        while (q > 0 && isAlpha(s[size_t(q - 1)]))
            --q;
        if (words.contains(lowerWord(s, q, e)))
            return true;
        ++count;
    }
    return false;
}

// From g, the letters and digits of pieces parted by one space appended to q (from *len, at
// most maxLen in all) until they make `length` or maxPieces were read: where the last ends.
int Scanner::ibanPiecesEnd(int g, int length, int maxLen, int maxPieces, QChar *q, int *len,
                           int *pieces) const
{
    for (;;) {
        while (g < n && isAlnum(s[size_t(g)]) && *len < maxLen)
            q[(*len)++] = QLatin1Char(s[size_t(g++)]);
        ++*pieces;
        if (*len >= length || *pieces >= maxPieces || g + 1 >= n || s[size_t(g)] != ' '
            || !isAlnum(s[size_t(g + 1)]))
            return g;
        ++g;
    }
}

void Scanner::findIbans(int firstDigit)
{
    char compact[40];
    // From each digit that may be the first check digit: two letters before it, a digit after.
    for (int d = std::max(2, firstDigit); d + 2 < n; ++d) {
        if (!isDigit(s[size_t(d)]))
            continue;
        // The country apart from its check digits ("IE 15 AIBK 7381 4493 6645 83"): the pieces
        // after it make the country's length exactly and pass the check.
        if (d >= 3 && s[size_t(d - 1)] == ' ' && isUpper(s[size_t(d - 3)])
            && isUpper(s[size_t(d - 2)]) && isDigit(s[size_t(d + 1)])
            && (d == 3 || !isWordChar(s[size_t(d - 4)]))
            && (d + 2 >= n || !isAlnum(s[size_t(d + 2)]))) {
            if (const int length = ibanLength(s[size_t(d - 3)], s[size_t(d - 2)], true);
                length > 0) {
                QChar q[40];
                q[0] = QLatin1Char(s[size_t(d - 3)]);
                q[1] = QLatin1Char(s[size_t(d - 2)]);
                int len2 = 2, pieces = 0;
                const int g = ibanPiecesEnd(d, length, 36, 12, q, &len2, &pieces);
                if (len2 == length && (g >= n || !isWordChar(s[size_t(g)]))
                    && ibanValid(QStringView(q, len2))) {
                    push(d - 3, g, PiiKind::Iban);
                    d = g + 1;
                    continue;
                }
            }
        }
        const int i = d - 2;
        if (!isDigit(s[size_t(i + 3)]) || !isAlpha(s[size_t(i)]) || !isAlpha(s[size_t(i + 1)])
            || (i > 0 && isWordChar(s[size_t(i - 1)])) || uuidEndCovering(i) > 0)
            continue;
        // A creditor's reference ("RF18 5390 0754 7034", ISO 11649) passes the same check: it
        // names a payment, not an account.
        if ((s[size_t(i)] | 0x20) == 'r' && (s[size_t(i + 1)] | 0x20) == 'f')
            continue;
        // ... and so does a SEPA creditor's id ("NL98ZZZ999999990000", "FR12ZZZ123456": "ZZZ"
        // where no business code is given)
        if (i + 6 < n && (s[size_t(i + 4)] | 0x20) == 'z' && (s[size_t(i + 5)] | 0x20) == 'z'
            && (s[size_t(i + 6)] | 0x20) == 'z')
            continue;
        // (a country in mixed case, "pL29 2141 …" with caps lock on, only as a whole IBAN
        // that passes the check)
        const bool mixed = isUpper(s[size_t(i)]) != isUpper(s[size_t(i + 1)]);
        bool found = false;
        int len = 0;
        int groupEnds[40];
        int compactEnds[40];
        int groups = 0;
        int j = i;
        for (;;) {
            int g = j;
            while (g < n && isAlnum(s[size_t(g)]) && len < 34)
                compact[len++] = s[size_t(g++)];
            const int glen = g - j;
            groupEnds[groups] = g;
            compactEnds[groups] = len;
            ++groups;
            if (glen != 4 || g + 1 >= n || (s[size_t(g)] != ' ' && s[size_t(g)] != '-') || len >= 34
                || !isAlnum(s[size_t(g + 1)]) || groups >= 39)
                break;
            j = g + 1;
        }
        for (int k = groups - 1; k >= 0; --k) {
            const int e = groupEnds[k];
            if (e < n && isWordChar(s[size_t(e)]))
                continue;
            QChar q[40];
            for (int t = 0; t < compactEnds[k]; ++t)
                q[t] = QLatin1Char(compact[t]);
            if (ibanValid(QStringView(q, compactEnds[k]))) {
                push(i, e, PiiKind::Iban);
                d = e + 2; // on from e + 1, as a start
                found = true;
                break;
            }
        }
        // Written across a line's wrap, the break now a space, anywhere in it, or grouped oddly
        // ("ES0213 7325 3550 9432 7725 95")
        // ("FR9555997314939U8 507RTJ4648"): the pieces make the country's length exactly and
        // pass the check.
        if (const int length = ibanLength(s[size_t(i)], s[size_t(i + 1)], true);
            !found && length > 0) {
            QChar q[40];
            int len2 = 0, pieces = 0;
            const int g = ibanPiecesEnd(i, length, 34, 9, q, &len2, &pieces);
            if (pieces >= 2 && len2 == length && (g >= n || !isWordChar(s[size_t(g)]))
                && ibanValid(QStringView(q, len2))) {
                push(i, g, PiiKind::Iban);
                d = g + 2;
                found = true;
            }
        }
        // A whole IBAN that fails the check ("iban PT50 0035 0268 0001 2345 6789 1", a digit
        // misheard or mistyped): still somebody's account. Strict masks it when words before
        // say it is an account, it has its country's length, or one or two more, and is
        // mostly digits. (Without such words, a string that fails the check may be anything;
        // its country in lower case only glued to the digits: "la cuenta es 287441930 y el PIN
        // …" says "is" in Spanish.)
        if (const int length = ibanLength(s[size_t(i)], s[size_t(i + 1)]);
            !found && strict && !mixed && length > 0 && compactEnds[groups - 1] >= length
            && (isUpper(s[size_t(i)]) || isDigit(s[size_t(i + 2)]))
            && checkDigitsPossible(s[size_t(i + 2)], s[size_t(i + 3)]) && accountSaidBefore(i)) {
            int k = groups - 1;
            while (k > 0 && compactEnds[k] > length + 2)
                --k;
            int digits = 0;
            for (int t = 4; t < compactEnds[k]; ++t)
                digits += isDigit(compact[t]) ? 1 : 0;
            const int e = groupEnds[k];
            if (compactEnds[k] >= length && compactEnds[k] <= length + 2 && digits >= 8
                && 2 * digits >= compactEnds[k] - 4 && !(e < n && isWordChar(s[size_t(e)]))) {
                push(i, e, PiiKind::Iban);
                d = e + 2;
                found = true;
            }
        }
        // (short of an IBAN, a VAT number named as one: "TVA FR40 512384907", a column
        // "tva_intra", "USt-IdNr. DE…")
        if (!found && strict && !mixed && !vatBefore(i))
            d = std::max(d, ibanInPieces(i, groups, groupEnds, compactEnds));
    }
}

// Whether the line holding i is a row of fields parted by commas (three commas or more with no
// space after them).
bool Scanner::commaRowAt(int i) const
{
    int b = i;
    while (b > 0 && s[size_t(b - 1)] != '\n' && i - b < 600)
        --b;
    int commas = 0;
    for (int q = b; q < n && s[size_t(q)] != '\n' && q - b < 1200 && commas < 3; ++q)
        commas += s[size_t(q)] == ',' && q + 1 < n && s[size_t(q + 1)] != ' ';
    return commas >= 3;
}

// Whether a dotted IPv4 address ends at e ("10.0.0.5" before ":8080").
bool Scanner::ipv4EndsAt(int e) const
{
    int q = e, dots = 0;
    while (q > 0 && e - q <= 15 && (isDigit(s[size_t(q - 1)]) || s[size_t(q - 1)] == '.')) {
        dots += s[size_t(q - 1)] == '.';
        --q;
    }
    return dots == 3 && isDigit(s[size_t(q)]) && !(q > 0 && isAlnum(s[size_t(q - 1)]));
}

// Whether one of the `words` words before p is in `set`: each word at most `gap` characters
// before the one after it (or p), the characters of `skip` passed before each word.
bool Scanner::setWordBefore(int p, int words, int gap, std::string_view skip,
                            const WordSet &set) const
{
    int at = p;
    for (int k = 0; k < words && at > 0; ++k) {
        const LetterWord w = letterWordBefore(s, at);
        if (w.start == w.end || at - w.end > gap)
            return false;
        if (set.contains(lowerWord(s, w.start, w.end)))
            return true;
        at = w.start;
        while (at > 0 && skip.find(s[size_t(at - 1)]) != std::string_view::npos)
            --at;
    }
    return false;
}

// Whether the words before i, or a table's header, say what starts at i is a VAT number.
bool Scanner::vatBefore(int i) const
{
    static const WordSet vat{"tva",     "vat",      "btw",  "iva", "ust",  "ustid",
                             "ustidnr", "idnr",     "piva", "nif", "cif",  "nipc",
                             "intra",   "intracom", "mwst", "uid", "vies", "intracommunautaire"};
    if (setWordBefore(i, 2, 4, ".:-_", vat))
        return true;
    if (i > 0
        && (s[size_t(i - 1)] == ';' || s[size_t(i - 1)] == ',' || s[size_t(i - 1)] == '\t'
            || s[size_t(i - 1)] == '|' || s[size_t(i - 1)] == '\n'))
        return (tableContext(i) & CtxLower) != 0;
    return false;
}

// An IBAN that stops short of its country's length: said in pieces ("GB63 BARC 0956 Agent: yes.
// Customer: 6187 2569 82", "NL66 SNSB... 9700 1514 54"). What was said is masked, and the
// pieces after a pause or a turn up to the length. Where scanning goes on.
int Scanner::ibanInPieces(int i, int groups, const int *groupEnds, const int *compactEnds)
{
    const int length = ibanLength(s[size_t(i)], s[size_t(i + 1)]);
    // (no IBAN has the check digits 00, 01 or 99: "poziv na broj HR01 4471-2203" is a
    // payment's model and reference)
    if (length == 0 || groupEnds[0] - i != 4
        || !checkDigitsPossible(s[size_t(i + 2)], s[size_t(i + 3)]))
        return i;
    // Groups of four, the last of one to four: "GB63 BARC 0956 Agent" is three of them.
    // (a word in lower case after groups in capitals is none: "GB73 MONZ 5213 6927 and then
    // 3549 12")
    const auto lowerWordGroup = [&](int k) {
        if (!isUpper(s[size_t(i)]))
            return false;
        for (int t = groupEnds[k - 1]; t < groupEnds[k]; ++t)
            if (isDigit(s[size_t(t)]) || isUpper(s[size_t(t)]))
                return false;
        return true;
    };
    int usable = 1;
    while (usable < groups && compactEnds[usable] - compactEnds[usable - 1] <= 4
           && compactEnds[usable - 1] - (usable > 1 ? compactEnds[usable - 2] : 0) == 4
           && !lowerWordGroup(usable))
        ++usable;
    groups = usable;
    if (compactEnds[groups - 1] >= length)
        return i;
    int said = compactEnds[groups - 1];
    int p = groupEnds[groups - 1];
    if (p < n && isWordChar(s[size_t(p)]))
        return i;
    // Groups that stop at a mask ("FR89 VR04 [IBAN]"): what stood there was more of the run, and
    // masking a neighbour must not make a start of an IBAN of what was none.
    {
        int q = p;
        while (q < n && s[size_t(q)] == ' ')
            ++q;
        if (q < n && maskTokenAt(s, q) >= 0)
            return i;
    }
    // The case the letters are said in: a group of letters only ("UNCR", "nwbk") is one of
    // the IBAN's in that case, before one with a digit ("UNCR 3832") or in capitals.
    const bool upperCase = isUpper(s[size_t(i)]) && isUpper(s[size_t(i + 1)]);
    const bool lowerCase = !isUpper(s[size_t(i)]) && !isUpper(s[size_t(i + 1)]);
    // The end of the run of letters and digits at q, when it is a group of the IBAN: digits
    // (and letters) with a digit, or four letters at most in its case; otherwise -1.
    const auto groupEnd = [&](int q) {
        int e = q, digits = 0, upper = 0;
        while (e < n && isAlnum(s[size_t(e)])) {
            digits += isDigit(s[size_t(e)]) ? 1 : 0;
            upper += isUpper(s[size_t(e)]) ? 1 : 0;
            ++e;
        }
        if (e == q || (e < n && isWordChar(s[size_t(e)])))
            return -1;
        if (digits > 0)
            return e - q <= 4 || digits == e - q ? e : -1;
        const int letters = e - q;
        if (letters > 4 || fillers().contains(lowerWord(s, q, e))
            || speakerWords().contains(lowerWord(s, q, e)))
            return -1;
        const bool sameCase = upperCase ? upper == letters : lowerCase && upper == 0;
        if (!sameCase)
            return -1;
        // (letters alone in lower case only before a group with a digit: "nwbk 6016")
        if (upperCase && letters == 4)
            return e;
        int f = e;
        if (f + 1 < n && (s[size_t(f)] == ' ' || s[size_t(f)] == '-'))
            ++f;
        int g = f, gd = 0;
        while (g < n && isAlnum(s[size_t(g)]) && g - f <= 4)
            gd += isDigit(s[size_t(g++)]) ? 1 : 0;
        return gd > 0 && g - f <= 4 ? e : -1;
    };
    // Between pieces: a pause or a turn as numbers have them (scanGap), or an aside of a few
    // words ("let me get my glasses", "sorry, was that"): then the pieces must make the
    // country's length exactly and pass the check.
    const auto asideEnd = [&](int q) {
        int words = 0;
        while (q < n && q - p < 200) {
            const char c = s[size_t(q)];
            if (c == ' ' || c == ',' || c == '.' || c == '-' || c == '?' || c == '!' || c == ':'
                || c == ';' || c == '(' || c == ')' || c == '[' || c == ']' || c == '|' || c == '>'
                || c == '<' || c == '"' || uchar(c) >= 0x80) {
                ++q;
                continue;
            }
            if (isDigit(c) || c == '[') {
                const int t = timeStampEnd(q);
                if (t > 0) {
                    q = t;
                    continue;
                }
            }
            if (groupEnd(q) > 0)
                return q;
            if (!isAlpha(c) || ++words > 12)
                return -1;
            if (labelEnd(q) > 0) { // "Customer:"
                q = labelEnd(q);
                continue;
            }
            const int e = wordEnd(q);
            const Word w = lowerWord(s, q, e);
            if (speakerWords().contains(w)) { // "customer 7166"
                q = e;
                continue;
            }
            // "one moment", "one sec"
            if (const int m = w.is("one") ? momentAfter(e) : -1; m > 0) {
                q = m;
                continue;
            }
            // a word that names another thing, or a number said in words: no aside
            if ((wantSpoken && numberWord(s, q, e).kind != NumKind::None)
                || otherFieldWords().contains(w) || lowerWords().contains(w)
                || phoneWords().contains(w) || cardWords().contains(w) || ssnWords().contains(w))
                return -1;
            q = e;
        }
        return -1;
    };
    // One piece from `start`: groups joined by a space or a dash, up to `room` letters and
    // digits. Its end (trailing separators left out, `start` when none) and what it said.
    const auto readPiece = [&](int start, int room, int *pieceSaid) {
        int q = start;
        *pieceSaid = 0;
        while (q < n && *pieceSaid < room) {
            const int e = groupEnd(q);
            if (e < 0)
                break;
            *pieceSaid += e - q;
            q = e;
            if (!(q + 1 < n && (s[size_t(q)] == ' ' || s[size_t(q)] == '-')
                  && isAlnum(s[size_t(q + 1)])))
                break;
            ++q;
        }
        while (q > start && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == '-'))
            --q;
        return q;
    };
    char compact[40];
    int len = 0;
    for (int t = i; t < groupEnds[groups - 1] && len < 34; ++t) {
        if (isAlnum(s[size_t(t)]))
            compact[len++] = s[size_t(t)];
    }
    bool aside = false;
    std::vector<std::pair<int, int>> pieces;
    std::string_view lastPiece(s.data() + i, size_t(groupEnds[groups - 1] - i));
    while (said < length) {
        const Gap gap = scanGap(p);
        const int next = asideEnd(p);
        if (next < 0)
            break;
        if (gap.link == LinkNone || gap.end != next)
            aside = true;
        const int start = next;
        int pieceSaid = 0;
        const int q = readPiece(start, length - said, &pieceSaid);
        if (q == start)
            break;
        // a piece said again ("sorry, was that BG40?"): masked, counted once
        const std::string_view piece(s.data() + start, size_t(q - start));
        const bool again = piece.size() == lastPiece.size()
                           && std::equal(piece.begin(), piece.end(), lastPiece.begin(),
                                         [](char a, char b) { return lower(a) == lower(b); });
        if (!again) {
            for (int t = start; t < q && len < 34; ++t) {
                if (isAlnum(s[size_t(t)]))
                    compact[len++] = s[size_t(t)];
            }
            said += pieceSaid;
        }
        lastPiece = piece;
        pieces.emplace_back(start, q);
        p = q;
    }
    if (aside) {
        // (what an aside joined must be one IBAN exactly)
        QChar wide[40];
        for (int t = 0; t < len; ++t)
            wide[t] = QLatin1Char(compact[t]);
        if (said != length || len != length || !ibanValid(QStringView(wide, len))) {
            // the pieces before the aside, as scanGap alone would have taken them
            pieces.clear();
            said = compactEnds[groups - 1];
            p = groupEnds[groups - 1];
            while (said < length) {
                const Gap gap = scanGap(p);
                if (gap.link == LinkNone || gap.end >= n || !isDigit(s[size_t(gap.end)]))
                    break;
                const int start = gap.end;
                int pieceSaid = 0;
                const int q = readPiece(start, length - said, &pieceSaid);
                said += pieceSaid;
                if (q == start)
                    break;
                pieces.emplace_back(start, q);
                p = q;
            }
        }
    }
    // A lone start ("the IBAN is DE29" and no more) is masked only with more of it said; two
    // groups alone, the second short, only after words that name an account, never after a
    // postcode's ("billing postcode SE15 4QT").
    if (groups < 2 && pieces.empty())
        return i;
    if (groups == 2 && pieces.empty()
        && ((compactEnds[1] - compactEnds[0] < 4 && !accountSaidBefore(i))
            || (contextBefore(i) & CtxZip)))
        return i;
    push(i, groupEnds[groups - 1], PiiKind::Iban);
    for (const auto &[a, b] : pieces)
        push(a, b, PiiKind::Iban, false, true);
    return p;
}

// ---- IPv6

void Scanner::findIpv6()
{
    size_t from = 0;
    for (;;) {
        const size_t colonAt = s.find(':', from);
        if (colonAt == std::string_view::npos)
            return;
        const int colon = int(colonAt);
        int a = colon;
        while (a > 0 && (isHex(s[size_t(a - 1)]) || s[size_t(a - 1)] == ':'))
            --a;
        int b = colon;
        while (b < n && (isHex(s[size_t(b)]) || s[size_t(b)] == ':' || s[size_t(b)] == '.'))
            ++b;
        while (b > colon
               && (s[size_t(b - 1)] == '.'
                   || (s[size_t(b - 1)] == ':' && !(b >= 2 && s[size_t(b - 2)] == ':'))))
            --b;
        from = size_t(std::max(b, colon + 1));
        // (a key glued before it with its colon: "[IPv6:2a02:f4e2:…]", "key=ip:2a01:8fdc:…")
        if (a > 0 && isWordChar(s[size_t(a - 1)])) {
            int k = a;
            while (k < b && s[size_t(k)] != ':')
                ++k;
            // (the key's last character may be a hex digit, "IPv6:"; not a group's worth of
            // them glued to a word, "text2001:db8::1")
            if (k - a <= 1 && k + 1 < b && s[size_t(k + 1)] != ':'
                && (isAlpha(s[size_t(a - 1)]) || a == k))
                a = k + 1;
        }
        if ((a > 0 && isWordChar(s[size_t(a - 1)])) || b - a < 3 || b - a > 45)
            continue;
        int zone = b;
        if (b < n && s[size_t(b)] == '%') {
            zone = b + 1;
            while (zone < n && isAlnum(s[size_t(zone)]))
                ++zone;
            if (zone == b + 1)
                zone = b;
        }
        char buf[64];
        int colons = 0;
        for (int k = a; k < b; ++k) {
            buf[k - a] = s[size_t(k)];
            colons += s[size_t(k)] == ':' ? 1 : 0;
        }
        buf[b - a] = 0;
        if (colons < 2)
            continue;
        // (a bracket after it only after a whole address: a VPN's log writes the user there,
        // "…2a02:a44c:91f3:1:8d2e:4f:b0a1:7c22[jdejong]")
        if (zone < n && (isWordChar(s[size_t(zone)]) || (s[size_t(zone)] == '[' && colons < 7)))
            continue;
        // the prefix length with it: "2a02:810d:4b3f:a200::/56"
        if (zone == b && zone + 1 < n && s[size_t(zone)] == '/' && isDigit(s[size_t(zone + 1)])) {
            int e = zone + 1;
            while (e < n && isDigit(s[size_t(e)]) && e - zone <= 3)
                ++e;
            if (!(e < n && isWordChar(s[size_t(e)])))
                zone = e;
        }
        // An address typed one group short, seven groups of hex digits with no "::"
        // ("2600:1700:890:75d3:fb7b:6c0f:7f40"): an address still, with groups of three or four
        // (no MAC address, no time)
        const auto groupShort = [&] {
            if (!strict || colons != 6 || std::strstr(buf, "::") != nullptr)
                return false;
            // (letters in three groups at least: "684D:1111:222:3333:4444:5555:77" is a test's
            // made-up string)
            int len = 0, longGroups = 0, letters = 0, lettered = 0;
            for (const char *c = buf;; ++c) {
                if (*c == ':' || *c == 0) {
                    if (len < 1 || len > 4)
                        return false;
                    longGroups += len >= 3 ? 1 : 0;
                    lettered += letters > 0 ? 1 : 0;
                    letters = 0;
                    len = 0;
                    if (*c == 0)
                        break;
                    continue;
                }
                if (!isHex(*c))
                    return false;
                letters += isAlpha(*c) ? 1 : 0;
                ++len;
            }
            return longGroups >= 4 && lettered >= 3;
        };
        in6_addr addr;
        if (inet_pton(AF_INET6, buf, &addr) == 1 || groupShort()) {
            push(a, zone, PiiKind::Ip);
        } else if (char *port = std::strrchr(buf, ':');
                   port && port > buf && port[-1] != ':' && std::strlen(port + 1) == 5) {
            // a port after it, written as logs write it: "[client 2001:db8:a0b:12f0::1:58412]"
            // (five digits: no group of an address)
            bool digits = true;
            for (const char *c = port + 1; *c; ++c)
                digits = digits && isDigit(*c);
            *port = 0;
            if (digits && std::strstr(buf, "::") && inet_pton(AF_INET6, buf, &addr) == 1)
                push(a, b, PiiKind::Ip);
        }
    }
}

// An address written in two pieces, across a pause, an aside or a line of the same speaker:
// "vpn gateway 91.198 [21:03] Customer: .174.60", "it shows 203.0.113. [16:12] Customer: 47",
// "100.64... then there's more... .12.7", "2600:1700... :4a1e:90f0". The pieces are masked where
// they stand when together they make one address (four octets of 0-255; an IPv6 address that
// parses) and nothing says they are versions.
void Scanner::findIpPieces()
{
    const auto ipChar = [&](char c) { return isHex(c) || c == '.' || c == ':'; };
    const auto blank = [&](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    // (an IPv4 piece that ends with its dot has another inside: "203.0.113. ", not "… 0123. ")
    const auto dottedBefore = [&](int k) {
        for (int q = k - 1; q > 0 && k - q <= 12 && (isDigit(s[size_t(q)]) || s[size_t(q)] == '.');
             --q) {
            if (s[size_t(q)] == '.' && isDigit(s[size_t(q - 1)]))
                return true;
        }
        return false;
    };
    // A cheap look first: a piece that opens with its separator (" .174", " :4a1e") or an
    // IPv4 piece that ends with one ("203.0.113. ").
    bool any = false;
    for (const char sep : {'.', ':'}) {
        for (const char *p = s.data(), *e = p + n;
             !any && (p = static_cast<const char *>(std::memchr(p, sep, size_t(e - p)))); ++p) {
            const int k = int(p - s.data());
            const char next = at(k + 1), prev = at(k - 1);
            any = ((k == 0 || blank(prev)) && isHex(next))
                  || (sep == '.' && isDigit(prev) && (k + 1 >= n || blank(next))
                      && dottedBefore(k));
        }
    }
    if (!any)
        return;
    // Octets of an IPv4 piece ("91.198", ".174.60", "203.0.113."): how many, or -1.
    const auto octets = [&](int a, int b) {
        int count = 0, digits = 0, value = 0;
        for (int k = a; k < b; ++k) {
            const char c = s[size_t(k)];
            if (isDigit(c)) {
                value = value * 10 + (c - '0');
                if (++digits > 3 || value > 255)
                    return -1;
            } else if (c == '.') {
                if (digits > 0)
                    ++count;
                else if (k != a)
                    return -1; // ("1..2")
                digits = value = 0;
            } else {
                return -1;
            }
        }
        return count + (digits > 0 ? 1 : 0);
    };
    for (int i = 0; i < n;) {
        if (!isHex(s[size_t(i)])
            || (i > 0 && (isWordChar(s[size_t(i - 1)]) || ipChar(s[size_t(i - 1)])))) {
            ++i;
            continue;
        }
        int b = i;
        while (b < n && ipChar(s[size_t(b)]))
            ++b;
        const int a = i;
        i = b;
        if (b < n && isWordChar(s[size_t(b)]))
            continue;
        // (an ellipsis after it is a pause, not a separator: "100.64... then")
        if (b - a >= 3 && s[size_t(b - 1)] == '.' && s[size_t(b - 2)] == '.') {
            while (b > a && s[size_t(b - 1)] == '.')
                --b;
            if (b == a)
                continue;
        }
        // (a sentence's full stop is no separator unless the piece has three octets)
        // (not a sum: "$12,044.18.")
        if (a > 0
            && !(blank(s[size_t(a - 1)]) || s[size_t(a - 1)] == '(' || s[size_t(a - 1)] == ':'
                 || s[size_t(a - 1)] == '"'))
            continue;
        const std::string_view first = s.substr(size_t(a), size_t(b - a));
        const bool v6 = first.find(':') != std::string_view::npos;
        const int firstOctets = v6 ? -1 : octets(a, b);
        if (!v6
            && (firstOctets < 1 || firstOctets > 3 || first.find('.') == std::string_view::npos))
            continue;
        if (v6) {
            // (not a time, "10:44", "10:44:05", and at least one hex letter or group of four)
            bool letter = false;
            int group = 0, widest = 0;
            for (const char c : first) {
                letter = letter || isAlpha(c);
                group = c == ':' ? 0 : group + 1;
                widest = std::max(widest, group);
            }
            if (!letter && widest < 4)
                continue;
        }
        // The way to the next piece: blanks, pauses, marks of turns, a few words.
        int q = b, words = 0;
        bool turned = false; // a line or a turn ends between
        while (q < n && q - b <= 96) {
            const char c = s[size_t(q)];
            if (blank(c) || c == ',' || (c == '.' && q + 1 < n && s[size_t(q + 1)] == '.')
                || (c == '.' && q > 0 && s[size_t(q - 1)] == '.')) {
                ++q;
                continue;
            }
            turned = turned || c == '\n' || c == '\r';
            // (a mask put in, "[IP]", is no mark of a turn: what it hides lies between)
            if (c == '[' && maskTokenAt(s, q) > 0)
                break;
            if (const int t = turnMarkerEnd(q); t > 0) {
                q = t;
                turned = true;
                continue;
            }
            if (const int t = timeStampEnd(q); t > 0) {
                q = t;
                continue;
            }
            if (isAlpha(c)) {
                if (const int t = labelEnd(q); t > 0) {
                    q = t;
                    turned = true;
                    continue;
                }
                const int e = wordEnd(q);
                if (++words > 6)
                    break;
                q = e;
                if (q < n && s[size_t(q)] == '\'')
                    ++q;
                continue;
            }
            break;
        }
        if (q >= n || q == b)
            continue;
        int d = q;
        while (d < n && ipChar(s[size_t(d)]))
            ++d;
        if (d == q || (d < n && isWordChar(s[size_t(d)])))
            continue;
        while (d - q >= 3 && s[size_t(d - 1)] == '.' && s[size_t(d - 2)] == '.')
            --d; // ("… .12.7... and")
        while (d > q && s[size_t(d - 1)] == '.' && d < n && s[size_t(d)] == '.')
            --d;
        const std::string_view second = s.substr(size_t(q), size_t(d - q));
        bool whole = false;
        if (v6) {
            if (second[0] != ':' || first.size() + second.size() > 45)
                continue;
            // Groups of one to four hex digits, "::" once at most, three groups at least (a
            // person reading an address out may give one group too many around the "::").
            int groups = 0, digits = 0, doubles = 0;
            char prev = 0;
            whole = true;
            for (const std::string_view part : {first, second}) {
                for (const char c : part) {
                    if (c == ':') {
                        if (prev == ':')
                            ++doubles;
                        if (digits > 0)
                            ++groups;
                        digits = 0;
                    } else if (isHex(c) && ++digits <= 4) {
                    } else {
                        whole = false;
                    }
                    prev = c;
                }
            }
            groups += digits > 0 ? 1 : 0;
            whole = whole && doubles <= 1 && groups >= 3 && groups <= 8
                    && (groups == 8 || doubles == 1 || groups >= 4);
        } else {
            const bool dotAfter = first.back() == '.', dotBefore = second[0] == '.';
            const int more = octets(q, d);
            // (a full stop then a number is a sentence's end, unless a line or a turn ends
            // between: "fixed in 12.3.49. 90% of users")
            whole = dotAfter != dotBefore && more >= 1 && firstOctets + more == 4
                    && second.back() != '.' && (dotBefore || turned)
                    && !(d < n && (s[size_t(d)] == '%' || unitAfter(d)));
        }
        if (!whole || (contextBefore(a) & CtxVersion))
            continue;
        push(a, b, PiiKind::Ip);
        push(q, d, PiiKind::Ip, false, true);
        i = d;
    }
}

// ---- vanity numbers: "1-800-FLOWERS", "1 800 GO FEDEX", "(800) 555-HELP", "888-CALL-NOW"

// An area code of three digits (in brackets or not, "1" or "+1" before it), then letters and
// digits that make the seven digits of the subscriber's number (a few more letters may follow
// the seventh: "1-800-CONTACTS"). Words joined by spaces count only in capitals and after a
// toll-free code, a "1" or a bracketed area code ("call 800 people" is no number).
void Scanner::findVanity(int firstDigit)
{
    for (int i = firstDigit; i + 4 < n; ++i) {
        if (!isDigit(s[size_t(i)]) || (i > 0 && isAlnum(s[size_t(i - 1)])))
            continue;
        int p = i;
        while (p < n && isDigit(s[size_t(p)]))
            ++p;
        const int areaEnd = p;
        // (and the free numbers of New Zealand, Australia and the UK, six or seven letters
        // and digits after "0800", "0508", "1800", "1300", "0808": "0800 4 KIWIS")
        const std::string_view area(s.data() + i, size_t(areaEnd - i));
        const bool freeCall = area == "0800" || area == "0508" || area == "1800" || area == "1300"
                              || area == "0808";
        if ((areaEnd - i != 3 || s[size_t(i)] < '2') && !freeCall) {
            i = areaEnd;
            continue;
        }
        int start = i;
        const bool paren = i > 0 && s[size_t(i - 1)] == '(';
        if (paren) {
            if (areaEnd >= n || s[size_t(areaEnd)] != ')')
                continue;
            start = i - 1;
            ++p;
        }
        // "1-", "1 ", "+1 ", "1 (" before the area code
        bool one = false;
        {
            int q = start - 1;
            if (q >= 0 && (s[size_t(q)] == '-' || s[size_t(q)] == ' ' || s[size_t(q)] == '.'))
                --q;
            if (q >= 0 && s[size_t(q)] == '1' && !(q > 0 && isAlnum(s[size_t(q - 1)]))) {
                one = true;
                start = q;
                if (q > 0 && s[size_t(q - 1)] == '+')
                    start = q - 1;
            }
        }
        const char a0 = s[size_t(i)], a1 = s[size_t(i + 1)], a2 = s[size_t(i + 2)];
        const bool tollFree = (a0 == '8' && a1 == a2) || freeCall;
        const bool spacesOk = tollFree || one || paren;
        int count = 0, letters = 0, last = -1;
        bool lastLetters = false;
        for (int guard = 0; guard < 6 && count < 7; ++guard) {
            // the separator before the token
            char sep = 0;
            if (p < n && (s[size_t(p)] == '-' || s[size_t(p)] == ' ' || s[size_t(p)] == '.')) {
                sep = s[size_t(p)];
                ++p;
            }
            if (sep == 0 || p >= n || (sep == ' ' && !spacesOk))
                break;
            const int t = p;
            if (isDigit(s[size_t(t)])) {
                while (p < n && isDigit(s[size_t(p)]))
                    ++p;
                if (p - t > 4 || (p < n && isAlpha(s[size_t(p)])))
                    break;
                lastLetters = false;
            } else if (isAlpha(s[size_t(t)])) {
                bool upper = true;
                while (p < n && isAlpha(s[size_t(p)])) {
                    upper = upper && isUpper(s[size_t(p)]);
                    ++p;
                }
                if ((!upper && sep == ' ') || (p < n && isDigit(s[size_t(p)])))
                    break;
                letters += p - t;
                lastLetters = true;
            } else {
                break;
            }
            count += p - t;
            last = p;
        }
        if (last < 0 || letters < 2 || count < (freeCall ? 6 : 7) || count > 10
            || (count > 7 && !lastLetters))
            continue;
        // (glued to a mask token, as it was glued to what the token stands for)
        if (last < n && (isAlnum(s[size_t(last)]) || s[size_t(last)] == '['))
            continue;
        push(start, last, PiiKind::Phone);
        i = last;
    }
}

// A toll-free vanity number said aloud: "one eight hundred, G O T, J U N K", "eight eight eight,
// four two seven, C A R S", "eight hundred, PLUMBER", "one eight hundred flowers". The prefix
// (800, 888, 877, 866, 855, 844, 833 in words, "triple eight" too, a trunk's "one" before it),
// then seven letters and digits: letters spelled one by one, words in capitals, digits in words;
// a word in lower case only as the whole rest after "one eight hundred" (not "eight hundred
// dollars").
void Scanner::findSpokenVanity()
{
    const auto skipSeparators = [&](int q) {
        while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ',' || s[size_t(q)] == '-'))
            ++q;
        return q;
    };
    const auto digitAt = [&](int q, int *end) {
        if (q >= n || !isAlpha(s[size_t(q)]))
            return -1;
        const int e = wordEnd(q);
        const NumWord w = numberWord(s, q, e);
        if (w.kind != NumKind::Digit && w.kind != NumKind::Oh)
            return -1;
        *end = e;
        return int(w.value);
    };
    for (int i = 0; i + 10 < n; ++i) {
        if ((s[size_t(i)] | 0x20) != 'e' && (s[size_t(i)] | 0x20) != 't')
            continue;
        if (i > 0 && isAlnum(s[size_t(i - 1)]))
            continue;
        int e = wordEnd(i);
        const Word first = lowerWord(s, i, e);
        int p = -1; // the prefix's end
        if (first.is("triple")) {
            int f = 0;
            if (e < n && s[size_t(e)] == ' ' && digitAt(skipSeparators(e), &f) == 8)
                p = f;
        } else if (first.is("eight")) {
            int q = e;
            while (q < n && s[size_t(q)] == ' ')
                ++q;
            const int f = wordEnd(q);
            if (q < n && lowerWord(s, q, f).is("hundred")) {
                p = f;
            } else {
                // "eight seven seven", "eight double eight"
                const bool twice = q < n && lowerWord(s, q, f).is("double");
                int e1 = 0, e2 = 0;
                const int d1 = twice ? -1 : digitAt(q, &e1);
                int q2 = twice ? f : e1;
                while (q2 > 0 && q2 < n && s[size_t(q2)] == ' ')
                    ++q2;
                const int d2 = q2 > 0 ? digitAt(q2, &e2) : -1;
                if (d2 >= 3 && d2 <= 8 && (twice || d1 == d2))
                    p = e2;
            }
        }
        if (p < 0)
            continue;
        // a trunk's "one" before
        int start = i;
        bool one = false;
        {
            int q = i;
            while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
                --q;
            const LetterWord w = letterWordBefore(s, q);
            if (w.end == q && w.start < q && (w.start == 0 || !isAlnum(s[size_t(w.start - 1)]))
                && lowerWord(s, w.start, w.end).is("one")) {
                one = true;
                start = w.start;
            }
        }
        int count = 0, letters = 0, last = -1, tokens = 0;
        bool lowerWordSeen = false;
        for (int q = skipSeparators(p); q < n && count < 7 && tokens < 10; q = skipSeparators(q)) {
            if (!isAlpha(s[size_t(q)]))
                break;
            const int f = wordEnd(q);
            int de = 0;
            if (f - q > 1 && digitAt(q, &de) >= 0) {
                ++count;
                q = f;
            } else if (f - q == 1) {
                ++count;
                ++letters;
                q = f;
            } else {
                bool upper = true;
                for (int t = q; t < f; ++t)
                    upper = upper && isUpper(s[size_t(t)]);
                if (!upper) {
                    // words in lower case, after the trunk's "one": the whole rest in one word
                    // ("one eight hundred flowers"), or the rest in a few words and letters
                    // ("one eight hundred got junk", "one eight eight eight pet wash", "one eight
                    // hundred, four my, c a r s")
                    const Word w = lowerWord(s, q, f);
                    if (!one || f - q > 7 || (tokens > 0 && !lowerWordSeen && count + f - q > 7)
                        || units().contains(w) || currencyWords().contains(w)
                        || phoneWords().contains(w) || lowerWords().contains(w) || numberNoun(w)
                        || w.is("numbers") || w.is("service") || w.is("support") || w.is("account")
                        || w.is("and") || w.is("or") || w.is("to") || w.is("the") || w.is("for")
                        || w.is("is") || w.is("it") || w.is("that") || w.is("they") || w.is("you")
                        || w.is("we") || w.is("then") || w.is("so") || w.is("but") || w.is("if")
                        || w.is("at") || w.is("on") || w.is("in") || w.is("with") || w.is("please")
                        || w.is("and") || w.is("thanks") || w.is("they'll") || w.is("it's")
                        || w.is("that's") || w.is("open") || w.is("now") || w.is("today"))
                        break;
                    lowerWordSeen = true;
                }
                count += f - q;
                letters += f - q;
                q = f;
            }
            ++tokens;
            last = q;
        }
        // (seven, or a letter fewer or more said in words and letters after the trunk's "one":
        // "one eight seven seven, t o w, n o w")
        const bool loose = one && letters >= 3 && count >= 6 && count <= 8;
        if (last < 0 || (count != 7 && !loose) || letters < 2
            || (lowerWordSeen && tokens != 1 && !loose))
            continue;
        if (last < n && isAlnum(s[size_t(last)]))
            continue;
        push(start, last, PiiKind::Phone, true);
        i = last;
    }
}

// ---- numbers: atoms

bool Scanner::currencyBefore(int start) const
{
    int p = start - 1;
    while (p >= 0 && s[size_t(p)] == ' ' && start - p <= 1)
        --p;
    if (p < 0)
        return false;
    if (s[size_t(p)] == '$')
        return true;
    if (!isAlpha(s[size_t(p)]))
        return false;
    int a = p;
    while (a > 0 && isAlpha(s[size_t(a - 1)]))
        --a;
    return currencyWords().contains(lowerWord(s, a, p + 1));
}

bool Scanner::unitAfter(int end) const
{
    int p = end;
    if (p < n && s[size_t(p)] == ' ')
        ++p;
    if (p >= n)
        return false;
    if (s[size_t(p)] == '%')
        return true;
    if (!isAlpha(s[size_t(p)]))
        return false;
    int b = p;
    while (b < n
           && (isAlpha(s[size_t(b)]) || s[size_t(b)] == '\''
               || (s[size_t(b)] == '.' && b + 1 < n && isAlpha(s[size_t(b + 1)]))))
        ++b;
    if (b < n && isDigit(s[size_t(b)])) // "x360" is an extension, not "times"
        return false;
    // (a speaker's label in capitals: "… nine six, three / HR: sorry can you repeat"; not "5
    // times: …")
    if (b < n && s[size_t(b)] == ':') {
        bool capitals = true;
        for (int q = p; q < b && capitals; ++q)
            capitals = isUpper(s[size_t(q)]);
        if (capitals)
            return false;
    }
    // "5 o clock"; a lone "o" before another word is Italian or Spanish "or"
    if (b == p + 1 && (s[size_t(p)] | 0x20) == 'o')
        return b + 6 <= n && lowerWord(s, b + 1, b + 6).is("clock");
    // ... a chat's "x" for "por" ("… 955 12 34 87 x si acaso"): "times" is glued or ends
    if (b == p + 1 && (s[size_t(p)] | 0x20) == 'x' && p > end && b + 1 < n && s[size_t(b)] == ' '
        && isAlpha(s[size_t(b + 1)]))
        return false;
    // ... and so is "x 833" after a number: a count has no digits after its "x"
    if (b == p + 1 && (s[size_t(p)] | 0x20) == 'x' && b + 1 < n && s[size_t(b)] == ' '
        && isDigit(s[size_t(b + 1)])) {
        int e = b + 1;
        while (e < n && isDigit(s[size_t(e)]))
            ++e;
        if (e - (b + 1) >= 2 && e - (b + 1) <= 6 && (e >= n || !isAlnum(s[size_t(e)])))
            return false;
    }
    const Word unit = lowerWord(s, p, b);
    // "per cust", "per the caller", "per our call": "per" as "as said by", no rate
    if (unit.is("per") && b + 1 < n && s[size_t(b)] == ' ') {
        static const WordSet sources{
                "cust",  "customer", "customers", "client", "caller",     "request", "agent",
                "the",   "our",      "your",      "his",    "her",        "their",   "my",
                "email", "policy",   "ticket",    "sup",    "supervisor", "manager", "call",
                "notes", "note",     "crm",       "record", "records",    "account", "him",
                "them",  "chat",     "cx",        "member", "mgr",        "lead",    "system"};
        if (sources.contains(lowerWord(s, b + 1, wordEnd(b + 1))))
            return false;
    }
    // "… 6 6 0 2 digit by digit": how it was read, no count of digits
    if (unit.is("digit") && b + 4 < n && s[size_t(b)] == ' '
        && lowerWord(s, b + 1, wordEnd(b + 1)).is("by"))
        return false;
    return units().contains(unit);
}

// A run of digits at i (s[i] a digit, s[i-1] not): what it is and where it ends.
Atom Scanner::readDigits(int i)
{
    Atom a;
    a.start = i;
    const auto runEnd = [&](int p) {
        while (p < n && isDigit(s[size_t(p)]))
            ++p;
        return p;
    };
    const auto consumeWord = [&](int p) {
        while (p < n && (isWordChar(s[size_t(p)]) || s[size_t(p)] == '-'))
            ++p;
        return p;
    };
    const int first = runEnd(i);
    // A port after an address or its mask ("dial tcp 10.0.0.5:8080", "[IP]:8291"), and a signed
    // amount with its cents ("+250.00", a statement's credit): no number of a person.
    if (i >= 2 && s[size_t(i - 1)] == ':'
        && ((s[size_t(i - 2)] == ']' && maskTokenBefore(s, i - 1) >= 0)
            || (isDigit(s[size_t(i - 2)]) && i >= 8 && ipv4EndsAt(i - 1)))
        && first - i <= 5
        && !(first < n && (isAlnum(s[size_t(first)]) || s[size_t(first)] == '.'))) {
        a.kind = AtomKind::Negative;
        a.end = first;
        return a;
    }
    if (i >= 1 && (s[size_t(i - 1)] == '+' || s[size_t(i - 1)] == '-') && first - i <= 7
        && first + 2 < n && s[size_t(first)] == '.' && isDigit(s[size_t(first + 1)])
        && isDigit(s[size_t(first + 2)])
        && !(first + 3 < n && (isAlnum(s[size_t(first + 3)]) || s[size_t(first + 3)] == '.'))
        && !(i >= 2 && isAlnum(s[size_t(i - 2)]))) {
        a.kind = AtomKind::Negative;
        a.end = first + 3;
        return a;
    }
    // The last digits a mask left readable ("old=***7711", "XXXX1796"): no number to join
    // (a written card's own "XXXX-XXXX-XXXX-9720" reads the same)
    if (first - i <= 4 && i >= 3 && !(first < n && isAlnum(s[size_t(first)]))) {
        const char m = s[size_t(i - 1)];
        if ((m == '*' || m == 'X' || m == 'x') && s[size_t(i - 2)] == m && s[size_t(i - 3)] == m) {
            a.kind = AtomKind::Negative;
            a.end = first;
            return a;
        }
    }
    // A build's version, four parts with dots, the first of one digit, the last of three to
    // five ("now on 5.10.12.1527", "app 4.15.18.1363"): no phone, no address
    if (first - i == 1 && first + 1 < n && s[size_t(first)] == '.'
        && !(i > 0
             && (isAlnum(s[size_t(i - 1)]) || s[size_t(i - 1)] == '.'
                 || s[size_t(i - 1)] == '+'))) {
        int p = first;
        int parts = 1, lastLen = 0;
        bool shape = true;
        while (shape && p < n && s[size_t(p)] == '.' && p + 1 < n && isDigit(s[size_t(p + 1)])) {
            const int e = runEnd(p + 1);
            lastLen = e - p - 1;
            ++parts;
            if (parts <= 3)
                shape = lastLen <= 2;
            p = e;
        }
        // (not an address's last part: "1.10.12.200" is one)
        const bool octet = lastLen == 3
                           && (s[size_t(p - 3)] - '0') * 100 + (s[size_t(p - 2)] - '0') * 10
                                              + (s[size_t(p - 1)] - '0')
                                      <= 255;
        if (shape && parts == 4 && lastLen >= 3 && lastLen <= 5 && !octet
            && !(p < n
                 && (isAlnum(s[size_t(p)])
                     || (s[size_t(p)] == '.' && p + 1 < n && isDigit(s[size_t(p + 1)]))))) {
            a.kind = AtomKind::Negative;
            a.end = p;
            return a;
        }
    }
    // A second's fraction after a time ("06:38:50.482000 2023", "15:27:07.337123"): part of the
    // time stamp
    if (i >= 7 && first - i <= 9 && s[size_t(i - 1)] == '.' && isDigit(s[size_t(i - 2)])
        && isDigit(s[size_t(i - 3)]) && s[size_t(i - 4)] == ':' && isDigit(s[size_t(i - 5)])
        && isDigit(s[size_t(i - 6)]) && s[size_t(i - 7)] == ':') {
        a.kind = AtomKind::Negative;
        a.end = first;
        return a;
    }
    // A field's value padded with zeros ("amt=000000109937", an amount in cents): no number of
    // a person (none starts with four zeros)
    if (first - i >= 10 && first - i <= 16 && s.substr(size_t(i), 4) == "0000"
        && !(i > 0 && isAlnum(s[size_t(i - 1)]))
        && !(first < n && (isAlnum(s[size_t(first)]) || s[size_t(first)] == '-'))) {
        a.kind = AtomKind::Negative;
        a.end = first;
        return a;
    }
    // What logs write beside a time: a time zone's offset ("13:55:36 +0100", "22:18:09 -0500"),
    // and after a request a status and a size ('"GET /account HTTP/1.1" 200 5123').
    if (first - i == 4 && i >= 3 && (s[size_t(i - 1)] == '+' || s[size_t(i - 1)] == '-')
        && s[size_t(i - 2)] == ' ' && isDigit(s[size_t(i - 3)]) && i >= 6 && s[size_t(i - 5)] == ':'
        && !(first < n && isAlnum(s[size_t(first)]))) {
        a.kind = AtomKind::Negative;
        a.end = first;
        return a;
    }
    if (first - i == 3 && i >= 10 && s[size_t(i - 1)] == ' ' && s[size_t(i - 2)] == '"'
        && s.substr(size_t(i - 10), 5) == "HTTP/") {
        int e = first;
        if (e + 1 < n && s[size_t(e)] == ' ' && isDigit(s[size_t(e + 1)]))
            e = runEnd(e + 1);
        a.kind = AtomKind::Negative;
        a.end = e;
        return a;
    }
    // Identifiers joined to a word by a dash, '#' or '/': "ORD-4417229100", "A/123".
    if (i > 1 && (s[size_t(i - 1)] == '-' || s[size_t(i - 1)] == '#' || s[size_t(i - 1)] == '/')
        && (isAlpha(s[size_t(i - 2)]) || s[size_t(i - 2)] == '_' || s[size_t(i - 2)] == ']')) {
        // ... but not after a number word ("one-5220…"): that is a number said in two ways.
        int w = i - 1;
        while (w > 0 && isAlpha(s[size_t(w - 1)]))
            --w;
        const bool numberBefore = w < i - 1 && !(w > 0 && isWordChar(s[size_t(w - 1)]))
                                  && numberWord(s, w, i - 1).kind != NumKind::None;
        // ... nor an address after a dash: "rule=allow-192.168.93.235/16"
        const auto dottedQuad = [&] {
            int p = i;
            for (int k = 0; k < 4; ++k) {
                const int e = runEnd(p);
                if (e == p || e - p > 3 || (k < 3 && !(e + 1 < n && s[size_t(e)] == '.')))
                    return false;
                p = k < 3 ? e + 1 : e;
            }
            return !(p < n && (isAlnum(s[size_t(p)]) || s[size_t(p)] == '.'));
        };
        // ... nor a number named by the word: "cc#4972075313201", "tel#4155550132"
        const Word name = lowerWord(s, w, i - 1);
        const bool named = s[size_t(i - 1)] == '#' && w < i - 1 && name.size > 0
                           && (cardWords().contains(name) || phoneWords().contains(name)
                               || ssnWords().contains(name) || name.view() == "ss");
        // ... nor the number a PBX dials: "Dial(SIP/trunk-au/0298761234,300)", "PJSIP/4155550132@…"
        const auto dialled = [&] {
            if (s[size_t(i - 1)] != '/')
                return false;
            int t = i - 1;
            while (t > 0
                   && !(s[size_t(t - 1)] == ' ' || s[size_t(t - 1)] == '('
                        || s[size_t(t - 1)] == '"' || s[size_t(t - 1)] == ','
                        || s[size_t(t - 1)] == '\'' || s[size_t(t - 1)] == '='))
                --t;
            char tech[8];
            int k = 0;
            for (; k < 7 && t + k < i && s[size_t(t + k)] != '/'; ++k)
                tech[k] = lower(s[size_t(t + k)]);
            const std::string_view v(tech, size_t(k));
            return t + k < i && s[size_t(t + k)] == '/'
                   && (v == "sip" || v == "pjsip" || v == "iax2" || v == "dahdi" || v == "local"
                       || v == "skinny" || v == "h323");
        };
        // (or after a path's slash: "HIER_DIRECT/20.190.159.2", "m.schulz/91.64.118.20:50412")
        if (!numberBefore && !named && !dialled()
            && !((s[size_t(i - 1)] == '-' || s[size_t(i - 1)] == '/') && dottedQuad())) {
            a.kind = AtomKind::Identifier;
            a.end = consumeWord(first);
            return a;
        }
    }
    // Times and ratios: "10:30", "10:30:45", "1:2:3".
    if (first < n && s[size_t(first)] == ':' && first + 1 < n && isDigit(s[size_t(first + 1)])) {
        int p = first;
        while (p < n
               && (isDigit(s[size_t(p)])
                   || (s[size_t(p)] == ':' && p + 1 < n && isDigit(s[size_t(p + 1)]))))
            ++p;
        // a time stamp's fraction of a second: "00:02:01.984"
        if (timeStampEnd(i) > p)
            p = timeStampEnd(i);
        a.kind = AtomKind::Negative;
        a.end = p;
        return a;
    }
    // An amount with a decimal comma, as most of Europe and Brazil write it, beside its
    // currency: "32,50 €", "€ 27,50", "R$ 87,90", "49,99 EUR".
    if (first - i <= 5 && first + 2 < n && s[size_t(first)] == ',' && runEnd(first + 1) == first + 3
        && !(first + 3 < n
             && (isAlnum(s[size_t(first + 3)])
                 || (s[size_t(first + 3)] == ',' && first + 4 < n
                     && isDigit(s[size_t(first + 4)]))))) {
        const auto euroAt = [&](int q) {
            return q + 2 < n && static_cast<unsigned char>(s[size_t(q)]) == 0xe2
                   && static_cast<unsigned char>(s[size_t(q + 1)]) == 0x82
                   && static_cast<unsigned char>(s[size_t(q + 2)]) == 0xac;
        };
        int q = first + 3;
        while (q < n && s[size_t(q)] == ' ' && q - first - 3 < 2)
            ++q;
        int b = i;
        while (b > 0 && s[size_t(b - 1)] == ' ' && i - b < 2)
            --b;
        // (a currency's sign reads '$' once normalized)
        const bool after = euroAt(q) || (q < n && s[size_t(q)] == '$')
                           || (q < n && isAlpha(s[size_t(q)])
                               && (currencyWords().contains(lowerWord(s, q, wordEnd(q)))
                                   || lowerWord(s, q, wordEnd(q)).is("euro")
                                   || lowerWord(s, q, wordEnd(q)).is("euros")
                                   || lowerWord(s, q, wordEnd(q)).is("reais")));
        const bool before = (b >= 3 && euroAt(b - 3)) || (b >= 2 && s[size_t(b - 1)] == '$')
                            || currencyBefore(i);
        if (after || before) {
            a.kind = AtomKind::Negative;
            a.end = first + 3;
            return a;
        }
    }
    // Amounts with thousands separators: "1,250,000", "1,250.00" (not in a row of fields parted by
    // commas: "…,+33 6 44 12 90 71,612.40")
    if (first - i <= 3 && first + 3 < n && s[size_t(first)] == ',' && runEnd(first + 1) == first + 4
        && !commaRowAt(i)) {
        int p = first;
        while (p + 3 < n && s[size_t(p)] == ',' && runEnd(p + 1) == p + 4)
            p += 4;
        if (p + 1 < n && s[size_t(p)] == '.' && isDigit(s[size_t(p + 1)]))
            p = runEnd(p + 1);
        a.kind = AtomKind::Negative;
        a.end = p;
        return a;
    }
    // The groups joined by one '-', '.' or '/' each.
    int p = i;
    int digits = 0;
    bool allDots = true;
    for (;;) {
        const int e = runEnd(p);
        if (a.groupCount < 12) {
            a.groupStart[a.groupCount] = p;
            a.groupEnd[a.groupCount] = e;
            a.groupSep[a.groupCount] = a.groupCount == 0 ? ' ' : s[size_t(p - 1)];
            ++a.groupCount;
        }
        digits += e - p;
        p = e;
        if (p + 1 < n && (s[size_t(p)] == '-' || s[size_t(p)] == '.' || s[size_t(p)] == '/')
            && isDigit(s[size_t(p + 1)]) && a.groupCount < 12) {
            // "10.228.17.0/24": an address and its prefix length
            if (s[size_t(p)] == '/' && allDots && a.groupCount == 4)
                break;
            allDots = allDots && s[size_t(p)] == '.';
            ++p;
            continue;
        }
        break;
    }
    const int end = p;
    a.end = end;
    const int g = a.groupCount;
    // Right after a '+' number ("+687 20.12.34"), or right after words that call it a phone
    // number ("call me at 20.12.34", "my number is 09.7625400"): a number, whatever it looks like.
    bool afterPlus = false;
    {
        int q = i - 1;
        if (q >= 0 && s[size_t(q)] == ' ')
            --q;
        int d = q;
        while (d >= 0 && isDigit(s[size_t(d)]))
            --d;
        afterPlus = (d < q && d >= 0 && s[size_t(d)] == '+' && q - d <= 3)
                    || (i > 0 && s[size_t(i - 1)] == '+');
    }
    const auto saidAsPhone = [&] {
        const int ctx = contextBefore(i);
        return (ctx & CtxPhone) && (ctx & CtxNear);
    };
    const auto size = [&](int k) { return a.groupEnd[k] - a.groupStart[k]; };
    // IPv4, and versions and decimals written with dots.
    if (allDots && g >= 2) {
        if (g >= 4) {
            bool ok = true;
            bool wide = false; // an octet of three digits
            for (int k = 0; k < 4 && ok; ++k) {
                ok = size(k) >= 1 && size(k) <= 3; // and only then is it read as a number
                int v = 0;
                for (int t = a.groupStart[k]; ok && t < a.groupEnd[k]; ++t)
                    v = v * 10 + (s[size_t(t)] - '0');
                ok = ok && v <= 255 && !(size(k) > 1 && s[size_t(a.groupStart[k])] == '0');
                wide = wide || size(k) == 3;
            }
            // "1.2.3.4.5" is a version, "192.168.1.1.1" an address and more.
            ok = ok && (g == 4 || wide);
            // A subnet mask ("255.255.255.0") names no machine (the broadcast address
            // 255.255.255.255 is an address).
            const auto octet = [&](int k) {
                int v = 0;
                for (int t = a.groupStart[k]; t < a.groupEnd[k]; ++t)
                    v = v * 10 + (s[size_t(t)] - '0');
                return v;
            };
            if (ok && octet(0) == 255 && octet(1) == 255 && !(octet(2) == 255 && octet(3) == 255)) {
                a.kind = AtomKind::Negative;
                a.end = a.groupEnd[3];
                return a;
            }
            // (after an ellipsis it is no version's part: "…established between
            // x...88.217.41.203")
            const bool ellipsis = i >= 3 && s[size_t(i - 1)] == '.' && s[size_t(i - 2)] == '.'
                                  && s[size_t(i - 3)] == '.';
            const bool versionish
                    = (i > 0
                       && ((s[size_t(i - 1)] == '.' && !ellipsis) || isAlpha(s[size_t(i - 1)])))
                      || versionBefore(i) || upgradeBefore(i) || nextVersionAt(i);
            if (ok && !versionish) {
                int ipEnd = a.groupEnd[3];
                // CIDR: "/24".
                if (ipEnd + 1 < n && s[size_t(ipEnd)] == '/' && isDigit(s[size_t(ipEnd + 1)])) {
                    const int e = runEnd(ipEnd + 1);
                    if (e - ipEnd - 1 <= 2)
                        ipEnd = e;
                }
                if (!(ipEnd < n && isAlnum(s[size_t(ipEnd)]))) {
                    a.kind = AtomKind::Ip;
                    a.groupStart[0] = i;
                    // (the prefix length with it: "198.51.100.0/24" names a customer's network)
                    a.groupEnd[0] = ipEnd;
                    a.end = std::max(end, ipEnd);
                    return a;
                }
            }
            // an address's shape named a version ("firmware updated from 3.15.184.185 to …"):
            // a version, no phone either
            if (ok && versionish && g == 4 && !afterPlus && !saidAsPhone()) {
                a.kind = AtomKind::Negative;
                a.end = a.groupEnd[3];
                return a;
            }
        }
        // A build's version: a group of one digit after the first ("10.0.19045.3803"), unless
        // it is called a phone number.
        bool oneDigitGroup = false;
        for (int k = 1; k < g; ++k)
            oneDigitGroup = oneDigitGroup || size(k) == 1;
        if (g >= 3 && oneDigitGroup && !afterPlus && !saidAsPhone()) {
            a.kind = AtomKind::Negative;
            a.end = (end < n && isWordChar(s[size_t(end)])) ? consumeWord(end) : end;
            return a;
        }
        // A decimal ("49.99", "3.14159") or a version; but "911.701234", "4155.5501" are
        // numbers with a dot in them.
        // (and a Unix time with its fraction, "uniqueid=1714659069.88120", or a kernel log's
        // seconds, "[ 4412.118202]")
        const bool epoch = g == 2 && size(0) == 10 && s[size_t(i)] == '1' && size(1) >= 3
                           && size(1) <= 6 && !(end < n && s[size_t(end)] == '.');
        int before = i;
        while (before > 0 && s[size_t(before - 1)] == ' ')
            --before;
        const bool uptime = g == 2 && size(1) == 6 && before > 0 && s[size_t(before - 1)] == '['
                            && end < n && s[size_t(end)] == ']';
        const bool decimal
                = g == 2 ? (size(1) <= 3 || size(0) <= 2 || digits < 7 || epoch || uptime)
                         : !(g >= 3 && digits >= 9);
        if (decimal && !afterPlus && !(digits >= 6 && saidAsPhone())) {
            a.kind = AtomKind::Negative;
            a.end = (end < n && isWordChar(s[size_t(end)])) ? consumeWord(end) : end;
            return a;
        }
    }
    // Right-glued: "2nd", "5pm", "12345abc" (but "4155550132x204" is an extension); glued to a
    // mask token, as it was to what the token stands for.
    if (end < n && s[size_t(end)] == '[') {
        a.kind = AtomKind::Identifier;
        return a;
    }
    // An SSN written with underscores, as some forms and exports do: "ssn=503_88_1274".
    if (g == 1 && digits == 3 && end + 7 < n && s[size_t(end)] == '_' && runEnd(end + 1) == end + 3
        && s[size_t(end + 3)] == '_' && runEnd(end + 4) == end + 8
        && !(end + 8 < n && isWordChar(s[size_t(end + 8)]))) {
        std::string d(s.substr(size_t(i), 3));
        d.append(s.substr(size_t(end + 1), 2)).append(s.substr(size_t(end + 4), 4));
        if (ssnValid(d.data()) || itinValid(d.data())) {
            a.groupStart[1] = end + 1;
            a.groupEnd[1] = end + 3;
            a.groupSep[1] = '_';
            a.groupStart[2] = end + 4;
            a.groupEnd[2] = end + 8;
            a.groupSep[2] = '_';
            a.groupCount = 3;
            a.end = end + 8;
            a.kind = AtomKind::Groups;
            return a;
        }
    }
    // A form's or a model's name, digits and a letter or a few after a hyphen: "1099-R",
    // "1099-INT", "1095-C" ("my 2023 1099-R": the year and the form)
    // (a few digits only, the form's apart: not "415-555-0132-A")
    // (and no digits right before, but a year: "415 555 0132-A" is a phone and a letter)
    const auto digitsBefore = [&] {
        int b = i;
        while (b > 0 && (s[size_t(b - 1)] == ' ' || s[size_t(b - 1)] == '-'))
            --b;
        if (b == 0 || !isDigit(s[size_t(b - 1)]))
            return false;
        int r = b;
        while (r > 0 && isDigit(s[size_t(r - 1)]))
            --r;
        const bool year = b - r == 4 && (r == 0 || !isAlnum(s[size_t(r - 1)]))
                          && (s.substr(size_t(r), 2) == "19" || s.substr(size_t(r), 2) == "20");
        return !year;
    };
    if (end + 1 < n && s[size_t(end)] == '-' && isUpper(s[size_t(end + 1)]) && digits <= 8
        && (g == 1 || a.groupSep[g - 1] == ' ') && !digitsBefore()) {
        int e = end + 1;
        while (e < n && isUpper(s[size_t(e)]) && e - end <= 5)
            ++e;
        if (e - end <= 4 && (e == n || !isAlnum(s[size_t(e)]))) {
            a.kind = AtomKind::Identifier;
            a.end = e;
            return a;
        }
    }
    if (end < n && isWordChar(s[size_t(end)])) {
        if (!((s[size_t(end)] == 'x' || s[size_t(end)] == 'X') && end + 1 < n
              && isDigit(s[size_t(end + 1)]) && digits >= 7)) {
            a.kind = unitAfter(end) ? AtomKind::Negative : AtomKind::Identifier;
            a.end = consumeWord(end);
            return a;
        }
    }
    // Left-glued to a word ("ID4155550132"): an identifier, unless written as a formatted number
    // ("is415-555-0132").
    if (i > 0 && s[size_t(i - 1)] == ']' && (g < 2 || digits < 7)) {
        a.kind = AtomKind::Identifier;
        a.end = consumeWord(end);
        return a;
    }
    // (or one capital or two before it, a code's: "auth A56-909704", "PA40-355450"; not a
    // signature's "T", "M", "P", "F", "H", "W" or "C")
    const auto codeLetters = [&] {
        int w = i;
        while (w > 0 && isUpper(s[size_t(w - 1)]) && i - w <= 2)
            --w;
        if (i - w < 1 || i - w > 2 || (w > 0 && isWordChar(s[size_t(w - 1)])))
            return false;
        return !(i - w == 1 && std::strchr("TMPFHWC", s[size_t(w)]) != nullptr);
    };
    if (i > 0 && isWordChar(s[size_t(i - 1)]) && (g < 2 || digits < 7 || codeLetters())) {
        // A lower-case word run into a number by a typo ("one is415 555 0132") does not make an
        // identifier of it; capitals and digits do ("ID4155550132", "1Z4417…", "v2").
        int w = i;
        bool lowerWord = true;
        while (w > 0 && isWordChar(s[size_t(w - 1)])) {
            lowerWord = lowerWord && s[size_t(w - 1)] >= 'a' && s[size_t(w - 1)] <= 'z';
            --w;
        }
        if (!(lowerWord && i - w >= 2 && g == 1 && digits >= 3)) {
            a.kind = AtomKind::Identifier;
            a.end = consumeWord(end);
            return a;
        }
    }
    // Dates and ranges: 2024-05-12, 12/05/2024, 12.05.2024, 24/7, 05/2024, 3-5.
    if (!afterPlus && g == 3 && a.groupSep[1] == a.groupSep[2]
        && ((size(0) == 4 && size(1) <= 2 && size(2) <= 2)
            || (size(0) <= 2 && size(1) <= 2 && size(2) == 4)
            || (a.groupSep[1] == '/' && size(0) <= 2 && size(1) <= 2 && size(2) == 2))) {
        a.kind = AtomKind::Negative;
        return a;
    }
    if (g == 2 && a.groupSep[1] == '/'
        && ((size(0) <= 2 && size(1) <= 2) || (size(0) <= 2 && size(1) == 4))) {
        a.kind = AtomKind::Negative;
        return a;
    }
    // From one date to another: "29/03-01/04", "12/05/2024-15/05/2024" (an en dash reads as '-')
    if (!afterPlus && (g == 4 || g == 6) && a.groupSep[g / 2] == '-') {
        bool range = true;
        for (int k = 0; k < g && range; ++k) {
            const int inDate = k % (g / 2);
            range = (inDate == 0 || a.groupSep[k] == '/' || a.groupSep[k] == '.')
                    && (inDate < 2 ? size(k) <= 2 : (size(k) == 2 || size(k) == 4));
        }
        if (range) {
            a.kind = AtomKind::Negative;
            return a;
        }
    }
    // ... the year said once, at the end: "01/01-29/02/2024", "1.3.-15.3.2024"
    if (!afterPlus && g == 5 && a.groupSep[2] == '-' && a.groupSep[1] == a.groupSep[3]
        && a.groupSep[3] == a.groupSep[4] && (a.groupSep[1] == '/' || a.groupSep[1] == '.')
        && size(0) <= 2 && size(1) <= 2 && size(2) <= 2 && size(3) <= 2
        && (size(4) == 2 || size(4) == 4)) {
        // (days and months that are days and months)
        const auto value = [&](int k) {
            int v = 0;
            for (int t = a.groupStart[k]; t < a.groupEnd[k]; ++t)
                v = v * 10 + (s[size_t(t)] - '0');
            return v;
        };
        bool dates = true;
        for (int k = 0; k < 4 && dates; ++k)
            dates = value(k) >= 1 && value(k) <= (k % 2 == 1 ? 12 : 31);
        if (dates) {
            a.kind = AtomKind::Negative;
            return a;
        }
    }
    const bool moreDigits = end + 1 < n && s[size_t(end)] == ' ' && isDigit(s[size_t(end + 1)]);
    // (digits typed one by one between other such pieces are no range: "4-0-1, 6-2, 8-8-3-0")
    const auto piecesAround = [&] {
        if (size(0) != 1 || size(1) != 1)
            return false;
        int q = i;
        while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
            --q;
        int r = end;
        while (r < n && (s[size_t(r)] == ' ' || s[size_t(r)] == ','))
            ++r;
        return (q < i && q > 0 && isDigit(s[size_t(q - 1)]))
               || (r > end && r < n && isDigit(s[size_t(r)]));
    };
    if (g == 2 && a.groupSep[1] == '-' && size(0) <= 2 && size(1) <= 2 && !afterPlus && !moreDigits
        && !saidAsPhone() && !piecesAround()) {
        a.kind = AtomKind::Negative;
        return a;
    }
    // Amounts, percentages, quantities, references: "$49", "20%", "2 times", "#1234".
    // ("ssn#399796975", "tel#…": the word before '#' says what the number is)
    const auto numberSign = [&] {
        if (!(i > 0 && s[size_t(i - 1)] == '#'))
            return false;
        const LetterWord before = letterWordBefore(s, i - 1);
        if (before.start == before.end || before.end != i - 1)
            return true;
        const Word w = lowerWord(s, before.start, before.end);
        return !(ssnWords().contains(w) || phoneWords().contains(w) || cardWords().contains(w)
                 || w.is("ss"));
    };
    if (digits <= 12 && (currencyBefore(i) || numberSign())) {
        if (end + 2 < n && s[size_t(end)] == '.' && isDigit(s[size_t(end + 1)]))
            a.end = runEnd(end + 1);
        a.kind = AtomKind::Negative;
        return a;
    }
    if (end < n && s[size_t(end)] == '%') {
        a.kind = AtomKind::Negative;
        return a;
    }
    // (not the last group of a number begun just before it: "+852 3158 2740 hours 9-6",
    // "040 123 4567 weekdays only", "3600 666633 3336 per la prenotazione": a group of three or
    // four digits after six or more in groups is the number's, not a count)
    const auto restOfNumber = [&] {
        if (i < 2 || s[size_t(i - 1)] != ' ' || !isDigit(s[size_t(i - 2)]))
            return false;
        int before = 0;
        for (int q = i - 1; q >= 0 && i - q <= 24; --q) {
            const char ch = s[size_t(q)];
            if (isDigit(ch))
                ++before;
            else if (ch == '+')
                return before < 11 && (q == 0 || !isAlnum(s[size_t(q - 1)]));
            else if (!(ch == ' ' || ch == '-' || ch == '(' || ch == ')'))
                return ch != '$' && ch != '.' && ch != ',' && before >= 6 && before <= 15
                       && digits >= 3;
        }
        return before >= 6 && before <= 15 && digits >= 3;
    };
    if (size(g - 1) <= 4 && digits <= 6 && unitAfter(end) && !restOfNumber()) {
        a.kind = AtomKind::Negative;
        return a;
    }
    a.kind = AtomKind::Groups;
    return a;
}

// Number words said one after another from i (s[i] starts a word): "four one five",
// "twenty one", "double five", "eight hundred". None when the words are not a number here.
// `continuing`: the words go on a number already begun ("461 oh", "806 oh 1894"), where a lone
// "oh" is a zero rather than a sigh.
Atom Scanner::readSpoken(int i, bool continuing)
{
    Atom a;
    a.start = i;
    a.spoken = true;
    std::string &d = a.spokenDigits;
    int p = i;
    int words = 0;
    int fill = 0;          // trailing zeros of "hundred"/"thousand" that the next words may fill
    int repeat = 1;        // "double", "triple"
    bool tensOpen = false; // "twenty": its unit may follow
    bool andAllowed = false;
    bool andSeen = false;
    int lastEnd = -1;
    bool onlyOh = true;
    NumKind kind0 = NumKind::None, kind1 = NumKind::None;
    int endBeforeLast = -1; // before the last number word: "… two five | three times"
    size_t digitsBeforeLast = 0;
    NumKind lastKind = NumKind::None;
    int lastValue = 0;
    bool frenchTens = false;
    bool unitFilled = false;    // the last digit filled a hundred's units ("cent quatre")
    bool persianJoined = false; // the word before was Persian's "o" ("bist o do")
    for (;;) {
        const int e = wordEnd(p);
        NumWord w = numberWord(s, p, e);
        const bool afterPersianAnd = persianJoined;
        persianJoined = false;
        // Persian's "o", and, in Latin letters between its hundreds or tens and the rest
        // ("nohsad o nuzdah", "bist o yek"): read as Portuguese "e" is, below
        bool persianAnd = false;
        if (w.kind == NumKind::Oh && e - p == 1 && (s[size_t(p)] | 0x20) == 'o' && words > 0
            && (lastKind == NumKind::Hundreds || tensOpen) && e + 1 < n && s[size_t(e)] == ' ') {
            static const WordSet persianTens{
                    "bist",   "chehel",   "panjah",  "shast",    "haftad", "hashtad",
                    "navad",  "yeksad",   "divist",  "devist",   "sisad",  "chaharsad",
                    "pansad", "sheshsad", "haftsad", "hashtsad", "nohsad", "sad"};
            const LetterWord b = letterWordBefore(s, p);
            if (b.start < b.end && persianTens.contains(lowerWord(s, b.start, b.end))) {
                w = {};
                persianAnd = true;
            }
        }
        // Swedish, Norwegian and Danish "hundra", "hundre", "hundrede" after no digit are a
        // hundred ("… punkt ett punkt hundra"); after one, they multiply it ("fem hundra")
        if (w.kind == NumKind::Hundred && lastKind != NumKind::Digit && e - p >= 6
            && !lowerWord(s, p, e).is("hundred"))
            w = {NumKind::Hundreds, 100};
        // (so is Turkish "yüz" opening a number: "…, yüz yirmi üç, …" is 123)
        if (w.kind == NumKind::Hundred && d.empty() && e - p == 3 && lowerWord(s, p, e).is("yuz"))
            w = {NumKind::Hundreds, 100};
        // Catalan "set", seven, where Czech and Slovak "set", hundreds, cannot be: after no
        // digit of theirs from five to nine ("sedm set" is 700; "vuit set, zero quatre" is 8 7 0
        // 4), and opening a number only before another number word ("set cinc zero, …")
        if (w.kind == NumKind::Hundred && e - p == 3 && lowerWord(s, p, e).is("set")) {
            const LetterWord b = letterWordBefore(s, p);
            const Word before = lowerWord(s, b.start, b.end);
            const bool czech
                    = b.start < b.end && p - b.end <= 2
                      && (before.is("pet") || before.is("pat") || before.is("sest")
                          || before.is("sedm") || before.is("sedem") || before.is("osm")
                          || before.is("osem") || before.is("devet") || before.is("devat"));
            const bool numberNext = e + 1 < n && s[size_t(e)] == ' ' && isAlpha(s[size_t(e + 1)])
                                    && numberWord(s, e + 1, wordEnd(e + 1)).kind != NumKind::None;
            if (!czech && (words > 0 || numberNext))
                w = {NumKind::Digit, 7};
        }
        // Catalan "u", one, after its tens ("trenta-u", "vint-i-u") and between digits
        if (w.kind == NumKind::None && e - p == 1 && (s[size_t(p)] | 0x20) == 'u'
            && ((tensOpen && p >= 2 && s[size_t(p - 1)] == '-') || catalanOneAt(p, e)))
            w = {NumKind::Digit, 1};
        // A digit a recogniser wrote as its sound-alike, between digits said one by one
        // ("nine eight won oh", "oh one too oh nine six") or ending a long run of them before
        // the end or the other side's turn ("… four double nine for agent: okay").
        // (homophoneStart passes only "for", "fore", "won" and "ate")
        if (w.kind == NumKind::None && words == 0 && homophoneStart(p, e))
            w = {NumKind::Digit, soundAlikeDigit(lowerWord(s, p, e))};
        // ("double too", "triple ate": the sound-alike is the digit said twice; not "for")
        if (w.kind == NumKind::None && words > 0 && repeat > 1 && e - p <= 3) {
            const Word lw = lowerWord(s, p, e);
            if (!lw.is("for") && soundAlikeDigit(lw) >= 0)
                w = {NumKind::Digit, soundAlikeDigit(lw)};
        }
        // ("to" only after a digit said in English: "… trzydzieści trzy to nie …" is Polish
        // "it")
        const auto afterEnglishDigit = [&] {
            if (!(e - p == 2 && (s[size_t(p)] | 0x20) == 't' && (s[size_t(p + 1)] | 0x20) == 'o'))
                return true;
            const LetterWord b = letterWordBefore(s, p);
            if (b.start >= b.end)
                return true; // (after digits written)
            const Word bw = lowerWord(s, b.start, b.end);
            return bw.is("zero") || bw.is("oh") || bw.is("o") || bw.is("one") || bw.is("two")
                   || bw.is("three") || bw.is("four") || bw.is("five") || bw.is("six")
                   || bw.is("seven") || bw.is("eight") || bw.is("nine") || bw.is("double")
                   || bw.is("triple") || bw.is("nought") || bw.is("naught")
                   || soundAlikeDigit(bw) >= 0;
        };
        if (w.kind == NumKind::None && words > 0 && repeat == 1
            && (lastKind == NumKind::Digit || lastKind == NumKind::Oh) && e - p <= 4
            && afterEnglishDigit()) {
            const Word lw = lowerWord(s, p, e);
            const int value = soundAlikeDigit(lw);
            if (value >= 0) {
                // the word starting at or after `from` (spaces passed): where it starts and
                // ends, and what number word it is
                struct Next
                {
                    int start, end;
                    NumKind kind;
                };
                const auto wordFrom = [&](int from) {
                    while (from < n && s[size_t(from)] == ' ')
                        ++from;
                    const int to = wordEnd(from);
                    return Next{from, to, from < n ? numberWord(s, from, to).kind : NumKind::None};
                };
                const auto digitKind
                        = [](NumKind k) { return k == NumKind::Digit || k == NumKind::Oh; };
                int f = e;
                // (a pause may follow it: "for five to, six six, …")
                while (f < n && (s[size_t(f)] == ' ' || (s[size_t(f)] == ',' && f == e)))
                    ++f;
                const int e2 = wordEnd(f);
                const NumWord next
                        = f < n && isAlpha(s[size_t(f)]) ? numberWord(s, f, e2) : NumWord();
                // (not before a sum: "… four four one seven for three hundred and nine dollars")
                bool sumAfter = false;
                if (next.kind == NumKind::Digit) {
                    const Next after = wordFrom(e2);
                    sumAfter = after.kind == NumKind::Hundred || after.kind == NumKind::Thousand
                               || (after.start < n
                                   && currencyWords().contains(
                                           lowerWord(s, after.start, after.end)));
                }
                // The next word when it is no number word but a word that may stand inside
                // one: a dash said before the next digit ("two won dash nine three …"), a
                // correction before a digit or a sound-alike ("… one ate sorry won seven …"),
                // another sound-alike before a digit ("… one ate too seven …")
                bool dashThenDigit = false, correctionAfter = false, twoAlikes = false;
                if (const Word nw2 = lowerWord(s, f, e2);
                    next.kind == NumKind::None && f < n && isAlpha(s[size_t(f)])) {
                    Next after = wordFrom(e2);
                    dashThenDigit = dashWord(nw2.view()) && digitKind(after.kind);
                    twoAlikes
                            = soundAlikeDigit(nw2) >= 0 && !nw2.is("fore") && digitKind(after.kind);
                    if (nw2.is("sorry") || nw2.is("no") || nw2.is("not") || nw2.is("wait")) {
                        // (two words of it: "no sorry", "sorry no", "no wait")
                        if (const Word w2 = lowerWord(s, after.start, after.end);
                            w2.is("sorry") || w2.is("no") || w2.is("wait"))
                            after = wordFrom(after.end);
                        const Word gw = lowerWord(s, after.start, after.end);
                        // ("seven not four": one digit is enough before "not")
                        correctionAfter = (d.size() >= 3 || (nw2.is("not") && !d.empty()))
                                          && (digitKind(after.kind)
                                              || (soundAlikeDigit(gw) >= 0 && !gw.is("to")
                                                  && !gw.is("fore")));
                    }
                }
                // ("won" and "ate" before a pair: "… four won sixty one …", "… four ate eleven
                // …"; "to" and "for" there are words: "four to five", "two for twenty")
                const bool beforePair
                        = (lw.is("won") || lw.is("ate"))
                          && (next.kind == NumKind::Teen || next.kind == NumKind::Tens)
                          && d.size() >= 2;
                const bool between
                        = ((next.kind == NumKind::Digit && !sumAfter) || next.kind == NumKind::Oh
                           || next.kind == NumKind::Repeat || (f < n && isDigit(s[size_t(f)]))
                           || dashThenDigit || twoAlikes || beforePair || correctionAfter);
                // (after three digits at least when the turn ends with it: "… zero three seven
                // ate / spk_0: and the zip")
                const bool turnEnds = labelEnd(f) > 0 || turnMarkerEnd(f) > 0;
                // (or where it makes the number whole, before any word: a phone's tenth digit,
                // an SSN's ninth, a card's sixteenth: "… three five for charging", "… eight too
                // and")
                // (not before a sum: "… one two five for four hundred and nineteen")
                const bool completes = (d.size() == 9 || d.size() == 8 || d.size() == 15) && f < n
                                       && isAlpha(s[size_t(f)]) && next.kind == NumKind::None;
                const bool last = (d.size() >= 6 || (d.size() >= 3 && turnEnds && lw.is("ate")))
                                  && (f >= n || s[size_t(f)] == '.' || s[size_t(f)] == ','
                                      || turnEnds || completes
                                      || (f < n && isAlpha(s[size_t(f)])
                                          && speakerWords().contains(lowerWord(s, f, e2))));
                if (between || last)
                    w = {NumKind::Digit, value};
            }
        }
        // Turkish "on", ten, between Turkish number words, its unit after it: "otuz dört on beş"
        // is 34 15, "dört yüz on iki" 412; and after "yüz" alone: "dört yüz on" is 410.
        // (Turkish "kırk", forty, a weak word, after "yüz" too: "beş yüz kırk üç" is 543.)
        // (Azerbaijani and Kazakh say it so too: "beş yüz qırx bir, on doqquz", "үш жүз он екі")
        if (w.kind == NumKind::None && e - p == 2 && words > 0 && lowerWord(s, p, e).is("on")) {
            // the units of Turkish, Azerbaijani, Kazakh and Uzbek, and their tens and hundreds
            static const WordSet units{"sifir",  "bir",    "iki",    "uc",    "dort",  "bes",
                                       "alti",   "yedi",   "sekiz",  "dokuz", "yeddi", "dord",
                                       "sekkiz", "doqquz", "eki",    "ush",   "tort",  "alty",
                                       "zheti",  "segiz",  "togyz",  "ikki",  "uch",   "besh",
                                       "olti",   "yetti",  "sakkiz", "toqqiz"};
            static const WordSet tensAndHundreds{
                    "yuz",    "yirmi",  "otuz",  "kirk",    "elli",    "altmis", "yetmis",
                    "seksen", "doksan", "zhuz",  "iyirmi",  "qirx",    "doxsan", "zhiyrma",
                    "otyz",   "kyryk",  "elu",   "alpys",   "zhetpis", "toksan", "yigirma",
                    "ottiz",  "qirq",   "ellik", "oltmish", "yetmish", "sakson", "toqson"};
            const LetterWord b = letterWordBefore(s, p);
            const Word before = lowerWord(s, b.start, b.end);
            int f = e;
            while (f < n && s[size_t(f)] == ' ')
                ++f;
            const Word after = lowerWord(s, f, wordEnd(f));
            const bool turkishBefore = units.contains(before) || tensAndHundreds.contains(before);
            if (turkishBefore && f > e && units.contains(after) && !after.is("sifir") && !tensOpen)
                w = {NumKind::Tens, 1};
            else if (lastKind == NumKind::Hundred && (before.is("yuz") || before.is("zhuz")))
                w = {NumKind::Teen, 10};
        }
        if (w.kind == NumKind::None && lastKind == NumKind::Hundred && e - p == 4
            && lowerWord(s, p, e).is("kirk") && wordBeforeIs(s, p, "yuz"))
            w = {NumKind::Tens, 4};
        // A word that is a number in another language and a word of English too, inside a
        // number: "zéro un quarante", "cincuenta y cinco once".
        // (first too when another number word follows: "…, un trois huit sept", "el once,
        // quince, cuatro …")
        if (w.kind == NumKind::None
            && (words > 0 || weakStartAllowed(e) || (continuing && weakPieceAt(p, e)))
            // (after "double" only well inside a number: "sifuri saba double nane …")
            && ((repeat == 1 && lastKind != NumKind::Repeat)
                || (lastKind == NumKind::Repeat && words >= 3))
            && lastKind != NumKind::Hundred && lastKind != NumKind::Thousand && e - p <= 7) {
            const Word lw = lowerWord(s, p, e);
            w = weakNumberWord(lw.view());
            // Catalan "nou", nine, only between number words, no comma on either side ("sis nou
            // tres", "sis-nou-nou-vuit"): between commas it is Dutch "well" ("… een zeven, nou,
            // nul negen …")
            if (w.kind == NumKind::None && words > 0 && lw.is("nou") && catalanNineAt(p, e))
                w = {NumKind::Digit, 9};
            // (a speaker's label is none: "… four two six two five nine\nAGT: is there …")
            if (w.kind != NumKind::None
                && ((e < n && (s[size_t(e)] == ':' || s[size_t(e)] == '>'))
                    || ((p == 0 || s[size_t(p - 1)] == '\n') && speakerWords().contains(lw))))
                w = {};
            // French "cent" before the rest of its number: "cent douze" 112, "deux cent douze"
            // 212 (not "five cent coins"); after a digit, before a word that is English too:
            // "trois cent dix" 310, "deux cent un" 201
            const auto weakAfter = [&] {
                const Word next = lowerWord(s, e + 1, wordEnd(e + 1));
                return weakNumberWord(next.view()).kind != NumKind::None;
            };
            // (and after a digit, before a comma and the next piece: "un huit cent, quatre six
            // quatre, …", 1 800; "zéro huit cent, cent vingt-trois, …", 0 800 123)
            if (w.kind == NumKind::None && (lw.is("cent") || lw.is("cents"))) {
                const bool afterDigit = lastKind == NumKind::Digit && lastValue > 1;
                const int cut
                        = afterDigit && e + 2 < n && s[size_t(e)] == ',' && s[size_t(e + 1)] == ' '
                                  ? e + 1
                                  : e;
                if (cut + 1 < n && (s[size_t(cut)] == ' ' || s[size_t(cut)] == '-')
                    && isAlpha(s[size_t(cut + 1)])
                    && (numberWord(s, cut + 1, wordEnd(cut + 1)).kind != NumKind::None
                        || (afterDigit && cut == e && weakAfter())
                        || (cut > e && lowerWord(s, cut + 1, wordEnd(cut + 1)).is("cent"))))
                    w = afterDigit ? NumWord{NumKind::Hundred, 0} : NumWord{NumKind::Hundreds, 100};
            }
            // Portuguese "um" (one) after Portuguese digits, at the end of what is said or
            // before more of them ("… quatro três dois um"); elsewhere "um" is a hesitation
            // ("quarenta e um": the unit after its joiner)
            if (w.kind == NumKind::None && lw.is("um") && tensOpen && wordBeforeIs(s, p, "e"))
                w = {NumKind::Digit, 1};
            // (first, before a digit only Portuguese says: "um nove dois ponto um seis oito …")
            if (w.kind == NumKind::None && lw.is("um") && words == 0 && e + 1 < n
                && s[size_t(e)] == ' ') {
                const Word nw = lowerWord(s, e + 1, wordEnd(e + 1));
                if (nw.is("dois") || nw.is("tres") || nw.is("quatro") || nw.is("sete")
                    || nw.is("oito") || nw.is("nove") || nw.is("meia"))
                    w = {NumKind::Digit, 1};
            }
            if (w.kind == NumKind::None && lw.is("um") && words > 0 && lastKind == NumKind::Digit) {
                const LetterWord prev = letterWordBefore(s, p);
                const Word pw = lowerWord(s, prev.start, prev.end);
                int f = e;
                while (f < n && s[size_t(f)] == ' ')
                    ++f;
                // (or the other side's turn: "… cinco cinco um / operador: obrigado")
                const bool ends = f >= n || !isAlnum(s[size_t(f)]) || labelEnd(f) > 0;
                // (and "um" read as one right before: "… sete sete zero um um nove cinco")
                const auto portuguese = [](const Word &x) {
                    return x.is("dois") || x.is("tres") || x.is("quatro") || x.is("cinco")
                           || x.is("seis") || x.is("sete") || x.is("oito") || x.is("nove")
                           || x.is("zero") || x.is("meia") || x.is("um");
                };
                // (or two Portuguese digits before it, whatever follows: "… sete sete zero um
                // ou manda email")
                const LetterWord prev2 = letterWordBefore(s, prev.start);
                const Word pw2 = lowerWord(s, prev2.start, prev2.end);
                const bool twoBefore = portuguese(pw) && portuguese(pw2) && !pw2.is("zero")
                                       && !pw2.is("cinco") && !pw2.is("seis");
                // (or between Portuguese digits: "… zero dois, um sete sete quatro …")
                const Word nw = lowerWord(s, f, wordEnd(f));
                // (after a digit only Portuguese says, any Portuguese digit: "nove um seis")
                const bool onlyPortuguese = pw.is("dois") || pw.is("quatro") || pw.is("sete")
                                            || pw.is("oito") || pw.is("nove") || pw.is("meia");
                const bool between = portuguese(pw) && portuguese(nw)
                                     && ((!nw.is("zero") && !nw.is("cinco") && !nw.is("seis"))
                                         || onlyPortuguese);
                if ((ends && portuguese(pw)) || twoBefore || between)
                    w = {NumKind::Digit, 1};
            }
        }
        // Vietnamese "hai", two, beside another Vietnamese digit: "… tam hai hai nam …" (not
        // Hinglish "number hai nine eight …")
        if (w.kind == NumKind::None && repeat == 1 && vietnameseTwoAt(p, e, words > 0))
            w = {NumKind::Digit, 2};
        // A Nordic or Baltic digit that is a word of other languages too, beside one of those
        // languages' number words: "ni to en tre …", "… null to"
        if (w.kind == NumKind::None && repeat == 1 && e - p >= 2
            && mayBeNordicWeakWord(s.data() + p, e - p)) {
            const Word lw = lowerWord(s, p, e);
            const NumWord nw = nordicWeakWord(lw.view());
            if (nw.kind != NumKind::None
                && (nordicNumberAfter(e) || nordicNumberBefore(p) || afterPersianAnd))
                w = nw;
        }
        // Tens said with a word after their digit, as Vietnamese, Indonesian and Malay say them:
        // "ba mươi hai" 32, "tiga puluh dua" 32 (the digit is the tens, the next digit the
        // units), "dua belas" 12 (a teen); Vietnamese "mười" (ten, the same letters as "mươi"
        // once the marks are gone) inside a number ("… năm mươi lăm, mười tám"). After tens,
        // Vietnamese says five "lăm" and one "mốt".
        if (w.kind == NumKind::None && repeat == 1 && (words > 0 || tensStart(p, e)) && e - p >= 3
            && e - p <= 5) {
            const Word lw = lowerWord(s, p, e);
            if ((lw.is("muoi") || lw.is("puluh")) && lastKind == NumKind::Digit && lastValue >= 1
                && !d.empty() && !tensOpen && fill == 0) {
                d.pop_back();
                w = {NumKind::Tens, lastValue};
            } else if (lw.is("belas") && lastKind == NumKind::Digit && lastValue >= 1 && !d.empty()
                       && !tensOpen && fill == 0) {
                d.pop_back();
                w = {NumKind::Teen, 10 + lastValue};
            } else if (lw.is("muoi") && lastKind != NumKind::Tens && !tensOpen && fill == 0) {
                w = {NumKind::Tens, 1};
            } else if (lw.is("lam") && tensOpen && lastKind == NumKind::Tens) {
                w = {NumKind::Digit, 5};
            }
        }
        if (w.kind == NumKind::None) {
            // "one hundred and fifty": "and" inside an amount.
            const Word lw = lowerWord(s, p, e);
            // "zes en zeventig", "neun und achtzig": a unit, "en" or "und", then its tens (as
            // Dutch and German say 76 and 89 in words apart)
            if (lastKind == NumKind::Digit && lastValue > 0 && !tensOpen && repeat == 1
                && !d.empty() && (lw.is("en") || lw.is("und")) && e + 1 < n && s[size_t(e)] == ' '
                && isAlpha(s[size_t(e + 1)])) {
                const int e2 = wordEnd(e + 1);
                const NumWord tens = numberWord(s, e + 1, e2);
                if (tens.kind == NumKind::Tens && tens.value >= 2) {
                    d.back() = char('0' + tens.value);
                    d.push_back(char('0' + lastValue));
                    lastKind = NumKind::Teen;
                    lastValue = tens.value * 10 + lastValue;
                    lastEnd = e2;
                    ++words;
                    if (e2 + 1 < n && (s[size_t(e2)] == ' ' || s[size_t(e2)] == '-')
                        && isAlpha(s[size_t(e2 + 1)])) {
                        p = e2 + 1;
                        continue;
                    }
                    break;
                }
            }
            // "cento e noventa", "duzentos e trinta e um": the word joining the hundreds and
            // the rest in Portuguese
            if (lastKind == NumKind::Hundreds && fill == 2 && (lw.is("e") || persianAnd)
                && e + 1 < n && s[size_t(e)] == ' ' && isAlpha(s[size_t(e + 1)])) {
                NumKind next = numberWord(s, e + 1, wordEnd(e + 1)).kind;
                // (a word of English too: "oitocentos e doze")
                if (next == NumKind::None) {
                    const Word nw = lowerWord(s, e + 1, wordEnd(e + 1));
                    next = weakNumberWord(nw.view()).kind;
                    if (next == NumKind::None && persianAnd)
                        next = nordicWeakWord(nw.view()).kind;
                }
                if (next == NumKind::Tens || next == NumKind::Teen || next == NumKind::Digit) {
                    p = e + 1;
                    persianJoined = persianAnd;
                    continue;
                }
            }
            // "treinta y cuatro", "trinta e quatro", "vingt et un", "patruzeci și patru",
            // "осемдесет и девет": the word joining tens and their unit in Spanish, Portuguese,
            // French, Romanian and Bulgarian.
            // (Catalan joins them with hyphens: "vint-i-dos")
            if (tensOpen
                && (lw.is("y") || lw.is("e") || lw.is("et") || lw.is("si") || lw.is("i")
                    || persianAnd)
                && e + 1 < n && (s[size_t(e)] == ' ' || (s[size_t(e)] == '-' && lw.is("i")))
                && isAlpha(s[size_t(e + 1)])) {
                const int e2 = wordEnd(e + 1);
                NumWord unit = numberWord(s, e + 1, e2);
                if (unit.kind == NumKind::None) {
                    const Word uw = lowerWord(s, e + 1, e2);
                    unit = weakNumberWord(uw.view());
                    if (unit.kind == NumKind::None && persianAnd)
                        unit = nordicWeakWord(uw.view()); // ("bist o do")
                    // ("vinte e um": Portuguese "um", one, after its joiner)
                    if (unit.kind == NumKind::None && lw.is("e") && uw.is("um"))
                        unit = {NumKind::Digit, 1};
                }
                if ((unit.kind == NumKind::Digit && unit.value > 0)
                    || (unit.kind == NumKind::Teen && frenchTens && unit.value == 11)) {
                    p = e + 1; // ("soixante et onze")
                    persianJoined = persianAnd;
                    continue;
                }
            }
            if (andAllowed && lw.view() == "and") {
                andAllowed = false;
                andSeen = true;
                if (e < n && s[size_t(e)] == ' ' && e + 1 < n && isAlpha(s[size_t(e + 1)])) {
                    p = e + 1;
                    continue;
                }
            }
            break;
        }
        // "one second", "one moment": a filler, not a digit.
        if (w.kind == NumKind::Digit && w.value == 1 && e + 1 < n && s[size_t(e)] == ' ') {
            const int e2 = wordEnd(e + 1);
            const Word next = lowerWord(s, e + 1, e2);
            const std::string_view v = next.view();
            if (next.size > 0
                && (v == "sec" || v == "second" || v == "seconds" || v == "moment" || v == "minute"
                    || v == "min" || v == "mo" || v == "more" || v == "of" || v == "day"
                    || v == "time" || v == "thing"))
                break;
        }
        // A lone letter "o" before other words is a word of its own ("02 0067 5410 o
        // chiara@…": Italian "or"), not a zero.
        if (p == i && e - p == 1 && w.kind == NumKind::Oh) {
            int f = e;
            while (f < n && s[size_t(f)] == ' ')
                ++f;
            if (f < n && isAlpha(s[size_t(f)])
                && numberWord(s, f, wordEnd(f)).kind == NumKind::None)
                break;
        }
        // "the one I gave", "that one", "the two or three times": a lone number word after a
        // determiner is a pronoun or a count.
        if (p == i && w.kind != NumKind::Oh) {
            const auto [a0, b] = letterWordBefore(s, i);
            const Word prevWord = lowerWord(s, a0, b);
            const std::string_view pv = prevWord.view();
            // ("my international one is …": "one" after a word that describes it)
            const bool pronounOne = w.kind == NumKind::Digit && w.value == 1 && prevWord.size > 1
                                    && !fillers().contains(prevWord) && pv != "plus" && pv != "es"
                                    && pv != "ist" && pv != "est" && pv != "era"
                                    && pv != "extension" && pv != "ext" && pv != "code"
                                    && !isDotWord(pv) && !localConnector(pv) && pv != "colon"
                                    && pv != "double" && pv != "triple";
            if (pv == "the" || pv == "that" || pv == "this" || pv == "which" || pv == "each"
                || pv == "every" || pv == "any" || pv == "another" || pv == "other" || pv == "no"
                || pv == "those" || pv == "these" || pronounOne) {
                int f = e;
                while (f < n && s[size_t(f)] == ' ')
                    ++f;
                // (unless a sound-alike digit follows with more digits after it: "my cell phone
                // one to won oh …")
                const int fe = wordEnd(f);
                bool alikeThenDigits = false;
                if (fe > f && soundAlikeDigit(lowerWord(s, f, fe)) >= 0) {
                    int g = fe;
                    while (g < n && s[size_t(g)] == ' ')
                        ++g;
                    const int ge = wordEnd(g);
                    const NumKind gk = ge > g ? numberWord(s, g, ge).kind : NumKind::None;
                    alikeThenDigits = gk == NumKind::Digit || gk == NumKind::Oh
                                      || (ge > g && soundAlikeDigit(lowerWord(s, g, ge)) >= 0);
                }
                if (numberWord(s, f, fe).kind == NumKind::None && !alikeThenDigits)
                    break;
            }
        }
        andAllowed = false;
        if (w.kind != NumKind::Repeat && repeat == 1) {
            endBeforeLast = lastEnd;
            digitsBeforeLast = d.size();
        }
        // (what the words before were: French joins a word to them, below)
        const NumKind prevKind = lastKind;
        const int prevValue = lastValue;
        const bool afterFrenchTens = frenchTens;
        const bool afterUnitFilled = unitFilled;
        unitFilled = false;
        lastKind = w.kind;
        lastValue = w.value;
        int atomEnd = e; // (past a digit written after "double")
        // ("soixante" and "quatre-vingt" take a teen: "soixante-dix-huit" 78; "sixty eleven"
        // is 6011)
        frenchTens = w.kind == NumKind::Tens && e - p == 8 && lowerWord(s, p, e).is("soixante");
        switch (w.kind) {
        case NumKind::Hundreds: {
            // "seiscientos", "ciento", "hundertzweiundneunzig": a number of hundreds in one
            // word; the words after it fill its tens and units ("ciento noventa y dos")
            onlyOh = false;
            const std::string v = std::to_string(w.value);
            if (fill == 3 && repeat == 1)
                d.replace(d.size() - 3, 3, v);
            else
                d.append(v);
            fill = w.value % 100 == 0 ? 2 : 0;
            andSeen = fill == 2;
            tensOpen = false;
            repeat = 1;
            break;
        }
        case NumKind::Digit:
        case NumKind::Oh:
            // French "dix-sept", "dix-huit", "dix-neuf"
            if (w.kind == NumKind::Digit && w.value >= 7 && prevKind == NumKind::Teen
                && prevValue == 10 && repeat == 1 && !d.empty() && p > 0
                && s[size_t(p - 1)] == '-') {
                d.back() = char('0' + w.value);
                lastKind = NumKind::Teen;
                lastValue = 10 + w.value;
                break;
            }
            onlyOh = onlyOh && w.kind == NumKind::Oh;
            if (tensOpen && w.value > 0 && repeat == 1) {
                d.back() = char('0' + w.value);
            } else if (repeat == 1 && (fill == 3 || (fill == 2 && andSeen))) {
                // "two thousand five", "one hundred and five"; but "eight hundred five five
                // five" is a toll-free number.
                d[d.size() - 1] = char('0' + w.value);
                fill = 0;
                unitFilled = true;
            } else {
                d.append(size_t(repeat), char('0' + w.value));
            }
            tensOpen = false;
            repeat = 1;
            break;
        case NumKind::Teen:
            // French "soixante-dix" 70, "soixante-quinze" 75, "quatre-vingt-dix" 90
            if (tensOpen && afterFrenchTens && prevKind == NumKind::Tens && repeat == 1
                && d.size() >= 2 && w.value < 20) {
                const int v = prevValue * 10 + w.value;
                d[d.size() - 2] = char('0' + v / 10);
                d[d.size() - 1] = char('0' + v % 10);
                tensOpen = w.value == 10;
                lastKind = w.value == 10 ? NumKind::Tens : NumKind::Teen;
                lastValue = w.value == 10 ? v / 10 : v;
                frenchTens = true;
                break;
            }
            onlyOh = false;
            if (fill >= 2) {
                d[d.size() - 2] = char('0' + w.value / 10);
                d[d.size() - 1] = char('0' + w.value % 10);
            } else {
                d.push_back(char('0' + w.value / 10));
                d.push_back(char('0' + w.value % 10));
            }
            fill = 0;
            tensOpen = false;
            repeat = 1;
            break;
        case NumKind::Tens:
            // French "quatre-vingt(s)": eighty
            if (w.value == 2 && prevKind == NumKind::Digit && prevValue == 4 && repeat == 1
                && !d.empty()
                && (lowerWord(s, p, e).is("vingt") || lowerWord(s, p, e).is("vingts"))) {
                // (after a hundred its tens: "cent quatre-vingt-douze" 192)
                if (afterUnitFilled && d.size() >= 2 && d[d.size() - 2] == '0') {
                    d[d.size() - 2] = '8';
                    d.back() = '0';
                } else {
                    d.back() = '8';
                    d.push_back('0');
                }
                tensOpen = true;
                lastValue = 8;
                frenchTens = true;
                break;
            }
            onlyOh = false;
            if (fill >= 2) {
                d[d.size() - 2] = char('0' + w.value);
            } else {
                d.push_back(char('0' + w.value));
                d.push_back('0');
            }
            fill = 0;
            tensOpen = true;
            repeat = 1;
            break;
        case NumKind::Hundred:
        case NumKind::Thousand:
            if (d.empty())
                return {};
            onlyOh = false;
            d.append(w.kind == NumKind::Hundred ? "00" : "000");
            fill = w.kind == NumKind::Hundred ? 2 : 3;
            tensOpen = false;
            andAllowed = true;
            break;
        case NumKind::Repeat:
            onlyOh = false;
            repeat = w.value;
            // a digit written after it: "0 4 1 2 double 3 4 5 6 7"
            if (e + 2 <= n && s[size_t(e)] == ' ' && isDigit(s[size_t(e + 1)])
                && (e + 2 == n || !isAlnum(s[size_t(e + 2)]))) {
                d.append(size_t(repeat), s[size_t(e + 1)]);
                repeat = 1;
                lastKind = NumKind::Digit;
                lastValue = s[size_t(e + 1)] - '0';
                w = {NumKind::Digit, lastValue};
                atomEnd = e + 2;
            }
            break;
        case NumKind::None:
            break;
        }
        if (words == 0)
            kind0 = w.kind;
        else if (words == 1)
            kind1 = w.kind;
        ++words;
        if (w.kind != NumKind::Repeat)
            lastEnd = atomEnd;
        // The next word, after one space or a hyphen ("twenty-one").
        if (atomEnd + 1 < n && (s[size_t(atomEnd)] == ' ' || s[size_t(atomEnd)] == '-')
            && isAlpha(s[size_t(atomEnd + 1)])) {
            p = atomEnd + 1;
            continue;
        }
        break;
    }
    if (lastEnd < 0 || d.empty())
        return {};
    if (onlyOh && words <= 1) {
        // A lone "oh" goes on a number only when nothing but the end, punctuation, digits or
        // more number words follow it ("461 oh, and …"; not "… 461 oh wait").
        int q = lastEnd;
        while (q < n && s[size_t(q)] == ' ')
            ++q;
        const bool wordAfter = q < n && isAlpha(s[size_t(q)])
                               && numberWord(s, q, wordEnd(q)).kind == NumKind::None
                               && !fillers().contains(lowerWord(s, q, wordEnd(q)));
        if (!continuing || wordAfter)
            return {};
    }
    // "… four seven two five three times": the count is the last word, the rest a number.
    // ("… three eight one ten am", "… four five two fourteen digits": a teen or tens word too)
    // (a unit said, not written short: "… five eight three hr said" is the HR department's)
    const auto unitSaid = [&] {
        if (!unitAfter(lastEnd))
            return false;
        int u0 = lastEnd;
        while (u0 < n && s[size_t(u0)] == ' ')
            ++u0;
        const Word u = lowerWord(s, u0, wordEnd(u0));
        // (a letter alone stays a unit: "… oh five seven h" is no number of a person either)
        return !(u.is("hr") || u.is("hrs") || u.is("min") || u.is("mins") || u.is("sec")
                 || u.is("secs") || u.is("ms") || u.is("yr") || u.is("yrs"));
    };
    if (words >= 5
        && (lastKind == NumKind::Digit || lastKind == NumKind::Teen || lastKind == NumKind::Tens)
        && endBeforeLast > 0 && digitsBeforeLast >= 4 && unitSaid()) {
        d.resize(digitsBeforeLast);
        lastEnd = endBeforeLast;
    }
    a.end = lastEnd;
    // "one hundred and fifty dollars", "two times", "twenty four seven": quantities; "at one
    // thirty": a time.
    if ((unitAfter(lastEnd) && (words < 5 || unitSaid()))
        || (d == "247" && words == 3 && numberWord(s, i, wordEnd(i)).kind == NumKind::Tens)
        || amountSaid(i, lastEnd)
        || (words <= 3 && clockSaid(i, lastEnd) && timeAfter(i) && !numberAfter(lastEnd)
            && !cutOutAfter(i) && !reachMeAt(i))) {
        a.kind = AtomKind::Negative;
        return a;
    }
    a.groupStart[0] = i;
    a.groupEnd[0] = lastEnd;
    a.groupSep[0] = ' ';
    a.groupCount = 1;
    a.kind = AtomKind::Groups;
    a.cardinal
            = (words == 1
               && (kind0 == NumKind::Teen || kind0 == NumKind::Tens || kind0 == NumKind::Hundreds))
              || (words == 2 && kind0 == NumKind::Tens && kind1 == NumKind::Digit);
    a.yearSaid = d.size() == 4 && words <= 4 && (kind0 == NumKind::Teen || kind0 == NumKind::Tens)
                 && (kind1 == NumKind::Teen || kind1 == NumKind::Tens) && yearLike(d.data());
    return a;
}

// Whether the number words of [a, e) say an amount in thousands as one number: "twelve
// thousand five hundred", "forty eight thousand three hundred", "eleven thousand four hundred and
// twenty" (one number before "thousand", a number of hundreds after it, then tens and units);
// not digits said one by one before it ("five five five four thousand" is a phone number's end).
bool Scanner::amountSaid(int a, int e) const
{
    int stage = 0; // 0: before "thousand" (1: its digit said, 2: its tens said), 3: after it
    bool thousand = false, tensBefore = false, hundredAfter = false;
    for (int q = a; q < e;) {
        if (!isAlpha(s[size_t(q)])) {
            ++q;
            continue;
        }
        const int we = wordEnd(q);
        const NumWord w = numberWord(s, q, we);
        switch (w.kind) {
        case NumKind::Thousand:
            if (thousand || stage == 0)
                return false;
            thousand = true;
            stage = 3;
            break;
        case NumKind::Digit:
            if (stage == 1 || (stage == 2 && w.value == 0))
                return false; // two digits in a row: said one by one
            stage = thousand ? 3 : stage == 2 ? 1 : 1;
            if (!thousand && stage == 1 && q > a && w.value == 0)
                return false;
            break;
        case NumKind::Teen:
        case NumKind::Tens:
            if (!thousand && stage != 0)
                return false;
            tensBefore = tensBefore || !thousand;
            stage = thousand ? 3 : 2;
            break;
        case NumKind::Hundred:
            if (!thousand)
                return false;
            hundredAfter = true;
            break;
        default:
            if (!lowerWord(s, q, we).is("and"))
                return false;
            break;
        }
        q = we;
    }
    // ("five five five, four thousand", "…, two thousand and six" may end a phone number: a
    // digit's thousands are an amount only with hundreds after them)
    return thousand && (tensBefore || hundredAfter);
}

// Whether the rest of a number follows the words "area code" after `e`: "a 5 0 3 area code,
// 555 0199".
bool Scanner::restAfterAreaCode(int e) const
{
    int q = e;
    for (int words = 0; words < 4 && q < n; ++words) {
        while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ','))
            ++q;
        if (q >= n || !isAlpha(s[size_t(q)]))
            break;
        const int we = wordEnd(q);
        const Word w = lowerWord(s, q, we);
        if (!(w.is("area") || w.is("code") || w.is("code's") || w.is("is") || w.is("then")
              || w.is("and")))
            return false;
        q = we;
    }
    return numberAfter(q);
}

// Whether `w` is a digit of Vietnamese, Swahili or Filipino "sero" among the weak words
// (kWeakNumberWords): scanGap stops at one wherever it starts a number.
bool latterWeakWord(const Word &w)
{
    static const WordSet swahili{"sifuri", "moja", "mbili", "tatu", "nne", "tano",
                                 "sita",   "saba", "nane",  "tisa", "sero"};
    return vietnameseDigitWord(w) || swahili.contains(w);
}

// Whether `w` is a word that says tens with the digit before it or ends them (readSpoken):
// Vietnamese "mươi", "mười" and "lăm", Indonesian and Malay "puluh" and "belas".
bool tensWord(const Word &w)
{
    return w.is("muoi") || w.is("puluh") || w.is("belas") || w.is("lam");
}

// Whether the word [p, e), a number word of another language that is an English word too, is
// the last piece of a number said in pieces: right after a comma that ends a number word or
// digits, and before the end, a stop, a line's end or another piece ("… quarenta e cinco, doze",
// "… zes, vijftig, tien.", "… cero cuatro, once, veintitrés"; not "… 0132, once again").
bool Scanner::weakPieceAt(int p, int e) const
{
    int q = p;
    while (q > 0 && s[size_t(q - 1)] == ' ')
        --q;
    if (q == 0 || s[size_t(q - 1)] != ',')
        return false;
    --q;
    while (q > 0 && s[size_t(q - 1)] == ' ')
        --q;
    if (q == 0)
        return false;
    if (!isDigit(s[size_t(q - 1)])) {
        const LetterWord lw = letterWordBefore(s, q);
        if (lw.end != q || lw.end == lw.start)
            return false;
        const Word w = lowerWord(s, lw.start, lw.end);
        if (numberWord(s, lw.start, lw.end).kind == NumKind::None
            && (w.size > 7 || weakNumberWord(w.view()).kind == NumKind::None) && !tensWord(w)
            && !(w.is("hai") && vietnameseTwoAt(lw.start, lw.end, true)))
            return false;
    }
    if (weakStartAllowed(e))
        return true;
    int f = e;
    while (f < n && s[size_t(f)] == ' ')
        ++f;
    // (or words after it, "…, doze em lisboa", "…, tien in antwerpen"; not "once": "…, once
    // a day", "…, once again", unless Spanish follows: "…, once a nombre de mi marido", "…,
    // once y …")
    const auto spanishAfter = [&] {
        const int g = wordEnd(f);
        const Word next = lowerWord(s, f, g);
        if (next.is("y") || next.is("de") || next.is("por") || next.is("para") || next.is("que")
            || next.is("es") || next.is("el") || next.is("gracias"))
            return true;
        return next.is("a") && g + 1 < n && s[size_t(g)] == ' '
               && lowerWord(s, g + 1, wordEnd(g + 1)).is("nombre");
    };
    return f >= n || s[size_t(f)] == '.' || s[size_t(f)] == '?' || s[size_t(f)] == '!'
           || s[size_t(f)] == '\n' || s[size_t(f)] == '\r' || s[size_t(f)] == ';' || labelEnd(f) > 0
           || turnMarkerEnd(f) > 0
           || (isAlpha(s[size_t(f)]) && (!lowerWord(s, p, e).is("once") || spanishAfter()));
}

// Whether a number word of another language that is an English word too ("un", "once") may
// start an atom that goes on a number: another number word follows it ("… un trois huit …").
bool Scanner::weakStartAllowed(int e) const
{
    int q = e;
    while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ',' || s[size_t(q)] == '-'))
        ++q;
    if (q >= n || !isAlpha(s[size_t(q)]))
        return false;
    const int f = wordEnd(q);
    if (numberWord(s, q, f).kind != NumKind::None)
        return true;
    const Word w = lowerWord(s, q, f);
    // (French "cent" and "mille" after a digit: "sept huit cent quarante deux …"; Catalan
    // "sis-cents vint-i-dos", "sis nou tres")
    if (w.is("cent") || w.is("mille") || w.is("cents") || (w.is("nou") && catalanNineAt(q, f)))
        return true;
    // (Vietnamese "hai" beside another Vietnamese digit: "khong ba hai tam …")
    if (f - q == 3 && w.is("hai"))
        return vietnameseTwoAt(q, f, true);
    // (a word of tens after it: "ba mươi hai", "tiga puluh")
    if (tensWord(w) && !w.is("lam"))
        return true;
    return f - q <= 7 && weakNumberWord(w.view()).kind != NumKind::None;
}

// Whether the word [a, e) is a recogniser's sound-alike of a digit ("for", "to", "won") that
// starts a long number said digit by digit: eight digit words or more follow it ("the long
// number is for six three seven nine five …", "it's for five to, six six, oh one eight nine").
bool Scanner::homophoneStartAt(int a, int e) const
{
    // (the word is "for", "fore", "won" or "ate": homophoneStart checked it; "to" is too often
    // the word before a number given: "text the receipt to six one seven …")
    // After a correction inside a number ("… one ate sorry won seven four eight seven"): three
    // digit words after it are enough.
    int need = 8;
    {
        const LetterWord c = letterWordBefore(s, a);
        const Word cw = lowerWord(s, c.start, c.end);
        if (c.start < c.end && a - c.end <= 2
            && (cw.is("sorry") || cw.is("no") || cw.is("not") || cw.is("uh") || cw.is("um")
                || cw.is("wait"))) {
            const LetterWord d = letterWordBefore(s, c.start);
            const Word dw = lowerWord(s, d.start, d.end);
            if (d.start < d.end && c.start - d.end <= 2
                && (numberWord(s, d.start, d.end).kind == NumKind::Digit
                    || numberWord(s, d.start, d.end).kind == NumKind::Oh
                    || (soundAlikeDigit(dw) >= 0 && !dw.is("to") && !dw.is("fore"))))
                need = 3;
        }
    }
    // ("ate" alone only after a correction: "I ate five apples")
    if (need == 8 && lowerWord(s, a, e).is("ate"))
        return false;
    int digits = 0;
    for (int q = e; q < n && digits < need;) {
        while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ','))
            ++q;
        if (q >= n || !isAlpha(s[size_t(q)]))
            break;
        const int we = wordEnd(q);
        const NumWord nw = numberWord(s, q, we);
        const Word x = lowerWord(s, q, we);
        if (nw.kind == NumKind::Digit || nw.kind == NumKind::Oh)
            ++digits;
        else if (nw.kind == NumKind::Teen || nw.kind == NumKind::Tens)
            digits += 2;
        else if (nw.kind == NumKind::Repeat)
            ;
        // (an address dictated: "won nine two dot one six eight dot …", "… dash …")
        else if (isDotWord(x.view()) || dashWord(x.view()))
            ;
        else if (soundAlikeDigit(x) < 0 || x.is("fore"))
            break;
        else
            ++digits;
        q = we;
    }
    return digits >= need;
}

// Whether the word [a, e) is a weak number word that two more number words follow (past
// commas): the start of a number said in another language ("el once, quince, cuatro …").
bool Scanner::weakStartAt(int a, int e) const
{
    const bool weak
            = weakNumberWordLookup(s.substr(size_t(a), size_t(e - a))).kind != NumKind::None;
    if (!weak || !weakStartAllowed(e))
        return false;
    // (English "due" after its verb: "the renewal is due oh five eleven twenty three")
    if (e - a == 3 && lowerWord(s, a, e).is("due")) {
        const LetterWord b = letterWordBefore(s, a);
        const Word v = lowerWord(s, b.start, b.end);
        if (b.start < b.end
            && (v.is("is") || v.is("are") || v.is("was") || v.is("were") || v.is("be")
                || v.is("been") || v.is("falls") || v.is("fall") || v.is("becomes")
                || v.is("payment") || v.is("bill") || v.is("balance") || v.is("it's") || v.is("its")
                || v.is("renewal")))
            return false;
    }
    int q = e;
    while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ','))
        ++q;
    const int f = wordEnd(q);
    if (weakStartAllowed(f))
        return true;
    // (the tens and their unit: "el once, cuarenta y dos, …")
    int j = f;
    while (j < n && s[size_t(j)] == ' ')
        ++j;
    const Word joiner = lowerWord(s, j, wordEnd(j));
    return (joiner.is("y") || joiner.is("e") || joiner.is("et") || joiner.is("si"))
           && weakStartAllowed(wordEnd(j));
}

// Whether the words before `a` are "me at", "us at" ("you can reach me at five oh three …"):
// a number follows, not a time ("we'll call you at one thirty").
// Whether the atom is a number of one or two digits ("9", "nine", "twelve"): an hour.
bool Scanner::smallNumber(const Atom &atom) const
{
    if (atom.spoken)
        return !atom.spokenDigits.empty() && atom.spokenDigits.size() <= 2;
    return atom.groupEnd[0] - atom.groupStart[0] <= 2;
}

bool Scanner::reachMeAt(int a) const
{
    const LetterWord at = letterWordBefore(s, a);
    if (!lowerWord(s, at.start, at.end).is("at"))
        return false;
    const LetterWord before = letterWordBefore(s, at.start);
    const Word w = lowerWord(s, before.start, before.end);
    return w.is("me") || w.is("us") || w.is("i'm") || w.is("im");
}

// Whether the words before `a` say where a line broke ("you cut out after …", "I lost you
// after …"): what follows is the end of what was said, read back.
bool Scanner::cutOutAfter(int a) const
{
    const LetterWord after = letterWordBefore(s, a);
    if (!lowerWord(s, after.start, after.end).is("after"))
        return false;
    const LetterWord before = letterWordBefore(s, after.start);
    const Word w = lowerWord(s, before.start, before.end);
    return w.is("out") || w.is("you") || w.is("up") || w.is("me") || w.is("off");
}

// Whether more digits or number words follow e, past a comma or a pause ("at nine oh four,
// three three one, …" is no time).
bool Scanner::numberAfter(int e) const
{
    int q = e;
    for (int words = 0; words < 3; ++words) {
        while (q < n
               && (s[size_t(q)] == ' ' || s[size_t(q)] == ',' || s[size_t(q)] == '-'
                   || s[size_t(q)] == '.'))
            ++q;
        // (past a hesitation: "five oh three um 33 seven")
        const int we = q < n && isAlpha(s[size_t(q)]) ? wordEnd(q) : q;
        const Word w = lowerWord(s, q, we);
        if (!(w.is("uh") || w.is("um") || w.is("er") || w.is("erm") || w.is("ah")))
            break;
        q = we;
    }
    if (q >= n)
        return false;
    if (isDigit(s[size_t(q)]))
        return true;
    return isAlpha(s[size_t(q)]) && numberWord(s, q, wordEnd(q)).kind != NumKind::None;
}

// Whether the number words of [a, e) say a time of day: an hour, then its minutes ("one
// thirty", "ten fifteen", "eleven forty five", "nine oh five").
bool Scanner::clockSaid(int a, int e) const
{
    int stage = 0; // 1: the hour said, 2: "oh", 3: tens of the minutes, 4: done
    for (int q = a; q < e;) {
        if (!isAlpha(s[size_t(q)])) {
            ++q;
            continue;
        }
        const int we = wordEnd(q);
        const NumWord w = numberWord(s, q, we);
        if (stage == 0
            && ((w.kind == NumKind::Digit && w.value > 0)
                || (w.kind == NumKind::Teen && w.value <= 12)))
            stage = 1;
        else if (stage == 1 && w.kind == NumKind::Oh)
            stage = 2;
        else if (stage == 2 && w.kind == NumKind::Digit && w.value > 0)
            stage = 4;
        else if (stage == 1 && w.kind == NumKind::Tens && w.value <= 5)
            stage = 3;
        else if (stage == 1 && w.kind == NumKind::Teen && w.value >= 10)
            stage = 4;
        else if (stage == 3 && w.kind == NumKind::Digit && w.value > 0)
            stage = 4;
        else
            return false;
        q = we;
    }
    return stage >= 3;
}

// The atom at p: digits or number words. False when p starts neither.
bool Scanner::nextAtom(int p, Atom *atom)
{
    if (p >= n)
        return false;
    if (isDigit(s[size_t(p)])) {
        *atom = readDigits(p);
        return true;
    }
    if (isAlpha(s[size_t(p)]) && wantSpoken) {
        *atom = readSpoken(p, true);
        return atom->kind != AtomKind::None;
    }
    return false;
}

// Whether the line that ends at the line end q is a row of a table: two fields separators or
// more of one kind (';', a tab, '|'), or three commas with no space after them.
bool Scanner::tableRowEndsAt(int q) const
{
    int b = q;
    while (b > 0 && s[size_t(b - 1)] != '\n' && q - b < 600)
        --b;
    int semis = 0, tabs = 0, bars = 0, commas = 0;
    for (int t = b; t < q; ++t) {
        const char c = s[size_t(t)];
        semis += c == ';';
        tabs += c == '\t';
        bars += c == '|';
        commas += c == ',' && t + 1 < q && s[size_t(t + 1)] != ' ';
    }
    return semis >= 2 || tabs >= 2 || bars >= 2 || commas >= 3;
}

// Where a transcriber's note in brackets at q ends ("(pause)", "(uh)", "(inaudible)", "(long
// pause)"): words of a pause or fillers only, or -1.
int Scanner::noteEnd(int q) const
{
    static const WordSet notes{"pause",     "pauses",  "paused",    "long",    "short",
                               "inaudible", "silence", "crosstalk", "static",  "laughs",
                               "coughs",    "beep",    "unclear",   "garbled", "noise"};
    if (q >= n || s[size_t(q)] != '(')
        return -1;
    int k = q + 1;
    int words = 0;
    while (k < n && k - q <= 32 && s[size_t(k)] != ')') {
        if (s[size_t(k)] == ' ') {
            ++k;
            continue;
        }
        if (!isAlpha(s[size_t(k)]))
            return -1;
        const int e = wordEnd(k);
        const Word w = lowerWord(s, k, e);
        if (!notes.contains(w) && !fillers().contains(w))
            return -1;
        ++words;
        k = e;
    }
    return k < n && s[size_t(k)] == ')' && words > 0 ? k + 1 : -1;
}

// Where an aside in brackets at q ends ("(that's Lake Charles)"): a few words, no digits, and
// the next piece after it; or -1.
int Scanner::asideBracketEnd(int q) const
{
    if (q >= n || s[size_t(q)] != '(')
        return -1;
    int words = 0;
    for (int k = q + 1; k < n && k - q <= 48; ++k) {
        const char c = s[size_t(k)];
        if (c == ')') {
            // (the next piece right after it: "04512 (day) and 01877", "0 (DC Reno), 14" are
            // two numbers)
            int f = k + 1;
            while (f < n && s[size_t(f)] == ' ')
                ++f;
            return words > 0 && words <= 6 && f > k + 1 && f < n && isDigit(s[size_t(f)]) ? k + 1
                                                                                          : -1;
        }
        if (isAlpha(c) && (k == q + 1 || !isAlpha(s[size_t(k - 1)])))
            ++words;
        else if (!(isAlpha(c) || c == ' ' || c == '\'' || c == ',' || uchar(c) >= 0x80))
            return -1;
    }
    return -1;
}

// What lies between two pieces, from p up to the next digit or number word.
Scanner::Gap Scanner::scanGap(int p) const
{
    Gap g;
    int q = p;
    int spaces = 0, dots = 0, dashes = 0, parens = 0, slashes = 0, words = 0, fillerCount = 0;
    int others = 0; // words of an aside, neither fillers nor a turn
    bool asideWords = false, lastOtherPause = false, breakOff = false, dashPause = false;
    bool pause = false, turn = false, sentence = false;
    bool negated = false; // a "no", "não", "nee" read: a correction is said
    int takenBack = 0;    // digits said in it
    bool asksWhat = false, asksNumber = false, asksRest = false, andAsks = false, asksKind = false;
    bool done = false;         // the other side says what came before did its work
    int turnWords = 0;         // words read since the last turn mark
    int turnPlain = 0;         // ... that are no fillers
    int spokenInTurns = 0;     // words read after the first turn mark, labels not counted
    int plainInTurns = 0;      // ... that are no fillers
    bool lastLowering = false; // the last word read names an order's or a ticket's number
    char lastPunct = 0;
    int lastWordStart = -1, lastWordEnd = -1;
    // An agent's question between the pieces may be long ("I'm sorry, I didn't catch that, could
    // you say it again slowly? Customer: …").
    while (q < n && q - p <= (turn ? 192 : 96)) {
        const char c = s[size_t(q)];
        // the other marks of a turn: ">>", "<v Agent>", "[ch1]", "|cust|", "AGT |",
        // "(2:53:43 PM)", "Tom (agent):", "agent @ 3:44:"
        if (c == '>' || c == '<' || c == '[' || c == '|' || c == '(' || isAlpha(c)) {
            const int t = turnMarkerEnd(q);
            if (t > 0) {
                turn = true;
                turnWords = 0;
                turnPlain = 0;
                ++words;
                q = t;
                continue;
            }
        }
        // a time stamp before a speaker's label: "… 00:05:07.140 Agent: yes 00:05:10.231
        // Customer: …"
        if (isDigit(c) || c == '[') {
            const int t = timeStampEnd(q);
            if (t > 0) {
                int l = t;
                while (l < n && s[size_t(l)] == ' ')
                    ++l;
                if (labelEnd(l) > 0) {
                    turn = true;
                    turnWords = 0;
                    turnPlain = 0;
                    q = labelEnd(l);
                    continue;
                }
                if (turnMarkerEnd(l) > 0) { // "00:07:42.482 CUS | 4269"
                    turn = true;
                    turnWords = 0;
                    turnPlain = 0;
                    q = turnMarkerEnd(l);
                    continue;
                }
            }
        }
        // a count in digits after "last", "first", "next" ("Agent: and the last 4?"): no
        // piece of the number
        if (isDigit(c) && lastWordStart >= 0 && lastWordEnd + 1 == q) {
            const Word prev = lowerWord(s, lastWordStart, lastWordEnd);
            int e = q;
            while (e < n && isDigit(s[size_t(e)]))
                ++e;
            if (e - q <= 2
                && (prev.is("last") || prev.is("first") || prev.is("next") || prev.is("final"))
                && (e == n || s[size_t(e)] == '?' || s[size_t(e)] == ',' || s[size_t(e)] == ':'
                    || (s[size_t(e)] == ' ' && e + 1 < n && isAlpha(s[size_t(e + 1)])))) {
                ++words;
                q = e;
                continue;
            }
        }
        if (isDigit(c))
            break;
        if (isAlpha(c) && labelEnd(q) > 0) {
            // (a field's label names the next field's number: "Entidade: 11249, Referência: 448
            // 120 771" holds two numbers, no number in two parts)
            const Word lw = lowerWord(s, q, wordEnd(q));
            if (!speakers().contains(lw)
                && (lowerWords().contains(lw) || zipWords().contains(lw)
                    || otherFieldWords().contains(lw) || versionWords().contains(lw)
                    || (lw.size > 0 && compoundNumberName(lw.view()))))
                break;
            turn = true;
            turnWords = 0;
            turnPlain = 0;
            ++words;
            q = labelEnd(q);
            continue;
        }
        if (isAlpha(c)) {
            const int e = wordEnd(q);
            const NumWord nw = numberWord(s, q, e);
            // The digit taken back and the one meant, said in a correction between a number's
            // pieces: "…, um quatro zero oito, não, pera, não é zero, é oito: um quatro oito
            // oito" (each a lone digit before a comma or a colon)
            if (negated && takenBack < 2 && wantSpoken && nw.kind == NumKind::Digit && e < n
                && (s[size_t(e)] == ',' || s[size_t(e)] == ':')) {
                ++takenBack;
                ++fillerCount;
                ++words;
                q = s[size_t(e)] == ':' ? e + 1 : e;
                continue;
            }
            // A count in the question between turns: "the last four digits?", "first three".
            // (and between pieces said in parts: "531, the middle two 22, and the last four
            // 9876")
            if (nw.kind != NumKind::None && wantSpoken) {
                int f = e;
                while (f < n && s[size_t(f)] == ' ')
                    ++f;
                const Word next = lowerWord(s, f, wordEnd(f));
                const Word prev = lastWordStart >= 0 && lastWordEnd + 1 >= q - 1
                                          ? lowerWord(s, lastWordStart, lastWordEnd)
                                          : Word();
                const std::string_view pv = prev.size > 0 ? prev.view() : std::string_view();
                // (not when more number words follow: "next one seven one two" is digits)
                const bool moreDigits
                        = f < n && isDigit(s[size_t(f)])
                                  ? false
                                  : numberWord(s, f, wordEnd(f)).kind != NumKind::None;
                // ("…, and then three more, three three one": a count of what is left)
                if (((turn && units().contains(next)) || pv == "last" || pv == "first"
                     || pv == "next" || pv == "other" || pv == "middle"
                     || (next.is("more") && nw.kind == NumKind::Digit && !moreDigits))
                    && !moreDigits) {
                    ++words;
                    lastWordStart = q;
                    lastWordEnd = e;
                    q = e;
                    continue;
                }
            }
            if (nw.kind != NumKind::None && wantSpoken) {
                // "one second" is a filler; any other number word starts the next piece.
                if (const int m = nw.kind == NumKind::Digit && nw.value == 1 ? momentAfter(e) : -1;
                    m > 0) {
                    ++fillerCount;
                    q = m;
                    continue;
                }
                break;
            }
            // ("un momento", "een moment": as "one second")
            if (wantSpoken && e - q <= 3) {
                const NumWord weak = weakNumberWord(s.substr(size_t(q), size_t(e - q)));
                if (const int m
                    = weak.kind == NumKind::Digit && weak.value == 1 ? momentAfter(e) : -1;
                    m > 0) {
                    ++fillerCount;
                    q = m;
                    continue;
                }
            }
            // (and a word of another language that is an English word too, when another number
            // word follows it: "once, quince, cuatro …", or it ends the number: "…, doze.")
            // (or at the start of a turn: "… / operatore: si / cliente: otto otto uno …")
            // (or after a correction's fillers: "…, sette otto, no scusi, otto sette, …"; or
            // after an aside and its pause: "… aspetti che lo guardo... otto due uno")
            if (wantSpoken
                && (words == fillerCount || (turn && turnPlain == 0)
                    || (asideWords && lastOtherPause))
                && (weakStart(q, e) || tensStart(q, e) || centPieceAt(q, e)
                    || (e - q <= 7 && weakPieceAt(q, e)
                        && weakNumberWord(s.substr(size_t(q), size_t(e - q))).kind
                                   != NumKind::None)))
                break;
            // (anywhere, a Vietnamese, Swahili, Nordic or Hindi digit that starts a number
            // where findNumbers reads one: past it the gap would leave that number unread, "…
            // 5678\nso cua em la khong chin tam sau, …". The words of French, Italian, Spanish
            // or Dutch stay as above: "… c'est le un deux …" reads as it always has.)
            if (wantSpoken
                && ((weakStart(q, e) && latterWeakWord(lowerWord(s, q, e))) || tensStart(q, e)
                    || nordicStart(q, e) || vietnameseTwoAt(q, e, false)))
                break;
            const Word w = lowerWord(s, q, e);
            lastWordStart = q;
            lastWordEnd = e;
            // "Customer:", "A:", and a chat's name label after its time stamp ("[10:49] Bjorn:")
            // (not a letter and its colon glued to a digit, a field of an address: "No:412 D:7
            // 34740", a flat's number, then a postcode)
            if (e < n && s[size_t(e)] == ':'
                && (speakers().contains(w)
                    || (w.size == 1 && !(e + 1 < n && isDigit(s[size_t(e + 1)])))
                    || (isUpper(s[size_t(q)]) && q > 1 && s[size_t(q - 2)] == ']'))) {
                turn = true;
                turnWords = 0;
                turnPlain = 0;
                ++words;
                q = e + 1;
                continue;
            }
            // "[Agent]", "[Customer]"
            if (q > 0 && s[size_t(q - 1)] == '[' && e < n && s[size_t(e)] == ']'
                && speakers().contains(w)) {
                turn = true;
                turnWords = 0;
                turnPlain = 0;
                ++words;
                q = e + 1;
                continue;
            }
            // A speech recogniser's speaker word without a colon: "three oh three agent ok
            // customer triple five".
            if (w.size > 1 && speakerWords().contains(w)) {
                turn = true;
                turnWords = 0;
                turnPlain = 0;
                ++words;
                q = e;
                continue;
            }
            // the other side asking for a number afresh ("… since twenty twenty three speaker
            // 1: what's the best number to reach you speaker 2: …"), not for the rest of one
            if (turn) {
                const std::string_view v = w.view();
                // ("Agent: and the phone number", "agent: and the social": a number of its
                // kind named, not "and the number?", which asks for the rest)
                asksWhat = asksWhat || v == "what's" || v == "whats" || v == "what";
                // (and in other languages: "agente: y un teléfono", "agent : et votre mobile")
                andAsks = andAsks
                          || ((v == "and" || v == "y" || v == "et" || v == "und" || v == "en"
                               || v == "e")
                              && turnWords <= 2);
                asksNumber = asksNumber || v == "number" || phoneWords().contains(w)
                             || ssnWords().contains(w) || cardWords().contains(w)
                             || lowerWords().contains(w);
                asksKind = asksKind || phoneWords().contains(w) || ssnWords().contains(w)
                           || cardWords().contains(w) || lowerWords().contains(w);
                ++turnWords;
                ++spokenInTurns;
                plainInTurns += fillers().contains(w) ? 0 : 1;
                turnPlain += fillers().contains(w) ? 0 : 1;
                // ("Agent: thanks, you're verified": what was said before is whole, and what
                // comes after is another number, a second code read out)
                done = done || v == "verified" || v == "authenticated" || v == "validated"
                       || v == "approved" || v == "accepted" || v == "worked";
                asksRest = asksRest || v == "rest" || v == "again" || v == "repeat" || v == "last"
                           || v == "next" || v == "remaining" || v == "after" || v == "missed"
                           || v == "sorry" || v == "other" || v == "then" || v == "more"
                           || v == "end" || v == "first";
            }
            // ("and" before "then" in other languages: "…, y después …", "…, en dan …", "…, e
            // depois …")
            bool andThen = false;
            if (w.is("y") || w.is("e") || w.is("en") || w.is("et")) {
                int f = e;
                while (f < n && s[size_t(f)] == ' ')
                    ++f;
                const Word next = lowerWord(s, f, wordEnd(f));
                andThen = thenWords().contains(next) && !next.is("und") && !next.is("dann")
                          && !next.is("danach");
            }
            // a place's code named between the pieces: "0 3 0, the Berlin code, then 1 3 2 …",
            // "020, London's code, and then 7946 …", "the Lyon area code"
            if (!turn && isUpper(s[size_t(q)]) && e < n && s[size_t(e)] != ':') {
                int f = e;
                if (f + 1 < n && s[size_t(f)] == '\'' && s[size_t(f + 1)] == 's')
                    f += 2;
                while (f < n && s[size_t(f)] == ' ')
                    ++f;
                Word next = lowerWord(s, f, wordEnd(f));
                if (next.is("area") || next.is("dialling") || next.is("dialing")) {
                    f = wordEnd(f);
                    while (f < n && s[size_t(f)] == ' ')
                        ++f;
                    next = lowerWord(s, f, wordEnd(f));
                }
                if (next.is("code") && f > e) {
                    ++fillerCount;
                    ++words;
                    q = wordEnd(f);
                    continue;
                }
            }
            if (andThen || fillers().contains(w)
                || (negated && (w.is("e") || w.is("is") || w.is("es") || w.is("ist")))
                // (a Portuguese "é," said alone between the pieces: "… nove 8949, é, 8561")
                || (w.is("e") && e < n && s[size_t(e)] == ',')
                // (French "le reste": "… quatre deux quatre pis le reste dix-neuf vingt-deux";
                // "le" alone is no filler: "L E" spells)
                || (w.is("le") && e + 1 < n && s[size_t(e)] == ' '
                    && lowerWord(s, e + 1, wordEnd(e + 1)).is("reste"))) {
                negated = negated || negationWord(w);
                ++fillerCount;
                ++words;
                q = e;
                // a filler after an aside ends it ("… my other phone's ringing, ok sorry …");
                // one that breaks off starts one ("hang on i'm reading it off the card")
                lastOtherPause = true;
                const std::string_view v = w.view();
                // (and "let me get my glasses", "give me a second", "bear with me")
                if (others == 0
                    && (v == "hang" || v == "hold" || v == "wait" || v == "sorry" || v == "sec"
                        || v == "let" || v == "give" || v == "bear"))
                    breakOff = true;
                continue;
            }
            // the other side asking for something else ("… nine nine two one AGENT: and the
            // year you were born CALLER: two thousand and nine"): a new number
            if (turn && (otherFieldWords().contains(w) || extensionWords().contains(w)))
                return g;
            // ... or a date ("agent: your next bill is due on march seventh twenty twenty six")
            if (turn && monthWords().contains(w))
                return g;
            // ... or naming the number that follows as an order's, a ticket's ("Agent: your
            // order three four seven …", "logged that under ticket number seven six …")
            if (turn) {
                // (a reference's letters after the word keep it: "on policy LF 300 …", "ticket
                // number T K T …")
                // (or spelled by a recogniser, one letter a word: "case number u k seven …")
                bool letters = e - q <= 3;
                for (int t = q; t < e && letters; ++t)
                    letters = isUpper(s[size_t(t)]);
                letters = letters || e - q == 1;
                lastLowering
                        = lowerWords().contains(w) || ((numberNoun(w) || letters) && lastLowering);
            }
            if (turn && words < 20) {
                ++words;
                q = e;
                continue;
            }
            // "as in" right after a piece, a place's name for an area code: "228 as in
            // Gulfport 555 0147" (an aside that breaks off)
            if (words == 0 && others == 0 && w.is("as") && e + 1 < n && s[size_t(e)] == ' '
                && lowerWord(s, e + 1, wordEnd(e + 1)).is("in"))
                breakOff = true;
            // An aside between pauses: "98653 — hang on, network is bad here — 32721".
            // (after a break: a dash, an ellipsis, "hang on"; a word that names a number
            // starts another one: "04109 Leipzig, Tel. 0341 …")
            // ("the box" read from is no P.O. box: "087... hang on, I'm reading it off the
            // box... 221 8904")
            const bool poBox = w.is("box")
                               && (wordBeforeIs(s, q, "po") || wordBeforeIs(s, q, "p.o")
                                   || wordBeforeIs(s, q, "post") || wordBeforeIs(s, q, "o"));
            if ((breakOff || dashPause || dots >= 2) && others < 12 && !phoneWords().contains(w)
                && !lowerWords().contains(w)
                && (!zipWords().contains(w) || (w.is("box") && !poBox))) {
                ++others;
                ++words;
                q = e;
                lastOtherPause = false;
                asideWords = true;
                continue;
            }
            return g;
        }
        if (c == '[' && q + 1 < n && isAlpha(s[size_t(q + 1)])) {
            ++q; // a speaker's label in brackets: read on
            continue;
        }
        // A chat's time stamp: "[15:59]", "[15:59:02]".
        if (c == '[' && q + 6 < n && isDigit(s[size_t(q + 1)])) {
            int e = q + 1;
            while (e < n && e - q < 10 && (isDigit(s[size_t(e)]) || s[size_t(e)] == ':'))
                ++e;
            if (e < n && s[size_t(e)] == ']' && e - q >= 5 && s[size_t(q + 3)] == ':') {
                pause = true;
                q = e + 1;
                // (a chat's user name after it: "[8:34] usernpf: 8709")
                if (const int h = chatHandleEnd(q + 1); h > 0) {
                    turn = true;
                    turnWords = 0;
                    turnPlain = 0;
                    q = h;
                }
                continue;
            }
        }
        switch (c) {
        case ' ':
        case '\t':
            ++spaces;
            break;
        case '\r':
        case '\n':
            // (the end of a row of a table: its last field and the next row's first are two
            // numbers, "…;69003\n884121;…")
            if (c == '\n' && tableRowEndsAt(q))
                return g;
            turn = true;
            turnWords = 0;
            turnPlain = 0;
            break;
        case '(':
            // a transcriber's note between the pieces: "954 (pause) 882 (pause) 0419", "281 (uh)
            // 5 (uh) 3": a pause
            if (const int e = noteEnd(q); e > 0) {
                pause = true;
                q = e;
                continue;
            }
            // an aside in brackets after a piece, words only: "337 (that's Lake Charles) 526
            // 9031"; its closing bracket ends it
            if (others == 0 && !asideWords && q > p && asideBracketEnd(q) > 0)
                dashPause = true;
            ++parens;
            break;
        case ')':
            if (asideWords)
                lastOtherPause = true;
            ++parens;
            break;
        case '-':
            ++dashes;
            if (lastPunct == '-')
                pause = true;
            if (q > 0 && s[size_t(q - 1)] == ' ' && q + 1 < n && s[size_t(q + 1)] == ' ')
                dashPause = true; // " - ": a break, should words follow
            break;
        case '.':
            ++dots;
            if (lastPunct == '.') {
                pause = true;
                lastOtherPause = true; // (an ellipsis ends an aside: "… lo guardo... otto …")
            } else if (q + 1 < n && s[size_t(q + 1)] == ' '
                       && !(q + 2 < n && s[size_t(q + 2)] == '.'))
                sentence = true; // "… 7763. It's …"
            break;
        case '/':
            ++slashes;
            break;
        case ',':
        case ';':
            // a field separator, not a pause: "…136 646;1;231,76", "25512,Volkov,55 …"
            if (q == p && q + 1 < n && isDigit(s[size_t(q + 1)]) && p > 0
                && isDigit(s[size_t(p - 1)]))
                return g;
            pause = true;
            lastOtherPause = true;
            break;
        case '?':
        case '!':
            // (not inside an aside: "267, 555 — Sophie put that down! — sorry, 0137")
            sentence = sentence || !asideWords;
            break;
        case '|': {
            // messages of a chat joined with " | ", a number typed in bits: "call 0909 | 551 |
            // 2276 pls" (not a table's cells: a row that starts with a bar)
            int b = q;
            while (b > 0 && s[size_t(b - 1)] != '\n')
                --b;
            while (b < q && s[size_t(b)] == ' ')
                ++b;
            // (the next bit a digit right after it: a field's label after a bar names another
            // field, "ZIP: 48333-1302 | Phone: …")
            if (!(q > 0 && s[size_t(q - 1)] == ' ' && q + 2 < n && s[size_t(q + 1)] == ' '
                  && (isDigit(s[size_t(q + 2)]) || s[size_t(q + 2)] == '+'))
                || s[size_t(b)] == '|')
                return g;
            pause = true;
            lastOtherPause = true;
            break;
        }
        default:
            return g;
        }
        lastPunct = c;
        ++q;
    }
    if (q >= n || q - p > (turn ? 192 : 96))
        return g;
    // An aside must end with a pause too ("— hang on, network is bad here — 32721").
    if (asideWords && !turn && !lastOtherPause && !breakOff && !(dots >= 2 || dashes >= 2))
        return g;
    g.end = q;
    if (turn) {
        if (words > 20 || (asksWhat && asksNumber && !asksRest)
            || (andAsks && asksKind && !asksRest) || lastLowering || (done && !asksRest))
            return g;
        g.link = LinkTurn;
        g.sep = ',';
        g.turnWords = spokenInTurns;
        g.plainWords = plainInTurns;
        g.asksRest = asksRest;
        return g;
    }
    // A sentence ends between two pieces: no join, unless both are said in words, as speech
    // recognisers punctuate digits read out ("seven one eight. Five five five. Oh one …").
    if (sentence && !(dots >= 3)) {
        const bool wordsBefore = p > 0 && isAlpha(s[size_t(p - 1)]);
        const bool wordsAfter = q < n && isAlpha(s[size_t(q)]);
        // ... or digits dictated with a stop after each group: "415. 555. 0132".
        const bool dictated = q - p == 2 && s[size_t(p)] == '.' && p > 0
                              && isDigit(s[size_t(p - 1)]) && isDigit(s[size_t(q)])
                              && !(p > 4 && isDigit(s[size_t(p - 5)]));
        if (!dictated && !(wordsBefore && wordsAfter && words == 0 && fillerCount == 0))
            return g;
        pause = true;
    }
    if (pause || fillerCount > 0 || dots >= 2 || dashes >= 2) {
        if (fillerCount + others > 16)
            return g;
        g.link = LinkPause;
        g.sep = ',';
        return g;
    }
    if (q - p <= 3 && dots <= 1 && slashes <= 1 && !(dots && spaces) && q > p) {
        g.link = LinkStrong;
        g.sep = dashes ? '-' : dots ? '.' : slashes ? '/' : parens ? '(' : ' ';
        return g;
    }
    return g;
}

// ---- context

// Words that may stand between a number and the word that says what it is: "order number is
// 4155550132", "4155550132 is my order number".
const WordSet &introducers()
{
    static const WordSet s{"number", "no", "num", "nr", "#", "id", "code", "is", "was", "will",
                           "be", "would", "it's", "its", "the", "my", "your", "our", "his", "her",
                           "their", "a", "an", "as", "being", "reads", "says", "ends", "in", "with",
                           "of", "that's", "thats", "this", "that", "um", "uh", "er", "ok", "okay",
                           "so", "here's", "heres", "numbers", "one", "ids", "should", "must",
                           "least",
                           // (a recogniser's hypothesis in its log: "prompt=get_order hyp=…")
                           "hyp", "input", "eingabe"};
    return s;
}

// More words that may stand between the words before a number and the number (read backwards
// only: after a number, "… 330695, for the v8.2" says nothing of it): "the order number on that
// is …", and as other languages introduce a number: "la póliza es la …", "die Vertragsnummer ist
// …", "o número do pedido é …".
const WordSet &introducersBefore()
{
    static const WordSet s{
            "on", "for", "es", "ist", "est", "la", "el", "le", "der", "die", "das", "il", "lo",
            "de", "do", "da", "del", "e", "alors", "och", "then", "now", "yeah", "yes",
            // a short clause between ("the ticket number they gave me was …",
            // "the case number for today is …", "the claim number i got is …")
            "they", "gave", "given", "me", "you", "i", "we", "got", "sent", "today", "received",
            "had", "have", "from", "email", "letter", "here", "dele", "dela",
            // Hindi's "is" in Hinglish ("complaint number hai seven seven four …")
            "hai",
            // and the small words of other languages ("Meine Steuer-ID lautet …", "mon numéro
            // d'adhérent c'est …")
            "lautet", "sind", "c'est", "jest", "son", "sono", "era", "foi", "wynosi", "brzmi",
            "numero", "nummer", "numer", "nro", "du", "des", "della", "dello", "di", "het", "van",
            "von", "vom", "meine", "mein", "mon", "ma", "mi", "mio", "mia", "meu", "minha", "moj",
            "moja", "moje", "su", "sua", "seu", "votre", "ihre", "ihr", "uw", "mijn", "notre",
            "nuestro", "nostro", "nosso", "unser", "unsere", "los", "las", "les", "gli", "os",
            // where the number starts: "your contract number starts with …", "el número de
            // contrato empieza por …", "uw polisnummer begint met …"
            "starts", "begins", "starting", "empieza", "comienza", "por", "begint", "met",
            "commence", "par", "inizia", "comincia", "con", "comeca", "com", "beginnt", "mit",
            // whose number it is, and a noun's adjective after it: "le siret de l'entreprise
            // c'est …", "il numero della tessera sanitaria è …", "o cnpj da empresa é …"
            "entreprise", "l'entreprise", "empresa", "azienda", "impresa", "ditta", "societe",
            "societa", "sociedad", "sociedade", "bedrijf", "firma", "unternehmens", "sanitaria",
            "sanitario", "personal", "personnel", "personale", "empresarial", "nouveau", "nouvelle",
            "nuevo", "nueva", "nuovo", "nuova", "novo", "nova", "neue", "nieuwe", "actuel",
            "actual", "attuale", "atual", "sprzedawcy", "nabywcy",
            // what a thing has as its number: "ihr auftrag hat die nummer …", "el siniestro tiene
            // el número …", "uw opzegbevestiging heeft nummer …", "votre colis porte le numéro …"
            "hat", "tiene", "heeft", "tem", "porte", "lleva", "ha", "que",
            // "by the way", "anyway", "also": "mijn klantnummer is trouwens …", "il codice cliente
            // comunque è …"
            "trouwens", "comunque", "ubrigens", "ailleurs", "ademas", "tambem", "anche", "auch",
            "ook", "aussi", "tambien",
            // "is" and "my" of the Nordic, Baltic and Central European languages ("avtalsnumret
            // är …", "kundenummeret mitt er …", "sopimusnumero on …", "cislo smlouvy je …")
            "ar", "er", "ir", "je", "este", "mitt", "min", "mit", "mina", "mine", "minu", "mano",
            "mans", "moje", "mojho",
            // whose the number is: "P.IVA fornitore …", "CNPJ emitente …"
            "fornitore", "emitente", "emittente", "employeur", "fournisseur", "proveedor",
            "lieferant", "titular", "titolare",
            // "always", "still": "il codice cliente è sempre …", "c'est toujours le …"
            "sempre", "siempre", "toujours", "immer", "altijd", "ainda", "ancora", "todavia",
            "encore", "noch", "nog",
            // "stays", "remains": "je klantnummer blijft …", "die Kundennummer bleibt …"
            "blijft", "bleibt", "reste", "resta", "rimane",
            // "my", "your", "is" and the words one addresses a person with, in Indonesian, Malay,
            // Tagalog, Vietnamese and Swahili ("NPWP saya …", "NIK Kakak …", "ang account ko ay
            // …", "mã số thuế của em là …", "namba yangu ni …")
            "saya", "kak", "kakak", "anda", "nya", "ko", "ay", "ang", "cua", "em", "toi", "yangu",
            "yako", "ni", "ya", "dia", "ca", "nhan", "adalah", "mou", "einai",
            // a loyalty programme's tier between its name and its number ("Skywards Gold 215
            // 604 338", "Privilege Club Silver …")
            "gold", "silver", "platinum", "elite", "diamond", "club", "guest"};
    return s;
}

// "My number", "your number" said in one word, in Turkish, Azerbaijani, Uzbek and Kazakh (as
// read: "nömrəm" "nomrem", "нөмірім" "nomirim")
const WordSet &ownNumberWords()
{
    static const WordSet s{"numaram", "numarami", "numaraniz", "numaranizi", "nomrem", "nomremi",
                           "nomreniz", "nomrenizi", "raqamim", "raqamimni", "raqamingiz",
                           "raqamingizni", "nomirim", "nomirimdi", "nomiriniz", "nomirinizdi",
                           "nomirinizdi",
                           // Persian in Latin letters: "shomaram", "shomareye man"
                           "shomaram", "shomarat", "shomaratun"};
    return s;
}

// Every word classifyContext looks at for what it says; any other word only ends the run of
// introducers.
const WordSet &contextKeywords()
{
    static const WordSet words{
            {&phoneWords(), &countryWords(), &ssnWords(), &cardWords(), &speakerWords(),
             &lowerWords(), &zipWords(), &versionWords(), &ownNumberWords()},
            {"#",         "number",   "no",       "num",        "nr",         "numbers",
             "numero",    "nummer",   "numer",    "code",       "nummeret",   "nummret",
             "numurs",    "numeris",  "numeroni", "code's",     "codes",      "cp",
             "vorwahl",   "ddd",      "lada",     "prefijo",    "indicatif",  "prefisso",
             "netnummer", "kengetal", "prefix",   "indicativo", "area",       "id",
             "security",  "req",      "request",  "n",          "numarasi",   "nomer",
             "nomera",    "nomeri",   "nomerot",  "numaraniz",  "numaranizi", "raqam",
             "raqami",    "nomiri",   "nomre",    "nomresi",    "br",         "broj",
             "shomare",   "shomareye"}};
    return words;
}

// Whether w is a German or Dutch compound that names a number of no phone: a noun of four
// letters or more before "-nummer", "-nummern", "-nummers", "-nr", the Dutch "-kenmerk", the
// German "-referenz" ("Machtigingskenmerk", "Mandatsreferenz"), or a contract's, a
// certificate's, a notice's word ("Mietvertrag", "Versicherungsschein", "Mautbescheid").
static bool compoundNumberName(std::string_view w)
{
    static constexpr std::string_view kEndings[]
            = {"nummer", "nummern", "nummers", "nr", "kenmerk", "referenz", "vertrag", "schein",
               "bescheid",
               // a fault's ticket ("Störungsticket")
               "ticket",
               // the Nordic definite forms ("avtalsnumret", "kundenummeret"), the Finnish and
               // Estonian compounds ("asiakasnumero", "lepingunumber")
               "numret", "nummeret", "numero", "number"};
    size_t stem = 0;
    for (const std::string_view ending : kEndings) {
        if (w.size() >= ending.size() + 4 && w.substr(w.size() - ending.size()) == ending) {
            stem = w.size() - ending.size();
            break;
        }
    }
    if (stem < 4)
        return false;
    static constexpr std::string_view kPhones[]
            = {"telefon", "telefoon", "tel", "handy", "mobil", "mobiel", "fax", "ruf", "festnetz",
               "durchwahl", "notruf", "ruckruf", "whatsapp", "kontakt", "contact", "service",
               "hotline", "nood", "terugbel", "gsm", "privat", "dienst", "zentral", "buro",
               "geschafts", "anschluss", "sms",
               // a Swiss mobile ("Natelnummer"), a fixed line, a second line, a caller's
               "natel", "fest", "zweit", "anruf",
               // a Dutch work, home, office or private number ("werknummer", "thuisnummer")
               "werk", "thuis", "kantoor", "prive", "vast",
               // the Nordic home, work and mobile numbers, the Finnish and Estonian phones,
               // English written as one word ("phonenumber", "callbacknumber")
               "hem", "jobb", "arbeids", "hjemme", "puhelin", "matkapuhelin", "phone", "cell",
               "callback", "home", "work", "office", "reach", "contact", "fixed", "landline"};
    const std::string_view head = w.substr(0, stem);
    for (const std::string_view p : kPhones)
        if (head.size() >= p.size() && head.substr(0, p.size()) == p)
            return false;
    // (a phone's name at the end of the stem too: "Firmentelefonnummer")
    return head.find("telef") == std::string_view::npos
           && head.find("mobil") == std::string_view::npos
           && head.find("puhelin") == std::string_view::npos
           && head.find("phone") == std::string_view::npos;
}

// Whether words[k] of those read before a number may stand between it and the words that say
// what it is (introducersBefore); "on" and "for" not right before it ("the statement on 084 555
// 2210" is where it is sent).
// "to" right before the number after a verb that changes a field: "update the ZIP to
// 88788-5355", "change my number to …" (not "text the receipt to …": where it is sent)
static bool changedTo(const Word *words, int count, int k, bool forward)
{
    if (forward || k != 0 || !words[0].is("to"))
        return false;
    for (int j = 2; j < count && j < 6; ++j) {
        const Word &v = words[j];
        if (v.is("update") || v.is("change") || v.is("updated") || v.is("changed")
            || v.is("correct") || v.is("corrected") || v.is("set") || v.is("amend")
            || v.is("amended") || v.is("modify"))
            return true;
    }
    return false;
}

// Whether the words between a number and the message's word at k say the message goes to the
// number ("a code by text to 07700 …", "un code par sms sur le 07 62 …", "per SMS an die …").
static bool sentToNumber(const Word *words, int k)
{
    const auto to = [](const Word &x) {
        return x.is("to") || x.is("on") || x.is("sur") || x.is("au") || x.is("an") || x.is("auf")
               || x.is("al") || x.is("para") || x.is("naar") || x.is("aan");
    };
    const auto article = [](const Word &x) {
        return x.is("the") || x.is("le") || x.is("la") || x.is("el") || x.is("o") || x.is("die")
               || x.is("het");
    };
    return k >= 1 && (to(words[0]) || (k >= 2 && article(words[0]) && to(words[1])));
}

// Whether the word before "card" makes it a card that pays for nothing by its number: a gift
// card's, a store's, a SIM's, a health plan's ("the gift card number", "BC care card", "Alberta
// Blue Cross card")
static bool cardOfNoPayment(const Word &x)
{
    return x.is("gift") || x.is("store") || x.is("loyalty") || x.is("library") || x.is("sim")
           || x.is("rewards") || x.is("scratch") || x.is("membership") || x.is("viewing")
           || x.is("medicare") || x.is("health") || x.is("care") || x.is("insurance")
           || x.is("drug") || x.is("benefits") || x.is("benefit") || x.is("prescription")
           || x.is("medical") || x.is("dental") || x.is("cross");
}

// A word that means something else beside the word further from the number (`other`): German
// "rum" (round) after how a thing is turned ("ich hab die Karte falsch rum": no French
// mandate's RUM); German "ich bin" (I am: "ich bin null sechs sechs vier … erreichbar": no
// card's BIN); a check of a person ("my SSN for the background check 573209184": no cheque's
// number, and "credit" names no card there). How many words to pass, this one and maybe the
// other, or 0.
static int otherMeaning(std::string_view v, const Word &other)
{
    if (v == "rum"
        && (other.is("falsch") || other.is("verkehrt") || other.is("anders") || other.is("richtig")
            || other.is("andersrum") || other.is("herum")))
        return 1;
    if (v == "bin" && other.is("ich"))
        return 1;
    if (v == "check"
        && (other.is("background") || other.is("credit") || other.is("security")
            || other.is("reference") || other.is("identity") || other.is("id")))
        return 2;
    return 0;
}

static bool introducesBefore(const Word &w, int k, bool forward)
{
    return !forward && introducersBefore().contains(w) && !(k == 0 && (w.is("on") || w.is("for")));
}

int Scanner::classifyContext(const Word *words, int count, bool forward, int lowerFrom) const
{
    bool introduced = true; // every word so far may introduce a number
    int deferred = 0;       // a lowering word that counts only when nothing further raises
    // (forward: whether every word before the previous one introduces: "… and the postal code
    // is …" after a number says nothing of it)
    bool introducedBeforeLast = true;
    // Whom to call, then "on" or "at" right before the number: "ring the claims team on 13 24
    // 68", "call the pet insurance people at …" (whoever is named, the number is theirs)
    if (!forward && count >= 3 && lowerFrom >= 3 && (words[0].is("on") || words[0].is("at"))) {
        for (int f = 1; f < std::min(count, lowerFrom); ++f) {
            const Word &x = words[f];
            // (a verb with its object between: not "a call on …", "by phone at …")
            if (f >= 2
                && (x.is("call") || x.is("ring") || x.is("phone") || x.is("dial") || x.is("contact")
                    || x.is("reach") || x.is("rang") || x.is("phoned") || x.is("called")))
                return CtxPhone | CtxDecided | CtxNear;
            if (x.size <= 0 || numberNoun(x) || x.is("number") || otherFieldWords().contains(x)
                || x.is("about") || x.is("regarding") || x.is("re"))
                break;
        }
    }
    for (int k = 0; k < count; ++k) {
        const bool introducedBeforeOther = introducedBeforeLast;
        introducedBeforeLast = introduced;
        const Word &w = words[k];
        if (w.size <= 0) {
            introduced = false;
            continue;
        }
        // where it was read, after "per" and the number's name ("SSN per app: 564072113",
        // "phone per file"; not "blocked per ticket 4417720931"): says nothing of the number
        if (!forward && k + 2 < count && words[k + 1].is("per") && words[k + 2].size > 0
            && contextKeywords().contains(words[k + 2])) {
            ++k;
            continue;
        }
        // A Romance number's name with its complement after it, right before the number:
        // "ordem de serviço 317467940", "numero di pratica …" (not "número de teléfono")
        if (!forward && k == 1 && count >= 3 && words[0].size > 0
            && (w.is("de") || w.is("do") || w.is("da") || w.is("di") || w.is("del") || w.is("della")
                || w.is("du"))
            && lowerWords().contains(words[2]) && !speakers().contains(words[2])
            && !phoneWords().contains(words[0]) && !cardWords().contains(words[0])
            && !ssnWords().contains(words[0]) && !contextKeywords().contains(words[0]))
            return CtxLower | CtxDecided | CtxNear;
        // A German or Dutch number's name in one word ("Versicherungsnummer", "Vorgangsnr.",
        // "Seriennr.", "dossiernummer"), unless a phone's ("Telefonnummer", "Kontaktnummer")
        if (!forward && introduced && w.size >= 6 && !contextKeywords().contains(w)
            && compoundNumberName(w.view()))
            return CtxLower | CtxDecided | (k <= 3 ? CtxNear : 0);
        // (after the number, "cliente" is the next speaker's label, as "customer" is: it names
        // a number only before it, "numero cliente …"; "pis" after it is Quebec French "then",
        // a Brazilian PIS comes before it)
        if (!contextKeywords().contains(w)
            || (forward && (w.is("cliente") || w.is("client") || w.is("pis")))) {
            if (!introducers().contains(w) && !introducesBefore(w, k, forward)
                && !changedTo(words, count, k, forward))
                introduced = false;
            continue;
        }
        const int near = k <= 3 ? CtxNear : 0;
        const std::string_view v = w.view();
        // A number's name with the noun first, as Romance languages say it: "numéro client",
        // "numero ordine", "número de pedido", "numero di pratica" (not "numero di telefono")
        if (!forward && k <= 1 && lowerWords().contains(w) && !phoneWords().contains(w)) {
            int f = k + 1;
            if (f < count
                && (words[f].is("de") || words[f].is("di") || words[f].is("do") || words[f].is("da")
                    || words[f].is("du") || words[f].is("del") || words[f].is("della")
                    || words[f].is("dell")))
                ++f;
            // (the Romance noun only: "… callback number customer 368 …" is English, a speaker)
            if (f < count && (words[f].is("numero") || words[f].is("nro")))
                return CtxLower | CtxDecided | near;
        }
        // may say phone, SSN or card (after the number, only with nothing but introducers
        // between: "04109 Leipzig, phone …" is a postcode before a phone number's word)
        const bool raise = k < lowerFrom && (!forward || introduced);
        // The word further from the number: before it when reading backwards, after it when
        // reading forwards ("is my cell" reads my, then cell).
        const Word *other = forward ? (k > 0 ? &words[k - 1] : nullptr)
                                    : (k + 1 < count ? &words[k + 1] : nullptr);
        // A word that means something else beside the word further from it (otherMeaning)
        if (const int pass = other ? otherMeaning(v, *other) : 0; pass > 0) {
            introduced = false;
            k += forward ? 0 : pass - 1;
            continue;
        }
        // A phone's word with the customer after it, the Romance way ("tel. cliente …",
        // "telefono cliente", "téléphone client"): the customer's phone, no customer number
        if (!forward && raise && other && (v == "cliente" || v == "client" || v == "clienta")
            && (other->is("tel") || other->is("telefono") || other->is("telephone")
                || other->is("telefone") || other->is("cellulare") || other->is("cell")
                || other->is("celular") || other->is("movil") || other->is("mobile")
                || other->is("cel") || other->is("fax") || other->is("phone")
                || other->is("recapito")))
            return CtxPhone | CtxDecided | near;
        // The way a code came, after the code's word: "the code from the sms is …", "o código
        // que chegou no sms é …", "der Code aus der SMS ist …": a code, no phone number (but
        // not where the message goes: "a code by text to 07700 …")
        if (!forward
            && (v == "sms" || v == "text" || v == "texted" || v == "txt" || v == "whatsapp"
                || v == "message" || v == "mensaje" || v == "mensagem" || v == "messaggio"
                || v == "nachricht" || v == "bericht" || v == "email" || v == "mail" || v == "app")
            && !sentToNumber(words, k)) {
            for (int f = k + 1; f < count && f <= k + 7; ++f) {
                if (oneTimeCodeWords().contains(words[f]) || words[f].is("password"))
                    return CtxLower | CtxDecided | near;
                if (phoneWords().contains(words[f]))
                    break;
            }
        }
        // A card that pays for nothing by its number ("the gift card number is …", "the sim
        // card number"), a meeting's id ("Teams ID 322 190 488 771", "meeting id"): no number of
        // a person (a card's length is masked still)
        if (!forward && other
            && (((v == "card" || v == "cards") && cardOfNoPayment(*other))
                || (v == "id"
                    && (other->is("teams") || other->is("meeting")
                        || other->is("zoom")
                        // (a mobile network's cell: "cell ID 27311"; a UAE resident's
                        // "Emirates ID")
                        || other->is("cell") || other->is("tower")
                        || other->is("emirates")
                        // (an employer's: "my employer id number is …")
                        || other->is("employer") || other->is("mtg") || other->is("webex")
                        || other->is("conference") || other->is("session")))))
            return CtxLower | CtxDecided | near;
        // (words read past a mask do not make a phone number of "number")
        // "ss# 804904258", "ss #": a social security number
        if (v == "#" && raise && other && other->view() == "ss")
            return CtxSsn | CtxDecided | near;
        if (v == "number" || v == "no" || v == "num" || v == "nr" || v == "#" || v == "numbers"
            || v == "numero" || v == "nummer" || v == "numer" || v == "n" || v == "numarasi"
            || v == "numaraniz" || v == "numaranizi" || v == "nomer" || v == "nomre" || v == "raqam"
            || v == "nomiri" || v == "br" || v == "broj" || v == "shomare" || v == "shomareye") {
            // "my number", "my CN number", "your work number".
            const Word *further
                    = forward ? (k > 1 ? &words[k - 2] : nullptr)
                              : (k + 2 < std::min(count, lowerFrom) ? &words[k + 2] : nullptr);
            if (!forward && k + 1 >= lowerFrom)
                other = nullptr;
            // (not "the house number", "your serial number": another field's number)
            // (nor "the security number", a card's CVV)
            // (a company's or a person's name with "'s": "centrelink's number is …", not "the
            // order's number")
            const auto owner = [&](const Word *x) {
                if (!x || x->size < 4 || x->text[x->size - 2] != '\''
                    || x->text[x->size - 1] != 's')
                    return false;
                const Word stem = lowerWord(x->view(), 0, x->size - 2);
                // (not "it's", "that's", "what's": "it's number two four one …")
                if (stem.size < 3 || stem.is("that") || stem.is("what") || stem.is("here")
                    || stem.is("there") || stem.is("she") || stem.is("who") || stem.is("let")
                    || stem.is("where") || stem.is("one") || stem.is("how") || stem.is("this"))
                    return false;
                return !lowerWords().contains(stem) && !otherFieldWords().contains(stem)
                       && !contextKeywords().contains(stem);
            };
            // ("sent it to the wrong number 055 …": a phone's)
            if (raise
                && ((other
                     && (possessives().contains(*other) || owner(other) || other->is("wrong")))
                    || (further && other && possessives().contains(*further)
                        && !lowerWords().contains(*other) && !otherFieldWords().contains(*other)
                        && !other->is("security"))))
                return CtxPhone | CtxDecided | near;
            continue;
        }
        if (v == "code" || v == "code's" || v == "codes") {
            const std::string_view o = other ? other->view() : std::string_view();
            if (raise && o == "area")
                return CtxPhone | CtxAreaCode | CtxDecided | near;
            if (raise && (o == "country" || o == "dialing" || o == "dialling"))
                return CtxPhone | CtxDecided | near;
            if ((o == "zip" || o == "postal" || o == "post") && (!forward || introducedBeforeOther))
                return CtxZip | CtxDecided | near;
            // India's "STD code", a city's code: an area code
            if (raise && (o == "std" || o == "city" || o == "trunk"))
                return CtxPhone | CtxAreaCode | CtxDecided | near;
            // a code that names what it is for ("verification code", "promo code", "error
            // code") is none of a person's numbers ("the code's oh one six one" is an area's)
            if (!forward && introduced
                && (o == "verification" || o == "security" || o == "access" || o == "promo"
                    || o == "promotional" || o == "discount" || o == "confirmation"
                    || o == "booking" || o == "auth" || o == "authorisation" || o == "authorization"
                    || o == "otp" || o == "voucher" || o == "gift" || o == "coupon" || o == "reset"
                    || o == "error" || o == "activation" || o == "unlock" || o == "puk"
                    || o == "sort" || o == "tracking" || o == "product" || o == "item"
                    || o == "reference" || o == "one-time" || o == "short" || o == "sms"
                    || o == "text" || o == "pin" || o == "login" || o == "2fa" || o == "mfa"
                    || o == "digit" || o == "sign-in" || o == "passcode" || o == "porting"
                    || o == "port"
                    // ("a text with code 7702"; not "office number with code oh three …")
                    || (o == "with" && !forward && k + 2 < count
                        && (words[k + 2].is("text") || words[k + 2].is("sms")
                            || words[k + 2].is("message") || words[k + 2].is("email")
                            || words[k + 2].is("link")))
                    // ("a text with a code, 482913", "use code 993-104 to confirm")
                    || ((o == "a" || o == "the") && !forward && k + 3 < count
                        && words[k + 2].is("with")
                        && (words[k + 3].is("text") || words[k + 3].is("sms")
                            || words[k + 3].is("message") || words[k + 3].is("email")))
                    || ((o == "use" || o == "enter" || o == "entered" || o == "type") && !forward)))
                return CtxLower | CtxDecided | near;
            // "Your code 4412", "your Uber code 4412": a code right before its digits, of
            // nothing a phone has, is the code
            // ("the code's oh one six one" is an area's)
            if (!forward && introduced && k <= 1 && other && v == "code"
                && (other->is("your") || other->is("my")
                    || (other->size > 0 && k + 2 < count
                        && (words[k + 2].is("your") || words[k + 2].is("my"))
                        && !(contextKeywords().contains(*other) || introducers().contains(*other)
                             || possessives().contains(*other)))))
                return CtxLower | CtxShortCode | CtxDecided | near;
            continue;
        }
        // "my cp" (a cellphone, in the Philippines; "CP 28304" is a Spanish postcode)
        if (raise && v == "cp" && other && possessives().contains(*other))
            return CtxPhone | CtxDecided | near;
        // "my number", "your number" in one word: Turkish "numaram", Azerbaijani "nömrəm",
        // Uzbek "raqamim", Kazakh "нөмірім" (the number's pieces may follow in later turns); alone
        // or after "my" ("mənim"), not after another field's noun: "sipariş numaram" is an
        // order's, "müşteri numaram" a customer's
        // (or after a word that names no field: "efendim numaram …", "evet numaram …")
        if (raise && ownNumberWords().contains(v)
            && (!other || possessives().contains(*other) || other->is("menim") || other->is("benim")
                || other->is("mening") || other->is("menin")
                || (other->size > 0 && !contextKeywords().contains(*other)
                    && !otherFieldWords().contains(*other) && !speakers().contains(*other)
                    && !fieldOwnerWords().contains(*other))))
            return CtxPhone | CtxDecided | near;
        // (else the word before it says whose: "sipariş numaram 7201488395", "TC kimlik numaram")
        if (!forward && ownNumberWords().contains(v))
            continue;
        // An area code's name in other languages: "Vorwahl 040", "DDD 31", "lada 55".
        // (not a network's "prefix length 56", "prefix count 18", "prefix list 12")
        if (raise
            && (v == "vorwahl" || v == "ddd" || v == "lada" || v == "prefijo" || v == "indicatif"
                || v == "prefisso" || v == "netnummer" || v == "kengetal"
                || (v == "prefix"
                    && !(!forward && k > 0
                         && (words[k - 1].is("length") || words[k - 1].is("count")
                             || words[k - 1].is("list") || words[k - 1].is("limit"))))
                || v == "indicativo"))
            return CtxPhone | CtxAreaCode | CtxDecided | near;
        // "a 5 0 3 area code": an area code named after its digits
        if (forward && introduced && k == 0 && v == "area" && k + 1 < count
            && (words[k + 1].is("code") || words[k + 1].is("code's")))
            return CtxPhone | CtxAreaCode | CtxDecided | near;
        // "código de área 011" (read "codigo de area")
        if (raise && !forward && v == "area" && k + 2 < count && words[k + 1].is("de")
            && words[k + 2].is("codigo"))
            return CtxPhone | CtxAreaCode | CtxDecided | near;
        if (raise) {
            if (v == "id" && other && other->view() == "tax")
                return CtxSsn | CtxDecided | near;
            if (v == "security" && other && other->view() == "social")
                return CtxSsn | CtxDecided | near;
            // Spain's and Portugal's social security ("Nº Seguridad Social 28/10472395/61",
            // "segurança social"), a share capital ("capital social"): no US number
            if (v == "social" && k + 1 < count
                && (words[k + 1].is("seguridad") || words[k + 1].is("seguranca")
                    || words[k + 1].is("capital") || words[k + 1].is("securite")
                    || words[k + 1].is("sicurezza")))
                return CtxLower | CtxDecided | near;
            // a card's "security number", "security code": its CVV
            if (v == "security" && introduced && !(other && other->view() == "social"))
                return CtxLower | CtxDecided | near;
            // (a word that names a phone only beside it: "my work number", "direct 415 …"; not
            // "it didn't work on order 5561-2290-11", "direct debit on account …")
            const bool plainWord = v == "work" || v == "direct";
            if ((phoneWords().contains(w) && !(plainWord && !introduced))
                || countryWords().contains(w))
                return CtxPhone | (extensionWords().contains(w) ? CtxExtension : 0) | CtxDecided
                       | near;
            if (ssnWords().contains(w))
                return CtxSsn | CtxDecided | near;
            if (cardWords().contains(w))
                return CtxCard | CtxDecided | near;
        }
        // The words that lower a mask count only when nothing but introducers stands between
        // them and the number ("order number is …", not "can you check that for me - it's …").
        if (introduced) {
            // "customer 07700 900087" in a recogniser's text: the speaker, not a customer number
            // (and "customer okay it's …": only "customer number", "customer id" is one)
            if (speakerWords().contains(w)) {
                const Word *toward = forward ? nullptr : (k > 0 ? &words[k - 1] : nullptr);
                const std::string_view t
                        = toward && toward->size > 0 ? toward->view() : std::string_view();
                // ("caller_id=07700900731", "caller id": the number calling)
                if (w.is("caller") && t == "id")
                    return CtxPhone | CtxDecided | near;
                // ("Réf. client 1100 1222 882", "numéro client": a customer's number)
                // ("identifiant client", "codice cliente", "código de cliente", "carte client")
                if (!forward && other
                    && (other->is("ref") || other->is("reference") || other->is("numero")
                        || other->is("no") || other->is("nr") || other->is("num")
                        || other->is("identifiant") || other->is("codice") || other->is("codigo")
                        || other->is("carte") || other->is("compte")))
                    return CtxLower | CtxDecided | near;
                if (!(t == "number" || t == "no" || t == "num" || t == "nr" || t == "#" || t == "id"
                      || t == "ref" || t == "reference" || t == "account" || t == "code"
                      || t == "numbers"))
                    return 0;
            }
            // ("phone on file 1-470-…": what is on file is the phone number; "just to confirm
            // 0445…": a number read back)
            const bool readBack
                    = v == "confirm"
                      && (k == 0
                          || !(words[k - 1].view() == "number" || words[k - 1].view() == "no"
                               || words[k - 1].view() == "#" || words[k - 1].view() == "code"));
            // ("the ssn on the application", "the phone number on the account": what is on
            // it is the number asked for)
            // ("the phone on your scholarship file: …": a word that says which file between)
            // (and as French, Spanish, German say it: "sur la facture", "en la factura", "auf
            // der Rechnung")
            const auto onWord = [](const Word &x) {
                return x.is("on") || x.is("sur") || x.is("en") || x.is("auf") || x.is("sulla")
                       || x.is("sul");
            };
            const auto possessiveOn = [&](int j) {
                return j + 1 < count
                       && (words[j].is("the") || words[j].is("your") || words[j].is("my")
                           || words[j].is("this") || words[j].is("la") || words[j].is("le")
                           || words[j].is("votre") || words[j].is("el") || words[j].is("su")
                           || words[j].is("der") || words[j].is("dem") || words[j].is("ihrer"))
                       && onWord(words[j + 1]);
            };
            const bool onIt
                    = !forward && other
                      && (onWord(*other)
                          || possessiveOn(k + 1)
                          // (or a person's role: "on my donor record")
                          || (other->size > 2
                              && (!contextKeywords().contains(*other)
                                  || speakers().contains(*other))
                              && !phoneWords().contains(*other) && !ssnWords().contains(*other)
                              && !cardWords().contains(*other) && possessiveOn(k + 2)));
            // "Callback req:", "call request"
            // ("cb req": an agent's callback request)
            // ("Port-in request: number …", "porting request", "SIM swap request": a number
            // moved between carriers or SIMs is a phone's)
            const bool porting = other
                                 && (other->is("port") || other->is("porting") || other->is("swap")
                                     || other->is("sim")
                                     || ((other->is("in") || other->is("out")) && k + 2 < count
                                         && words[k + 2].is("port")));
            if ((v == "req" || v == "request") && other
                && (phoneWords().contains(*other) || other->view() == "cb" || porting) && raise)
                return CtxPhone | CtxDecided | near;
            // (unless no word further says what it is: "the balance on the account 4155550132",
            // "still waiting on order number 3233198893")
            // ("on file", "on record": no file's number)
            const bool onFile = onIt && other->view() == "on" && (v == "file" || v == "record");
            // "a phone for the receipt", "a callback number for the claim": what the number is
            // for, after the word that says what it is
            if (!forward && raise && lowerWords().contains(w) && purposeOfPhone(words, k, count))
                return CtxPhone | CtxDecided | near;
            // (a word of both lists says both: "build 8.29.4.71" is no address)
            const int version = versionWords().contains(w) ? CtxVersion : 0;
            // ("text is fine, 0412 …", "that's fine": the adjective, no penalty's number)
            if (v == "fine" && other
                && (other->is("is") || other->is("s") || other->is("was") || other->is("be")
                    || other->is("that") || other->is("thats") || other->is("all")
                    || other->is("sounds") || other->is("just") || other->is("perfectly")
                    || other->is("totally") || other->is("also") || other->is("are")
                    || other->is("its") || other->is("that's") || other->is("it's")
                    || other->is("fine"))) {
                introduced = false;
                continue;
            }
            // (Polish "zadzwoń pod 22 306 88 10", "call at": no point of delivery's code)
            if (v == "pod" && other && phoneWords().contains(*other))
                continue;
            // ("the sim number is …", "SIM card"; Portuguese "sim é o …" is "yes, it's …")
            if (v == "sim"
                && !(!forward && k > 0 && (numberNoun(words[k - 1]) || words[k - 1].is("card")))) {
                introduced = false;
                continue;
            }
            // "Atención al socio: 900 102 334", "atención al cliente": a help desk's line
            if (!forward && raise && other && other->is("al") && k + 2 < count
                && words[k + 2].is("atencion"))
                return CtxPhone | CtxDecided | near;
            if (lowerWords().contains(w) && onIt && !onFile && !readBack && deferred == 0)
                deferred = CtxLower | version | CtxDecided | near;
            if (lowerWords().contains(w) && !onIt && !readBack)
                return CtxLower | version | CtxDecided | near;
            if (zipWords().contains(w))
                return CtxZip | (streetWords().contains(w) ? CtxStreet : 0) | CtxDecided | near;
            if (versionWords().contains(w))
                return CtxVersion | CtxDecided | near;
        }
        if (!introducers().contains(w) && !introducesBefore(w, k, forward)
            && !changedTo(words, count, k, forward))
            introduced = false;
    }
    return deferred;
}

// Whether the words read backwards from words[k] say "<a phone word> for (the) <words[k]>":
// "a phone for the receipt", "mobile for the booking", "callback number for this claim".
bool Scanner::purposeOfPhone(const Word *words, int k, int count)
{
    int j = k + 1;
    if (j < count
        && (words[j].is("the") || words[j].is("your") || words[j].is("this") || words[j].is("that")
            || words[j].is("my") || words[j].is("a")))
        ++j;
    if (!(j < count && words[j].is("for")))
        return false;
    ++j;
    if (j < count && (words[j].is("number") || words[j].is("no") || words[j].is("#")))
        ++j;
    // (the nouns only: "calling for order number …" is a call about the order)
    static const WordSet nouns{"phone",    "telephone", "cell",     "cellphone", "mobile",
                               "landline", "callback",  "whatsapp", "fax",       "contact",
                               "handy",    "celular",   "telefone", "telefono",  "portable"};
    return j < count && words[j].size > 0 && nouns.contains(words[j]);
}

// Whether the dotted number at pos is a version an upgrade went from or to: "upgraded the agent
// from 10.2.3.4 to 10.2.4.0", "firmware from 1.0.9.88 to 1.1.0.12", "Release notes 5.2.1.40".
// ("moved the server from 10.2.3.4 to 10.2.4.9" moves between addresses)
// Whether the dotted number at pos follows a version in a list or a sequence: "version 6.1.0.4
// and then 6.1.0.5 broke the sync", "builds 4.2.1.7, 4.2.1.8 or 4.2.2.0".
bool Scanner::nextVersionAt(int pos) const
{
    int q = pos;
    for (int words = 0; words < 3; ++words) {
        while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
            --q;
        if (q == 0 || !isAlpha(s[size_t(q - 1)]))
            break;
        const LetterWord w = letterWordBefore(s, q);
        const Word word = lowerWord(s, w.start, w.end);
        if (!(word.is("and") || word.is("then") || word.is("or") || word.is("vs")
              || word.is("versus") || word.is("also") || word.is("later")))
            return false;
        q = w.start;
    }
    if (q == pos || q == 0 || !isDigit(s[size_t(q - 1)]))
        return false;
    const int b = dottedNumberBefore(q);
    // (the same first part: a version after its own kind)
    return b >= 0 && s.substr(size_t(b), 2) == s.substr(size_t(pos), 2) && versionNamedAt(b);
}

// The start of the number written with two dots or more that ends at e ("3.15.184.185"), or -1.
int Scanner::dottedNumberBefore(int e) const
{
    int b = e, dots = 0;
    while (b > 0 && (isDigit(s[size_t(b - 1)]) || s[size_t(b - 1)] == '.')) {
        dots += s[size_t(b - 1)] == '.';
        --b;
    }
    return b == e || dots < 2 || !isDigit(s[size_t(b)]) ? -1 : b;
}

// Whether the words right before pos name a version ("firmware 3.15.184.185").
bool Scanner::versionNamedAt(int pos) const
{
    const int ctx = contextBefore(pos);
    return (ctx & CtxVersion) && (ctx & CtxNear);
}

bool Scanner::upgradeBefore(int pos) const
{
    static const WordSet upgrades{"upgraded", "updated",  "upgrade", "update",     "upgrading",
                                  "updating", "upgrades", "updates", "downgraded", "downgrade",
                                  "rolled",   "patched",  "flashed", "bumped"};
    LetterWord w = letterWordBefore(s, pos);
    if (w.end != pos && !(w.end < pos && s[size_t(w.end)] == ' '))
        return false;
    if (wordBeforeIs(s, pos, "notes") && wordBeforeIs(s, w.start, "release"))
        return true;
    // "… to B", "A → B", "A -> B": the version before says what B is
    int arrow = -1;
    {
        int q = pos;
        while (q > 0 && s[size_t(q - 1)] == ' ')
            --q;
        if (q >= 2 && s[size_t(q - 1)] == '>'
            && (s[size_t(q - 2)] == '-' || s[size_t(q - 2)] == '=' || s[size_t(q - 2)] == ' '))
            arrow = s[size_t(q - 2)] == ' ' ? q - 1 : q - 2;
    }
    if ((wordBeforeIs(s, pos, "to") && w.start >= 2) || arrow > 0) {
        int e = arrow > 0 ? arrow : w.start;
        while (e > 0 && s[size_t(e - 1)] == ' ')
            --e;
        const int b = dottedNumberBefore(e);
        if (b < 0)
            return false;
        if (versionNamedAt(b))
            return true;
        pos = b;
        w = letterWordBefore(s, pos);
    }
    // "upgraded (the agent) from A"
    if (!wordBeforeIs(s, pos, "from"))
        return false;
    // (what was updated may be an address: "updated the dns from 10.2.3.4 to 10.2.4.9")
    const WordSet &addresses = addressWords();
    int at = w.start;
    for (int k = 0; k < 3 && at > 0; ++k) {
        const LetterWord v = letterWordBefore(s, at);
        if (v.start == v.end)
            return false;
        const Word word = lowerWord(s, v.start, v.end);
        if (addresses.contains(word))
            return false;
        if (upgrades.contains(word))
            return true;
        at = v.start;
    }
    return false;
}

// A word shortened with a full stop just before pos ("order no. 8011352206", "Tel. 030 …",
// "ref. 4471"): no sentence ends there.
bool Scanner::abbreviationBefore(int pos) const
{
    const auto [w0, w1] = letterWordBefore(s, pos);
    // ("Pratica n. 2024/5531": "n." after a word)
    if (w1 == pos && w1 - w0 == 1 && (s[size_t(w0)] == 'n' || s[size_t(w0)] == 'N') && w0 >= 2
        && s[size_t(w0 - 1)] == ' ' && isAlpha(s[size_t(w0 - 2)]))
        return true;
    // (German compounds shortened to their "Nr.": "Kundennr.", "Bestellnr.", "Rechnungsnr.")
    if (w1 == pos && w1 - w0 >= 5 && w1 - w0 <= 24 && lower(s[size_t(w1 - 2)]) == 'n'
        && lower(s[size_t(w1 - 1)]) == 'r')
        return true;
    if (w1 != pos || w1 - w0 < 2 || w1 - w0 > 5)
        return false;
    const Word w = lowerWord(s, w0, w1);
    // (and German ones: "Kd.", "Az.", "Kto.", "Mitgl.-Nr."; the South Slavic "br." of "broj",
    // "бр.")
    static const WordSet abbreviations{"no",   "nr",  "num",  "tel", "ph",    "ref", "acct", "inv",
                                       "conf", "tkt", "cust", "mob", "fax",   "ord", "nos",  "nbr",
                                       "pol",  "kd",  "az",   "kto", "mitgl", "br"};
    return abbreviations.contains(w);
}

// The words before pos that say what the number there is. The search stops at digits, number
// words, sentence ends and brackets (a mask token), so that masking a neighbour never changes
// what is found here.
// Whether the word [a, q) may be a reference's letters written before its digits: in capitals,
// one to four ("MTR", "RN", "HYD", "W"; not "I", "A"), or in lower case two or three without a
// vowel ("ct", "rx"), or one letter said alone ("a g 7701438", "m o t 00219447"); not a word that
// says what a number is ("UK", "SSN", "TEL") nor one that introduces one.
bool Scanner::referencePrefix(int a, int q, const Word &w) const
{
    const int len = q - a;
    if (len < 1 || len > 4)
        return false;
    bool upper = true, vowel = false;
    for (int t = a; t < q; ++t) {
        const char c = s[size_t(t)];
        if (!isAlpha(c))
            return false;
        upper = upper && isUpper(c);
        const char l = lower(c);
        vowel = vowel || l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u' || l == 'y';
    }
    if (w.is("i") || w.is("a") || w.is("o"))
        return false;
    if (!(upper || len == 1 || (len <= 3 && !vowel)))
        return false;
    // (one letter in lower case only after another: "a g 7701438"; not "é 91793-9010", read
    // "x", nor Spanish "y")
    // (or after "is": "the account is b 0 0 9 9 1 4 2", "my ptin is p 0 1 2 …"; not "x", nor
    // "y", "e", "u", words of "and" and "or")
    if (len == 1 && !upper) {
        const LetterWord before = letterWordBefore(s, a);
        const char l = lower(s[size_t(a)]);
        const bool afterIs = before.end + 1 == a && lowerWord(s, before.start, before.end).is("is")
                             && l != 'x' && l != 'y' && l != 'e' && l != 'u';
        if (!(before.end + 1 == a && before.end - before.start == 1) && !afterIs)
            return false;
    }
    // (fillers of other languages written in capitals are letters: "member EK 442 118 907", an
    // airline's code, not Hindi "ek")
    const bool capitalsNoFiller
            = upper && (w.is("ek") || w.is("ji") || w.is("jap") || w.is("opo") || w.is("teka"));
    return !contextKeywords().contains(w) && !introducers().contains(w)
           && (!fillers().contains(w) || capitalsNoFiller) && !speakers().contains(w);
}

// Whether the token at pos has a dot between digits: an address or a version ("WAN
// 188.49.99.90"), whose letters before say what it is.
bool Scanner::dottedAt(int pos) const
{
    for (int t = pos; t + 1 < n && t - pos < 40 && (isAlnum(s[size_t(t)]) || s[size_t(t)] == '.');
         ++t) {
        if (s[size_t(t)] == '.' && t > pos && isDigit(s[size_t(t - 1)])
            && isDigit(s[size_t(t + 1)]))
            return true;
    }
    return false;
}

// Whether a form's or a letter's field label before `pos` names another number: "NIF da
// empresa: 509 442 013", "ABN for invoicing: …", "USt-IdNr.: DE 812 449 017", "Org.nr
// 556677-8899", "P.IVA IT 04421180961", "GST no. of her business …". The label's words (up to
// six, back to a line's start, a '|', a '/', a ';' or a ',') hold a word that lowers and none
// that says phone, SSN or card; without a colon, only a few words of what it is for stand
// between.
// A word that names a company's or a tax office's number.
static bool companyIdWord(const Word &w)
{
    static const WordSet s{"abn",         "acn",  "gst",          "nif",     "nip",   "nipc",
                           "nit",         "ruc",  "rfc",          "cuit",    "mst",   "kennitala",
                           "orgnr",       "org",  "regon",        "krs",     "kvk",   "btw",
                           "ico",         "dic",  "oib",          "mbs",     "piva",  "iva",
                           "vat",         "tva",  "ust",          "ustid",   "idnr",  "siret",
                           "siren",       "cnpj", "steuernummer", "hra",     "hrb",   "ein",
                           "fein",        "mva",  "intracom",     "adoszam", "vergi", "reg",
                           "registration"};
    return s.contains(w);
}

// Where the label of a field before pos ends: past the spaces, and past a country's letters
// before a company's number ("DE 812 449 017", "IT 0442…"); a colon, if any, is before it.
int Scanner::fieldLabelEnd(int pos) const
{
    int q = pos;
    while (q > 0 && s[size_t(q - 1)] == ' ')
        --q;
    if (q >= 3 && isUpper(s[size_t(q - 1)]) && isUpper(s[size_t(q - 2)])
        && s[size_t(q - 3)] == ' ') {
        q -= 3;
        while (q > 0 && s[size_t(q - 1)] == ' ')
            --q;
    }
    return q;
}

bool Scanner::fieldLabelLowers(int pos) const
{
    int q = fieldLabelEnd(pos);
    bool colon = false;
    if (q > 0 && s[size_t(q - 1)] == ':') {
        colon = true;
        --q;
    }
    // (a speaker's label is no field's: "Client : zéro sept, …", French spacing)
    if (colon) {
        const LetterWord w = letterWordBefore(s, q);
        if (w.start < w.end && labelEnd(w.start) == q + 1
            && speakers().contains(lowerWord(s, w.start, w.end)))
            return false;
        // ("CB nums on file: 408-555-0193": kept on file, no file's number)
        const Word lw = lowerWord(s, w.start, w.end);
        // (nor a person's label: "Account holder: oh two oh …", "Bill payer: …")
        if (w.start < w.end && personLabelWord(lw))
            return false;
        if (w.start < w.end && (lw.is("file") || lw.is("record") || lw.is("records"))
            && wordBeforeIs(s, w.start, "on"))
            return false;
    }
    // The words of the field read back from `from` (up to six; a line's end, a separator, a
    // colon or a digit ends them), each given to f(start, end, word); f returns false to stop.
    const auto eachWord = [&](int from, auto &&f) {
        int r = from, count = 0;
        while (r > 0 && count < 6) {
            const char c = s[size_t(r - 1)];
            // (and a chat's label: "Cliente> Então: …")
            if (c == '\n' || c == '|' || c == '/' || c == ';' || c == ',' || c == '"' || c == '['
                || c == ':' || c == '>' || isDigit(c))
                break;
            if (!isAlpha(c)) {
                --r;
                continue;
            }
            int a = r - 1;
            while (a > 0 && isAlpha(s[size_t(a - 1)]))
                --a;
            if (!f(a, r, lowerWord(s, a, r)))
                break;
            ++count;
            r = a;
        }
    };
    // Most fields hold no word that lowers: one look-up a word tells (the look-ups below are
    // many).
    const auto lowersWord = [&](const Word &w) {
        return lowerWords().contains(w) && !w.is("sort") && !w.is("code") && !w.is("confirm")
               && (colon || companyIdWord(w));
    };
    bool any = false;
    eachWord(q, [&](int, int, const Word &w) {
        any = lowersWord(w);
        return !any;
    });
    if (!any)
        return false;
    bool lowers = false, refused = false, request = false, code = false;
    int words = 0, others = 0;
    eachWord(q, [&](int, int end, const Word &w) {
        // (a speaker's label is no field: "Customer: …"; nor are words of a phone, an SSN, a
        // card or a country; nor a callback's request, "CB req:"; nor the number codes are sent
        // to, "Numero per OTP:", "Number for 2FA:")
        refused = (colon && words == 0 && end < n && s[size_t(end)] == ':'
                   && speakers().contains(w))
                  || phoneWords().contains(w) || ssnWords().contains(w) || cardWords().contains(w)
                  || countryWords().contains(w)
                  || (request && w.is("cb"))
                  // (a help desk's line: "Atención al socio: 900 102 334", "Member hotline:")
                  || w.is("atencion") || w.is("helpline") || w.is("hotline")
                  || (code
                      && (w.is("for") || w.is("per") || w.is("para") || w.is("pour") || w.is("fur")
                          || w.is("voor")));
        request = w.is("req") || w.is("request");
        code = w.is("otp") || w.is("sms") || w.is("tan") || w.is("2fa") || w.is("mfa")
               || w.is("codes") || w.is("codici") || w.is("codigos");
        if (refused)
            return false;
        // (with a colon, any word that lowers; without one, a company's or a tax office's
        // number: "Org.nr", "P.IVA IT", "GST no. of her business")
        if (lowersWord(w))
            lowers = true;
        else if (!numberNoun(w) && !introducers().contains(w) && !glueWords().contains(w)
                 && !introducersBefore().contains(w))
            ++others;
        ++words;
        return true;
    });
    if (refused)
        return false;
    return lowers && (colon ? others <= 3 : others <= 1);
}

// The number before "and" that is the first of a list with the number at pos, of as many digits
// written the same way ("txn ids 7712093311 and 7712093312", "bag tags 0125 334 221 and 0125
// 334 222"): its start, or -1.
int Scanner::listItemBefore(int pos) const
{
    if (pos >= n || !isDigit(s[size_t(pos)]))
        return -1;
    const auto digitsFrom = [&](int a, int limit) {
        int d = 0;
        while (a < limit
               && (isDigit(s[size_t(a)])
                   || ((s[size_t(a)] == ' ' || s[size_t(a)] == '-') && a + 1 < limit
                       && isDigit(s[size_t(a + 1)])))) {
            d += isDigit(s[size_t(a)]);
            ++a;
        }
        return std::pair{d, a};
    };
    const int size = digitsFrom(pos, n).first;
    int e = -1;
    // ("… 4374759671 & 8171296858", "… 4374759671, 8171296858")
    {
        int q = pos;
        while (q > 0 && s[size_t(q - 1)] == ' ')
            --q;
        if (q > 0 && (s[size_t(q - 1)] == '&' || s[size_t(q - 1)] == ',') && q < pos)
            e = q - 1;
    }
    if (e < 0) {
        const LetterWord w = letterWordBefore(s, pos);
        if (size < 4 || w.end == w.start || !(w.end < pos && s[size_t(w.end)] == ' '))
            return -1;
        // ("and", "or" in English and as others say them: "order 5102248810 en 5102248811")
        const Word joint = lowerWord(s, w.start, w.end);
        if (!(joint.is("and") || joint.is("or") || joint.is("en") || joint.is("und")
              || joint.is("et") || joint.is("y") || joint.is("e") || joint.is("ou")
              || joint.is("oder") || joint.is("och") || joint.is("og")))
            return -1;
        e = w.start;
    }
    if (size < 4)
        return -1;
    while (e > 0 && s[size_t(e - 1)] == ' ')
        --e;
    int b = e;
    while (b > 0
           && (isDigit(s[size_t(b - 1)])
               || ((s[size_t(b - 1)] == ' ' || s[size_t(b - 1)] == '-') && b >= 2
                   && isDigit(s[size_t(b - 2)]))))
        --b;
    if (b == e || (b > 0 && isWordChar(s[size_t(b - 1)])))
        return -1;
    const auto [d, end] = digitsFrom(b, e);
    return d == size && end == e ? b : -1;
}

// The '[' of a named array ("order_ids":[…], order_ids=[…]) that the number at pos is a member
// of, past the members before it (numbers, quoted or not): its position, or -1.
int Scanner::arrayOpenBefore(int pos) const
{
    if (pos <= 0 || pos >= n || !isDigit(s[size_t(pos)]))
        return -1;
    int q = pos;
    if (s[size_t(q - 1)] == '"')
        --q;
    for (int members = 0; members < 16; ++members) {
        while (q > 0 && s[size_t(q - 1)] == ' ')
            --q;
        if (q == 0)
            return -1;
        const char c = s[size_t(q - 1)];
        if (c == '[') {
            int b = q - 1;
            while (b > 0 && s[size_t(b - 1)] == ' ')
                --b;
            return b > 0 && (s[size_t(b - 1)] == ':' || s[size_t(b - 1)] == '=') ? q - 1 : -1;
        }
        if (c != ',')
            return -1;
        --q;
        while (q > 0 && s[size_t(q - 1)] == ' ')
            --q;
        const bool quoted = q > 0 && s[size_t(q - 1)] == '"';
        if (quoted)
            --q;
        const int e = q;
        while (q > 0 && e - q < 40
               && (isDigit(s[size_t(q - 1)]) || s[size_t(q - 1)] == '-'
                   || (s[size_t(q - 1)] == ' ' && quoted)))
            --q;
        if (q == e || (quoted && (q == 0 || s[size_t(q - 1)] != '"')))
            return -1;
        if (quoted)
            --q;
    }
    return -1;
}

// What a table's header says of the field at pos, when pos starts a field of a row of a table
// (fields parted by ';', a tab, '|', or commas with no space after them) whose first row names
// the fields: "num_pedido;fecha;importe\n40-118273;2025-03-02;129,90" (an order's number),
// "kdnr,name,steuer_id\n100455,Schmitt,49 218 730 516" (a tax id). Only what lowers (an order's,
// an invoice's, a tax office's, a device's number; a postcode, a version, an amount) counts:
// 0 otherwise.
int Scanner::tableContext(int pos) const
{
    // the field's start: digits, or a letter or a few before them ("F2025-00871")
    int f = pos;
    while (f > 0 && pos - f < 4 && isAlpha(s[size_t(f - 1)]))
        --f;
    // (a field in quotes: "\"account_no\",…\n\"00471109\",…")
    if (f > 1 && s[size_t(f - 1)] == '"')
        --f;
    if (f == 0)
        return 0;
    const char before = s[size_t(f - 1)];
    if (!(before == ';' || before == '\t' || before == '|' || before == ',' || before == '\n'))
        return 0;
    // the row
    const auto lineStart = [&](int q) {
        while (q > 0 && s[size_t(q - 1)] != '\n')
            --q;
        return q;
    };
    const auto lineEnd = [&](int q) {
        const void *nl = std::memchr(s.data() + q, '\n', size_t(n - q));
        return nl ? int(static_cast<const char *>(nl) - s.data()) : n;
    };
    const int ls = lineStart(f);
    if (ls == 0)
        return 0; // (the first line: a header, or no table)
    const int le = lineEnd(f);
    const auto count = [&](int a, int b, char sep) {
        int k = 0;
        for (int q = a; q < b; ++q)
            k += s[size_t(q)] == sep && (sep != ',' || q + 1 >= b || s[size_t(q + 1)] != ' ');
        return k;
    };
    char sep = 0;
    int fields = 0;
    for (const char c : {';', '\t', '|', ','}) {
        const int k = count(ls, le, c);
        if (k >= 2) {
            sep = c;
            fields = k;
            break;
        }
    }
    if (sep == 0 || (before != sep && before != '\n'))
        return 0;
    const int column = count(ls, f, sep);
    // the header: the first row of the rows with as many fields, read up from this one (known
    // rows of the table read last are not read again)
    int header = -1, headerEnd = -1;
    if (table.sep == sep && table.fields == fields && table.headerEnd < ls && table.lastRow >= 0
        && table.lastRow <= ls) {
        int row = table.lastRow;
        bool same = true;
        while (row < ls && same) {
            const int next = lineEnd(row) + 1;
            same = next <= ls && count(next, lineEnd(next), sep) == fields;
            row = next;
        }
        if (same) {
            header = table.headerStart;
            headerEnd = table.headerEnd;
        }
    }
    if (header < 0) {
        int row = ls;
        for (int rows = 0; rows < 400 && row > 0; ++rows) {
            const int prev = lineStart(row - 1);
            if (count(prev, row - 1, sep) != fields)
                break;
            row = prev;
        }
        if (row == ls)
            return 0;
        header = row;
        headerEnd = lineEnd(row);
    }
    table = {sep, fields, header, headerEnd, ls};
    // the header's field at that column: words, no number among them
    int a = header, k = 0;
    while (a < headerEnd && k < column) {
        k += s[size_t(a)] == sep;
        ++a;
    }
    int b = a;
    while (b < headerEnd && s[size_t(b)] != sep)
        ++b;
    // (a row of data, no header: a field with digits and no letter; "card_last4" is a name)
    for (int q = header, letters = 0, digits = 0; q <= headerEnd; ++q) {
        if (q == headerEnd || s[size_t(q)] == sep) {
            if (digits > 0 && letters == 0)
                return 0;
            letters = digits = 0;
            continue;
        }
        letters += isAlpha(s[size_t(q)]);
        digits += isDigit(s[size_t(q)]);
    }
    bool lowers = false, version = false, phoneColumn = false, others = false;
    for (int q = a; q < b;) {
        if (!isAlpha(s[size_t(q)])) {
            ++q;
            continue;
        }
        // a word, parted at '_', '-', '.', spaces and a capital after a small letter
        int e = q + 1;
        while (e < b && isAlpha(s[size_t(e)])
               && !(isUpper(s[size_t(e)]) && !isUpper(s[size_t(e - 1)])))
            ++e;
        const Word w = lowerWord(s, q, e);
        if (w.size > 0) {
            // (a phone's column in a call log: "numero_appelant", "caller_id", "src", "dst")
            static const WordSet phones{
                    "msisdn",   "telefone",  "telefono",  "telefoon", "handy",       "celular",
                    "iban",     "ip",        "email",     "mail",     "caller",      "callerid",
                    "appelant", "appele",    "chiamante", "chiamato", "llamante",    "llamado",
                    "anrufer",  "angerufen", "ani",       "dnis",     "cli",         "src",
                    "dst",      "origem",    "destino",   "origen",   "destination", "beller",
                    "gebeld",   "movil",     "mobiel",    "portable", "cellulare",   "gsm"};
            // (a phone's column says what its numbers are: "Owen Price","029 2018 0432" under
            // "Phone" is no price; not "contact_id", "manager_ext")
            static const WordSet phoneColumns{
                    "phone",    "telephone", "tel",     "mobile",  "cell",     "cellphone",
                    "fax",      "landline",  "mob",     "telefon", "telefono", "telefone",
                    "telefoon", "handy",     "celular", "movil",   "mobiel",   "mobil",
                    "portable", "cellulare", "gsm",     "msisdn",  "whatsapp", "phones"};
            phoneColumn = phoneColumn || phoneColumns.contains(w);
            if (phoneWords().contains(w) || ssnWords().contains(w) || cardWords().contains(w)
                || phones.contains(w)) {
                others = others || !phoneColumns.contains(w);
                q = e;
                continue;
            }
            version = version || versionWords().contains(w);
            // A field's name that lowers besides the context words: a number's abbreviations,
            // other countries' ids, sums ("insured_value", "premium", "limit"; not "value"
            // alone: a key-value table's values are anything, phones among them)
            static const WordSet fieldNames{
                    "id",      "nr",      "no",      "num",    "numero", "nummer", "ref",
                    "ean",     "imei",    "siret",   "siren",  "kvk",    "btw",    "iva",
                    "tva",     "ust",     "nif",     "cif",    "dni",    "cpf",    "cnpj",
                    "bsn",     "cap",     "cp",      "kdnr",   "sku",    "serie",  "serienummer",
                    "steuer",  "fiscale", "partita", "cod",    "codice", "codigo", "insured",
                    "premium", "limit",   "salary",  "income", "fee",    "deposit"};
            lowers = lowers || fieldNames.contains(w) || lowerWords().contains(w)
                     || zipWords().contains(w) || versionWords().contains(w)
                     || otherFieldWords().contains(w) || currencyWords().contains(w)
                     || compoundNumberName(w.view());
        }
        q = e;
    }
    if (phoneColumn && !lowers && !others)
        return CtxPhone | CtxDecided | CtxNear;
    if (phoneColumn || others)
        return 0;
    // (a version's column: "firmware", "versão" hold no addresses)
    if (version)
        return CtxVersion | CtxDecided | CtxNear;
    return lowers ? CtxLower | CtxDecided | CtxNear : 0;
}

int Scanner::contextBefore(int pos) const
{
    // A time in seconds since 1970 as a log's or a record's field gives it, ten digits after a
    // key that names a time ("t=1713952769", "start=1695900078", "\"updated\": 1696368416"):
    // no phone number (none starts with 1 as ten digits in North America)
    if (pos >= 3 && pos + 10 <= n && s[size_t(pos)] == '1'
        && (pos + 10 == n || !isAlnum(s[size_t(pos + 10)]))) {
        bool ten = true;
        for (int k = 1; k < 10 && ten; ++k)
            ten = isDigit(s[size_t(pos + k)]);
        int k = pos;
        if (ten && s[size_t(k - 1)] == ' ' && s[size_t(k - 2)] == ':')
            --k; // (JSON written with a space: "\"at\": 17…")
        const bool key = ten
                         && (s[size_t(k - 1)] == '='
                             || (s[size_t(k - 1)] == ':' && k >= 2 && s[size_t(k - 2)] == '"'));
        if (key) {
            int e = k - 1 - (s[size_t(k - 1)] == ':' ? 1 : 0);
            int b = e;
            while (b > 0 && (isAlnum(s[size_t(b - 1)]) || s[size_t(b - 1)] == '_') && e - b < 31)
                --b;
            const Word name = lowerWord(s, b, e);
            const std::string_view v = name.view();
            const auto endsWith = [&](std::string_view x) {
                return v.size() > x.size() && v.substr(v.size() - x.size()) == x
                       && v[v.size() - x.size() - 1] == '_';
            };
            if (v == "t" || v == "ts" || v == "time" || v == "timestamp" || v == "epoch"
                || v == "start" || v == "end" || v == "at" || v == "updated" || v == "created"
                || v == "modified" || v == "expires" || v == "exp" || v == "iat" || v == "nbf"
                || v == "since" || v == "until" || endsWith("ts") || endsWith("time")
                || endsWith("at") || endsWith("epoch") || endsWith("timestamp"))
                return CtxLower | CtxDecided | CtxNear;
        }
    }
    // A bank's routing number (nine digits that pass the ABA check) after the word for it, a
    // few words back: "the routing number, like 238706765" (not an SSN)
    if (pos + 9 <= n && pos >= 8 && (pos + 9 == n || !isAlnum(s[size_t(pos + 9)]))
        && !isAlnum(s[size_t(pos - 1)])) {
        int sum = 0;
        bool digits = true;
        static constexpr int kWeights[9] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
        for (int k = 0; k < 9 && digits; ++k) {
            digits = isDigit(s[size_t(pos + k)]);
            sum += digits ? kWeights[k] * (s[size_t(pos + k)] - '0') : 0;
        }
        if (digits && sum % 10 == 0) {
            const int from = std::max(0, pos - 80);
            std::string before;
            for (int k = from; k < pos; ++k)
                before.push_back(lower(s[size_t(k)]));
            // (and no SSN named after that word: "routing 021000021, my social 219099999")
            size_t named = before.rfind("routing");
            if (const size_t aba = before.rfind("aba");
                aba != std::string::npos && (named == std::string::npos || aba > named))
                named = aba;
            if (named != std::string::npos) {
                const std::string_view after = std::string_view(before).substr(named);
                if (after.find("social") == std::string_view::npos
                    && after.find("ssn") == std::string_view::npos
                    && after.find("itin") == std::string_view::npos
                    && after.find("security") == std::string_view::npos)
                    return CtxLower | CtxDecided | CtxNear;
            }
        }
    }
    // A table's field: what its header says of it, when that lowers.
    if (pos > 0
        && (s[size_t(pos - 1)] == ';' || s[size_t(pos - 1)] == ',' || s[size_t(pos - 1)] == '\t'
            || s[size_t(pos - 1)] == '|' || s[size_t(pos - 1)] == '\n' || s[size_t(pos - 1)] == '"'
            || isAlpha(s[size_t(pos - 1)]))) {
        if (const int t = tableContext(pos); t != 0)
            return t;
    }
    // A member of an array says what the array's name says when that lowers:
    // "order_ids":[4410120379, 5520091733]
    if (const int open = arrayOpenBefore(pos); open >= 0) {
        const int ctx = contextBefore(open);
        if ((ctx & CtxLowering) && (ctx & CtxDecided))
            return ctx;
    }
    // The second of a list says what the first says when that lowers.
    if (const int first = listItemBefore(pos); first >= 0) {
        const int ctx = contextBefore(first);
        if ((ctx & CtxLowering) && (ctx & CtxDecided))
            return ctx;
    }
    const int ctx = wordsBefore(pos);
    // (a mobile wallet's account is its holder's mobile: after "Opay" or "Palmpay" ten digits
    // are the account, eleven from 0 the mobile itself, "Palmpay 09072246183"; so after
    // "JazzCash account", "Easypaisa", "bKash", "Nagad": "جاز کیش اکاؤنٹ 0301-2468135")
    if ((ctx & CtxLower) && pos + 11 <= n && s[size_t(pos)] == '0') {
        // eleven digits, one dash or space among them after the fourth or the fifth
        int q = pos, digits = 0, seps = 0;
        while (q < n && digits < 11) {
            if (isDigit(s[size_t(q)])) {
                ++digits;
            } else if ((s[size_t(q)] == '-' || s[size_t(q)] == ' ') && seps == 0
                       && (digits == 4 || digits == 5) && q + 1 < n && isDigit(s[size_t(q + 1)])) {
                ++seps;
            } else {
                break;
            }
            ++q;
        }
        const bool eleven = digits == 11 && (q == n || !isAlnum(s[size_t(q)]));
        bool wallet = false;
        int b = pos;
        for (int k = 0; k < 3 && eleven && !wallet; ++k) {
            const LetterWord w = letterWordBefore(s, b);
            if (w.start >= w.end || b - w.end > 2)
                break;
            const Word name = lowerWord(s, w.start, w.end);
            wallet = name.is("opay") || name.is("palmpay") || name.is("moniepoint")
                     || name.is("jazzcash") || name.is("easypaisa") || name.is("bkash")
                     || name.is("nagad") || name.is("upaisa") || name.is("sadapay")
                     || name.is("nayapay") || (name.is("cash") && wordBeforeIs(s, w.start, "jazz"))
                     || (name.is("paisa") && wordBeforeIs(s, w.start, "easy"));
            b = w.start;
        }
        if (wallet)
            return 0;
    }
    // (a code's length: "my code is 0161 496 0000" is a phone number still)
    if (ctx & CtxShortCode) {
        int digits = 0;
        for (int q = pos; q < n && digits <= 8; ++q) {
            if (isDigit(s[size_t(q)]))
                ++digits;
            else if (!((s[size_t(q)] == ' ' || s[size_t(q)] == '-' || s[size_t(q)] == '.')
                       && q + 1 < n && isDigit(s[size_t(q + 1)])))
                break;
        }
        return digits > 8 ? 0 : ctx & ~CtxShortCode;
    }
    return ctx;
}

// Whether the capitalised word ending at `end` and at most one more such word before it stand
// between a lowering noun and the word that says a number follows (`marker`: "no", "nr", "n",
// "number", "br"): "Factura Enel nr.", "racun Crnogorski Telekom br.".
bool Scanner::brandBetween(int end, const Word &marker) const
{
    if (!(numberNoun(marker) || marker.is("br") || marker.is("broj")))
        return false;
    int a = end;
    for (int names = 0; names < 2; ++names) {
        const LetterWord name = letterWordBefore(s, a);
        if (name.start >= name.end || name.end != a || !isUpper(s[size_t(name.start)]))
            return false;
        const Word nw = lowerWord(s, name.start, name.end);
        if (contextKeywords().contains(nw) || introducers().contains(nw)
            || possessives().contains(nw) || speakers().contains(nw) || numberNoun(nw))
            return false;
        const LetterWord noun = letterWordBefore(s, name.start);
        if (noun.start >= noun.end || noun.end + 1 != name.start || s[size_t(noun.end)] != ' ')
            return false;
        const Word nn = lowerWord(s, noun.start, noun.end);
        if (lowerWords().contains(nn) && !phoneWords().contains(nn) && !cardWords().contains(nn)
            && !ssnWords().contains(nn) && !speakers().contains(nn))
            return true;
        a = name.start;
    }
    return false;
}

int Scanner::wordsBefore(int pos) const
{
    // A field's label: with a colon it is read first; without one only a company's or a tax
    // office's word makes one, which the words read below tell (see the end).
    const int labelAt = fieldLabelEnd(pos);
    const bool colonLabel = labelAt > 0 && s[size_t(labelAt - 1)] == ':';
    if (colonLabel && fieldLabelLowers(pos))
        return CtxLower | CtxDecided | CtxNear;
    Word words[7];
    int count = 0;
    int prefixWords = 0, prefixEdge = pos;
    int spelledLetters = 0; // letters said one by one right before the number
    int lowerFrom = 7;      // words from here on were read past a mask: they may only lower
    int turnsCrossed = 0;   // speakers' labels read past
    bool cepOnly = false;   // "cep" in lower case right before the number (see below)
    int q = pos;
    while (q > 0 && count < 7 && pos - q < 96) {
        const char c = s[size_t(q - 1)];
        // the mark of a turn (">>", "<v Caller>", "[ch1]", "|cust|", "Tom (agent):") is no
        // word of what was said
        if (c == '>' || c == ']' || c == '|' || c == ')' || c == ':') {
            int b = turnMarkerStartBefore(q);
            if (b < 0 && c == ':' && q >= 2 && isDigit(s[size_t(q - 2)]))
                b = labelStartBefore(q); // "Speaker 2:"
            // (a speaker's label as French sets it: "Client : zéro sept, …")
            if (b < 0 && c == ':' && q >= 2 && s[size_t(q - 2)] == ' ') {
                const LetterWord w = letterWordBefore(s, q - 1);
                if (w.start < w.end && labelEnd(w.start) == q)
                    b = w.start;
            }
            // (two turns back the words are of another exchange: "… about your claim CALLER:
            // yeah that's me AGENT: is zero six four six five …")
            if (b >= 0 && ++turnsCrossed >= 2 && count > 0)
                break;
            if (b >= 0) {
                q = b;
                continue;
            }
        }
        // A mask token of a number ("[CARD]"): what stood there was part of this chain or of
        // another. Read on, past digits too, but only for words that lower ("order number
        // 5129637 [CARD] 19352 5910"): masking a neighbour must never make a number more of a
        // phone number than it was.
        if (c == ']') {
            PiiKind kind = PiiKind::Email;
            const int a = maskTokenBefore(s, q, &kind);
            if (a >= 0
                && (kind == PiiKind::Phone || kind == PiiKind::Card || kind == PiiKind::Ssn)) {
                lowerFrom = std::min(lowerFrom, count);
                q = a;
                continue;
            }
            break;
        }
        if (isAlpha(c) || c == '#') {
            int a = q - 1;
            while (a > 0 && (isAlpha(s[size_t(a - 1)]) || s[size_t(a - 1)] == '\''))
                --a;
            if (c == '#') {
                words[count++] = lowerWord(s, q - 1, q);
                --q;
                continue;
            }
            // a speaker's word without a colon that opens a line ("agent ok\nstudent six oh
            // …"): the mark of a turn, as "Student:" is
            if ((a == 0 || s[size_t(a - 1)] == '\n') && (q == n || s[size_t(q)] == ' ')
                && labelEnd(a) == q) {
                if (++turnsCrossed >= 2 && count > 0)
                    break;
                q = a;
                continue;
            }
            // Said letter by letter ("p o l seven seven …", "i n c oh oh one …", "capital k
            // seven …", "r e f dash two oh …"): any letter beside another one said alone, the
            // letter after "capital", and "dash" between the letters and the digits.
            const bool adjacent = q == prefixEdge || (q + 1 == prefixEdge && s[size_t(q)] == ' ');
            if (count == 0 && lowerFrom == 7 && adjacent && prefixWords == 0 && q - a >= 4 && a >= 2
                && s[size_t(a - 1)] == ' ' && isAlpha(s[size_t(a - 2)])
                && (a == 2 || !isAlpha(s[size_t(a - 3)]))
                && (lowerWord(s, a, q).is("dash") || lowerWord(s, a, q).is("hyphen"))) {
                prefixEdge = a;
                q = a;
                continue;
            }
            if (count == 0 && lowerFrom == 7 && adjacent && wantSpoken && q - a == 1
                && isAlpha(s[size_t(a)]) && prefixWords < 6) {
                const LetterWord before = letterWordBefore(s, a);
                const bool letterBefore = before.end + 1 == a && before.end - before.start == 1;
                const Word b = lowerWord(s, before.start, before.end);
                const bool capital = before.end + 1 == a
                                     && (b.is("capital") || b.is("small") || b.is("lowercase")
                                         || b.is("uppercase")
                                         // a hex number's "0x" said: "oh x eight oh oh …"
                                         || (s[size_t(a)] == 'x' && (b.is("oh") || b.is("zero"))));
                if (spelledLetters > 0 || letterBefore || capital) {
                    ++prefixWords;
                    ++spelledLetters;
                    prefixEdge = a;
                    q = a;
                    if (capital) {
                        spelledLetters = std::max(spelledLetters, 2);
                        q = before.start;
                        prefixEdge = before.start;
                    }
                    continue;
                }
            }
            // (a number word that names a number too is read as that: "n° TVA FR 40 303 …")
            if (numberWord(s, a, q).kind != NumKind::None && wantSpoken
                && !(isUpper(s[size_t(a)]) && lowerWords().contains(lowerWord(s, a, q)))) {
                if (count < lowerFrom)
                    break;
                q = a; // past a mask: number words are skipped
                continue;
            }
            Word w = lowerWord(s, a, q);
            // (Scotland's CHI number is written in capitals or named so, "my chi number is …";
            // Vietnamese "chị", a woman one speaks to or of, is no word of a number: "số điện
            // thoại của chị là …")
            if (w.is("chi") && !(isUpper(s[size_t(a)]) && isUpper(s[size_t(a + 1)]))) {
                const int f = q < n && s[size_t(q)] == ' ' ? q + 1 : q;
                const Word next = lowerWord(s, f, wordEnd(f));
                if (!(next.is("number") || next.is("no") || next.is("num")))
                    w = Word{};
            }
            // A reference's letters before its digits ("policy number is MTR 0 0 7 1 4 4 2 9",
            // "the reference is RN 0074192", "ticket F T 4 0 0 8 8 1 3", "rx 6604192"): no
            // word of what the number is; the words before them may only lower it.
            if (count == 0 && lowerFrom == 7 && prefixWords < 3 && q - a <= 4 && !dottedAt(pos)
                && adjacent && referencePrefix(a, q, w)) {
                ++prefixWords;
                prefixEdge = a;
                q = a;
                continue;
            }
            if (prefixWords > 0)
                lowerFrom = std::min(lowerFrom, count);
            // A surname that is a word of sums or references too, after a first name: "Owen
            // Price, 029 2018 1432", "Maria Case 0412 …" (the name says nothing of the number)
            if (q - a >= 3 && isUpper(s[size_t(a)]) && !isUpper(s[size_t(a + 1)])
                && (w.is("price") || w.is("case") || w.is("bill") || w.is("cost") || w.is("fee")
                    || w.is("booking") || w.is("ward") || w.is("banks") || w.is("money"))) {
                const LetterWord first = letterWordBefore(s, a);
                const Word fw = lowerWord(s, first.start, first.end);
                if (first.end + 1 == a && first.end - first.start >= 3
                    && isUpper(s[size_t(first.start)]) && !isUpper(s[size_t(first.start + 1)])
                    && !emailStopWords().contains(fw) && !contextKeywords().contains(fw)
                    && !fw.is("new") && !fw.is("open") && !fw.is("closed") && !fw.is("old")
                    && !fw.is("total") && !fw.is("unit") && !fw.is("list") && !fw.is("sale")) {
                    words[count] = Word();
                    words[count].size = 0;
                    ++count;
                    q = first.start;
                    continue;
                }
            }
            // "let me check", "I'll just check": a verb, no cheque's number
            if (w.size == 5 && w.text[0] == 'c' && w.is("check")) {
                const LetterWord before = letterWordBefore(s, a);
                const Word who = lowerWord(s, before.start, before.end);
                if (before.end + 1 == a
                    && (who.is("me") || who.is("to") || who.is("i") || who.is("ll")
                        || who.is("just") || who.is("can") || who.is("will") || who.is("gonna")
                        || who.is("double") || who.is("quickly"))) {
                    q = a;
                    continue;
                }
            }
            // "the SSA card shows …", "my social security card says …": an SSN's card
            if (w.size == 4 && w.text[0] == 'c' && count <= 2 && w.is("card")) {
                const LetterWord before = letterWordBefore(s, a);
                const Word whose = lowerWord(s, before.start, before.end);
                if (before.end + 1 == a
                    && (whose.is("ssa") || whose.is("ssn") || whose.is("ss")
                        || whose.is("security"))) {
                    words[count++] = lowerWord("ssn", 0, 3);
                    q = before.start;
                    continue;
                }
            }
            // "CEP" in capitals: a Brazilian postcode (Turkish "Cep no" is a mobile)
            // (or before a postcode's shape, 00000-000)
            const auto cepShape = [&] {
                for (int k = 0; k < 9; ++k)
                    if (pos + k >= n
                        || (k == 5 ? s[size_t(pos + k)] != '-' : !isDigit(s[size_t(pos + k)])))
                        return false;
                return pos + 9 == n || !isDigit(s[size_t(pos + 9)]);
            };
            // (lower case right before the number: a postcode of eight digits at most)
            if (w.size == 3 && w.is("cep")
                && (isUpper(s[size_t(a + 1)]) || cepShape() || count == 0)) {
                cepOnly = count == 0 && !isUpper(s[size_t(a + 1)]) && !cepShape();
                words[count++] = lowerWord("zip", 0, 3);
                q = a;
                continue;
            }
            // Pakistan's "UAN", a company's universal access number (111-331-331, after a city's
            // code 042-111-225-111), is a phone; India's (twelve digits, a provident fund's
            // account) is none
            if (w.size == 3 && count == 0 && w.is("uan")) {
                std::string d;
                for (int t = pos;
                     t < n && d.size() < 13
                     && (isDigit(s[size_t(t)]) || s[size_t(t)] == '-' || s[size_t(t)] == ' ');
                     ++t)
                    if (isDigit(s[size_t(t)]))
                        d.push_back(s[size_t(t)]);
                if ((d.size() == 9 && d.compare(0, 3, "111") == 0)
                    || (d.size() == 12 && d[0] == '0' && d.compare(3, 3, "111") == 0)) {
                    words[count++] = lowerWord("phone", 0, 5);
                    q = a;
                    continue;
                }
            }
            // "a/c": an account ("loan a/c 00123458761")
            if (w.size == 1 && w.text[0] == 'c' && a >= 2 && s[size_t(a - 1)] == '/'
                && (s[size_t(a - 2)] | 0x20) == 'a' && (a == 2 || !isAlnum(s[size_t(a - 3)]))) {
                words[count++] = lowerWord("account", 0, 7);
                q = a - 2;
                continue;
            }
            // a VAT number's country before its digits: "n° TVA FR 40 303 265 045"
            if (q - a == 2 && isUpper(s[size_t(a)]) && isUpper(s[size_t(a + 1)]) && count == 0) {
                const LetterWord before = letterWordBefore(s, a);
                const Word vat = lowerWord(s, before.start, before.end);
                if (before.end + 1 == a
                    && (vat.is("tva") || vat.is("vat") || vat.is("iva") || vat.is("btw")
                        || vat.is("ust") || vat.is("mwst"))) {
                    q = a;
                    continue;
                }
            }
            // "sort of", "kind of": a hedge, no sort code
            if (w.size == 4 && count > 0 && (w.is("sort") || w.is("kind"))
                && words[count - 1].is("of")) {
                --count;
                q = a;
                continue;
            }
            // "the first part is 020, …": a piece's place in the number, no part number
            if ((w.size == 3 || w.size == 4)
                && (w.text[0] == 'p' || w.text[0] == 'b' || w.text[0] == 'h')
                && (w.is("part") || w.is("bit") || w.is("half"))) {
                const LetterWord before = letterWordBefore(s, a);
                const Word place = lowerWord(s, before.start, before.end);
                if (before.end + 1 == a
                    && (place.is("first") || place.is("second") || place.is("last")
                        || place.is("next") || place.is("other") || place.is("final")
                        || place.is("third") || place.is("remaining"))) {
                    q = before.start;
                    continue;
                }
            }
            // "the case number's 0 7 7 3 9 1 4 2": the word before "'s"
            // French and Italian elision: "d'adhérent", "l'ordine" read as their word
            if (w.size > 2 && w.text[1] == '\'' && (w.text[0] == 'd' || w.text[0] == 'l'))
                w = lowerWord(s, a + 2, q);
            // ("the customer's number", "the caller's number": a person's, said as "his"; not
            // "the customer number")
            if (w.size > 2 && w.text[w.size - 2] == '\'' && w.text[w.size - 1] == 's'
                && !contextKeywords().contains(w)) {
                Word stem = lowerWord(s, a, q - 2);
                if (speakers().contains(stem) && lowerWords().contains(stem)) {
                    static const char his[] = "his";
                    std::memcpy(w.text, his, 3);
                    w.size = 3;
                    w.rehash();
                } else if (contextKeywords().contains(stem)) {
                    w = stem;
                }
            }
            // A hesitation says nothing and takes no place among the words read ("… the phone
            // number on the account / caller: um it's 713-512-7313")
            // (so a hesitation between commas is no clause either: "the order was, uh, 7 7 1 0")
            if (hesitationWord(w)) {
                q = a;
                continue;
            }
            // ... nor a yes that opens the answer's turn ("<caller> yeah yeah it's nine won five
            // …"; not "I'm calling about my account, yes, 702 …", where it ends a clause)
            if (w.is("yeah") || w.is("yep") || w.is("yes") || w.is("mhm")) {
                int b = a;
                for (int more = 0; more < 4; ++more) {
                    while (b > 0 && s[size_t(b - 1)] == ' ')
                        --b;
                    const LetterWord lw = letterWordBefore(s, b);
                    const Word x = lowerWord(s, lw.start, lw.end);
                    if (lw.start < lw.end && lw.end == b
                        && (x.is("yeah") || x.is("yep") || x.is("yes") || x.is("um") || x.is("uh")))
                        b = lw.start;
                    else
                        break;
                }
                if (b == 0 || s[size_t(b - 1)] == ':' || s[size_t(b - 1)] == '>'
                    || s[size_t(b - 1)] == ']' || s[size_t(b - 1)] == '\n') {
                    q = a;
                    continue;
                }
            }
            // What the number is linked or registered to names no number of its own ("the
            // mobile linked with Aadhaar is 98450 …", "the phone registered to my PAN"): read on
            // before it.
            // (not right before it: "linked to account 2093847712" is the account's)
            if (count == 1 && lowerWords().contains(w)) {
                int b = a;
                LetterWord lw = letterWordBefore(s, b);
                Word x = lowerWord(s, lw.start, lw.end);
                if (lw.end + 1 == b && (possessives().contains(x) || x.is("the"))) {
                    b = lw.start;
                    lw = letterWordBefore(s, b);
                    x = lowerWord(s, lw.start, lw.end);
                }
                if (lw.end + 1 == b && (x.is("with") || x.is("to"))) {
                    const LetterWord vw = letterWordBefore(s, lw.start);
                    const Word verb = lowerWord(s, vw.start, vw.end);
                    if (vw.end + 1 == lw.start
                        && (verb.is("linked") || verb.is("registered") || verb.is("connected")
                            || verb.is("attached") || verb.is("associated") || verb.is("tied")
                            || verb.is("mapped") || verb.is("seeded"))) {
                        q = vw.start;
                        continue;
                    }
                }
            }
            // "about", "regarding": what follows is the subject, not a number given ("call back
            // about 907-39-7450"); the words before it say nothing of it.
            const std::string_view v = w.view();
            if (w.size > 0 && count < lowerFrom
                && (v == "about" || v == "regarding" || v == "concerning" || v == "re"))
                break;
            // A speaker's label ("Customer:") is no word of what was said, nor a word of address
            // ("my number po 0915…", "it's madam 0412…").
            // ("PO 4500118273" in capitals: a purchase order, not the word of address)
            // (and "po number", "po #")
            const bool purchaseOrder = w.is("po")
                                       && ((isUpper(s[size_t(a)]) && isUpper(s[size_t(a + 1)]))
                                           || (count > 0 && numberNoun(words[count - 1])));
            const bool label = q < n && s[size_t(q)] == ':' && speakers().contains(w);
            // (two turns back the words are of another exchange: "… about your claim CALLER:
            // yeah that's me AGENT: is zero six four six five …")
            if (label && ++turnsCrossed >= 2 && count > 0)
                break;
            // A brand's name between a number's noun and its "no." ("Factura Enel nr.",
            // "compteur SODECI n°", "invoice Acme no."; up to two words, in capitals or
            // capitalised): the noun before the name says what the number is.
            if (count == 1 && isUpper(s[size_t(a)]) && brandBetween(q, words[0])) {
                q = a;
                continue;
            }
            if (!label && (!addressWord(w) || purchaseOrder)) {
                // ("your account number with us is …": "us" in lower case is no country)
                if (w.is("us") && !isUpper(s[size_t(a)]))
                    words[count++] = lowerWord("we", 0, 2);
                else
                    words[count++] = w;
            }
            q = a;
            continue;
        }
        if (isDigit(c)) {
            bool skipped = false;
            for (auto it = negatives.rbegin(); it != negatives.rend() && it->second >= q - 1;
                 ++it) {
                if (it->first <= q - 1 && q - 1 < it->second) {
                    q = it->first;
                    skipped = true;
                    break;
                }
            }
            if (skipped) {
                // "5 pm": the unit read before the time says nothing either.
                // (a count of orders or tickets names what follows: "I have 2 orders, 4410 2297
                // and 4410 2301")
                while (count > 0 && units().contains(words[count - 1])
                       && !lowerWords().contains(words[count - 1]))
                    --count;
                continue;
            }
            if (count >= lowerFrom) {
                --q;
                continue;
            }
            break;
        }
        // A field's id ("contact_id", "user_id"), though not a tax id: no number of a person.
        if (c == '_' && count == 1 && lowerFrom == 7 && words[0].view() == "id") {
            const auto [b, e] = letterWordBefore(s, q - 1);
            const Word word = lowerWord(s, b, e);
            const std::string_view field = word.view();
            // ("caller_id", "callerid": the number that called)
            if (e == q - 1 && b < e && (field == "caller" || field == "wa"))
                return CtxPhone | CtxDecided | CtxNear;
            if (e == q - 1 && b < e && field != "tax" && field != "national" && field != "ssn")
                return CtxLower | CtxDecided | CtxNear;
        }
        // (a quoted field of a row before it says nothing of it: `,"billing
        // dispute",971-897-6163,`)
        if (c == ',' && count == 0 && q >= 2 && s[size_t(q - 2)] == '"')
            break;
        if (c == ' ' || c == ',' || c == ':' || c == '\'' || c == '"' || c == '-' || c == '('
            || c == '\t' || c == '=' || c == '*' || c == '_'
            || (count >= lowerFrom && (c == '.' || c == '/'))
            || (c == '.' && abbreviationBefore(q - 1))
            // (a pause right before the number: "mi móvil... seis ocho nueve")
            || (c == '.' && count == 0 && q >= 3 && s[size_t(q - 2)] == '.'
                && s[size_t(q - 3)] == '.')) {
            // A clause ends at a comma or a dash between spaces: words before it may still say
            // "phone", but no longer "order number".
            if ((c == ',' || (c == '-' && q >= 2 && s[size_t(q - 2)] == ' ')) && count > 0
                && words[count - 1].size != 0 && count < 7) {
                words[count] = Word();
                words[count].size = 0;
                ++count;
            }
            --q;
            continue;
        }
        break;
    }
    if (!colonLabel) {
        // (and the word the reading stopped at, before a dot: "Org.nr …")
        bool company = false;
        for (int k = 0; k < count && !company; ++k)
            company = words[k].size > 0 && companyIdWord(words[k]);
        if (!company && q > 1 && s[size_t(q - 1)] == '.') {
            const auto [b, e] = letterWordBefore(s, q - 1);
            company = b < e && e == q - 1 && companyIdWord(lowerWord(s, b, e));
        }
        if (company && fieldLabelLowers(pos))
            return CtxLower | CtxDecided | CtxNear;
    }
    // A system's id of a call or a contact ("call ID 7744120", "interaction id …"): not the
    // number of a person ("caller ID" shows one: it stays).
    // (past "is": "your arrangement id is 7238…")
    const int idAt = count >= 3 && (words[0].is("is") || words[0].is("was")) ? 1 : 0;
    if (count >= 2 + idAt && lowerFrom >= 2 + idAt && words[idAt].is("id")) {
        static const WordSet systems{
                "call", "interaction", "contact", "session", "agent", "recording", "conversation",
                "segment", "skill", "campaign", "queue", "team", "job", "transaction", "chat",
                "message", "device", "ticket", "case", "workstation", "service", "site", "program",
                "programme", "premise", "property", "ring", "letter", "merchant", "terminal",
                "store", "batch", "listing", "bag", "cust", "arrangement", "callback", "circuit",
                "fall", // (German "Fall-ID": a case's)
                // (and ids of people that are none of the kinds masked: "the state id is …",
                // "member id", "known traveler id", a First Nations "band id")
                "state", "member", "employee", "student", "patient", "subscriber", "provider",
                "national", "voter", "military", "band", "traveler", "traveller", "redress",
                // (a ride's and a trip's: "trip ID 2406-22-0091-BLR", "ride id …"; a remote
                // desktop's: "AnyDesk ID 847 221 309")
                "trip", "ride", "anydesk", "teamviewer", "bet"};
        if (systems.contains(words[1 + idAt]))
            return CtxLower | CtxDecided | CtxNear;
        // (a call log's event: "CALL-IN id=8812734", "call out id …")
        if (count >= 3 + idAt && (words[1 + idAt].is("in") || words[1 + idAt].is("out"))
            && words[2 + idAt].is("call"))
            return CtxLower | CtxDecided | CtxNear;
    }
    int ctx = classifyContext(words, count, false, lowerFrom);
    // (Turkish "cep" before a mobile's eleven digits: "cep 0532 123 4567")
    if (cepOnly && (ctx & CtxZip))
        ctx |= CtxLower | CtxShortCode;
    // (a till's number right after "till" has eight digits at most: "to SUPERMART till 552148";
    // more is a phone after Swedish "till", to: "ändra mobilnr till 076-441 90 02")
    if (count > 0 && words[0].is("till") && (ctx & CtxLower))
        ctx |= CtxShortCode;
    // Letters said one by one right before the digits are a reference's ("the consignment is c
    // p one two three …", "serial s n seven seven …"), as letters written before them are,
    // unless the words say the number is a person's.
    if (spelledLetters >= 2 && !(ctx & (CtxPhone | CtxSsn | CtxCard))) {
        for (int k = 0; k < count; ++k)
            if (words[k].size > 0 && lowerWords().contains(words[k]))
                return CtxLower | CtxDecided | CtxNear;
        // (nor when the letters spell such a word: "it's o r d six one triple three …", "i n
        // c eight nine one …")
        std::string spelled;
        for (int t = prefixEdge; t < pos && spelled.size() < 8; ++t)
            if (isAlpha(s[size_t(t)]))
                spelled.push_back(lower(s[size_t(t)]));
        static const WordSet references{"inc", "adm", "chg", "ritm", "tkt", "crq", "prb", "wo",
                                        "cs",  "tx",  "trn", "ack",  "awb", "cn",  "cx"};
        const Word sw = lowerWord(spelled, 0, int(spelled.size()));
        if (spelled.size() >= 2 && (lowerWords().contains(sw) || references.contains(sw)))
            return CtxLower | CtxDecided | CtxNear;
    }
    return ctx;
}

// What the other side asked for, when a number opens the answer: "(2:53:36 PM) Marcus: is there
// a number i can reach you on if the line drops (2:53:43 PM) Guadalupe: sure sure it's oh four
// four eight …", "… the social security number to pull up the file Heike (caller): okay double
// three one". The question may be longer than the words contextBefore reads. Returns CtxSsn,
// CtxCard or CtxPhone (with CtxDecided | CtxNear), or 0 when the number does not open an answer,
// the question asks for none of them, or it asks for something else as well ("the order number",
// "your address", "the expiry date", "how many").
int Scanner::askedContext(int pos, bool *firstOfTwo, bool pastAnswers) const
{
    // the opening words of the answer: "sure sure it's", "yeah it's", "uh okay so"
    int q = pos;
    int words = 0;
    int marker = -1;
    bool lineTurn = false; // the turn is a line of its own, with no speaker's label
    while (q > 0 && pos - q < 48) {
        const char c = s[size_t(q - 1)];
        if (c == '>' || c == ']' || c == '|' || c == ')' || c == ':') {
            int b = turnMarkerStartBefore(q);
            if (b < 0 && (c == ':' || c == '>')) // ("Cliente> …")
                b = labelStartBefore(q);
            if (b >= 0) {
                marker = b;
                break;
            }
            if (c != ':')
                return 0;
        }
        // a transcript written one turn a line, no labels: "And your phone number\nOkay so
        // eight one one oh ... 4532"
        // (not a table's rows: "kundennr;name;telefon;…\n100238;…")
        if (c == '\n' && q >= 2 && s[size_t(q - 2)] != '\n' && !tableRowEndsAt(q - 1)) {
            marker = q;
            lineTurn = true;
            break;
        }
        if (c == ' ' || c == ',' || c == '-' || c == ':' || c == '.') {
            --q;
            continue;
        }
        if (!isAlpha(c) && c != '\'')
            return 0;
        int a = q - 1;
        while (a > 0 && (isAlpha(s[size_t(a - 1)]) || s[size_t(a - 1)] == '\''))
            --a;
        // (a letter before a word is no digit: "O sea, 709 …")
        if (wantSpoken && numberWord(s, a, q).kind != NumKind::None && !(q - a == 1 && words > 0))
            return 0;
        const Word opening = lowerWord(s, a, q);
        // an unpunctuated transcript's speaker said as a word ("… please customer yeah it's …")
        // (not a noun after its article or its noun: "le numéro du service client est le …")
        static const WordSet determiners{
                "the", "a",   "an",  "your", "our", "my",     "this",  "that", "service", "le",
                "la",  "les", "du",  "de",   "des", "au",     "un",    "une",  "votre",   "notre",
                "mon", "son", "el",  "los",  "del", "al",     "do",    "da",   "der",     "die",
                "den", "dem", "het", "il",   "lo",  "numero", "nummer"};
        // (nor a note's noun before a name: "… verified. Customer Emeka Obi, 0803 …")
        const bool beforeName = isUpper(s[size_t(a)]) && q + 1 < n && isUpper(s[size_t(q + 1)])
                                && q + 2 < n && !isUpper(s[size_t(q + 2)]);
        if (q < n && s[size_t(q)] == ' ' && speakerWords().contains(opening) && !beforeName) {
            const LetterWord pw = letterWordBefore(s, a);
            if (!(pw.start < pw.end && pw.end + 1 == a
                  && determiners.contains(lowerWord(s, pw.start, pw.end)))) {
                marker = a;
                break;
            }
        }
        // "my order number is …" (not a reply's "fine", "fine 322110854": no penalty's)
        if (lowerWords().contains(opening) && !opening.is("fine"))
            return 0;
        // (a hesitation or a yes counts for no word: "ähm ja das ist die …")
        static const WordSet hesitations{"ahm", "ahh", "aeh", "aehm", "euh",   "eh",
                                         "ehm", "uh",  "um",  "erm",  "hmm",   "ja",
                                         "oui", "si",  "sim", "pues", "bueno", "allora"};
        if (!hesitations.contains(opening) && ++words > 4)
            return 0;
        q = a;
    }
    if (marker < 0)
        return 0;
    // a form's field ("| ZIP: 48333-1302", "Phone: …") is no turn: its label says what follows
    {
        int l = marker;
        while (l < n && !isAlpha(s[size_t(l)]) && l < pos)
            ++l;
        if (l < pos) {
            const Word w = lowerWord(s, l, wordEnd(l));
            // (a speaker's label, "customer:", is a turn)
            const bool speaker = speakers().contains(w) || speakerWords().contains(w);
            if (!speaker
                && (ssnWords().contains(w) || cardWords().contains(w) || phoneWords().contains(w)
                    || lowerWords().contains(w) || zipWords().contains(w)
                    || versionWords().contains(w) || w.view() == "dob" || w.view() == "ip"
                    || w.view() == "email" || w.view() == "name" || w.view() == "id"))
                return 0;
        }
    }
    // the question: the words of the other side's turn, back to the turn before it
    int kinds = 0;
    bool other = false;
    int first = 0; // what the question asks for first (text order): a kind, or -1 for other
    bool plainNumber = false; // the word read last was "number"
    bool reference = false;   // an order, case or ticket number asked for
    bool version = false;     // a version asked for
    bool codeAsked = false;   // a code asked for ("read me the code we texted you")
    bool zipAsked = false;    // a postcode asked for ("And your billing ZIP?")
    bool numberNamed = false; // "number" said in the question
    Word next;                // the word after the one read (text order)
    // Whether the noun after "de" that follows the word ending at e names another number than
    // a phone's, a card's: "numéro de la commande", "numero della bolletta" (not "numéro de la
    // carte", "número de teléfono")
    // "de", "di", "della", "do", …: the word between a number's noun and what it is of
    const auto romanceOf = [](const Word &x) {
        return x.is("de") || x.is("di") || x.is("della") || x.is("del") || x.is("do") || x.is("da")
               || x.is("du");
    };
    // a noun a number of no phone is named after ("numéro client", "numero ordine")
    const auto customerNoun = [](const Word &x) {
        return lowerWords().contains(x) || x.is("client") || x.is("cliente");
    };
    const auto nounAfterOf = [&](int e) {
        int r = e;
        for (int k = 0; k < 3 && r < n; ++k) {
            while (r < n && (s[size_t(r)] == ' ' || s[size_t(r)] == '\''))
                ++r;
            const int we = wordEnd(r);
            if (we <= r)
                return false;
            const Word x = lowerWord(s, r, we);
            if (k > 0
                && !(x.is("la") || x.is("le") || x.is("l") || x.is("sua") || x.is("seu")
                     || x.is("su") || x.is("votre") || x.is("il") || romanceOf(x)))
                return customerNoun(x) && !cardWords().contains(x) && !phoneWords().contains(x)
                       && !ssnWords().contains(x);
            r = we;
        }
        return false;
    };
    // A run of four digits or more read so far, said after the words still to be read: an
    // order or a ticket named before it has its number already ("Ticket ref IT-55821. -- Graham
    // Moss / D: 0113 496 0852" asks for no reference).
    bool numberGiven = false;
    bool answered = false; // (see below)
    int digitRun = 0;
    bool digitsSaid = false; // a digit read before any word
    q = lineTurn ? marker - 1 : marker;
    int count = 0;
    while (q > 0 && marker - q < 240 && count < 32) {
        const char c = s[size_t(q - 1)];
        digitRun = isDigit(c) ? digitRun + 1 : 0;
        numberGiven = numberGiven || digitRun >= 4; // ("Ticket #4410 — …")
        digitsSaid = digitsSaid || isDigit(c);
        // A line that ends with a number given, its digits or its mask, after its last word,
        // asks for no other person's number: "my number is [PHONE]" before a line of its own
        // reads as "my number is 090 1234 5678" does (masking must not make a question of it)
        answered = answered || (count == 0 && lineTurn && digitRun >= 7);
        // a mask ("[SSN]") is no word of the question: masking must not make a question of it
        if (c == ']' && maskTokenBefore(s, q) >= 0) {
            PiiKind kind = PiiKind::Email;
            q = maskTokenBefore(s, q, &kind);
            answered = answered
                       || (count == 0 && lineTurn
                           && (kind == PiiKind::Phone || kind == PiiKind::Card
                               || kind == PiiKind::Ssn || kind == PiiKind::Iban));
            continue;
        }
        if (lineTurn && c == '\n')
            break; // (the line before is the question)
        if (c == '>' || c == ']' || c == '|' || c == ')' || c == ':') {
            int b = turnMarkerStartBefore(q);
            if (b < 0 && (c == ':' || c == '>')) // ("Cliente> …")
                b = labelStartBefore(q);
            // (nor, unless asked to, past a turn of digits only: the answer to an earlier
            // question, "… can you read it out? / Caller: 5 0 3 7 7 1 / Agent: lovely. And is
            // 07700 900418 …")
            if (b >= 0 && (count > 0 || (digitsSaid && !pastAnswers)))
                break;
            if (b >= 0) { // a time stamp before the label: "(2:53:43 PM) Guadalupe:"
                q = b;
                continue;
            }
        }
        // A sentence before the one that asks for something says nothing of it ("Thanks for
        // calling. Can I take your account number?")
        if ((c == '.' || c == '!' || c == '?') && count > 0 && q < n && s[size_t(q)] == ' '
            && (kinds != 0 || other || reference || version))
            break;
        if (isAlpha(c) || c == '#') {
            int a = q - 1;
            while (a > 0 && (isAlpha(s[size_t(a - 1)]) || s[size_t(a - 1)] == '\''))
                --a;
            // (a word after an elided article or preposition is read alone: "numéro
            // d'assurance maladie", "il numero dell'utenza")
            int elided = a;
            for (int t = a; t < q && t < a + 5; ++t) {
                if (s[size_t(t)] == '\'' && t + 1 < q) {
                    const Word article = lowerWord(s, a, t);
                    if (article.is("d") || article.is("l") || article.is("dell")
                        || article.is("all") || article.is("nell") || article.is("dall")
                        || article.is("sull"))
                        elided = t + 1;
                }
            }
            const Word w = lowerWord(s, elided, q);
            // (the question's speaker said as a word ends it: "agent can you confirm …")
            // (not a number's noun: "votre numéro client")
            // (nor the noun before "number": "enter your 8 digit customer number")
            if (count > 0 && q < n && s[size_t(q)] == ' ' && speakerWords().contains(w)
                && !wordBeforeIs(s, a, "numero") && !wordBeforeIs(s, a, "nummer")
                && !(next.size > 0 && numberNoun(next))) {
                const int e = wordEnd(a);
                if (!(e < n && s[size_t(e)] == ':'))
                    break;
            }
            ++count;
            // the word (ending at q) is the question's last, before its '?' ("And your billing
            // ZIP?", "… der aktuelle Zählerstand ?")
            const auto lastWordAsked = [&] {
                return count == 1
                       && ((q < n && s[size_t(q)] == '?')
                           || (q + 1 < n && s[size_t(q)] == ' ' && s[size_t(q + 1)] == '?'));
            };
            // a code asked for ("I've sent a code by sms, can you read it", "le ho mandato un
            // codice via sms me lo legge"), and whether a number is named beside it
            // (not an area's, a country's, a postal code: "what area code?", "¿código de
            // área?", "the zip code")
            const bool placeCode = next.is("area") || next.is("de") || next.is("postal")
                                   || next.is("postale") || next.is("country");
            const LetterWord before = letterWordBefore(s, a);
            const Word prior = lowerWord(s, before.start, before.end);
            const bool namedCode = prior.is("area") || prior.is("zip") || prior.is("postal")
                                   || prior.is("post") || prior.is("country") || prior.is("sort")
                                   || prior.is("std") || prior.is("city") || prior.is("dialling")
                                   || prior.is("dialing");
            const bool codeWord = w.is("code") || w.is("codigo") || w.is("codice");
            codeAsked
                    = codeAsked
                      || (oneTimeCodeWords().contains(w) && !(codeWord && (placeCode || namedCode)))
                      || w.is("codes");
            numberNamed = numberNamed || w.is("number") || w.is("numero") || w.is("nummer")
                          || w.is("numer") || w.is("numbers");
            // ("what's your health card number?", "the gift card's number": no card that pays)
            if ((w.is("card") || w.is("cards")) && cardOfNoPayment(prior)) {
                other = true;
                first = -1;
                plainNumber = false;
                reference = reference || !numberGiven;
                next = w;
                q = a;
                continue;
            }
            // "can i get the number on the account": a number of no other thing is a phone's
            // (not "the house number", "the serial number")
            if (plainNumber && !lowerWords().contains(w) && !otherFieldWords().contains(w))
                kinds |= first = CtxPhone;
            // (nor "votre numéro client", "il numero della bolletta": the noun after it)
            plainNumber = (w.view() == "number" || w.view() == "numero" || w.view() == "nummer"
                           || w.view() == "numer")
                          && next.view() != "of" && next.view() != "de"
                          && !((w.is("numero") || w.is("nummer")) && next.size > 0
                               && (customerNoun(next) || romanceOf(next)));
            // a person's number asked for with the noun after it: "¿Número de su esposa en
            // México?", "o número da sua mãe" (not "número de su pedido")
            if ((w.is("numero") || w.is("nummer")) && romanceOf(next) && next.size > 0) {
                int r = wordEnd(a);
                Word noun;
                for (int hop = 0; hop < 3 && r < n; ++hop) {
                    while (r < n && (s[size_t(r)] == ' ' || s[size_t(r)] == '\''))
                        ++r;
                    const int we = wordEnd(r);
                    if (we <= r)
                        break;
                    const Word x = lowerWord(s, r, we);
                    r = we;
                    if (romanceOf(x) || x.is("su") || x.is("tu") || x.is("sua") || x.is("seu")
                        || x.is("la") || x.is("el") || x.is("a") || x.is("o") || x.is("votre")
                        || x.is("ta") || x.is("ton"))
                        continue;
                    noun = x;
                    break;
                }
                static const WordSet people{
                        "esposa",     "esposo",  "marido",    "mujer",     "hermana",  "hermano",
                        "mama",       "madre",   "padre",     "papa",      "hijo",     "hija",
                        "mae",        "pai",     "irma",      "irmao",     "filho",    "filha",
                        "femme",      "mari",    "soeur",     "frere",     "mere",     "pere",
                        "moglie",     "sorella", "fratello",  "figlio",    "figlia",   "familiar",
                        "contacto",   "contato", "contatto",  "trabajo",   "casa",     "oficina",
                        "celular",    "movil",   "telemovel", "cellulare", "portable", "emergencia",
                        "emergencias"};
                if (noun.size > 0 && people.contains(noun))
                    kinds |= first = CtxPhone;
            }
            // (a number's name in one abbreviation: "your MRN", "the PNR", "the IMEI")
            // (and other countries' ids and postcodes asked for: "me da su dni por favor", "me
            // confirma o cpf", "diga-me o seu nif", "e o cep")
            static const WordSet ids{
                    "dni", "nie", "nif", "cpf", "cnpj", "bsn", "nir", "siret", "siren", "cni", "rg",
                    "nipc", "kvk", "ahv", "avs", "pesel", "cep", "cups", "steuernummer", "steuerid",
                    "sofinummer", "burgerservicenummer", "fiscale",
                    // and those of more countries: "your bvn please",
                    // "cnic number please", "o niss português"
                    "bvn", "nin", "cnic", "nric", "tfn", "sss", "philhealth", "epf", "socso",
                    "nhif", "kra", "mykad", "niss", "nas", "imss", "pdr", "pod", "cpe", "pdl",
                    "mtcn", "svnr", "sozialversicherungsnummer", "ruc", "cuit", "cuil", "curp",
                    "rfc"};
            if (w.is("mrn") || w.is("pnr") || w.is("imei") || w.is("vin") || w.is("sku")
                || w.is("referencia") || w.is("riferimento") || w.is("referentie")
                || w.is("referenz")
                // (an employer's "EIN", not German "ein": "da ist ein zahlendreher drin")
                || (w.is("ein") && (isUpper(s[size_t(a)]) || numberNoun(next))) || w.is("rrn")
                || w.is("iccid") || w.is("utr") || w.is("crn") || w.is("ppsn") || w.is("nhs")
                || w.is("mprn") || w.is("mpan") || w.is("nmi")
                || ids.contains(w)
                // a number's name with the noun first: "votre numéro client", "il numero della
                // pratica", "o número do pedido"
                || ((w.is("numero") || w.is("nummer") || w.is("nro")) && next.size > 0
                    && (customerNoun(next) || (romanceOf(next) && nounAfterOf(q))))) {
                other = true;
                first = -1;
                reference = reference || !numberGiven;
                next = w;
                q = a;
                continue;
            }
            // ("if you have the card", "on the card": the card held, no card's number asked)
            if (cardWords().contains(w) && next.size <= 0) {
                const LetterWord b1 = letterWordBefore(s, a);
                const LetterWord b2 = letterWordBefore(s, b1.start);
                const Word w1 = lowerWord(s, b1.start, b1.end), w2 = lowerWord(s, b2.start, b2.end);
                if (w1.is("the")
                    && (w2.is("have") || w2.is("on") || w2.is("from") || w2.is("of")
                        || w2.is("back") || w2.is("front") || w2.is("with"))) {
                    next = w;
                    q = a;
                    continue;
                }
            }
            // "the last four of your social": a part kept for checking, no number given
            // (or three, or two: "the last three digits will do")
            if (w.view() == "last"
                && (next.view() == "four" || next.view() == "digits" || next.view() == "three"
                    || next.view() == "two" || next.view() == "five" || next.view() == "six"))
                return 0;
            if (ssnWords().contains(w))
                kinds |= first = CtxSsn;
            else if (cardWords().contains(w) && !otherFieldWords().contains(w))
                kinds |= first = CtxCard;
            // (not the greeting "thanks for calling …": no phone asked for)
            // (nor "a reference for this call": the call made now, no phone asked for)
            else if (phoneWords().contains(w) && !(w.is("calling") && prior.is("for"))
                     && !(w.is("call")
                          && (prior.is("this") || prior.is("today's") || prior.is("todays")))) {
                kinds |= first = CtxPhone;
            } else if (otherFieldWords().contains(w) || quantityWords().contains(w)
                       || zipWords().contains(w) || versionWords().contains(w)) {
                other = true;
                first = -1;
                // (the question's last word: "And your billing ZIP?")
                zipAsked = zipAsked
                           || ((w.is("zip") || w.is("zipcode") || w.is("postcode") || w.is("plz")
                                || w.is("postleitzahl") || w.is("pincode"))
                               && lastWordAsked());
                // (a version named as such: "the v4?", "the app" ask for no version)
                version = version || w.is("version") || w.is("firmware") || w.is("build")
                          || w.is("release") || w.is("kernel") || w.is("bios") || w.is("versao")
                          || w.is("versione") || w.is("versie");
            } else if (lowerWords().contains(w) && w.size >= 8
                       && (w.view().substr(size_t(w.size - 6)) == "nummer"
                           || w.view().substr(size_t(w.size - 4)) == "szam"
                           || w.view().substr(size_t(w.size - 5)) == "szama")) {
                // a number's name in one word: "Kundennummer", "ügyfélszáma"
                other = true;
                first = -1;
                reference = reference || !numberGiven;
            } else if (lowerWords().contains(w) && next.size > 0) {
                const std::string_view v = next.view();
                if (v == "number" || v == "no" || v == "num" || v == "nr" || v == "#" || v == "id"
                    || v == "code" || v == "ref" || v == "numbers" || v == "reference") {
                    other = true;
                    first = -1;
                    reference = reference || !numberGiven;
                }
            } else if (lowerWords().contains(w) && next.size <= 0 && w.size >= 5
                       && !speakers().contains(w) && lastWordAsked()) {
                // the thing asked for, the question's last word: "Wie lautet der aktuelle
                // Zählerstand?", "and the invoice?"
                other = true;
                first = -1;
                reference = reference || !numberGiven;
            }
            next = w;
            q = a;
            continue;
        }
        --q;
    }
    if (plainNumber)
        kinds |= first = CtxPhone;
    // A code asked for, sent by sms or to the phone: the answer is the code, no phone number
    if (codeAsked && !numberNamed && (kinds & ~CtxPhone) == 0)
        return CtxLower | CtxDecided | CtxNear;
    // "Agent: and the order number? Customer: 1062951069": the answer is what was asked for
    if (kinds == 0 && reference)
        return CtxLower | CtxDecided | CtxNear;
    // "Agent: And your billing ZIP? / Caller: 52967-6871"
    if (kinds == 0 && zipAsked)
        return CtxZip | CtxDecided | CtxNear;
    // "Tech: what version of the app are you on / User: 4.12.0.3"
    if (kinds == 0 && version)
        return CtxVersion | CtxDecided | CtxNear;
    if (kinds == 0)
        return 0;
    // Two things asked for, the number of a person first: "can you confirm the phone number and
    // postcode" is answered in that order ("oh three nine four … and the postcode 4006").
    if (other && firstOfTwo)
        *firstOfTwo = first > 0;
    if (answered)
        return 0;
    if (other)
        return first > 0 ? first | CtxDecided | CtxNear : 0;
    const int kind = (kinds & CtxSsn) ? CtxSsn : (kinds & CtxCard) ? CtxCard : CtxPhone;
    return kind | CtxDecided | CtxNear;
}

int Scanner::contextAfter(int pos) const
{
    Word words[5];
    int count = 0;
    bool comma = false;
    int q = pos;
    while (q < n && count < 5 && q - pos < 48) {
        const char c = s[size_t(q)];
        if (isAlpha(c)) {
            const int e = wordEnd(q);
            if (numberWord(s, q, e).kind != NumKind::None && wantSpoken)
                break;
            // (a label starts what it names, the other side's turn: "… zero nove cinque
            // cinque / cliente: esatto")
            if (labelEnd(q) > q)
                break;
            // (a log's next key names its own value: "to=447700900590 trace_id=e6ef…")
            {
                int k = e;
                while (k < n
                       && (isAlnum(s[size_t(k)]) || s[size_t(k)] == '_' || s[size_t(k)] == '.')
                       && k - e < 32)
                    ++k;
                if (k < n && s[size_t(k)] == '=')
                    break;
            }
            // ("…04109 Leipzig, Tel. 0341 …": "Tel." is the next number's word)
            int f = e;
            while (f < n && (s[size_t(f)] == '.' || s[size_t(f)] == ':' || s[size_t(f)] == ' '))
                ++f;
            // ("… 1300 110 482, postcode 2862": after a comma, a word with its own number
            // names that one)
            if ((count > 0 || comma) && f < n && f > e
                && (isDigit(s[size_t(f)]) || s[size_t(f)] == '+'))
                break;
            // ("… on 51 3572-2251, case CS-326785": a word with its own id says nothing of
            // the number before it)
            const Word w = lowerWord(s, q, e);
            // (a word of address says nothing of it: "0917-823-4450 po", "… 0198 sir"; "PO" in
            // capitals is a purchase order's)
            if (addressWord(w)
                && !(isUpper(s[size_t(q)]) && e - q >= 2 && isUpper(s[size_t(q + 1)]))) {
                q = e;
                continue;
            }
            // ("… 06-6345-2871 the room was 1203": the room's number follows its word)
            if (lowerWords().contains(w)) {
                int g = e;
                for (int hop = 0; hop < 2; ++hop) {
                    while (g < n && (s[size_t(g)] == ' ' || s[size_t(g)] == ':'))
                        ++g;
                    const Word next = lowerWord(s, g, wordEnd(g));
                    if (!(next.is("was") || next.is("is") || numberNoun(next)))
                        break;
                    g = wordEnd(g);
                }
                while (g < n && (s[size_t(g)] == ' ' || s[size_t(g)] == '#' || s[size_t(g)] == ':'))
                    ++g;
                if (g > e && g < n && isDigit(s[size_t(g)]))
                    break;
            }
            if (f < n && f > e && isAlpha(s[size_t(f)]) && lowerWords().contains(w)) {
                int g = f;
                while (g < n && (isAlnum(s[size_t(g)]) || s[size_t(g)] == '-'))
                    ++g;
                bool digits = false;
                for (int t = f; t < g && !digits; ++t)
                    digits = isDigit(s[size_t(t)]);
                if (digits && g - f <= 24)
                    break;
            }
            words[count++] = w;
            q = e;
            continue;
        }
        // (a dash between spaces ends the clause: "05.25.12.80.22 - code postal 13006")
        if (c == '-' && q > pos && s[size_t(q - 1)] == ' ' && q + 1 < n && s[size_t(q + 1)] == ' ')
            break;
        if (c == ' ' || c == ',' || c == '\'' || c == '"' || c == '-' || c == ')' || c == '\t') {
            comma = comma || c == ',';
            ++q;
            continue;
        }
        break;
    }
    return classifyContext(words, count, true);
}

// ---- numbers: chains and their verdicts

bool Scanner::phoneValid(std::string_view digits, char how) const
{
    thread_local PhoneCache cache;
    if (cache.owner != cfg.serial || cache.entries.empty()) {
        cache.entries.assign(PhoneCache::kSize, PhoneCache::Entry());
        cache.owner = cfg.serial;
        cache.regions.clear();
        if (cfg.regions) {
            for (const std::string &r : *cfg.regions)
                cache.regions.push_back(phone::regionRules(r));
        }
    }
    PhoneCache::Entry *entry = nullptr;
    if (digits.size() <= 16) {
        quint64 packed = 0;
        for (const char c : digits)
            packed = (packed << 4) | quint64(c - '0');
        const quint32 meta = (quint32(quint8(how)) << 8) | quint32(digits.size());
        quint64 h = (packed ^ (quint64(meta) << 52)) * 0x9e3779b97f4a7c15ull;
        entry = &cache.entries[size_t(h >> 50) & (PhoneCache::kSize - 1)];
        if (entry->meta == meta && entry->digits == packed)
            return entry->valid;
        entry->meta = meta;
        entry->digits = packed;
    }
    bool valid = false;
    switch (how) {
    case '+':
        valid = phone::validInternational(digits);
        break;
    case 'n':
        for (const phone::RegionRules *r : cache.regions) {
            if (phone::validNational(digits, r)) {
                valid = true;
                break;
            }
        }
        break;
    case 'a':
        valid = phone::validNationalAnywhere(digits);
        break;
    default:
        break;
    }
    if (entry)
        entry->valid = valid;
    return valid;
}

// The digits of each unit of groups k..j (at most 16 units; -1 when more): a unit is a piece's
// stretch said as people group it, digits and words together ("411 one" and "4 triple one" are
// four digits each, as "4111" is). spoken[u]: the unit holds number words.
int Scanner::unitSizes(const Chain &c, int k, int j, int *sizes, bool *spoken)
{
    const Group *g = c.groups.data();
    int units = 0;
    for (int t = k; t <= j; ++t) {
        const bool joins = t > k && g[t].link == LinkStrong && g[t].sep == ' ' && !g[t].tight
                           && (g[t].spoken || g[t - 1].spoken);
        if (!joins) {
            if (units == 16)
                return -1;
            sizes[units] = 0;
            spoken[units] = false;
            ++units;
        }
        sizes[units - 1] += g[t].dn;
        spoken[units - 1] = spoken[units - 1] || g[t].spoken;
    }
    return units;
}

// Groups k..j in the shape of a card said aloud: fours (a unit said in words may hold several
// fours: "four seven two five eight seven eight five"), the last of one to four.
bool Scanner::cardGrouped(const Chain &c, int k, int j)
{
    int sizes[16];
    bool spoken[16];
    const int units = unitSizes(c, k, j, sizes, spoken);
    if (units < 1)
        return false;
    for (int u = 0; u < units; ++u) {
        const bool fours = sizes[u] == 4 || (spoken[u] && sizes[u] % 4 == 0);
        if (!fours && !(u == units - 1 && sizes[u] <= 4))
            return false;
    }
    return true;
}

Scanner::Verdict Scanner::verdict(const Chain &c, int k, int j, int before, bool useContext,
                                  bool checkCut) const
{
    Verdict no;
    const Group *g = c.groups.data();
    int D = 0;
    bool anyPause = false, anyTurn = false, spoken = false, spelled = true, allYears = true;
    char sep1 = 0;
    bool sameSep = true;
    for (int t = k; t <= j; ++t) {
        D += g[t].dn;
        spoken = spoken || g[t].spoken;
        spelled = spelled && (g[t].spoken || g[t].dn == 1);
        allYears = allYears && g[t].year;
        if (t > k) {
            anyPause = anyPause || g[t].link == LinkPause;
            anyTurn = anyTurn || g[t].link == LinkTurn;
            if (sep1 == 0)
                sep1 = g[t].sep;
            else if (g[t].sep != sep1)
                sameSep = false;
        }
    }
    if (D == 0 || (spoken && !wantSpoken))
        return no;
    // Last four digits said as such, alone ("the mobile ending six six two one"; "the last four
    // digits of your phone number? Customer: two two one four"): not the number.
    if (D == 4 && k == 0 && j + 1 == int(c.groups.size())
        && (lastFourBefore(g[k].start) || (opensLine(g[k].start) && lastFourAsked(g[k].start))))
        return no;
    if (anyPause || anyTurn)
        return joinedVerdict(c, k, j, D, spelled, before);

    const int groups = j - k + 1;
    const std::string_view digits(c.digits.data() + g[k].d0, size_t(D));
    // The digits a masked number shows ("***-***-5924", "XXX-XX-0213"): what is left of it
    if (!spoken && k == 0 && D <= 4 && g[k].start >= 2
        && (s[size_t(g[k].start - 1)] == '-' || s[size_t(g[k].start - 1)] == ' ')
        && (s[size_t(g[k].start - 2)] == '*' || s[size_t(g[k].start - 2)] == 'X'
            || s[size_t(g[k].start - 2)] == 'x'))
        return no;
    int ctx = before;
    const bool ctxFromBefore = ctx & CtxDecided;
    if (!(ctx & CtxDecided) && j == c.pieceLast[size_t(c.pieceOf[size_t(j)])])
        ctx = c.pieceAfter[size_t(c.pieceOf[size_t(j)])];
    if (!useContext)
        ctx = 0;
    // A round number ("ifSpeed":1000000000): no one's, unless the words say it is a phone
    if (!spoken && D >= 7 && digits[0] != '0'
        && digits.find_first_not_of('0', 1) == std::string_view::npos && !(ctx & CtxPhone))
        return no;
    // A part of a number written as one token ("19045" of "10.0.19045.2965"): only what
    // validates, the token as a whole having failed.
    const bool cut = checkCut
                     && ((k > 0 && g[k].tight) || (j + 1 < int(c.groups.size()) && g[j + 1].tight));
    if (cut) {
        const Verdict v = verdict(c, k, j, before, useContext, false);
        bool fours = true;
        for (int t = k; t < j; ++t)
            fours = fours && g[t].dn == 4;
        const bool strong = (v.weight >= 1.0f
                             && ((v.kind == PiiKind::Phone && D >= 10) || v.kind == PiiKind::Ssn
                                 || (v.kind == PiiKind::Card && fours)))
                            || (v.ok && v.kind == PiiKind::Card && j == k && D >= 13);
        return strong ? v : no;
    }
    const bool plus = k == 0 && c.plusAt >= 0;
    // A date written as eight digits, then a count after a dash or a slash ("run 20240612-2201",
    // "ref 20240611-00882"), or a year and a count after a slash ("2024/300981"): a run's, an
    // order's or a file's reference, no number of a person.
    if (!spoken && !plus && (groups == 2 || (groups >= 3 && g[k].dn == 8))
        && (g[k].dn == 8 || g[k].dn == 4) && (g[k + 1].sep == '-' || g[k + 1].sep == '/')
        && g[k + 1].dn >= 2 && g[k + 1].dn <= 8) {
        const char *d = digits.data();
        const int year
                = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
        bool date = year >= 1990 && year <= 2039;
        if (date && g[k].dn == 8) {
            const int month = (d[4] - '0') * 10 + (d[5] - '0');
            const int day = (d[6] - '0') * 10 + (d[7] - '0');
            date = month >= 1 && month <= 12 && day >= 1 && day <= 31;
        } else if (date) {
            // ("2024/300981"; not "2024-7731", which may be a number of eight digits)
            date = g[k + 1].sep == '/' && g[k + 1].dn >= 4;
        }
        if (date && !((ctx & CtxPhone) && (ctx & CtxNear)))
            return no;
    }
    // A date written year first, then more ("snapshot 2024.06.05.0400", "2024-06-05-0400"): a
    // snapshot's, a log's or a file's name.
    if (!spoken && !plus && groups >= 3 && g[k].dn == 4 && g[k + 1].dn == 2 && g[k + 2].dn == 2
        && g[k + 1].sep == g[k + 2].sep
        && (g[k + 1].sep == '.' || g[k + 1].sep == '-' || g[k + 1].sep == '/') && g[k + 1].tight
        && g[k + 2].tight && !((ctx & CtxPhone) && (ctx & CtxNear))) {
        const char *d = digits.data();
        const int year
                = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
        const int month = (d[4] - '0') * 10 + (d[5] - '0');
        const int day = (d[6] - '0') * 10 + (d[7] - '0');
        if (year >= 1990 && year <= 2039 && month >= 1 && month <= 12 && day >= 1 && day <= 31)
            return no;
    }
    // The start of an international number said alone ("Sure. +54 11. Agent: what came after?"):
    // a country code and a little more, masked.
    // (a country code alone only where the words say a phone or its code: "NPS +31", "+31
    // C" are scores and degrees)
    if (plus && strict && wantPhone && D >= 2 && D <= 6 && startsWithCallingCode(digits)
        && !unitAfter(g[j].end) && (D >= 4 || (ctx & (CtxPhone | CtxAreaCode))))
        return {true, PiiKind::Phone, 0.45f};
    const auto sizeIs = [&](std::initializer_list<int> sizes) {
        if (int(sizes.size()) != groups)
            return false;
        int t = k;
        for (int v : sizes) {
            if (g[t++].dn != v)
                return false;
        }
        return true;
    };

    // A range or a list of numbers of one size, each above the one before and close to it
    // ("CPT 97110/97140", "VLANs 120/130/140", "ZIPs 33019-33021"): written so, no number of
    // a person.
    // (not after a phone's words: "call me at 211-234", a number of Suriname)
    if (!spoken && D <= 12 && groups >= 2 && groups <= 4 && g[k].dn >= 3 && g[k].dn <= 5
        && !(ctx & (CtxPhone | CtxSsn | CtxCard))) {
        const int size = g[k].dn;
        int span = 1;
        for (int t = 1; t < size; ++t)
            span *= 10;
        bool range = true;
        long long first = 0, last = 0;
        for (int t = k; t <= j && range; ++t) {
            long long v = 0;
            for (int d = 0; d < g[t].dn; ++d)
                v = v * 10 + (c.digits[size_t(g[t].d0 + d)] - '0');
            range = g[t].dn == size
                    && (t == k || ((g[t].sep == '/' || g[t].sep == '-') && v > last && g[t].tight));
            if (t == k)
                first = v;
            last = v;
        }
        if (range && last - first < span / 2)
            return no;
    }
    // National ids written in their own shapes, which no phone or card is written in: a
    // Brazilian CPF ("278.253.394-01") and CNPJ ("92.795.808/0001-20"), a Swiss AVS number
    // ("756.9335.0392.68"), a Belgian national register number ("68.09.10-932.98").
    if (!spoken && !plus && (groups == 4 || groups == 5) && (D == 11 || D == 13 || D == 14)
        && g[k + 1].sep == '.' && !(ctx & (CtxPhone | CtxCard))) {
        const auto seps = [&](std::string_view want) {
            if (int(want.size()) != groups - 1)
                return false;
            for (int t = k + 1; t <= j; ++t)
                if (!g[t].tight || g[t].sep != want[size_t(t - k - 1)])
                    return false;
            return true;
        };
        if ((sizeIs({3, 3, 3, 2}) && seps("..-")) || (sizeIs({2, 3, 3, 4, 2}) && seps("../-"))
            || (sizeIs({3, 4, 4, 2}) && seps("...") && digits.substr(0, 3) == "756")
            || (sizeIs({2, 2, 2, 3, 2}) && seps("..-.")))
            return no;
    }
    // Longer than any one number: a contiguous run is masked whole (it may hold several).
    if (D > 19) {
        // (a tracking or order number of 20 digits or more, named right before it: "tracking #
        // 9400111899223397551243")
        // (or said: "the tracking number is nine four double oh one …", "the sim number is eight
        // nine four four …": no phone, no card is that long)
        if ((groups == 1 || spelled) && (ctx & CtxLowering) && ctxFromBefore && (ctx & CtxNear))
            return no;
        if (groups == 1 && !g[k].spoken && wantCard)
            return {true, PiiKind::Card, 0.8f};
        if (groups == 1 && g[k].spoken && strict && wantPhone)
            return {true, PiiKind::Phone, 0.6f};
        return no;
    }
    // 13-19 digits: a card, however written and whatever Luhn says (a mis-heard card is still a
    // card), unless it validates as an international phone number.
    const bool intl00 = !plus && D >= 10 && digits[0] == '0' && digits[1] == '0';
    if (D >= 13) {
        if (plus && D <= 15 && wantPhone && phoneValid(digits, '+'))
            return {true, PiiKind::Phone, 1.0f};
        if (intl00 && D <= 17 && wantPhone && phoneValid(digits.substr(2), '+'))
            return {true, PiiKind::Phone, 1.0f};
        if (!wantCard)
            return no;
        char buf[20];
        std::memcpy(buf, digits.data(), size_t(D));
        const bool luhn = luhnValid(buf, D);
        if (!spoken) {
            // (a run of 13-19 digits stays a card however it is grouped: "247-7918783-6951144")
            // Groups of a longer number written on without a break ("9400 2003 9295 4847 7171
            // 60", 22 digits: a parcel's): a card only when the part passes Luhn
            const auto writtenOn = [&](int t) { // g[t] joined to the group before it as written
                return t > 0 && t < int(c.groups.size()) && !g[t].spoken && !g[t - 1].spoken
                       && g[t].link != LinkPause && g[t].link != LinkTurn
                       && (g[t].sep == ' ' || g[t].sep == '-' || g[t].sep == '.');
            };
            // (in fours but the last, as such numbers are printed: "52 7290 …", an account's
            // 26 digits, and "9913534318 21 6027 8718", a number beside a phone, are not)
            if (!luhn) {
                int first = k, last = j;
                while (writtenOn(first))
                    --first;
                while (writtenOn(last + 1))
                    ++last;
                int total = 0;
                bool fours = last > first;
                for (int t = first; t <= last; ++t) {
                    total += g[t].dn;
                    fours = fours && (t == last ? g[t].dn <= 4 : g[t].dn == 4);
                }
                if (total > 19 && fours)
                    return no;
            }
        }
        bool grouped = groups == 1 || spelled;
        if (!grouped) {
            grouped = true;
            for (int t = k; t < j; ++t)
                grouped = grouped && g[t].dn == 4;
            grouped = grouped && g[j].dn >= 1 && g[j].dn <= 4;
            grouped = grouped || sizeIs({4, 6, 5}) || sizeIs({4, 6, 4}) || cardGrouped(c, k, j);
        }
        // A number of 13-15 digits said as a phone number ("011 15-2345-6789").
        if (!grouped && D <= 15 && wantPhone && ((ctx & CtxPhone) || phoneValid(digits, 'n')))
            return {true, PiiKind::Phone, (ctx & CtxPhone) ? 0.9f : 1.0f};
        // Card length, written as cards are, and Luhn: the strongest reading. Luhn alone passes
        // one string in ten, so across odd groups it counts for less.
        if (grouped)
            return {true, PiiKind::Card, luhn ? 1.25f : 0.8f};
        return {true, PiiKind::Card, luhn ? 0.6f : 0.3f};
    }
    // A ZIP+4 code after a state's two letters ("Chicago IL 60680-4471"): an address.
    if (D == 9 && !spoken && sizeIs({5, 4}) && g[k + 1].sep == '-') {
        const LetterWord st = letterWordBefore(s, g[k].start);
        if (st.end - st.start == 2 && st.end < g[k].start && isUpper(s[size_t(st.start)])
            && isUpper(s[size_t(st.start + 1)])) {
            static constexpr std::string_view kStates[]
                    = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
                       "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA",
                       "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
                       "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
                       "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI"};
            const std::string_view code = s.substr(size_t(st.start), 2);
            if (std::find(std::begin(kStates), std::end(kStates), code) != std::end(kStates))
                return no;
        }
    }
    // Nine digits: SSNs and ITINs.
    if (D == 9 && wantSsn) {
        const bool valid = ssnValid(digits.data()) || itinValid(digits.data());
        const bool ssnCtx = ctx & CtxSsn;
        bool shape324 = sizeIs({3, 2, 4});
        if (!shape324 && spoken) {
            // "5 two three, four five, 6789": the shape of the units said
            int sizes[16];
            bool said[16];
            shape324 = unitSizes(c, k, j, sizes, said) == 3 && sizes[0] == 3 && sizes[1] == 2
                       && sizes[2] == 4;
        }
        if (shape324 && !anyTurn) {
            if (valid && (sameSep || anyPause || ssnCtx))
                return {true, PiiKind::Ssn, 1.0f};
            // a dash and a space mixed by a typist ("457-31 6620"): an SSN all the same, when
            // strict (not a dot among them: "693-09.4444" is a shape no one types for one)
            const auto dashOrSpace = [&](int t) { return g[t].sep == '-' || g[t].sep == ' '; };
            if (valid && strict && !(ctx & CtxLowering) && dashOrSpace(k + 1) && dashOrSpace(j))
                return {true, PiiKind::Ssn, 0.8f};
            if (ssnCtx && strict)
                return {true, PiiKind::Ssn, 0.9f};
            // An SSN shape that is no SSN ("693-09.4444") is no phone either, unless the words
            // right before say so ("call me at 917 12 3456").
            if (!((ctx & CtxPhone) && (ctx & CtxNear)))
                return no;
        }
        if ((groups == 1 || spelled || spoken) && !anyTurn) {
            if (ssnCtx && (valid || strict))
                return {true, PiiKind::Ssn, 1.0f};
            if (strict && valid && !(ctx & (CtxLowering | CtxPhone | CtxCard)) && !g[k].spoken
                && groups == 1)
                return {true, PiiKind::Ssn, 0.55f};
        }
        // (a build written with a dot is none: "Windows 11 23H2 (22631.3155)")
        if ((sizeIs({3, 6}) || sizeIs({5, 4})) && !anyTurn && !anyPause && valid
            && (ssnCtx || (strict && !(ctx & (CtxLowering | CtxPhone)) && g[k + 1].sep != '.')))
            return {true, PiiKind::Ssn, ssnCtx ? 1.0f : 0.5f};
        if ((anyTurn || anyPause) && ssnCtx && valid)
            return {true, PiiKind::Ssn, 1.0f};
    }
    // The first part of an SSN asked for, the rest after an aside ("yeah 327 57 ugh hang on my
    // mind went blank … 1562"): strict masks it, and the rest after it (findRestAfterOpenEnds).
    // (not a sum: "Capital social 10 000 €")
    const auto currencyAfter = [&] {
        int f = g[j].end;
        while (f < n && s[size_t(f)] == ' ')
            ++f;
        return f < n && s[size_t(f)] == '$';
    };
    if (strict && wantSsn && (ctx & CtxSsn) && ctxFromBefore && D >= 3 && D <= 8 && groups <= 3
        && !c.lastFour && !allYears && !(D == 4 && groups == 1) && !currencyAfter())
        return {true, PiiKind::Ssn, 0.5f};
    // (two digits only as an area code, right after the words: "the prefix is 03 for tokyo")
    if (!wantPhone || D > 15
        || (D < 3 && !(D == 2 && (ctx & CtxAreaCode) && (ctx & CtxNear) && ctxFromBefore)))
        return no;
    // Turkey's nationwide numbers, "444" then a digit and three ("444 0 333", "444 4 372'den
    // aradım"): a shape nothing else is written in
    if (D == 7 && strict && !spoken && !(ctx & CtxLowering) && digits.substr(0, 3) == "444"
        && sizeIs({3, 1, 3}))
        return {true, PiiKind::Phone, 0.6f};
    if (allYears && groups >= 2)
        return no;
    bool parenArea = false;
    for (int t = k; t <= j && t <= k + 1; ++t)
        parenArea
                = parenArea || (g[t].parenOpen && g[t].parenClose && g[t].dn >= 2 && g[t].dn <= 4);
    // Order, case, confirmation and reference numbers, said as such. (A street's name before a
    // number says a postcode or a flat's number, and a program's name after it a version, none
    // of them of ten digits and more without dots: "Kerry Lane, 07700 900 662", "07712 900662 os
    // oes …"; nor does a version's or a build's number of ten digits start with a 0: Dutch "app
    // 06-18 29 04 55" is "text me on".)
    bool dotted = false;
    for (int t = k + 1; t <= j; ++t)
        dotted = dotted || g[t].sep == '.';
    const int lowering = ctx & CtxLowering;
    if (lowering && !plus && !parenArea && D <= 12
        && !(D >= 10
             && ((lowering == CtxZip && (ctx & CtxStreet))
                 || (lowering == CtxVersion && !dotted && (!ctxFromBefore || digits[0] == '0')))))
        return no;
    if (sizeIs({5, 4}) && g[j].sep == '-' && !(ctx & CtxPhone))
        return no; // ZIP+4
    // an employer's id (EIN), "12-3456789": no phone number is written so
    if (sizeIs({2, 7}) && g[j].sep == '-' && g[j].tight && digits[0] != '0' && !(ctx & CtxPhone))
        return no;
    // a Brazilian postcode, "CEP 03242-552" ("cep" is also Turkish for a mobile: "Cep no: …")
    if (sizeIs({5, 3}) && g[j].sep == '-' && !(ctx & CtxPhone))
        return no;
    // ... and a Portuguese one, "4000-447 Porto"
    if (sizeIs({4, 3}) && g[j].sep == '-' && g[j].tight && !spoken && !(ctx & CtxPhone))
        return no;
    const bool phoneCtx = ctx & CtxPhone;
    bool valid = false;
    if (D >= 7) {
        if (plus)
            valid = phoneValid(digits, '+');
        else if (intl00)
            valid = phoneValid(digits.substr(2), '+');
        else if (!(k == 1 && c.plusAt >= 0)) // after "+1": the rest is no national number
            valid = phoneValid(digits, 'n');
    }
    if (valid)
        return {true, PiiKind::Phone, 1.0f};
    if (phoneCtx) {
        if (D >= 7)
            return {true, PiiKind::Phone, 0.9f};
        // An extension of two to five digits said alone, right after its word ("mi extensión es
        // 4410", "extension three oh four"): a desk's line inside a company, none of a person's
        // numbers. (Not after a number, "… oh one four four, ext two one three": that number's.)
        if ((ctx & CtxExtension) && ctxFromBefore && !plus && extensionAlone(g[k].start))
            return no;
        // Short numbers (some countries have five- and six-digit ones) only right after the
        // words: "call me on 312 345".
        // (not a text's sender: "SMS from 72211", a short code)
        const auto sender = [&] {
            const LetterWord f = letterWordBefore(s, g[k].start);
            // ("Txt STOP to 72933", "Text HELP to 74741": a service's short code)
            if (f.end > f.start && lowerWord(s, f.start, f.end).is("to")) {
                const LetterWord m = letterWordBefore(s, f.start);
                const Word w = lowerWord(s, m.start, m.end);
                return w.is("stop") || w.is("help") || w.is("start") || w.is("unstop")
                       || w.is("info") || w.is("yes") || w.is("join");
            }
            if (!(f.end > f.start && lowerWord(s, f.start, f.end).is("from")))
                return false;
            const LetterWord m = letterWordBefore(s, f.start);
            const Word w = lowerWord(s, m.start, m.end);
            return w.is("sms") || w.is("text") || w.is("texts") || w.is("txt") || w.is("message")
                   || w.is("messages") || w.is("mms");
        };
        if (ctxFromBefore && (ctx & CtxNear) && !allYears && !anyTurn && !anyPause
            && ((D >= 5 && strict) || (D >= 4 && phoneValid(digits, 'a'))) && !sender())
            return {true, PiiKind::Phone, 0.85f};
        // (named after it, only with the rest after the words: "from a 5 0 3 area code, 555
        // 0199", not "is that a nine one seven area code you're calling from?")
        if (D == 3 && (ctx & CtxAreaCode) && strict && (groups == 1 || spelled)
            && (ctxFromBefore || restAfterAreaCode(g[j].end)))
            return {true, PiiKind::Phone, 0.9f};
        // digits said one by one right after the words: the start of a number ("my mobile oh
        // two oh give me a sec …"; not "I called at nine fifteen", a time)
        if (strict && spelled && spoken && ctxFromBefore && (ctx & CtxNear) && D >= 3 && !allYears
            && digitByDigit(g[k].start, g[j].end))
            return {true, PiiKind::Phone, 0.6f};
        // "Vorwahl 040", "area code 02": two to five digits right after the words
        if (D >= 2 && D <= 5 && (ctx & CtxAreaCode) && (ctx & CtxNear) && strict && groups == 1
            && !anyTurn && !anyPause && (ctxFromBefore || restAfterAreaCode(g[j].end)))
            return {true, PiiKind::Phone, 0.85f};
    }
    if (anyTurn || D < 7)
        return no;
    if (parenArea && D >= 8)
        return {true, PiiKind::Phone, 0.8f};
    if (!strict)
        return no;
    if (plus)
        return {true, PiiKind::Phone, 0.8f};
    if (spelled)
        return {true, PiiKind::Phone, 0.6f};
    if (anyPause)
        return no;
    if (groups == 1 && D >= 10 && D <= 12)
        return {true, PiiKind::Phone, 0.6f};
    // Phone-shaped: groups of up to 8 digits ending in one of at least 3 ("11 5423 9363",
    // "030/13209507", "555-0123"), or French pairs ("06 12 34 56 78").
    if (groups >= 2) {
        // A first group with a trunk prefix ("0800 123 45") says it is a national number.
        const bool trunk = digits[0] == '0' && g[k].dn >= 2;
        // Ending in pairs ("532 123 45 67") when a group of three or more comes before.
        int wide = 0;
        for (int t = k; t <= j; ++t)
            wide += g[t].dn >= 3 ? 1 : 0;
        bool shaped
                = g[j].dn >= 3 || (g[j].dn == 2 && wide >= 1 && groups >= 3 && (D >= 10 || trunk));
        int singles = 0;
        for (int t = k; t <= j; ++t) {
            shaped = shaped && g[t].dn <= 8;
            singles += g[t].dn == 1 ? 1 : 0;
        }
        shaped = shaped && singles <= 1 && (singles == 0 || g[k].dn == 1 || trunk);
        if (D == 7)
            shaped = sizeIs({3, 4}) || sizeIs({3, 2, 2}) || (trunk && sizeIs({4, 3}));
        // Pairs, after a first group of one to three: "06 12 34 56 78", "2 22 12 34 56".
        bool pairs = groups >= 4 && D >= 8 && g[k].dn <= 3;
        for (int t = k + 1; t <= j && pairs; ++t)
            pairs = g[t].dn == 2;
        if (shaped || pairs)
            return {true, PiiKind::Phone, 0.5f};
    }
    return no;
}

// A number said in pieces across fillers, pauses or a turn ("4089 2553, hold on, 8853 5870";
// "231-91, uh, 6221"; "800 660… 3279"): judged whole, but only when no piece is a number on its
// own, every piece is whole (no part of "000-77-7032"), and the whole validates or has the
// length and grouping its kind is said in.
Scanner::Verdict Scanner::joinedVerdict(const Chain &c, int k, int j, int D, bool spelled,
                                        int before) const
{
    Verdict no;
    const Group *g = c.groups.data();
    if ((k > 0 && g[k].tight) || (j + 1 < int(c.groups.size()) && g[j + 1].tight))
        return no;
    bool anyTurn = false, anyYear = false;
    // every piece one number of 0-99, at least one of them 10-99: "twelve, forty, then nine"
    bool cardinals = true, anyCardinal = false;
    bool fourPieces = true;   // said in fours: "four one one one, one one one one, …"
    bool aloneStrong = false; // a piece is a number on its own
    bool byDigit = false;     // a piece said digit by digit, not only in pairs and hundreds
    int pieces = 0, minPiece = 99, minLater = 99;
    std::string_view lastPiece;      // the digits of the piece before
    int pieceDigits3[3] = {0, 0, 0}; // the first three pieces' digits (an SSN's 3, 2, 4)
    for (int a = k; a <= j;) {
        int b = a;
        while (b + 1 <= j && g[b + 1].link == LinkStrong)
            ++b;
        int pieceDigits = 0;
        for (int t = a; t <= b; ++t) {
            pieceDigits += g[t].dn;
            anyYear = anyYear || g[t].year;
        }
        minPiece = std::min(minPiece, pieceDigits);
        if (a > k)
            minLater = std::min(minLater, pieceDigits);
        cardinals = cardinals && a == b && (g[a].cardinal || (g[a].spoken && g[a].dn == 1));
        anyCardinal = anyCardinal || g[a].cardinal;
        byDigit = byDigit || digitByDigit(g[a].start, g[b].end);
        if (pieces < 3)
            pieceDigits3[pieces] = pieceDigits;
        // A piece in the shape of an SSN is one or is nothing: it is no part of another number.
        if (b - a == 2 && g[a].dn == 3 && g[a + 1].dn == 2 && g[b].dn == 4)
            return no;
        // ... nor is a postcode written "4000-447" ("Rua de Santa Catarina 210, 4000-447 Porto")
        if (b - a == 1 && g[a].dn == 4 && g[b].dn == 3 && g[b].sep == '-' && g[b].tight
            && !g[a].spoken)
            return no;
        // (not when the words before asked for a phone and it starts with a trunk's zero:
        // "il fisso di casa zero due / sì / quarantotto settantatré / sì / diciannove zero due
        // però dopo le sei")
        if (a > k && sumAfterTurn(c, a, b)
            && !((before & CtxPhone)
                 && (c.digits[size_t(g[k].d0)] == '0' || g[a].d0 - g[k].d0 >= 6)))
            return no;
        // (nor a card's last four said as such: "merchant ID 5684-0092. / The card ends in 7731")
        if (a > k && pieceDigits == 4 && g[a].link == LinkTurn && lastFourBefore(g[a].start))
            return no;
        // A whole number said again after a turn is a read-back, no part of one number with
        // what was said before it ("caller: 4 0 1 7 7 2 9 3 5 8 agent: 4017729358": a window
        // over both would be a card of neither). (A group read back, "after 9260", is read
        // past where the number is masked.)
        if (a > k && g[a].link == LinkTurn && pieceDigits >= 7) {
            const std::string_view said(c.digits.data() + g[k].d0, size_t(g[a].d0 - g[k].d0));
            const std::string_view again(c.digits.data() + g[a].d0, size_t(pieceDigits));
            if (said.find(again) != std::string_view::npos
                || (said.size() >= 3 && again.find(said) != std::string_view::npos))
                return no;
        }
        fourPieces = fourPieces && (pieceDigits == 4 || (b == j && pieceDigits <= 4));
        // Two numbers of one series, or one said again with a digit changed ("2 orders, 4410
        // 2297 and 4410 2301", "881 2274 4193, wait, 881 2274 4139"): no halves of one number
        {
            // (the whole piece, where the window ends inside it)
            int whole = b, from = a;
            while (whole + 1 < int(c.groups.size()) && g[whole + 1].link == LinkStrong)
                ++whole;
            while (from > 0 && g[from].link == LinkStrong)
                --from;
            const std::string_view piece(c.digits.data() + g[from].d0,
                                         size_t(g[whole].d0 + g[whole].dn - g[from].d0));
            if (a > k && piece.size() >= 6 && lastPiece.size() >= 6
                && piece.substr(0, 4) == lastPiece.substr(0, 4) && !(before & CtxCard))
                return no;
            lastPiece = piece;
        }
        const Verdict alone = verdict(c, a, b, 0, false);
        if (alone.ok && alone.weight >= 1.0f)
            aloneStrong = true;
        ++pieces;
        if (b + 1 <= j)
            anyTurn = anyTurn || g[b + 1].link == LinkTurn;
        a = b + 1;
    }
    // (digits given one at a time after a phone's word: "phone 281 uh 5 uh 3 uh 0 uh 9921")
    if (pieces > (spelled || ((before & CtxPhone) && (before & CtxDecided)) ? 10 : 4))
        return no;
    // A card's last four, said as such, is no part of the number after it ("the card ending
    // 4404, and 22330 is your order").
    if (pieceDigits3[0] == 4 && lastFourBefore(g[k].start))
        return no;
    // A short piece after a turn that is a count ("… double eight agent: and you ordered two of
    // the chargers") is no part of the number.
    if (anyTurn) {
        int a = j;
        while (a > k && g[a].link == LinkStrong)
            --a;
        int last = 0;
        for (int t = a; t <= j; ++t)
            last += g[t].dn;
        // (no count starts with a zero: "… acht acht / agent: ja / kunde: null sieben
        // erreichbar" is the number's end)
        if (g[a].link == LinkTurn && last <= 4 && c.digits[size_t(g[a].d0)] != '0'
            && countOrLabel(g[j].end, last))
            return no;
    }
    const std::string_view digits(c.digits.data() + g[k].d0, size_t(D));
    // A piece that is a number on its own is no part of another, unless the whole is a card by
    // its length and check digit ("3451 280226, uh, 93363").
    // (a card by its length, 13 to 19 digits, and its check digit, when strict)
    const auto cardByCheckDigit = [&]() -> Verdict {
        if (!(strict && wantCard && D >= 13 && D <= 19))
            return no;
        char buf[20];
        std::memcpy(buf, digits.data(), size_t(D));
        return luhnValid(buf, D) ? Verdict{true, PiiKind::Card, 0.8f} : no;
    };
    if (aloneStrong)
        return minPiece >= 3 && pieces <= 4 ? cardByCheckDigit() : no;
    int ctx = before;
    if (!(ctx & CtxDecided) && j == c.pieceLast[size_t(c.pieceOf[size_t(j)])])
        ctx = c.pieceAfter[size_t(c.pieceOf[size_t(j)])];
    const bool plus = k == 0 && c.plusAt >= 0;
    // Counting ("step twelve, twenty, forty, then nine"), unless the words say it is a number,
    // or a card's length and check digit are said in pairs, as a card is read out in Spain
    // ("cincuenta y cinco, doce, cuarenta y dos, cincuenta, ochenta y nueve, …").
    if (cardinals && anyCardinal && !plus && !(ctx & (CtxPhone | CtxSsn | CtxCard)))
        return pieces >= 6 ? cardByCheckDigit() : no;
    // groups of four, the last of one to four; pieces of four said with words and digits mixed
    // ("411 one, triple one one, 1111, one one one one")
    const bool grouped = fourPieces || cardGrouped(c, k, j);
    if (D >= 13 && D <= 19 && wantCard) {
        char buf[20];
        std::memcpy(buf, digits.data(), size_t(D));
        const bool luhn = luhnValid(buf, D);
        if (grouped && (luhn || strict))
            return {true, PiiKind::Card, luhn ? 0.95f : 0.75f};
        // Said after "card", "visa": a card however it was cut up.
        if (strict && (ctx & CtxCard) && D >= 15)
            return {true, PiiKind::Card, 0.7f};
        // A card's length and its check digit, in pieces of three or more ("3451 280226, uh,
        // 93363").
        if (strict && luhn && minPiece >= 3 && pieces <= 4)
            return {true, PiiKind::Card, 0.8f};
        // ... or an American Express number opened by its two first digits ("thirty seven,
        // eight oh three three, seven three eight seven, four six four one six")
        if (strict && luhn && D == 15 && pieceDigits3[0] == 2 && minLater >= 3 && pieces <= 5
            && digits[0] == '3' && (digits[1] == '4' || digits[1] == '7'))
            return {true, PiiKind::Card, 0.8f};
        if (D > 15)
            return no;
    }
    // An employer's id said with its dash, "eight four dash one two three four five six seven":
    // no SSN, no phone
    if (D == 9 && pieces == 2 && pieceDigits3[0] == 2 && pieceDigits3[1] == 7) {
        int b = k;
        while (b < j && g[b + 1].link == LinkStrong)
            ++b;
        const std::string_view between
                = s.substr(size_t(g[b].end), size_t(std::max(0, g[b + 1].start - g[b].end)));
        if (g[k].spoken && !(ctx & CtxPhone)
            && (between.find("dash") != std::string_view::npos
                || between.find("hyphen") != std::string_view::npos))
            return no;
    }
    if (D == 9 && wantSsn) {
        const bool valid = ssnValid(digits.data()) || itinValid(digits.data());
        const bool shape = (j - k == 2 && g[k].dn == 3 && g[k + 1].dn == 2 && g[j].dn == 4)
                           || (pieces == 3 && pieceDigits3[0] == 3 && pieceDigits3[1] == 2
                               && pieceDigits3[2] == 4);
        if (valid && (shape || (ctx & CtxSsn)))
            return {true, PiiKind::Ssn, 0.95f};
        // (not after a phone's words: "llamar al novecientos, ochenta y uno, cero nueve,
        // sesenta y dos" is a toll-free number, whatever ITIN its digits make)
        // (written groups cut where an SSN's or a phone's are, or not at all: "Bulevar
        // oslobođenja 112/7, 21000" is a house and a postcode, "no. 33 to 57, 11080" houses and
        // a postcode)
        const auto cutAsSsn = [&] {
            int at = 0;
            for (int t = k; t < j; ++t) {
                if (g[t].spoken || g[t + 1].spoken)
                    return true;
                at += g[t].dn;
                if (at != 3 && at != 5 && at != 6) // (6: a phone's three threes)
                    return false;
            }
            return true;
        };
        if (valid && strict && minPiece >= 2 && !(ctx & (CtxLowering | CtxPhone)) && !anyYear
            && cutAsSsn())
            return {true, PiiKind::Ssn, 0.5f};
    }
    if (!wantPhone || D < 7 || D > 15)
        return no;
    // (a card's reading was judged above: what is left of 13-15 digits is a phone's, which the
    // words before may lower)
    if ((ctx & CtxLowering) && !plus)
        return no;
    const bool intl00 = !plus && D >= 10 && digits[0] == '0' && digits[1] == '0';
    bool valid = false;
    if (plus)
        valid = phoneValid(digits, '+');
    else if (intl00)
        valid = phoneValid(digits.substr(2), '+');
    else if (D >= 10 && D <= 11)
        valid = phoneValid(digits, 'n');
    if (valid)
        return {true, PiiKind::Phone, 0.95f};
    if ((ctx & CtxPhone) && D <= 11)
        return {true, PiiKind::Phone, 0.85f};
    // Said in words, with no word before that asks for a number: a number said digit by digit
    // somewhere, or in three pieces or more ("fifty five, forty four, twenty two, ten, eleven"),
    // not two pieces in pairs and hundreds, which is how sums and years are said ("it went from
    // forty-nine ninety-nine up to fifty-nine ninety-nine", "bought in twenty nineteen for six
    // forty-nine").
    if (strict && spelled && !anyTurn && D >= 7 && (byDigit || pieces >= 3))
        return {true, PiiKind::Phone, 0.55f};
    // Pieces that make ten to twelve digits: a national number said in parts, or across the
    // agent's question.
    if (strict && D >= 10 && D <= 12 && pieces <= 3 && minPiece >= 2 && !anyYear)
        return {true, PiiKind::Phone, 0.5f};
    // Nine digits dictated digit by digit in pieces, the other side saying "yes" between them:
    // a national number of the countries whose numbers have nine digits and no trunk prefix
    // ("nove um seis / operador: sim / quatro quatro oito / … / dois zero um")
    if (strict && D == 9 && spelled && byDigit && pieces >= 2 && pieces <= 4 && minPiece >= 2
        && !anyYear && phoneValid(digits, 'a'))
        return {true, PiiKind::Phone, 0.5f};
    return no;
}

// Whether the words right before `pos` say that a card's or an account's last four follow:
// "ending", "ends in", "ending in", "last four", "the last four digits are", "final four".
bool Scanner::lastFourBefore(int pos) const
{
    Word words[3];
    // (past a dash written before the digits: "Phone on file ends -3031")
    const bool dashBefore = pos >= 2 && s[size_t(pos - 1)] == '-' && s[size_t(pos - 2)] == ' ';
    int at = dashBefore ? pos - 1 : pos;
    for (int k = 0; k < 3; ++k) {
        const LetterWord w = letterWordBefore(s, at);
        if (w.start == w.end || at - w.end > 3)
            break;
        words[k] = lowerWord(s, w.start, w.end);
        at = w.start;
    }
    // (not "no no it ends oh one five four": a correction of the number's end)
    if (words[0].is("ending"))
        return true;
    if ((words[0].is("in") || words[0].is("with"))
        && (words[1].is("ending") || words[1].is("ends")))
        return true;
    // (written: "Phone on file ends -3031")
    if (words[0].is("ends") && dashBefore)
        return true;
    const int q = words[0].is("digits") || words[0].is("are") || words[0].is("is") ? 1 : 0;
    return words[q].is("four") && (words[q + 1].is("last") || words[q + 1].is("final"));
}

// Whether the piece of groups a..b, after a turn, is said in pairs or hundreds with words about
// something else before or after it: a sum more often than a number's last digits ("… oh seven.
// Agent: Lovely, and the rent was fourteen fifty?", "… agent thanks thats for the eighty nine
// ninety nine annual plan"; not "… Agent: okay got it Customer: fifty thirty three Agent: yes");
// not when they asked for the rest, nor a country code after "plus".
bool Scanner::sumAfterTurn(const Chain &c, int a, int b) const
{
    const Group *g = c.groups.data();
    if (a == 0 || g[a].link != LinkTurn || digitByDigit(g[a].start, g[b].end)
        || wordBeforeIs(s, g[a].start, "plus"))
        return false;
    const Gap gap = scanGap(g[a - 1].end);
    if (gap.asksRest)
        return false;
    if (gap.plainWords > 0)
        return true;
    // ... or a word follows it that is no filler, number or turn ("the one nineteen payment")
    int q = g[b].end;
    while (q < n && s[size_t(q)] == ' ')
        ++q;
    if (q >= n || !isAlpha(s[size_t(q)]) || turnMarkerEnd(q) > 0 || labelEnd(q) > 0)
        return false;
    const int e = wordEnd(q);
    const Word w = lowerWord(s, q, e);
    // (an extension after it ends a phone number: "… cuarenta y tres extensión nueve tres")
    if (extensionWords().contains(w))
        return false;
    return !(e < n && s[size_t(e)] == ':') && !fillers().contains(w) && !speakerWords().contains(w)
           && numberWord(s, q, e).kind == NumKind::None;
}

// A number right after "after", "at", "by", "until": a time ("… 555-0132 after five").
// A short number that a word follows is a count or a label's ("2 dependents", "3 copies",
// "1040-NR"), not the last digits of the number before it.
bool Scanner::countOrLabel(int end, int digits) const
{
    if (end < n && s[size_t(end)] == '-' && end + 1 < n && isAlpha(s[size_t(end + 1)]))
        return true;
    if (digits > 2)
        return false;
    int q = end;
    while (q < n && s[size_t(q)] == ' ')
        ++q;
    if (q == end || q >= n || !isAlpha(s[size_t(q)]))
        return false;
    // (the next speaker: "… 19 Heike (caller): …")
    if (turnMarkerEnd(q) > 0 || labelEnd(q) > 0)
        return false;
    const int e = wordEnd(q);
    const Word w = lowerWord(s, q, e);
    // "two of the chargers", "three of them"
    if (w.is("of")) {
        int f = e;
        while (f < n && s[size_t(f)] == ' ')
            ++f;
        const Word x = lowerWord(s, f, wordEnd(f));
        if (x.is("the") || x.is("them") || x.is("those") || x.is("these") || x.is("my")
            || x.is("your") || x.is("our") || x.is("us") || x.is("you") || x.is("each"))
            return true;
    }
    // (a question whether it was right: "… vier fünf null, neun eins richtig")
    static const WordSet confirming{"correct",  "richtig", "korrekt",    "stimmt",   "correcto",
                                    "correcta", "exacto",  "exactement", "corretto", "giusto",
                                    "klopt",    "juist",   "exato",      "isso",     "verdad",
                                    "vero",     "oder",    "cierto",     "exactly"};
    return numberWord(s, q, e).kind == NumKind::None && !fillers().contains(w)
           && !speakerWords().contains(w) && !confirming.contains(w)
           && !(e < n && s[size_t(e)] == ':');
}

bool Scanner::timeAfter(int start) const
{
    const auto [b, e] = letterWordBefore(s, start);
    const Word word = lowerWord(s, b, e);
    const std::string_view w = word.view();
    // ("after half five": half past five)
    if (w == "half" && b > 0)
        return timeAfter(b);
    return w == "after" || w == "at" || w == "by" || w == "until" || w == "till" || w == "before"
           || w == "around" || w == "about" || w == "from" || w == "past";
}

int Scanner::bracketSaidBefore(int a) const
{
    int q = a;
    int from = a;
    bool bracket = false;
    for (int words = 0; words < 3; ++words) {
        const auto [w, e] = letterWordBefore(s, q);
        if (w == e)
            break;
        const Word word = lowerWord(s, w, e);
        const std::string_view v = word.view();
        if (v == "bracket" || v == "brackets" || v == "paren" || v == "parens" || v == "parenthesis"
            || v == "brace")
            bracket = true;
        else if (!(v == "open" || v == "opening" || v == "left" || v == "round"))
            break;
        from = w;
        q = w;
        if (v == "open" || v == "opening" || v == "left")
            break;
    }
    return bracket ? from : a;
}

void Scanner::emitWindow(const Chain &c, int k, int j, PiiKind kind)
{
    const Group *g = c.groups.data();
    // An extension said on its own, no number of a person before it in the text ("transferred
    // to fraud, ext 4471", "press two and ask for extension four four five"): a desk inside a
    // company. Read back after a number given, it is that number's ("… extension two one three").
    if (kind == PiiKind::Phone && k == 0 && c.plusAt < 0) {
        int digits = 0;
        for (int t = k; t <= j; ++t)
            digits += g[t].dn;
        int q = g[k].start;
        // (a log's field: "agent_ext=4103", "\"ext\":\"2286\"" is its own, whatever phone
        // stands before it)
        const bool field = q > 0
                           && (s[size_t(q - 1)] == '='
                               || (q > 2 && s[size_t(q - 1)] == '"' && s[size_t(q - 2)] == ':'
                                   && s[size_t(q - 3)] == '"'));
        while (q > 0
               && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == '.' || s[size_t(q - 1)] == ':'
                   || s[size_t(q - 1)] == '=' || s[size_t(q - 1)] == '"'))
            --q;
        LetterWord before = letterWordBefore(s, q);
        Word w = lowerWord(s, before.start, before.end);
        // (past "is" and "number": "my extension is 2207", "extension number 41")
        for (int skip = 0; skip < 2 && before.start < before.end && before.end == q
                           && (w.is("is") || w.is("was") || w.is("number") || w.is("no"));
             ++skip) {
            q = before.start;
            while (q > 0 && s[size_t(q - 1)] == ' ')
                --q;
            before = letterWordBefore(s, q);
            w = lowerWord(s, before.start, before.end);
        }
        if (digits <= 6 && before.start < before.end && before.end == q
            && (w.is("ext") || w.is("extension") || w.is("extn"))) {
            if (field)
                return;
            bool phoneBefore = false;
            for (const PiiSpan &sp : *out)
                phoneBefore = phoneBefore
                              || (sp.kind == PiiKind::Phone && int(sp.start) < before.start);
            if (!phoneBefore)
                return;
        }
    }
    bool spoken = false;
    for (int t = k; t <= j; ++t)
        spoken = spoken || g[t].spoken;
    // The pieces of one item are masked as one stretch, the words between them with them ("…
    // 6567 1150 … Agent: and the rest? Caller: 6647 5326", "five five eight, eight five, hold
    // on, oh one one nine"): what is said between the pieces of a number is part of giving it.
    // Pieces far apart (a long exchange between them) are masked where they stand.
    const auto farApart = [&](int t) { return g[t + 1].start - g[t].end > kJoinedGapChars; };
    int from = k;
    bool continued = false;
    for (int t = k; t <= j; ++t) {
        if (t < j && !farApart(t))
            continue;
        int a = g[from].start - (g[from].parenOpen ? 1 : 0);
        if (from == 0 && c.plusAt >= 0)
            a = c.plusAt;
        // "open bracket four one five close bracket …": the bracket said before the first piece
        if (kind == PiiKind::Phone && from == k && a == g[from].start)
            a = bracketSaidBefore(a);
        // an extension read back on its own: "extension two one three"
        if (kind == PiiKind::Phone && from == k && a == g[from].start) {
            const LetterWord ext = letterWordBefore(s, a);
            const Word w = lowerWord(s, ext.start, ext.end);
            if (ext.start < ext.end && (w.is("extension") || w.is("ext") || w.is("extn")))
                a = ext.start;
        }
        // (the closing bracket with its opening one only: "(415) 555-0132", not the ')' of
        // "Dial(SIP/4155550132)")
        int opened = 0;
        for (int q = a; q < g[t].end && g[t].parenClose; ++q)
            opened += s[size_t(q)] == '(' ? 1 : s[size_t(q)] == ')' ? -1 : 0;
        int b = g[t].end + (g[t].parenClose && opened > 0 ? 1 : 0);
        if (t == int(c.groups.size()) - 1 && kind == PiiKind::Phone) {
            // An extension: "ext. 204", "x204", "extension 12", "…, extension two one",
            // "…;ext=33".
            int q = b;
            while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ',' || s[size_t(q)] == ';'))
                ++q;
            int skip = 0;
            const auto startsWith = [&](const char *w) {
                const int len = int(std::strlen(w));
                if (q + len > n)
                    return false;
                for (int i = 0; i < len; ++i) {
                    if (lower(s[size_t(q + i)]) != w[i])
                        return false;
                }
                return true;
            };
            if (startsWith("extension"))
                skip = 9;
            else if (startsWith("extn") && !(q + 4 < n && isAlpha(s[size_t(q + 4)])))
                skip = 4;
            else if (startsWith("ext."))
                skip = 4;
            else if (startsWith("ext"))
                skip = 3;
            else if (startsWith("xx") && q + 2 < n
                     && (isDigit(s[size_t(q + 2)])
                         || (s[size_t(q + 2)] == ' ' && q + 3 < n && isDigit(s[size_t(q + 3)]))))
                skip = 2; // (内線, as the scanner writes letters of other scripts)
            else if (startsWith("x") && (q == b || q + 1 < n))
                skip = 1;
            else if (q < n && isAlpha(s[size_t(q)])) {
                // in other languages: "poste 637", "Durchwahl 12", "interno 4", "ramal 55"; in
                // the Philippines "loc. 227"
                const int e = wordEnd(q);
                const Word w = lowerWord(s, q, e);
                const std::string_view v = w.view();
                // (Polish "wew.", Turkish "dahili", Scandinavian "lokal", "ankn.")
                // (a recogniser's "ex" before a digit said: "… oh one four seven ex two oh nine")
                const bool ex = v == "ex" && e + 1 < n && s[size_t(e)] == ' '
                                && numberWord(s, e + 1, wordEnd(e + 1)).kind != NumKind::None;
                if (extensionWords().contains(w) || v == "dw" || v == "int" || v == "nebenstelle"
                    || v == "loc" || v == "local" || v == "anx" || v == "dahili" || v == "ankn"
                    || v == "anknytning" || v == "est" || ex)
                    skip = e - q;
            }
            if (skip > 0
                && !(skip == 3 && q + 3 < n && isAlpha(s[size_t(q + 3)])
                     && !startsWith("extension"))) {
                int e = q + skip;
                const auto skipMarks = [&] {
                    while (e < n
                           && (s[size_t(e)] == ' ' || s[size_t(e)] == '.' || s[size_t(e)] == ':'
                               || s[size_t(e)] == '=' || s[size_t(e)] == '#'))
                        ++e;
                };
                skipMarks();
                // ("extension number 8529", "ext no. 12", "extension is two one")
                for (int more = 0; more < 2 && skip > 1 && e < n && isAlpha(s[size_t(e)]); ++more) {
                    const int we = wordEnd(e);
                    const Word x = lowerWord(s, e, we);
                    if (!(x.is("number") || x.is("no") || x.is("num") || x.is("is")))
                        break;
                    e = we;
                    skipMarks();
                }
                const int d0 = e;
                while (e < n && isDigit(s[size_t(e)]) && e - d0 < 6)
                    ++e;
                if (e > d0 && (e >= n || !isWordChar(s[size_t(e)])))
                    b = e;
                // said: "extension three zero six"
                // (or opened by a recogniser's sound-alike: "extension ate four eight")
                if (e == d0 && e < n && isAlpha(s[size_t(e)]) && skip > 1
                    && (numberWord(s, e, wordEnd(e)).kind != NumKind::None
                        || (wordEnd(e) - e <= 4 && soundAlikeDigit(lowerWord(s, e, wordEnd(e))) >= 0
                            && wordEnd(e) + 1 < n
                            && numberWord(s, wordEnd(e) + 1, wordEnd(wordEnd(e) + 1)).kind
                                       != NumKind::None))) {
                    // (past the sound-alike the reader does not open a number with)
                    const bool alike = numberWord(s, e, wordEnd(e)).kind == NumKind::None;
                    const Atom said = readSpoken(alike ? wordEnd(e) + 1 : e);
                    if (said.kind == AtomKind::Groups && said.spokenDigits.size() <= 6)
                        b = said.end;
                }
            }
        }
        // A German number's extension written after a dash, its digits before it apart
        // ("0711 / 2 28 41-19"): the token is the number's end, not a number of its own.
        if (kind == PiiKind::Phone && t == j && !spoken && b + 4 < n && s[size_t(b)] == ' '
            && isDigit(s[size_t(b + 1)])) {
            int q = b + 1;
            while (q < n && isDigit(s[size_t(q)]) && q - b <= 4)
                ++q;
            if (q < n && s[size_t(q)] == '-' && q + 1 < n && isDigit(s[size_t(q + 1)])) {
                int r = q + 1;
                while (r < n && isDigit(s[size_t(r)]) && r - q <= 4)
                    ++r;
                int digits = 0;
                for (int u = k; u <= j; ++u)
                    digits += g[u].dn;
                digits += (q - b - 1) + (r - q - 1);
                if (r - q <= 4 && (r >= n || !isAlnum(s[size_t(r)])) && digits <= 15
                    && !unitAfter(r) && !timeAfter(b + 1) && (r >= n || s[size_t(r)] != '-'))
                    b = r;
            }
        }
        push(a, b, kind, spoken, continued);
        continued = true;
        from = t + 1;
        // group u read back after "after" as the end of group u - 1 ("… 9260 agent: sorry you
        // cut out after 9260"): no digits of the number's own
        const auto readBack = [&](int u) {
            if (g[u].dn > g[u - 1].dn)
                return false;
            return wordBeforeIs(s, g[u].start, "after")
                   && std::memcmp(c.digits.data() + g[u].d0,
                                  c.digits.data() + g[u - 1].d0 + g[u - 1].dn - g[u].dn,
                                  size_t(g[u].dn))
                              == 0;
        };
        const int last = int(c.groups.size()) - 1;
        if (t == j && strict && (j == last || (j == last - 1 && readBack(last))) && b == g[t].end
            && kind != PiiKind::Ip) {
            int digits = 0;
            for (int u = k; u <= j; ++u)
                digits += g[u].dn;
            if (t > k && readBack(t))
                digits -= g[t].dn;
            OpenEnd open{b,  kind, digits, g[t].spoken ? 0 : g[t].start, g[t].spoken ? 0 : g[t].end,
                         {}, 0};
            open.tailLen = std::min(g[t].dn, int(sizeof open.tail));
            std::memcpy(open.tail, c.digits.data() + g[t].d0 + g[t].dn - open.tailLen,
                        size_t(open.tailLen));
            open.pairs = g[t].cardinal;
            openEnds.push_back(open);
        }
    }
}

void Scanner::judge(Chain &c)
{
    const int m = int(c.groups.size());
    if (m == 0)
        return;
    // A short code dialled between "star" and "hash": "dial star one three one hash" (a
    // balance's code, no number of a person)
    {
        const int a = c.groups[0].start, e = c.groups[size_t(m - 1)].end;
        int digits = 0;
        for (const Group &g : c.groups)
            digits += g.dn;
        const LetterWord before = letterWordBefore(s, a);
        int f = e;
        while (f < n && s[size_t(f)] == ' ')
            ++f;
        if (digits <= 8 && before.end + 1 == a && lowerWord(s, before.start, before.end).is("star")
            && f > e
            && (lowerWord(s, f, wordEnd(f)).is("hash") || lowerWord(s, f, wordEnd(f)).is("pound")))
            return;
    }
    // Twenty digits in five fours written as one ("Token: 5521-0843-9917-2264-0385", "tokeni
    // 0932 7719 4482 0015 6630", "code 5528 1104 7739 2206 8815"): a prepaid meter's token, a
    // voucher's or a top-up's code. No card has twenty digits and no phone is written so: none
    // of it is masked, unless the words before or after name a card, a phone or an SSN, the
    // first or the last four is a year (a phone in fours between years: "in 2019 0800 1759 1759
    // 2024 is my cell"), or the first or the last sixteen digits pass Luhn (a card beside a
    // date or a code, "4111 1111 1111 1111 0525").
    if (m == 5 && c.plusAt < 0 && c.digits.size() == 20
        && !((c.before | c.after) & (CtxCard | CtxPhone | CtxSsn)) && !c.groups[0].year
        && !c.groups[4].year) {
        const char sep = c.groups[1].sep;
        bool token = sep == ' ' || sep == '-';
        for (int t = 0; t < 5 && token; ++t) {
            const Group &g = c.groups[size_t(t)];
            token = g.dn == 4 && !g.spoken && (t == 0 || (g.link == LinkStrong && g.sep == sep));
        }
        if (token && !luhnValid(c.digits.data(), 16) && !luhnValid(c.digits.data() + 4, 16))
            return;
    }
    // After "GB00 WEST" (an IBAN that failed its check): the account number's digits are no
    // number of their own; what follows them is.
    int firstFree = 0;
    if (c.ibanTail) {
        firstFree = 1;
        while (firstFree < m && c.groups[size_t(firstFree)].link == LinkStrong)
            ++firstFree;
    }
    // best[k]: the best cover of groups k..m-1; a window scores its weight times its digits.
    // The words before the chain speak for the windows that start it; for the rest of its first
    // piece (the groups joined by separators, up to the first filler, pause or turn) they may
    // only lower ("Receipt 0087 4412 9931": all of it a receipt number), never raise: masked, the
    // text reads "Receipt [CARD] 4412 9931", and words read past a mask lower only (see
    // contextBefore), so that masking never makes a second look find more.
    float best[65];
    int choice[65];
    PiiKind chosen[65]; // (the kind of the window chosen at k)
    best[m] = 0;
    for (int k = m - 1; k >= 0; --k) {
        best[k] = best[k + 1];
        choice[k] = -1;
        if (k < firstFree)
            continue;
        // The words before a piece speak for the windows that start it; for the rest of the
        // piece they may only lower.
        const int piece = c.pieceOf[size_t(k)];
        const int pieceCtx = c.pieceBefore[size_t(piece)];
        const int ctx = k == c.pieceFirst[size_t(piece)] ? pieceCtx
                        : (pieceCtx & CtxLowering)       ? pieceCtx
                                                         : 0;
        int D = 0;
        for (int j = k; j < m && j - k < 24; ++j) {
            D += c.groups[size_t(j)].dn;
            if (D > 19 && j > k)
                break;
            Verdict v = verdict(c, k, j, ctx);
#ifdef CXONE_PII_TRACE
            std::fprintf(stderr, "window %d..%d [%.*s] ctx %x ok %d kind %d w %.2f\n", k, j,
                         c.groups[size_t(j)].end - c.groups[size_t(k)].start,
                         s.data() + c.groups[size_t(k)].start, ctx, v.ok, int(v.kind), v.weight);
#endif
            // What the words before say it is wins over another reading ("SSN 123 45 6789 1" is
            // an SSN and a digit, though 1234567891 is a valid Delhi number).
            if (v.kind == PiiKind::Ssn && (ctx & CtxSsn))
                v.weight *= 1.25f;
            else if ((v.kind == PiiKind::Card && (ctx & CtxCard))
                     || (v.kind == PiiKind::Phone && (ctx & CtxPhone)))
                v.weight *= 1.1f;
            if (!v.ok)
                continue;
            // A year at either end of a longer window counts for less: "call me at 02 234 5678
            // 2024" is a number and a year, not "234 5678 2024".
            float digits = float(D);
            if (j > k && c.groups[size_t(j)].year)
                digits -= 2.8f;
            if (j > k && c.groups[size_t(k)].year)
                digits -= 2.8f;
            const float score = v.weight * digits + best[j + 1];
            if (score > best[k] + 1e-4f) {
                best[k] = score;
                choice[k] = j;
                chosen[k] = v.kind;
            }
        }
    }
    struct Window
    {
        int k, j;
        PiiKind kind;
    };
    Window windows[65];
    int count = 0;
    for (int k = 0; k < m;) {
        if (choice[k] < 0) {
            ++k;
            continue;
        }
        windows[count++] = {k, choice[k], chosen[k]};
        k = choice[k] + 1;
    }
    const Group *g = c.groups.data();
    // Whether the piece of group `far` may join a find whose edge is group `near` (far is near
    // + 1 or near - 1) across a pause or a turn: across a turn, only when the other side said
    // little or asked for more ("Agent: yep. Customer:", "Agent: and the rest?"), not "Agent: and
    // you'd like the engineer between eight and one?"; never a piece the words before it call
    // something else ("Your tracking number is nine two seven four, eight nine oh two, three
    // three one four. Customer: And they'll text oh seven eight two …"), unless the rest was
    // asked for after the find ("the last part is …" names no part number).
    const auto mayJoin = [&](int near, int far) {
        const int a = std::min(near, far);
        const Gap gap = g[a + 1].link == LinkTurn ? scanGap(g[a].end) : Gap();
        const bool turn = gap.link == LinkTurn;
        if (turn && gap.asksRest && far > near)
            return true;
        const int ctx = c.pieceBefore[size_t(c.pieceOf[size_t(far)])];
        if (c.pieceOf[size_t(far)] != c.pieceOf[size_t(near)] && (ctx & CtxLowering)
            && (ctx & CtxDecided))
            return false;
        return !turn || gap.asksRest || gap.turnWords <= 4;
    };
    // A lone digit that opens the chain, with no word before it that asks for a number and
    // words between it and the find, is a trunk's or a country's only when it may be one: "one
    // and then six one seven …"; not "table for three and my number is …".
    const auto mayLead = [&](int k) { // group k - 1 before group k
        const Group &lone = g[k - 1];
        const char digit = c.digits[size_t(lone.d0)];
        return lone.dn > 1 || k - 1 > 0 || (c.before & (CtxPhone | CtxSsn | CtxCard))
               || digit == '0' || digit == '1' || digit == '7'
               || wordCount(lone.end, g[k].start) < 2;
    };
    for (int w = 0; w < count; ++w) {
        Window &win = windows[w];
        const int prevEnd = w > 0 ? windows[w - 1].j : firstFree - 1;
        const int nextStart = w + 1 < count ? windows[w + 1].k : m;
        for (bool grew = true; grew;) {
            grew = false;
            // A number written as one token is masked whole: "91-415-555-0132",
            // "212-555-0123-5".
            while (win.k > prevEnd + 1 && win.k > firstFree && g[win.k].tight) {
                --win.k;
                grew = true;
            }
            while (win.j + 1 < nextStart && g[win.j + 1].tight) {
                ++win.j;
                grew = true;
            }
            // Short groups left beside a find in the same written run belong to it: a trunk
            // prefix or a country code ("8 029 491-19-11", "+1 335 922 5864"), an area code
            // ("800 123456"), a stray digit ("123 45 6789 1").
            if (win.k > prevEnd + 1 && win.k - 1 >= firstFree && g[win.k].link == LinkStrong
                && g[win.k - 1].dn <= 4) {
                --win.k;
                grew = true;
            }
            if (win.j + 1 < nextStart && g[win.j + 1].link == LinkStrong && g[win.j + 1].dn <= 4) {
                ++win.j;
                grew = true;
            }
            // ... and, across a pause or a turn, a country or area code said before a phone
            // number ("nine one, four one five, …") or the last digits said after it ("… Agent:
            // and the rest? Customer: 45 67").
            if (win.k > prevEnd + 1 && win.k - 1 >= firstFree && g[win.k].link != LinkStrong
                && g[win.k - 1].dn <= 4 && !g[win.k - 1].year && mayJoin(win.k, win.k - 1)
                && mayLead(win.k) && (win.k - 1 == 0 || g[win.k - 1].link != LinkStrong)) {
                --win.k;
                grew = true;
            }
            if (win.j + 1 < nextStart && g[win.j + 1].link != LinkStrong
                && mayJoin(win.j, win.j + 1)) {
                // the whole next piece, when it holds four digits at most
                int e = win.j + 1;
                int digits = g[e].dn;
                bool year = g[e].year;
                while (e + 1 < nextStart && g[e + 1].link == LinkStrong) {
                    ++e;
                    digits += g[e].dn;
                    year = year || g[e].year;
                }
                // (across a turn, a piece said in pairs or hundreds after the other side said
                // more than a word is a sum more often than the last digits: "… oh seven.
                // Agent: Lovely, and the rent was fourteen fifty?"; not when they asked for the
                // rest, nor a read-back of the number's digits or a country code after "plus")
                bool sum = false;
                if (sumAfterTurn(c, win.j + 1, e)) {
                    const std::string_view found(c.digits.data() + g[win.k].d0,
                                                 size_t(g[win.j].d0 + g[win.j].dn - g[win.k].d0));
                    const std::string_view piece(c.digits.data() + g[win.j + 1].d0, size_t(digits));
                    sum = found.find(piece) == std::string_view::npos;
                }
                // (nor a last four said as such: "… A: thanks, the card ending 4404")
                if (digits <= 4 && !year && (e + 1 >= m || g[e + 1].link != LinkStrong) && !sum
                    && !lastFourBefore(g[win.j + 1].start) && !timeAfter(g[win.j + 1].start)
                    && !countOrLabel(g[e].end, digits)) {
                    win.j = e;
                    grew = true;
                }
            }
        }
        emitWindow(c, win.k, win.j, win.kind);
    }
}

void Scanner::findNumbers()
{
    if (!(wantPhone || wantCard || wantSsn || wantIp))
        return;
    thread_local Chain chain; // reused: its vectors keep their capacity
    int i = 0;
    while (i < n) {
        const char c = s[size_t(i)];
        if (!isAlnum(c)) {
            ++i;
            continue;
        }
        if (!uuids.empty() && isHex(c)) {
            if (const int e = uuidEndCovering(i); e > 0) {
                i = e;
                continue;
            }
        }
        // (words that start no number are passed before an atom is made)
        int we = i;
        if (isAlpha(c)) {
            we = wordEnd(i);
            // letters glued to digits (digits after them decide for themselves); a letter no
            // number word starts with
            // (a word of another language that is an English word too starts a number only
            // with two more number words after it: "mi celular es el once, quince, cuatro …")
            if ((i > 0 && isWordChar(s[size_t(i - 1)])) || !wantSpoken
                || ((!mayStartNumberWord(c) || numberWord(s, i, we).kind == NumKind::None)
                    && !weakStart(i, we) && !homophoneStart(i, we) && !nordicStart(i, we)
                    && !vietnameseTwoAt(i, we, false) && !tensStart(i, we) && !catalanOneAt(i, we)
                    && !centPieceAt(i, we))) {
                i = we;
                continue;
            }
        }
        Atom atom;
        if (isDigit(c)) {
            atom = readDigits(i);
            // "only last 4 4410", "first 6 are": a count of digits, none of the number's
            if (atom.kind == AtomKind::Groups && atom.groupStart[0] == i
                && atom.groupEnd[0] == i + 1 && c != '0') {
                const auto [a, e] = letterWordBefore(s, i);
                if (a < e && e + 1 == i && s[size_t(e)] == ' ') {
                    const Word w = lowerWord(s, a, e);
                    if (w.is("last") || w.is("first") || w.is("final")) {
                        i = atom.groupEnd[0];
                        continue;
                    }
                }
            }
        } else {
            atom = readSpoken(i);
            if (atom.kind == AtomKind::None) {
                i = we;
                continue;
            }
            // "the first four", "the last two": counts.
            const auto [a, e] = letterWordBefore(s, i);
            if (a < e && atom.spokenDigits.size() == 1) {
                const Word w = lowerWord(s, a, e);
                const std::string_view v = w.view();
                if (w.size > 0
                    && (v == "first" || v == "last" || v == "next" || v == "other" || v == "those"
                        || v == "these" || v == "all" || v == "every" || v == "only"
                        || v == "another")) {
                    i = atom.end;
                    continue;
                }
                // "in groups of four", "in sets of three": how the number is to be read
                if (w.is("of")) {
                    const auto [b0, b1] = letterWordBefore(s, a);
                    const Word g = lowerWord(s, b0, b1);
                    if (b0 < b1
                        && (g.is("groups") || g.is("group") || g.is("sets") || g.is("blocks")
                            || g.is("chunks") || g.is("pairs") || g.is("batches")
                            || g.is("bits"))) {
                        i = atom.end;
                        continue;
                    }
                }
            }
        }
#ifdef CXONE_PII_TRACE
        std::fprintf(stderr, "atom %d..%d kind %d\n", atom.start, atom.end, int(atom.kind));
#endif
        // A key pressed in a menu ("press nine", "press 2", "pulse uno"): one digit, no piece of
        // a number
        if (atom.kind == AtomKind::Groups && atom.groupCount == 1
            && (atom.spoken ? atom.spokenDigits.size() == 1
                            : atom.groupEnd[0] - atom.groupStart[0] == 1)) {
            const auto [a, e] = letterWordBefore(s, atom.start);
            if (a < e && e + 1 == atom.start) {
                const Word w = lowerWord(s, a, e);
                if (w.is("press") || w.is("pulse") || w.is("marque") || w.is("digite")
                    || w.is("appuyez") || w.is("tapez") || w.is("premi") || w.is("druk")
                    || w.is("drucken") || w.is("option") || w.is("opcion") || w.is("opcao")) {
                    negatives.push_back({atom.start, atom.end});
                    i = atom.end;
                    continue;
                }
            }
        }
        // Hours from one to another ("reach you between nine and five", "from 9 to 5"): two
        // small numbers, no piece of one.
        if (atom.kind == AtomKind::Groups && atom.groupCount == 1 && smallNumber(atom)) {
            const auto [a, e] = letterWordBefore(s, atom.start);
            if (a < e && e + 1 == atom.start) {
                const Word w = lowerWord(s, a, e);
                if (w.is("between") || w.is("from")) {
                    int q = atom.end;
                    const LetterWord joint = q < n && s[size_t(q)] == ' '
                                                     ? LetterWord{q + 1, wordEnd(q + 1)}
                                                     : LetterWord{q, q};
                    const Word jw = lowerWord(s, joint.start, joint.end);
                    Atom second;
                    if (joint.start < joint.end
                        && (jw.is("and") || jw.is("to") || jw.is("till") || jw.is("until"))
                        && joint.end + 1 < n && s[size_t(joint.end)] == ' '
                        && nextAtom(joint.end + 1, &second) && second.start == joint.end + 1
                        && second.kind == AtomKind::Groups && second.groupCount == 1
                        && smallNumber(second)) {
                        negatives.push_back({atom.start, atom.end});
                        negatives.push_back({second.start, second.end});
                        i = second.end;
                        continue;
                    }
                }
            }
        }
        if (atom.kind == AtomKind::Ip) {
            if (wantIp)
                push(atom.groupStart[0], atom.groupEnd[0], PiiKind::Ip);
            i = atom.end;
            continue;
        }
        if (atom.kind != AtomKind::Groups) {
            if (atom.kind == AtomKind::Negative)
                negatives.push_back({atom.start, atom.end});
            i = std::max(atom.end, i + 1);
            continue;
        }
        // A chain starts here: pieces joined by separators, fillers, pauses or a turn.
        chain.groups.clear();
        chain.digits.clear();
        chain.plusAt = -1;
        const int chainStart = atom.start;
        {
            int q = chainStart - 1;
            if (q >= 0 && s[size_t(q)] == '(')
                --q;
            if (q >= 0 && s[size_t(q)] == ' ' && q >= 1 && s[size_t(q - 1)] == '+')
                --q;
            // (a mask token before the '+' stands for what was there: digits or letters)
            if (q >= 0 && s[size_t(q)] == '+'
                && !(q > 0 && (isAlnum(s[size_t(q - 1)]) || s[size_t(q - 1)] == ']')))
                chain.plusAt = q;
            else if (q >= 3 && s[size_t(q)] == ' ') {
                // "plus", Italian "più", Spanish "más", Portuguese "mais" (spoken numbers only:
                // "mas 34" written is Spanish "but 34")
                const LetterWord lw = letterWordBefore(s, q);
                const Word w = lowerWord(s, lw.start, lw.end);
                // (not a programme's name after its brand: "Iberia Plus 24011221")
                const LetterWord brand = letterWordBefore(s, lw.start);
                const bool programme = w.is("plus") && isUpper(s[size_t(lw.start)])
                                       && brand.start < brand.end && brand.end + 1 == lw.start
                                       && isUpper(s[size_t(brand.start)]);
                if (lw.end == q && !programme
                    && (w.is("plus") || w.is("piu")
                        || ((w.is("mas") || w.is("mais") || w.is("plusz") || w.is("plyus"))
                            && atom.spoken))
                    && (lw.start == 0
                        || !(isAlnum(s[size_t(lw.start - 1)]) || s[size_t(lw.start - 1)] == ']')))
                    chain.plusAt = lw.start;
            }
        }
        Link link = LinkNone;
        char sep = ' ';
        int last = atom.end;
        for (;;) {
            for (int t = 0; t < atom.groupCount; ++t) {
                Group gr;
                gr.start = atom.groupStart[t];
                gr.end = atom.groupEnd[t];
                gr.spoken = atom.spoken;
                gr.cardinal = atom.spoken && atom.cardinal;
                gr.d0 = int(chain.digits.size());
                if (atom.spoken) {
                    chain.digits.append(atom.spokenDigits);
                } else {
                    chain.digits.append(s.substr(size_t(gr.start), size_t(gr.end - gr.start)));
                }
                gr.dn = int(chain.digits.size()) - gr.d0;
                gr.link = t == 0 ? link : LinkStrong;
                gr.tight = t > 0;
                gr.sep = t == 0 ? sep : atom.groupSep[t];
                gr.parenOpen = gr.start > 0 && s[size_t(gr.start - 1)] == '(';
                gr.parenClose = gr.end < n && s[size_t(gr.end)] == ')';
                gr.year = (!gr.spoken && gr.dn == 4 && yearLike(chain.digits.data() + gr.d0))
                          || (atom.spoken && atom.yearSaid);
                if (gr.dn > 0)
                    chain.groups.push_back(gr);
            }
            last = atom.end;
            if (chain.groups.size() >= 48)
                break;
            const Gap gap = scanGap(atom.end);
            if (gap.link == LinkNone)
                break;
            Atom next;
            if (!nextAtom(gap.end, &next) || next.kind != AtomKind::Groups)
                break;
            // '+' starts a number of its own.
            if (next.start > 0 && s[size_t(next.start - 1)] == '+')
                break;
            atom = next;
            link = gap.link;
            sep = gap.sep;
        }
        // A date said aloud, a day and a month then a year said as one ("two five, oh eight,
        // nineteen seventy-three"; a date of birth): no number of a person
        if (chain.groups.size() == 3 && chain.groups[2].year && chain.groups[2].spoken
            && chain.groups[0].spoken && chain.groups[1].spoken && chain.groups[0].dn <= 2
            && chain.groups[1].dn <= 2) {
            const auto value = [&](const Group &g) {
                int v = 0;
                for (int t = 0; t < g.dn; ++t)
                    v = v * 10 + (chain.digits[size_t(g.d0 + t)] - '0');
                return v;
            };
            const int a = value(chain.groups[0]), b = value(chain.groups[1]);
            if (a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12)) {
                negatives.push_back({chainStart, chain.groups.back().end});
                i = std::max(last, i + 1);
                continue;
            }
        }
        // A register's number with its year after a slash, as Central and Eastern Europe and
        // the Romance countries write a decision's, a student card's or a file's number
        // ("zarządzenie nr 118/2024", "legitymacja nr 312456/2023", "číslo diplomu
        // 0018/2024/FI", "dosar 0871/2024"): no phone, unless the words before name one
        // ("Tel. 0871/2024" stays a phone)
        if (chain.groups.size() == 2 && chain.plusAt < 0 && chain.groups[1].sep == '/'
            && chain.groups[1].tight && chain.groups[1].year && !chain.groups[0].spoken
            && !chain.groups[1].spoken && chain.groups[0].dn <= 6
            && !(contextBefore(chainStart) & (CtxPhone | CtxAreaCode | CtxSsn | CtxCard))) {
            negatives.push_back({chainStart, chain.groups.back().end});
            i = std::max(last, i + 1);
            continue;
        }
        if (!chain.groups.empty()) {
            chains.emplace_back(chainStart, chain.groups.back().end);
            chain.before = contextBefore(chain.plusAt >= 0 ? chain.plusAt : chainStart);
            if (chain.plusAt < 0 && !(chain.before & CtxDecided)) {
                for (auto it = lowered.rbegin(); it != lowered.rend(); ++it) {
                    if (chainStart - it->end > 240)
                        break;
                    if (it->digits == chain.digits) {
                        chain.before = it->before;
                        break;
                    }
                }
            }
            if ((chain.before & CtxLowering) && (chain.before & CtxDecided)
                && chain.digits.size() >= 6)
                lowered.push_back({chain.groups.back().end, chain.digits, chain.before});
            // the answer to the other side's question (which words close by may not reach)
            if (chain.plusAt < 0
                && (!(chain.before & CtxDecided) || (chain.before & CtxLowering)
                    || !(chain.before & CtxNear))) {
                bool firstOfTwo = false;
                int asked = askedContext(chainStart, &firstOfTwo);
                // (the last four asked for, and four digits given: not the number)
                if (asked != 0 && chain.digits.size() == 4 && lastFourAsked(chainStart))
                    asked = 0;
                // (what the words close by decided stays, unless they lower a number the
                // question asked as an SSN or a card, or as the first of two things, or leave a
                // phone further than near)
                const int kinds = CtxPhone | CtxSsn | CtxCard;
                // (words that lower read past the start of the answer's turn, when the answer
                // opens with none: "agent: auf welche rufnummer läuft der vertrag / anrufer:
                // null sechs …" answers the question, whatever its last words name)
                // (the answer opens its turn, a speaker's label at a line's start before it, with
                // nothing but fillers between)
                const auto opensTurn = [&] {
                    int q = chainStart;
                    for (int words = 0; words < 4 && q > 0; ++words) {
                        while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
                            --q;
                        if (q > 0 && s[size_t(q - 1)] == ':') {
                            const int b = labelStartBefore(q);
                            if (b < 0)
                                return false;
                            const Word label = lowerWord(s, b, wordEnd(b));
                            // (not a field named with the noun first: "Référence client : …",
                            // "N° cliente: …")
                            if (label.is("client") || label.is("cliente") || label.is("klient")) {
                                const LetterWord pw = letterWordBefore(s, b);
                                const Word noun = lowerWord(s, pw.start, pw.end);
                                if (pw.start < pw.end && pw.end + 1 == b
                                    && (lowerWords().contains(noun) || numberNoun(noun)
                                        || noun.is("service") || noun.is("espace")
                                        || noun.is("code") || noun.is("compte")))
                                    return false;
                            }
                            return speakers().contains(label) || speakerWords().contains(label);
                        }
                        if (q == 0 || !isAlpha(s[size_t(q - 1)]))
                            return false;
                        const LetterWord lw = letterWordBefore(s, q);
                        if (lw.end - lw.start < 2
                            || !fillers().contains(lowerWord(s, lw.start, lw.end)))
                            return false;
                        q = lw.start;
                    }
                    return false;
                };
                if (asked != 0 && (asked & CtxPhone) && (chain.before & CtxLowering)
                    && (chain.before & CtxDecided) && opensTurn())
                    chain.before = asked;
                else if (asked != 0
                         && (!(chain.before & CtxDecided)
                             // (the question just asked over words further back: "agent: et
                             // votre numéro de client / cliente: euh c'est le un deux …")
                             || ((asked & CtxLowering) && (asked & CtxDecided)
                                 && !(chain.before & CtxNear))
                             || ((chain.before & CtxLowering)
                                 && ((asked & (CtxSsn | CtxCard)) || firstOfTwo))
                             || ((chain.before & kinds) == (asked & kinds) && (asked & CtxPhone))))
                    chain.before = asked;
            }
            chain.after = contextAfter(chain.groups.back().end
                                       + (chain.groups.back().parenClose ? 1 : 0));
            chain.pieceOf.assign(chain.groups.size(), 0);
            chain.pieceFirst.assign(1, 0);
            chain.pieceLast.clear();
            for (size_t t = 1; t < chain.groups.size(); ++t) {
                if (chain.groups[t].link == LinkStrong) {
                    chain.pieceOf[t] = chain.pieceOf[t - 1];
                    continue;
                }
                chain.pieceLast.push_back(int(t) - 1);
                chain.pieceFirst.push_back(int(t));
                chain.pieceOf[t] = chain.pieceOf[t - 1] + 1;
            }
            chain.pieceLast.push_back(int(chain.groups.size()) - 1);
            const size_t pieces = chain.pieceFirst.size();
            chain.pieceBefore.assign(pieces, chain.before);
            chain.pieceAfter.assign(pieces, chain.after);
            const auto pieceDigits = [&](size_t p) {
                const Group &a = chain.groups[size_t(chain.pieceFirst[p])];
                const Group &b = chain.groups[size_t(chain.pieceLast[p])];
                return std::string_view(chain.digits)
                        .substr(size_t(a.d0), size_t(b.d0 + b.dn - a.d0));
            };
            for (size_t p = 0; p + 1 < pieces; ++p) {
                const Group &g = chain.groups[size_t(chain.pieceLast[p])];
                chain.pieceAfter[p] = contextAfter(g.end + (g.parenClose ? 1 : 0));
            }
            for (size_t p = 1; p < pieces; ++p) {
                const Group &first = chain.groups[size_t(chain.pieceFirst[p])];
                chain.pieceBefore[p] = contextBefore(first.start);
                // the next part of a number read out in short parts that the words before its
                // first called an order's, a policy's ("Order number seven one eight, five five
                // two, oh one nine nine"): the same number, unless words around it say otherwise
                // (not "ref 12 then 0161 496 0003": a whole number after a short one)
                // (its parts said with a dash between may be longer: "order number is one one
                // four dash two nine three eight four seven five dash …")
                const int prev = chain.pieceBefore[p - 1];
                const Group &prevEnd = chain.groups[size_t(chain.pieceLast[p - 1])];
                const LetterWord sepWord = letterWordBefore(s, first.start);
                const Word between = lowerWord(s, sepWord.start, sepWord.end);
                const bool dashed = first.start - prevEnd.end <= 9
                                    && sepWord.start == prevEnd.end + 1
                                    && (between.is("dash") || between.is("hyphen")
                                        || between.is("slash") || between.is("barra")
                                        || between.is("barre") || between.is("strich"));
                const size_t most = dashed ? 8 : 6;
                // (a first piece of two digits too: "o cpf … um dois três, quatro cinco seis")
                if (!(chain.pieceBefore[p] & CtxDecided) && !(chain.pieceAfter[p] & CtxDecided)
                    && first.link == LinkPause && (prev & CtxLowering) && (prev & CtxDecided)
                    && (pieceDigits(p - 1).size() >= 3
                        || (pieceDigits(p - 1).size() == 2 && pieceDigits(p).size() <= 3))
                    && pieceDigits(p - 1).size() <= most && pieceDigits(p).size() <= most)
                    chain.pieceBefore[p] = prev;
                // ... or after a hesitation only, the number not yet whole ("your claim number
                // is five er three seven four double zero …", "my policy number is three seven
                // six ah nine four three nine …"), up to the twelve digits of an order's number
                const auto hesitationOnly = [&](int from, int to) {
                    int hesitations = 0;
                    for (int q = from; q < to;) {
                        if (s[size_t(q)] == ' ' || s[size_t(q)] == ',') {
                            ++q;
                            continue;
                        }
                        const int xe = wordEnd(q);
                        const Word x = lowerWord(s, q, xe);
                        if (xe <= q
                            || !(x.is("uh") || x.is("um") || x.is("er") || x.is("erm") || x.is("ah")
                                 || x.is("eh") || x.is("hmm") || x.is("uhm")))
                            return false;
                        ++hesitations;
                        q = xe;
                    }
                    return hesitations == 1;
                };
                if (!(chain.pieceBefore[p] & CtxDecided) && !(chain.pieceAfter[p] & CtxDecided)
                    && first.link == LinkPause && (prev & CtxLowering) && (prev & CtxDecided)
                    && (prev & CtxNear) && pieceDigits(p - 1).size() + pieceDigits(p).size() <= 12
                    && hesitationOnly(prevEnd.end, first.start))
                    chain.pieceBefore[p] = prev;
                // ... and across the other side's short turn ("the order number starts 6 6 2 /
                // Agent: go on / Customer: 0 4 1 9 8 7 3"), up to the ten digits or so of an
                // order's number
                if (!(chain.pieceBefore[p] & CtxDecided) && !(chain.pieceAfter[p] & CtxPhone)
                    && first.link == LinkTurn && (prev & CtxLowering) && (prev & CtxDecided)
                    && pieceDigits(p - 1).size() >= 3 && pieceDigits(p - 1).size() <= 6
                    && pieceDigits(p).size() <= 8
                    && pieceDigits(p - 1).size() + pieceDigits(p).size() <= 12
                    && scanGap(prevEnd.end).plainWords <= 2)
                    chain.pieceBefore[p] = prev;
                // the piece before said again ("your ticket number is six one four … again
                // that is six one four …"): what the words said of it the first time
                // (or corrected, a digit or two changed: "order 881 2274 4193, wait, 881 2274
                // 4139")
                const auto sameOrCorrected = [](std::string_view x, std::string_view y) {
                    if (x.size() != y.size())
                        return false;
                    int changed = 0;
                    for (size_t t = 0; t < x.size(); ++t)
                        changed += x[t] != y[t];
                    return changed <= 2;
                };
                if (!(chain.pieceBefore[p] & CtxDecided) && pieceDigits(p).size() >= 6
                    && sameOrCorrected(pieceDigits(p), pieceDigits(p - 1)))
                    chain.pieceBefore[p] = chain.pieceBefore[p - 1];
                // ... or started again ("the order was 3 0 4... sorry... 3 0 4 1 9 9 2 7 7 1")
                if (!(chain.pieceBefore[p] & CtxDecided) && pieceDigits(p - 1).size() >= 2
                    && pieceDigits(p).size() >= 6
                    && pieceDigits(p).size() > pieceDigits(p - 1).size()
                    && pieceDigits(p).starts_with(pieceDigits(p - 1)))
                    chain.pieceBefore[p] = chain.pieceBefore[p - 1];
                // a piece that answers the other side's question for an order or case number
                // ("… Agent: and the order number? Customer: 1062951069") is that number
                if (!(chain.pieceBefore[p] & CtxDecided)
                    && chain.groups[size_t(chain.pieceFirst[p])].link == LinkTurn) {
                    const int asked = askedContext(chain.groups[size_t(chain.pieceFirst[p])].start,
                                                   nullptr, false);
                    if (asked & CtxLower)
                        chain.pieceBefore[p] = asked;
                }
            }
            chain.lastFour = false;
            if (chain.before & CtxSsn) {
                const int from = std::max(0, chainStart - 48);
                std::string tail(s.substr(size_t(from), size_t(chainStart - from)));
                for (char &ch : tail)
                    ch = lower(ch);
                chain.lastFour = tail.find("last four") != std::string::npos
                                 || tail.find("last 4") != std::string::npos
                                 || tail.find("ends in") != std::string::npos
                                 || tail.find("ending in") != std::string::npos
                                 || tail.find("ends with") != std::string::npos;
            }
            // (digits written: an IBAN's finder reads them; said in words, "ES91 dos uno …",
            // they are judged here)
            chain.ibanTail = isDigit(s[size_t(chainStart)]) && afterIbanStart(chainStart);
            judge(chain);
        }
        i = std::max(last, i + 1);
    }
}

// The digits of the number atoms said one after another from p, up to limit (separated by
// spaces, commas, hyphens): "oh seven nine double one", "0791 1". Its end, or p.
int Scanner::numberRun(int p, int limit, std::string *digits, bool *spoken)
{
    int end = p;
    Atom atom;
    while (p < limit && nextAtom(p, &atom) && atom.kind == AtomKind::Groups && atom.end <= limit) {
        if (atom.spoken) {
            digits->append(atom.spokenDigits);
            *spoken = true;
        } else {
            for (int g = 0; g < atom.groupCount; ++g) {
                for (int t = atom.groupStart[g]; t < atom.groupEnd[g]; ++t) {
                    if (isDigit(s[size_t(t)]))
                        digits->push_back(s[size_t(t)]);
                }
            }
        }
        if (digits->size() > 24)
            return p;
        end = atom.end;
        p = end;
        while (p < limit && (s[size_t(p)] == ' ' || s[size_t(p)] == ',' || s[size_t(p)] == '-'))
            ++p;
    }
    return end;
}

// At p, where a word or a run of digits starts: the end of the run of digits and number words
// there (their digits appended to *digits), or -1 when none starts there, with *next set to
// where to look on (only a digit or a number word starts a run).
int Scanner::runAt(int p, int limit, std::string *digits, bool *spoken, int *next)
{
    const char c = s[size_t(p)];
    if (isAlpha(c)
        && (!mayStartNumberWord(c) || numberWord(s, p, wordEnd(p)).kind == NumKind::None)) {
        *next = wordEnd(p);
        return -1;
    }
    const int e = numberRun(p, limit, digits, spoken);
    if (e <= p) {
        *next = isAlpha(c) ? wordEnd(p) : p + 1;
        return -1;
    }
    return e;
}

// Whether only the words a speaker takes a number back with stand in [e, a): at most five of
// "no", "wait", "sorry", "i mean", "scratch that", "não desculpa", hesitations among them, and
// one at least that takes it back.
bool Scanner::takenBackBetween(int e, int a) const
{
    // (the words that take it back, and the words that may stand beside them)
    static const WordSet strong{"no",       "nope",       "wait",  "sorry",    "actually",
                                "scratch",  "oops",       "mean",  "desculpa", "perdon",
                                "pardon",   "correction", "nao",   "perdona",  "perdone",
                                "disculpa", "disculpe",   "scusi", "scusa"};
    static const WordSet takeBack{{&strong},
                                  {"that", "i", "non", "nein", "nee", "um", "uh", "er", "erm",
                                   "hang", "on", "let", "me", "start", "again", "hold", "rather"}};
    int words = 0;
    bool said = false;
    for (int q = e; q < a;) {
        const char c = s[size_t(q)];
        if (c == ' ' || c == ',' || c == '.' || c == '-' || c == '!') {
            ++q;
            continue;
        }
        // ("não" is read "nao": the text is folded to ASCII letters before the scan)
        if (!isAlpha(c) || ++words > 5)
            return false;
        const int w = wordEnd(q);
        const Word word = lowerWord(s, q, w);
        if (!takeBack.contains(word))
            return false;
        said = said || strong.contains(word);
        q = w;
    }
    return said;
}

// What stands before a number masked and belongs to it, read once every finder has run (so that
// each finder's numbers get it):
// - the words it begins with: "plus", a trunk's "one", an IBAN's country said as a word;
// - a first attempt: "you can get me on oh seven nine double one AGENT: sorry you broke up there
//   CUSTOMER: oh seven nine double one three double seven …", "zero seven four one zero i mean
//   zero seven four one zero two five …": three digits or more said a little before the number
//   and the same as its start; or, taken back right before it ("six oh one one four four no
//   wait six oh one one five …", "onze nove oito sete não desculpa onze nove …"), the same
//   number begun (its first two digits the number's).
void Scanner::findNumberStarts()
{
    // the numbers found, a number's pieces masked side by side taken together
    std::vector<PiiSpan> spans(out->begin(), out->end());
    std::sort(spans.begin(), spans.end(),
              [](const PiiSpan &x, const PiiSpan &y) { return x.start < y.start; });
    std::vector<PiiSpan> numbers;
    for (const PiiSpan &span : spans) {
        if (span.kind != PiiKind::Phone && span.kind != PiiKind::Card && span.kind != PiiKind::Ssn)
            continue;
        if (!numbers.empty() && numbers.back().kind == span.kind
            && span.start >= numbers.back().end) {
            qsizetype q = numbers.back().end;
            while (q < span.start && (s[size_t(q)] == ' ' || s[size_t(q)] == ','))
                ++q;
            if (q == span.start) {
                numbers.back().end = span.end;
                continue;
            }
        }
        numbers.push_back(span);
    }
    std::string digits;
    std::string d;
    for (const PiiSpan &span : numbers) {
        const int a = int(span.start);
        // an IBAN's country said as a word before its digits, masked as a number: "its de
        // [23 8569 one three nine five 4757 8779 zero six]"
        if ((span.kind == PiiKind::Card || span.kind == PiiKind::Phone) && a >= 3
            && s[size_t(a - 1)] == ' ' && isAlpha(s[size_t(a - 2)])) {
            const LetterWord before = letterWordBefore(s, a - 1);
            const int length
                    = before.end - before.start == 2
                              ? ibanLength(s[size_t(before.start)], s[size_t(before.start + 1)])
                              : 0;
            if (length > 0) {
                std::string all;
                bool spokenAll = false;
                numberRun(a, int(span.end), &all, &spokenAll);
                // (not "no" of "account no 0400012345678" unless the whole passes the check)
                const auto valid = [&] {
                    QChar q[40];
                    q[0] = QLatin1Char(char(s[size_t(before.start)] & ~0x20));
                    q[1] = QLatin1Char(char(s[size_t(before.start + 1)] & ~0x20));
                    for (size_t t = 0; t < all.size() && t < 38; ++t)
                        q[t + 2] = QLatin1Char(all[t]);
                    return ibanValid(QStringView(q, qsizetype(all.size()) + 2));
                };
                if (int(all.size()) + 2 == length
                    && (!numberNoun(lowerWord(s, before.start, before.end)) || valid())) {
                    push(before.start, int(span.end), PiiKind::Iban, spokenAll);
                    continue;
                }
            }
        }
        // the word a phone's number begins with, left out: "plus [five two double five]",
        // "the house phone one, [929, 533, …]" (a trunk's "one")
        if (span.kind == PiiKind::Phone && a >= 2) {
            int q = a;
            while (q > 0 && s[size_t(q - 1)] == ' ')
                --q;
            if (q > 0 && s[size_t(q - 1)] == ',')
                --q;
            const int e = q;
            while (q > 0 && isAlpha(s[size_t(q - 1)]))
                --q;
            if (q < e && (q == 0 || !isAlnum(s[size_t(q - 1)]))) {
                const Word w = lowerWord(s, q, e);
                // ("más", "mais", "più" before a number said in words: "mais três cinco um
                // nove …")
                // (Hungarian "plusz", Russian and Ukrainian "плюс": "plyus")
                bool lead = w.is("plus")
                            || (span.spoken
                                && (w.is("mas") || w.is("mais") || w.is("piu") || w.is("plusz")
                                    || w.is("plyus")));
                if (!lead && (w.is("one") || w.is("won"))) {
                    // (before ten digits that begin with an area code; not "number one",
                    // "twenty one")
                    const auto [b, c] = letterWordBefore(s, q);
                    std::string ten;
                    bool spokenTen = false;
                    numberRun(a, int(span.end), &ten, &spokenTen);
                    lead = ten.size() == 10 && ten[0] >= '2'
                           && (b == c
                               || (numberWord(s, b, c).kind == NumKind::None
                                   && !lowerWord(s, b, c).is("number")));
                }
                // a country code said in one word after "más", "mais", "più" or "plus" before a
                // pause: "más uno, tres cero cinco, …"
                // (or in words: "plus deux cent douze, six cent …")
                int from = q, said = 0;
                while (!lead && said < 3
                       && (numberWord(s, from, said == 0 ? e : wordEnd(from)).kind != NumKind::None
                           || (said == 0 && (w.is("um") || w.is("cent"))))) {
                    ++said;
                    const auto [b, c] = letterWordBefore(s, from);
                    const Word pw = lowerWord(s, b, c);
                    if (b < c && c + 2 >= from
                        && (pw.is("plus") || pw.is("mas") || pw.is("mais") || pw.is("piu")
                            || pw.is("plusz") || pw.is("plyus"))
                        && (b == 0 || !isAlnum(s[size_t(b - 1)]))) {
                        lead = true;
                        q = b;
                        break;
                    }
                    if (b == c || c + 1 != from || s[size_t(c)] != ' ')
                        break;
                    from = b;
                }
                if (lead)
                    push(q, int(span.end), PiiKind::Phone, true, true);
            }
        }
        digits.clear();
        bool digitsRead = false;
        size_t next = 0; // the first span that may cover what is read
        // (only where numbers were read)
        size_t chain = 0;
        for (int p = std::max(0, a - 160); p < a;) {
            while (chain < chains.size() && chains[chain].second <= p)
                ++chain;
            if (chain == chains.size() || chains[chain].first >= a)
                break;
            if (p < chains[chain].first)
                p = chains[chain].first;
            const char c = s[size_t(p)];
            if (!isAlnum(c) || (p > 0 && isAlnum(s[size_t(p - 1)]))) {
                ++p;
                continue;
            }
            while (next < spans.size() && spans[next].end <= p)
                ++next;
            if (next < spans.size() && spans[next].start <= p) {
                p = int(spans[next].end);
                continue;
            }
            d.clear();
            bool spoken = false;
            const int e = runAt(p, a, &d, &spoken, &p);
            if (e < 0)
                continue;
            const bool free = !(next < spans.size() && spans[next].start < e);
            if (d.size() >= 3 && free) {
                if (!digitsRead) {
                    bool spokenRun = false;
                    numberRun(a, int(span.end), &digits, &spokenRun);
                    digitsRead = true;
                }
                // (a few digits said in pairs or hundreds are a sum or a time more often than a
                // first attempt: "I was charged two fifty twice. My number is two five oh …")
                const bool sum = spoken && d.size() <= 4 && !digitByDigit(p, e);
                if (digits.size() >= 7 && d.size() < digits.size() && !sum
                    && digits.compare(0, d.size(), d) == 0) {
                    // ("room 415 … call me on 415 555 0132": a few digits written may be
                    // another number's)
                    const int ctx = d.size() <= 4 && !spoken ? contextBefore(p) : 0;
                    if (!((ctx & CtxLowering) && (ctx & CtxDecided) && (ctx & CtxNear)))
                        push(p, e, span.kind, spoken, true);
                } else if (digits.size() >= 3 && d.size() <= digits.size() + 1
                           && d.compare(0, 2, digits, 0, 2) == 0 && takenBackBetween(e, a)) {
                    // (an attempt that went another way, taken back right before the number:
                    // not one the words before called a ticket's or an order's)
                    const int ctx = contextBefore(p);
                    if (!((ctx & CtxLowering) && (ctx & CtxDecided)))
                        push(p, e, span.kind, spoken, true);
                }
            }
            p = e;
        }
    }
}

// A number found, then read back in part without its separators: the agent's "one seventy two
// fifty eight" after "the ip is one seventy two dot fifty eight dot one ninety one dot twelve".
// A run of five digits or more, unmasked, within a few turns after, whose digits stand in the
// find's in that order, is that find's (never a last four: that is no entity).
void Scanner::findReadBacks()
{
    const size_t found = out->size();
    // (up to the next find only: a read-back follows what it reads back)
    std::vector<int> starts;
    starts.reserve(found);
    for (size_t k = 0; k < found; ++k)
        starts.push_back(int((*out)[k].start));
    std::sort(starts.begin(), starts.end());
    std::string digits, d;
    for (size_t k = 0; k < found; ++k) {
        const PiiSpan sp = (*out)[k];
        if (sp.kind != PiiKind::Phone && sp.kind != PiiKind::Card && sp.kind != PiiKind::Ssn
            && sp.kind != PiiKind::Ip)
            continue;
        const auto next = std::lower_bound(starts.begin(), starts.end(), int(sp.end));
        const int limit = std::min(next == starts.end() ? n : *next, int(sp.end) + 240);
        if (limit - int(sp.end) < 8)
            continue;
        // the find's digits, its dots said as words skipped (read once a run may need them)
        const auto readDigits = [&] {
            digits.clear();
            for (int p = int(sp.start); p < int(sp.end);) {
                if (!isAlnum(s[size_t(p)]) || (p > 0 && isAlnum(s[size_t(p - 1)]))) {
                    ++p;
                    continue;
                }
                bool spoken = false;
                const int e = runAt(p, int(sp.end), &digits, &spoken, &p);
                if (e >= 0)
                    p = e;
            }
        };
        bool digitsRead = false;
        for (int p = int(sp.end); p < limit;) {
            if (!isAlnum(s[size_t(p)]) || (p > 0 && isAlnum(s[size_t(p - 1)]))) {
                if (s[size_t(p)] == '[' && maskTokenAt(s, p) > 0)
                    break; // another find
                // (another field of a table's row: "512 384 907 00021;FR40 512384907")
                if (s[size_t(p)] == ';' || s[size_t(p)] == '\t' || s[size_t(p)] == '|')
                    break;
                ++p;
                continue;
            }
            // (not the rest of a sum or a number written with marks: "$ 120.000,00")
            if (p > 1 && (s[size_t(p - 1)] == '.' || s[size_t(p - 1)] == ',')
                && isDigit(s[size_t(p - 2)])) {
                while (p < limit && isAlnum(s[size_t(p)]))
                    ++p;
                continue;
            }
            d.clear();
            bool spoken = false;
            const int e = runAt(p, limit, &d, &spoken, &p);
            if (e < 0)
                continue;
            // (nor one digit said over and over: "00000")
            if (!d.empty() && d.find_first_not_of(d[0]) == std::string::npos) {
                p = std::max(p + 1, e);
                continue;
            }
            if (d.size() >= 5 && !digitsRead) {
                readDigits();
                digitsRead = true;
            }
            if (digitsRead && digits.size() < 6)
                break;
            const auto covered = [&] { return anyFindIn(p, e); };
            const auto otherNumber = [&] {
                const int before = contextBefore(p), after = contextAfter(e);
                return ((before & CtxLowering) && (before & CtxDecided))
                       || ((after & CtxLowering) && (after & CtxDecided));
            };
            if (d.size() >= 5 && d.size() < digits.size() && digits.find(d) != std::string::npos
                && !covered() && !unitAfter(e) && !currencyBefore(p) && !otherNumber())
                push(p, e, sp.kind, spoken, true);
            p = e;
        }
    }
}

void Scanner::findUuids()
{
    static constexpr int kGroups[] = {8, 4, 4, 4, 12};
    // from each dash that may be the first: the UUID starts eight before it
    for (int dash = 8; dash + 28 <= n;) {
        const void *found = std::memchr(s.data() + dash, '-', size_t(n - 27 - dash));
        if (!found)
            return;
        dash = int(static_cast<const char *>(found) - s.data());
        const int i = dash - 8;
        ++dash;
        if (!isHex(s[size_t(i)]) || (i > 0 && isAlnum(s[size_t(i - 1)])))
            continue;
        int p = i;
        bool ok = true;
        for (int k = 0; k < 5 && ok; ++k) {
            for (int t = 0; t < kGroups[k] && ok; ++t)
                ok = isHex(s[size_t(p++)]);
            if (ok && k < 4)
                ok = s[size_t(p++)] == '-';
        }
        if (ok && !(p < n && isAlnum(s[size_t(p)]))) {
            uuids.emplace_back(i, p);
            dash = p + 8;
        }
    }
}

// UPS's tracking numbers, "1Z" and sixteen letters and digits, written whole or in the groups
// their labels print ("1Z 999 AA1 01 2345 6784"): identifiers, as UUIDs are (their last
// groups read as a British phone number).
void Scanner::findUpsNumbers()
{
    bool added = false;
    for (const char z : {'Z', 'z'}) {
        // (the letter is rare, the digit before it is not: look for the letter)
        for (size_t zAt = s.find(z, 1); zAt != std::string_view::npos; zAt = s.find(z, zAt + 1)) {
            if (s[zAt - 1] != '1')
                continue;
            const int i = int(zAt - 1);
            if (i > 0 && isAlnum(s[size_t(i - 1)]))
                continue;
            int p = i, chars = 0;
            while (p < n && chars < 18) {
                if (isAlnum(s[size_t(p)])) {
                    ++chars;
                    ++p;
                } else if (s[size_t(p)] == ' ' && p + 1 < n && isAlnum(s[size_t(p + 1)])
                           && chars > 0) {
                    ++p;
                } else {
                    break;
                }
            }
            if (chars == 18 && !(p < n && isAlnum(s[size_t(p)]))) {
                uuids.emplace_back(i, p);
                added = true;
            }
        }
    }
    if (added)
        std::sort(uuids.begin(), uuids.end());
}

// The end of the UUID that holds pos, or -1.
int Scanner::uuidEndCovering(int pos) const
{
    for (const auto &[a, b] : uuids) {
        if (pos < a)
            break;
        if (pos < b)
            return b;
    }
    return -1;
}

void Scanner::run()
{

    // What the text holds decides which passes run: most lines hold no '@', no ':' and many no
    // digit.
    if (s.empty())
        return; // (and memchr may not be given an empty view's null pointer)
    const bool at = std::memchr(s.data(), '@', s.size()) != nullptr;
    const bool colon = std::memchr(s.data(), ':', s.size()) != nullptr;
    const int firstDigit = firstDigitAt(s);
    const bool digit = firstDigit < n;
    if (digit && std::memchr(s.data(), '-', s.size()) != nullptr)
        findUuids();
    if (digit)
        findUpsNumbers();
    // A WhatsApp link's number ("wa.me/6281318840027"): a phone number in international form,
    // whatever the URL around it
    if (digit && wantPhone && n >= 14) {
        for (size_t q = s.find("wa.me/"); q != std::string_view::npos;
             q = s.find("wa.me/", q + 6)) {
            size_t a = q + 6, b = a + (a < size_t(n) && s[a] == '+' ? 1 : 0);
            const size_t from = b;
            while (b < size_t(n) && isDigit(s[b]))
                ++b;
            if (b - from >= 8 && b - from <= 15 && (b == size_t(n) || !isAlnum(s[b])))
                push(int(a), int(b), PiiKind::Phone);
        }
    }
    if (digit)
        findShapesOfNoPii();
    if (digit)
        findBoletos();
    if (at && wantEmail)
        findEmails();
    if (wantEmail && wantSpoken)
        findSpokenEmails();
    findNumbers();
    if (digit && wantIban)
        findIbans(firstDigit);
    if (digit && wantPhone)
        findVanity(firstDigit);
    if (colon && wantIp)
        findIpv6();
    if (digit && wantIp)
        findIpPieces();
    if (digit && wantPhone)
        findAreaCodesAfter();
    if (wantPhone && !out->empty())
        findAreaCodesNamedBefore();
    if (wantPhone && !out->empty())
        findCountryCodesAfter();
    if (!openEnds.empty())
        findRestAfterOpenEnds();
    if (!out->empty() && (digit || wantSpoken) && wantPhone)
        findNumberStarts();
    // One pass over the word starts for what the last finders start from: " dot " (an address
    // read out), two letters standing alone (an IBAN's country read out), and the words a
    // correction is said with ("at the end", "the last group is").
    bool dot = false, letters = false, correction = false, colonWord = false, foreignAt = false;
    bool vanityStart = false;
    // "et" and Latvian "punkts" or Turkish "nokta": an address said in Latvian or Turkish
    // ("janis punkts ozols et inbox punkts lv", "ayse et gmail nokta com"; "et" alone is French
    // "and")
    bool etWord = false, etDot = false;
    bool ibanWord = false; // "iban", "konto", "cuenta": an account's letters may be said as words
    {
        // the word at i (lower case) is w
        const auto is = [&](int i, const char *w, int len) {
            if (i < 0 || i + len > n)
                return false;
            for (int k = 0; k < len; ++k) {
                if (lower(s[size_t(i + k)]) != w[k])
                    return false;
            }
            return i + len == n || !isAlpha(s[size_t(i + len)]);
        };
        // the word at i, `len` letters long (its letters' run), is w: the run's length is
        // compared first
        const auto isLen = [&](int i, int len, std::string_view w) {
            if (len != int(w.size()))
                return false;
            for (int k = 0; k < len; ++k) {
                if (lower(s[size_t(i + k)]) != w[size_t(k)])
                    return false;
            }
            return true;
        };
        // a word of kDotWords (they start with 'd', 'p', 'k', 't', 'b' or 'n'), `len` letters
        // long
        const auto dotWordAt = [&](int i, int len) {
            const char f = lower(s[size_t(i)]);
            if (f < 'a' || f > 'z' || len >= 32
                || ((kDotWordShapes[size_t(f - 'a')] >> len) & 1u) == 0)
                return false;
            for (const std::string_view d : kDotWords)
                if (d[0] == lower(s[size_t(i)]) && isLen(i, len, d))
                    return true;
            return false;
        };
        // "group is", "digits are", "ends in", "end is"
        const auto saysWhich = [&](int end) {
            return end + 1 < n && s[size_t(end)] == ' '
                   && (is(end + 1, "is", 2) || is(end + 1, "are", 3) || is(end + 1, "in", 2)
                       || is(end + 1, "with", 4));
        };
        const char *const text = s.data();
        for (int i = -1; i + 1 < n; ++i) {
            if (i >= 0 && s[size_t(i)] != ' ') {
                // on to the next space
                const void *space = std::memchr(text + i, ' ', size_t(n - i));
                if (space == nullptr)
                    break;
                i = int(static_cast<const char *>(space) - text);
                if (i + 1 >= n)
                    break;
            }
            const int w = i + 1; // a word start
            const char c = s[size_t(w)];
            if (!isAlpha(c))
                continue;
            int we = w + 1; // (the end of its letters)
            while (we < n && isAlpha(s[size_t(we)]))
                ++we;
            const int len = we - w;
            // (the words of an IBAN or an account: the first letters they start with, then each)
            if (!ibanWord && len < 32
                && ((kAccountWordShapes[size_t((c | 0x20) - 'a')] >> len) & 1u)) {
                for (const std::string_view a : kAccountWords)
                    ibanWord = ibanWord || (a[0] == (c | 0x20) && isLen(w, len, a));
            }
            switch (c | 0x20) {
            case 'd':
                dot = dot || dotWordAt(w, len);
                correction = correction || (isLen(w, len, "digits") && saysWhich(w + 6));
                break;
            case 'e':
                vanityStart = vanityStart || isLen(w, len, "eight");
                foreignAt = foreignAt || isLen(w, len, "eta");
                etWord = etWord || isLen(w, len, "et");
                // "at the end", "ends in", "the end is"
                correction
                        = correction
                          || (isLen(w, len, "end")
                              && (saysWhich(w + 3) || (is(w - 4, "the", 3) && is(w - 7, "at", 2))))
                          || (isLen(w, len, "ends") && saysWhich(w + 4));
                break;
            case 't':
                vanityStart = vanityStart || isLen(w, len, "triple");
                dot = dot || dotWordAt(w, len);
                etDot = etDot || isLen(w, len, "titik") || isLen(w, len, "tacka")
                        || isLen(w, len, "tocka") || isLen(w, len, "tachka");
                break;
            case 'g':
                correction = correction || (isLen(w, len, "group") && saysWhich(w + 5));
                break;
            case 'a':
                foreignAt = foreignAt || isLen(w, len, "alfakroll") || isLen(w, len, "afna");
                break;
            case 'z':
                foreignAt = foreignAt || isLen(w, len, "zavinac");
                break;
            case 'h':
                foreignAt = foreignAt || isLen(w, len, "hja");
                break;
            case 'b':
                correction = correction || (isLen(w, len, "bit") && saysWhich(w + 3));
                dot = dot || dotWordAt(w, len);
                break;
            case 'p':
                correction = correction || (isLen(w, len, "part") && saysWhich(w + 4));
                dot = dot || dotWordAt(w, len);
                etDot = etDot || isLen(w, len, "punkts") || isLen(w, len, "pika");
                foreignAt = foreignAt || isLen(w, len, "papaki");
                break;
            case 'k':
                dot = dot || dotWordAt(w, len);
                foreignAt = foreignAt || isLen(w, len, "klammeraffe") || isLen(w, len, "kukac")
                            || isLen(w, len, "krollalfa") || isLen(w, len, "klomba")
                            || isLen(w, len, "kuchukcha");
                break;
            case 'm':
                foreignAt = foreignAt || isLen(w, len, "malpa") || isLen(w, len, "maymunsko")
                            || isLen(w, len, "majmunce") || isLen(w, len, "majmunche");
                break;
            case 's':
                foreignAt = foreignAt || isLen(w, len, "snabel") || isLen(w, len, "sobachka")
                            || isLen(w, len, "sobaka");
                break;
            case 'r':
                foreignAt = foreignAt || isLen(w, len, "ravlik");
                break;
            case 'c':
                colonWord = colonWord || isLen(w, len, "colon");
                foreignAt = foreignAt || isLen(w, len, "chiocciola")
                            || (isLen(w, len, "cong") && w >= 2 && s[size_t(w - 1)] == ' '
                                && (s[size_t(w - 2)] | 0x20) == 'a');
                dot = dot || dotWordAt(w, len);
                break;
            case 'f':
                correction = correction || (isLen(w, len, "four") && saysWhich(w + 4));
                break;
            case 'n':
                correction = correction || (isLen(w, len, "numbers") && saysWhich(w + 7));
                dot = dot || dotWordAt(w, len);
                etDot = etDot || isLen(w, len, "nokta");
                break;
            default:
                break;
            }
            // a spelling word ("november lima"), a letter "as in" or "for" its word
            letters = letters
                      || (natoStart(c, w + 1 < n ? s[size_t(w + 1)] : '\0')
                          && natoLetter(s, w, wordEnd(w)) != 0)
                      || (w + 2 < n && s[size_t(w + 1)] == ' '
                          && (is(w + 2, "as", 2) || is(w + 2, "for", 3) || is(w + 2, "come", 4)
                              || is(w + 2, "comme", 5) || is(w + 2, "como", 4)
                              || is(w + 2, "wie", 3) || is(w + 2, "van", 3) || is(w + 2, "de", 2))
                          && (w == 0 || !isAlnum(s[size_t(w - 1)])));
            // two letters standing alone: "p t", "G B"; a country's two in capitals before a
            // number said: "IT ottantaquattro M nove …"
            letters = letters
                      || (w + 2 < n && s[size_t(w + 1)] == ' ' && isAlpha(s[size_t(w + 2)])
                          && (w + 3 == n || !isAlnum(s[size_t(w + 3)])))
                      || (isUpper(c) && w + 3 < n && isUpper(s[size_t(w + 1)])
                          && s[size_t(w + 2)] == ' ' && isAlnum(s[size_t(w + 3)])
                          && ibanLength(c, s[size_t(w + 1)]) > 0)
                      || (isUpper(c) && w + 5 < n && ibanStartAt(s, w) && s[size_t(w + 4)] == ' '
                          && isAlpha(s[size_t(w + 5)]));
            // ... or a country's two letters as a word of no English before a digit or a word
            // ("es 51 eh 0075 …", "é pt cinquenta, …"; read only to its full length, its check
            // passing: findSpokenIbans), or by their names ("pê tê cinquenta, …", read as "pe
            // te": the text is folded to ASCII letters)
            if (!letters && len == 2 && we + 1 < n && s[size_t(we)] == ' ') {
                if (isAlnum(s[size_t(we + 1)]) && ibanLength(c, s[size_t(w + 1)]) > 0
                    && !englishTwoLetters(lower(c), lower(s[size_t(w + 1)]))) {
                    letters = true;
                } else if (we + 3 < n && isAlpha(s[size_t(we + 2)])
                           && !isAlpha(s[size_t(we + 3)])) {
                    char l1 = 0, l2 = 0;
                    letters = letterNameEnd(w, &l1) > 0 && letterNameEnd(we + 1, &l2) > 0
                              && ibanLength(l1, l2) > 0;
                }
            }
            // ... or a letter and a letter's name in the caller's language: "i ti", "e esse"
            // (both by their names, "en el", only after a word for an account: ibanWord)
            if (!letters && w + 5 < n && s[size_t(w + 1)] == ' ' && wantIban
                && isAlpha(s[size_t(w + 2)])) {
                char l = 0;
                letters = letterNameEnd(w + 2, &l) > 0;
            }
        }
    }
    // (" . " between digits: "192 . 168 . 1 . 20")
    if (wantIp && (dot || (digit && spacedDot())))
        findSpokenIps();
    if (wantIp && wantSpoken && dot && colon)
        findIpOpeningTurns();
    if (wantIp && wantSpoken && colonWord)
        findSpokenIpv6();
    if (wantEmail && wantSpoken && (foreignAt || (etWord && etDot)))
        findSpokenEmails(true, etWord && etDot);
    if (wantIban && wantSpoken && (letters || ibanWord))
        findSpokenIbans();
    if (wantPhone && wantSpoken && vanityStart)
        findSpokenVanity();
    if (!out->empty() && correction)
        findCorrections();
    if (!out->empty() && (digit || wantSpoken))
        findReadBacks();
    if (!out->empty())
        findPiecesBefore();
    if (!out->empty() && wantEmail && wantSpoken)
        findDictations();
    if (!out->empty() && wantIp && wantSpoken)
        findIpDictations();
    if (wantIban && wantSpoken && out->size() >= 2)
        findBankLettersBetween();
    if (!out->empty() && wantSpoken)
        findRestarts();
    if (wantIban && !out->empty())
        completeIbans();
    if (!out->empty() && wantSpoken)
        dropCodesAfterLetters();
    if (!out->empty() && wantEmail && wantSpoken)
        findCorrectedLocals();
    if (wantIp && wantSpoken && !out->empty())
        extendCorrectedOctets();
    if (wantSpoken && !out->empty())
        extendCorrectedDigits();
    if (wantSpoken && !out->empty())
        extendSoundAlikeEdges();
    if (wantPhone && !out->empty())
        extendAreaCodes();
    if (out->size() >= 2)
        joinRestartedTries();
    if (out->size() >= 2)
        joinAcrossCorrections();
    if (digit && !out->empty())
        dropFrenchSocialSecurity();
    if (!notPii.empty())
        eraseWithin(notPii);
}

// Drops every find that lies inside one of `ranges`.
void Scanner::eraseWithin(const std::vector<std::pair<int, int>> &ranges)
{
    out->erase(std::remove_if(out->begin(), out->end(),
                              [&](const PiiSpan &sp) {
                                  for (const auto &[a, e] : ranges)
                                      if (int(sp.start) >= a && int(sp.end) <= e)
                                          return true;
                                  return false;
                              }),
               out->end());
}

// A number said in words with a recogniser's sound-alike of a digit at its edge, which the
// reading left out: "for one five triple five oh one two three", "… nine oh for oh won",
// "nine for seven um eight five three eight two ate". Taken in when the number is one digit or
// two short of a whole one (an SSN's nine, a phone's ten or eleven, a card's fifteen or sixteen)
// and whole with them.
void Scanner::extendSoundAlikeEdges()
{
    const auto alikeAt = [&](int a, int e) {
        return e > a && e - a <= 4 ? soundAlikeDigit(lowerWord(s, a, e)) : -1;
    };
    // (beside a digit said in English: Polish "mój numer to …" is "it is")
    const auto englishDigit = [&](int a, int e) {
        const Word w = lowerWord(s, a, e);
        return w.is("zero") || w.is("oh") || w.is("one") || w.is("two") || w.is("three")
               || w.is("four") || w.is("five") || w.is("six") || w.is("seven") || w.is("eight")
               || w.is("nine") || w.is("double") || w.is("triple") || alikeAt(a, e) >= 0;
    };
    for (PiiSpan &sp : *out) {
        if (!sp.spoken
            || !(sp.kind == PiiKind::Phone || sp.kind == PiiKind::Ssn || sp.kind == PiiKind::Card))
            continue;
        const int a = int(sp.start), b = int(sp.end);
        // the sound-alikes right before it (up to two) and right after it (one)
        int before = a, alikesBefore = 0;
        std::string lead;
        int leadStart[3] = {a, a, a}; // where the number starts with k of them taken in
        const bool englishFirst = isAlpha(s[size_t(a)]) && englishDigit(a, wordEnd(a));
        while (englishFirst && alikesBefore < 2) {
            const LetterWord lw = letterWordBefore(s, before);
            const int v
                    = lw.start < lw.end && before - lw.end <= 1 ? alikeAt(lw.start, lw.end) : -1;
            if (v < 0)
                break;
            lead.insert(lead.begin(), char('0' + v));
            before = lw.start;
            leadStart[++alikesBefore] = before;
        }
        int f = b;
        while (f < n && s[size_t(f)] == ' ' && f - b < 2)
            ++f;
        const int fe = f < n && isAlpha(s[size_t(f)]) ? wordEnd(f) : f;
        const LetterWord last = letterWordBefore(s, b);
        const int trail = (f > b || fe > f) && last.end == b && englishDigit(last.start, last.end)
                                  ? alikeAt(f, fe)
                                  : -1;
        if (alikesBefore == 0 && trail < 0)
            continue;
        // the digits said in it
        std::string digits;
        for (int q = a; q < b;) {
            if (isDigit(s[size_t(q)])) {
                digits.push_back(s[size_t(q++)]);
                continue;
            }
            if (!isAlpha(s[size_t(q)])) {
                ++q;
                continue;
            }
            const int e = wordEnd(q);
            if (numberWord(s, q, e).kind != NumKind::None) {
                const Atom said = readSpoken(q);
                if (said.end > q && !said.spokenDigits.empty()) {
                    digits += said.spokenDigits;
                    q = said.end;
                    continue;
                }
            }
            if (const int v = alikeAt(q, e); v >= 0)
                digits.push_back(char('0' + v));
            q = e;
        }
        const auto whole = [&](const std::string &d) {
            const size_t D = d.size();
            if (sp.kind == PiiKind::Ssn)
                return D == 9;
            if (sp.kind == PiiKind::Card)
                return (D == 15 || D == 16) && luhnValid(d.data(), int(D));
            return D == 10 || (D == 11 && d[0] == '1');
        };
        if (whole(digits))
            continue;
        // (the word after the trailing one no digit: "… oh won speaker one" reads on)
        int g = fe;
        while (g < n && s[size_t(g)] == ' ')
            ++g;
        const bool trailOk = trail >= 0 && !(g < n && isDigit(s[size_t(g)]))
                             && !(g < n && isAlpha(s[size_t(g)])
                                  && numberWord(s, g, wordEnd(g)).kind != NumKind::None);
        for (int k = 0; k <= alikesBefore; ++k) {
            const std::string withLead = lead.substr(lead.size() - size_t(k)) + digits;
            const int from = leadStart[k];
            if (k > 0 && whole(withLead)) {
                sp.start = from;
                break;
            }
            if (trailOk && whole(withLead + char('0' + trail))) {
                sp.start = from;
                sp.end = fe;
                break;
            }
        }
    }
}

// Two numbers found with only a correction between them ("4752 3938, nu scuze, 2938 3114 9862",
// "5219 4630 2334 nie przepraszam 2304 5798", "CZ90 2010 0001 ne, počkejte, 0000 5117 …"): one
// item said, a part taken back and said again; one mask over both and the words between.
void Scanner::joinAcrossCorrections()
{
    // (and Greek and Croatian: "όχι συγγνώμη", "ne, oprostite")
    static const WordSet takeBack{"ochi",      "syggnomi",    "oprostite", "oprosti",
                                  "izvinite",  "izvini",      "no",        "nao",
                                  "nee",       "nein",        "non",       "ne",
                                  "nie",       "nu",          "sorry",     "pardon",
                                  "pardonnez", "przepraszam", "scuze",     "scuzati",
                                  "pockejte",  "pockat",      "stati",     "stai",
                                  "moment",    "wait",        "desculpe",  "perdon",
                                  "scusi",     "scusa",       "oops",      "entschuldigung",
                                  "wacht",     "aspetti",     "espera",    "sorri",
                                  "prosim",    "promin",      "promiňte",  "prominte"};
    const auto numberKind = [](PiiKind k) {
        return k == PiiKind::Phone || k == PiiKind::Card || k == PiiKind::Iban || k == PiiKind::Ssn;
    };
    std::vector<size_t> order;
    for (size_t k = 0; k < out->size(); ++k)
        if (numberKind((*out)[k].kind))
            order.push_back(k);
    if (order.size() < 2)
        return;
    std::sort(order.begin(), order.end(),
              [&](size_t x, size_t y) { return (*out)[x].start < (*out)[y].start; });
    std::vector<std::pair<size_t, size_t>> joins; // (first, second) in out
    for (size_t t = 0; t + 1 < order.size(); ++t) {
        const PiiSpan &x = (*out)[order[t]];
        const PiiSpan &y = (*out)[order[t + 1]];
        const int a = int(x.end), b = int(y.start);
        if (b <= a || b - a > 48)
            continue;
        int words = 0;
        bool back = false, other = false;
        for (int q = a; q < b && !other;) {
            const char c = s[size_t(q)];
            if (c == ' ' || c == ',' || c == '.' || c == '!' || c == '-') {
                ++q;
                continue;
            }
            if (!isAlpha(c)) {
                other = true;
                break;
            }
            const int e = std::min(b, wordEnd(q));
            const Word w = lowerWord(s, q, e);
            if (takeBack.contains(w))
                back = true;
            else if (!fillers().contains(w))
                other = true;
            ++words;
            q = e;
        }
        if (!other && back && words <= 4)
            joins.emplace_back(order[t], order[t + 1]);
    }
    if (joins.empty())
        return;
    std::vector<bool> gone(out->size(), false);
    std::vector<PiiSpan> joined;
    for (size_t t = 0; t < joins.size(); ++t) {
        // (a run of joins is one item: "… nie … nie …")
        size_t first = joins[t].first, last = joins[t].second;
        while (t + 1 < joins.size() && joins[t + 1].first == last)
            last = joins[++t].second;
        PiiSpan sp = (*out)[first];
        sp.end = (*out)[last].end;
        for (size_t k = 0; k < order.size(); ++k)
            if ((*out)[order[k]].start >= (*out)[first].start
                && (*out)[order[k]].end <= (*out)[last].end)
                gone[order[k]] = true;
        joined.push_back(sp);
    }
    size_t w = 0;
    for (size_t k = 0; k < out->size(); ++k)
        if (!gone[k])
            (*out)[w++] = (*out)[k];
    out->resize(w);
    for (const PiiSpan &sp : joined)
        out->push_back(sp);
}

// An IBAN written short of its country's length whose rest follows past the other side's turn
// or a correction ("PT50 0018 0003 / assistente: sim / cliente: 2198 4756 …", "PT50 0045 1234
// 40 não desculpe 4028 7365 9187 6", "NL32 KNAB 0726 8351 nee wacht 1538 42": the group taken
// back replaced): one IBAN through the rest, when the whole passes its check at its length.
void Scanner::completeIbans()
{
    struct Group
    {
        int start, end;
    };
    std::vector<std::pair<int, int>> whole; // the IBANs found so, [start, end)
    for (const PiiSpan &sp : *out) {
        const int a = int(sp.start), b = int(sp.end);
        if (sp.kind != PiiKind::Iban || !ibanStartAt(s, a))
            continue;
        const int length = ibanLength(s[size_t(a)], s[size_t(a + 1)]);
        const auto takesBack = [&](const Word &w) {
            return negationWord(w) || w.is("sorry") || w.is("desculpe") || w.is("perdon")
                   || w.is("wacht") || w.is("wait") || w.is("espera") || w.is("pardon")
                   || w.is("scusi") || w.is("scusa");
        };
        // the item's groups as written, up to a correction read inside it ("NL32 KNAB 0726 8351
        // nee wacht 1538 42": what follows it is the rest)
        std::vector<Group> own;
        std::string compact;
        int p = b;
        bool corrected = false;
        for (int q = a; q < b;) {
            while (q < b && !isAlnum(s[size_t(q)]))
                ++q;
            if (q < b && s[size_t(q)] >= 'a' && s[size_t(q)] <= 'z') {
                const int e = wordEnd(q);
                if (takesBack(lowerWord(s, q, e))) {
                    corrected = true;
                    p = q;
                    break;
                }
                q = e;
                continue;
            }
            int e = q;
            while (e < b && isAlnum(s[size_t(e)])) {
                const char c = s[size_t(e++)];
                compact.push_back(isAlpha(c) ? char(lower(c) & ~0x20) : c);
            }
            if (e > q)
                own.push_back({q, e});
            q = e;
        }
        // (a first try of the country and its check digits taken back before it: "PT50, não,
        // PT47 2220 …"; masked with it)
        if (length > 0 && int(compact.size()) == length && ibanValid(compact)) {
            int q = a;
            int words = 0;
            bool back = false;
            for (;;) {
                while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
                    --q;
                const LetterWord lw = letterWordBefore(s, q);
                if (words >= 3 || lw.start == lw.end || lw.end != q || lw.end - lw.start > 9)
                    break;
                const Word w = lowerWord(s, lw.start, lw.end);
                if (!(takesBack(w) || fillers().contains(w)))
                    break;
                back = back || takesBack(w);
                ++words;
                q = lw.start;
            }
            if (back && q >= 4 && isDigit(s[size_t(q - 1)]) && isDigit(s[size_t(q - 2)])
                && lower(s[size_t(q - 4)]) == lower(s[size_t(a)])
                && lower(s[size_t(q - 3)]) == lower(s[size_t(a + 1)]) && isAlpha(s[size_t(q - 3)])
                && (q == 4 || !isAlnum(s[size_t(q - 5)])))
                whole.emplace_back(q - 4, b);
            continue;
        }
        if (length == 0 || (!corrected && int(compact.size()) >= length))
            continue;
        if (corrected && ibanValid(std::string_view(compact).substr(0, size_t(length))))
            continue;
        // what follows: groups of digits or capitals, past turns, fillers and a correction
        std::vector<Group> more;
        for (int guard = 0; guard < 12 && p < n && more.size() < 8; ++guard) {
            int q = p, words = 0;
            while (q < n && q - p <= 64 && words <= 6) {
                const char c = s[size_t(q)];
                if (c == ' ' || c == ',' || c == '.' || c == '\n' || c == '\r' || c == '-') {
                    ++q;
                    continue;
                }
                if (!isAlpha(c))
                    break;
                if (const int l = labelEnd(q); l > 0) {
                    q = l;
                    continue;
                }
                const int e = wordEnd(q);
                const Word w = lowerWord(s, q, e);
                const bool back = takesBack(w) || w.is("moment") || w.is("momento");
                if (!(back || fillers().contains(w) || w.is("sim") || w.is("yes") || w.is("ok")
                      || w.is("okay") || w.is("ja") || w.is("si") || w.is("oui") || w.is("mhm")
                      || w.is("eh") || w.is("e") || w.is("y") || w.is("en") || w.is("und")
                      || w.is("et")))
                    break;
                corrected = corrected || back;
                ++words;
                q = e;
            }
            if (q >= n || !(isDigit(s[size_t(q)]) || isUpper(s[size_t(q)])))
                break;
            int e = q;
            while (e < n && (isDigit(s[size_t(e)]) || isUpper(s[size_t(e)])))
                ++e;
            if (e < n && isAlnum(s[size_t(e)]))
                break;
            more.push_back({q, e});
            p = e;
        }
        if (more.empty())
            continue;
        // the rest appended; after a correction, the last group or two taken back first
        for (int drop = 0; drop <= (corrected ? 2 : 0) && drop < int(own.size()); ++drop) {
            std::string whole1 = compact;
            for (int k = 0; k < drop; ++k)
                whole1.resize(whole1.size()
                              - size_t(own[own.size() - 1 - size_t(k)].end
                                       - own[own.size() - 1 - size_t(k)].start));
            if (whole1.size() < 4)
                break;
            int used = -1;
            for (size_t k = 0; k < more.size() && int(whole1.size()) < length; ++k) {
                for (int t = more[k].start; t < more[k].end; ++t)
                    whole1.push_back(s[size_t(t)]);
                used = int(k);
            }
            if (used >= 0 && int(whole1.size()) == length && ibanValid(whole1)) {
                whole.emplace_back(a, more[size_t(used)].end);
                break;
            }
        }
    }
    if (whole.empty())
        return;
    eraseWithin(whole);
    for (const auto &[a, e] : whole)
        push(a, e, PiiKind::Iban);
}

// The end of the words that take back what was said right before `from` ("no", ", sorry,", "wait
// no", up to three), or -1 when none follow.
int Scanner::takenBackEnd(int from) const
{
    int q = from;
    bool takenBack = false;
    for (int words = 0; words < 3; ++words) {
        while (q < n && (s[size_t(q)] == ',' || s[size_t(q)] == ' '))
            ++q;
        const int e = q < n && isAlpha(s[size_t(q)]) ? wordEnd(q) : q;
        const Word w = lowerWord(s, q, e);
        if (!(w.is("no") || w.is("sorry") || w.is("wait") || w.is("nope")))
            break;
        takenBack = true;
        q = e;
    }
    return takenBack ? q : -1;
}

// An address's last part said again, corrected ("ten dot 4 dot 49 dot 141, no, dot 131"): masked
// with it.
void Scanner::extendCorrectedOctets()
{
    for (PiiSpan &sp : *out) {
        if (sp.kind != PiiKind::Ip)
            continue;
        const int q = takenBackEnd(int(sp.end));
        if (q < 1)
            continue;
        // (ipSeparatorEnd reads from the space before the separator)
        const int sep = s[size_t(q - 1)] == ' ' ? ipSeparatorEnd(q - 1) : -1;
        const int octet = sep > 0 ? spokenOctetEnd(sep) : -1;
        if (octet > 0)
            sp.end = octet;
    }
}

// A number's last digits said again, corrected ("… eight eight eight no two", "… seven eight
// nine, sorry, two"): masked with it. One or two digits only, at the end of what is said.
void Scanner::extendCorrectedDigits()
{
    for (PiiSpan &sp : *out) {
        if (sp.kind == PiiKind::Email || sp.kind == PiiKind::Ip || sp.end < 1
            || !isAlnum(s[size_t(sp.end - 1)]))
            continue;
        int q = takenBackEnd(int(sp.end));
        if (q < 0)
            continue;
        int digits = 0, end = -1;
        while (q < n && digits < 3) {
            while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ','))
                ++q;
            if (q < n && isDigit(s[size_t(q)])) {
                int e = q;
                while (e < n && isDigit(s[size_t(e)]))
                    ++e;
                if (e < n && isAlpha(s[size_t(e)]))
                    break;
                digits += e - q;
                end = e;
                q = e;
                continue;
            }
            const int e = q < n && isAlpha(s[size_t(q)]) ? wordEnd(q) : q;
            const NumWord nw = e > q ? numberWord(s, q, e) : NumWord();
            if (nw.kind != NumKind::Digit && nw.kind != NumKind::Oh)
                break;
            ++digits;
            end = e;
            q = e;
        }
        // (the correction ends what is said: no more digits, no unit after it)
        if (end < 0 || digits > 2)
            continue;
        int f = end;
        while (f < n && s[size_t(f)] == ' ')
            ++f;
        if (f < n && isAlpha(s[size_t(f)]) && (unitAfter(end) || timeAfter(end)))
            continue;
        sp.end = end;
    }
}

// "area code" said right before a phone's digits is said as part of it ("it's area code 512 973
// 5247"): masked with it.
void Scanner::extendAreaCodes()
{
    for (PiiSpan &sp : *out) {
        if (sp.kind != PiiKind::Phone || sp.start < 10 || s[size_t(sp.start - 1)] != ' ')
            continue;
        const LetterWord code = letterWordBefore(s, int(sp.start) - 1);
        if (code.end + 1 != int(sp.start) || !lowerWord(s, code.start, code.end).is("code"))
            continue;
        const LetterWord area = letterWordBefore(s, code.start);
        if (area.end + 1 == code.start && lowerWord(s, area.start, area.end).is("area"))
            sp.start = area.start;
    }
}

// Written shapes that hold digits and no personal data, whatever the words around them: a
// Belgian payment's structured reference ("+++090/9337/55493+++", "***…***") and an IPv4
// network written with a wildcard ("192.168.178.x", "10.0.*"). What is found inside them is
// dropped at the end of the scan.
void Scanner::findShapesOfNoPii()
{
    const auto has = [&](char c) { return std::memchr(s.data(), c, s.size()) != nullptr; };
    const bool plus = has('+'), star = has('*');
    for (const std::string_view mark : {std::string_view("+++"), std::string_view("***")}) {
        if (!(mark[0] == '+' ? plus : star))
            continue;
        for (size_t q = s.find(mark); q != std::string_view::npos; q = s.find(mark, q + 3)) {
            const size_t d = q + 3;
            if (digitsAt(int(d), 3) && d + 3 < size_t(n) && s[d + 3] == '/'
                && digitsAt(int(d + 4), 4) && d + 8 < size_t(n) && s[d + 8] == '/'
                && digitsAt(int(d + 9), 5) && s.substr(d + 14, 3) == mark) {
                notPii.emplace_back(int(q), int(d + 17));
                q = d + 14;
            }
        }
    }
    if (!star && !has('x') && !has('X'))
        return;
    for (size_t q = s.find('.'); q != std::string_view::npos; q = s.find('.', q + 1)) {
        const size_t w = q + 1; // the wildcard
        if (q == 0 || !isDigit(s[q - 1]) || w >= size_t(n)
            || !(s[w] == 'x' || s[w] == 'X' || s[w] == '*')
            || (w + 1 < size_t(n) && isAlnum(s[w + 1])))
            continue;
        size_t b = q;
        int dots = 1;
        while (b > 0 && (isDigit(s[b - 1]) || s[b - 1] == '.')) {
            --b;
            dots += s[b] == '.' ? 1 : 0;
        }
        if (dots >= 2 && dots <= 4 && isDigit(s[b]))
            notPii.emplace_back(int(b), int(w + 1));
    }
}

// A spoken address's first try, taken back before the address is said again: "marc point lemaire,
// euh non, marc tiret lemaire, arobase gmail point com", "jose luis, no, joseluis todo junto,
// punto ramirez arroba …", "john dot smith, no sorry, jon dot smith at gmail dot com". The try is
// masked with the address: it is the same person's name. A try is a few words joined by a
// separator said ("dot", "tiret", "underscore"), or one or two plain words (no lead-in words:
// "my email is, no wait, …" takes nothing).
void Scanner::findCorrectedLocals()
{
    // the words a correction is said with
    static const WordSet takeBack{
            "no",      "non",      "nee",       "nein",       "ne",       "nao",      "sorry",
            "scusi",   "scusa",    "perdon",    "disculpa",   "disculpe", "desculpa", "pardon",
            "perdona", "perdone",  "mean",      "correction", "oops",     "cioe",     "bedoel",
            "wacht",   "attendez", "espera",    "aspetta",    "warte",    "euh",      "uh",
            "um",      "er",       "erm",       "ehm",        "ah",       "ahm",      "wait",
            "i",       "actually", "rectifico", "corrijo",    "perdao",   "nope"};
    // words before an address that are no part of it, in the languages it is said in (besides
    // emailStopWords)
    static const WordSet leadIn{"mi",  "ma",   "mein", "la",  "el",  "il", "le",
                                "de",  "do",   "da",   "mia", "mio", "e",  "heisst",
                                "c'e", "sono", "soy",  "sou", "ben"};
    const size_t found = out->size();
    for (size_t k = 0; k < found; ++k) {
        const PiiSpan sp = (*out)[k];
        if (sp.kind != PiiKind::Email || !sp.spoken)
            continue;
        const int start = int(sp.start);
        // the correction: up to four of its words, one of them no hesitation
        int q = start;
        int taken = 0;
        bool saysNo = false;
        for (;;) {
            int e = q;
            while (e > 0 && (s[size_t(e - 1)] == ' ' || s[size_t(e - 1)] == ','))
                --e;
            int b = e;
            while (b > 0 && isAlpha(s[size_t(b - 1)]))
                --b;
            if (b == e || taken == 4)
                break;
            const Word w = lowerWord(s, b, e);
            if (!takeBack.contains(w))
                break;
            const std::string_view v = w.view();
            saysNo = saysNo
                     || !(v == "euh" || v == "uh" || v == "um" || v == "er" || v == "erm"
                          || v == "ehm" || v == "ah" || v == "ahm" || v == "i");
            ++taken;
            q = b;
        }
        if (!saysNo)
            continue;
        // (the correction stands apart: a comma or a pause before it)
        int e = q;
        while (e > 0 && s[size_t(e - 1)] == ' ')
            --e;
        if (e == 0 || s[size_t(e - 1)] != ',')
            continue;
        --e;
        // the try: words and separators said, back to a lead-in word, a mark or a turn
        int tryStart = -1, words = 0;
        bool separator = false;
        for (int r = e; words < 6;) {
            while (r > 0 && s[size_t(r - 1)] == ' ')
                --r;
            int b = r;
            while (b > 0 && isAlnum(s[size_t(b - 1)]))
                --b;
            if (b == r || (b > 0 && !(s[size_t(b - 1)] == ' ')))
                break;
            const Word w = lowerWord(s, b, r);
            if (w.size <= 0)
                break;
            if (localConnector(w.view())) {
                separator = true;
                r = b;
                continue;
            }
            if (emailStopWords().contains(w) || leadIn.contains(w) || fillers().contains(w)
                || speakers().contains(w))
                break;
            tryStart = b;
            ++words;
            r = b;
        }
        if (tryStart < 0 || (!separator && words > 2))
            continue;
        // (a try with its own "at" is a whole address tried: "lee at orange, sorry no, …")
        {
            const LetterWord before = letterWordBefore(s, tryStart);
            const Word bw = lowerWord(s, before.start, before.end);
            if (before.end > before.start
                && (saysAt(bw) || bw.is("chiocciola") || bw.is("apenstaartje")
                    || bw.is("at-teken")))
                continue;
        }
        // (a separator said first is no part of a try: "… dot, no, …")
        if (separator && tryStart == e)
            continue;
        push(tryStart, start, PiiKind::Email, true, true);
    }
}

// A number said right after a lone letter, or after a token of digits and letters ("1z"), is
// the rest of a code read out: a tracking, account, meter or reference number ("it's nine d
// seven nine three eight one seven four", "1z e d a one three two …", "your reference for today
// is w two four one …"). Nobody says a letter before a phone number or an SSN. (Vowels, "x" and
// "y" alone are words or digits said in some language, "a", "e", "y", "o": they count only
// after another lone letter.)
void Scanner::dropCodesAfterLetters()
{
    static const WordSet codeWords{
            "tracking",     "reference", "ref",          "account", "order",     "serial",
            "membership",   "member",    "receipt",      "case",    "claim",     "ticket",
            "confirmation", "booking",   "policy",       "invoice", "meter",     "customer",
            "parcel",       "code",      "cancellation", "quote",   "quotation", "reservation",
            "rma",          "incident",  "request",      "job",     "dispatch",  "return"};
    // The lone letters (or one short token of digits and letters) right before `start`, then
    // what says they are a code's: a digit or number word before them ("nine d …", "1z e d a
    // …"), or a code's word a few words back ("your reference for today is w …").
    const auto codeBefore = [&](int start) {
        const auto wordOrDigit = [](char l) { // (and "e", "y", "u": "and", "or", "is" elsewhere)
            return l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u' || l == 'x' || l == 'y';
        };
        int q = start;
        int letters = 0;
        bool consonant = false, token = false;
        for (;;) {
            int e = q;
            while (e > 0 && s[size_t(e - 1)] == ' ')
                --e;
            if (e == q || e == 0 || !isAlnum(s[size_t(e - 1)]))
                break;
            int b = e - 1;
            while (b > 0 && isAlnum(s[size_t(b - 1)]))
                --b;
            if (b > 0 && s[size_t(b - 1)] != ' ' && s[size_t(b - 1)] != '\n')
                break; // (a word of its own: "it's" is no letter "s")
            if (e - b == 1 && isAlpha(s[size_t(b)])) {
                consonant = consonant || !wordOrDigit(lower(s[size_t(b)]));
                ++letters;
                q = b;
                if (letters > 3)
                    return false; // a word spelled ("j o h n"), not a code's letters
                continue;
            }
            bool digit = false, alpha = false;
            for (int k = b; k < e; ++k) {
                digit = digit || isDigit(s[size_t(k)]);
                alpha = alpha || isAlpha(s[size_t(k)]);
            }
            // (not an IBAN's country and check digits: "mine is ES91 dos uno cero …")
            const bool ibanStart = e - b == 4 && letters == 0 && ibanStartAt(s, b);
            if (digit && alpha && e - b <= 4 && letters <= 3 && !ibanStart) {
                token = true; // "1z"
                q = b;
            }
            break;
        }
        if (token)
            return true;
        if (letters == 0 || !consonant)
            return false;
        // (an IBAN's country spelled before its check digits: "p l nine seven …")
        if (letters == 2) {
            int b = q;
            int e = b + 1;
            while (e < start && s[size_t(e)] == ' ')
                ++e;
            if (ibanLength(char(s[size_t(b)] & ~0x20), char(s[size_t(e)] & ~0x20)) > 0)
                return false;
        }
        // the word before the letters
        int e = q;
        while (e > 0 && s[size_t(e - 1)] == ' ')
            --e;
        int b = e;
        while (b > 0 && isAlnum(s[size_t(b - 1)]))
            --b;
        if (b < e && (isDigit(s[size_t(e - 1)]) || numberWord(s, b, e).kind != NumKind::None))
            return true;
        // a code's word within six words back, in the same turn
        for (int words = 0; words < 6 && b < e; ++words) {
            if (isAlpha(s[size_t(b)]) && codeWords.contains(lowerWord(s, b, e)))
                return true;
            e = b;
            while (e > 0 && (s[size_t(e - 1)] == ' ' || s[size_t(e - 1)] == '\''))
                --e;
            if (e == 0 || !isAlnum(s[size_t(e - 1)]))
                break;
            b = e;
            while (b > 0 && isAlnum(s[size_t(b - 1)]))
                --b;
        }
        return false;
    };
    out->erase(std::remove_if(out->begin(), out->end(),
                              [&](const PiiSpan &sp) {
                                  // (a card's length is masked still: a mis-heard card is
                                  // still a card)
                                  return sp.spoken
                                         && (sp.kind == PiiKind::Phone || sp.kind == PiiKind::Ssn)
                                         && isAlpha(s[size_t(sp.start)])
                                         && codeBefore(int(sp.start))
                                         && readSpoken(int(sp.start)).spokenDigits.size() < 13;
                              }),
               out->end());
}

// An item begun, broken off and said again: "seventy three sorry seventy eight dot one four six
// …", "jsmith dot eight oh sorry jsmith dot eighty four at gmail dot com", "jay uh jay b at
// hotmail …". The words before the break that start as the item does (its first word again),
// and hold nothing but what items are said with (number words, digits, letters said alone,
// "dot", "at", words of the item), are the item's first try: masked as it is.
void Scanner::findRestarts()
{
    const size_t found = out->size();
    for (size_t k = 0; k < found; ++k) {
        const PiiSpan sp = (*out)[k];
        if (sp.kind == PiiKind::Ssn && !sp.spoken)
            continue;
        const int a = int(sp.start), b = int(sp.end);
        const auto inItem = [&](const Word &w) {
            for (int q = a; q < b;) {
                while (q < b && !isAlnum(s[size_t(q)]))
                    ++q;
                int e = q;
                while (e < b && isAlnum(s[size_t(e)]))
                    ++e;
                if (e > q && lowerWord(s, q, e).is(w.view()))
                    return true;
                q = e;
            }
            return false;
        };
        // back over the break: "sorry", "no", "wait", "uh", "i mean", "oh sorry"
        int q = a;
        int breaks = 0;
        for (;;) {
            while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
                --q;
            const LetterWord lw = letterWordBefore(s, q);
            if (lw.start == lw.end || lw.end != q)
                break;
            const Word w = lowerWord(s, lw.start, lw.end);
            const bool brk = w.is("sorry") || w.is("no") || w.is("wait") || w.is("uh") || w.is("um")
                             || w.is("er") || w.is("erm") || w.is("oops") || w.is("actually")
                             || w.is("rather") || w.is("correction") || w.is("mean")
                             || (w.is("i") && breaks > 0);
            if (!brk)
                break;
            ++breaks;
            q = lw.start;
            if (breaks > 3)
                break;
        }
        if (breaks == 0)
            continue;
        const int breakStart = q;
        // the item's first word
        int fe = a;
        while (fe < b && isAlnum(s[size_t(fe)]))
            ++fe;
        if (fe == a || fe - a >= 24)
            continue;
        const Word first = lowerWord(s, a, fe);
        // the words before the break, back to the item's first word said again
        int start = -1;
        int tokens = 0;
        int p = breakStart;
        while (tokens < 8 && p > 0 && breakStart - p < 72) {
            while (p > 0 && (s[size_t(p - 1)] == ' ' || s[size_t(p - 1)] == '-'))
                --p;
            if (p == 0 || !isAlnum(s[size_t(p - 1)]))
                break; // a sentence's end, a turn's mark, a mask
            int w = p;
            while (w > 0 && isAlnum(s[size_t(w - 1)]))
                --w;
            if (p - w >= 24)
                break;
            const Word word = lowerWord(s, w, p);
            ++tokens;
            if (word.is(first.view())) {
                start = w;
                break;
            }
            const bool said = (p - w == 1) || isDigit(s[size_t(w)])
                              || numberWord(s, w, p).kind != NumKind::None || isDotWord(word)
                              || word.is("at") || word.is("underscore") || word.is("dash")
                              || inItem(word);
            if (!said)
                break;
            p = w;
        }
        if (start < 0)
            continue;
        // (the words given back: never a mask over one already there)
        int end = breakStart;
        while (end > start && (s[size_t(end - 1)] == ' ' || s[size_t(end - 1)] == ','))
            --end;
        if (!anyFindIn(start, end))
            push(start, end, sp.kind, true, false);
    }
}

// Where a French social security number as it is printed starts at q, with or without its key,
// ends ("2 87 02 75 114 082 36": sex, year, month, département — "2A", "2B" in Corsica —,
// commune, order, key), or -1.
int Scanner::frenchSocialSecurityEnd(int q) const
{
    if (q + 18 > n || (s[size_t(q)] != '1' && s[size_t(q)] != '2') || s[size_t(q + 1)] != ' '
        || (q > 0 && isAlnum(s[size_t(q - 1)])))
        return -1;
    const auto group = [&](int at, int count) {
        return digitsAt(at, count) && at + count < n && s[size_t(at + count)] == ' ';
    };
    const int month
            = digitsAt(q + 5, 2) ? (s[size_t(q + 5)] - '0') * 10 + (s[size_t(q + 6)] - '0') : 0;
    const bool corsica = s[size_t(q + 8)] == '2'
                         && (s[size_t(q + 9)] == 'A' || s[size_t(q + 9)] == 'B')
                         && s[size_t(q + 10)] == ' ';
    if (!group(q + 2, 2) || !group(q + 5, 2) || month < 1 || month > 12
        || !(group(q + 8, 2) || corsica) || !group(q + 11, 3) || !digitsAt(q + 15, 3))
        return -1;
    const int e = q + 18;
    if (e + 3 <= n && s[size_t(e)] == ' ' && digitsAt(e + 1, 2)
        && (e + 3 == n || !isAlnum(s[size_t(e + 3)])))
        return e + 3;
    return e < n && isAlnum(s[size_t(e)]) ? -1 : e;
}

// A French social security number as it is printed is none of the kinds masked, though a French
// phone may be read inside it: what was found inside one is dropped.
void Scanner::dropFrenchSocialSecurity()
{
    for (const PiiSpan &sp : *out) {
        if (sp.end - sp.start > 21)
            continue;
        for (int q = std::max(0, int(sp.start) - 20); q <= int(sp.start); ++q) {
            if ((s[size_t(q)] != '1' && s[size_t(q)] != '2') || q + 1 >= n
                || s[size_t(q + 1)] != ' ')
                continue;
            const int e = frenchSocialSecurityEnd(q);
            if (e >= int(sp.end)) {
                notPii.emplace_back(q, e);
                break;
            }
        }
    }
}

// A first try said again at the start of the whole number after an aside ("three six zero hold
// on the signal is bad three six zero... five five five... zero one nine one"): one item, the
// aside with it. The first try holds three digits or more (or is said, in nine characters or
// more), nothing between the two holds a digit.
void Scanner::joinRestartedTries()
{
    for (const PiiSpan &a : *out) {
        const int from = int(a.start), to = int(a.end), len = to - from;
        int digits = -1; // (counted when a later find may repeat it)
        for (PiiSpan &b : *out) {
            const int start = int(b.start);
            if (b.kind != a.kind || start < to || start - to > 80 || int(b.end) - start <= len)
                continue;
            if (digits < 0) {
                digits = 0;
                for (int q = from; q < to; ++q)
                    digits += isDigit(s[size_t(q)]) ? 1 : 0;
            }
            if (digits < 3 && !(a.spoken && len >= 9)) // (said: "three six zero")
                break;
            bool same = true;
            for (int t = 0; t < len && same; ++t)
                same = lower(s[size_t(from + t)]) == lower(s[size_t(start + t)]);
            for (int q = to; q < start && same; ++q)
                same = !isDigit(s[size_t(q)]);
            if (same)
                b.continued = true;
        }
    }
}

// A Brazilian bank slip's typed line ("linha digitável": "34191.79001 01043.510047 91020.150008
// 1 96340000026990"): a payment's code, not a card or phones; nothing found inside it is kept.
void Scanner::findBoletos()
{
    // digits of the given count at q, then the character c (0: none needed); the end, or -1
    const auto digitsThen = [&](int q, int count, char c) {
        for (int k = 0; k < count; ++k, ++q)
            if (q >= n || !isDigit(s[size_t(q)]))
                return -1;
        if (c != 0) {
            if (q >= n || s[size_t(q)] != c)
                return -1;
            ++q;
        }
        return q;
    };
    for (const char *p = s.data(), *e = p + n;
         (p = static_cast<const char *>(std::memchr(p, '.', size_t(e - p)))) != nullptr; ++p) {
        const int dot = int(p - s.data());
        const int start = dot - 5;
        if (start < 0 || (start > 0 && isAlnum(s[size_t(start - 1)])))
            continue;
        int q = digitsThen(start, 5, '.');
        if (q < 0)
            continue;
        q = digitsThen(q, 5, ' ');
        if (q >= 0)
            q = digitsThen(q, 5, '.');
        if (q >= 0)
            q = digitsThen(q, 6, ' ');
        if (q >= 0)
            q = digitsThen(q, 5, '.');
        if (q >= 0)
            q = digitsThen(q, 6, ' ');
        if (q >= 0)
            q = digitsThen(q, 1, ' ');
        if (q >= 0)
            q = digitsThen(q, 14, 0);
        if (q < 0 || (q < n && isAlnum(s[size_t(q)])))
            continue;
        notPii.emplace_back(start, q);
        p = s.data() + q - 1;
    }
}

// An IP address whose first octet ends one turn and whose rest opens the speaker's next turn,
// the other side's short turn between ("and my I.P. is um one seven two / mhm / dot sixteen dot
// four dot two two"): the two pieces are masked where they stand.
void Scanner::findIpOpeningTurns()
{
    for (int c = 1; c + 2 < n; ++c) {
        if (s[size_t(c)] != ':')
            continue;
        int r = c + 1;
        while (r < n && s[size_t(r)] == ' ')
            ++r;
        const int label = labelStartBefore(r);
        if (label < 0 || r >= n || !isAlpha(s[size_t(r)])
            || !isDotWord(lowerWord(s, r, wordEnd(r))))
            continue;
        // the rest: ". octet . octet . octet", three of them
        int end = r - 1, octets = 0;
        for (; octets < 3; ++octets) {
            const int next = ipSeparatorEnd(end);
            const int e = next > 0 ? spokenOctetEnd(next) : -1;
            if (e < 0)
                break;
            end = e;
        }
        if (octets != 3 || ipSeparatorEnd(end) > 0)
            continue;
        // back over the other side's short turn to the end of the turn before it
        int q = label;
        int otherLabel = -1;
        for (int b = q - 1; b > 0 && q - b < 64; --b) {
            if (s[size_t(b)] == ':') {
                int t = b + 1;
                while (t < n && s[size_t(t)] == ' ')
                    ++t;
                if (labelStartBefore(t) >= 0) {
                    otherLabel = labelStartBefore(t);
                    break;
                }
            }
        }
        if (otherLabel < 0)
            continue;
        int words = 0;
        for (int k = otherLabel; k < q; ++k)
            words += isAlpha(s[size_t(k)]) && (k == 0 || !isAlpha(s[size_t(k - 1)])) ? 1 : 0;
        if (words > 5) // (the label's word and up to four said)
            continue;
        int a = otherLabel;
        while (a > 0 && (s[size_t(a - 1)] == ' ' || s[size_t(a - 1)] == ','))
            --a;
        const int firstEnd = a;
        // the first octet: digits, or up to three number words
        int start = -1;
        if (a > 0 && isDigit(s[size_t(a - 1)])) {
            int b = a;
            while (b > 0 && isDigit(s[size_t(b - 1)]))
                --b;
            start = b;
        } else {
            for (int w = 0, x = a; w < 3 && x > 0; ++w) {
                const LetterWord lw = letterWordBefore(s, x);
                if (lw.start == lw.end || numberWord(s, lw.start, lw.end).kind == NumKind::None)
                    break;
                if (spokenOctetEnd(lw.start) == firstEnd)
                    start = lw.start;
                x = lw.start;
            }
        }
        if (start < 0 || spokenOctetEnd(start) != firstEnd)
            continue;
        // (an address named in that turn: "ip", "I.P.", "address", "gateway", "router")
        bool named = false;
        for (int k = std::max(0, start - 80); k < start && !named; ++k) {
            if (!isAlpha(s[size_t(k)]) || (k > 0 && isAlpha(s[size_t(k - 1)])))
                continue;
            const Word w = lowerWord(s, k, wordEnd(k));
            named = w.is("ip") || w.is("address") || w.is("gateway") || w.is("router")
                    || w.is("server")
                    || (w.is("i") && k + 3 < n && s[size_t(k + 1)] == '.'
                        && lower(s[size_t(k + 2)]) == 'p');
        }
        if (!named)
            continue;
        if (anyFindIn(r, end) || anyFindIn(start, firstEnd))
            continue;
        push(start, firstEnd, PiiKind::Ip, true);
        push(r, end, PiiKind::Ip, true, true);
        c = end;
    }
}

// The text around [start, end): up to `chars` characters and `lines` lines each way.
std::pair<int, int> Scanner::zoneAround(int start, int end, int chars, int lines) const
{
    int from = std::max(0, start - chars), to = std::min(n, end + chars);
    for (int q = start, seen = 0; q > from; --q) {
        if (s[size_t(q - 1)] == '\n' && ++seen > lines) {
            from = q;
            break;
        }
    }
    for (int q = end, seen = 0; q < to; ++q) {
        if (s[size_t(q)] == '\n' && ++seen > lines) {
            to = q;
            break;
        }
    }
    return {from, to};
}

// An IBAN's bank letters spelled in a turn of their own between two of its pieces ("g b three
// three / Agent: yes / Customer: b u k b / Agent: yes / Customer: two oh two oh …"): four
// letters said alone, between two IBAN masks close together, are its own.
void Scanner::findBankLettersBetween()
{
    std::vector<std::pair<int, int>> ibans;
    for (const PiiSpan &sp : *out)
        if (sp.kind == PiiKind::Iban)
            ibans.emplace_back(int(sp.start), int(sp.end));
    if (ibans.size() < 2)
        return;
    std::sort(ibans.begin(), ibans.end());
    for (size_t k = 0; k + 1 < ibans.size(); ++k) {
        const int from = ibans[k].second, to = ibans[k + 1].first;
        if (to <= from || to - from > 120)
            continue;
        for (int p = from; p < to; ++p) {
            // a run of letters said alone: "b u k b"
            if (!isAlpha(s[size_t(p)]) || (p > 0 && isAlnum(s[size_t(p - 1)])))
                continue;
            int q = p, letters = 0, end = p;
            while (q < to && isAlpha(s[size_t(q)]) && (q + 1 >= n || !isAlnum(s[size_t(q + 1)]))) {
                ++letters;
                end = q + 1;
                if (q + 2 < to && s[size_t(q + 1)] == ' ' && isAlpha(s[size_t(q + 2)]))
                    q += 2;
                else {
                    ++q;
                    break;
                }
            }
            q = end;
            if (letters == 4 && opensLine(p)) {
                if (!anyFindIn(p, q))
                    push(p, q, PiiKind::Iban, true, true);
            }
            p = std::max(p, q);
        }
    }
}

// The token at p, a word start, as a piece of a dictated find of `kind`: its letters and digits
// (lower case) appended to *content, or *sep set for a separator said as a word ("dot", "colon",
// "underscore"). Its end, or -1 when it is no piece of such a find (a word of something else).
int Scanner::dictatedToken(int p, int limit, PiiKind kind, std::string *content, DictatedToken *t)
{
    *t = DictatedToken();
    const size_t before = content->size();
    const char c = s[size_t(p)];
    const bool letters = kind == PiiKind::Email || kind == PiiKind::Iban || kind == PiiKind::Ip;
    if (isDigit(c)) {
        // digits written, with letters glued to them ("1c2e", "4b", "priya87"): the token
        int e = p;
        while (e < limit && isAlnum(s[size_t(e)]))
            ++e;
        bool digitsOnly = true;
        for (int q = p; q < e; ++q) {
            if (isDigit(s[size_t(q)]) || letters)
                content->push_back(lower(s[size_t(q)]));
            digitsOnly = digitsOnly && (isDigit(s[size_t(q)]) || !letters);
        }
        t->digits = digitsOnly && content->size() > before;
        t->letter = !t->digits && content->size() > before;
        return e;
    }
    if (!isAlpha(c))
        return -1;
    const int we = wordEnd(p);
    if (we > limit)
        return -1;
    const Word w = lowerWord(s, p, we);
    if (w.is("dot") || w.is("point") || w.is("period") || (kind == PiiKind::Ip && w.is("colon"))
        || (kind == PiiKind::Email
            && (w.is("underscore") || w.is("dash") || w.is("hyphen") || w.is("at")))) {
        t->sep = kind == PiiKind::Email || kind == PiiKind::Ip;
        return t->sep ? we : -1;
    }
    // a hex group of an IPv6 address ("fe80", "a4b")
    if (kind == PiiKind::Ip) {
        int e = p;
        bool hex = true, digit = false;
        while (e < limit && isAlnum(s[size_t(e)])) {
            hex = hex && isHex(s[size_t(e)]);
            digit = digit || isDigit(s[size_t(e)]);
            ++e;
        }
        if (hex && digit && e - p <= 4) {
            for (int q = p; q < e; ++q)
                content->push_back(lower(s[size_t(q)]));
            t->letter = true;
            return e;
        }
    }
    // one letter said ("O" is a letter of an address before it is a zero)
    if (we == p + 1 && (kind == PiiKind::Email || kind == PiiKind::Iban)) {
        char letter = 0;
        if (const int le = spokenLetterEnd(p, &letter); le > 0 && le <= limit) {
            content->push_back(letter);
            t->letter = true;
            return le;
        }
    }
    // a digit said alone is read alone (a run read whole could not lose a start taken back:
    // "zero, zero seven seven zero zero"); tens, teens, hundreds and "double" as a run
    const NumWord nw = mayStartNumberWord(c) ? numberWord(s, p, we) : NumWord();
    if ((nw.kind == NumKind::Digit || nw.kind == NumKind::Oh) && kind != PiiKind::Email) {
        content->push_back(nw.kind == NumKind::Oh ? '0' : char('0' + nw.value));
        t->digits = t->spoken = true;
        return we;
    }
    // words a recogniser writes for digits: "for oh ate", "to ate", "tree fife tree"
    if (kind == PiiKind::Phone || kind == PiiKind::Card || kind == PiiKind::Ssn
        || kind == PiiKind::Ip) {
        static constexpr std::pair<std::string_view, char> kSounds[]
                = {{"for", '4'}, {"fore", '4'}, {"to", '2'},   {"too", '2'},  {"won", '1'},
                   {"ate", '8'}, {"tree", '3'}, {"fife", '5'}, {"niner", '9'}};
        for (const auto &[word, digit] : kSounds) {
            if (w.is(word)) {
                content->push_back(digit);
                t->digits = t->spoken = t->homophone = true;
                return we;
            }
        }
    }
    std::string digits;
    bool spoken = false;
    int next = p;
    const int e = runAt(p, limit, &digits, &spoken, &next);
    if (e > p) {
        content->append(digits);
        t->digits = !digits.empty();
        t->spoken = true;
        for (int q = p; !t->pairs && q < e;) { // ("twenty twelve", "one seventy")
            if (!isAlpha(s[size_t(q)])) {
                ++q;
                continue;
            }
            const int qe = std::max(wordEnd(q), q + 1);
            const NumKind k = numberWord(s, q, qe).kind;
            t->pairs = k == NumKind::Tens || k == NumKind::Teen || k == NumKind::Hundred
                       || k == NumKind::Thousand;
            q = qe;
        }
        return e;
    }
    if (!letters)
        return -1;
    char letter = 0;
    if (const int le = spokenLetterEnd(p, &letter); le > 0 && le <= limit) {
        content->push_back(letter);
        t->letter = true;
        return le;
    }
    // a word of an address's local part or domain ("okafor", "fionnuala"), or an IBAN's
    // letters and digits written together ("NWBK", "AIBK")
    if (w.size >= 2) {
        int e2 = we;
        while (e2 < limit && isAlnum(s[size_t(e2)]))
            ++e2;
        for (int q = p; q < e2; ++q)
            content->push_back(lower(s[size_t(q)]));
        t->plain = true;
        return e2;
    }
    return -1;
}

// Whether the words around [a, e) in its turn (from its speaker's label, or the line's start, to
// the next label or line end) are only fillers: "Agent: Okay, dot.", "Customer: eighty five".
// 0 when not, 2 when a speaker's label opens the turn, 1 when none does. (Line ends before a
// label are spaces in the scanner's text.)
int Scanner::aloneOnLine(int a, int e) const
{
    // (a form's field is no speaker: "Name: Dolores M.")
    // (and a name's field in other languages: "Namn:", "Vorname:", "Nazwisko:", "Név:")
    static const WordSet fields{
            "name",      "email",    "e-mail",       "phone",     "tel",        "mobile",
            "address",   "subject",  "message",      "from",      "to",         "cc",
            "date",      "company",  "title",        "note",      "notes",      "comment",
            "reason",    "city",     "country",      "contact",   "account",    "ref",
            "re",        "surname",  "lead",         "namn",      "nome",       "nom",
            "nombre",    "vorname",  "nachname",     "voornaam",  "achternaam", "imie",
            "nazwisko",  "nimi",     "nev",          "anrede",    "cognome",    "apellido",
            "apellidos", "prenom",   "firstname",    "lastname",  "fullname",   "forename",
            "navn",      "fornavn",  "etternavn",    "efternamn", "fornamn",    "sukunimi",
            "etunimi",   "jmeno",    "prijmeni",     "soyad",     "soyadi",     "isim",
            "ime",       "prezime",  "naam",         "contato",   "contacto",   "kontakt",
            "attn",      "taxpayer", "policyholder", "cardholder"};
    int alone = 1;
    int b = a;
    for (int q = a - 1; q >= 0 && a - q < 240; --q) {
        const char c = s[size_t(q)];
        if (c == '\n') {
            b = q + 1;
            break;
        }
        if (q == 0 || !isAlnum(s[size_t(q - 1)])) {
            if (const int le = labelEnd(q); le > q && le <= a) {
                alone = fields.contains(lowerWord(s, q, wordEnd(q))) ? 1 : 2;
                b = le;
                break;
            }
            if (const int te = turnMarkerEnd(q);
                te > q && te <= a && (s[size_t(q)] != '[' || maskTokenAt(s, q) <= 0)) {
                alone = 2;
                b = te;
                break;
            }
        }
        if (q == 0)
            b = 0;
    }
    for (int q = b; q < n;) {
        if (q == a) {
            q = e;
            continue;
        }
        const char c = s[size_t(q)];
        if (c == '\n')
            break;
        if (!isAlnum(c)) {
            ++q;
            continue;
        }
        if (!isAlpha(c))
            return 0;
        if (q > e && (labelEnd(q) > q || turnMarkerEnd(q) > q)) {
            // (a form's next field after a ';': "Taxpayer: Ahmed Chen; SSN: …")
            int r = q;
            while (r > e && s[size_t(r - 1)] == ' ')
                --r;
            if (r > e && s[size_t(r - 1)] == ';')
                return std::min(alone, 1);
            break; // the next turn
        }
        const int we = wordEnd(q);
        if (!fillers().contains(lowerWord(s, q, we)))
            return 0;
        q = std::max(we, q + 1);
    }
    return alone;
}

// Whether [from, a) holds what a piece of a find of `kind` starts with, read cheaply: a digit, a
// number word; for an address, an IP address or an IBAN also a letter said alone (not "a" or
// "I"), a separator said as a word other than an "at" right before the find, a speaker's
// label (a name said alone in a turn), a word in capitals.
bool Scanner::mayHavePiecesBefore(int from, int a, PiiKind kind, std::string_view canon) const
{
    const bool letters = kind == PiiKind::Email || kind == PiiKind::Iban || kind == PiiKind::Ip;
    bool digits = false;
    for (const char c : canon)
        digits = digits || isDigit(c);
    for (int q = from; q < a;) {
        const char c = s[size_t(q)];
        if (isDigit(c)) {
            if (digits && canon.find(c) != std::string_view::npos)
                return true;
            ++q;
            continue;
        }
        if (c == ':' && kind == PiiKind::Email && labelStartBefore(q + 1) >= from)
            return true;
        if (!isAlpha(c) || (q > 0 && isAlnum(s[size_t(q - 1)]))) {
            ++q;
            continue;
        }
        const int e = std::max(wordEnd(q), q + 1);
        if (digits && mayStartNumberWord(c) && numberWord(s, q, e).kind != NumKind::None)
            return true;
        if (letters) {
            if (e == q + 1 && lower(c) != 'a' && lower(c) != 'i'
                && canon.find(lower(c)) != std::string_view::npos)
                return true;
            const Word w = lowerWord(s, q, e);
            if (w.is("dot") || w.is("point") || w.is("period") || w.is("underscore") || w.is("dash")
                || w.is("hyphen") || w.is("colon"))
                return true;
            if (w.is("at")) {
                int r = e;
                while (r < a && !isAlnum(s[size_t(r)]))
                    ++r;
                if (r < a)
                    return true;
            }
            if (kind == PiiKind::Iban && e - q >= 2 && isUpper(c) && isUpper(s[size_t(q + 1)]))
                return true;
            if (kind != PiiKind::Iban && natoLetter(s, q, e) != 0)
                return true;
        }
        q = e;
    }
    return false;
}

// Whether a last four was asked for or named on the line before `a` or on its own: "Agent: and
// the last four of your social / Customer: five seven two three".
// Whether pos is among the first words of its line (an answer's start: "Customer: uh two two
// one four").
bool Scanner::opensLine(int pos) const
{
    // (up to three words back: the start, a line's end or a speaker's label)
    int q = pos;
    for (int words = 0; words <= 3; ++words) {
        while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
            --q;
        if (q == 0)
            return true;
        const char c = s[size_t(q - 1)];
        if (c == '\n' || c == '\r' || c == ':' || c == '|' || c == '>' || c == ']' || c == '\x1e')
            return true;
        if (!isAlpha(c))
            return false;
        while (q > 0 && isAlpha(s[size_t(q - 1)]))
            --q;
    }
    return false;
}

bool Scanner::lastFourAsked(int a) const
{
    int b = a, lines = 0;
    while (b > 0 && a - b < 160) {
        if (s[size_t(b - 1)] == '\n' && ++lines > 1)
            break;
        --b;
    }
    for (int q = b; q < a; ++q) {
        if (!isAlpha(s[size_t(q)]) || (q > 0 && isAlpha(s[size_t(q - 1)])))
            continue;
        const int e = wordEnd(q);
        const Word w = lowerWord(s, q, e);
        if (w.is("ending") || w.is("ends"))
            return true;
        if ((w.is("last") || w.is("final")) && e + 1 < a) {
            const int e2 = s[size_t(e)] == ' ' ? wordEnd(e + 1) : e;
            const Word w2 = lowerWord(s, e + 1, e2);
            if (w2.is("four") || (e2 == e + 1 && s.substr(size_t(e + 1), 1) == "4"))
                return true;
        }
        q = e;
    }
    return false;
}

// The pieces of a find said before it: an address, an IP address, an IBAN or a number given in
// parts over the turns before the whole of it is said at last or read back ("Customer: eighty
// five / Agent: eighty five / Customer: dot two fourteen / … / Agent: 85.214.9.131, that's not
// one of yours"; "m as in mike... o r r i s / Agent: M O R R I S? / Customer: then dot / … /
// Agent: So morris.dunn@…"). What the find holds, its letters and digits, says which pieces
// were its own: every run of tokens before it (up to ten lines back) whose letters and digits
// stand in the find in the same order is masked as the find is; a separator said alone on its
// line ("Okay, dot.") too. Digits that are a time, a sum or a quantity, or that words before
// them call another number, stay.
void Scanner::findPiecesBefore()
{
    const size_t found = out->size();
    thread_local std::string canon, piece, tok, joined;
    thread_local std::vector<DictatedToken> window;
    for (size_t k = 0; k < found; ++k) {
        const PiiSpan sp = (*out)[k];
        const PiiKind kind = sp.kind;
        const int a0 = int(sp.start), e0 = int(sp.end);
        // the region: ten lines back, 700 characters at most
        int from = std::max(0, a0 - 700);
        for (int q = a0, lines = 0; q > from;) {
            const void *nl = memrchr(s.data() + from, '\n', size_t(q - from));
            if (!nl)
                break;
            q = int(static_cast<const char *>(nl) - s.data());
            if (++lines > 10) {
                from = q + 1;
                break;
            }
        }
        // and after it, ten lines on, for its pieces said again ("could you repeat the first
        // part slowly / w o j c i e c h")
        int to = std::min(n, e0 + 700);
        for (int q = e0, lines = 0; q < to;) {
            const void *nl = std::memchr(s.data() + q, '\n', size_t(to - q));
            if (!nl)
                break;
            q = int(static_cast<const char *>(nl) - s.data()) + 1;
            if (++lines > 10) {
                to = q - 1;
                break;
            }
        }
        // (what is said on one line without a pause is joined where it is found: its pieces
        // are looked for only across lines, turns and pauses)
        const auto apart = [&](int rFrom, int rTo) {
            if (rTo - rFrom < 2)
                return false;
            const std::string_view region = s.substr(size_t(rFrom), size_t(rTo - rFrom));
            if (region.find('\n') != std::string_view::npos
                || region.find("...") != std::string_view::npos)
                return true;
            for (size_t c = region.find(':'); c != std::string_view::npos;
                 c = region.find(':', c + 1)) {
                if (labelStartBefore(rFrom + int(c) + 1) >= rFrom)
                    return true;
            }
            return false;
        };
        const bool inBefore = apart(from, a0), inAfter = apart(e0, to);
        if (!inBefore && !inAfter)
            continue;
        canon.clear();
        size_t atIdx = std::string::npos; // where the address's domain starts in canon
        // (written: digits, letters only inside a token, "2001:db8::1", "GB29NWBK…"; an address
        // without a space)
        bool written = true;
        for (int p = a0; p < e0 && written; ++p)
            written = kind == PiiKind::Email
                              ? s[size_t(p)] != ' '
                              : !isAlpha(s[size_t(p)])
                                        || (kind != PiiKind::Phone && kind != PiiKind::Card
                                            && kind != PiiKind::Ssn && p > a0
                                            && isAlnum(s[size_t(p - 1)]));
        if (written) {
            for (int p = a0; p < e0; ++p) {
                if (isAlnum(s[size_t(p)]))
                    canon.push_back(lower(s[size_t(p)]));
                else if (s[size_t(p)] == '@' && atIdx == std::string::npos)
                    atIdx = canon.size();
            }
        }
        for (int p = written ? e0 : a0; p < e0;) {
            if (s[size_t(p)] == '@' && atIdx == std::string::npos)
                atIdx = canon.size();
            if (!isAlnum(s[size_t(p)]) || (p > a0 && isAlnum(s[size_t(p - 1)]))) {
                ++p;
                continue;
            }
            if (kind == PiiKind::Email && atIdx == std::string::npos
                && lowerWord(s, p, wordEnd(p)).is("at"))
                atIdx = canon.size();
            DictatedToken ignored;
            const int e = dictatedToken(p, e0, kind, &canon, &ignored);
            p = e > p ? e : (isAlpha(s[size_t(p)]) ? std::max(wordEnd(p), p + 1) : p + 1);
        }
        if (canon.size() < 6)
            continue;
        const auto covered = [&](int a, int e) { // (by one find: pieces may join a find)
            for (const PiiSpan &o : *out)
                if (int(o.start) <= a && int(o.end) >= e)
                    return true;
            return false;
        };
        // (a separator glued to more of a written token: "200-40-5977", "$1,249.99" are whole
        // numbers of their own; an IP address's dots and colons part its pieces)
        const auto glued = [&](int q) {
            const char c = s[size_t(q)];
            if (kind == PiiKind::Ip && (c == '.' || c == ':'))
                return false;
            return c == '-' || c == '.' || c == '/' || c == ',' || c == ':' || c == '@' || c == '_';
        };
        const auto cut = [&](int a, int e) {
            return (a >= 2 && glued(a - 1) && isAlnum(s[size_t(a - 2)]))
                   || (e + 1 < n && glued(e) && isAlnum(s[size_t(e + 1)]));
        };
        // The window: the tokens read so far that together stand in the find, their letters
        // and digits in `piece`.
        window.clear();
        piece.clear();
        bool afterFind = false; // (the region read is the one after the find)
        // Judges tokens [0, m) of the window as one piece and masks it when it is one.
        const auto closeFirst = [&](size_t m) {
            if (m == 0)
                return;
            const DictatedToken &t0 = window[0];
            const int wa = t0.start, we = window[m - 1].end;
            const size_t len = window[m - 1].offset + window[m - 1].length - t0.offset;
            const std::string_view pc = std::string_view(piece).substr(0, len);
            int tokens = 0, plains = 0, domains = 0, letters = 0, homophones = 0;
            bool anySep = false, digitsOnly = true, pairs = false, spokenDigits = false;
            for (size_t i = 0; i < m; ++i) {
                const DictatedToken &t = window[i];
                tokens += t.length > 0 ? 1 : 0;
                plains += t.plain ? 1 : 0;
                domains += t.domain ? 1 : 0;
                letters += t.letter ? 1 : 0;
                homophones += t.homophone ? 1 : 0;
                anySep = anySep || t.sep;
                digitsOnly = digitsOnly && (t.sep || t.digits);
                pairs = pairs || t.pairs;
                spokenDigits = spokenDigits || t.spoken;
            }
            const bool midRun = t0.afterDigits && t0.digits;
            bool ok = false;
            if (pc.empty()) {
                // (a separator said alone after the find confirms it: "Underscore, got it")
                ok = anySep && !afterFind && aloneOnLine(wa, we) > 0;
            } else if (pc.size() == 1 && letters == 1 && kind == PiiKind::Email
                       && (atIdx == std::string::npos || canon.find(pc) < atIdx)
                       && !(pc[0] == 'a' || pc[0] == 'i') && !cut(wa, we)) {
                // one letter of the local part: with its separator ("j dot, uh") or said alone
                // in a turn ("Agent: c", "Q as in queen?")
                ok = anySep || aloneOnLine(wa, we) == 2;
            } else if (pc.size() >= 2 && tokens > domains) {
                const int alone = aloneOnLine(wa, we);
                ok = pc.size() >= 3 || alone > 0;
                // words alone (a name before the address, a bank's name before an IBAN) only
                // when a speaker says nothing else: "Agent: Theo."
                if (ok && plains == tokens && !anySep)
                    ok = alone == 2 && kind == PiiKind::Email;
                // (after the address, a name after a greeting or thanks is the person spoken
                // to: "Agent: Thanks Rahul.")
                if (ok && afterFind && plains == tokens && !anySep) {
                    static const WordSet courtesy{"thanks",  "thank",     "you",    "ok",
                                                  "okay",    "hi",        "hello",  "hey",
                                                  "dear",    "bye",       "cheers", "great",
                                                  "perfect", "sure",      "right",  "morning",
                                                  "evening", "afternoon", "welcome"};
                    const LetterWord lw = letterWordBefore(s, wa);
                    ok = !(lw.start < lw.end && courtesy.contains(lowerWord(s, lw.start, lw.end)));
                }
                // a domain alone names nobody ("lee at orange, sorry no, l e i g h at orange dot
                // fr"; "our site, acme dot com")
                // (unless said with its "at" and a top-level domain: "at gmx dot de" given
                // apart from the rest)
                if (ok && kind == PiiKind::Email && atIdx != std::string::npos
                    && canon.find(pc) >= atIdx)
                    ok = alone == 2 || (t0.sep && domains > 0 && lowerWord(s, wa, t0.end).is("at"));
                // years and sums said in pairs ("since twenty twelve", "charged two fifty")
                if (ok && pairs && digitsOnly && !anySep)
                    ok = alone == 2;
                // words that sound like digits ("for oh ate", "to ate") with a number word among
                // them, or two of them at least
                if (ok && homophones > 0 && tokens - homophones < 1 && homophones < 2)
                    ok = false;
                // digits alone: not the middle of a longer number ("confirmation 7 7 3 2 0 1 9
                // 4 5 8"), a status code before an address ("200 from 2001:db8:…"), a house
                // number ("blk 412")
                if (ok && digitsOnly && !anySep)
                    ok = !midRun && kind != PiiKind::Ip
                                 ? (alone > 0 || pc.size() >= 4 || spokenDigits)
                                 : alone > 0;
                // a year written in what is said ("Green Card bis 2019)") is no piece of a
                // number given later, unless it stands alone
                if (ok && digitsOnly && !anySep && !spokenDigits && alone == 0 && pc.size() == 4
                    && (pc.substr(0, 2) == "19" || pc.substr(0, 2) == "20"))
                    ok = false;
                // an address's pieces: spelled letters or a separator with the words ("L.
                // Haddad" before "l.haddad@…" is a name), unless said alone
                if (ok && kind == PiiKind::Email && !anySep && letters < 2 && alone != 2)
                    ok = false;
                // a name spelled as a name ("the surname's Y-I-L-M-A-Z")
                if (ok && kind == PiiKind::Email && !anySep) {
                    int at = wa;
                    for (int t = 0; t < 3 && ok; ++t) {
                        const LetterWord lw = letterWordBefore(s, at);
                        if (lw.start == lw.end || at - lw.end > 3)
                            break;
                        const Word w = lowerWord(s, lw.start, lw.end);
                        ok = !(w.is("surname") || w.is("surname's") || w.is("name")
                               || w.is("name's") || w.is("lastname") || w.is("firstname"));
                        at = lw.start;
                    }
                }
                if (ok && digitsOnly && !anySep) {
                    const int before = contextBefore(wa);
                    ok = !unitAfter(we) && !currencyBefore(wa) && !timeAfter(wa)
                         && !((before & CtxLowering) && (before & CtxDecided))
                         && !(pc.size() == 4 && lastFourAsked(wa));
                }
            }
            if (ok && !covered(wa, we) && !cut(wa, we))
                push(wa, we, kind, true, true);
            // what is left becomes the window
            const size_t drop = window[m - 1].offset + window[m - 1].length - window[0].offset;
            window.erase(window.begin(), window.begin() + std::ptrdiff_t(m));
            piece.erase(0, drop);
            for (DictatedToken &t : window)
                t.offset -= int(drop);
        };
        const auto closeAll = [&] { closeFirst(window.size()); };
        const auto scanRegion = [&](int rFrom, int rTo) {
            afterFind = rFrom >= e0;
            int lastEnd = -1;
            bool lastDigits = false;
            for (int p = rFrom; p < rTo;) {
                const char c = s[size_t(p)];
                if (c == '[' && maskTokenAt(s, p) > 0) {
                    closeAll();
                    p = maskTokenAt(s, p);
                    continue;
                }
                if (!isAlnum(c) || (p > 0 && isAlnum(s[size_t(p - 1)]))) {
                    if (c == '\n' || c == ':' || c == '?' || c == '!')
                        closeAll(); // a line, a speaker's label, a question ends a piece
                    ++p;
                    continue;
                }
                tok.clear();
                DictatedToken t;
                const int e = dictatedToken(p, rTo, kind, &tok, &t);
                const int prevEnd = lastEnd;
                const bool prevDigits = lastDigits;
                lastEnd = e > p ? e : -1;
                lastDigits = e > p && t.digits;
                if (e <= p) {
                    const int we2 = isAlpha(c) ? std::max(wordEnd(p), p + 1) : p + 1;
                    // fillers inside a piece ("one oh oh dot, umm, sixty four")
                    if (!window.empty() && isAlpha(c)) {
                        const Word w = lowerWord(s, p, we2);
                        if (w.is("um") || w.is("umm") || w.is("uh") || w.is("uhm") || w.is("er")
                            || w.is("erm") || w.is("ah") || w.is("hmm")) {
                            p = we2;
                            continue;
                        }
                    }
                    closeAll();
                    p = we2;
                    continue;
                }
                // a common word is a piece only between separators ("underscore the underscore")
                const bool weak = t.plain && tok.size() >= 2 && e - p == int(tok.size())
                                  && emailStopWords().contains(lowerWord(s, p, e));
                bool sepBefore = false;
                for (const DictatedToken &w : window)
                    sepBefore = sepBefore || w.sep;
                if (weak && !sepBefore) {
                    closeAll();
                    p = e;
                    continue;
                }
                // does the window, this token added, still stand in the find? If not, its first
                // tokens are a piece of their own (a start taken back: "zero, zero seven seven …")
                if (!tok.empty()) {
                    size_t m = 0;
                    for (; m < window.size(); ++m) {
                        joined.assign(piece, size_t(window[m].offset), std::string::npos)
                                .append(tok);
                        if (canon.find(joined) != std::string::npos)
                            break;
                    }
                    if (m == window.size()) {
                        closeAll();
                        if (canon.find(tok) == std::string::npos) {
                            p = e;
                            continue;
                        }
                    } else {
                        closeFirst(m);
                    }
                }
                t.start = p;
                t.end = e;
                t.offset = int(piece.size());
                t.length = int(tok.size());
                bool near = prevEnd >= 0;
                for (int q = prevEnd; near && q < p; ++q)
                    near = s[size_t(q)] == ' ' || s[size_t(q)] == ',';
                t.afterDigits = prevDigits && near;
                if (t.plain && topLevelDomains().contains(lowerWord(s, p, e)))
                    t.domain = true; // ("dot co dot uk": a web site's end as much as an address's)
                piece += tok;
                window.push_back(t);
                p = e;
            }
            closeAll();
        };
        if (inBefore && mayHavePiecesBefore(from, a0, kind, canon))
            scanRegion(from, a0);
        // (after a number, its digits said again are read back: findReadBacks; an expiry
        // date or a reference after a card or a phone shares too many digits with it)
        if (inAfter && kind != PiiKind::Phone && kind != PiiKind::Card && kind != PiiKind::Ssn
            && mayHavePiecesBefore(e0, to, kind, canon))
            scanRegion(e0, to);
    }
}

// The tokens of a turn from p up to its end (a label, a line end, a sentence's end, a mask) as
// pieces of a dictated address: where it ended.
int Scanner::dictationRun(int p, int limit, std::vector<DictationTok> *toks)
{
    {
        toks->clear();
        while (p < limit) {
            const char c = s[size_t(p)];
            if (c == '\n' || c == '?' || c == '!' || c == ':' || c == '[' || c == '@')
                return p;
            if (c == '.' && !(p + 2 < n && s[size_t(p + 1)] == '.' && s[size_t(p + 2)] == '.')
                && !(p > 0 && s[size_t(p - 1)] == '.')) {
                if (p + 1 >= n || s[size_t(p + 1)] == ' ' || s[size_t(p + 1)] == '\n')
                    return p; // a sentence's end
            }
            if (!isAlnum(c)) {
                ++p;
                continue;
            }
            if (isAlpha(c) && (labelEnd(p) > 0 || turnMarkerEnd(p) > 0))
                return p;
            DictationTok t{p, p + 1, DictationTok::Plain, {}};
            if (isDigit(c)) {
                int e = p;
                while (e < limit && isDigit(s[size_t(e)]))
                    ++e;
                if (e < limit && isAlpha(s[size_t(e)])) {
                    while (e < limit && isAlnum(s[size_t(e)]))
                        ++e;
                    t.kind = DictationTok::Plain;
                    t.content = lettersOf(s, p, e);
                } else {
                    t.kind = DictationTok::Num;
                    t.content.assign(s.data() + p, size_t(e - p));
                }
                t.end = e;
                toks->push_back(std::move(t));
                p = e;
                continue;
            }
            const int we = wordEnd(p);
            const Word w = lowerWord(s, p, we);
            char letter = 0;
            // (an abbreviation's letters, "p.m", "e.g", are no spelling)
            const bool dotted = (we + 1 < n && s[size_t(we)] == '.' && isAlpha(s[size_t(we + 1)]))
                                || (p > 1 && s[size_t(p - 1)] == '.' && isAlpha(s[size_t(p - 2)]));
            if (const int le = dotted ? -1 : spokenLetterEnd(p, &letter); le > 0) {
                // ("e" of "e mail" and the article "a" or "i" alone are words more often)
                t.kind = DictationTok::Letter;
                t.end = le;
                t.content.assign(1, letter);
                t.weak = le == p + 1
                         && (letter == 'a' || letter == 'i' || letter == 'o' || letter == 'e'
                             || letter == 'u' || letter == 'y');
                // "x like xray": the letter with its word
                if (le == p + 1 && le + 1 < n && s[size_t(le)] == ' ') {
                    const int w1 = wordEnd(le + 1);
                    if (lowerWord(s, le + 1, w1).is("like") && w1 + 1 < n && s[size_t(w1)] == ' '
                        && lower(s[size_t(w1 + 1)]) == letter && wordEnd(w1 + 1) > w1 + 2)
                        t.end = wordEnd(w1 + 1);
                }
            } else if (saysAt(w)) {
                t.kind = DictationTok::At;
                t.end = we;
            } else if (dotted) {
                t.kind = DictationTok::Filler;
                t.end = we;
            } else if ((localConnector(w) && !w.is("plus")) || w.is("colon")) {
                t.kind = DictationTok::Sep;
                t.end = we;
            } else if (const NumWord nw = numberWord(s, p, we);
                       nw.kind == NumKind::Digit || nw.kind == NumKind::Oh
                       || nw.kind == NumKind::Teen || nw.kind == NumKind::Tens
                       || nw.kind == NumKind::Repeat || nw.kind == NumKind::Hundreds) {
                // (a run of number words read whole: "eighty seven", "two fifty four", "one
                // nine eight four")
                t.kind = DictationTok::Num;
                t.end = we;
                const Atom said = readSpoken(p, true);
                if (said.kind == AtomKind::Groups && said.end > p && said.end <= limit) {
                    t.content = said.spokenDigits;
                    t.end = said.end;
                } else if (nw.kind == NumKind::Teen) {
                    t.content = std::to_string(nw.value);
                } else if (nw.kind == NumKind::Tens) {
                    t.content = {char('0' + nw.value), '0'};
                } else if (nw.kind == NumKind::Digit || nw.kind == NumKind::Oh) {
                    t.content.assign(1, nw.kind == NumKind::Oh ? '0' : char('0' + nw.value));
                } else {
                    t.kind = DictationTok::Filler;
                }
            } else if (w.size > 0
                       && (fillers().contains(w) || glueWords().contains(w)
                           || emailStopWords().contains(w) || w.is("then") || w.is("and")
                           || w.is("plus"))) {
                t.kind = DictationTok::Filler;
                t.end = we;
            } else {
                t.kind = DictationTok::Plain;
                t.end = we;
                t.content = lettersOf(s, p, we);
            }
            toks->push_back(std::move(t));
            p = toks->back().end;
        }
        return p;
    }
}

// An address dictated over several turns: what was said of it around a find, beside the find
// itself. Once an address is found said aloud, the turns around it (eight lines each way) are
// read as a dictation: letters spelled ("p as in pumpkin r as in ralph e n t i c e"), separators
// and "at" said, the digits it holds said again ("eighty seven is the numbers eight seven"), a
// top-level domain after a dot ("dot com dot au"), and words that are a part of it or of a name
// spelled in the dictation ("prentice", "bigpond b i g p o n d", "castillo hyphen landscaping")
// are masked where they stand, as the other side's reading back of them. A word alone counts
// only in a short turn or when it is a long part of the address ("kestrellogistics"). Common
// words, remarks on the spelling ("all one word") and the rest of what is said stay.
void Scanner::findDictations()
{
    struct Anchor
    {
        int start, end;
        std::string canon;             // its letters and digits
        size_t at = std::string::npos; // where its domain starts in canon
    };
    thread_local std::vector<Anchor> anchors;
    anchors.clear();
    for (const PiiSpan &sp : *out) {
        if (sp.kind != PiiKind::Email || !sp.spoken || sp.continued)
            continue;
        Anchor a{int(sp.start), int(sp.end), {}};
        for (int p = a.start; p < a.end;) {
            if (s[size_t(p)] == '@' && a.at == std::string::npos)
                a.at = a.canon.size();
            if (!isAlnum(s[size_t(p)]) || (p > a.start && isAlnum(s[size_t(p - 1)]))) {
                ++p;
                continue;
            }
            if (a.at == std::string::npos && lowerWord(s, p, wordEnd(p)).is("at"))
                a.at = a.canon.size();
            DictatedToken ignored;
            const int e = dictatedToken(p, a.end, PiiKind::Email, &a.canon, &ignored);
            p = e > p ? e : (isAlpha(s[size_t(p)]) ? std::max(wordEnd(p), p + 1) : p + 1);
        }
        if (a.canon.size() >= 5)
            anchors.push_back(std::move(a));
    }
    if (anchors.empty())
        return;
    // the zones: eight lines (or 600 characters) each way of each anchor, merged; only where
    // more than one turn is (one speaker's message, "hey its shalini kulkarni calling back …
    // email me at shalini period kulkarni …", reads nobody's dictation back)
    const auto turnsIn = [&](int from, int to) {
        const std::string_view region = s.substr(size_t(from), size_t(to - from));
        if (region.find('\n') != std::string_view::npos)
            return true;
        for (int q = from; q < to; ++q) {
            const char c = s[size_t(q)];
            if ((c == ':' && labelStartBefore(q + 1) >= 0)
                || ((c == '>' || c == ']' || c == '|' || c == ')')
                    && turnMarkerStartBefore(q + 1) >= 0))
                return true;
        }
        return false;
    };
    std::vector<std::pair<int, int>> zones;
    for (const Anchor &a : anchors) {
        const auto [from, to] = zoneAround(a.start, a.end, 600, 8);
        if (!turnsIn(from, to))
            continue;
        if (!zones.empty() && from <= zones.back().second)
            zones.back().second = std::max(zones.back().second, to);
        else
            zones.emplace_back(from, to);
    }
    // What the dictation holds: the anchors' letters and digits, and names spelled in it.
    std::vector<std::string> said;
    for (const Anchor &a : anchors)
        said.push_back(a.canon);
    const auto inSaid = [&](std::string_view c) {
        for (const std::string &t : said)
            if (t.find(c) != std::string::npos)
                return true;
        return false;
    };
    const auto inAnchor = [&](std::string_view c) {
        for (const Anchor &a : anchors)
            if (a.canon.find(c) != std::string::npos)
                return true;
        return false;
    };
    // (in an anchor's local part: a domain said alone is a web site as often, "acme dot com")
    const auto inLocal = [&](std::string_view c) {
        for (const Anchor &a : anchors) {
            const size_t f = a.canon.find(c);
            if (f != std::string::npos && (a.at == std::string::npos || f < a.at))
                return true;
        }
        return false;
    };
    const auto masked = [&](int a, int e) { return anyFindIn(a, e); };
    using Tok = DictationTok;
    constexpr auto Letter = DictationTok::Letter, Sep = DictationTok::Sep, At = DictationTok::At,
                   Num = DictationTok::Num, Plain = DictationTok::Plain,
                   Filler = DictationTok::Filler;
    thread_local std::vector<Tok> toks;
    const auto readRun = [&](int p, int limit) { return dictationRun(p, limit, &toks); };
    // names spelled in the zones ("p as in pumpkin r as in ralph e n t i c e"): three letters
    // or more in a row
    for (const auto &[zFrom, zTo] : zones) {
        for (int p = zFrom; p < zTo;) {
            const int end = readRun(p, zTo);
            std::string letters;
            for (size_t i = 0; i <= toks.size(); ++i) {
                if (i < toks.size() && toks[i].kind == Letter) {
                    letters += toks[i].content;
                    continue;
                }
                if (letters.size() >= 3)
                    said.push_back(letters);
                letters.clear();
            }
            p = std::max(end + 1, p + 1);
        }
    }
    const size_t found = out->size();
    for (const auto &[zFrom, zTo] : zones) {
        for (int p = zFrom; p < zTo;) {
            const int end = readRun(p, zTo);
            const bool question = end < n && s[size_t(end)] == '?';
            // the words of the turn that are no filler: a number alone counts in a turn of no
            // other word
            int plainWords = 0;
            for (const Tok &t : toks)
                plainWords += t.kind == Plain ? 1 : 0;
            for (size_t i = 0; i < toks.size(); ++i) {
                Tok &t = toks[i];
                const bool sepBefore = i > 0 && (toks[i - 1].kind == Sep || toks[i - 1].kind == At);
                const bool sepAfter = i + 1 < toks.size()
                                      && (toks[i + 1].kind == Sep || toks[i + 1].kind == At);
                switch (t.kind) {
                case Letter:
                case Sep:
                case At:
                    t.ok = true;
                    break;
                case Num:
                    t.ok = inAnchor(t.content);
                    break;
                case Plain:
                    t.ok = (t.content.size() >= 3 && inSaid(t.content))
                           || (sepBefore
                               && topLevelDomains().contains(lowerWord(s, t.start, t.end)))
                           || (t.content.size() >= 2 && (sepBefore || sepAfter)
                               && inAnchor(t.content));
                    break;
                case Filler:
                    break;
                }
            }
            // Judges tokens [i, j) (pieces and the fillers between them) as one stretch of the
            // address, and masks it when it is one.
            const auto judgeStretch = [&](size_t i, size_t j) {
                // (a separator said at either end joins nothing: "Ms White, and dot com")
                while (i < j && (!toks[i].ok || toks[i].kind == Sep))
                    ++i;
                while (j > i
                       && (!toks[j - 1].ok || toks[j - 1].kind == Sep || toks[j - 1].kind == At))
                    --j;
                int pieces = 0, letters = 0, strongLetters = 0, content = 0, plains = 0, nums = 0,
                    seps = 0, ats = 0, tlds = 0;
                bool joiningWord = false; // "and", "or", "with" between pieces: words about it
                std::string joined;
                size_t first = j, last = i;
                for (size_t k = i; k < j; ++k) {
                    const Tok &t = toks[k];
                    if (!t.ok) {
                        const Word w = lowerWord(s, t.start, t.end);
                        joiningWord = joiningWord || w.is("and") || w.is("or") || w.is("with")
                                      || w.is("from") || w.is("in") || w.is("as");
                        continue;
                    }
                    first = std::min(first, k);
                    last = k;
                    ++pieces;
                    letters += t.kind == Letter ? 1 : 0;
                    strongLetters += t.kind == Letter && !t.weak ? 1 : 0;
                    plains += t.kind == Plain ? 1 : 0;
                    tlds += t.kind == Plain
                                            && topLevelDomains().contains(
                                                    lowerWord(s, t.start, t.end))
                                    ? 1
                                    : 0;
                    nums += t.kind == Num ? 1 : 0;
                    seps += t.kind == Sep ? 1 : 0;
                    ats += t.kind == At ? 1 : 0;
                    content += int(t.content.size());
                    joined += t.content;
                }
                if (pieces == 0)
                    return false;
                const int a = toks[first].start, e = toks[last].end;
                bool take = false;
                if (pieces >= 2 && content >= 2) {
                    // letters spelled (not only "a", "i", "o" …, nor a word spelled: "a n d"),
                    // or what the address holds: of its local part, or with its "at" ("acme
                    // dot com" alone is a web site as often), and more than its ending ("dot
                    // co dot uk")
                    // (letters alone that are in no address spell something else: a name for
                    // its own field, "R A S H I D"; an address's domain alone with its "at" is
                    // an attempt taken back as often, "lee at orange, sorry no, …")
                    if (plains + nums == 0)
                        take = (letters >= 3 || strongLetters >= 1)
                               && (inAnchor(joined) || (seps + ats > 0 && letters >= 2))
                               && !(letters == int(joined.size())
                                    && (emailStopWords().contains(joined)
                                        || glueWords().contains(joined)
                                        || topLevelDomains().contains(joined)));
                    else
                        take = inSaid(joined) && !(question && letters + seps + ats == 0)
                               && !(letters + seps + ats == 0 && joiningWord)
                               && (letters > 0 || nums > 0 || inLocal(joined))
                               && tlds < plains + nums && !(plains + letters == 0 && content < 3);
                } else if (pieces == 1 && nums == 1) {
                    // (its digits said again: "one nine eight four", "eighty seven" alone)
                    // (not a year, unless said digit by digit: "my birth year, 1990")
                    take = (content >= 3 || plainWords == 0) && content >= 2 && inAnchor(joined)
                           && !(content == 4 && yearLike(joined.data())
                                && !(isAlpha(s[size_t(a)]) && digitByDigit(a, e)));
                }
                // (one letter with its separator is too little: "a dot")
                if (take && pieces == 2 && letters == 1 && content == 1)
                    take = false;
                // (a person's name said as such, words alone: "habla Carmen Navarro", "mi
                // nombre es …", "Asegurado: Osvaldo Tejada")
                const auto nameIntroduced = [&] {
                    const LetterWord w1 = letterWordBefore(s, a);
                    if (w1.start == w1.end)
                        return false;
                    const Word v1 = lowerWord(s, w1.start, w1.end);
                    if (v1.is("habla") || v1.is("soy") || v1.is("llamo") || v1.is("chamo")
                        || v1.is("appelle") || v1.is("heisse") || v1.is("asegurado")
                        || v1.is("asegurada") || v1.is("titular") || v1.is("beneficiario")
                        || v1.is("beneficiaria"))
                        return true;
                    const LetterWord w2 = letterWordBefore(s, w1.start);
                    const Word v2 = lowerWord(s, w2.start, w2.end);
                    return (v1.is("es") || v1.is("is") || v1.is("e") || v1.is("est"))
                           && (v2.is("nombre") || v2.is("name") || v2.is("nome") || v2.is("nom"));
                };
                if (!take || masked(a, e) || spellingRemark(a, e)
                    || (plains + nums == 0 && seps + ats == 0 && nameAsked(a))
                    || (plains == pieces && nameIntroduced()))
                    return false;
                push(a, e, PiiKind::Email, true, true);
                return true;
            };
            // runs of tokens that are pieces, fillers between them (a few, no more)
            for (size_t i = 0; i < toks.size();) {
                if (!toks[i].ok) {
                    ++i;
                    continue;
                }
                size_t j = i, between = 0, end2 = i + 1;
                for (; j < toks.size() && (toks[j].ok || toks[j].kind == Filler); ++j) {
                    if (!toks[j].ok) {
                        if (++between > 2)
                            break;
                        continue;
                    }
                    between = 0;
                    end2 = j + 1;
                }
                // whole, or else in stretches that each stand in what was said ("tremblay t r e
                // m b l a y": the word and its spelling apart)
                if (!judgeStretch(i, end2)) {
                    size_t w0 = i;
                    std::string win;
                    for (size_t k = i; k < end2; ++k) {
                        if (!toks[k].ok || toks[k].content.empty())
                            continue;
                        if (!win.empty() && !inSaid(win + toks[k].content)) {
                            judgeStretch(w0, k);
                            w0 = k;
                            win.clear();
                        }
                        win += toks[k].content;
                    }
                    if (w0 > i)
                        judgeStretch(w0, end2);
                }
                i = std::max(j, i + 1);
            }
            p = std::max(end + 1, p + 1);
        }
    }
    (void)found;
    // A piece of the address that opens its turn keeps the separator said right before it
    // ("Customer: underscore p two four"): the word is the address's too.
    for (PiiSpan &sp : *out) {
        if (sp.kind != PiiKind::Email)
            continue;
        const auto [b, e] = letterWordBefore(s, int(sp.start));
        if (b == e || e + 1 != int(sp.start) || s[size_t(e)] != ' ')
            continue;
        const Word w = lowerWord(s, b, e);
        if (!(w.is("underscore") || w.is("dash") || w.is("hyphen") || w.is("dot") || w.is("period")
              || w.is("point")))
            continue;
        int q = b;
        while (q > 0 && s[size_t(q - 1)] == ' ')
            --q;
        if (q == 0 || s[size_t(q - 1)] == '\n' || s[size_t(q - 1)] == ':')
            sp.start = decltype(sp.start)(b);
    }
    // The address's first word said alone in a turn before its pieces ("Customer: sarah /
    // Agent: mhm / Customer: underscore p two four / … / Customer: at hotmail dot com"): a
    // piece that opens its turn with a separator or "at" continues words said before it; the
    // word alone in the turn before (past the other side's short turns) is the address's.
    // (Turns are told by their speakers' labels: line ends read as spaces here.)
    const size_t spans = out->size();
    for (size_t k = 0; k < spans; ++k) {
        const PiiSpan sp = (*out)[k];
        if (sp.kind != PiiKind::Email)
            continue;
        const int a = int(sp.start);
        const Word first = lowerWord(s, a, wordEnd(a));
        if (!(first.is("underscore") || first.is("dash") || first.is("hyphen") || first.is("dot")
              || first.is("at") || first.is("period")))
            continue;
        int q = a;
        while (q > 0 && s[size_t(q - 1)] == ' ')
            --q;
        if (q == 0 || s[size_t(q - 1)] != ':')
            continue;
        int label = labelStartBefore(q);
        for (int turns = 0; turns < 3 && label > 0; ++turns) {
            // the turn before: from the label before it (within 200 characters) to `label`
            int contentStart = -1, before = -1;
            for (int c = label - 1; c > 0 && label - c < 200; --c) {
                if (s[size_t(c)] == ':') {
                    const int lb = labelStartBefore(c + 1);
                    if (lb >= 0) {
                        contentStart = c + 1;
                        before = lb;
                        break;
                    }
                }
            }
            if (contentStart < 0)
                break;
            int words = 0, wa = -1, we = -1;
            bool plain = true;
            // (the words before the last one, and whether the turn ends "… email is chloe um")
            Word before1, before2;
            int lastA = -1, lastE = -1;
            for (int c = contentStart; c < label;) {
                if (!isAlnum(s[size_t(c)])) {
                    plain = plain
                            && (s[size_t(c)] == ' ' || s[size_t(c)] == ',' || s[size_t(c)] == '.');
                    ++c;
                    continue;
                }
                int c2 = c;
                while (c2 < label && isAlnum(s[size_t(c2)]))
                    ++c2;
                ++words;
                const Word w = lowerWord(s, c, c2);
                if (!(w.is("um") || w.is("uh") || w.is("er") || w.is("erm"))) {
                    if (lastA >= 0) {
                        before2 = before1;
                        before1 = lowerWord(s, lastA, lastE);
                    }
                    lastA = c;
                    lastE = c2;
                }
                wa = c;
                we = c2;
                c = c2;
            }
            // "ok my email is chloe (um)": the turn ends with the address's first word
            if (words > 1 && lastA >= 0 && before1.is("is")
                && (before2.is("email") || before2.is("e-mail") || before2.is("address")
                    || before2.is("mail"))) {
                wa = lastA;
                we = lastE;
                words = 1;
            }
            if (words == 1 && plain && we - wa >= 2) {
                const Word w = lowerWord(s, wa, we);
                bool letters = true;
                for (int c = wa; c < we; ++c)
                    letters = letters && isAlpha(s[size_t(c)]);
                if (letters && !fillers().contains(w) && !emailStopWords().contains(w)
                    && !w.is("mhm") && !w.is("yes") && !w.is("no") && !w.is("okay") && !w.is("hi")
                    && !w.is("hello") && !w.is("fine")) {
                    if (!anyFindIn(wa, we))
                        push(wa, we, PiiKind::Email, true, true);
                    break;
                }
            }
            if (words > 3)
                break;
            label = before;
        }
    }
}

// An IP address read out in pieces over several turns: around an address found (six lines each
// way), the runs of octets, hex groups and "dot" or "colon" said whose digits stand in it are
// masked where they stand ("caller: one seven two / agent: one seven two / caller: dot sixteen
// / … / agent: so 172.16.254.9"; "fe eighty colon colon one").
void Scanner::findIpDictations()
{
    struct Anchor
    {
        int start, end;
        std::string canon; // its digits (and hex letters, of an IPv6 address)
    };
    thread_local std::vector<Anchor> anchors;
    anchors.clear();
    for (const PiiSpan &sp : *out) {
        if (sp.kind != PiiKind::Ip || sp.continued)
            continue;
        Anchor a{int(sp.start), int(sp.end), {}};
        bool v6 = false;
        for (int p = a.start; p < a.end; ++p)
            v6 = v6 || s[size_t(p)] == ':' || lowerWord(s, p, wordEnd(p)).is("colon");
        for (int p = a.start; p < a.end;) {
            if (!isAlnum(s[size_t(p)]) || (p > a.start && isAlnum(s[size_t(p - 1)]))) {
                ++p;
                continue;
            }
            if (isDigit(s[size_t(p)]) || (v6 && isHex(s[size_t(p)]) && !isAlpha(at(p + 1)))) {
                int e = p;
                while (e < a.end && (isDigit(s[size_t(e)]) || (v6 && isHex(s[size_t(e)]))))
                    a.canon.push_back(lower(s[size_t(e++)]));
                p = std::max(e, p + 1);
                continue;
            }
            DictatedToken ignored;
            const int e = dictatedToken(p, a.end, PiiKind::Ip, &a.canon, &ignored);
            p = e > p ? e : (isAlpha(s[size_t(p)]) ? std::max(wordEnd(p), p + 1) : p + 1);
        }
        if (a.canon.size() >= 4)
            anchors.push_back(std::move(a));
    }
    if (anchors.empty())
        return;
    const auto inAnchor = [&](std::string_view c) {
        for (const Anchor &a : anchors)
            if (a.canon.find(c) != std::string::npos)
                return true;
        return false;
    };
    const auto masked = [&](int a, int e) { return anyFindIn(a, e); };
    thread_local std::vector<DictationTok> toks;
    for (const Anchor &anc : anchors) {
        const auto [from, to] = zoneAround(anc.start, anc.end, 500, 6);
        // (pieces are said in words: a zone without a number word outside the address has none)
        bool said = false;
        for (int p = from; p < to && !said; ++p) {
            if (p >= anc.start && p < anc.end) {
                p = anc.end - 1;
                continue;
            }
            if (!isAlpha(s[size_t(p)]) || (p > 0 && isAlpha(s[size_t(p - 1)])))
                continue;
            const int e = wordEnd(p);
            said = mayStartNumberWord(s[size_t(p)]) && numberWord(s, p, e).kind != NumKind::None;
            p = e - 1;
        }
        if (!said)
            continue;
        for (int p = from; p < to;) {
            const int end = dictationRun(p, to, &toks);
            int plainWords = 0;
            for (const DictationTok &t : toks)
                plainWords += t.kind == DictationTok::Plain ? 1 : 0;
            for (DictationTok &t : toks) {
                const Word w = lowerWord(s, t.start, wordEnd(t.start));
                switch (t.kind) {
                case DictationTok::Num:
                    // (said: written digits are read whole where they stand)
                    t.ok = !t.content.empty() && isAlpha(s[size_t(t.start)]) && inAnchor(t.content);
                    break;
                case DictationTok::Sep:
                    t.ok = isDotWord(w) || w.is("colon") || w.is("double");
                    break;
                case DictationTok::Letter:
                case DictationTok::Plain: {
                    // a hex group of an IPv6 address ("f e", "4a2b")
                    bool hex = !t.content.empty() && t.content.size() <= 4;
                    for (const char c : t.content)
                        hex = hex && isHex(c);
                    t.ok = hex && inAnchor(t.content);
                    break;
                }
                default:
                    t.ok = false;
                    break;
                }
            }
            for (size_t i = 0; i < toks.size();) {
                if (!toks[i].ok) {
                    ++i;
                    continue;
                }
                size_t j = i, last = i, between = 0;
                int nums = 0, pieces = 0, seps = 0;
                std::string joined;
                for (; j < toks.size() && (toks[j].ok || toks[j].kind == DictationTok::Filler);
                     ++j) {
                    if (!toks[j].ok) {
                        if (++between > 2)
                            break;
                        continue;
                    }
                    between = 0;
                    last = j;
                    ++pieces;
                    nums += toks[j].kind == DictationTok::Num ? 1 : 0;
                    seps += toks[j].kind == DictationTok::Sep ? 1 : 0;
                    joined += toks[j].content;
                }
                const int a = toks[i].start, e = toks[last].end;
                // octets said with their "dot" or "colon" ("dot sixteen", "dot two fifty four
                // dot"), or three digits or more said alone in a turn ("one seven two"); not
                // part of another number read out ("three point one point four point two")
                const bool another
                        = (i > 0 && toks[i - 1].kind == DictationTok::Num)
                          || (last + 1 < toks.size() && toks[last + 1].kind == DictationTok::Num);
                const bool take = nums >= 1 && inAnchor(joined) && !joined.empty() && !another
                                  && ((seps >= 1 && pieces >= 2)
                                      || (joined.size() >= 3 && plainWords == 0));
                if (take && !masked(a, e))
                    push(a, e, PiiKind::Ip, true, true);
                i = std::max(j, i + 1);
            }
            p = std::max(end + 1, p + 1);
        }
    }
}

// Whether the words before `a` (a turn or two back) ask for a name rather than an address: a
// name spelled for its own field ("and your surname? / M C L E O D").
bool Scanner::nameAsked(int a) const
{
    for (int q = a - 1; q > 0 && a - q < 200; --q) {
        if (!isAlpha(s[size_t(q)]) || isAlpha(s[size_t(q - 1)]))
            continue;
        const Word w = lowerWord(s, q, wordEnd(q));
        if (w.is("email") || w.is("e-mail") || w.is("mail") || w.is("address") || w.is("at")
            || w.is("dot") || w.is("username") || w.is("domain"))
            return false;
        if (w.is("name") || w.is("surname") || w.is("names") || w.is("lastname")
            || w.is("firstname") || w.is("name's") || w.is("surname's"))
            return true;
    }
    return false;
}

// An IBAN read out, its letters spelled: "p t two seven four oh eight …", "b e zero four, three
// two zero eight, …", "g e eight nine, n b six one, …". From the country's two letters on, its
// letters, digits and number words up to the country's length are masked.
// A letter spelled at p: alone ("g"), with its word ("g as in golf", "h for hotel") or as a
// spelling word ("golf"). Its end, or -1.
int Scanner::spokenLetterEnd(int p, char *letter) const
{
    if (p >= n || !isAlpha(s[size_t(p)]) || (p > 0 && isAlnum(s[size_t(p - 1)])))
        return -1;
    const int e = wordEnd(p);
    if (e == p + 1) {
        *letter = lower(s[size_t(p)]);
        // "as in golf", "for hotel"
        if (e + 1 < n && s[size_t(e)] == ' ') {
            const int w1 = wordEnd(e + 1);
            const Word word1 = lowerWord(s, e + 1, w1); // (the view must not outlive it)
            const std::string_view v1 = word1.view();
            int w = -1;
            if (v1 == "as" && w1 + 1 < n && s[size_t(w1)] == ' ') {
                const int w2 = wordEnd(w1 + 1);
                if (lowerWord(s, w1 + 1, w2).is("in") && w2 + 1 < n && s[size_t(w2)] == ' ')
                    w = w2 + 1;
            } else if ((v1 == "for" || v1 == "like" || v1 == "wie" || v1 == "comme" || v1 == "come"
                        || v1 == "como" || v1 == "de" || v1 == "van" || v1 == "di")
                       && w1 + 1 < n && s[size_t(w1)] == ' ') {
                // (and "T like Torino", "m wie Martha", "X come Xilofono")
                w = w1 + 1;
            }
            if (w > 0 && w < n && lower(s[size_t(w)]) == *letter) {
                // (a word with a hyphen: "x-ray")
                int we = wordEnd(w);
                while (we + 1 < n && s[size_t(we)] == '-' && isAlpha(s[size_t(we + 1)]))
                    we = wordEnd(we + 1);
                if (we > w + 1)
                    return we;
            }
        }
        return e;
    }
    // a letter's name with its word, as Italian, Spanish and French say it: "ti come torino",
    // "be de barcelona", "acca come hotel"
    if (char named = 0; letterNameEnd(p, &named) == e && e + 1 < n && s[size_t(e)] == ' ') {
        const int w1 = wordEnd(e + 1);
        const Word word1 = lowerWord(s, e + 1, w1);
        if ((word1.is("come") || word1.is("como") || word1.is("comme") || word1.is("de")
             || word1.is("di") || word1.is("wie") || word1.is("van"))
            && w1 + 1 < n && s[size_t(w1)] == ' ' && lower(s[size_t(w1 + 1)]) == named) {
            const int we = wordEnd(w1 + 1);
            if (we > w1 + 2) {
                *letter = named;
                return we;
            }
        }
    }
    const char c = natoLetter(s, p, e);
    if (c == 0)
        return -1;
    *letter = c;
    return e;
}

// After "one" ending at e: "sec", "second", "moment", "minute", "min" ("one sec" is a pause, no
// digit). The end of that word, or -1.
int Scanner::momentAfter(int e) const
{
    int f = e;
    while (f < n && s[size_t(f)] == ' ')
        ++f;
    if (f == e)
        return -1;
    const int g = wordEnd(f);
    const Word next = lowerWord(s, f, g);
    // (and as others say it: "un momento", "un segundo", "un momentito", "een moment", "un
    // attimo")
    return next.is("sec") || next.is("second") || next.is("moment") || next.is("minute")
                           || next.is("min") || next.is("momento") || next.is("momentito")
                           || next.is("segundo") || next.is("segundito") || next.is("minuto")
                           || next.is("momentje") || next.is("attimo") || next.is("instant")
                   ? g
                   : -1;
}

// What a recogniser did not catch, at q: "[noise]", "<unk>", "(inaudible)" (a mask put in,
// "[PHONE]", reads the same: callers that must tell them apart ask maskTokenAt). Its end, or -1.
int Scanner::recogniserTokenEnd(int q) const
{
    if (q >= n || (s[size_t(q)] != '[' && s[size_t(q)] != '<' && s[size_t(q)] != '('))
        return -1;
    const char c = s[size_t(q)];
    const char close = c == '[' ? ']' : c == '<' ? '>' : ')';
    int e = q + 1;
    while (e < n && e - q <= 16
           && (isAlpha(s[size_t(e)]) || s[size_t(e)] == ' ' || s[size_t(e)] == '_'
               || s[size_t(e)] == '-'))
        ++e;
    if (e < n && e > q + 2 && s[size_t(e)] == close)
        return e + 1;
    return -1;
}

// A letter said by its name in German, Polish, Spanish, French or Italian ("pe", "el", "de",
// "erre"): its end (the letter in *letter), or -1.
int Scanner::letterNameEnd(int p, char *letter) const
{
    if (p >= n || !isAlpha(s[size_t(p)]) || (p > 0 && isAlnum(s[size_t(p - 1)])))
        return -1;
    const int e = wordEnd(p);
    static constexpr std::pair<std::string_view, char> kNames[]
            = {{"be", 'b'},
               {"ce", 'c'},
               {"de", 'd'},
               {"ef", 'f'},
               {"efe", 'f'},
               {"ge", 'g'},
               {"ha", 'h'},
               {"jot", 'j'},
               {"ka", 'k'},
               {"el", 'l'},
               {"ele", 'l'},
               {"ere", 'r'},
               {"em", 'm'},
               {"eme", 'm'},
               {"en", 'n'},
               {"ene", 'n'},
               {"pe", 'p'},
               {"ku", 'q'},
               {"er", 'r'},
               {"erre", 'r'},
               {"es", 's'},
               {"ese", 's'},
               {"te", 't'},
               {"fau", 'v'},
               {"uve", 'v'},
               {"we", 'w'},
               {"iks", 'x'},
               {"zet", 'z'},
               {"zeta", 'z'},
               // Italian ("i ti ventinove acca …", "e esse quarantasei …")
               {"bi", 'b'},
               {"ci", 'c'},
               {"di", 'd'},
               {"effe", 'f'},
               {"gi", 'g'},
               {"acca", 'h'},
               {"elle", 'l'},
               {"emme", 'm'},
               {"enne", 'n'},
               {"cu", 'q'},
               {"esse", 's'},
               {"ti", 't'},
               {"pi", 'p'},
               {"vu", 'v'},
               {"vi", 'v'},
               {"kappa", 'k'},
               {"ics", 'x'},
               {"ipsilon", 'y'},
               // Spanish, French, Portuguese
               {"hache", 'h'},
               {"jota", 'j'},
               {"equis", 'x'},
               {"ache", 'h'},
               {"ji", 'j'},
               {"zede", 'z'},
               {"ve", 'v'},
               {"aga", 'h'},
               {"xis", 'x'},
               // Dutch ("n l … ie en gee bee …") and German
               {"bee", 'b'},
               {"cee", 'c'},
               {"dee", 'd'},
               {"gee", 'g'},
               {"ie", 'i'},
               {"pee", 'p'},
               {"tee", 't'},
               {"kuu", 'q'},
               {"vee", 'v'},
               {"wee", 'w'},
               {"ij", 'y'},
               {"vau", 'v'},
               {"ix", 'x'},
               {"ypsilon", 'y'},
               {"zett", 'z'},
               {"tse", 'c'},
               {"aa", 'a'},
               {"ee", 'e'},
               {"oo", 'o'},
               {"uu", 'u'},
               {"haa", 'h'},
               {"kaa", 'k'},
               {"jee", 'j'},
               {"cappa", 'k'}};
    // (most words asked are none: a hashed look first)
    static const WordSet names = [] {
        std::vector<std::string_view> all;
        for (const auto &entry : kNames)
            all.push_back(entry.first);
        return WordSet(all);
    }();
    if (e - p < 2 || e - p > 7)
        return -1;
    const Word w = lowerWord(s, p, e);
    if (!names.contains(w))
        return -1;
    for (const auto &[name, l] : kNames) {
        if (w.is(name)) {
            *letter = l;
            return e;
        }
    }
    return -1;
}

// Whether the word for an IBAN or a bank account stands shortly before p ("die IBAN ist …",
// "numer konta …", "mi cuenta es …"): a word of kAccountWords.
bool Scanner::ibanNamedBefore(int p) const
{
    int q = p;
    for (int words = 0; words < 6 && q > 0 && p - q < 64; ++words) {
        // (past a label's colon and a turn: "your IBAN: PK …", "IBAN please\nCustomer: PK …",
        // "Mi dice l'IBAN?\nCl: I T …")
        while (q > 0
               && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ':' || s[size_t(q - 1)] == '\n'
                   || s[size_t(q - 1)] == '?'))
            --q;
        const LetterWord w = letterWordBefore(s, q);
        if (w.start == w.end)
            break;
        const Word word = lowerWord(s, w.start, w.end);
        for (const std::string_view a : kAccountWords)
            if (word.is(a))
                return true;
        q = w.start;
        // (and a log's keys and quotes: "ivr.node=PAYMENT_IBAN ani=… asr=\"d e five …")
        while (q > 0
               && (s[size_t(q - 1)] == ',' || s[size_t(q - 1)] == ':' || s[size_t(q - 1)] == '='
                   || s[size_t(q - 1)] == '"' || s[size_t(q - 1)] == '_'))
            --q;
    }
    return false;
}

void Scanner::findSpokenIbans()
{
    // (an IBAN of a country that speaks Portuguese: "um" is one there, beside another digit
    // said in Portuguese, no hesitation: "… zero seis, um oito dois nove, …")
    bool portuguese = false;
    const auto portugueseDigit = [&](int a, int b) {
        const Word w = lowerWord(s, a, b);
        return w.is("um") || w.is("uma") || w.is("dois") || w.is("duas") || w.is("tres")
               || w.is("quatro") || w.is("cinco") || w.is("seis") || w.is("sete") || w.is("oito")
               || w.is("nove") || w.is("meia");
    };
    const auto portugueseOne = [&](int q) {
        if (!portuguese || wordEnd(q) - q != 2 || !lowerWord(s, q, q + 2).is("um"))
            return false;
        int b = q;
        while (b > 0 && (s[size_t(b - 1)] == ' ' || s[size_t(b - 1)] == ','))
            --b;
        const LetterWord before = letterWordBefore(s, b);
        int f = q + 2;
        while (f < n && (s[size_t(f)] == ' ' || s[size_t(f)] == ','))
            ++f;
        return (before.start < before.end && portugueseDigit(before.start, before.end))
               || (f < n && isAlpha(s[size_t(f)]) && portugueseDigit(f, wordEnd(f)));
    };
    // (`said`: how much of the IBAN is said; past its bank code, "em", "eh" between digits are
    // a hesitation, not the letter M: "… u l s b five four seven two em eight oh three …")
    const auto skipSeparators = [&](int q, int said = 0) {
        for (;;) {
            while (q < n
                   && (s[size_t(q)] == ' ' || s[size_t(q)] == ',' || s[size_t(q)] == '.'
                       || s[size_t(q)] == '-'))
                ++q;
            if (const int t = recogniserTokenEnd(q);
                t > 0 && maskTokenAt(s, q) < 0 && labelEnd(q) < 0 && turnMarkerEnd(q) < 0) {
                q = t;
                continue;
            }
            const int e = wordEnd(q);
            const Word w = lowerWord(s, q, e);
            // (a hesitation of three letters or more that is no number and no spelling word:
            // "p k seven four m e z n ji two zero …", "p l six nine yyy one eight …")
            if (e - q > 1
                && (w.view() == "uh" || (w.view() == "um" && !portugueseOne(q)) || w.view() == "er"
                    || w.view() == "ok" || w.view() == "po" || w.view() == "ji"
                    || w.view() == "ah"
                    // ("… one zero two four... hang on... four two …", "… let me see …")
                    || (w.view() == "on"
                        && (wordBeforeIs(s, q, "hang") || wordBeforeIs(s, q, "hold")))
                    || (w.view() == "me" && wordBeforeIs(s, q, "let"))
                    || (e - q >= 3 && fillers().contains(w)
                        && numberWord(s, q, e).kind == NumKind::None && natoLetter(s, q, e) == 0)))
                q = e;
            else if (e - q == 2
                     && ((said >= 8 && w.view() == "em") || (said >= 4 && w.view() == "eh"))) {
                int d = e;
                while (d < n && (s[size_t(d)] == ' ' || s[size_t(d)] == ',' || s[size_t(d)] == '.'))
                    ++d;
                if (!(d < n
                      && (isDigit(s[size_t(d)])
                          || numberWord(s, d, wordEnd(d)).kind != NumKind::None
                          || (wordEnd(d) - d <= 6
                              && weakNumberWord(s.substr(size_t(d), size_t(wordEnd(d) - d))).kind
                                         != NumKind::None))))
                    return q;
                q = e;
            } else
                return q;
        }
    };
    for (int i = 0; i + 2 < n; ++i) {
        // two letters spelled: "x y", "g as in golf b as in bravo", "november lima"
        // (after a space, a line's start, or in quotes: a recogniser's text in a log, asr="g b
        // six oh l o y d …")
        if (!isAlpha(s[size_t(i)])
            || (i > 0 && s[size_t(i - 1)] != ' ' && s[size_t(i - 1)] != '\n'
                && s[size_t(i - 1)] != '"'))
            continue;
        char c1 = 0, c2 = 0;
        int e2 = -1;
        bool namesOnly = false; // the country said by letters' names, no account's word before
        // a country's two letters that are a word too ("es", "be", "pt" in lower case): an IBAN
        // only when said to its full length and its check passes
        bool needCheck = false;
        const int e1 = spokenLetterEnd(i, &c1);
        if (e1 >= 0) {
            const int i2 = skipSeparators(e1);
            e2 = spokenLetterEnd(i2, &c2);
            if (e2 < 0)
                e2 = letterNameEnd(i2, &c2);
        } else if (const int ce = wordEnd(i);
                   ce - i == 2 && ibanStartAt(s, i) && ce + 3 < n && s[size_t(ce + 2)] == ' '
                   && ((isAlpha(s[size_t(ce + 3)])
                        && numberWord(s, ce + 3, wordEnd(ce + 3)).kind != NumKind::None)
                       || ((accountSaidBefore(i) || namesIbanBefore(i))
                           // (check digits no IBAN has: "IBAN GB00 WEST …" is made up)
                           && checkDigitsPossible(s[size_t(ce)], s[size_t(ce + 1)])))) {
            // the country and the check digits written, the rest said ("ES91 dos uno cero …"),
            // or written after a word for an account ("the IBAN … it's IE44 AIBK 9301 …", one
            // its check refuses): an IBAN only when said to its full length
            c1 = lower(s[size_t(i)]);
            c2 = lower(s[size_t(i + 1)]);
            e2 = ce;
            namesOnly = true;
        } else if (ibanNamedBefore(i)) {
            // After the word for an IBAN or an account: the country's letters said as one word
            // ("die IBAN ist de neunzehn, eins null …") or by their names in the caller's
            // language ("numer konta pe el czterdzieści dwa …")
            const int we = wordEnd(i);
            // (not a word of English: "is", "at", "be", "no", "it" are countries too)
            const Word two = lowerWord(s, i, we);
            // (in capitals a country's: "mi detta l'iban … IT ottantaquattro M …")
            const bool english = !(isUpper(s[size_t(i)]) && isUpper(s[size_t(i + 1)]))
                                 && two.size == 2 && englishTwoLetters(two.text[0], two.text[1]);
            // (nor, in lower case, before digits written: "la cuenta es 287441930 y el PIN …" is
            // Spanish "is"; an IBAN typed starts in capitals)
            const bool beforeWritten = !isUpper(s[size_t(i)]) && we + 1 < n && s[size_t(we)] == ' '
                                       && isDigit(s[size_t(we + 1)]);
            if (we - i == 2 && we < n && (s[size_t(we)] == ' ' || s[size_t(we)] == ',')
                && ibanLength(lower(s[size_t(i)]), lower(s[size_t(i + 1)])) > 0) {
                c1 = lower(s[size_t(i)]);
                c2 = lower(s[size_t(i + 1)]);
                e2 = we;
                needCheck = english || beforeWritten;
            } else if (const int n1 = letterNameEnd(i, &c1); n1 > 0) {
                e2 = letterNameEnd(skipSeparators(n1), &c2);
            }
        } else if (const int we = wordEnd(i);
                   we - i == 2 && isUpper(s[size_t(i)]) && isUpper(s[size_t(i + 1)])
                   && (we == n || s[size_t(we)] == ' ' || s[size_t(we)] == ',')
                   && ibanLength(lower(s[size_t(i)]), lower(s[size_t(i + 1)])) > 0) {
            // the country written in capitals, the rest said, with no word for an account
            // before it ("GB eight two, W E S T, …"): an IBAN only when said to its full length
            c1 = lower(s[size_t(i)]);
            c2 = lower(s[size_t(i + 1)]);
            e2 = we;
            namesOnly = true;
        } else if (const int n1 = letterNameEnd(i, &c1); n1 > 0) {
            // the country's letters by their names with no word for an account before them
            // ("… ja en el nul drie a bee en a …"): an IBAN only when said to its full length
            const int i2 = skipSeparators(n1);
            e2 = letterNameEnd(i2, &c2);
            if (e2 < 0)
                e2 = spokenLetterEnd(i2, &c2);
            namesOnly = e2 > 0;
        }
        if (const int wl = wordEnd(i);
            e2 < 0 && wl - i == 2 && wl < n && (s[size_t(wl)] == ' ' || s[size_t(wl)] == ',')
            && ibanLength(lower(s[size_t(i)]), lower(s[size_t(i + 1)])) > 0) {
            // the country as a word of two letters, no word for an account before it ("é pt
            // cinquenta, zero zero três cinco, …", "es 51 eh 0075 0104 …"): only with its check
            c1 = lower(s[size_t(i)]);
            c2 = lower(s[size_t(i + 1)]);
            e2 = wl;
            namesOnly = true;
            needCheck = true;
        }
        if (e2 < 0) {
            if (e1 < 0)
                i = wordEnd(i);
            continue;
        }
        const int length = ibanLength(c1, c2);
        if (length == 0)
            continue;
        portuguese = (c1 == 'p' && c2 == 't') || (c1 == 'b' && c2 == 'r')
                     || (c1 == 'a' && c2 == 'o') || (c1 == 'm' && c2 == 'z')
                     || (c1 == 's' && c2 == 't') || (c1 == 't' && c2 == 'l');
        // (a meter's, a parcel's code said so: "il codice pod è i ti zero zero uno …", "el
        // cups es e s cero cero …", "the parcel with tracking g b seven four …")
        {
            // (nor a policy's, a claim's, a booking's or a case's: "your policy number is p l
            // eight nine …")
            static const WordSet notIban{
                    "pod",         "cups",       "pdr",        "pdl",         "tracking",
                    "parcel",      "sendung",    "suivi",      "seguimiento", "ean",
                    "serial",      "serie",      "matricola",  "shipment",    "colis",
                    "rastreio",    "spedizione", "policy",     "claim",       "booking",
                    "case",        "ticket",     "membership", "member",      "confirmation",
                    "reservation", "order",      "vin",        "chassis"};
            if (setWordBefore(i, 4, 2, {}, notIban))
                continue;
        }
        // (a lone consonant right before the two: a longer code spelled, "m b r double oh four
        // …", "M B R two one five …"; vowels and "y" are words in some language: "è", "y")
        if (i >= 2 && s[size_t(i - 1)] == ' ' && isAlpha(s[size_t(i - 2)])
            && (i == 2 || s[size_t(i - 3)] == ' ' || s[size_t(i - 3)] == '\n')
            && std::strchr("aeiouy", lower(s[size_t(i - 2)])) == nullptr)
            continue;
        // (nor after a digit said: the middle of a code read out, "… tres J siete S K nueve G
        // tres …", a VIN)
        // ("a belgian one b e twenty six …": "one" after a word, no digit, is a pronoun)
        if (const LetterWord pw = letterWordBefore(s, i);
            wantSpoken && pw.start < pw.end && pw.end + 1 == i
            && numberWord(s, pw.start, pw.end).kind == NumKind::Digit) {
            const LetterWord ppw = letterWordBefore(s, pw.start);
            const Word adjective = lowerWord(s, ppw.start, ppw.end);
            const bool pronoun = lowerWord(s, pw.start, pw.end).is("one")
                                 && ppw.end - ppw.start >= 4 && ppw.end + 1 == pw.start
                                 && numberWord(s, ppw.start, ppw.end).kind == NumKind::None
                                 && !numberNoun(adjective) && !introducers().contains(adjective)
                                 && (!contextKeywords().contains(adjective)
                                     || countryWords().contains(adjective));
            if (!pronoun)
                continue;
        }
        int p = skipSeparators(e2);
        // the check digits: said or written, right after the letters (a word of English too
        // before another number word: "i t sei sette …")
        const auto weakCheckDigit = [&] {
            const int we = wordEnd(p);
            if (we - p > 6
                || weakNumberWord(s.substr(size_t(p), size_t(we - p))).kind == NumKind::None)
                return false;
            int q = we;
            while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == '-') && q - we < 2)
                ++q;
            // (the next a weak one too: "d e otto otto zero …", "i t due sei k nove …", a
            // bank's letter after it)
            const auto letterAfter = [&](int from) {
                char l = 0;
                const int r = skipSeparators(from);
                return r < n && spokenLetterEnd(r, &l) > 0;
            };
            return q > we && q < n
                   && (numberWord(s, q, wordEnd(q)).kind != NumKind::None
                       || (wordEnd(q) - q <= 6
                           && weakNumberWord(s.substr(size_t(q), size_t(wordEnd(q) - q))).kind
                                      != NumKind::None
                           && (weakStartAllowed(wordEnd(q)) || letterAfter(wordEnd(q)))));
        };
        const bool weakFirst = p < n && isAlpha(s[size_t(p)])
                               && numberWord(s, p, wordEnd(p)).kind == NumKind::None
                               && weakCheckDigit();
        if (!(p < n
              && (isDigit(s[size_t(p)]) || numberWord(s, p, wordEnd(p)).kind != NumKind::None
                  || weakFirst)))
            continue;
        int said = 2, end = e2, digitsSaid = 0;
        int pieceStart = i, turns = 0;
        std::string chars{char(c1 & ~0x20), char(c2 & ~0x20)}; // what was said, for the check
        std::vector<std::pair<int, int>> pieces;               // closed at a turn
        while (said < length && p < n) {
            int e = p;
            if (isDigit(s[size_t(p)])) {
                while (e < n && isDigit(s[size_t(e)]))
                    ++e;
                if (e < n && isAlpha(s[size_t(e)])) // "09z6"
                    while (e < n && isAlnum(s[size_t(e)]))
                        ++e;
                said += e - p;
                digitsSaid += e - p;
                for (int k = p; k < e; ++k)
                    chars.push_back(
                            char(lower(s[size_t(k)]) & ~(isAlpha(s[size_t(k)]) ? 0x20 : 0)));
            } else if (char l = 0; spokenLetterEnd(p, &l) > 0 && labelEnd(p) < 0) {
                // (not "A" of the label "A: mhm", the other side's turn)
                e = spokenLetterEnd(p, &l);
                said += 1;
                chars.push_back(char(l & ~0x20));
            } else if (char named = 0; said >= 4 && said + 1 < length
                                       && numberWord(s, p, wordEnd(p)).kind == NumKind::None
                                       && letterNameEnd(p, &named) > 0 && labelEnd(p) < 0) {
                // a letter of the bank's code by its name in the caller's language: "… acca
                // zero cinque …", "… ie en gee bee …"
                e = letterNameEnd(p, &named);
                said += 1;
                chars.push_back(char(named & ~0x20));
            } else if (portugueseOne(p)) {
                e = p + 2; // Portuguese one
                said += 1;
                digitsSaid += 1;
                chars.push_back('1');
            } else if (said >= 4 && wordEnd(p) - p == 4
                       && numberWord(s, p, wordEnd(p)).kind == NumKind::None
                       && (wordEnd(p) == n || !isAlnum(s[size_t(wordEnd(p))]))) {
                e = wordEnd(p); // a bank code written: "i e 12 aibk 5344 …"
                said += 4;
                for (int k = p; k < e; ++k)
                    chars.push_back(char(lower(s[size_t(k)]) & ~0x20));
            } else if (const Word weak = lowerWord(s, p, wordEnd(p));
                       numberWord(s, p, wordEnd(p)).kind != NumKind::None
                       || ((said >= 4 || (said <= 3 && weakFirst)) && weak.size <= 6
                           && weakNumberWord(weak.view()).kind != NumKind::None
                           && (said <= 3 || weakStartAllowed(wordEnd(p))))) {
                const Atom a = readSpoken(p, true);
                if (a.spokenDigits.empty() || a.end <= p) {
                    // one digit word the reader took for a count ("zero one k one one …"), or
                    // a check digit said with a word of English too ("i t due sei k …")
                    NumWord nw = numberWord(s, p, wordEnd(p));
                    if (nw.kind == NumKind::None && said <= 3 && weakFirst)
                        nw = weakNumberWord(weak.view());
                    if (nw.kind != NumKind::Digit && nw.kind != NumKind::Oh)
                        break;
                    e = wordEnd(p);
                    said += 1;
                    digitsSaid += 1;
                    chars.push_back(char('0' + (nw.kind == NumKind::Digit ? nw.value : 0)));
                } else {
                    e = a.end;
                    said += int(a.spokenDigits.size());
                    digitsSaid += int(a.spokenDigits.size());
                    chars += a.spokenDigits;
                }
            } else {
                // on across the other side's turn: "… seven eight four four [00:05:21] AGENT:
                // mm-hmm go on [00:05:28] CUSTOMER: seven one eight …"
                // (a long IBAN takes a few turns; a piece may start with a letter spelled: "z
                // as in zulu eight eight five")
                const Gap gap = scanGap(end);
                const int r = gap.end;
                // (a bank's letters, up to four: "… / ch1: n w b k five double three six")
                const auto letterThenDigit = [&] {
                    char spelled = 0;
                    int le = spokenLetterEnd(r, &spelled);
                    if (le < 0)
                        return false;
                    for (int more = 0; more < 3; ++more) {
                        const int next = spokenLetterEnd(skipSeparators(le), &spelled);
                        if (next < 0)
                            break;
                        le = next;
                    }
                    const int d = skipSeparators(le);
                    return d < n
                           && (isDigit(s[size_t(d)])
                               || numberWord(s, d, wordEnd(d)).kind != NumKind::None);
                };
                // (a turn's piece may start with a word that is English too: "… cliente: due
                // due sette cinque …")
                const auto weakThenNumber = [&] {
                    const int we = wordEnd(r);
                    return we - r <= 6
                           && weakNumberWord(s.substr(size_t(r), size_t(we - r))).kind
                                      != NumKind::None
                           && weakStartAllowed(we);
                };
                if (gap.link != LinkTurn || r <= p || r >= n || turns >= 6
                    || !(isDigit(s[size_t(r)]) || numberWord(s, r, wordEnd(r)).kind != NumKind::None
                         || letterThenDigit() || weakThenNumber()))
                    break;
                ++turns;
                pieces.emplace_back(pieceStart, end);
                pieceStart = r;
                p = r;
                // a letter spelled at the start of the turn, which the gap read as words: "…
                // caller: z as in zulu eight eight five"
                {
                    int w = r;
                    bool letter = false;
                    for (int back = 0; back < 4; ++back) {
                        const LetterWord before = letterWordBefore(s, w);
                        if (before.start == before.end || before.start <= end)
                            break;
                        w = before.start;
                        char spelled = 0;
                        const int le = spokenLetterEnd(w, &spelled);
                        // (the longest reading: "z as in zulu", not "zulu")
                        // (and the letters before it: "n w b k five …")
                        if (le > 0 && skipSeparators(le) == r) {
                            pieceStart = w;
                            letter = true;
                        } else if (le > 0 && letter && skipSeparators(le) == pieceStart) {
                            pieceStart = w;
                            ++said;
                        }
                    }
                    said += letter ? 1 : 0;
                }
                continue;
            }
            end = e;
            p = skipSeparators(e, said);
        }
        // two letters and a few digits are no IBAN yet (ten characters in one turn are, a
        // bank's letter among them, after the word for an IBAN: "Mi dice l'IBAN? / I T,
        // trentadue, I, zero cinque zero tre quattro… aspetti…")
        const bool tenAfterItsWord
                = digitsSaid >= 6 && said >= 10 && turns == 0 && !namesOnly && ibanNamedBefore(i);
        if ((digitsSaid < 8 && !tenAfterItsWord) || (namesOnly && said < length))
            continue;
        if (needCheck && !(said == length && int(chars.size()) == length && ibanValid(chars)))
            continue;
        for (const auto &[a, b] : pieces)
            push(a, b, PiiKind::Iban, true);
        push(pieceStart, end, PiiKind::Iban, true, !pieces.empty());
        i = end;
    }
}

// A correction of the end of a number just given: "… 0931 on file. Customer: No, it's 0913 at
// the end", "…2017, no sorry, the last group is 2071", "… one five, sorry, five one at the
// end". The digits are that number's: masked as its kind.
void Scanner::findCorrections()
{
    const size_t before = out->size();
    const auto wordAt = [&](int q) { // the lower-case word starting at q
        return lowerWord(s, q, wordEnd(q));
    };
    for (int i = 0; i < n;) {
        // a run of digits, or of number words, not masked yet
        int e = i;
        bool spoken = false;
        if (isDigit(s[size_t(i)]) && (i == 0 || !isWordChar(s[size_t(i - 1)]))) {
            while (e < n && isDigit(s[size_t(e)]))
                ++e;
            if (e < n && isWordChar(s[size_t(e)])) {
                i = e;
                continue;
            }
        } else if (wantSpoken && isAlpha(s[size_t(i)]) && (i == 0 || !isAlpha(s[size_t(i - 1)]))
                   && numberWord(s, i, wordEnd(i)).kind != NumKind::None) {
            const Atom a = readSpoken(i);
            e = a.kind == AtomKind::Groups ? a.end : wordEnd(i);
            spoken = a.kind == AtomKind::Groups;
            if (!spoken) {
                i = e;
                continue;
            }
        } else {
            ++i;
            continue;
        }
        const int start = i;
        i = std::max(e, i + 1);
        // "at the end" after it, or "the last group is", "the end is", "ends in" before it
        int q = e;
        while (q < n && s[size_t(q)] == ' ')
            ++q;
        bool correction = wordAt(q).is("at");
        if (correction) {
            int r = wordEnd(q);
            while (r < n && s[size_t(r)] == ' ')
                ++r;
            correction = wordAt(r).is("the");
            if (correction) {
                r = wordEnd(r);
                while (r < n && s[size_t(r)] == ' ')
                    ++r;
                correction = wordAt(r).is("end");
                r = wordEnd(r);
                while (r < n && s[size_t(r)] == ' ')
                    ++r;
                correction = correction && !wordAt(r).is("of"); // "at the end of the day"
            }
        }
        if (!correction) {
            Word words[4];
            int count = 0;
            int b = start;
            while (count < 4) {
                while (b > 0 && (s[size_t(b - 1)] == ' ' || s[size_t(b - 1)] == ','))
                    --b;
                int a0 = b;
                while (a0 > 0 && isAlpha(s[size_t(a0 - 1)]))
                    --a0;
                if (a0 == b)
                    break;
                words[count++] = lowerWord(s, a0, b);
                b = a0;
            }
            for (int k = 0; k + 1 < count && !correction; ++k) {
                const std::string_view w = words[k].view(), w2 = words[k + 1].view();
                correction = (w == "is" || w == "are" || w == "in" || w == "with")
                             && (w2 == "group" || w2 == "bit" || w2 == "part" || w2 == "digits"
                                 || w2 == "end" || w2 == "ends" || w2 == "four" || w2 == "numbers");
            }
        }
        if (!correction)
            continue;
        bool masked = false;
        const PiiSpan *said = nullptr; // the number it corrects: ended within 160 characters
        for (size_t k = 0; k < before; ++k) {
            const PiiSpan &sp = (*out)[k];
            masked = masked || (sp.start <= start && start < sp.end);
            if ((sp.kind == PiiKind::Phone || sp.kind == PiiKind::Card || sp.kind == PiiKind::Ssn
                 || sp.kind == PiiKind::Iban)
                && sp.end <= start && start - sp.end <= 160 && (!said || sp.end > said->end))
                said = &sp;
        }
        if (masked || !said || e - start > 40 || (!spoken && e - start < 2))
            continue;
        push(start, e, said->kind, spoken, true);
    }
}

// An IPv4 address read out: "ten dot two two five dot twenty two dot one four eight",
// "seventy three dot one four one dot fifty eight dot two two zero".
// " dot ", " point ", " period ", " . " between two octets read out: where the next octet starts.
int Scanner::ipSeparatorEnd(int p) const
{
    // (a pause before it or after it: "two three four... dot seven two dot... nineteen")
    if (p + 3 < n && s[size_t(p)] == '.' && s[size_t(p + 1)] == '.' && s[size_t(p + 2)] == '.'
        && p > 0 && isAlnum(s[size_t(p - 1)]))
        p += 3;
    // (with commas around the word: "eighty one, dot, two, dot, …")
    if (p + 2 < n && s[size_t(p)] == ',' && s[size_t(p + 1)] == ' ' && isAlpha(s[size_t(p + 2)])) {
        const int e = wordEnd(p + 2);
        if (isDotWord(lowerWord(s, p + 2, e)) && e + 2 < n && s[size_t(e)] == ','
            && s[size_t(e + 1)] == ' ')
            return e + 2;
    }
    if (p + 2 >= n || s[size_t(p)] != ' ')
        return -1;
    if (s[size_t(p + 1)] == '.' && s[size_t(p + 2)] == ' ')
        return p + 3;
    if (!isAlpha(s[size_t(p + 1)]))
        return -1;
    const int e = wordEnd(p + 1);
    if (e >= n || (s[size_t(e)] != ' ' && s[size_t(e)] != '.'))
        return -1;
    const Word w = lowerWord(s, p + 1, e);
    if (s[size_t(e)] == '.') { // only "dot... "
        if (e + 4 < n && s[size_t(e + 1)] == '.' && s[size_t(e + 2)] == '.'
            && s[size_t(e + 3)] == ' ' && isDotWord(w.view()))
            return e + 4;
        return -1;
    }
    // a hesitation before the dot: "… dot zero uh dot one one three …"
    if ((w.view() == "uh" || w.view() == "um" || w.view() == "er" || w.view() == "erm") && e + 1 < n
        && isAlpha(s[size_t(e + 1)])) {
        const int e2 = wordEnd(e + 1);
        if (e2 < n && s[size_t(e2)] == ' ' && isDotWord(lowerWord(s, e + 1, e2)))
            return e2 + 1;
        return -1;
    }
    if (!isDotWord(w.view()))
        return -1;
    return e + 1;
}

// An octet read out at p, in words ("one nine two", "ten") or digits ("192"): its end, or -1.
// Where an octet said as single digit words from p ends ("een een twee", "un deux trois"; the
// words of other languages that are English words too read as digits): two or three of them,
// 255 at most, and no more number words after them unless a separator follows; or -1.
int Scanner::digitWordsOctetEnd(int p, bool soundAlikes) const
{
    int value = 0, digits = 0, end = p;
    bool alike = false;
    for (int q = p; digits < 3 && q < n && isAlpha(s[size_t(q)]);) {
        const int qe = wordEnd(q);
        NumWord nw = numberWord(s, q, qe);
        if (nw.kind == NumKind::None && qe - q <= 6)
            nw = weakNumberWord(s.substr(size_t(q), size_t(qe - q)));
        // (a recogniser's sound-alike of a digit: "one nine to dot won six eight …")
        if (nw.kind == NumKind::None && soundAlikes && qe - q <= 4) {
            if (const int v = soundAlikeDigit(lowerWord(s, q, qe)); v >= 0) {
                nw = {NumKind::Digit, v};
                alike = true;
            }
        }
        if (nw.kind != NumKind::Digit && nw.kind != NumKind::Oh)
            break;
        value = value * 10 + (nw.kind == NumKind::Digit ? nw.value : 0);
        ++digits;
        end = qe;
        q = qe;
        while (q < n && s[size_t(q)] == ' ')
            ++q;
    }
    int g = end;
    while (g < n && s[size_t(g)] == ' ')
        ++g;
    const bool more
            = g < n
              && (isDigit(s[size_t(g)]) || numberWord(s, g, wordEnd(g)).kind != NumKind::None);
    // (with a sound-alike, one digit alone between separators: "… dot won dot fifty")
    const bool enough = digits >= 2 || (alike && ipSeparatorEnd(end) > 0);
    return enough && value <= 255 && (!more || ipSeparatorEnd(end) > 0) && (!soundAlikes || alike)
                   ? end
                   : -1;
}

int Scanner::spokenOctetEnd(int p) const
{
    if (p >= n)
        return -1;
    if (isDigit(s[size_t(p)])) {
        int e = p;
        while (e < n && isDigit(s[size_t(e)]) && e - p < 4)
            ++e;
        if (e - p > 3 || (e < n && isAlnum(s[size_t(e)])))
            return -1;
        return std::stoi(std::string(s.substr(size_t(p), size_t(e - p)))) <= 255 ? e : -1;
    }
    if (!wantSpoken || !isAlpha(s[size_t(p)]))
        return -1;
    // digits one by one with a recogniser's sound-alike among them, beside a separator: "one
    // nine to dot won six eight dot oh dot forty one"
    if (const int run = digitWordsOctetEnd(p, true); run > 0) {
        const LetterWord before = letterWordBefore(s, p);
        if (ipSeparatorEnd(run) > 0
            || (before.end > before.start && isDotWord(lowerWord(s, before.start, before.end))))
            return run;
    }
    // "a hundred fifteen", "a hundred and two", "one hundred seventy two", "two hundred five":
    // hundreds and what follows
    const Word first = lowerWord(s, p, wordEnd(p));
    const int hundreds = first.is("a") || first.is("one") ? 100 : first.is("two") ? 200 : 0;
    if (hundreds > 0 && wordEnd(p) + 8 <= n && s[size_t(wordEnd(p))] == ' '
        && lowerWord(s, wordEnd(p) + 1, wordEnd(wordEnd(p) + 1)).is("hundred")) {
        const int h = wordEnd(wordEnd(p) + 1);
        int q = h;
        while (q < n && s[size_t(q)] == ' ')
            ++q;
        if (q < n && lowerWord(s, q, wordEnd(q)).is("and")) {
            q = wordEnd(q);
            while (q < n && s[size_t(q)] == ' ')
                ++q;
        }
        if (q < n && isAlpha(s[size_t(q)]) && numberWord(s, q, wordEnd(q)).kind != NumKind::None) {
            const Atom rest = const_cast<Scanner *>(this)->readSpoken(q);
            const std::string &d = rest.spokenDigits;
            if (rest.kind == AtomKind::Groups && !d.empty() && d.size() <= 2
                && std::stoi(d) + hundreds <= 255)
                return rest.end;
        }
        return h;
    }
    if (numberWord(s, p, wordEnd(p)).kind == NumKind::None) {
        // A word that is a number in another language and a word of English too, beside the
        // separator: "dix point zéro point zéro point un", "dez ponto zero ponto zero ponto
        // um", "cent douze point …" (the separators around make it an octet)
        const int e = wordEnd(p);
        const Word w = lowerWord(s, p, e);
        const bool one = w.is("um"); // (Portuguese; "un", "une", "een" are weak number words)
        const NumWord weak = weakNumberWord(w.view());
        if (!one && weak.kind == NumKind::None && !w.is("cent"))
            return -1;
        const LetterWord before = letterWordBefore(s, p);
        const bool dotBefore
                = before.end > before.start && isDotWord(lowerWord(s, before.start, before.end));
        const bool dotAfter = ipSeparatorEnd(e) > 0;
        // (one word: "un", "venti", "otto", "dix"; the last octet before other words: "…
        // ponto zero ponto um e o gateway")
        int f = e;
        while (f < n && s[size_t(f)] == ' ')
            ++f;
        const bool numberNext
                = f < n
                  && (isDigit(s[size_t(f)]) || numberWord(s, f, wordEnd(f)).kind != NumKind::None);
        // (digits said one by one, the first a word of another language too: "… punt nul punt
        // een een twee staat er bij"; up to three, 255 at most)
        if (weak.kind == NumKind::Digit && (dotBefore || dotAfter) && f < n
            && isAlpha(s[size_t(f)]))
            if (const int run = digitWordsOctetEnd(p); run > 0)
                return run;
        if ((one || weak.kind == NumKind::Digit || weak.kind == NumKind::Teen
             || weak.kind == NumKind::Tens)
            && (dotBefore || dotAfter) && (dotAfter || !numberNext))
            return e;
        const Atom said = const_cast<Scanner *>(this)->readSpoken(p);
        const std::string &d = said.spokenDigits;
        if (said.kind != AtomKind::Groups || d.empty() || d.size() > 3 || std::stoi(d) > 255
            || !(dotBefore || ipSeparatorEnd(said.end) > 0))
            return -1;
        return said.end;
    }
    // a lone "oh" between separators: "two oh three dot oh dot one …"
    if (numberWord(s, p, wordEnd(p)).kind == NumKind::Oh && wordEnd(p) - p <= 2) {
        const int e = wordEnd(p);
        int f = e;
        while (f < n && s[size_t(f)] == ' ')
            ++f;
        if (e >= n || ipSeparatorEnd(e) > 0 || f >= n || !isAlnum(s[size_t(f)])
            || (isAlpha(s[size_t(f)]) && numberWord(s, f, wordEnd(f)).kind == NumKind::None))
            return e;
    }
    const Atom octet = const_cast<Scanner *>(this)->readSpoken(p);
    const std::string &d = octet.spokenDigits;
    // (digits one by one that the reader stopped in: "… punt een een twee staat …")
    if (d.size() == 1 && isAlpha(s[size_t(p)]))
        if (const int run = digitWordsOctetEnd(p); run > octet.end)
            return run;
    if (d.empty() || d.size() > 3 || std::stoi(d) > 255) {
        // ("DNS one dot one dot one dot one": a "one" after a noun, read as "the … one"
        // elsewhere, is an octet before a separator)
        const int e = wordEnd(p);
        if (lowerWord(s, p, e).is("one") && ipSeparatorEnd(e) > 0)
            return e;
        return -1;
    }
    return octet.end;
}

// How many digits the octets read out from p hold, up to `end`.
int Scanner::ipDigits(int p, int end)
{
    int digits = 0;
    while (p < end) {
        const int e = spokenOctetEnd(p);
        if (e < 0)
            break;
        digits += isDigit(s[size_t(p)]) ? e - p
                                        : std::max(1, int(readSpoken(p).spokenDigits.size()));
        p = ipSeparatorEnd(e);
        if (p < 0)
            break;
    }
    return digits;
}

// IPv4 addresses read out: "ten dot zero dot zero dot one", "192 point 168 point 1 point 20",
// "one nine two dot one six eight dot …".
void Scanner::findSpokenIps()
{
    // The octets said one after another after the one that ends at `end`, up to four in all
    // (`count` counts them): where the last ends.
    const auto moreOctets = [&](int end, int *count) {
        while (*count < 4) {
            const int next = ipSeparatorEnd(end);
            const int e = next > 0 ? spokenOctetEnd(next) : -1;
            if (e < 0)
                break;
            ++*count;
            end = e;
        }
        return end;
    };
    for (int f = 1; f + 2 < n; ++f) {
        if ((s[size_t(f)] != ' ' && s[size_t(f)] != ',') || ipSeparatorEnd(f) < 0)
            continue;
        // The octet before the first separator: digits, or up to three number words; a pause
        // may stand between them ("ten... dot zero dot zero").
        const int octetEnd = f >= 4 && s[size_t(f - 1)] == '.' && s[size_t(f - 2)] == '.'
                                             && s[size_t(f - 3)] == '.' && isAlpha(s[size_t(f - 4)])
                                     ? f - 3
                                     : f;
        int start = -1;
        if (octetEnd < f) {
            for (int q = octetEnd, words = 0; q > 0 && words < 3; ++words) {
                int a0 = q;
                while (a0 > 0 && isAlpha(s[size_t(a0 - 1)]))
                    --a0;
                if (a0 == q || numberWord(s, a0, q).kind == NumKind::None)
                    break;
                start = a0;
                q = a0 > 0 && (s[size_t(a0 - 1)] == ' ' || s[size_t(a0 - 1)] == '-') ? a0 - 1 : 0;
            }
        } else if (isDigit(s[size_t(f - 1)])) {
            int a = f;
            while (a > 0 && isDigit(s[size_t(a - 1)]))
                --a;
            if (a > 0 && (isAlnum(s[size_t(a - 1)]) || s[size_t(a - 1)] == '.'))
                continue;
            start = a;
        } else {
            for (int q = f, words = 0; q > 0 && words < 6; ++words) {
                int a0 = q;
                while (a0 > 0 && isAlpha(s[size_t(a0 - 1)]))
                    --a0;
                // ("one hundred and forty one")
                const bool andOfHundred = a0 < q && lowerWord(s, a0, q).is("and") && a0 > 1
                                          && lowerWord(s, letterWordBefore(s, a0 - 1).start,
                                                       letterWordBefore(s, a0 - 1).end)
                                                     .is("hundred");
                // ("ciento noventa y dos", "vingt et un": the word that joins tens and unit)
                const Word jw = lowerWord(s, a0, q);
                // ("cento e noventa e dois": and between the hundreds and the rest)
                const NumKind joined = a0 > 1 ? numberWord(s, letterWordBefore(s, a0 - 1).start,
                                                           letterWordBefore(s, a0 - 1).end)
                                                        .kind
                                              : NumKind::None;
                const bool joiner = (jw.is("y") || jw.is("e") || jw.is("et") || jw.is("si"))
                                    && (joined == NumKind::Tens
                                        || (jw.is("e") && joined == NumKind::Hundreds));
                // (and a word that is a number in another language and a word of English too:
                // "dix point …", "tien punt …"; the octet read from it is checked below)
                const bool weak = jw.is("cent") || jw.is("um")
                                  || weakNumberWord(jw.view()).kind != NumKind::None
                                  || (q - a0 <= 4 && soundAlikeDigit(jw) >= 0);
                // ("a hundred fifteen dot …")
                const bool aHundred = q - a0 == 1 && (s[size_t(a0)] | 0x20) == 'a' && q + 1 < n
                                      && s[size_t(q)] == ' '
                                      && lowerWord(s, q + 1, wordEnd(q + 1)).is("hundred");
                if (a0 == q
                    || (numberWord(s, a0, q).kind == NumKind::None && !andOfHundred && !joiner
                        && !weak && !aHundred))
                    break;
                start = a0;
                q = a0 > 0 && (s[size_t(a0 - 1)] == ' ' || s[size_t(a0 - 1)] == '-') ? a0 - 1 : 0;
            }
        }
        if (start < 0)
            continue;
        // (the first octet may start later than the first number word: "one two three, ten
        // dot …" reads its longest tail that is an octet)
        int p = start;
        for (int tries = 0; tries < 6 && p < octetEnd && spokenOctetEnd(p) != octetEnd; ++tries) {
            p = wordEnd(p);
            while (p < n && (s[size_t(p)] == ' ' || s[size_t(p)] == '-'))
                ++p;
        }
        if (p >= octetEnd || spokenOctetEnd(p) != octetEnd)
            continue;
        start = p;
        int octets = 1;
        int lastEnd = moreOctets(f, &octets);
        // A hesitation where a dot was due, after the word for an address: "the second dns is
        // two oh eight dot sixty seven uh two twenty dot two twenty"
        if (octets == 2 && lastEnd + 1 < n && s[size_t(lastEnd)] == ' ') {
            const int he = wordEnd(lastEnd + 1);
            const int o = he + 1;
            if (he > lastEnd + 1 && o < n && s[size_t(he)] == ' '
                && hesitationWord(lowerWord(s, lastEnd + 1, he))) {
                const int e3 = spokenOctetEnd(o);
                int more = 3;
                const int e4 = e3 > 0 ? moreOctets(e3, &more) : -1;
                if (e4 > 0 && more == 4) {
                    const WordSet &addresses = addressWords();
                    bool named = false;
                    int at = start;
                    for (int k = 0; k < 4 && at > 0 && !named; ++k) {
                        const LetterWord v = letterWordBefore(s, at);
                        if (v.start == v.end)
                            break;
                        named = addresses.contains(lowerWord(s, v.start, v.end));
                        at = v.start;
                    }
                    if (named) {
                        octets = 4;
                        lastEnd = e4;
                    }
                }
            }
        }
        // The rest said in the next turns: "one nine two dot one six eight Agent: okay go on
        // Customer: dot one dot forty" (or the dot before the turn: "… one six eight dot Agent:
        // …", "eighty six dot A: yep C: one four seven dot two two A: mhm C: dot two oh nine").
        // Each part is masked apart; the other side's words stay. A part said without a dot at
        // either side of the turn holds two octets at least ("… one six eight Agent: yep
        // Customer: two dot one oh one").
        std::pair<int, int> parts[4];
        int partCount = 0, pieceStart = start, total = octets, totalEnd = lastEnd;
        // (not the end of a longer run read out: "firmware three point one point four point two")
        const LetterWord wordBefore = letterWordBefore(s, start);
        const bool middle = wordBefore.end > wordBefore.start && wordBefore.end < start
                            && isDotWord(lowerWord(s, wordBefore.start, wordBefore.end));
        int digitsSaid = -1; // (read when needed)
        for (int turns = 0; !middle && total < 4 && turns < 3; ++turns) {
            const int dangling = ipSeparatorEnd(totalEnd);
            const bool dang = dangling > 0 && spokenOctetEnd(dangling) < 0;
            if (total < 2 && !dang)
                break;
            const int q = dang ? dangling - 1 : totalEnd;
            const Gap gap = scanGap(q);
            const int r = gap.end;
            const bool turn = gap.link == LinkTurn && r < n && r - q <= 96;
            // the separator said at the start of the turn, which the gap read as a word
            const LetterWord lw = letterWordBefore(s, r);
            const bool dotBefore
                    = !dang && lw.end > lw.start && isDotWord(lowerWord(s, lw.start, lw.end));
            // or a pause in the same turn with the dot beside it ("one six eight... hang on...
            // dot one dot one oh four")
            const bool pause = gap.link == LinkPause && r < n && r - q <= 64 && (dang || dotBefore);
            if (!turn && !pause)
                break;
            const int e = spokenOctetEnd(r);
            if (e < 0)
                break;
            int more = total + 1;
            const int rEnd = moreOctets(e, &more);
            // (a part that goes on past the fourth octet is an address of its own)
            if (const int further = ipSeparatorEnd(rEnd);
                further > 0 && spokenOctetEnd(further) > 0)
                break;
            // (and the whole holds seven digits or more: "the score was two dot five Agent: ok
            // Customer: three dot one" is two numbers)
            if (!dang && !dotBefore && digitsSaid < 0)
                digitsSaid = ipDigits(pieceStart, totalEnd);
            if (!dang && !dotBefore && (more - total < 2 || digitsSaid + ipDigits(r, rEnd) < 7))
                break;
            if (digitsSaid >= 0)
                digitsSaid += ipDigits(r, rEnd);
            parts[partCount++] = {pieceStart, q};
            pieceStart = dotBefore ? lw.start : r;
            total = more;
            totalEnd = rEnd;
        }
        if (octets < 4 && total == 4 && (totalEnd >= n || !isAlnum(s[size_t(totalEnd)]))) {
            octets = 4;
            lastEnd = totalEnd;
        } else {
            partCount = 0;
            pieceStart = start;
        }
        // (a subnet mask, "two five five dot two five five dot two five five dot zero", names
        // no machine)
        const auto octetAt = [&](int o) {
            const int e = spokenOctetEnd(o);
            if (e < 0)
                return -1;
            if (isDigit(s[size_t(o)])) {
                int v = 0;
                for (int q = o; q < e; ++q)
                    v = v * 10 + (s[size_t(q)] - '0');
                return v;
            }
            const Atom said = readSpoken(o);
            return said.spokenDigits.size() == 3 ? std::stoi(said.spokenDigits) : -1;
        };
        const auto netmask = [&] {
            if (partCount > 0 || octetAt(start) != 255)
                return false;
            const int second = ipSeparatorEnd(spokenOctetEnd(start));
            return second > 0 && octetAt(second) == 255;
        };
        if (octets == 4 && netmask()) {
            notPii.emplace_back(start, lastEnd);
            f = lastEnd;
            continue;
        }
        // (nor a version asked for: "Agent: and the firmware version underneath / Customer:
        // two dot four dot one dot eighteen")
        if (octets == 4 && !(contextBefore(start) & CtxVersion)
            && !(askedContext(start) & CtxVersion)) {
            for (int k = 0; k < partCount; ++k)
                push(parts[k].first, parts[k].second, PiiKind::Ip, true, k > 0);
            push(pieceStart, lastEnd, PiiKind::Ip, true, partCount > 0);
            f = lastEnd;
        }
    }
}

// IPv6 addresses read out: "two zero zero one colon d b eight colon colon one", "2001 colon db8
// colon colon 1": groups of up to four hex digits (in digits, number words or letters a-f),
// joined by "colon"; "colon colon" for the run of zeros.
void Scanner::findSpokenIpv6()
{
    for (int f = 1; f + 7 < n; ++f) {
        if (s[size_t(f)] != ' ' || lower(s[size_t(f + 1)]) != 'c'
            || !lowerWord(s, f + 1, wordEnd(f + 1)).is("colon"))
            continue;
        // back to the start of the group before the first "colon"
        int start = f;
        for (int words = 0; words < 6 && start > 0; ++words) {
            int a = start;
            while (a > 0 && s[size_t(a - 1)] == ' ')
                --a;
            int w = a;
            while (w > 0 && isAlnum(s[size_t(w - 1)]))
                --w;
            if (w == a || hexUnitDigits(w, a) < 0)
                break;
            // ("… zero double colon": the "double" is the colon's)
            if (a == f && lowerWord(s, w, a).is("double")) {
                start = w;
                continue;
            }
            start = w;
        }
        if (start == f)
            continue;
        // forward: groups and colons
        int p = start, groups = 0, hex = 0, colons = 0, lastEnd = -1;
        bool doubled = false, colonBefore = false, tensOpen = false, thousandOpen = false;
        // The address read in pieces across pauses or the other side's turns, a colon beside
        // each break ("f e eight zero colon colon... four a three b colon... nine one two c",
        // "... d b eight Tech: go on Caller: colon forty seven c one"): each piece is masked
        // where it stands.
        std::pair<int, int> pieces[6];
        int pieceCount = 0, pieceStart = start, tokenEnd = start;
        while (p < n) {
            while (p < n && s[size_t(p)] == ' ')
                ++p;
            if (p < n && tokenEnd > start && pieceCount < 6
                && (!isAlnum(s[size_t(p)]) || labelEnd(p) > 0 || turnMarkerEnd(p) > 0)) {
                const Gap gap = scanGap(tokenEnd);
                int r = gap.end;
                bool colonNext = false;
                if (r < n && isAlpha(s[size_t(r)]))
                    colonNext = lowerWord(s, r, wordEnd(r)).is("colon");
                const LetterWord before = letterWordBefore(s, r);
                const bool colonRead = before.end > before.start && before.end > tokenEnd
                                       && lowerWord(s, before.start, before.end).is("colon");
                if ((gap.link == LinkTurn || gap.link == LinkPause) && r < n && r - tokenEnd <= 96
                    && (colonBefore || colonNext || colonRead)) {
                    pieces[pieceCount++] = {pieceStart, tokenEnd};
                    if (colonRead)
                        r = before.start;
                    pieceStart = r;
                    p = r;
                    continue;
                }
            }
            if (p >= n || !isAlnum(s[size_t(p)]))
                break;
            const int e = isAlpha(s[size_t(p)]) ? wordEnd(p) : [&] {
                int q = p;
                while (q < n && isAlnum(s[size_t(q)]))
                    ++q;
                return q;
            }();
            // "double colon": "::"
            if (isAlpha(s[size_t(p)]) && e + 6 < n && s[size_t(e)] == ' '
                && lowerWord(s, p, e).is("double")
                && lowerWord(s, e + 1, wordEnd(e + 1)).is("colon")) {
                if (doubled)
                    break;
                doubled = true;
                if (hex > 0)
                    ++groups;
                hex = 0;
                colons += 2;
                colonBefore = true;
                p = wordEnd(e + 1);
                tokenEnd = p;
                continue;
            }
            if (isAlpha(s[size_t(p)]) && lowerWord(s, p, e).is("colon")) {
                if (colonBefore) {
                    if (doubled)
                        break;
                    doubled = true;
                }
                if (hex > 0)
                    ++groups;
                hex = 0;
                ++colons;
                colonBefore = true;
                p = e;
                tokenEnd = e;
                continue;
            }
            int d = hexUnitDigits(p, e);
            // ("twenty six": the unit fills the tens' second digit)
            const NumWord nw = isAlpha(s[size_t(p)]) ? numberWord(s, p, e) : NumWord();
            if ((tensOpen || thousandOpen) && nw.kind == NumKind::Digit && nw.value > 0)
                d = 0;
            tensOpen = nw.kind == NumKind::Tens;
            thousandOpen = nw.kind == NumKind::Thousand;
            if (d < 0 || hex + d > 4)
                break;
            hex += d;
            colonBefore = false;
            lastEnd = e;
            tokenEnd = e;
            p = e;
        }
        if (hex > 0)
            ++groups;
        while (pieceCount > 0 && pieces[pieceCount - 1].first >= lastEnd)
            --pieceCount; // (a break read after the last group)
        if (pieceStart >= lastEnd && pieceCount > 0)
            pieceStart = pieces[--pieceCount].first;
        if (lastEnd > start && colons >= 2 && (doubled ? groups >= 2 : groups >= 8)) {
            for (int k = 0; k < pieceCount; ++k)
                push(pieces[k].first, pieces[k].second, PiiKind::Ip, true, k > 0);
            push(pieceStart, lastEnd, PiiKind::Ip, true, pieceCount > 0);
            f = lastEnd;
        }
    }
}

// How many hex digits the word [a, b) says: "2001", "db8", "d", "eight", "oh", "double"
// (taken as two with the word after it); -1 for any other word.
int Scanner::hexUnitDigits(int a, int b) const
{
    bool hexWord = b - a <= 4;
    for (int q = a; q < b && hexWord; ++q) {
        const char c = lower(s[size_t(q)]);
        hexWord = isDigit(c) || (c >= 'a' && c <= 'f');
    }
    if (hexWord && !(b - a == 2 && lowerWord(s, a, b).is("be")))
        return b - a;
    const NumWord w = numberWord(s, a, b);
    if (w.kind == NumKind::Digit || w.kind == NumKind::Oh)
        return 1;
    if (w.kind == NumKind::Repeat)
        return w.value - 1; // "double": the digit after it counts twice
    if (w.kind == NumKind::Tens || w.kind == NumKind::Teen)
        return 2; // "twenty oh one", "twenty six oh seven": "2001", "2607"
    if (w.kind == NumKind::Thousand)
        return 3; // "two thousand one": "2001"
    return -1;
}

// The area code said after the rest of the number: "555 0132, area code 415", "5 5 5, 0 1 3 2,
// and the area code is 4 1 5". Part of the phone number, masked as one.
void Scanner::findAreaCodesAfter()
{
    const size_t found = out->size();
    for (size_t k = 0; k < found; ++k) {
        const PiiSpan sp = (*out)[k];
        if (sp.kind != PiiKind::Phone)
            continue;
        int q = sp.end;
        bool area = false, other = false;
        Word previous;
        // "area code", "the Edinburgh code in front is", "e o DDD é", "Vorwahl": a few words
        for (int words = 0; words < 8 && q < n; ++words) {
            while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ',' || s[size_t(q)] == ':'))
                ++q;
            if (q >= n || !isAlpha(s[size_t(q)]))
                break;
            const int e = wordEnd(q);
            // (letters and digits in one token are a code of their own: "and the code CX4401")
            if (e < n && isDigit(s[size_t(e)]))
                break;
            const Word w = lowerWord(s, q, e);
            if (areaCodeWords().contains(w)) {
                const std::string_view pv
                        = previous.size > 0 ? previous.view() : std::string_view();
                if (pv == "zip" || pv == "postal" || pv == "post" || pv == "postcode"
                    || pv == "promo" || pv == "discount" || pv == "security" || pv == "access")
                    break;
                area = true;
            } else if (!areaCodeGlue().contains(w)) {
                if (other) // one other word: a city's name
                    break;
                other = true;
            }
            previous = w;
            q = e;
        }
        if (!area)
            continue;
        while (q < n && (s[size_t(q)] == ' ' || s[size_t(q)] == ':'))
            ++q;
        // Two to five digits, together or one by one.
        int p = q;
        int digits = 0;
        while (p < n && isDigit(s[size_t(p)]) && digits < 6) {
            ++p;
            ++digits;
            if (p + 1 < n && (s[size_t(p)] == ' ' || s[size_t(p)] == '-')
                && isDigit(s[size_t(p + 1)]) && !(p + 2 < n && isDigit(s[size_t(p + 2)]))
                && p - q < 5)
                ++p;
        }
        if (digits >= 2 && digits <= 5 && !(p < n && isAlnum(s[size_t(p)])))
            push(q, p, PiiKind::Phone);
    }
}

// The area code said first and named after it, the rest after that: "five one two like the area
// code for Austin, then 555 0110", "512 is the area code, then …". Part of the phone number.
void Scanner::findAreaCodesNamedBefore()
{
    const size_t found = out->size();
    for (size_t k = 0; k < found; ++k) {
        const PiiSpan sp = (*out)[k];
        if (sp.kind != PiiKind::Phone)
            continue;
        // back over the words between: "area code" among them, glue, one or two other words
        int q = int(sp.start);
        bool area = false;
        int others = 0;
        for (int words = 0; words < 10 && q > 0; ++words) {
            while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
                --q;
            if (q == 0 || !isAlpha(s[size_t(q - 1)]))
                break;
            const LetterWord lw = letterWordBefore(s, q);
            const Word w = lowerWord(s, lw.start, lw.end);
            if (numberWord(s, lw.start, lw.end).kind != NumKind::None && !w.is("oh"))
                break;
            // ("area code", "city code", "Vorwahl"; not any code: "paid 20 for the code")
            const LetterWord pw = letterWordBefore(s, lw.start);
            const Word before = lowerWord(s, pw.start, pw.end);
            if (areaCodeWords().contains(w)
                && (!w.is("code") || before.is("area") || before.is("city") || before.is("std")
                    || before.is("dialling") || before.is("dialing")))
                area = true;
            else if (!areaCodeGlue().contains(w) && !w.is("like") && !w.is("for") && !w.is("was")
                     && ++others > 2)
                break;
            q = lw.start;
        }
        if (!area)
            continue;
        // the piece before them: two to five digits, written or said
        while (q > 0 && (s[size_t(q - 1)] == ' ' || s[size_t(q - 1)] == ','))
            --q;
        int a = q, digits = 0;
        while (a > 0 && digits < 6) {
            if (isDigit(s[size_t(a - 1)])) {
                int b = a;
                while (b > 0 && isDigit(s[size_t(b - 1)]))
                    --b;
                digits += a - b;
                a = b;
            } else if (isAlpha(s[size_t(a - 1)])) {
                const LetterWord lw = letterWordBefore(s, a);
                const NumWord nw = numberWord(s, lw.start, lw.end);
                if (lw.end != a || nw.kind != NumKind::Digit)
                    break;
                ++digits;
                a = lw.start;
            } else {
                break;
            }
            if (a > 0 && s[size_t(a - 1)] == ' ' && a > 1 && isAlnum(s[size_t(a - 2)]))
                --a;
            else
                break;
        }
        while (a < q && s[size_t(a)] == ' ')
            ++a;
        if (digits < 2 || digits > 5 || a >= q)
            continue;
        if (!anyFindIn(a, q))
            push(a, q, PiiKind::Phone);
    }
}

// A country's calling code said after the number, with the country or "country code" named
// around it: "oh two oh, seven nine four six, oh eight eight oh, but you'll need the code, it's
// a UK number, forty-four", "eight one two two, six oh three nine, and that's Singapore, so
// sixty-five in front", "… oh three one. Agent: And the country code? Customer: Sixty-one,
// Australia." Not a sum or a count ("forty-four pounds", "sixty-five on the Discover").
void Scanner::findCountryCodesAfter()
{
    const size_t found = out->size();
    const auto named = [&](const Word &w) {
        return countryWords().contains(w) || w.is("country") || w.is("international")
               || w.is("dialling") || w.is("dialing");
    };
    for (size_t k = 0; k < found; ++k) {
        // (nine digits may be read as an SSN: "four one nine, two two eight, oh three one")
        const PiiSpan sp = (*out)[k];
        if (sp.kind != PiiKind::Phone && sp.kind != PiiKind::Ssn)
            continue;
        bool said = false; // a country or its code named since the number
        int words = 0;
        for (int q = int(sp.end); q < n && words < 14 && q - int(sp.end) < 160;) {
            const char c = s[size_t(q)];
            if (!isAlnum(c)) {
                if (c == '[' && maskTokenAt(s, q) > 0)
                    break; // another find
                ++q;
                continue;
            }
            if (const int t = turnMarkerEnd(q); t > 0) {
                q = t;
                continue;
            }
            if (const int t = labelEnd(q); t > 0) {
                q = t;
                continue;
            }
            const bool numberAt = isDigit(c) || numberWord(s, q, wordEnd(q)).kind != NumKind::None;
            if (!numberAt) {
                const int e = wordEnd(q);
                said = said || named(lowerWord(s, q, e));
                ++words;
                q = e;
                continue;
            }
            std::string d;
            bool spoken = false;
            const int e = numberRun(q, std::min(n, q + 48), &d, &spoken);
            if (e <= q || d.empty() || d.size() > 3 || d[0] == '0'
                || !callingCodes()[size_t(std::stoi(d))])
                break;
            if (e < n && (isAlnum(s[size_t(e)]) || s[size_t(e)] == '%'))
                break;
            // the country named after it: "Sixty-one, Australia", "sixty-five in front"
            bool after = false;
            {
                int r = e;
                bool in = false;
                for (int w = 0; w < 3 && r < n; ++w) {
                    while (r < n && (s[size_t(r)] == ' ' || s[size_t(r)] == ','))
                        ++r;
                    if (r >= n || !isAlpha(s[size_t(r)]))
                        break;
                    const int f = wordEnd(r);
                    const Word x = lowerWord(s, r, f);
                    after = after || named(x) || (in && x.is("front"));
                    in = x.is("in");
                    r = f;
                }
            }
            if ((said || after) && !unitAfter(e) && !currencyBefore(q)
                && (after || !countOrLabel(e, int(d.size()))))
                push(q, e, PiiKind::Phone, spoken);
            break;
        }
    }
}

// A number masked short of its length, then an aside without a break, then the rest: "my
// number is 4962 uh let me just check my phone 0376". Strict only: the digits after the aside
// are masked as the rest when they are few enough to complete it and nothing says they are
// something else.
void Scanner::findRestAfterOpenEnds()
{
    for (const OpenEnd &open : openEnds) {
        const int need = open.kind == PiiKind::Phone ? 10 : open.kind == PiiKind::Ssn ? 9 : 13;
        if (open.digits >= need || open.digits < 2)
            continue;
        int digits = open.digits;
        int q = open.end;
        int words = 0;
        int from = open.end; // where the words are counted from
        while (q < n && q - from <= 120 && words <= 12 && digits < need) {
            const char c = s[size_t(q)];
            // the other side's turn between: "… 7883 <unk> Tom (agent): i lost you after 7883
            // after that Gemma (caller): oh sorry 339 699"
            if (c == '<' || c == '>' || c == '[' || c == '|' || c == '(' || isAlpha(c)
                || isDigit(c)) {
                const int t = turnMarkEnd(q);
                if (t > q) {
                    ++words;
                    q = t;
                    continue;
                }
            }
            // what the recogniser did not catch: "[garbled]", "<unk>", "(inaudible)"
            if (const int t = recogniserTokenEnd(q); t > 0) {
                ++words;
                q = t;
                continue;
            }
            if (c == '\n' || c == '\r' || c == '@' || c == '[' || c == '$' || c == '#')
                break;
            if (isAlpha(c) || isDigit(c)) {
                const bool wordStart = isAlpha(c) && !(q > 0 && isAlnum(s[size_t(q - 1)]));
                Atom atom;
                if (isDigit(c))
                    atom = readDigits(q);
                else if (wordStart && wantSpoken
                         && numberWord(s, q, wordEnd(q)).kind != NumKind::None)
                    atom = readSpoken(q, true);
                // a lone "oh" before words: "oh sorry 339 699"
                if (atom.kind == AtomKind::Groups && atom.spoken && atom.spokenDigits.size() == 1
                    && atom.spokenDigits[0] == '0'
                    && numberWord(s, q, wordEnd(q)).kind == NumKind::Oh)
                    atom.kind = AtomKind::None;
                // "one sec", "one moment": no digit
                if (atom.kind == AtomKind::Groups && atom.spoken && atom.spokenDigits.size() == 1
                    && atom.spokenDigits[0] == '1' && atom.end + 1 < n
                    && s[size_t(atom.end)] == ' ') {
                    const Word next = lowerWord(s, atom.end + 1, wordEnd(atom.end + 1));
                    const std::string_view v = next.view();
                    if (next.size > 0
                        && (v == "sec" || v == "second" || v == "moment" || v == "minute"
                            || v == "min" || v == "mo"))
                        atom.kind = AtomKind::None;
                }
                if (atom.kind == AtomKind::None && isAlpha(c)) {
                    // asked for something else: "… AGENT: and the year you were born …"
                    if (otherFieldWords().contains(lowerWord(s, q, wordEnd(q))))
                        break;
                    ++words;
                    q = wordEnd(q);
                    if (q < n && s[size_t(q)] == '\'')
                        ++q;
                    continue;
                }
                if (atom.kind != AtomKind::Groups)
                    break;
                // a reading with its decimals ("the reading was four four one two point five")
                if (atom.spoken && atom.end + 1 < n && s[size_t(atom.end)] == ' '
                    && lowerWord(s, atom.end + 1, wordEnd(atom.end + 1)).is("point"))
                    break;
                // the other side reading back the last digits given ("i lost you after 7883"):
                // masked, and the rest is still to come
                if (!atom.spoken && open.lastEnd > open.lastStart
                    && atom.end - atom.start == open.lastEnd - open.lastStart
                    && s.substr(size_t(atom.start), size_t(atom.end - atom.start))
                               == s.substr(size_t(open.lastStart),
                                           size_t(open.lastEnd - open.lastStart))) {
                    push(atom.start, atom.end, open.kind, false, true);
                    q = from = atom.end; // the rest follows the question
                    words = 0;
                    continue;
                }
                int d = 0;
                bool year = false;
                if (atom.spoken) {
                    d = int(atom.spokenDigits.size());
                } else {
                    for (int t = 0; t < atom.groupCount; ++t)
                        d += atom.groupEnd[t] - atom.groupStart[t];
                    year = d == 4 && yearLike(s.data() + atom.start);
                }
                // the end of what was given, read back after "after" ("sorry you cut out after
                // oh nine"): masked, and the rest is still to come
                if (d >= 2 && d <= open.tailLen) {
                    std::string said;
                    if (atom.spoken) {
                        said.assign(atom.spokenDigits.begin(), atom.spokenDigits.end());
                    } else {
                        for (int t = 0; t < atom.groupCount; ++t)
                            said.append(s.substr(size_t(atom.groupStart[t]),
                                                 size_t(atom.groupEnd[t] - atom.groupStart[t])));
                    }
                    if (wordBeforeIs(s, atom.start, "after")
                        && std::string_view(open.tail + open.tailLen - d, size_t(d)) == said) {
                        push(atom.start, atom.end, open.kind, atom.spoken, true);
                        q = from = atom.end;
                        words = 0;
                        continue;
                    }
                }
                const int room = std::max(4, need + 1 - digits);
                // (said in pairs as the start was: "la lada es treinta y tres y el número es
                // trece, cuarenta y cinco, …")
                if (d < 2 || d > room || year || (atom.cardinal && !open.pairs)
                    || timeAfter(atom.start) || unitAfter(atom.end) || countOrLabel(atom.end, d)
                    || currencyBefore(atom.start) || (atom.end < n && s[size_t(atom.end)] == ':')
                    || (contextBefore(atom.start) & CtxLowering))
                    break;
                bool covered = false;
                for (const PiiSpan &sp : *out)
                    covered = covered || (sp.start < atom.end && sp.end > atom.start);
                if (!covered)
                    push(atom.start, atom.end, open.kind, atom.spoken, true);
                digits += d;
                words = 9; // what follows the rest must follow it closely
                q = atom.end;
                continue;
            }
            ++q;
        }
    }
}

// ---- normalizing

// The base letter of a Latin letter below U+0250 ('x' when it has none): "é" reads "e".
char latinBase(char32_t cp)
{
    // (0-0x24f, then Latin Extended Additional, 0x1e00-0x1eff, at 0x250 on: Vietnamese's
    // letters with two marks, "ố", "ậ", "ữ")
    static const std::array<char, 0x350> table = [] {
        std::array<char, 0x350> t{};
        for (int k = 0; k < 0x350; ++k) {
            char32_t c = k < 0x250 ? char32_t(k) : char32_t(0x1e00 + k - 0x250);
            // (decomposed until the base letter: "ố" is "ô" and a mark, "ô" is "o" and one)
            for (int depth = 0; depth < 3 && c >= 0x80; ++depth) {
                const QString d = QChar(c).decomposition();
                if (d.isEmpty())
                    break;
                c = d.at(0).unicode();
            }
            t[size_t(k)] = c < 0x80 && QChar::isLetter(c) ? char(c) : 'x';
        }
        t[0xdf] = 's'; // ß
        t[0xf8] = 'o'; // ø
        t[0xd8] = 'O';
        t[0x111] = 'd'; // đ
        t[0x110] = 'D';
        t[0x142] = 'l'; // ł
        t[0x141] = 'L';
        t[0xe6] = 'a'; // æ
        t[0xc6] = 'A';
        t[0x131] = 'i'; // ı, Turkish
        t[0xfe] = 't';  // þ, Icelandic ("þrír" reads "trir")
        t[0xde] = 'T';
        t[0xf0] = 'd'; // ð
        t[0xd0] = 'D';
        t[0x18f] = 'E'; // Ə, Azerbaijani ("Əlli" reads "Elli"; "ə" below)
        return t;
    }();
    if (cp >= 0x1e00 && cp <= 0x1eff)
        return table[cp - 0x1e00 + 0x250];
    return table[cp];
}

inline void put(std::string *norm, std::vector<int> *map, char c, int origin)
{
    norm->push_back(c);
    map->push_back(origin);
}

// The Latin letters a Cyrillic letter of Russian, Ukrainian or Bulgarian reads as (lower case;
// "" for the soft sign), or nullptr when cp is none: "двадцять" reads "dvadcyat", "нула" "nula",
// "точка" "tochka", so that the words the scanner knows are read in those languages too.
// (Not ICU's Cyrillic-Latin transliterator: it writes marks ("č", "š") and follows each
// locale's rules, which would need folding again, and it would be asked letter by letter while
// the offsets of the original text are kept; one letter to a fixed ASCII spelling is all the
// word lists need. Fuzzed with the rest of the masker: tests/fuzz/fuzz_masker.cpp.)
const char *cyrillicLatin(char32_t cp)
{
    // а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я
    static constexpr const char *kBasic[32] = {
            "a", "b", "v", "g", "d", "e", "zh", "z",  "i",  "y",   "k", "l", "m", "n", "o",  "p",
            "r", "s", "t", "u", "f", "h", "c",  "ch", "sh", "sht", "a", "y", "",  "e", "yu", "ya"};
    if (cp >= 0x430 && cp <= 0x44f)
        return kBasic[cp - 0x430];
    if (cp >= 0x410 && cp <= 0x42f)
        return kBasic[cp - 0x410];
    switch (cp) {
    case 0x451: // ё
    case 0x401:
    case 0x454: // є
    case 0x404:
        return "e";
    case 0x456: // і
    case 0x406:
    case 0x457: // ї
    case 0x407:
        return "i";
    case 0x491: // ґ
    case 0x490:
    case 0x493: // ғ (Kazakh, Uzbek)
    case 0x492:
        return "g";
    // Serbian and Macedonian: "ђ" "dj", "ј" "j", "љ" "lj", "њ" "nj", "ћ" "c", "џ" "dz", "ѓ" "g",
    // "ѕ" "dz", "ќ" "k" ("јахоо" "jahoo", "седум" "sedum")
    case 0x452:
    case 0x402:
        return "dj";
    case 0x458:
    case 0x408:
        return "j";
    case 0x459:
    case 0x409:
        return "lj";
    case 0x45a:
    case 0x40a:
        return "nj";
    case 0x45b:
    case 0x40b:
        return "c";
    case 0x45f:
    case 0x40f:
    case 0x455:
    case 0x405:
        return "dz";
    case 0x453:
    case 0x403:
        return "g";
    // Kazakh and Uzbek: "қырық" "kyryk", "жүз" "zhuz", "нөл" "nol", "мың" "myn", "ўн" "un"
    case 0x45c: // ќ (Macedonian)
    case 0x40c:
    case 0x49b: // қ
    case 0x49a:
        return "k";
    case 0x4a3: // ң
    case 0x4a2:
        return "n";
    case 0x4d9: // ә
    case 0x4d8:
        return "a";
    case 0x4e9: // ө
    case 0x4e8:
        return "o";
    case 0x4af: // ү
    case 0x4ae:
    case 0x4b1: // ұ
    case 0x4b0:
    case 0x45e: // ў
    case 0x40e:
        return "u";
    case 0x4bb: // һ
    case 0x4ba:
    case 0x4b3: // ҳ
    case 0x4b2:
        return "h";
    default:
        return nullptr;
    }
}

} // namespace

// The character a URL's escape at i stands for when it is one that may join an address or a
// number ("%40" '@', "%2B" '+', "%20" ' ', "%2E" '.', "%2D" '-', "%5F" '_'), or 0: a web form's
// fields logged as sent ("email=oliver.grant%40protonmail.com&phone=%2B44+7700+900527").
static char percentEscape(std::string_view u, size_t i)
{
    if (i + 2 >= u.size() || u[i] != '%')
        return 0;
    const char a = u[i + 1], b = char(u[i + 2] | 0x20);
    switch (a) {
    case '4':
        return b == '0' ? '@' : 0;
    case '2':
        return b == 'b' ? '+' : b == '0' ? ' ' : b == 'e' ? '.' : b == 'd' ? '-' : 0;
    case '5':
        return b == 'f' ? '_' : 0;
    default:
        return 0;
    }
}

// Words of Chinese, Japanese and Korean that say what a number is, and the word the scanner
// reads for each (the longer first where one starts another).
// Words of Arabic and Hebrew that say a digit or what a number is, and the English word the
// scanner reads for each (a longer word before one it starts with): "صفر خمسة ستة …", "אפס חמש
// שתיים …", "رقم الجوال", "המספר שלי".
constexpr std::pair<std::string_view, std::string_view> kArabicHebrewWords[] = {
        // Arabic, standard and spoken (Egypt, the Gulf, the Levant)
        {"صفر", "zero"},
        {"واحدة", "one"},
        {"واحد", "one"},
        {"اثنين", "two"},
        {"اثنان", "two"},
        {"إثنين", "two"},
        {"اتنين", "two"},
        {"ثلاثة", "three"},
        {"ثلاث", "three"},
        {"تلاتة", "three"},
        {"تلات", "three"},
        {"أربعة", "four"},
        {"اربعة", "four"},
        {"أربع", "four"},
        {"اربع", "four"},
        {"خمسة", "five"},
        {"خمس", "five"},
        {"ستة", "six"},
        {"سبعة", "seven"},
        {"سبع", "seven"},
        {"ثمانية", "eight"},
        {"تمانية", "eight"},
        {"ثمان", "eight"},
        {"تسعة", "nine"},
        {"تسع", "nine"},
        {"عشرة", "ten"},
        {"الرقم", "number"},
        {"رقمي", "number"},
        {"رقم", "number"},
        {"الجوال", "mobile"},
        {"جوالي", "mobile"},
        {"جوال", "mobile"},
        {"موبايل", "mobile"},
        {"الموبايل", "mobile"},
        {"هاتف", "phone"},
        {"الهاتف", "phone"},
        {"تلفون", "phone"},
        {"واتساب", "whatsapp"},
        // Persian and Urdu: digits, a number, a phone, a mobile
        {"یک", "one"},
        {"ایک", "one"},
        {"دو", "two"},
        {"سه", "three"},
        {"تین", "three"},
        {"چهار", "four"},
        {"چار", "four"},
        {"پنج", "five"},
        {"پانچ", "five"},
        {"شش", "six"},
        {"چھ", "six"},
        {"هفت", "seven"},
        {"سات", "seven"},
        {"هشت", "eight"},
        {"آٹھ", "eight"},
        {"نه", "nine"},
        {"نو", "nine"},
        {"ده", "ten"},
        {"شماره", "number"},
        {"نمبر", "number"},
        {"تلفن", "phone"},
        {"فون", "phone"},
        {"موبایل", "mobile"},
        {"همراه", "mobile"},
        // Persian teens, tens and hundreds: a phone number is said in them ("صفر نهصد و دوازده،
        // سیصد و چهل و پنج …", 0 912 345 …); the hundreds read as the one-word hundreds of
        // Portuguese, which take the rest after their "e" as Persian does after its "و"
        // (normalize reads "و" between number words as "e")
        {"یازده", "eleven"},
        {"دوازده", "twelve"},
        {"سیزده", "thirteen"},
        {"چهارده", "fourteen"},
        {"پانزده", "fifteen"},
        {"شانزده", "sixteen"},
        {"هفده", "seventeen"},
        {"هجده", "eighteen"},
        {"هیجده", "eighteen"},
        {"نوزده", "nineteen"},
        {"بیست", "twenty"},
        {"سی", "thirty"},
        {"چهل", "forty"},
        {"پنجاه", "fifty"},
        {"شصت", "sixty"},
        {"هفتاد", "seventy"},
        {"هشتاد", "eighty"},
        {"نود", "ninety"},
        {"صد", "cem"},
        {"یکصد", "cem"},
        {"دویست", "duzentos"},
        {"سیصد", "trezentos"},
        {"چهارصد", "quatrocentos"},
        {"پانصد", "quinhentos"},
        {"ششصد", "seiscentos"},
        {"هفتصد", "setecentos"},
        {"هشتصد", "oitocentos"},
        {"نهصد", "novecentos"},
        // (Urdu: a tracking number, an order, a reference, an identity card, a consumer's
        // number, a bill, a policy, an account, a ticket; the customer and the agent)
        {"ٹریکنگ", "tracking"},
        {"آرڈر", "order"},
        {"ریفرنس", "reference"},
        {"شناختی", "nin"},
        {"کنزیومر", "consumer"},
        {"بل", "bill"},
        {"پالیسی", "policy"},
        {"اکاؤنٹ", "account"},
        {"ٹکٹ", "ticket"},
        {"کسٹمر", "customer"},
        {"ایجنٹ", "agent"},
        {"ملی", "melli"},
        {"پستی", "postcode"},
        {"پرونده", "case"},
        {"شناسنامه", "nin"},
        {"پلاک", "house"},
        {"اپراتور", "operator"},
        {"مشتری", "customer"},
        {"کارشناس", "agent"},
        {"بله", "yes"},
        {"آره", "yes"},
        {"جاز", "jazz"},
        {"کیش", "cash"},
        {"ایزی", "easy"},
        {"پیسہ", "paisa"},
        // an address said in Arabic or Persian words: "ali ات gmail دات com", "… نقطة com"
        {"ات", "at"},
        {"آت", "at"},
        {"دات", "dot"},
        {"دوت", "dot"},
        {"نقطه", "dot"},
        {"نقطة", "dot"},
        {"ایمیل", "email"},
        {"ایمیلم", "email"},
        {"ايميل", "email"},
        {"إيميل", "email"},
        {"الإيميل", "email"},
        {"الايميل", "email"},
        // (words said before an address in those languages, read as the English ones, so that
        // the address starts after them: "ایمیل من …", "ايميلي هو …")
        {"من", "my"},
        {"هو", "is"},
        {"هي", "is"},
        {"است", "is"},
        {"ایمیلی", "email"},
        {"ايميلي", "email"},
        // ids, tickets, bookings and passports: what they name lowers ("رقم الإقامة …", "رقم
        // التذكرة …", "رقم الحجز …")
        {"الإقامة", "iqama"},
        {"الاقامة", "iqama"},
        {"إقامة", "iqama"},
        {"اقامة", "iqama"},
        {"التذكرة", "ticket"},
        {"تذكرة", "ticket"},
        {"الحجز", "booking"},
        {"حجز", "booking"},
        {"حجزي", "booking"},
        {"الجواز", "passport"},
        {"جواز", "passport"},
        {"الهوية", "nin"},
        {"هوية", "nin"},
        {"الفاتورة", "invoice"},
        {"فاتورة", "invoice"},
        {"الطلب", "order"},
        // Hebrew
        {"אפס", "zero"},
        {"אחת", "one"},
        {"אחד", "one"},
        {"שתיים", "two"},
        {"שתים", "two"},
        {"שניים", "two"},
        {"שלושה", "three"},
        {"שלוש", "three"},
        {"ארבעה", "four"},
        {"ארבע", "four"},
        {"חמישה", "five"},
        {"חמש", "five"},
        {"שישה", "six"},
        {"שש", "six"},
        {"שבעה", "seven"},
        {"שבע", "seven"},
        {"שמונה", "eight"},
        {"תשעה", "nine"},
        {"תשע", "nine"},
        {"עשר", "ten"},
        {"עשרים", "twenty"},
        {"שלושים", "thirty"},
        {"ארבעים", "forty"},
        {"חמישים", "fifty"},
        {"שישים", "sixty"},
        {"שבעים", "seventy"},
        {"שמונים", "eighty"},
        {"תשעים", "ninety"},
        {"המספר", "number"},
        {"מספר", "number"},
        {"טלפון", "phone"},
        {"נייד", "mobile"},
        {"הנייד", "mobile"},
        {"פלאפון", "mobile"},
        {"שטרודל", "at"},
        {"נקודה", "dot"},
        {"מייל", "email"},
        {"המייל", "email"},
        {"שלי", "my"},
        {"הוא", "is"},
        {"זה", "is"},
        // an identity card, a passport, a booking, an order, an invoice
        {"זהות", "zehut"},
        {"דרכון", "passport"},
        {"הזמנה", "booking"},
        {"ההזמנה", "booking"},
        {"חשבונית", "invoice"},
        // (what else a number given is: an account, a civil or a national id, a shipment, a
        // Dubai building's Makani number; Hebrew's contract, meter, reference, account; Persian's
        // tracking, bill, payment, parcel, serial)
        {"الحساب", "account"},
        {"حساب", "account"},
        {"المدني", "nin"},
        {"الوطنية", "nin"},
        {"شحنة", "shipment"},
        {"الشحنة", "shipment"},
        {"مكاني", "reference"},
        {"חוזה", "contract"},
        {"מונה", "meter"},
        {"אסמכתא", "reference"},
        {"חשבון", "account"},
        {"פיגיری", "tracking"},
        {"پیگیری", "tracking"},
        {"قبض", "bill"},
        {"پرداخت", "payment"},
        {"مرسوله", "parcel"},
        {"سریال", "serial"}};

// Thai: digits said as words (spoken numbers are written with spaces between the words, "ศูนย์
// แปด หนึ่ง …"), read only as whole words; and the words that say what a number or an address
// is, read where they start even with no space after them ("เบอร์ผม", my number; "หมายเลขบัตร",
// the card's number). Longer ones first.
// clang-format off
// (one pair a line: the formatter counts the bytes of Thai letters, not their width)
constexpr std::pair<std::string_view, std::string_view> kThaiDigits[] = {
        {"ศูนย์", "zero"},
        {"หนึ่ง", "one"},
        {"สอง", "two"},
        {"โท", "two"},
        {"สาม", "three"},
        {"สี่", "four"},
        {"ห้า", "five"},
        {"หก", "six"},
        {"เจ็ด", "seven"},
        {"แปด", "eight"},
        {"เก้า", "nine"},
        {"สิบ", "ten"}};
constexpr std::pair<std::string_view, std::string_view> kThaiWords[] = {
        {"เบอร์โทรศัพท์", "phone"},
        {"เบอร์โทร", "phone"},
        {"โทรศัพท์", "phone"},
        {"มือถือ", "mobile"},
        {"เบอร์", "number"},
        {"หมายเลข", "number"},
        {"เลขที่", "number"},
        {"บัตรเครดิต", "card"},
        {"บัตร", "card"},
        {"บัญชี", "account"},
        {"เคส", "case"},
        {"อ้างอิง", "reference"},
        {"อีเมล", "email"},
        {"แอท", "at"},
        {"ดอท", "dot"},
        {"จุด", "dot"},
        {"คอม", "com"},
        {"เอ่อ", "uh"},
        {"อืม", "um"},
        {"คือ", "is"},
        {"ผม", "my"}};
// clang-format on

// Greek words as read in Latin letters without their accents (greekLatin), and the English
// word each reads as: the digits, tens, a hundred, a number, a phone, a card, an account, the
// '@' ("papaki") and the dot ("teleia"), and the words around a number given ("αυτό είναι το
// κινητό", "το κινητό μου": this is the mobile, my mobile). A Latin word spelled the same
// ("tessera", "mia") is not read so: only a word written in Greek letters is looked up here.
constexpr std::pair<std::string_view, std::string_view> kGreekWords[] = {{"miden", "zero"},
                                                                         {"ena", "one"},
                                                                         {"enas", "one"},
                                                                         {"mia", "one"},
                                                                         {"dyo", "two"},
                                                                         {"dio", "two"},
                                                                         {"tria", "three"},
                                                                         {"treis", "three"},
                                                                         {"tessera", "four"},
                                                                         {"tesseris", "four"},
                                                                         {"pente", "five"},
                                                                         {"exi", "six"},
                                                                         {"epta", "seven"},
                                                                         {"efta", "seven"},
                                                                         {"okto", "eight"},
                                                                         {"ochto", "eight"},
                                                                         {"ennea", "nine"},
                                                                         {"ennia", "nine"},
                                                                         {"deka", "ten"},
                                                                         {"eikosi", "twenty"},
                                                                         {"trianta", "thirty"},
                                                                         {"saranta", "forty"},
                                                                         {"peninta", "fifty"},
                                                                         {"exinta", "sixty"},
                                                                         {"evdominta", "seventy"},
                                                                         {"ogdonta", "eighty"},
                                                                         {"eneninta", "ninety"},
                                                                         {"ekato", "hundred"},
                                                                         {"tilefono", "phone"},
                                                                         {"kinito", "mobile"},
                                                                         {"arithmos", "number"},
                                                                         {"arithmo", "number"},
                                                                         {"karta", "card"},
                                                                         {"kartas", "card"},
                                                                         {"logariasmos", "account"},
                                                                         {"logariasmou", "account"},
                                                                         {"papaki", "at"},
                                                                         {"teleia", "dot"},
                                                                         {"afm", "vat"},
                                                                         {"amka", "nin"},
                                                                         {"paraggelia", "order"},
                                                                         {"paraggelias", "order"},
                                                                         {"nai", "yes"},
                                                                         {"sto", "at"},
                                                                         {"ston", "at"},
                                                                         {"stin", "at"},
                                                                         {"einai", "is"},
                                                                         {"ayto", "this"},
                                                                         {"afto", "this"},
                                                                         {"to", "the"},
                                                                         {"o", "the"},
                                                                         {"i", "the"},
                                                                         {"moy", "my"},
                                                                         {"soy", "your"},
                                                                         {"sas", "your"}};

// clang-format off
// Words of the scripts of South Asia (Devanagari, Bengali, Tamil, Sinhala): the digits, a
// number, a phone, a mobile, a card, an account, read as the English words (whole words only:
// "दो" inside "दोस्त" is none). Both forms of a letter with a nukta are listed.
constexpr std::pair<std::string_view, std::string_view> kIndicWords[] = {
        // Hindi and Nepali; and the English words a Hindi recogniser writes in Devanagari ("एट सेवन डबल ज़ीरो")
        {"शून्य", "zero"},
        {"एक", "one"},
        {"दो", "two"},
        {"दुई", "two"},
        {"तीन", "three"},
        {"चार", "four"},
        {"पांच", "five"},
        {"पाँच", "five"},
        {"छह", "six"},
        {"छः", "six"},
        {"छे", "six"},
        {"छ", "six"},
        {"सात", "seven"},
        {"आठ", "eight"},
        {"नौ", "nine"},
        {"दस", "ten"},
        {"ज़ीरो", "zero"},
        {"जीरो", "zero"},
        {"वन", "one"},
        {"टू", "two"},
        {"थ्री", "three"},
        {"फोर", "four"},
        {"फ़ोर", "four"},
        {"फाइव", "five"},
        {"फ़ाइव", "five"},
        {"सिक्स", "six"},
        {"सेवन", "seven"},
        {"एट", "eight"},
        {"नाइन", "nine"},
        {"डबल", "double"},
        {"ट्रिपल", "triple"},
        {"नंबर", "number"},
        {"नम्बर", "number"},
        {"फोन", "phone"},
        {"फ़ोन", "phone"},
        {"मोबाइल", "mobile"},
        {"कार्ड", "card"},
        {"खाता", "account"},
        {"अकाउंट", "account"},
        {"एकाउंट", "account"},
        {"कस्टमर", "customer"},
        {"आईडी", "id"},
        {"ऑर्डर", "order"},
        {"ईमेल", "email"},
        {"डॉट", "dot"},
        {"पीएनआर", "pnr"},
        {"आधार", "aadhaar"},
        {"पैन", "pan"},
        {"खाते", "account"},
        {"संख्या", "number"},
        {"लेनदेन", "transaction"},
        {"उपभोक्ता", "consumer"},
        {"पॉलिसी", "policy"},
        {"टिकट", "ticket"},
        {"शिकायत", "complaint"},
        {"सब्सक्राइबर", "subscriber"},
        {"नामांकन", "enrolment"},
        {"राशन", "ration"},
        {"पेंशन", "pension"},
        {"राहदानी", "passport"},
        {"नागरिकता", "citizenship"},
        {"बीमा", "insurance"},
        {"बिल", "bill"},
        {"चेक", "cheque"},
        {"नं", "no"},
        {"डीटीएच", "dth"},
        {"आवेदन", "application"},
        {"रसीद", "receipt"},
        {"ग्राहक", "customer"},
        {"एजेंट", "agent"},
        // Bengali
        {"শূন্য", "zero"},
        {"এক", "one"},
        {"দুই", "two"},
        {"তিন", "three"},
        {"চার", "four"},
        {"পাঁচ", "five"},
        {"ছয়", "six"},
        {"সাত", "seven"},
        {"আট", "eight"},
        {"নয়", "nine"},
        {"নম্বর", "number"},
        {"নাম্বার", "number"},
        {"মোবাইল", "mobile"},
        {"মোবাইল", "mobile"},
        {"ফোন", "phone"},
        {"ফোন", "phone"},
        {"অ্যাকাউন্ট", "account"},
        {"কার্ড", "card"},
        {"রাউটিং", "routing"},
        {"পলিসি", "policy"},
        {"বীমা", "insurance"},
        {"আবেদন", "application"},
        {"পরিচয়পত্র", "id"},
        {"এনআইডি", "nid"},
        {"টিকেট", "ticket"},
        {"টিকিট", "ticket"},
        {"গ্রাহক", "customer"},
        {"কাস্টমার", "customer"},
        {"এজেন্ট", "agent"},
        {"বিকাশ", "bkash"},
        {"নগদ", "nagad"},
        // Tamil
        {"பூஜ்ஜியம்", "zero"},
        {"பூஜ்யம்", "zero"},
        {"சைபர்", "zero"},
        {"ஒன்று", "one"},
        {"ஒண்ணு", "one"},
        {"இரண்டு", "two"},
        {"ரெண்டு", "two"},
        {"மூன்று", "three"},
        {"மூணு", "three"},
        {"நான்கு", "four"},
        {"நாலு", "four"},
        {"ஐந்து", "five"},
        {"அஞ்சு", "five"},
        {"ஆறு", "six"},
        {"ஏழு", "seven"},
        {"எட்டு", "eight"},
        {"ஒன்பது", "nine"},
        {"நம்பர்", "number"},
        {"எண்", "number"},
        {"மொபைல்", "mobile"},
        {"மொபைல்", "mobile"},
        {"போன்", "phone"},
        {"போன்", "phone"},
        {"கார்டு", "card"},
        {"அக்கவுண்ட்", "account"},
        {"கணக்கு", "account"},
        {"பாலிசி", "policy"},
        {"கேஸ்", "case"},
        {"ஆர்டர்", "order"},
        {"ரசீது", "receipt"},
        {"வாடிக்கையாளர்", "customer"},
        {"முகவர்", "agent"},
        // Sinhala
        {"බිංදුව", "zero"},
        {"එක", "one"},
        {"දෙක", "two"},
        {"තුන", "three"},
        {"හතර", "four"},
        {"පහ", "five"},
        {"හය", "six"},
        {"හත", "seven"},
        {"අට", "eight"},
        {"නවය", "nine"},
        {"අංකය", "number"},
        {"අංක", "number"},
        {"දුරකථන", "phone"},
        {"ෆෝන්", "phone"},
        {"ෆෝන්", "phone"},
        {"මොබයිල්", "mobile"},
        {"මොබයිල්", "mobile"},
        {"ගිණුම්", "account"},
        {"ගිණුම", "account"},
        {"හැඳුනුම්පත්", "id"},
        {"ටිකට්", "ticket"},
        {"අයදුම්පත්", "application"}};

// Words of Georgian and Armenian, read so too: the digits, tens and hundreds, the '@' and the dot
// of an address said ("შნიკ" Armenian's little dog, "ძაღლუკა" Georgian's), a domain's words, and
// the words for a phone and an account.
constexpr std::pair<std::string_view, std::string_view> kCaucasusWords[] = {
        // Georgian
        {"ნული", "zero"}, {"ნოლი", "zero"}, {"ერთი", "one"}, {"ორი", "two"}, {"სამი", "three"},
        {"ოთხი", "four"}, {"ხუთი", "five"}, {"ექვსი", "six"}, {"შვიდი", "seven"}, {"რვა", "eight"},
        {"ცხრა", "nine"}, {"ათი", "ten"}, {"ოცი", "twenty"}, {"ასი", "hundred"},
        {"ძაღლუკა", "at"}, {"წერტილი", "dot"}, {"ჯიმეილი", "gmail"}, {"ჯიმეილ", "gmail"},
        {"კომ", "com"}, {"ტელეფონი", "phone"}, {"მობილური", "mobile"}, {"ანგარიში", "account"},
        {"ანგარიშის", "account"}, {"ბარათი", "card"}, {"ბარათის", "card"}, {"ნომერი", "number"},
        {"ნომერია", "number"}, {"ნომერს", "number"}, {"ჩემი", "my"}, {"თქვენი", "your"},
        {"პირადი", "id"}, {"საიდენტიფიკაციო", "id"}, {"კოდი", "code"}, {"პასპორტი", "passport"},
        {"წუთით", "minute"}, {"დიახ", "yes"},
        // Armenian
        {"զրո", "zero"}, {"մեկ", "one"}, {"երկու", "two"}, {"երեք", "three"}, {"չորս", "four"},
        {"հինգ", "five"}, {"վեց", "six"}, {"յոթ", "seven"}, {"յոթը", "seven"}, {"ութ", "eight"},
        {"ութը", "eight"}, {"ինը", "nine"}, {"ինն", "nine"}, {"տաս", "ten"}, {"տասը", "ten"},
        {"քսան", "twenty"}, {"երեսուն", "thirty"}, {"քառասուն", "forty"}, {"հիսուն", "fifty"},
        {"վաթսուն", "sixty"}, {"յոթանասուն", "seventy"}, {"ութսուն", "eighty"},
        {"իննսուն", "ninety"}, {"հարյուր", "hundred"}, {"շնիկ", "at"}, {"կետ", "dot"},
        {"ջիմեյլ", "gmail"}, {"մեյլ", "mail"}, {"յանդեքս", "yandex"}, {"ռու", "ru"}, {"կոմ", "com"},
        {"հեռախոս", "phone"}, {"հեռախոսահամար", "phone"}, {"բջջային", "mobile"},
        {"հաշիվ", "account"}, {"հաշվի", "account"}, {"քարտ", "card"}, {"քարտի", "card"},
        {"իմ", "my"}, {"համարս", "number"}, {"համարը", "number"}, {"համարն", "number"},
        {"այո", "yes"}, {"պայմանագիր", "contract"}, {"պայմանագրի", "contract"},
        {"անձնագիր", "passport"}, {"Անձնագիր", "passport"}, {"ՀԾՀ", "id"}, {"փոստ", "email"},
        {"փոստն", "email"}, {"փոստը", "email"}, {"է", "is"}};
// clang-format on

// Whether cp is a letter of Georgian or Armenian, whose words are read by kCaucasusWords
inline bool caucasusLetter(char32_t cp)
{
    return (cp >= 0x531 && cp <= 0x587) || (cp >= 0x10a0 && cp <= 0x10ff)
           || (cp >= 0x1c90 && cp <= 0x1cbf);
}

// The Latin letters of a Greek letter, lower case and without its accent, or nullptr
const char *greekLatin(char32_t cp)
{
    // α β γ δ ε ζ η θ ι κ λ μ ν ξ ο π ρ ς σ τ υ φ χ ψ ω
    static constexpr const char *kLetters[25]
            = {"a", "v", "g", "d", "e", "z", "i", "th", "i", "k",  "l",  "m", "n",
               "x", "o", "p", "r", "s", "s", "t", "y",  "f", "ch", "ps", "o"};
    char32_t c = cp;
    if (c >= 0x386 && c <= 0x3ce) {
        // (an accented letter decomposes to its base letter and the accent)
        const QString d = QChar(c).decomposition();
        if (!d.isEmpty())
            c = d.at(0).unicode();
        c = QChar::toLower(c);
    }
    if (c == 0x3b9 || c == 0x3ca || c == 0x390)
        return "i";
    if (c >= 0x3b1 && c <= 0x3c9)
        return kLetters[c - 0x3b1];
    return nullptr;
}

constexpr std::pair<std::string_view, std::string_view> kCjkWords[] = {
        // an address said aloud: the '@', the dot, the underscore and the dash in Japanese
        // ("アットマーク", "ドット"), Korean ("골뱅이", "점", "쩜", "닷", "언더바") and Chinese
        // ("艾特",
        // "点", "點", Taiwan's "小老鼠", "下划线")
        {"アットマーク", "at"},
        {"アット", "at"},
        {"ドット", "dot"},
        {"アンダーバー", "underscore"},
        {"アンダースコア", "underscore"},
        {"ハイフン", "dash"},
        {"골뱅이", "at"},
        {"닷 컴", "dot com"},
        {"닷컴", "dot com"},
        {"점 컴", "dot com"},
        {"쩜 컴", "dot com"},
        {"쩜컴", "dot com"},
        {"쩜", "dot"},
        {"닷", "dot"},
        {"언더바", "underscore"},
        {"艾特", "at"},
        {"小老鼠", "at"},
        {"下划线", "underscore"},
        {"下劃線", "underscore"},
        // ids, accounts, policies and orders: what they name lowers (Japan's My Number, a
        // customer's and a reception's number; China's identity card; Taiwan's company number,
        // a policy, an order, an account; Korea's date of birth)
        {"マイナンバー", "nin"},
        {"お客様番号", "customer number"},
        {"受付番号", "reference"},
        {"身份证号", "nin"},
        {"身份证", "nin"},
        {"身分證", "nin"},
        {"統一編號", "vat"},
        {"保單號碼", "policy"},
        {"賬戶號碼", "account"},
        {"帳戶號碼", "account"},
        {"帳號", "account"},
        {"账号", "account"},
        {"訂單", "order"},
        {"订单", "order"},
        {"생년월일", "dob"},
        {"日期", "date"},
        {"日付", "date"},
        {"날짜", "date"},
        // Japanese
        {"加盟店番号", "merchant"},
        {"加盟店 番号", "merchant"},
        {"精算番号", "settlement"},
        {"端末番号", "terminal"},
        {"追跡番号", "tracking"},
        {"レシート番号", "receipt"},
        {"レシート No", "receipt"},
        {"シリアル", "serial"},
        {"店舗ID", "store id"},
        {"店舗番号", "store"},
        {"口座番号", "account"},
        {"受付番号", "reference"},
        {"注文番号", "order"},
        {"注文", "order"},
        {"会員番号", "member"},
        {"伝票番号", "tracking"},
        {"送り状番号", "tracking"},
        {"請求書番号", "invoice"},
        {"郵便番号", "postcode"},
        {"電話番号", "phone"},
        {"電話", "phone"},
        {"携帯", "mobile"},
        {"連絡先", "contact"},
        {"内線", "ext"},
        {"顧客番号", "customer"},
        {"商品番号", "item"},
        // Korean
        {"사업자등록번호", "registration"},
        {"가맹점번호", "merchant"},
        {"심사번호", "reference"},
        {"계약번호", "contract"},
        {"출금계좌", "account"},
        {"영수증 번호", "receipt"},
        {"영수증번호", "receipt"},
        {"매장코드", "store"},
        {"주문번호", "order"},
        {"송장번호", "tracking"},
        {"전화번호", "phone"},
        {"휴대폰", "mobile"},
        {"휴대전화", "mobile"},
        {"핸드폰", "mobile"},
        {"연락처", "contact"},
        {"전화", "phone"},
        {"우편번호", "postcode"},
        // Chinese
        {"統一編號", "registration"},
        {"餐廳編號", "store"},
        {"訂單", "order"},
        {"订单号", "order"},
        {"订单", "order"},
        {"运单号", "tracking"},
        {"聯絡電話", "phone"},
        {"电话", "phone"},
        {"手機", "mobile"},
        {"手机", "mobile"},
        {"邮编", "postcode"},
        // (an inquiry's, a booking's, a payment's number in Japanese; an account, a member's, a
        // waybill, a driver's licence, a product, a booking in Korean; a member's card, a
        // waybill, a health card, a ticket, an account in Chinese; "尾号", the last digits)
        {"お問い合わせ番号", "reference"},
        {"問い合わせ番号", "reference"},
        {"予約番号", "booking"},
        {"支払番号", "payment"},
        {"払込番号", "payment"},
        {"確認番号", "confirmation"},
        {"계좌", "account"},
        {"회원번호", "member"},
        {"운송장", "tracking"},
        {"운전면허번호", "licence"},
        {"상품번호", "item"},
        {"예약번호", "booking"},
        {"会员卡号", "member"},
        {"会员号", "member"},
        {"會員卡號", "member"},
        {"託運單號", "tracking"},
        {"运单号", "tracking"},
        {"托运单号", "tracking"},
        {"健保卡號", "nin"},
        {"機票號碼", "ticket"},
        {"机票号码", "ticket"},
        {"戶口號碼", "account"},
        {"户口号码", "account"},
        {"尾号", "ending"},
        {"尾號", "ending"}};

// A numeral of Chinese or Japanese (〇 零 一 二 … 九, and 幺, the one said in Chinese phone
// numbers) or a Sino-Korean one in Hangul (공 영 일 이
// … 구): its digit, or -1.
int cjkNumeral(char32_t cp, bool *hangul)
{
    static constexpr std::pair<char32_t, int> kNumerals[]
            = {{0x3007, 0}, {0x96f6, 0}, {0x4e00, 1}, {0x4e8c, 2}, {0x4e09, 3}, {0x56db, 4},
               {0x4e94, 5}, {0x516d, 6}, {0x4e03, 7}, {0x516b, 8}, {0x4e5d, 9}, {0x5e7a, 1},
               {0xacf5, 0}, {0xc601, 0}, {0xc77c, 1}, {0xc774, 2}, {0xc0bc, 3}, {0xc0ac, 4},
               {0xc624, 5}, {0xc721, 6}, {0xce60, 7}, {0xd314, 8}, {0xad6c, 9}};
    for (const auto &[c, d] : kNumerals) {
        if (c == cp) {
            *hangul = cp >= 0xac00;
            return d;
        }
    }
    return -1;
}

// The code point of the UTF-8 sequence that starts at u[i] (a byte of 0x80 or more) and its
// length; 0 when no well-formed sequence starts there (a byte that starts none, a sequence cut
// short, an overlong form, a surrogate, a code point past U+10FFFF). (By hand, not QString's
// decoder: normalize keeps each character's byte offset, and drops what is not UTF-8 byte by
// byte; fuzz_masker reads through it.)
char32_t utf8At(std::string_view u, int i, int *len)
{
    const int n = int(u.size());
    const unsigned char b = static_cast<unsigned char>(u[size_t(i)]);
    int l = 0;
    char32_t cp = 0;
    if (b >= 0xc2 && b <= 0xdf) {
        l = 2;
        cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
        l = 3;
        cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
        l = 4;
        cp = b & 0x07;
    }
    bool ok = l > 0 && i + l <= n;
    for (int k = 1; ok && k < l; ++k) {
        const unsigned char cb = static_cast<unsigned char>(u[size_t(i + k)]);
        ok = (cb & 0xc0) == 0x80;
        cp = (cp << 6) | (cb & 0x3f);
    }
    if (ok
        && ((l == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)))
            || (l == 4 && (cp < 0x10000 || cp > 0x10ffff))))
        ok = false;
    *len = ok ? l : 0;
    return ok ? cp : 0;
}

// Whether the text read so far ends with a digit, or with the mask of a number ("[PHONE]"): what
// stands before a separator between digits. (A mask stands for digits: the masked text, read
// again, reads the separator after it as the text read it after the digits.)
bool digitEnds(std::string_view norm)
{
    if (norm.empty())
        return false;
    if (isDigit(norm.back()))
        return true;
    PiiKind kind = PiiKind::Email;
    return norm.back() == ']' && maskTokenBefore(norm, int(norm.size()), &kind) >= 0
           && (kind == PiiKind::Phone || kind == PiiKind::Card || kind == PiiKind::Ssn);
}

// Whether an ASCII or a full-width digit starts at u[i] ("0", "０"): what stands after a
// separator between digits.
bool digitStartsAt(std::string_view u, int i)
{
    if (i >= int(u.size()))
        return false;
    if (isDigit(u[size_t(i)]))
        return true;
    int l = 0;
    const char32_t c = static_cast<unsigned char>(u[size_t(i)]) >= 0x80 ? utf8At(u, i, &l) : 0;
    return l > 0 && c >= 0xff10 && c <= 0xff19;
}

// Whether a numeral of Chinese or Japanese starts at i ("〇", "九"; not Hangul's)
bool numeralStartsAt(std::string_view u, int i)
{
    if (i >= int(u.size()) || static_cast<unsigned char>(u[size_t(i)]) < 0x80)
        return false;
    int l = 0;
    const char32_t c = utf8At(u, i, &l);
    bool hangul = false;
    return l > 0 && cjkNumeral(c, &hangul) >= 0 && !hangul;
}

// A digit said in Japanese kana ("ゼロ", "いち", "ニー", "きゅう"): its value and its length in
// bytes, or -1. (The longer reading first where one starts another: "ニー" before "ニ".)
int kanaDigitAt(std::string_view u, int i, int *len)
{
    // clang-format off
    static constexpr std::pair<std::string_view, int> kKanaDigits[] = {
            {"ゼロ", 0}, {"ぜろ", 0}, {"レイ", 0}, {"れい", 0}, {"マル", 0}, {"まる", 0},
            {"イチ", 1}, {"いち", 1}, {"ニー", 2}, {"にー", 2}, {"ニ", 2}, {"に", 2},
            {"サン", 3}, {"さん", 3}, {"ヨン", 4}, {"よん", 4}, {"ゴー", 5}, {"ごー", 5},
            {"ゴ", 5}, {"ご", 5}, {"ロク", 6}, {"ろく", 6}, {"ナナ", 7}, {"なな", 7},
            {"シチ", 7}, {"しち", 7}, {"ハチ", 8}, {"はち", 8}, {"キュウ", 9}, {"きゅう", 9},
            {"キュー", 9}, {"きゅー", 9}};
    // clang-format on
    const std::string_view rest = u.substr(size_t(i));
    for (const auto &[word, digit] : kKanaDigits) {
        if (rest.substr(0, word.size()) == word) {
            *len = int(word.size());
            return digit;
        }
    }
    return -1;
}

// Where a number said in kana readings that starts at u[i] ends, or -1 when it is none: seven
// digits at least, their groups parted by a space, a dash, "、", "，", "・" or "の" (as a phone
// number is said: "ゼロキュウゼロの、イチニーサンヨンの、ゴーロクナナハチ"). Fewer are words
// ("ごご", afternoon; "さんご", coral), unless they go on from digits or a number's mask right
// before (`least`: 1): "[PHONE]、ゴロクナナ" reads as "…、ゴロクナナ" read after the digits the
// mask stands for.
int kanaNumberEnd(std::string_view u, int i, int least = 7, bool separatorFirst = false)
{
    const int n = int(u.size());
    int count = 0, group = 0, seps = 0, end = -1, q = i;
    while (q < n) {
        int len = 0;
        if (kanaDigitAt(u, q, &len) >= 0) {
            ++count;
            ++group;
            seps = 0;
            q += len;
            end = q;
            continue;
        }
        const std::string_view rest = u.substr(size_t(q));
        int sep = 0;
        if (rest[0] == ' ' || rest[0] == '-')
            sep = 1;
        else if (rest.substr(0, 3) == "、" || rest.substr(0, 3) == "，" || rest.substr(0, 3) == "・"
                 || rest.substr(0, 3) == "の")
            sep = 3;
        // (two at most between groups: "の、"; before the first only when going on from digits)
        if (sep == 0 || (count == 0 && !separatorFirst) || ++seps > 2)
            break;
        group = 0;
        q += sep;
    }
    return count >= least ? end : -1;
}

// Whether a digit said in kana starts at u[i]
bool kanaDigitStartsAt(std::string_view u, int i)
{
    int len = 0;
    return i < int(u.size()) && static_cast<unsigned char>(u[size_t(i)]) >= 0x80
           && kanaDigitAt(u, i, &len) >= 0;
}

// Whether the text read so far ends with digits or a number's mask, then a comma (as "、" reads
// between a number's pieces): what a number's next piece goes on from. (Not a space alone: "…
// [CARD] に返金" is the particle "に", no two.)
bool digitsEndBeforeComma(const std::string &norm)
{
    size_t k = norm.size();
    while (k > 0 && norm[k - 1] == ' ')
        --k;
    if (k == 0 || norm[k - 1] != ',')
        return false;
    --k;
    while (k > 0 && norm[k - 1] == ' ')
        --k;
    return k > 0 && digitEnds(std::string_view(norm).substr(0, k));
}

// Where a number said in numerals of these scripts that starts at u[i] ends, or -1 when it is
// none: seven numerals at least, single spaces or dashes between their groups, and in Hangul no
// group of one ("공일공 칠칠사팔 이이일삼", "〇九〇 二二一八 四四〇六", "九 四 八 三 七 二 一 零";
// not "이 일" or "一緒": Korean and Chinese words of one or two such syllables).
int cjkNumberEnd(std::string_view u, int i)
{
    const int n = int(u.size());
    int count = 0, group = 0, end = -1;
    bool anyHangul = false, shortGroup = false;
    // (the last group stands as the start of a word when a letter follows it: "… 이이일삼
    // 이고요", where 이 opens the word after the number)
    int endBefore = -1, countBefore = 0;
    bool shortBefore = false;
    int q = i;
    while (q < n) {
        int len = 0;
        bool hangul = false;
        const char32_t cp = utf8At(u, q, &len);
        if (len > 0 && cjkNumeral(cp, &hangul) >= 0) {
            anyHangul = anyHangul || hangul;
            ++count;
            ++group;
            q += len;
            end = q;
            continue;
        }
        // what parts the groups: a space, a dash, a comma ("幺三九，幺二七六"); in Japanese "の"
        // and "ー"; in Korean the "에" or "의" said after a group ("공일공에 칠삼팔이에 …") and
        // "다시", the dash said, with the spaces around it ("공일공 다시 구구오일 …")
        int sep = 0;
        if (u[size_t(q)] == ' ' || u[size_t(q)] == '-')
            sep = 1;
        else if (u[size_t(q)] == ',' && q + 1 < n && u[size_t(q + 1)] == ' ')
            sep = 2;
        else if (u.substr(size_t(q), 3) == "，" || u.substr(size_t(q), 3) == "、"
                 || u.substr(size_t(q), 3) == "에"
                 || u.substr(size_t(q), 3) == "의"
                 // (Japanese: "の" and the long vowel's mark typed as a dash, "〇八〇の九二一三",
                 // "〇九〇ー二二七五")
                 || u.substr(size_t(q), 3) == "の" || u.substr(size_t(q), 3) == "ー")
            sep = 3;
        const bool dash = group == 0 && count > 0 && sep == 0 && u.substr(size_t(q), 6) == "다시";
        if (dash) // (with the space after it)
            sep = q + 6 < n && u[size_t(q + 6)] == ' ' ? 7 : 6;
        if (sep > 0 && (group > 0 || dash) && q + sep < n) {
            shortGroup = shortGroup || group == 1;
            if (group > 0) {
                endBefore = end;
                countBefore = count;
                shortBefore = shortGroup;
            }
            group = 0;
            q += sep;
            if (sep == 3 && q < n && u[size_t(q)] == ' ')
                ++q;
            continue;
        }
        // (a letter: kana, an ideograph, a Hangul syllable; not "，" or "。")
        const bool letterAfter
                = len > 0
                  && ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x9fff)
                      || (cp >= 0xac00 && cp <= 0xd7af));
        // (but a particle glued to a group of three numerals or more ends the number there:
        // Korean "… 이공사칠로 연락 주세요", "…에요", "…입니다", "…번"; Japanese "…五五四〇です",
        // "…を", "…に", "…は")
        const bool particle
                = group >= 3
                  && (cp == 0xb85c || cp == 0xc73c || cp == 0xc694 || cp == 0xc785 || cp == 0xbc88
                      || cp == 0xc608 || cp == 0x3067 || cp == 0x3092 || cp == 0x306b
                      || cp == 0x306f || cp == 0x304c || cp == 0x3068 || cp == 0x3078);
        if (group > 0 && letterAfter && endBefore > 0 && !particle) {
            end = endBefore;
            count = countBefore;
            shortGroup = shortBefore;
            group = 0;
        }
        break;
    }
    shortGroup = shortGroup || group == 1;
    // (ten numerals or more said one by one are a number in Hangul too: "공 일 공, 육 팔 이 팔,
    // 사 사 칠 일")
    return count >= 7 && !(anyHangul && shortGroup && count < 10) ? end : -1;
}

// ---- letters typed for digits

namespace {

inline bool digitLike(char c)
{
    return c == 'O' || c == 'o' || c == 'I' || c == 'l';
}

// The token [a, e) of letters and digits: whether it is digits with one or two of 'O', 'o',
// 'I', 'l' typed among them (see hasTypedForms).
bool typedDigitsToken(std::string_view t, size_t a, size_t e)
{
    int digits = 0, letters = 0;
    for (size_t q = a; q < e; ++q) {
        const char c = t[q];
        if (isDigit(c))
            ++digits;
        else if (digitLike(c))
            ++letters;
        else
            return false;
    }
    if (letters == 0 || letters > 2 || digits == 0 || e - a > 16)
        return false;
    // (an Italian IBAN's check letter: "IT72 O002 2463 …", or what follows a masked IBAN: the
    // masked text must read as the text did)
    if (a >= 5 && t[a - 1] == ' ' && isUpper(t[a - 5]) && isUpper(t[a - 4]) && isDigit(t[a - 3])
        && isDigit(t[a - 2]) && (a == 5 || !isAlnum(t[a - 6])))
        return false;
    if (a >= 7 && t.substr(a - 7, 7) == "[IBAN] ")
        return false;
    if (digits >= 3)
        return true;
    // one or two digits: a group beside it, one separator between ("06 4O 22 18 93")
    const auto groupAt = [&](size_t b, size_t f) { // [b, f): all digits, two at least
        if (f <= b + 1)
            return false;
        for (size_t q = b; q < f; ++q)
            if (!isDigit(t[q]))
                return false;
        return true;
    };
    const auto sep = [](char c) { return c == ' ' || c == '-' || c == '.' || c == '/'; };
    if (a >= 3 && sep(t[a - 1]) && isDigit(t[a - 2])) {
        size_t b = a - 1;
        while (b > 0 && isAlnum(t[b - 1]))
            --b;
        if (groupAt(b, a - 1))
            return true;
    }
    if (e + 2 < t.size() && sep(t[e]) && isDigit(t[e + 1])) {
        size_t f = e + 1;
        while (f < t.size() && isAlnum(t[f]))
            ++f;
        if (groupAt(e + 1, f))
            return true;
    }
    return false;
}

} // namespace

// A defanged dot at i ("[.]", "(.)", "{.}") between two digits.
static bool defangedDotAt(std::string_view t, size_t i)
{
    if (i == 0 || i + 3 >= t.size() || t[i + 1] != '.' || !isDigit(t[i - 1]) || !isDigit(t[i + 3]))
        return false;
    const char open = t[i], close = t[i + 2];
    return (open == '[' && close == ']') || (open == '(' && close == ')')
           || (open == '{' && close == '}');
}

bool hasTypedForms(std::string_view t, bool *digitBesideLetter)
{
    const size_t n = t.size();
    // (from digit to digit, eight bytes at a time between them: most text holds few)
    for (size_t i = size_t(firstDigitAt(t)); i < n;
         i += size_t(firstDigitAt(t.substr(std::min(i + 1, n)))) + 1) {
        if (!isDigit(t[i]))
            continue;
        // a digit with one of the letters beside it: the token around it decides
        const bool before = i > 0 && digitLike(t[i - 1]);
        size_t e = i;
        while (e < n && isDigit(t[e]))
            ++e;
        if (defangedDotAt(t, e))
            return true;
        const bool after = e < n && digitLike(t[e]);
        if (before || after) {
            if (digitBesideLetter)
                *digitBesideLetter = true;
            size_t a = i;
            while (a > 0 && isAlnum(t[a - 1]))
                --a;
            size_t f = e;
            while (f < n && isAlnum(t[f]))
                ++f;
            if (typedDigitsToken(t, a, f))
                return true;
            i = f;
            continue;
        }
        i = e;
    }
    return false;
}

bool readTypedForms(std::string *text)
{
    std::string &t = *text;
    const size_t n = t.size();
    bool changed = false;
    for (size_t i = 0; i < n;) {
        if (defangedDotAt(t, i)) {
            t[i] = ' ';
            t[i + 2] = ' ';
            i += 3;
            changed = true;
            continue;
        }
        if (!isAlnum(t[i])) {
            ++i;
            continue;
        }
        size_t e = i;
        while (e < n && isAlnum(t[e]))
            ++e;
        if (typedDigitsToken(t, i, e)) {
            for (size_t q = i; q < e; ++q) {
                if (t[q] == 'O' || t[q] == 'o')
                    t[q] = '0';
                else if (t[q] == 'I' || t[q] == 'l')
                    t[q] = '1';
                else
                    continue;
                changed = true;
            }
        }
        i = e;
    }
    return changed;
}

// Whether the apostrophe at i (ASCII, or "ʻ", "‘", "’" in `len` bytes) is Uzbek's, a part of
// the letter before it ("oʻ", "gʻ"): after 'o' or 'g', before a lower-case letter, and not an
// English contraction's ("go's", "dog's", "o'd", "O'Neill" keep theirs). "to'qson" reads
// "toqson", "o'n" "on".
bool uzbekApostrophe(std::string_view u, int i, int len, char before)
{
    const char o = char(before | 0x20);
    const size_t a = size_t(i + len);
    if ((o != 'o' && o != 'g') || !isAlpha(before) || a >= u.size())
        return false;
    const char c = u[a];
    if (c < 'a' || c > 'z')
        return false;
    const auto endsAt = [&](size_t k) { return k >= u.size() || !isAlpha(u[k]); };
    if ((c == 's' || c == 't' || c == 'd' || c == 'm') && endsAt(a + 1))
        return false;
    if (a + 1 < u.size()
        && ((c == 'l' && u[a + 1] == 'l') || (c == 'r' && u[a + 1] == 'e')
            || (c == 'v' && u[a + 1] == 'e'))
        && endsAt(a + 2))
        return false;
    return true;
}

// Arabizi: Arabic typed in Latin letters, with digits for the letters Latin lacks ("sab3a",
// "wa7ed", "tis3a", "ra8mi"): the whole word read as the English one.
constexpr std::pair<std::string_view, std::string_view> kArabiziWords[]
        = {{"wa7ed", "one"},
           {"wa7id", "one"},
           {"wa7da", "one"},
           {"arba3a", "four"},
           {"arb3a", "four"},
           {"reb3a", "four"},
           {"rab3a", "four"},
           {"sab3a", "seven"},
           {"seb3a", "seven"},
           {"saba3a", "seven"},
           {"tis3a", "nine"},
           {"tes3a", "nine"},
           {"tse3a", "nine"},
           {"tis3ah", "nine"},
           {"3ashra", "ten"},
           {"3ashara", "ten"},
           {"3achra", "ten"},
           {"ra8mi", "my number"},
           {"ra2mi", "my number"},
           {"ra9mi", "my number"},
           {"r8mi", "my number"},
           // (and the Gulf's and the Levant's words without a digit, read in such a line
           // only: their first letters start too many English words for the number words'
           // table)
           {"sifr", "zero"},
           {"ithnain", "two"},
           {"ithnein", "two"},
           {"itnain", "two"},
           {"itnein", "two"},
           {"thalatha", "three"},
           {"talata", "three"},
           {"thamanya", "eight"},
           {"thamania", "eight"}};

// The end of the Arabizi word of kArabiziWords that starts at i (a token of letters and digits,
// any case), or -1. (Only a word with a digit inside makes a line one to read so:
// needsNormalizing.)
int arabiziWordEnd(std::string_view u, int i, std::string_view *english)
{
    const int n = int(u.size());
    if (i > 0 && isAlnum(u[size_t(i - 1)]))
        return -1;
    int e = i;
    bool letter = false;
    while (e < n && isAlnum(u[size_t(e)]) && e - i <= 9) {
        letter = letter || isAlpha(u[size_t(e)]);
        ++e;
    }
    if (!letter || e - i < 4 || e - i > 8 || (e < n && isAlnum(u[size_t(e)])))
        return -1;
    for (const auto &[word, meaning] : kArabiziWords) {
        if (int(word.size()) != e - i)
            continue;
        size_t k = 0;
        while (k < word.size() && lower(u[size_t(i) + k]) == word[k])
            ++k;
        if (k == word.size()) {
            *english = meaning;
            return e;
        }
    }
    return -1;
}

bool needsNormalizing(std::string_view u)
{
    const size_t n = u.size();
    size_t i = 0;
    // Eight bytes at a time: any byte >= 0x80, < 0x20 or DEL (0x7f, a control character that
    // must not split a token either).
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, u.data() + i, 8);
        const quint64 high = w & 0x8080808080808080ull;
        const quint64 low = (w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull;
        const quint64 x = w ^ 0x7f7f7f7f7f7f7f7full;
        const quint64 del = (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
        const quint64 y = w ^ 0x2525252525252525ull; // '%'
        const quint64 percent = (y - 0x0101010101010101ull) & ~y & 0x8080808080808080ull;
        const quint64 z = w ^ 0x2727272727272727ull; // '\''
        const quint64 apostrophe = (z - 0x0101010101010101ull) & ~z & 0x8080808080808080ull;
        if (high | low | del | percent | apostrophe)
            break;
    }
    // (a line end too: one before a speaker's label reads as a space, see normalize)
    for (; i < n; ++i) {
        const unsigned char b = static_cast<unsigned char>(u[i]);
        if (b >= 0x7f || (b < 0x20 && b != '\t' && b != '\r'))
            return true;
        if (b == '%' && percentEscape(u, i) != 0)
            return true;
        if (b == '\'' && i > 0 && uzbekApostrophe(u, int(i), 1, u[i - 1]))
            return true;
    }
    // An Arabizi word: a '3' or a '7' before a letter ("sab3a", "wa7ed", "3ashra")
    for (const char d : {'3', '7'}) {
        const char *const text = u.data();
        for (const void *p = n > 0 ? std::memchr(text, d, n) : nullptr; p != nullptr;) {
            const size_t at = size_t(static_cast<const char *>(p) - text);
            if (at + 1 < n && isAlpha(u[at + 1])) {
                size_t a = at;
                while (a > 0 && isAlnum(u[a - 1]))
                    --a;
                std::string_view english;
                if (arabiziWordEnd(u, int(a), &english) > 0)
                    return true;
            }
            p = at + 1 < n ? std::memchr(text + at + 1, d, n - at - 1) : nullptr;
        }
    }
    return false;
}

// Whether the normalized text ends with a number word and a space ("… novecentos ").
bool numberWordBefore(const std::string &norm)
{
    int e = int(norm.size());
    while (e > 0 && norm[size_t(e - 1)] == ' ')
        --e;
    int a = e;
    while (a > 0 && isAlpha(norm[size_t(a - 1)]))
        --a;
    return a < e && e < int(norm.size()) && numberWord(norm, a, e).kind != NumKind::None;
}

void normalize(std::string_view u, std::string *norm, std::vector<int> *map)
{
    norm->clear();
    map->clear();
    norm->reserve(u.size());
    map->reserve(u.size() + 1);
    const int n = int(u.size());
    int i = 0;
    bool escaped = false;     // a URL's escape read in this token: its '+' are spaces
    int cjkNumberUntil = -1;  // the end of a number said in CJK or Hangul numerals
    int kanaNumberUntil = -1; // the end of a number said in kana readings
    int kanaTried = -1;       // kana up to here start no such number
    int cjkTried = -1;        // numerals up to here start no such number
    int cyrillicUntil = -1;   // where the last Cyrillic letter's Latin ones end in norm
    while (i < n) {
        const unsigned char b = static_cast<unsigned char>(u[size_t(i)]);
        if (b < 0x80) {
            if (b == '%') {
                if (const char c = percentEscape(u, size_t(i)); c != 0) {
                    put(norm, map, c, i);
                    escaped = true;
                    i += 3;
                    continue;
                }
            }
            if (b == ' ' || b == '\n' || b == '\t' || b == '\r')
                escaped = false;
            if (b == '\'' && !norm->empty() && uzbekApostrophe(u, i, 1, norm->back())) {
                ++i;
                continue;
            }
            if (b == '+' && escaped && !norm->empty() && isAlnum(norm->back()) && i + 1 < n
                && isAlnum(u[size_t(i + 1)])) {
                put(norm, map, ' ', i);
                ++i;
                continue;
            }
            // (an Arabizi word read as its English one: "sab3a" reads "seven")
            if (isAlnum(char(b)) && (i == 0 || !isAlnum(u[size_t(i - 1)]))) {
                std::string_view english;
                if (const int e = arabiziWordEnd(u, i, &english); e > 0) {
                    for (const char c : english)
                        put(norm, map, c, i);
                    i = e;
                    continue;
                }
            }
            if ((b >= 0x20 && b != 0x7f) || b == '\t' || b == '\n' || b == '\r')
                put(norm, map, char(b), i);
            ++i;
            continue;
        }
        // Decode one UTF-8 sequence; a byte that starts none is dropped.
        int len = 0;
        const char32_t cp = utf8At(u, i, &len);
        if (len == 0) {
            ++i;
            continue;
        }
        const int origin = i;
        i += len;
        // (Uzbek's apostrophe written as "ʻ", "‘" or "’": "toʻqson" reads "toqson")
        if ((cp == 0x2bb || cp == 0x2018 || cp == 0x2019) && !norm->empty()
            && uzbekApostrophe(u, origin, len, norm->back()))
            continue;
        // Greek: the whole word read in Latin letters, or as the English word it says
        // (kGreekWords): "έξι εννέα τέσσερα" reads "six nine four", "τηλέφωνο" "phone"
        if (const char *first = greekLatin(cp); first != nullptr) {
            thread_local std::string latin;
            latin.assign(first);
            int end = i;
            while (end < n) {
                int l = 0;
                const char32_t c = utf8At(u, end, &l);
                if (l == 0)
                    break;
                if (const char *next = greekLatin(c); next != nullptr)
                    latin.append(next);
                else if (!(c >= 0x300 && c <= 0x36f)) // (a combining accent is passed)
                    break;
                end += l;
            }
            std::string_view word = latin;
            for (const auto &[greek, english] : kGreekWords) {
                if (greek == latin) {
                    word = english;
                    break;
                }
            }
            for (const char c : word)
                put(norm, map, c, origin);
            i = end;
            continue;
        }
        // The scripts of South Asia, Devanagari to Sinhala: a whole word of kIndicWords reads as
        // its English word; any other letter a 'q', its marks nothing (not 'x': "… एक शून्य है"
        // would read "… one zero x", a hexadecimal number's start); the danda a full stop
        // (and Georgian and Armenian, by kCaucasusWords; Armenian's full stop and comma)
        const bool indic = cp >= 0x900 && cp <= 0xdff;
        if ((indic || caucasusLetter(cp)) && QChar::digitValue(cp) < 0) {
            if (cp == 0x964 || cp == 0x965 || cp == 0x589) {
                put(norm, map, '.', origin);
                continue;
            }
            if (cp == 0x55d) {
                put(norm, map, ',', origin);
                continue;
            }
            bool named = false;
            const bool wordStart = norm->empty() || !isAlpha(norm->back());
            using Words = std::span<const std::pair<std::string_view, std::string_view>>;
            const Words words = indic ? Words(kIndicWords) : Words(kCaucasusWords);
            for (const auto &[word, english] : words) {
                if (!wordStart || u.substr(size_t(origin), word.size()) != word)
                    continue;
                int l = 0;
                const int after = origin + int(word.size());
                const char32_t next = after < n ? utf8At(u, after, &l) : 0;
                if (l > 0
                    && (indic ? next >= 0x900 && next <= 0xdff
                              : caucasusLetter(next)
                                        || QChar::category(next) == QChar::Mark_NonSpacing))
                    continue;
                for (const char c : english)
                    put(norm, map, c, origin);
                i = after;
                named = true;
                break;
            }
            if (!named && QChar::isLetter(cp))
                put(norm, map, 'q', origin);
            continue;
        }
        const int digit = QChar::digitValue(cp);
        if (digit >= 0 && digit <= 9) {
            put(norm, map, char('0' + digit), origin);
            continue;
        }
        // The ideographic comma and the full-width comma between digits, or inside a number said
        // in kana, with the space that follows a comma in Latin text: "090、1234、5678" is said
        // in three pieces, as "090, 1234, 5678" is. (Elsewhere as before: the words around them
        // read as spaces, "…番号 110052938847、振込予定日は2024年…" holds two numbers.)
        if ((cp == 0x3001 || cp == 0xff0c)
            && (origin < kanaNumberUntil || origin < cjkNumberUntil
                || (digitEnds(*norm) && (digitStartsAt(u, i) || kanaDigitStartsAt(u, i))))) {
            put(norm, map, ',', origin);
            put(norm, map, ' ', origin);
            continue;
        }
        if (cp >= 0xff01 && cp <= 0xff5e) { // fullwidth ASCII
            put(norm, map, char(cp - 0xfee0), origin);
            continue;
        }
        // A number said in Japanese kana readings reads as its digits; what parts its groups
        // (a "の") as a space.
        if (len == 3 && cp >= 0x3040 && cp <= 0x30ff) {
            if (origin >= kanaNumberUntil && origin >= kanaTried) {
                kanaNumberUntil = kanaNumberEnd(u, origin);
                // (the next piece of a number whose digits, or whose mask, stand right before,
                // after "、" or "の")
                if (kanaNumberUntil < 0 && digitsEndBeforeComma(*norm))
                    kanaNumberUntil = kanaNumberEnd(u, origin, 1);
                else if (kanaNumberUntil < 0 && (cp == 0x306e || cp == 0x30fb) && digitEnds(*norm))
                    kanaNumberUntil = kanaNumberEnd(u, origin, 1, true);
                if (kanaNumberUntil < 0)
                    kanaTried = origin + 3;
            }
            if (origin < kanaNumberUntil) {
                int l = 0;
                const int said = kanaDigitAt(u, origin, &l);
                put(norm, map, said >= 0 ? char('0' + said) : ' ', origin);
                if (said >= 0)
                    i = origin + l;
                continue;
            }
        }
        // A number said in Chinese, Japanese or Korean numerals reads as its digits.
        if (len == 3 && (cp == 0x3007 || (cp >= 0x4e00 && cp <= 0x9fff) || cp >= 0xac00)) {
            bool hangul = false;
            const int digitValue = cjkNumeral(cp, &hangul);
            // (a Hangul numeral right after another Hangul syllable ends that word, as the
            // particle "이" does in "고객이 공 일 공 …": no number starts there)
            int before = 0;
            const char32_t prev = hangul && origin >= 3 ? utf8At(u, origin - 3, &before) : 0;
            const bool inWord = before == 3 && prev >= 0xac00 && prev <= 0xd7af;
            if (digitValue >= 0 && origin >= cjkNumberUntil && origin >= cjkTried) {
                cjkNumberUntil = inWord ? -1 : cjkNumberEnd(u, origin);
                if (cjkNumberUntil < 0)
                    cjkTried = origin + 3;
            }
            if (digitValue >= 0 && origin < cjkNumberUntil) {
                put(norm, map, char('0' + digitValue), origin);
                continue;
            }
            // (Korean "다시", the dash said, inside such a number: a dash)
            if (origin < cjkNumberUntil && u.substr(size_t(origin), 6) == "다시") {
                put(norm, map, '-', origin);
                i = origin + 6;
                continue;
            }
        }
        switch (cp) {
        case 0x00b0: // "n°", "nº": "no"
        case 0x00ba:
            // ("n.º" as Portugal writes it: "no" too)
            if (norm->size() >= 2 && norm->back() == '.'
                && ((*norm)[norm->size() - 2] | 0x20) == 'n'
                && (norm->size() == 2 || !isAlpha((*norm)[norm->size() - 3]))) {
                norm->back() = 'o';
                continue;
            }
            put(norm, map, 'o', origin);
            continue;
        case 0x2026: // …
            put(norm, map, '.', origin);
            put(norm, map, '.', origin);
            put(norm, map, '.', origin);
            continue;
        case 0x2018:
        case 0x2019:
        case 0x201b:
        case 0x2032:
        case 0x02bc:
            put(norm, map, '\'', origin);
            continue;
        case 0x00b7:
        case 0x2022:
        case 0x2219:
        case 0x30fb:
        case 0xff65:
            put(norm, map, '.', origin);
            continue;
        case 0xfe6b: // small commercial at
            put(norm, map, '@', origin);
            continue;
        case 0x3012: // 〒, the postal mark: a postcode follows
            for (const char c : std::string_view(" postcode "))
                put(norm, map, c, origin);
            continue;
        case 0x2192: // an arrow: "3.15.184.185 → 3.16.0.12"
        case 0x21d2:
        case 0x27f6:
            put(norm, map, '>', origin);
            continue;
        case 0x2212: // minus sign
        case 0x2043:
            put(norm, map, '-', origin);
            continue;
        case 0x5e74: // 年 and 月 between digits: a date's parts, "2026年11月27日", "115年11月20日"
        case 0x6708:
            if (digitEnds(*norm) && digitStartsAt(u, i)) {
                put(norm, map, '/', origin);
                continue;
            }
            break;
        case 0x060c: // the Arabic comma and semicolon, the Urdu full stop
            put(norm, map, ',', origin);
            continue;
        case 0x061b:
            put(norm, map, ';', origin);
            continue;
        case 0x06d4:
            put(norm, map, '.', origin);
            continue;
        case 0x30fc: // ー, ｰ: the dash a Japanese input method types between digits
        case 0xff70: // ("090ー1234ー5678", "〇九〇ー二二七五ー四一八八"); elsewhere the mark of a
                     // long vowel
            if (digitEnds(*norm) && (digitStartsAt(u, i) || numeralStartsAt(u, i))) {
                put(norm, map, '-', origin);
                continue;
            }
            // (inside a word it parts tokens as the kana around it do: "メールアドレス")
            put(norm, map, ' ', origin);
            continue;
        case 0x306e: // の between the groups of a number said in Japanese ("06の6345",
                     // "〇八〇の九二一三の五五四〇"): a space
            if (digitEnds(*norm) && (digitStartsAt(u, i) || numeralStartsAt(u, i))) {
                put(norm, map, ' ', origin);
                continue;
            }
            break;
        case 0x2028:
        case 0x2029:
        case 0x0085:
            put(norm, map, '\n', origin);
            continue;
        default:
            break;
        }
        switch (QChar::category(cp)) {
        case QChar::Separator_Space:
            put(norm, map, ' ', origin);
            break;
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            put(norm, map, '\n', origin);
            break;
        case QChar::Punctuation_Dash:
            put(norm, map, '-', origin);
            break;
        case QChar::Punctuation_Open:
            put(norm, map, '(', origin);
            break;
        case QChar::Punctuation_Close:
            put(norm, map, ')', origin);
            break;
        case QChar::Punctuation_InitialQuote:
        case QChar::Punctuation_FinalQuote:
            put(norm, map, '"', origin);
            break;
        case QChar::Symbol_Currency:
            put(norm, map, '$', origin);
            break;
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_NotAssigned:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
            break; // never splits a token
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
            // Latin letters with accents read as their base letter, so that the words of other
            // languages are known: "Tél.", "móvil", "teléfono", "número"
            if (cp < 0x250 || (cp >= 0x1e00 && cp <= 0x1eff)) {
                put(norm, map, latinBase(cp), origin);
                break;
            }
            // (Azerbaijani "ə" as 'e': "əlli" reads "elli", "səksən" "seksen")
            if (cp == 0x259) {
                put(norm, map, 'e', origin);
                break;
            }
            // Cyrillic letters read as Latin ones ("сорок" "sorok"); an apostrophe inside a
            // Ukrainian word is dropped ("п'ять" "pyat")
            if (const char *latin = cyrillicLatin(cp); latin != nullptr) {
                if (norm->size() >= 2 && norm->back() == '\''
                    && cyrillicUntil == int(norm->size()) - 1) {
                    norm->pop_back();
                    map->pop_back();
                }
                // (upper case: below а, Ѐ to Џ, and the even one of each pair from Ѡ on)
                const bool upper
                        = cp < 0x430 || (cp >= 0x400 && cp < 0x410) || (cp >= 0x460 && cp % 2 == 0);
                for (const char *c = latin; *c != 0; ++c)
                    put(norm, map, upper && c == latin ? char(*c - 'a' + 'A') : *c, origin);
                cyrillicUntil = int(norm->size());
                break;
            }
            put(norm, map, 'x', origin);
            break;
        case QChar::Letter_Other:
            // Chinese, Japanese and Korean write no space between words: their letters part
            // tokens as spaces do ("電話番号は080-4471-2290です"); 内線 (an extension) reads
            // "ext".
            if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x9fff)
                || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0xf900 && cp <= 0xfaff)
                || cp >= 0x20000) {
                // (the words that say what a number is, in those scripts, read as the English
                // words the scanner knows: 注文番号 "order", 電話番号 "phone", 内線 "ext" …)
                bool named = false;
                // (the dot of an address said in Chinese or Korean, "点", "點", "점", only
                // before the Latin letters of a domain: "gmail 点 com"; elsewhere a word's
                // part, "三点", "점심")
                if (cp == 0x70b9 || cp == 0x9ede || cp == 0xc810) {
                    int f = i;
                    while (f < n && u[size_t(f)] == ' ')
                        ++f;
                    if (f < n && isAlpha(u[size_t(f)])) {
                        for (const char c : std::string_view(" dot"))
                            put(norm, map, c, origin);
                        put(norm, map, ' ', i);
                        named = true;
                    }
                }
                for (const auto &[phrase, word] : kCjkWords) {
                    if (named)
                        break;
                    if (u.substr(size_t(origin), phrase.size()) != phrase)
                        continue;
                    put(norm, map, ' ', origin);
                    for (const char c : word)
                        put(norm, map, c, origin);
                    // (the space after stands where the phrase ends: a mask ending with its word
                    // ends there, "… gmail 닷 컴")
                    put(norm, map, ' ', origin + int(phrase.size()));
                    i = origin + int(phrase.size());
                    named = true;
                    break;
                }
                if (!named)
                    put(norm, map, ' ', origin);
                break;
            }
            // Thai (kThaiDigits, kThaiWords): a word read as the English word, with a space on
            // either side; any other letter an 'x'
            if (cp >= 0xe01 && cp <= 0xe7f) {
                const auto thaiAt = [&](int at) {
                    int l = 0;
                    const char32_t c = at < n ? utf8At(u, at, &l) : 0;
                    return l > 0 && c >= 0xe01 && c <= 0xe7f;
                };
                // (a word starts here: not right after another Thai letter, or right after a
                // word read)
                // (Thai letters and marks are three bytes, E0 B8 xx or E0 B9 xx)
                const bool thaiBefore = origin >= 3 && quint8(u[size_t(origin - 3)]) == 0xe0
                                        && (quint8(u[size_t(origin - 2)]) == 0xb8
                                            || quint8(u[size_t(origin - 2)]) == 0xb9);
                const bool start = norm->empty() || norm->back() == ' ' || !thaiBefore;
                std::string_view english;
                int length = 0;
                if (start) {
                    for (const auto &[word, en] : kThaiDigits) {
                        if (u.substr(size_t(origin), word.size()) == word
                            && !thaiAt(origin + int(word.size()))) {
                            english = en;
                            length = int(word.size());
                            break;
                        }
                    }
                    for (const auto &[word, en] : kThaiWords) {
                        if (!english.empty() || u.substr(size_t(origin), word.size()) != word)
                            continue;
                        english = en;
                        length = int(word.size());
                        break;
                    }
                }
                if (!english.empty()) {
                    if (!norm->empty() && norm->back() != ' ')
                        put(norm, map, ' ', origin);
                    for (const char c : english)
                        put(norm, map, c, origin);
                    // (the space after stands where the word ends: a mask ending with the word
                    // ends there)
                    put(norm, map, ' ', origin + length);
                    i = origin + length;
                    break;
                }
            }
            // Arabic and Hebrew: a word that says a digit or a number's kind reads as the
            // English word (kArabicHebrewWords); a Hebrew prefix alone before a dash and a
            // number reads as a space ("ל-054-632-1187", to 054…)
            if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x5d0 && cp <= 0x5ea)) {
                const bool wordStart = norm->empty() || !isAlpha(norm->back());
                const auto letterAt = [&](int at) {
                    int l = 0;
                    const char32_t c = at < n ? utf8At(u, at, &l) : 0;
                    return l > 0 && QChar::isLetter(c);
                };
                bool named = false;
                // Persian "و", and, between number words: "e", the joiner the scanner reads
                // inside a number ("سیصد و چهل و پنج", 345)
                if (wordStart && cp == 0x648 && !letterAt(i) && numberWordBefore(*norm)) {
                    int f = i;
                    while (f < n && u[size_t(f)] == ' ')
                        ++f;
                    for (const auto &[word, english] : kArabicHebrewWords) {
                        if (f > i && u.substr(size_t(f), word.size()) == word
                            && !letterAt(f + int(word.size()))) {
                            named = numberWord(english, 0, int(english.size())).kind
                                    != NumKind::None;
                            break;
                        }
                    }
                    if (named)
                        put(norm, map, 'e', origin);
                }
                // ... and Hebrew "ו", and, glued to the unit after tens ("חמישים וארבע", 54):
                // "e" and a space, then the unit's word
                if (wordStart && cp == 0x5d5 && letterAt(i) && numberWordBefore(*norm)) {
                    for (const auto &[word, english] : kArabicHebrewWords) {
                        if (u.substr(size_t(i), word.size()) == word
                            && !letterAt(i + int(word.size()))
                            && numberWord(english, 0, int(english.size())).kind == NumKind::Digit) {
                            put(norm, map, 'e', origin);
                            put(norm, map, ' ', origin);
                            named = true;
                            break;
                        }
                    }
                    if (named)
                        break;
                }
                if (wordStart && !named) {
                    for (const auto &[word, english] : kArabicHebrewWords) {
                        if (u.substr(size_t(origin), word.size()) != word
                            || letterAt(origin + int(word.size())))
                            continue;
                        for (const char c : english)
                            put(norm, map, c, origin);
                        i = origin + int(word.size());
                        named = true;
                        break;
                    }
                    if (!named && cp >= 0x5d0 && !letterAt(i) && i + 1 < n
                        && (u[size_t(i)] == '-' || u.substr(size_t(i), 2) == "\xd6\xbe")) {
                        const int after = u[size_t(i)] == '-' ? i + 1 : i + 2;
                        if (after < n && isDigit(u[size_t(after)])) {
                            put(norm, map, ' ', origin);
                            named = true;
                        }
                    }
                }
                if (named)
                    break;
            }
            put(norm, map, 'x', origin);
            break;
        case QChar::Letter_Modifier:
        case QChar::Mark_SpacingCombining:
        case QChar::Number_Letter:
        case QChar::Number_Other:
        case QChar::Number_DecimalDigit:
        case QChar::Other_PrivateUse:
            put(norm, map, 'x', origin);
            break;
        default:
            put(norm, map, '"', origin);
            break;
        }
    }
    map->push_back(n);
    // A line end before a speaker's label ("… nair\nA: yes\nC: at rediffmail dot com") reads
    // as the space a transcript written on one line has there: the label marks the turn, and
    // what is said on either side is read as it would be on one line. (The test here is looser
    // than the scanner's labelEnd and turnMarkerEnd, which run on the text this makes: a word or
    // a few and a colon, or a mark in brackets. A line that only looks like a label, "qty: 5",
    // becomes a space before it, and the scanner reads it as the words it is.)
    std::string &t = *norm;
    const size_t size = t.size();
    for (size_t nl = t.find('\n'); nl != std::string::npos; nl = t.find('\n', nl + 1)) {
        size_t j = nl + 1;
        while (j < size && (t[j] == ' ' || t[j] == '\r'))
            ++j;
        if (j >= size)
            continue;
        bool label = false;
        if (t[j] == '[' || t[j] == '<' || t[j] == '(') {
            const char close = t[j] == '[' ? ']' : t[j] == '<' ? '>' : ')';
            size_t k = j + 1;
            bool upper = true; // (a mask put in, "[CARD]", is no label: masking again must read
                               // the line as the first pass did)
            // (nor does a bracket opened again inside close one: "[t-42.at[CARD]", the mask's
            // bracket, is no label's)
            while (k < size && k - j <= 24 && t[k] != close && t[k] != '\n' && t[k] != t[j]) {
                upper = upper && isUpper(t[k]);
                ++k;
            }
            label = k < size && t[k] == close && !(t[j] == '[' && upper);
        } else if (t[j] == '>' && j + 1 < size && t[j + 1] == '>') {
            label = true;
        } else {
            size_t k = j;
            bool letter = false;
            while (k < size && k - j <= 24
                   && (isAlnum(t[k]) || t[k] == ' ' || t[k] == '_' || t[k] == '.' || t[k] == '-'
                       || t[k] == '(' || t[k] == ')')) {
                letter = letter || isAlpha(t[k]);
                ++k;
            }
            // (digits only as a speaker's number at its end, "AGENT 1:", "spk_0:": a line of
            // numbers, "11 705-request:", reads otherwise once they are masked)
            size_t d = k;
            while (d > j && isDigit(t[d - 1]) && k - d < 3)
                --d;
            bool digitBefore = false;
            for (size_t e = j; e < d && !digitBefore; ++e)
                digitBefore = isDigit(t[e]);
            label = letter && k < size && t[k] == ':' && (k + 1 == size || t[k + 1] == ' ')
                    && !digitBefore && !(d > j && isDigit(t[d - 1]));
        }
        if (label) {
            t[nl] = ' ';
            if (nl > 0 && t[nl - 1] == '\r')
                t[nl - 1] = ' ';
        }
    }
}

// The words said between the pieces of one item that are no part of anything else: hesitations,
// corrections, acknowledgements ("five oh four no no sorry five one four …", "… four um oh seven
// …", "oh four two five / agent: oh four two five yep / customer: nine five one").
static const WordSet &fillerWords()
{
    static const WordSet s{
            "uh", "um", "umm", "uhm", "uhh", "er", "erm", "ah", "ahh", "eh", "ehm", "hmm", "hm",
            "mm", "mhm", "mmhm", "huh", "no", "nope", "sorry", "wait", "hold", "on", "hang", "i",
            "mean", "actually", "oops", "correction", "pardon", "let", "me", "see", "yep", "yes",
            "yeah", "ok", "okay", "right", "go", "ahead", "got", "it", "and", "then", "so", "like",
            "the", "rest", "sure", "uhum", "ehh", "euh", "ähm", "äh",
            // other languages' hesitations, "and", "wait", "sorry", "no" and
            // "not": "… tre due otto, allora... sette nove zero …", "…, nee
            // wacht, vier, geen vijf, …", "… sesenta y siete, y veintinueve"
            "y", "e", "et", "und", "en", "a", "ver", "allora", "dunque", "quindi", "pronto", "nou",
            "geen", "nee", "wacht", "non", "nein", "nicht", "moment", "scusi", "scusa", "perdon",
            "desculpa", "pera", "nao", "bueno", "pues", "vale", "este", "tipo", "alors", "du",
            "coup", "bon", "ben", "ja", "sim", "si", "oui", "espera", "aspetti", "attendez", "also",
            "ahm", "aeh", "euh", "eee", "isso", "es", "ist", "is", "c'est", "entao", "ecco", "dus",
            "not", "digo", "quatsch", "ricomincio", "reprends", "je", "zeg", "maar", "corrijo",
            "corrigo", "errei", "enganei", "errado", "sbagliato", "falsch", "fout", "faux", "hein",
            // the other side's "go on": "Weiter bitte.", "Ga door.", "Allez-y.", "Certo."
            "weiter", "bitte", "ga", "door", "allez-y", "allez", "prego", "avanti", "dica", "siga",
            "adelante", "certo", "claro", "top", "mhm", "hum-hum", "mmh", "oke", "prima"};
    return s;
}

// Nothing between a and b but filler words, speakers' labels, spaces, line ends and
// punctuation (at most a few words): the finds on either side are one item's pieces. (The text
// is normalized: "…" is "...", every dash '-'.)
bool Scanner::onlyFillersBetween(int a, int b) const
{
    if (b < a || b - a > 160)
        return false;
    int words = 0;
    bool negation = false; // a "no", "não", "nee" read
    int said = 0;          // digits said in a correction
    for (int q = a; q < b;) {
        const unsigned char c = static_cast<unsigned char>(s[size_t(q)]);
        if (c == ' ' || c == '\n' || c == '\r' || c == ',' || c == '.' || c == ';' || c == '-'
            || c == '?' || c == '!' || c == '>' || c == ':') {
            ++q;
            continue;
        }
        if (!isAlpha(char(c)))
            return false;
        const int label = labelEnd(q);
        if (label > q && label <= b) {
            q = label;
            continue;
        }
        const int e = wordEnd(q);
        if (e > b || ++words > 8)
            return false;
        const Word w = lowerWord(s, q, e);
        // (the digit taken back and the one meant, said in a correction: "…, não, pera, não é
        // zero, é oito: …", "… vier, geen vijf, …")
        if (!fillerWords().contains(w)) {
            const NumWord nw = numberWord(s, q, e);
            if (!(negation && said < 2 && nw.kind == NumKind::Digit))
                return false;
            ++said;
        }
        negation = negation || negationWord(w);
        q = e;
    }
    return true;
}

// The finds of one item said in pieces are masked as one stretch with what was said between
// them, when that is nothing but hesitations, corrections, acknowledgements and speakers'
// labels (`out` sorted and merged; a find's later pieces marked `continued` are joined in
// sortAndMerge). Pieces of one number judged as two kinds of number take the rarer kind ("seven
// two four, um, fifty nine, uh, two seven seven five" after "my social").
void Scanner::joinAcrossFillers()
{
    if (out->size() < 2)
        return;
    const auto isNumber = [](PiiKind k) {
        return k == PiiKind::Phone || k == PiiKind::Ssn || k == PiiKind::Card;
    };
    size_t w = 0;
    for (size_t r = 1; r < out->size(); ++r) {
        PiiSpan &last = (*out)[w];
        const PiiSpan &sp = (*out)[r];
        const bool kinds = last.kind == sp.kind || (isNumber(last.kind) && isNumber(sp.kind));
        if (kinds && onlyFillersBetween(int(last.end), int(sp.start))) {
            if (rarity(sp.kind) < rarity(last.kind))
                last.kind = sp.kind;
            last.spoken = last.spoken || sp.spoken;
            last.end = sp.end;
            continue;
        }
        (*out)[++w] = sp;
    }
    out->resize(w + 1);
}

void sortAndMerge(std::vector<PiiSpan> *spans)
{
    if (spans->size() < 2)
        return;
    // (one stretch found as two kinds: the rarer finder's word first, "[IBAN]" over "[PHONE]")
    std::sort(spans->begin(), spans->end(), [&](const PiiSpan &a, const PiiSpan &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return a.end != b.end ? a.end > b.end : rarity(a.kind) < rarity(b.kind);
    });
    std::vector<PiiSpan> merged;
    merged.reserve(spans->size());
    for (const PiiSpan &sp : *spans) {
        // The later pieces of an item given in pieces (across turns, asides, read back piece by
        // piece) join the piece before them: one item, one mask (Scanner::emitWindow).
        if (!merged.empty() && sp.continued && merged.back().kind == sp.kind
            && sp.start >= merged.back().end
            && int(sp.start - merged.back().end) <= kJoinedGapChars) {
            merged.back().end = sp.end;
            continue;
        }
        if (!merged.empty() && sp.start < merged.back().end) {
            PiiSpan &last = merged.back();
            // (an IBAN's pieces inside a longer stretch joined as some other number: the IBAN
            // finder reads what the digits are)
            if (last.kind == PiiKind::Iban || sp.kind == PiiKind::Iban) {
                last.spoken = last.spoken || sp.spoken;
                last.kind = PiiKind::Iban;
            } else if (sp.end - sp.start > last.end - last.start) {
                last.kind = sp.kind;
                last.spoken = sp.spoken;
            }
            last.continued = last.continued && sp.continued;
            last.end = std::max(last.end, sp.end);
            continue;
        }
        merged.push_back(sp);
    }
    spans->swap(merged);
}

// False when the scanner cannot find anything in `s`: no digit, no '@', no colon between hex
// digits or colons, no number word and no word "at" (every find starts from one of them).
static bool mayHoldPii(std::string_view s)
{
    const int n = int(s.size());
    for (int i = 0; i < n; ++i) {
        const char c = s[size_t(i)];
        if (isDigit(c) || c == '@')
            return true;
        if (c == ':') {
            const char before = i > 0 ? s[size_t(i - 1)] : ' ';
            const char after = i + 1 < n ? s[size_t(i + 1)] : ' ';
            if ((isHex(before) || before == ':') && (isHex(after) || after == ':'))
                return true;
            continue;
        }
        if (!isAlpha(c))
            continue;
        int e = i + 1;
        while (e < n && isAlpha(s[size_t(e)]))
            ++e;
        if (i == 0 || !isAlnum(s[size_t(i - 1)])) {
            if ((e - i == 2 && (c | 0x20) == 'a' && (s[size_t(i + 1)] | 0x20) == 't')
                || numberWord(s, i, e).kind != NumKind::None)
                return true;
        }
        i = e - 1;
    }
    return false;
}

void MaskedCopy::build(std::string_view text, const std::vector<PiiSpan> &spans)
{
    m_text.clear();
    m_text.reserve(text.size() + 8);
    m_segments.clear();
    int pos = 0;
    for (const PiiSpan &sp : spans) {
        if (int(sp.start) > pos) {
            m_segments.push_back({int(m_text.size()), pos, int(sp.start), false});
            m_text.append(text.substr(size_t(pos), size_t(int(sp.start) - pos)));
        }
        m_segments.push_back({int(m_text.size()), int(sp.start), int(sp.end), true});
        m_text.append(kMaskTokens[size_t(sp.kind)]);
        pos = int(sp.end);
    }
    if (pos < int(text.size())) {
        m_segments.push_back({int(m_text.size()), pos, int(text.size()), false});
        m_text.append(text.substr(size_t(pos)));
    }
}

PiiSpan MaskedCopy::back(PiiSpan found) const
{
    // the segment holding masked offset m
    const auto segmentAt = [&](int m) -> const Segment & {
        auto it = std::upper_bound(m_segments.begin(), m_segments.end(), m,
                                   [](int v, const Segment &g) { return v < g.masked; });
        return *(it - 1);
    };
    const Segment &a = segmentAt(int(found.start));
    const Segment &b = segmentAt(int(found.end) - 1);
    found.start = a.token ? a.from : a.from + (int(found.start) - a.masked);
    found.end = b.token ? b.to : b.from + (int(found.end) - b.masked);
    return found;
}

void scan(std::string_view s, const ScanConfig &config, std::vector<PiiSpan> *out)
{
    Scanner(s, config, out).run();
    // Fail closed by construction: what the masker lets through, it must not find on a second
    // look. The text is masked and read again; what that finds (rare: a number whose reading
    // depended on a neighbour that is now a token) is masked too, until nothing more is found.
    thread_local MaskedCopy masked;
    thread_local std::vector<PiiSpan> more;
    // A text that still gives up more after many rounds is hostile (real text settles in one or
    // two: "e@t dot ce/e@e dot re/e@e …" settles one address a round): it is masked whole.
    constexpr int kRounds = 16;
    for (int round = 0; round < kRounds && !out->empty(); ++round) {
        sortAndMerge(out);
        // (the pieces of one item joined before the second look: it reads what is written)
        Scanner(s, config, out).joinAcrossFillers();
        masked.build(s, *out);
        more.clear();
        if (!mayHoldPii(masked.text()))
            return; // (most masked texts: nothing left that could start a find)
        Scanner(masked.text(), config, &more).run();
        if (more.empty())
            return;
        for (const PiiSpan &sp : more)
            out->push_back(masked.back(sp));
        if (round == kRounds - 1) {
            const PiiKind kind = more.front().kind;
            out->clear();
            out->push_back({0, int(s.size()), kind, false, false});
        }
    }
}

} // namespace cxone::pii
