#include "models/engine/io/jsonbody.h"

#include "network/jsonwriter.h"

#include <QJsonDocument>

#include <simdjson.h>

namespace cxone {

bool parseJsonBody(simdjson::dom::parser &parser, QByteArrayView body, std::string *text,
                   simdjson::dom::element *root, QString *error)
{
    // simdjson reads past the end of what it parses: the text goes into room of its own.
    text->reserve(size_t(body.size()) + simdjson::SIMDJSON_PADDING);
    text->assign(body.data(), size_t(body.size()));
    if (parser.parse(text->data(), text->size(), false).get(*root) == simdjson::SUCCESS)
        return true;
    QJsonParseError pe;
    const QJsonDocument qt = QJsonDocument::fromJson(body.toByteArray(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("%1 at byte %2").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    // Written again: JsonWriter writes numbers beyond 64 bits as doubles with an exponent,
    // which simdjson reads as Qt did (written out in full they would be refused again).
    JsonWriter w;
    if (qt.isObject())
        w.object(qt.object());
    else
        w.array(qt.array());
    const QByteArray again = w.take();
    text->reserve(size_t(again.size()) + simdjson::SIMDJSON_PADDING);
    text->assign(again.constData(), size_t(again.size()));
    if (parser.parse(text->data(), text->size(), false).get(*root) == simdjson::SUCCESS)
        return true;
    if (error)
        *error = QStringLiteral("the JSON could not be read");
    return false;
}

bool jsonMember(const simdjson::dom::element &e, std::string_view key, simdjson::dom::element *out)
{
    simdjson::dom::object o;
    if (e.get_object().get(o) != simdjson::SUCCESS)
        return false;
    bool found = false;
    for (const simdjson::dom::key_value_pair m : o) {
        if (m.key == key) {
            *out = m.value;
            found = true;
        }
    }
    return found;
}

} // namespace cxone
