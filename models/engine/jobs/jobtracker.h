#pragma once

#include "models/engine/job.h"

#include <QObject>
#include <QPointer>

#include <deque>

class QTimer;

namespace cxone {

// Follows one job and derives what people read about it, with one definition for every place
// that shows it (a page's progress line, the activity pane, the command line):
//   throughput  units per second over the last 10 s of progress (so a slowing job shows it);
//   ETA         what is left divided by that throughput;
//   progress    done of total (the status line adds the percentage when the total is known);
//   waiting     a sentence while a call waits before retrying ("The tenant is rate-limiting;
//               waiting 2 s (retry 3 of 8)").
class JobTracker final : public QObject
{
    Q_OBJECT
public:
    explicit JobTracker(Job *job, QObject *parent = nullptr);
    ~JobTracker() override;

    Job *job() const { return m_job; }
    JobState state() const { return m_state; }
    const JobProgress &progress() const { return m_progress; }

    double perSecond() const; // recent throughput; the whole run's average once finished
    qint64 etaMs() const;     // -1 when it cannot be told
    double fraction() const;  // 0..1, or -1 when the total is unknown
    QString waitText() const { return m_waitText; }

    // "12,000 / 230,000 records"; for a job that says what its done ones came to, "8 of 8
    // contacts processed: 7 applied, 1 not on the list".
    QString progressText() const;
    QString rateText() const; // "688 records/s"
    QString etaText() const;  // "about 4:05 left" (empty when unknown)
    // One line for a status bar or a terminal: phase, progress, rate, ETA, and the wait.
    QString statusText() const;

    static QString formatDuration(qint64 ms); // 0:42, 4:05, 1:02:03; "–" when negative
    // "8 of 8 contacts processed" (with " (100 %)" when percent >= 0), then ": " and the
    // breakdown when there is one: the one wording of a job's processed items everywhere.
    static QString processedText(qint64 done, qint64 total, const QString &unit,
                                 const QString &breakdown, int percent = -1);

    // Feeds one (time, done) sample; the tracker samples on every progress change and once a
    // second. Exposed so that tests can drive it with their own clock.
    void sample(qint64 atMs, qint64 done);

Q_SIGNALS:
    // Something shown changed (at most a few times a second).
    void changed();

private:
    void onProgress(const JobProgress &progress);
    void onState(JobState state);

    QPointer<Job> m_job;
    JobProgress m_progress;
    JobState m_state = JobState::Pending;
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms since start, done)
    QString m_waitText;
    QTimer *m_tick;
    qint64 m_lastElapsed = 0;
};

} // namespace cxone
