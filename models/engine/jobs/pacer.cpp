#include "models/engine/jobs/pacer.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace cxone {

namespace {

// The decisions' figures. A pace's evidence is its last kWindow first attempts; a drop needs at
// least two 429s there and less than a 1 % chance (0.1 % once the tenant's random share is
// measured) that random 429s put them there.
constexpr int kWindow = 20;
constexpr double kCutChance = 0.01;
constexpr double kCutChanceKnown = 0.001;
constexpr double kPriorShare = 0.05; // random 429s assumed before any are measured
constexpr double kMinShare = 0.02;
// An episode (a drop whose cause is not known yet) measures the lower pace for kConfirmMin
// answers (kProbeMax when it meets 429s too) and, when needed, the pace it left again: a share
// that fell with the pace (ten times likelier than one share for both) is a limit.
constexpr int kConfirmMin = 4;
constexpr int kProbeMax = 12;
const double kDecisive = std::log(10.0);
constexpr double kUnpaced = 1e9; // the pace of an unpaced run, in the explanations' sums
// Climbing: after kRun answers that random 429s explain, by a tenth of the configured rate (of
// the pace, unpaced); below a pace where 429s rose within kMemoryMs, by a tenth of the pace, half
// way to it at most, and not closer than 1.5 %.
constexpr int kRun = 4;
constexpr qint64 kMemoryMs = 60000;
constexpr qint64 kLevelKeepMs = 120000;
// Unpaced, batches in flight grow from one by one per batch the tenant takes, to this many.
constexpr int kFullWindow = 16;
// What the tenant took, over this long, when an unpaced run is limited with nothing else to go by.
constexpr qint64 kAcceptedWindowMs = 2000;

class SteadyClock final : public PaceClock
{
public:
    SteadyClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }
    void callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override
    {
        QTimer::singleShot(std::chrono::milliseconds(std::max<qint64>(0, delayMs)), context,
                           std::move(fn));
    }

private:
    QElapsedTimer m_timer;
};

// log of the binomial probability of k in n at p.
double logBinomial(int k, int n, double p)
{
    p = std::clamp(p, 1e-9, 1.0 - 1e-9);
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0)
           + (k > 0 ? k * std::log(p) : 0.0) + (n - k > 0 ? (n - k) * std::log1p(-p) : 0.0);
}

// P(X >= k) for X ~ Binomial(n, p).
double tailAtLeast(int k, int n, double p)
{
    if (k <= 0)
        return 1.0;
    double below = 0;
    for (int i = 0; i < k; ++i)
        below += std::exp(logBinomial(i, n, p));
    return std::clamp(1.0 - below, 0.0, 1.0);
}

} // namespace

PaceClock *PaceClock::steady()
{
    static SteadyClock clock;
    return &clock;
}

Pacer::Pacer(Options options, PaceClock *clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock ? clock : PaceClock::steady())
{
    m_options.rate = std::max(0.0, m_options.rate);
    m_options.batchSize = std::max(1, m_options.batchSize);
    if (m_options.unit.isEmpty())
        m_options.unit = tr("items");
    m_rate = m_options.rate;
    m_levels.push_back({m_clock->nowMs(), m_rate, 0, 0, 0});
}

Pacer::~Pacer() = default;

qint64 Pacer::nowMs() const
{
    return m_clock->nowMs();
}

double Pacer::perItemMs() const
{
    return m_rate > 0 ? 1000.0 / m_rate : 0.0;
}

void Pacer::acquire(int items, QObject *context, std::function<void()> go)
{
    m_queue.push_back({std::max(1, items), context, std::move(go)});
    pump();
}

// The bucket is kept as the moment it is full again: `items` may go once the room they need has
// come back, and push that moment on by items / rate.
void Pacer::pump()
{
    while (!m_queue.empty()) {
        Waiter &w = m_queue.front();
        if (!w.context) {
            m_queue.pop_front();
            continue;
        }
        const qint64 now = m_clock->nowMs();
        chargeDue(now);
        // Unpaced, the first batches go one round trip at a time, then twice as many each time
        // the tenant takes them: a tenant that limits refuses two, not the whole first burst.
        if (m_rate <= 0 && m_window > 0 && m_firstInFlight >= m_window)
            return; // answered() pumps
        if (m_rate > 0) {
            qint64 recheckAt = -1;
            const double at = earliest(w.items, now, &recheckAt);
            if (at < 0 || at > double(now) + 1e-6) {
                const qint64 when = at < 0 ? recheckAt : qint64(std::ceil(at - 1e-6));
                schedulePump(std::max<qint64>(1, when - now));
                return;
            }
        }
        charge(w.items, double(now));
        ++m_firstInFlight;
        Waiter taken = std::move(w);
        m_queue.pop_front();
        taken.go();
    }
}

