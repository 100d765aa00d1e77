#pragma once

#include <QLoggingCategory>

namespace cxone {
// Log lines name method, URL path, status and request id; never headers or bodies, so that no
// secret or token can reach a log.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
} // namespace cxone
