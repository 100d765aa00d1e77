#include "models/engine/phone/phonemetadata.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <unordered_map>
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

// The pattern read into a tree: a node is a set of digits, a sequence, alternatives or a repeat.
struct DigitNode
{
    enum Kind { Set, Sequence, Either, Repeat } kind = Sequence;
    unsigned digits = 0;  // Set: a bit per digit
    int min = 1, max = 1; // Repeat: counts (max -1: no limit)
    std::vector<DigitNode> parts;
};

class DigitParser
{
public:
    explicit DigitParser(std::string_view p)
        : m_p(p)
    {}

    bool parse(DigitNode *out) { return either(out) && m_i == m_p.size(); }

private:
    bool either(DigitNode *out)
    {
        out->kind = DigitNode::Either;
        for (;;) {
            DigitNode seq;
            if (!sequence(&seq))
                return false;
            out->parts.push_back(std::move(seq));
            if (m_i < m_p.size() && m_p[m_i] == '|') {
                ++m_i;
                continue;
            }
            return true;
        }
    }

    bool sequence(DigitNode *out)
    {
        out->kind = DigitNode::Sequence;
        while (m_i < m_p.size() && m_p[m_i] != '|' && m_p[m_i] != ')') {
            DigitNode atom;
            if (!this->atom(&atom) || !repeat(&atom, out))
                return false;
        }
        return true;
    }

    bool atom(DigitNode *out)
    {
        const char c = m_p[m_i];
        if (c >= '0' && c <= '9') {
            ++m_i;
            out->kind = DigitNode::Set;
            out->digits = 1u << (c - '0');
            return true;
        }
        if (c == '\\') {
            if (m_i + 1 >= m_p.size() || m_p[m_i + 1] != 'd')
                return false;
            m_i += 2;
            out->kind = DigitNode::Set;
            out->digits = 0x3ff;
            return true;
        }
        if (c == '[')
            return digitClass(out);
        if (c == '(') {
            ++m_i;
            // a group that captures or not: the same digits
            if (m_p.substr(m_i, 2) == "?:")
                m_i += 2;
            else if (m_i < m_p.size() && m_p[m_i] == '?')
                return false; // a look-around or an option
            if (!either(out) || m_i >= m_p.size() || m_p[m_i] != ')')
                return false;
            ++m_i;
            return true;
        }
        return false;
    }

    bool digitClass(DigitNode *out)
    {
        ++m_i; // '['
        bool negated = false;
        if (m_i < m_p.size() && m_p[m_i] == '^') {
            negated = true;
            ++m_i;
        }
        unsigned digits = 0;
        bool first = true;
        while (m_i < m_p.size() && (m_p[m_i] != ']' || first)) {
            first = false;
            const char c = m_p[m_i];
            if (c == '\\' && m_i + 1 < m_p.size() && m_p[m_i + 1] == 'd') {
                digits |= 0x3ff;
                m_i += 2;
                continue;
            }
            if (c < '0' || c > '9')
                return false;
            if (m_i + 2 < m_p.size() && m_p[m_i + 1] == '-' && m_p[m_i + 2] != ']') {
                const char to = m_p[m_i + 2];
                if (to < c || to > '9')
                    return false;
                for (char d = c; d <= to; ++d)
                    digits |= 1u << (d - '0');
                m_i += 3;
                continue;
            }
            digits |= 1u << (c - '0');
            ++m_i;
        }
        if (m_i >= m_p.size())
            return false;
        ++m_i; // ']'
        out->kind = DigitNode::Set;
        out->digits = negated ? (~digits & 0x3ff) : digits;
        return true;
    }

    // A repeat after an atom: ?, *, +, {n}, {n,}, {n,m}; a lazy '?' after it changes which
    // match is found first, not whether there is one.
    bool repeat(DigitNode *atom, DigitNode *seq)
    {
        int min = 1, max = 1;
        if (m_i < m_p.size()) {
            const char c = m_p[m_i];
            if (c == '?' || c == '*' || c == '+') {
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : -1;
                ++m_i;
            } else if (c == '{') {
                const size_t close = m_p.find('}', m_i);
                if (close == std::string_view::npos)
                    return false;
                const std::string_view body = m_p.substr(m_i + 1, close - m_i - 1);
                const size_t comma = body.find(',');
                if (!number(body.substr(0, comma), &min))
                    return false;
                if (comma == std::string_view::npos)
                    max = min;
                else if (comma + 1 == body.size())
                    max = -1;
                else if (!number(body.substr(comma + 1), &max) || max < min)
                    return false;
                m_i = close + 1;
            } else {
                seq->parts.push_back(std::move(*atom));
                return true;
            }
            if (m_i < m_p.size() && m_p[m_i] == '?')
                ++m_i;
            else if (m_i < m_p.size() && m_p[m_i] == '+')
                return false; // possessive: matches less than the language
        }
        if (min == 1 && max == 1) {
            seq->parts.push_back(std::move(*atom));
            return true;
        }
        DigitNode r;
        r.kind = DigitNode::Repeat;
        r.min = min;
        r.max = max;
        r.parts.push_back(std::move(*atom));
        seq->parts.push_back(std::move(r));
        return true;
    }

