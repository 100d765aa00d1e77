// Turning one page of segment contacts into CSV or JSONL bytes, CDP records and table cells.
//
// This is the hot loop of an export: a 1000-record page is about 330 KB of JSON. Pages are
// parsed with simdjson's DOM parser (one parser per thread, reused) and formatted straight
// from the parsed views into the output buffers, without a QJsonValue or a QString per value.

#include "models/segments/segmentexport.h"

#include "models/engine/csv/bytewriter.h"
#include "models/engine/csv/csvwriter.h"

#include <QJsonDocument>
#include <QLocale>

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <string_view>
#include <vector>

namespace cxone {

namespace {

namespace dom = simdjson::dom;

void append(ByteWriter &out, std::string_view text)
{
    out.append(text);
}

void appendJsonString(ByteWriter &out, std::string_view text)
{
    out.put('"');
    size_t run = 0; // start of the run of characters copied as they are
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        append(out, text.substr(run, i - run));
        run = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00");
            out.put(hex[(c >> 4) & 0xf]);
            out.put(hex[c & 0xf]);
        }
        }
    }
    append(out, text.substr(run));
    out.put('"');
}

template<typename Int>
void appendInteger(ByteWriter &out, Int v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

// Numbers as the console has always shown them: integral values without a fraction, others in
// the shortest form that reads back the same.
void appendNumber(ByteWriter &out, double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
        appendInteger(out, qint64(d));
        return;
    }
    // Amounts (at most two decimals, below 10^12) directly: the shortest text that reads back
    // as d is then k/100 itself (doubles there are closer than 0.01 apart), and it is what the
    // general conversion below writes; it was 5 % of an export's time.
    if (std::fabs(d) < 1e12) {
        const long long k = std::llround(d * 100.0);
        if (double(k) / 100.0 == d) {
            const long long a = k < 0 ? -k : k;
            if (k < 0)
                out.put('-');
            appendInteger(out, a / 100);
            const int cents = int(a % 100); // not 0: d is not integral
            out.put('.');
            out.put(char('0' + cents / 10));
            if (cents % 10)
                out.put(char('0' + cents % 10));
            return;
        }
    }
    out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

// The text of a value as CSV cells and table cells show it: strings as they are, null or
// missing as nothing, nested arrays and objects as compact JSON.
void appendText(ByteWriter &out, dom::element v)
{
    switch (v.type()) {
    case dom::element_type::STRING:
        append(out, v.get_string().value_unsafe());
        return;
    case dom::element_type::INT64: // integers exactly as sent, even beyond a double's 2^53
        appendInteger(out, v.get_int64().value_unsafe());
        return;
    case dom::element_type::UINT64:
        appendInteger(out, v.get_uint64().value_unsafe());
        return;
    case dom::element_type::DOUBLE:
        appendNumber(out, v.get_double().value_unsafe());
        return;
    case dom::element_type::BOOL:
        if (v.get_bool().value_unsafe())
            out.append("true");
        else
            out.append("false");
        return;
    case dom::element_type::ARRAY:
    case dom::element_type::OBJECT:
        append(out, simdjson::minify(v));
        return;
    case dom::element_type::NULL_VALUE:
        return;
    }
}

void appendJsonValue(ByteWriter &out, const dom::element *v)
{
    if (!v || v->is_null()) {
        out.append("null");
        return;
    }
    if (v->is_string())
        appendJsonString(out, v->get_string().value_unsafe());
    else
        appendText(out, *v);
}

void appendCsvValue(ByteWriter &out, const dom::element *v, QByteArray &scratch)
{
    if (!v)
        return;
    if (v->is_string()) {
        appendCsvField(out, v->get_string().value_unsafe());
        return;
    }
    scratch.resize(0); // keeps its capacity
    {
        ByteWriter text(scratch, 32);
        appendText(text, *v);
    }
    appendCsvField(out, std::string_view(scratch.constData(), size_t(scratch.size())));
}

dom::parser &threadParser()
{
    // One per thread: the parser keeps its buffers between pages.
    thread_local dom::parser parser;
    return parser;
}

} // namespace

QByteArray exportCsvField(QByteArrayView text)
{
    return csvField(text);
}

QString peekContinuationToken(QByteArrayView body)
{
    static constexpr QByteArrayView key = "\"continuationToken\"";
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0)
        return {};
    qsizetype i = at + key.size();
    auto skipSpace = [&] {
        while (i < body.size()
               && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r'))
            ++i;
    };
    skipSpace();
    if (i >= body.size() || body[i] != ':')
        return {};
    ++i;
    skipSpace();
    if (i >= body.size() || body[i] != '"')
        return {};
    const qsizetype start = ++i;
    while (i < body.size() && body[i] != '"') {
        if (body[i] == '\\' || static_cast<unsigned char>(body[i]) < 0x20)
            return {};
        ++i;
    }
    if (i >= body.size())
        return {};
    return QString::fromUtf8(body.sliced(start, i - start));
}

QByteArray exportCsvHeader(const QStringList &attributes)
{
    QByteArray out = "contactId";
    for (const QString &a : attributes) {
        out += ',';
        out += exportCsvField(a.toUtf8());
    }
    out += "\r\n";
    return out;
}

