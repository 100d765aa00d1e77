#pragma once

#include "network/apiclient.h"

#include <QTest>

namespace cxonetest {

// Sends one request through the real pipeline and waits for its result; a call that does not
// finish in time is cancelled and reported as a timeout rather than hanging the test.
inline cxone::Result runCall(cxone::ApiClient &client, cxone::Request request, int timeoutMs)
{
    cxone::CallHandle *handle = client.send(std::move(request));
    cxone::Result result;
    bool done = false;
    QObject::connect(handle, &cxone::CallHandle::finished, &client, [&](const cxone::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs)) {
        handle->cancel();
        result.error = cxone::ErrorKind::Timeout;
        result.errorText = QStringLiteral("test gave up waiting");
    }
    return result;
}

} // namespace cxonetest