    static bool number(std::string_view t, int *out)
    {
        if (t.empty() || t.size() > 3)
            return false;
        int v = 0;
        for (const char c : t) {
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
        }
        *out = v;
        return true;
    }

    std::string_view m_p;
    size_t m_i = 0;
};

// A Thompson automaton of the tree: a state has a set of digits to its next state, or up to two
// empty moves.
class DigitNfa
{
public:
    struct State
    {
        unsigned digits = 0;
        int next = -1;           // after one of the digits
        int empty[2] = {-1, -1}; // moves on no digit
    };

    // The fragment of `node`: from `start`, to a new end state returned (-1: too large).
    int add(const DigitNode &node, int start)
    {
        if (int(states.size()) > kMaxStates)
            return -1;
        switch (node.kind) {
        case DigitNode::Set: {
            const int end = newState();
            states[size_t(start)].digits = node.digits;
            states[size_t(start)].next = end;
            return end;
        }
        case DigitNode::Sequence: {
            int at = start;
            for (const DigitNode &p : node.parts) {
                const int from = newState();
                link(at, from);
                at = add(p, from);
                if (at < 0)
                    return -1;
            }
            return at;
        }
        case DigitNode::Either: {
            const int end = newState();
            for (const DigitNode &p : node.parts) {
                const int from = newState();
                link(start, from);
                const int to = add(p, from);
                if (to < 0)
                    return -1;
                link(to, end);
            }
            return end;
        }
        case DigitNode::Repeat: {
            int at = start;
            for (int k = 0; k < node.min; ++k) {
                const int from = newState();
                link(at, from);
                at = add(node.parts[0], from);
                if (at < 0)
                    return -1;
            }
            const int end = newState();
            if (node.max < 0) {
                // any more: a loop
                const int from = newState();
                link(at, from);
                link(at, end);
                const int to = add(node.parts[0], from);
                if (to < 0)
                    return -1;
                link(to, at);
                return end;
            }
            for (int k = node.min; k < node.max; ++k) {
                link(at, end); // stop here
                const int from = newState();
                link(at, from);
                at = add(node.parts[0], from);
                if (at < 0)
                    return -1;
            }
            link(at, end);
            return end;
        }
        }
        return -1;
    }

    int newState()
    {
        states.emplace_back();
        return int(states.size()) - 1;
    }

    std::vector<State> states;
    static constexpr int kMaxStates = 1 << 16;

private:
    // An empty move from a to b; a state with both taken moves through a new one.
    void link(int a, int b)
    {
        State &s = states[size_t(a)];
        if (s.empty[0] < 0) {
            s.empty[0] = b;
        } else if (s.empty[1] < 0) {
            s.empty[1] = b;
        } else {
            const int via = newState();
            State &t = states[size_t(a)]; // (newState may have moved it)
            states[size_t(via)].empty[0] = t.empty[1];
            states[size_t(via)].empty[1] = b;
            t.empty[1] = via;
        }
    }
};

} // namespace