FormattedPage formatExportPage(const QByteArray &body, const QStringList &attributes,
                               ExportFormat format, bool wantCdp, bool wantRows,
                               const std::function<void(const QString &)> &onToken)
{
    FormattedPage page;
    dom::element root;
    if (const auto error = threadParser().parse(body.constData(), size_t(body.size())).get(root)) {
        page.error = QStringLiteral("The page is not valid JSON (%1; %2 bytes).")
                             .arg(QString::fromUtf8(simdjson::error_message(error)))
                             .arg(body.size());
        return page;
    }
    dom::object top;
    dom::array items;
    if (root.get_object().get(top) || top["items"].get_array().get(items)) {
        page.error = QStringLiteral("The page has no items array.");
        return page;
    }
    const auto tokenValue = top["continuationToken"];
    if (!tokenValue.error() && !tokenValue.value_unsafe().is_null()) {
        std::string_view token;
        if (tokenValue.get_string().get(token)) {
            page.error = QStringLiteral("The page's continuationToken is not a string.");
            return page;
        }
        page.continuationToken = QString::fromUtf8(token.data(), qsizetype(token.size()));
    }
    const qint64 carried = qint64(items.size());
    const auto countValue = top["count"];
    if (!countValue.error() && countValue.value_unsafe().is_number()) {
        double count = 0;
        if (countValue.value_unsafe().is_int64())
            count = double(countValue.value_unsafe().get_int64().value_unsafe());
        else
            count = countValue.get_double().value_unsafe();
        if (count != double(carried)) {
            page.error = QStringLiteral("The page says it holds %1 records but carries %2.")
                                 .arg(qint64(count))
                                 .arg(carried);
            return page;
        }
    }
    // The page is well formed: the next one can be asked for while this one is formatted.
    if (onToken)
        onToken(page.continuationToken);

    const size_t columns = size_t(attributes.size());
    std::vector<std::string> names;
    std::vector<QByteArray> keys; // "name": for JSON output
    names.reserve(columns);
    for (const QString &a : attributes) {
        names.push_back(a.toStdString());
        QByteArray k;
        {
            ByteWriter w(k);
            appendJsonString(w, names.back());
            w.put(':');
        }
        keys.push_back(k);
    }
    auto columnOf = [&](std::string_view key, size_t guess) -> size_t {
        if (guess < columns && names[guess] == key)
            return guess;
        for (size_t c = 0; c < columns; ++c) {
            if (names[c] == key)
                return c;
        }
        return columns;
    };

    page.records = carried;
    std::shared_ptr<ExportRows> rows;
    if (wantRows) {
        rows = std::make_shared<ExportRows>();
        rows->columns = int(columns) + 1;
        rows->ends.reserve(size_t(carried) * (columns + 1));
    }

    std::vector<dom::element> values(columns);
    std::vector<const dom::element *> cells(columns);
    QByteArray scratch;
    QByteArray unusedRows;
    QString error;
    {
        ByteWriter output(page.output, body.size());
        ByteWriter cdp(page.cdpRecords, wantCdp ? body.size() : 0);
        ByteWriter rowText(rows ? rows->text : unusedRows, rows ? body.size() / 2 : 0);
        if (wantCdp)
            cdp.put('[');
        auto appendJsonRecord = [&](ByteWriter &out, std::string_view id) {
            out.append("{\"contactId\":");
            appendJsonString(out, id);
            out.append(",\"attributes\":{");
            for (size_t k = 0; k < columns; ++k) {
                if (k > 0)
                    out.put(',');
                out.append(keys[k]);
                appendJsonValue(out, cells[k]);
            }
            out.append("}}");
        };

        qint64 index = 0;
        for (const dom::element item : items) {
            dom::object record;
            std::string_view id;
            if (item.get_object().get(record) || record["contactId"].get_string().get(id)
                || id.empty()) {
                error = QStringLiteral("Record %1 of the page has no contactId.").arg(index + 1);
                break;
            }
            std::fill(cells.begin(), cells.end(), nullptr);
            const auto attrsValue = record["attributes"];
            if (!attrsValue.error() && !attrsValue.value_unsafe().is_null()) {
                dom::object attrs;
                if (attrsValue.get_object().get(attrs)) {
                    error = QStringLiteral("Record %1 of the page has attributes that are not an "
                                           "object.")
                                    .arg(index + 1);
                    break;
                }
                size_t guess = 0;
                for (const dom::key_value_pair field : attrs) {
                    const size_t c = columnOf(field.key, guess);
                    if (c < columns) {
                        values[c] = field.value; // a repeated key: the last one wins
                        cells[c] = &values[c];
                    }
                    guess = c + 1;
                }
            }
            if (format == ExportFormat::Csv) {
                appendCsvField(output, id);
                for (size_t k = 0; k < columns; ++k) {
                    output.put(',');
                    appendCsvValue(output, cells[k], scratch);
                }
                output.append("\r\n");
            } else {
                const qsizetype start = output.size();
                appendJsonRecord(output, id);
                if (wantCdp) {
                    // The JSONL line is exactly one CDP record.
                    if (index > 0)
                        cdp.put(',');
                    cdp.append(page.output.constData() + start, size_t(output.size() - start));
                }
                output.put('\n');
            }
            if (wantCdp && format == ExportFormat::Csv) {
                if (index > 0)
                    cdp.put(',');
                appendJsonRecord(cdp, id);
            }
            if (rows) {
                append(rowText, id);
                rows->ends.push_back(quint32(rowText.size()));
                for (size_t k = 0; k < columns; ++k) {
                    if (cells[k])
                        appendText(rowText, *cells[k]);
                    rows->ends.push_back(quint32(rowText.size()));
                }
            }
            ++index;
        }
        if (wantCdp)
            cdp.put(']');
    }
    if (!error.isEmpty()) {
        page.error = error;
        page.output.clear();
        page.cdpRecords.clear();
        return page;
    }
    page.rows = rows;
    return page;
}

} // namespace cxone