// The pace is kept as the moment the next batch may go (m_freeAtMs): each batch pushes it on by
// its items / rate from when it went, so batches are spaced by what the one before held (a small
// batch after a large one waits as long as a large one would: a tenant's bucket may hold less
// than a batch). A retry to come must still find its turn when it goes.
double Pacer::earliest(int items, qint64 now, qint64 *recheckAt) const
{
    const double at = std::max(double(now), m_freeAtMs);
    double after = at + items * perItemMs();
    for (const auto &[when, n] : m_retries) {
        if (after > double(when)) {
            *recheckAt = when;
            return -1;
        }
        after = std::max(after, double(when)) + n * perItemMs();
    }
    return at;
}

void Pacer::releaseAll()
{
    std::deque<Waiter> waiting;
    waiting.swap(m_queue);
    for (Waiter &w : waiting) {
        if (w.context)
            w.go();
    }
}

void Pacer::schedulePump(qint64 delayMs)
{
    const qint64 at = m_clock->nowMs() + delayMs;
    if (m_pumpScheduled && m_pumpAtMs <= at)
        return;
    m_pumpScheduled = true;
    m_pumpAtMs = at;
    m_clock->callAfter(delayMs, this, [this, at] {
        if (m_pumpAtMs != at)
            return; // an earlier pump was asked for since
        m_pumpScheduled = false;
        m_pumpAtMs = -1;
        pump();
    });
}

void Pacer::charge(int items, double atMs)
{
    if (m_rate <= 0)
        return;
    m_freeAtMs = std::max(m_freeAtMs, atMs) + items * perItemMs();
}

void Pacer::chargeDue(qint64 now)
{
    while (!m_retries.empty() && m_retries.front().first <= now) {
        charge(m_retries.front().second, double(m_retries.front().first));
        m_retries.pop_front();
    }
}

void Pacer::refund(int items, qint64 now)
{
    if (m_rate <= 0 || m_freeAtMs < 0)
        return;
    m_freeAtMs = std::max(double(now), m_freeAtMs - items * perItemMs());
}

void Pacer::retrying(int items, qint64 waitMs)
{
    const qint64 now = m_clock->nowMs();
    const qint64 when = now + std::max<qint64>(0, waitMs);
    auto it = m_retries.end();
    while (it != m_retries.begin() && std::prev(it)->first > when)
        --it;
    m_retries.insert(it, {when, items});
    chargeDue(now);
}

void Pacer::setRate(double rate, qint64 now, int probe)
{
    // The room in the bucket stays what it is; it refills at the new pace from now on.
    if (m_rate > 0 && rate > 0 && m_freeAtMs > now)
        m_freeAtMs = double(now) + (m_freeAtMs - double(now)) * m_rate / rate;
    else if (rate <= 0 || (m_rate <= 0 && m_freeAtMs <= now))
        m_freeAtMs = -1;
    m_rate = rate;
    Level level;
    level.startMs = now;
    level.rate = rate;
    level.probe = probe;
    m_levels.push_back(level);
    while (m_levels.size() > 2 && m_levels.front().startMs < now - kLevelKeepMs)
        m_levels.pop_front();
    // Waiters may go sooner (or later) now.
    if (m_pumpScheduled) {
        m_pumpScheduled = false;
        m_pumpAtMs = -1;
    }
    pump();
}

double Pacer::baseShare() const
{
    if (m_randomBasis <= 0)
        return kPriorShare;
    // The upper end of what the answers measured allow (Wilson, 80 %): a share learnt from a
    // few answers is not taken lower than they show, or random 429s would look like a limit.
    const double n = m_randomBasis;
    const double p = m_randomShare;
    const double z = 1.28;
    const double upper
            = (p + z * z / (2 * n) + z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)))
              / (1 + z * z / n);
    return std::clamp(upper, kMinShare, 0.9);
}

double Pacer::acceptedRate(qint64 now) const
{
    qint64 items = 0;
    qint64 first = now;
    for (const auto &[at, n] : m_accepted) {
        if (at >= now - kAcceptedWindowMs) {
            items += n;
            first = std::min(first, at);
        }
    }
    const double span = std::max<double>(1000.0, double(now - first));
    return double(items) * 1000.0 / span;
}

