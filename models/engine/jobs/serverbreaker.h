#pragma once

#include <QString>

#include <functional>

class QObject;

namespace cxone {

class CallHandle;

// Stops a job that keeps hitting server errors: counts consecutive attempts answered 5xx across
// every call it watches (any other answer resets the count) and trips once at the threshold, so
// that no further change is sent to a tenant that is failing.
class ServerErrorBreaker final
{
public:
    explicit ServerErrorBreaker(int threshold = 5);

    // Counts the call's attempts; `onTrip` runs once, in `context`, when the breaker trips.
    void watch(CallHandle *call, QObject *context);
    void setOnTrip(std::function<void()> onTrip) { m_onTrip = std::move(onTrip); }

    bool isTripped() const { return m_tripped; }
    int streak() const { return m_streak; }
    int threshold() const { return m_threshold; }
    // What a person reads when it tripped.
    QString text() const;

    // Counts one attempt's HTTP status (0: no answer, which neither counts nor resets).
    void count(int httpStatus);

private:
    int m_threshold;
    int m_streak = 0;
    bool m_tripped = false;
    std::function<void()> m_onTrip;
};

} // namespace cxone
