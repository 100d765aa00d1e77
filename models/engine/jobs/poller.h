#pragma once

#include "network/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace cxone {

class CallHandle;

// Asks the same question until the answer says it is done: a job's status, an audience's size.
// The wait between two polls grows by `growth` up to `maxIntervalMs`; a Retry-After on an
// answer is honoured (never polled sooner); a poll that fails after the pipeline's own retries
// is tried again at the next interval, twice as late after a 429, up to `maxFailures` in a row;
// the whole wait is bounded by `deadlineMs`.
class Poller final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int firstDelayMs = 0; // before the first poll
        int initialIntervalMs = 250;
        double growth = 1.5;
        int maxIntervalMs = 5000;
        int deadlineMs = 120000;
        int maxFailures = 3; // consecutive failed polls before giving up
    };
    enum class Verdict { Done, Again, Failed };
    enum class Outcome { Done, Failed, TimedOut, Cancelled };
    Q_ENUM(Outcome)

    using MakeCall = std::function<CallHandle *()>;
    // Called with every successful answer; *why says what went wrong with Failed.
    using Judge = std::function<Verdict(const Result &result, QString *why)>;

    explicit Poller(QObject *parent = nullptr);
    explicit Poller(Options options, QObject *parent = nullptr);
    ~Poller() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    void start(MakeCall makeCall, Judge judge);
    void cancel();
    bool isRunning() const { return m_running; }

    int polls() const { return m_polls; }
    int failedPolls() const { return m_failedTotal; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    int nextIntervalMs() const { return m_interval; }
    // Why it ended other than Done: the judge's reason, the last failure, or the deadline.
    QString reason() const { return m_reason; }

Q_SIGNALS:
    // Each call the poller makes, before it is sent (a job watches it).
    void callStarted(cxone::CallHandle *call);
    // A poll answered; `failure` is true when it failed and will be tried again.
    void polled(int count, const cxone::Result &result, bool failure);
    // A wait started: how long, and why (for "checking again in 2 s").
    void waiting(int ms, bool rateLimited);
    void finished(cxone::Poller::Outcome outcome);

private:
    void pollNow();
    void onResult(const Result &result);
    void scheduleNext(int waitMs, bool rateLimited);
    void end(Outcome outcome, const QString &reason = {});

    Options m_options;
    MakeCall m_makeCall;
    Judge m_judge;
    QTimer *m_timer;
    QPointer<CallHandle> m_call;
    QElapsedTimer m_clock;
    int m_interval = 0;
    int m_polls = 0;
    int m_failedInRow = 0;
    int m_failedTotal = 0;
    bool m_running = false;
    QString m_reason;
};

} // namespace cxone