void Pacer::answered(int items, qint64 sentAtMs, bool rateLimited, bool paced)
{
    const qint64 now = m_clock->nowMs();
    chargeDue(now);
    if (rateLimited && (!paced || m_randomBasis > 0)) {
        // The tenant did not take them: given back. A first attempt's only once its random
        // 429s are known: while 429s may mean the pace is too high, the next batch does not go
        // in its place at once.
        refund(items, now);
        pump();
    } else if (!rateLimited) {
        m_accepted.emplace_back(now, items);
        while (!m_accepted.empty() && m_accepted.front().first < now - kAcceptedWindowMs)
            m_accepted.pop_front();
    }
    if (!paced)
        return;
    m_firstInFlight = std::max(0, m_firstInFlight - 1);
    if (m_window > 0 && !rateLimited) {
        if (++m_window >= kFullWindow)
            m_window = 0;
        pump();
    }
    // The pace the attempt was sent at.
    Level *level = &m_levels.front();
    for (auto it = m_levels.rbegin(); it != m_levels.rend(); ++it) {
        if (it->startMs <= sentAtMs) {
            level = &*it;
            break;
        }
    }
    ++level->seen;
    ++level->answers;
    level->limited += rateLimited ? 1 : 0;
    // A pace's evidence is its recent answers: the oldest are forgotten past the window, in
    // proportion, so that a change of the tenant shows within a window.
    if (level->answers > kWindow) {
        const double keep = double(kWindow) / double(level->answers);
        level->answers = kWindow;
        level->limited = int(std::lround(level->limited * keep));
    }
    if (!m_episode.empty() && level->probe >= 0 && level->probe < int(m_episode.size())) {
        Probe &p = m_episode[size_t(level->probe)];
        ++p.answers;
        p.limited += rateLimited ? 1 : 0;
    }
    if (!m_episode.empty() || level == &m_levels.back()) {
        const double before = m_rate;
        decide(now);
        // A refused first attempt was held against the pace while its 429 might have meant the
        // pace was too high. It did: the pace is lower now, and the attempt's retry is counted
        // when it goes, so the refused one is given back (else the pace counts it twice).
        if (rateLimited && m_randomBasis == 0 && m_rate > 0 && (before <= 0 || m_rate < before)) {
            // Its retry is announced after this answer: the waiters are looked at again once
            // it is, so that none goes in the retry's place.
            refund(items, now);
            schedulePump(0);
        }
    }
}

void Pacer::decide(qint64 now)
{
    if (!m_episode.empty()) {
        judgeEpisode(now);
        return;
    }
    const Level &c = m_levels.back();
    const double base = baseShare();
    // Above a pace the tenant took, one 429 ends the climb (unless random ones are frequent
    // enough to explain it); elsewhere 429s must be more than random ones explain.
    const bool probing = m_goodRate > 0 && m_rate > m_goodRate && c.limited >= 1
                         && tailAtLeast(c.limited, c.answers, base) < 0.2;
    if (probing
        || (c.limited >= 2
            && tailAtLeast(c.limited, c.answers, base)
                       < (m_randomBasis > 0 ? kCutChanceKnown : kCutChance))) {
        cut(now);
        return;
    }
    // Random 429s, once measured, are measured on: the share keeps up with the tenant.
    if (m_randomBasis > 0 && c.seen % kWindow == 0) {
        const double share = double(c.limited) / double(c.answers);
        m_randomShare
                = (m_randomShare * m_randomBasis + share * kWindow) / (m_randomBasis + kWindow);
        m_randomBasis = std::min(m_randomBasis + kWindow, 10 * kWindow);
    }
    if (nextRate(now) > m_rate && c.answers >= kRun
        && tailAtLeast(c.limited, c.answers, base) > 0.1)
        climb(now);
}

double Pacer::nextRate(qint64 now) const
{
    const double ceiling = m_options.rate;
    if (m_rate <= 0 || (ceiling > 0 && m_rate >= ceiling))
        return m_rate;
    double next = ceiling > 0 ? std::min(ceiling, m_rate + ceiling / 10.0) : m_rate * 1.1;
    if (m_badRate > 0 && now - m_badAtMs < kMemoryMs) {
        // Below a pace the tenant refused lately: by a tenth at most, half way there at most,
        // and not quite up to it.
        next = std::min({next, m_rate * 1.1, (m_rate + m_badRate) / 2.0});
        if (next >= m_badRate * 0.985)
            return m_rate;
    }
    return next;
}

