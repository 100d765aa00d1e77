#pragma once

#include <QString>

namespace cxone {

// The folder where the console keeps its own files: journals, the audit trail, mapping
// templates, the sanitization run log. On Linux ~/.local/share/<application name>.
//
// Earlier versions kept them one folder deeper (<application name>/<application name>, Qt's
// application data location when the organisation and the application share a name). The first
// call moves what is there up one level, keeping anything already in the new place, and carries
// the audit trail's anchor along with it.
QString dataDirectory();

// <dataDirectory()>/keys: where this machine's own key lives (models/engine/machinekey.h). Found
// without the move above, which itself needs the key to carry the audit trail's anchor along.
QString keyDirectory();

} // namespace cxone
