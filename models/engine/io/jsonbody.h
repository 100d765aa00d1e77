#pragma once

#include <QByteArrayView>
#include <QString>

#include <string>
#include <string_view>

namespace simdjson::dom {
class element;
class parser;
} // namespace simdjson::dom

namespace cxone {

// Parses a JSON body with simdjson into *root (its text kept in *text and the parser, which
// must outlive root). A body that simdjson refuses but Qt's parser reads (numbers beyond 64
// bits, say) is read as Qt reads it, so that callers take what a Qt parse took. False when
// neither can read it, with Qt's reason ("… at byte N") in *error when given.
bool parseJsonBody(simdjson::dom::parser &parser, QByteArrayView body, std::string *text,
                   simdjson::dom::element *root, QString *error = nullptr);

// A member of an object, the last of that name as Qt's parser keeps it (simdjson's at_key finds
// the first); false when e is not an object or has none.
bool jsonMember(const simdjson::dom::element &e, std::string_view key, simdjson::dom::element *out);

} // namespace cxone
