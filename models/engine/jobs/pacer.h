#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <vector>

namespace cxone {

// Time and timers for a Pacer: the steady clock and Qt's timers in a run, a scripted clock in
// tests (so that minutes of pacing are checked without waiting for them).
class PaceClock
{
public:
    virtual ~PaceClock() = default;
    virtual qint64 nowMs() const = 0;
    // Calls fn after delayMs on the context's thread, unless the context is gone by then.
    virtual void callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;
    // The process's steady clock and QTimer::singleShot.
    static PaceClock *steady();
};

// Paces the batches of a job to the rate the tenant takes, and finds that rate when it is lower
// than the one configured.
//
// - A bucket of one batch refills at the pace: a batch goes when there is room for it.
// - A retry (after a 429, a 5xx, a lost connection) goes exactly when the tenant or the backoff
//   said, never later because of the pace; it counts against the pace, so the batches after it
//   wait for it. A 429'd attempt is given back: the tenant did not take it.
// - The pace drops only when 429s rise with it: the share of first attempts answered 429 at the
//   current pace must be above what rate-independent 429s explain. Without evidence of what
//   they explain, a drop is a trial: if the share does not fall at the lower pace, the 429s are
//   the tenant's random ones, the share is learnt, and the pace goes back up at once. Random
//   429s therefore cost their waits (and at most one trial), never the pace.
// - After a run of answers at a pace whose 429s random ones explain, the pace climbs back by a
//   tenth of the configured rate, slowly near a pace where 429s rose in the last minute.
// - Unpaced (rate 0), nothing is held back until the tenant limits; then pacing starts at
//   `rateWhenLimited` (or at what the tenant took) and follows the same rules.
class Pacer final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        double rate = 0;            // items a second to keep to; 0: none until the tenant limits
        double rateWhenLimited = 0; // unpaced: where pacing starts once the tenant limits
        int batchSize = 1;          // the bucket's room: one batch
        QString unit;               // "contacts"
    };
    explicit Pacer(Options options, PaceClock *clock = nullptr, QObject *parent = nullptr);
    ~Pacer() override;

    // Runs go() once `items` may be sent (at once when there is room), in the order asked; not
    // at all if `context` is gone by then.
    void acquire(int items, QObject *context, std::function<void()> go);
    // Lets every waiter go at once, nothing counted (their owner stops, and they see it).
    void releaseAll();
    // A retry of `items` goes in waitMs (as the tenant or the backoff said, never later): it
    // counts against the pace then, and batches due before it go only if they leave it room.
    void retrying(int items, qint64 waitMs);
    // An attempt of `items` sent at sentAtMs was answered, with 429 when `rateLimited`. `paced`:
    // the first attempt of its batch, sent when acquire() let it go; only those tell whether the
    // pace is too high (retries go when the tenant says).
    void answered(int items, qint64 sentAtMs, bool rateLimited, bool paced);

    double rate() const { return m_rate; } // the pace now (0: none)
    double configuredRate() const { return m_options.rate; }
    // The share of answers the tenant gives 429 whatever the pace, as far as it is known.
    double randomShare() const { return m_randomShare; }
    // What the pacer is doing, in words; empty while it paces as configured and nothing happened.
    QString stateText() const { return m_state; }
    qint64 nowMs() const;
    int waiting() const { return int(m_queue.size()); }

Q_SIGNALS:
    void stateChanged(const QString &text);

private:
    struct Level
    {
        qint64 startMs = 0;
        double rate = 0; // 0: unpaced
        int answers = 0; // first attempts answered: the last kWindow of them
        int limited = 0; // of those, answered 429
        int seen = 0;    // first attempts answered in all
        int probe = -1;  // the episode's probe this level measures (-1: none)
    };
    // What a pace met while the cause of 429s is being found out.
    struct Probe
    {
        double rate; // unpaced: a rate no tenant takes
        int answers = 0;
        int limited = 0;
    };
    struct Waiter
    {
        int items;
        QPointer<QObject> context;
        std::function<void()> go;
    };

    void pump();
    void schedulePump(qint64 delayMs);
    double perItemMs() const;
    void charge(int items, double atMs);
    void chargeDue(qint64 now);
    // When `items` could go at the earliest from now, leaving room for the retries to come
    // (-1: not before the next retry has gone).
    double earliest(int items, qint64 now, qint64 *recheckAt) const;
    void refund(int items, qint64 now);
    void setRate(double rate, qint64 now, int probe = -1);
    void decide(qint64 now);
    void cut(qint64 now);
    void climb(qint64 now);
    double nextRate(qint64 now) const;
    void judgeEpisode(qint64 now);
    void measureOriginAgain(qint64 now);
    void deeper(qint64 now);
    void endAsLimit(qint64 now);
    void endAsRandom(qint64 now);
    double baseShare() const;
    double acceptedRate(qint64 now) const;
    void say(const QString &text);
    QString rateText(double rate) const;

    Options m_options;
    PaceClock *m_clock;
    double m_rate = 0;
    double m_freeAtMs = -1; // when the bucket is full again (-1: full)
    std::deque<Waiter> m_queue;
    std::deque<std::pair<qint64, int>> m_retries; // (when, items) of retries to come, in order
    int m_window = 1;        // unpaced: first attempts allowed in flight (0: any number)
    int m_firstInFlight = 0; // first attempts sent and not answered yet
    bool m_pumpScheduled = false;
    qint64 m_pumpAtMs = -1;
    std::deque<Level> m_levels;   // the current one at the back
    std::vector<Probe> m_episode; // the pace left, then those tried (empty: no episode)
    int m_lowProbe = -1;          // the lower pace being tried
    int m_freshProbe = -1;        // the pace left, measured again
    double m_randomShare = 0;     // learnt: 429s the tenant gives whatever the pace
    int m_randomBasis = 0;        // answers that share was learnt from
    double m_goodRate = 0;        // the highest pace the tenant took lately
    double m_badRate = 0;         // the pace where 429s rose last, remembered for a while
    qint64 m_badAtMs = -1;
    std::deque<std::pair<qint64, int>> m_accepted; // (when, items) the tenant took, recent
    QString m_state;
};

} // namespace cxone
