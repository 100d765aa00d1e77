#pragma once

// The request pipeline's tests run each case over both transports: a global data row per
// transport, read by every ApiClient the case makes (CXONE_HTTP_TRANSPORT). Header-only.

#include <QByteArray>
#include <QTest>

namespace cxonetest {

// In initTestCase_data().
inline void addTransportRows()
{
    QTest::addColumn<QByteArray>("transport");
    QTest::newRow("qt") << QByteArray("qt");
    QTest::newRow("curl") << QByteArray("curl");
}

// In init(): the row's transport for the clients the case makes.
inline void useTransportOfRow()
{
    QFETCH_GLOBAL(QByteArray, transport);
    qputenv("CXONE_HTTP_TRANSPORT", transport);
}

inline bool onCurl()
{
    return qgetenv("CXONE_HTTP_TRANSPORT") == "curl";
}

} // namespace cxonetest
