#include "models/engine/jobs/poller.h"

#include "network/apiclient.h"
#include "network/retrypolicy.h"

#include <QTimer>

namespace cxone {

Poller::Poller(QObject *parent)
    : Poller(Options{}, parent)
{}

Poller::Poller(Options options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Poller::pollNow);
}

Poller::~Poller()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel();
    }
}

void Poller::start(MakeCall makeCall, Judge judge)
{
    m_makeCall = std::move(makeCall);
    m_judge = std::move(judge);
    m_polls = 0;
    m_failedInRow = 0;
    m_failedTotal = 0;
    m_reason.clear();
    m_interval = std::max(1, m_options.initialIntervalMs);
    m_running = true;
    m_clock.start();
    m_timer->start(std::max(0, m_options.firstDelayMs));
}

void Poller::cancel()
{
    if (!m_running)
        return;
    m_timer->stop();
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel();
        m_call = nullptr;
    }
    end(Outcome::Cancelled);
}

void Poller::pollNow()
{
    if (!m_running)
        return;
    ++m_polls;
    m_call = m_makeCall();
    Q_EMIT callStarted(m_call);
    connect(m_call, &CallHandle::finished, this, &Poller::onResult);
}

void Poller::onResult(const Result &result)
{
    m_call = nullptr;
    if (!m_running)
        return;
    if (result.error == ErrorKind::Cancelled) {
        end(Outcome::Cancelled);
        return;
    }
    const auto retryAfter
            = parseRetryAfter(result.header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (!result.ok()) {
        ++m_failedTotal;
        const bool rateLimited = result.error == ErrorKind::RateLimited;
        // Answers that will not change by asking again end the wait at once.
        const bool transient = rateLimited || result.error == ErrorKind::ServerError
                               || result.error == ErrorKind::Network
                               || result.error == ErrorKind::Timeout
                               || result.error == ErrorKind::Malformed;
        Q_EMIT polled(m_polls, result, transient);
        if (!transient || ++m_failedInRow > m_options.maxFailures) {
            end(Outcome::Failed, result.errorText);
            return;
        }
        int wait = m_interval * (rateLimited ? 2 : 1);
        if (retryAfter)
            wait = std::max<int>(wait, int(retryAfter->count()));
        m_interval = std::min(m_options.maxIntervalMs, int(m_interval * m_options.growth) + 1);
        scheduleNext(wait, rateLimited);
        return;
    }
    m_failedInRow = 0;
    Q_EMIT polled(m_polls, result, false);
    QString why;
    switch (m_judge(result, &why)) {
    case Verdict::Done:
        end(Outcome::Done);
        return;
    case Verdict::Failed:
        end(Outcome::Failed, why);
        return;
    case Verdict::Again:
        break;
    }
    int wait = m_interval;
    if (retryAfter)
        wait = std::max<int>(wait, int(retryAfter->count()));
    m_interval = std::min(m_options.maxIntervalMs, int(m_interval * m_options.growth) + 1);
    scheduleNext(wait, false);
}

void Poller::scheduleNext(int waitMs, bool rateLimited)
{
    if (m_clock.elapsed() + waitMs > m_options.deadlineMs) {
        end(Outcome::TimedOut, tr("still not done after %1 s of waiting")
                                       .arg(QString::number(m_clock.elapsed() / 1000.0, 'f', 1)));
        return;
    }
    Q_EMIT waiting(waitMs, rateLimited);
    m_timer->start(waitMs);
}

void Poller::end(Outcome outcome, const QString &reason)
{
    if (!m_running)
        return;
    m_running = false;
    m_reason = reason;
    Q_EMIT finished(outcome);
}

} // namespace cxone
