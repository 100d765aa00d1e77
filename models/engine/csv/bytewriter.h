#pragma once

#include <QByteArray>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace cxone {

// Appends to a QByteArray through a plain pointer, growing it by doubling. Qt 6.4's
// QByteArray::append takes every piece through an out-of-line insert() with its own capacity
// check; formatting a large export made some forty million such calls (8 % of its time). The
// array holds spare bytes past size() until finish() (or the destructor) cuts them off.
class ByteWriter
{
public:
    explicit ByteWriter(QByteArray &target, qsizetype reserve = 0)
        : m_target(target)
    {
        const qsizetype used = target.size();
        target.resize(used + std::max<qsizetype>(reserve, 256));
        m_base = target.data();
        m_p = m_base + used;
        m_end = m_base + target.size();
    }
    ~ByteWriter() { finish(); }
    ByteWriter(const ByteWriter &) = delete;
    ByteWriter &operator=(const ByteWriter &) = delete;

    void put(char c)
    {
        if (m_p == m_end)
            grow(1);
        *m_p++ = c;
    }
    void append(const char *data, size_t n)
    {
        if (size_t(m_end - m_p) < n)
            grow(n);
        if (n)
            std::memcpy(m_p, data, n);
        m_p += n;
    }
    void append(std::string_view s) { append(s.data(), s.size()); }
    void append(const QByteArray &s) { append(s.constData(), size_t(s.size())); }
    template<size_t N>
    void append(const char (&literal)[N])
    {
        append(literal, N - 1);
    }
    qsizetype size() const { return m_p - m_base; }
    // Cuts the spare bytes off; the writer can go on (it grows again).
    void finish()
    {
        if (m_target.size() != size())
            m_target.resize(size());
        m_base = m_target.data();
        m_p = m_end = m_base + m_target.size();
    }

private:
    void grow(size_t need)
    {
        const qsizetype used = size();
        const qsizetype capacity
                = std::max<qsizetype>(used + qsizetype(need), 2 * (m_end - m_base) + 256);
        m_target.resize(capacity);
        m_base = m_target.data();
        m_p = m_base + used;
        m_end = m_base + capacity;
    }

    QByteArray &m_target;
    char *m_base;
    char *m_p;
    char *m_end;
};

} // namespace cxone