void Pacer::cut(qint64 now)
{
    const Level c = m_levels.back();
    const double from = m_rate;
    const double share = double(c.limited) / double(std::max(1, c.answers));
    if (from > 0 && m_goodRate >= from)
        m_goodRate = 0; // a pace it took before: the tenant takes less now
    m_badRate = from > 0 ? from : 0;
    m_badAtMs = now;
    if (from > 0 && m_goodRate > 0) {
        // Climbing from a pace the tenant took into one it refuses: back to that pace.
        setRate(m_goodRate, now);
        say(tr("the tenant is limiting us to about %1; it was %2")
                    .arg(rateText(m_goodRate), QLocale().toString(qint64(std::lround(from)))));
        return;
    }
    double to = 0;
    if (from <= 0) {
        to = m_options.rateWhenLimited > 0 ? m_options.rateWhenLimited : acceptedRate(now);
    } else {
        // The share of first attempts refused says how much of the pace the tenant takes.
        const double takes = from * (1.0 - share) / (1.0 - std::min(0.9, baseShare()));
        to = std::clamp(takes, 0.3 * from, 0.8 * from);
    }
    to = std::max(1.0, to);
    // Whether the 429s rose with the pace is found out by what the lower pace meets.
    m_episode = {Probe{from > 0 ? from : kUnpaced, c.answers, c.limited}, Probe{to}};
    m_lowProbe = 1;
    m_freshProbe = -1;
    if (from <= 0) // the tenant has just refused: its room is used up, and ours starts empty
        m_freeAtMs = double(now) + m_options.batchSize * 1000.0 / to;
    setRate(to, now, 1);
    say(from > 0 ? tr("the tenant is limiting us to about %1; it was %2")
                           .arg(rateText(to), QLocale().toString(qint64(std::lround(from))))
                 : tr("the tenant is limiting us: pacing at about %1; it was not paced")
                           .arg(rateText(to)));
}

namespace {

// How much likelier two shares explain two counts than one share does (log).
double twoShares(int ka, int na, int kb, int nb)
{
    const double pooled = double(ka + kb) / double(std::max(1, na + nb));
    return logBinomial(ka, na, double(ka) / std::max(1, na))
           + logBinomial(kb, nb, double(kb) / std::max(1, nb)) - logBinomial(ka, na, pooled)
           - logBinomial(kb, nb, pooled);
}

double shareOf(int k, int n)
{
    return double(k) / double(std::max(1, n));
}

} // namespace

void Pacer::judgeEpisode(qint64 now)
{
    const int at = m_levels.back().probe;
    if (at < 0)
        return;
    const Probe origin = m_episode.front();
    const Probe low = m_episode[size_t(m_lowProbe)];
    const double base = baseShare();
    // The pace the episode left was measured when it looked worst; only a share of at least
    // half is taken as it is, else it is measured again before the lower pace is compared to it.
    const bool originStrong = origin.limited >= 2 && origin.limited * 2 >= origin.answers;
    // Clean: no more 429s than random ones explain (while their share is not known, none).
    const bool clean
            = tailAtLeast(low.limited, low.answers, base) > (m_randomBasis > 0 ? 0.2 : 0.5);
    if (at == m_lowProbe) {
        if (low.limited >= 4 && low.limited * 5 >= low.answers * 4) {
            deeper(now);
            return;
        }
        if (low.answers < kConfirmMin)
            return;
        if (clean) {
            if (originStrong)
                endAsLimit(now);
            else
                measureOriginAgain(now);
            return;
        }
        if (low.answers < kProbeMax)
            return;
        // 429s at the lower pace too: as many as before (random), or fewer but still some (a
        // limit lower still). No tenant refuses half of all calls at random.
        const double share = shareOf(low.limited, low.answers);
        if (share >= 0.5) {
            deeper(now);
            return;
        }
        if (m_freshProbe < 0) {
            measureOriginAgain(now);
            return;
        }
        const Probe compare = m_freshProbe >= 0 ? m_episode[size_t(m_freshProbe)] : origin;
        if (share < shareOf(compare.limited, compare.answers)
            && twoShares(compare.limited, compare.answers, low.limited, low.answers) >= kDecisive)
            deeper(now);
        else
            endAsRandom(now);
        return;
    }
    if (at != m_freshProbe)
        return;
    const Probe fresh = m_episode[size_t(m_freshProbe)];
    if (fresh.answers < kConfirmMin)
        return;
    const bool fell
            = shareOf(low.limited, low.answers) < shareOf(fresh.limited, fresh.answers)
              && twoShares(fresh.limited, fresh.answers, low.limited, low.answers) >= kDecisive;
    if (!fell)
        endAsRandom(now);
    else if (clean)
        endAsLimit(now);
    else
        deeper(now);
}

