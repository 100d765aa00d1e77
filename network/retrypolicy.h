#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

class QRandomGenerator;

namespace cxone {

struct RetryPolicy
{
    int maxAttempts = 5;                           // tries of one logical call, first one included
    std::chrono::milliseconds baseDelay{250};      // backoff for attempt 2
    std::chrono::milliseconds maxDelay{20000};     // cap of one backoff
    std::chrono::milliseconds maxTotalWait{60000}; // all waits of one call together
};

// Retry-After is delta-seconds or an HTTP-date (RFC 9110 10.2.3). Returns the wait from now,
// clamped at zero for a date in the past; nullopt when the header is absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &nowUtc);

// Exponential backoff with full jitter: uniform in [0, min(maxDelay, base * 2^(retry-1))].
std::chrono::milliseconds backoffDelay(const RetryPolicy &policy, int retry, QRandomGenerator &rng);

// HTTP-date (IMF-fixdate) for a UTC time, as servers send it.
QByteArray toHttpDate(const QDateTime &utc);

} // namespace cxone
