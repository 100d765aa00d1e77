#pragma once

#include <QByteArrayView>
#include <QString>

namespace cxone {

// Writes all of `bytes` to `fd` (retrying short writes and EINTR); false with errno set.
bool writeFully(int fd, QByteArrayView bytes);
// errno as a sentence for people: ENOSPC, EDQUOT and EFBIG read "the disk is full".
QString ioErrorText(int error);

} // namespace cxone