bool DigitDfa::build(std::string_view pattern, int maxStates)
{
    m_next.clear();
    m_accept.clear();
    DigitNode root;
    if (pattern.empty() || !DigitParser(pattern).parse(&root))
        return false;
    DigitNfa nfa;
    const int start = nfa.newState();
    const int accept = nfa.add(root, start);
    if (accept < 0)
        return false;
    // A state of the automaton is the set of the NFA's states it stands for, kept to those that
    // matter (a move on a digit, or the end), sorted: the closure of a state by empty moves is
    // found once and kept.
    const size_t count = nfa.states.size();
    const auto matters = [&](int q) { return nfa.states[size_t(q)].next >= 0 || q == accept; };
    std::vector<std::vector<int>> closures(count);
    std::vector<char> closed(count, 0);
    std::vector<int> mark(count, -1), seen(count, -1), stack;
    int pass = 0, walk = 0;
    // The work allowed (NFA states visited and moved): a pattern that needs more is left to
    // PCRE2. The metadata's patterns need a few thousand steps at most (all the regions of +1
    // together: under 4 000); a hostile one ("(…{943})+") would take seconds.
    constexpr std::int64_t kBudget = std::int64_t(1) << 23;
    std::int64_t work = 0;
    const auto closureOf = [&](int from) -> const std::vector<int> & {
        std::vector<int> &out = closures[size_t(from)];
        if (closed[size_t(from)])
            return out;
        closed[size_t(from)] = 1;
        ++walk;
        stack.assign(1, from);
        while (!stack.empty()) {
            const int q = stack.back();
            stack.pop_back();
            ++work;
            if (seen[size_t(q)] == walk)
                continue;
            seen[size_t(q)] = walk;
            if (matters(q))
                out.push_back(q);
            for (const int e : nfa.states[size_t(q)].empty)
                if (e >= 0)
                    stack.push_back(e);
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    struct SetHash
    {
        size_t operator()(const std::vector<int> &v) const
        {
            size_t h = v.size();
            for (const int q : v)
                h = (h ^ size_t(q)) * 0x9e3779b97f4a7c15ull;
            return h;
        }
    };
    std::unordered_map<std::vector<int>, int, SetHash> ids;
    std::vector<const std::vector<int> *> sets;
    // (a set met before is found without a copy of it: most moves lead to a known state)
    const auto idOf = [&](const std::vector<int> &set) {
        if (const auto it = ids.find(set); it != ids.end())
            return it->second;
        const auto it = ids.emplace(set, int(sets.size())).first;
        sets.push_back(&it->first); // (the map's keys do not move)
        return it->second;
    };
    idOf(closureOf(start));
    std::vector<int> next, moved;
    std::vector<char> accepts;
    for (size_t k = 0; k < sets.size(); ++k) {
        if (int(sets.size()) > maxStates)
            return false;
        const std::vector<int> &set = *sets[k];
        accepts.push_back(std::binary_search(set.begin(), set.end(), accept) ? 1 : 0);
        // Digits that the same states of the set move on lead to the same state: each such class
        // of digits is worked out once ("\d" once, not ten times).
        unsigned done = 0;
        int row[10];
        for (int d = 0; d < 10; ++d) {
            if ((done >> d) & 1u)
                continue;
            unsigned same = 0x3ff; // the digits every state of the set treats as it treats d
            for (const int q : set) {
                const unsigned digits = nfa.states[size_t(q)].digits;
                same &= ((digits >> d) & 1u) ? digits : ~digits;
            }
            ++pass;
            moved.clear();
            for (const int q : set) {
                const DigitNfa::State &st = nfa.states[size_t(q)];
                if (st.next < 0 || !((st.digits >> d) & 1u))
                    continue;
                const std::vector<int> &reached = closureOf(st.next);
                work += std::int64_t(reached.size()) + 1;
                for (const int r : reached) {
                    if (mark[size_t(r)] != pass) {
                        mark[size_t(r)] = pass;
                        moved.push_back(r);
                    }
                }
            }
            if (work > kBudget)
                return false;
            int to = -1;
            if (!moved.empty()) {
                std::sort(moved.begin(), moved.end());
                to = idOf(moved);
            }
            for (int e = 0; e < 10; ++e) {
                if ((same >> e) & 1u)
                    row[e] = to;
            }
            done |= same & 0x3ff;
        }
        next.insert(next.end(), row, row + 10);
    }
    m_next = std::move(next);
    m_accept = std::move(accepts);
    return true;
}

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
    if (m_code) {
        m_jit = std::make_unique<Jit>();
        m_jit->wholeString = wholeString;
        if (wholeString)
            m_jit->source = pattern; // (for its automaton, made on first use)
    }
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

// First use: a whole-string pattern of digits becomes an automaton (no expression compiled);
// any other is compiled by PCRE2, to machine code when its JIT can.
void Pcre2Pattern::prepare() const
{
    const std::lock_guard<std::mutex> lock(m_jit->mutex);
    if (m_jit->tried.load(std::memory_order_relaxed))
        return;
    // (source and m_code stay as they are: isValid() reads them without the lock)
    if (!m_jit->wholeString || !m_jit->dfa.build(m_jit->source)) {
        if (!m_code && !m_jit->source.empty())
            m_code = compile(m_jit->source, m_jit->wholeString);
        m_jit->compiled = m_code && pcre2_jit_compile(m_code, PCRE2_JIT_COMPLETE) == 0;
    }
    m_jit->tried.store(true, std::memory_order_release);
}

int Pcre2Pattern::matchLength(std::string_view subject) const
{
    if (!m_jit)
        return -1;
    // (an acquire load on every match; the lock only the first time)
    if (!m_jit->tried.load(std::memory_order_acquire))
        prepare();
    if (m_jit->dfa.isBuilt())
        return m_jit->dfa.matches(subject) ? int(subject.size()) : -1;
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
