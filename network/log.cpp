#include "network/log.h"

namespace cxone {
Q_LOGGING_CATEGORY(lcNet, "cxone.network", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "cxone.auth", QtWarningMsg)
} // namespace cxone
