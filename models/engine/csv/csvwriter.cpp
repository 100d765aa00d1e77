#include "models/engine/csv/csvwriter.h"

#include "models/engine/csv/bytewriter.h"

#include <array>

namespace cxone {

namespace {

bool isPlainNumber(std::string_view t)
{
    size_t i = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-'))
        ++i;
    size_t digits = 0;
    bool dot = false;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c == '.' && !dot && digits > 0) {
            dot = true;
        } else {
            return false;
        }
    }
    return digits > 0 && t.back() != '.';
}

// "+44 20 7946 0958", "+1 (201) 555-0123, ext 5": a phone number as people write it. Digits and
// punctuation cannot call a function or reach another program, so a spreadsheet can at worst
// show an error for it; an apostrophe in front would spoil the most common cell of this console.
bool isPhoneLike(std::string_view t)
{
    if (t.size() < 2 || t.front() != '+')
        return false;
    size_t i = 1;
    int digits = 0;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c != ' ' && c != '(' && c != ')' && c != '.' && c != '-' && c != '/')
            break;
    }
    if (i < t.size()) {
        // An extension: ", ext 5", " ext. 12", " x7", ";ext=3".
        std::string_view rest = t.substr(i);
        for (const std::string_view marker :
             {", ext. ", ", ext ", " ext. ", " ext ", ", x", " x", ";ext=", " extension "}) {
            if (rest.substr(0, marker.size()) == marker) {
                rest.remove_prefix(marker.size());
                if (rest.empty())
                    return false;
                for (const char c : rest) {
                    if (c < '0' || c > '9')
                        return false;
                }
                return digits >= 4;
            }
        }
        return false;
    }
    return digits >= 4;
}

} // namespace

bool csvNeedsNeutralising(std::string_view text)
{
    if (text.empty())
        return false;
    const char c = text.front();
    if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r')
        return false;
    return !isPlainNumber(text) && !isPhoneLike(text);
}

namespace {

// Whether a field must be quoted: a table lookup per byte (find_first_of with a set of four
// calls memchr on the set once per byte of the text: 6.5 % of a large export's client time).
bool needsQuotes(std::string_view text)
{
    static constexpr auto special = [] {
        std::array<bool, 256> t{};
        t[size_t(',')] = t[size_t('"')] = t[size_t('\r')] = t[size_t('\n')] = true;
        return t;
    }();
    for (const char c : text) {
        if (special[static_cast<unsigned char>(c)])
            return true;
    }
    return false;
}

} // namespace

void appendCsvField(ByteWriter &out, std::string_view text)
{
    const bool neutralise = csvNeedsNeutralising(text);
    if (!needsQuotes(text)) {
        if (neutralise)
            out.put('\'');
        out.append(text);
        return;
    }
    out.put('"');
    if (neutralise)
        out.put('\'');
    size_t from = 0;
    for (;;) {
        const size_t q = text.find('"', from);
        if (q == std::string_view::npos) {
            out.append(text.substr(from));
            break;
        }
        out.append(text.substr(from, q - from + 1));
        out.put('"');
        from = q + 1;
    }
    out.put('"');
}

void appendCsvField(QByteArray &out, std::string_view text)
{
    ByteWriter w(out, qsizetype(text.size()) + 4);
    appendCsvField(w, text);
}

QByteArray csvField(QByteArrayView text)
{
    QByteArray out;
    appendCsvField(out, std::string_view(text.data(), size_t(text.size())));
    return out;
}

CsvFileWriter::CsvFileWriter(const QString &path, const QString &what)
    : m_file(path, what)
{}

bool CsvFileWriter::open(QString *error)
{
    m_error.clear();
    return m_file.open(error);
}

void CsvFileWriter::writeRow(std::initializer_list<QByteArrayView> cells)
{
    bool first = true;
    for (const QByteArrayView c : cells) {
        if (!first)
            m_buffer += ',';
        first = false;
        appendCsvField(m_buffer, std::string_view(c.data(), size_t(c.size())));
    }
    m_buffer += "\r\n";
    flushIfFull();
}

void CsvFileWriter::writeRow(const QList<QByteArray> &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        appendCsvField(m_buffer, std::string_view(cells[i].constData(), size_t(cells[i].size())));
    }
    m_buffer += "\r\n";
    flushIfFull();
}

void CsvFileWriter::writeRaw(QByteArrayView line)
{
    m_buffer += line;
    flushIfFull();
}

void CsvFileWriter::flushIfFull()
{
    if (m_buffer.size() < (1 << 20))
        return;
    if (m_error.isEmpty())
        m_file.write(m_buffer, &m_error);
    m_buffer.clear();
}

bool CsvFileWriter::commit(QString *error)
{
    if (m_error.isEmpty())
        m_file.write(m_buffer, &m_error);
    m_buffer.clear();
    if (!m_error.isEmpty()) {
        *error = m_error;
        m_file.abort();
        return false;
    }
    return m_file.commit(error);
}

} // namespace cxone