void Pacer::measureOriginAgain(qint64 now)
{
    const double rate = m_episode.front().rate;
    m_episode.push_back(Probe{rate});
    m_freshProbe = int(m_episode.size()) - 1;
    setRate(rate >= kUnpaced ? 0 : rate, now, m_freshProbe);
}

void Pacer::deeper(qint64 now)
{
    const Probe low = m_episode[size_t(m_lowProbe)];
    const double share = shareOf(low.limited, low.answers);
    const double rate = std::max(
            1.0, std::clamp(low.rate * (1.0 - share) / (1.0 - std::min(0.9, baseShare())),
                            0.3 * low.rate, 0.8 * low.rate));
    m_episode.push_back(Probe{rate});
    m_lowProbe = int(m_episode.size()) - 1;
    m_freshProbe = -1;
    setRate(rate, now, m_lowProbe);
    const double from = m_episode.front().rate;
    say(from < kUnpaced
                ? tr("the tenant is limiting us to about %1; it was %2")
                          .arg(rateText(rate), QLocale().toString(qint64(std::lround(from))))
                : tr("the tenant is limiting us: pacing at about %1; it was not paced")
                          .arg(rateText(rate)));
}

void Pacer::endAsLimit(qint64 now)
{
    const double from = m_episode.front().rate;
    const double pace = m_episode[size_t(m_lowProbe)].rate;
    m_episode.clear();
    m_lowProbe = m_freshProbe = -1;
    m_goodRate = pace; // the tenant takes this pace: held, and climbed from
    m_badRate = from < kUnpaced ? from : 0;
    m_badAtMs = now;
    if (pace != m_rate)
        setRate(pace, now);
    say(from < kUnpaced
                ? tr("the tenant is limiting us to about %1; it was %2")
                          .arg(rateText(pace), QLocale().toString(qint64(std::lround(from))))
                : tr("the tenant is limiting us to about %1; it was not paced")
                          .arg(rateText(pace)));
}

void Pacer::endAsRandom(qint64 now)
{
    // The 429s did not fall with the pace: the tenant's own random ones. Their share is learnt
    // from the paces measured in the episode (not the first measure, taken when it looked
    // worst), and the pace goes back to the configured one: random 429s cost their waits, not
    // the pace. What was concluded before without knowing their share is forgotten; a real limit
    // shows again, now against the right share.
    int k = 0;
    int n = 0;
    for (size_t i = 1; i < m_episode.size(); ++i) {
        k += m_episode[i].limited;
        n += m_episode[i].answers;
    }
    m_episode.clear();
    m_lowProbe = m_freshProbe = -1;
    m_randomShare
            = (m_randomShare * m_randomBasis + double(k)) / double(std::max(1, m_randomBasis + n));
    m_randomBasis = std::min(m_randomBasis + n, 10 * kWindow);
    m_badRate = 0;
    m_badAtMs = -1;
    m_goodRate = 0;
    const double back = m_options.rate;
    setRate(back, now);
    say(tr("the tenant answers about %1 % of calls with 429 whatever the pace; those wait as it "
           "asks, and the pace is back to %2")
                .arg(qRound(m_randomShare * 100))
                .arg(back > 0 ? rateText(back) : tr("unpaced")));
}

void Pacer::climb(qint64 now)
{
    const double next = nextRate(now);
    // The pace left has shown the tenant takes it; one at or above where 429s rose means the
    // limit is gone.
    m_goodRate = std::max(m_goodRate, m_rate);
    if (m_badRate > 0 && (m_rate >= m_badRate * 0.97 || now - m_badAtMs >= kMemoryMs)) {
        m_badRate = 0;
        m_badAtMs = -1;
    }
    setRate(next, now);
    if (m_options.rate > 0 && next >= m_options.rate)
        say(tr("the tenant takes the configured %1 again").arg(rateText(next)));
    else
        say(tr("the tenant takes more again: pacing at about %1").arg(rateText(next)));
}

void Pacer::say(const QString &text)
{
    if (text == m_state)
        return;
    m_state = text;
    Q_EMIT stateChanged(text);
}

QString Pacer::rateText(double rate) const
{
    return tr("%1 %2/s").arg(QLocale().toString(qint64(std::lround(rate))), m_options.unit);
}

} // namespace cxone
