#include "models/engine/jobs/serverbreaker.h"

#include "network/apiclient.h"

namespace cxone {

ServerErrorBreaker::ServerErrorBreaker(int threshold)
    : m_threshold(std::max(1, threshold))
{}

void ServerErrorBreaker::watch(CallHandle *call, QObject *context)
{
    QObject::connect(call, &CallHandle::attemptFinished, context,
                     [this](const Attempt &a) { count(a.httpStatus); });
}

void ServerErrorBreaker::count(int httpStatus)
{
    if (httpStatus >= 500) {
        ++m_streak;
        if (m_streak >= m_threshold && !m_tripped) {
            m_tripped = true;
            if (m_onTrip)
                m_onTrip();
        }
    } else if (httpStatus > 0) {
        m_streak = 0;
    }
}

QString ServerErrorBreaker::text() const
{
    return QStringLiteral("The tenant answered %1 server errors in a row; no further changes "
                          "were sent.")
            .arg(m_streak);
}

} // namespace cxone
