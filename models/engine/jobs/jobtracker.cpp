#include "models/engine/jobs/jobtracker.h"

#include <QLocale>
#include <QTimer>

namespace cxone {

namespace {

constexpr qint64 kWindowMs = 10000;

} // namespace

JobTracker::JobTracker(Job *job, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_progress(job->progress())
    , m_state(job->state())
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_job && m_state == JobState::Running) {
            sample(m_job->elapsedMs(), m_progress.done);
            Q_EMIT changed();
        }
    });
    connect(job, &Job::progressChanged, this, &JobTracker::onProgress);
    connect(job, &Job::stateChanged, this, &JobTracker::onState);
    connect(job, &Job::retryWaiting, this, [this](const QString &text) {
        m_waitText = text;
        Q_EMIT changed();
    });
    connect(job, &Job::callObserved, this, [this](const CallSample &) {
        if (!m_waitText.isEmpty()) {
            m_waitText.clear();
            Q_EMIT changed();
        }
    });
    if (m_state == JobState::Running)
        m_tick->start();
}

JobTracker::~JobTracker() = default;

void JobTracker::onProgress(const JobProgress &progress)
{
    m_progress = progress;
    if (m_job)
        sample(m_job->elapsedMs(), progress.done);
    Q_EMIT changed();
}

void JobTracker::onState(JobState state)
{
    m_state = state;
    if (state == JobState::Running)
        m_tick->start();
    else if (m_job && m_job->isFinished()) {
        m_tick->stop();
        m_waitText.clear();
        m_lastElapsed = m_job->elapsedMs();
    }
    Q_EMIT changed();
}

void JobTracker::sample(qint64 atMs, qint64 done)
{
    if (!m_samples.empty() && m_samples.back().first == atMs) {
        m_samples.back().second = done;
    } else {
        m_samples.emplace_back(atMs, done);
    }
    while (m_samples.size() > 2 && m_samples.front().first < atMs - kWindowMs)
        m_samples.pop_front();
    m_lastElapsed = atMs;
}

double JobTracker::perSecond() const
{
    if (m_job && m_job->isFinished()) {
        const qint64 ms = m_job->elapsedMs();
        // One definition everywhere: what this run did over the whole time it ran.
        return ms > 0 ? double(m_progress.done - m_progress.doneBefore) * 1000.0 / double(ms) : 0.0;
    }
    if (m_samples.size() < 2)
        return 0.0;
    const auto &first = m_samples.front();
    const auto &last = m_samples.back();
    const qint64 span = last.first - first.first;
    return span > 0 ? double(last.second - first.second) * 1000.0 / double(span) : 0.0;
}

qint64 JobTracker::etaMs() const
{
    const double rate = perSecond();
    if (m_state != JobState::Running || m_progress.total <= 0 || rate <= 0)
        return -1;
    const qint64 left = std::max<qint64>(0, m_progress.total - m_progress.done);
    return qint64(double(left) * 1000.0 / rate);
}

double JobTracker::fraction() const
{
    if (m_progress.total <= 0)
        return m_state == JobState::Succeeded ? 1.0 : -1.0;
    return std::clamp(double(m_progress.done) / double(m_progress.total), 0.0, 1.0);
}

QString JobTracker::formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
                .arg(s / 3600)
                .arg((s / 60) % 60, 2, 10, QChar(u'0'))
                .arg(s % 60, 2, 10, QChar(u'0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

QString JobTracker::processedText(qint64 done, qint64 total, const QString &unit,
                                  const QString &breakdown, int percent)
{
    const QLocale locale;
    QString text = total >= 0 ? tr("%1 of %2 %3 processed")
                                        .arg(locale.toString(done), locale.toString(total), unit)
                              : tr("%1 %2 processed").arg(locale.toString(done), unit);
    if (percent >= 0)
        text += QStringLiteral(" (%1\u00a0%)").arg(percent);
    if (!breakdown.isEmpty())
        text += QStringLiteral(": ") + breakdown;
    return text;
}

QString JobTracker::progressText() const
{
    const QLocale locale;
    if (!m_progress.breakdown.isEmpty())
        return processedText(m_progress.done, m_progress.total, m_progress.unit,
                             m_progress.breakdown);
    if (m_progress.total > 0)
        return tr("%1 / %2 %3")
                .arg(locale.toString(m_progress.done), locale.toString(m_progress.total),
                     m_progress.unit)
                .trimmed();
    return QStringLiteral("%1 %2").arg(locale.toString(m_progress.done), m_progress.unit).trimmed();
}

QString JobTracker::rateText() const
{
    const double rate = perSecond();
    if (rate <= 0)
        return {};
    const QLocale locale;
    const QString unit = m_progress.unit.isEmpty() ? tr("items") : m_progress.unit;
    return tr("%1 %2/s").arg(locale.toString(rate, 'f', rate < 10 ? 1 : 0), unit);
}

QString JobTracker::etaText() const
{
    const qint64 eta = etaMs();
    return eta < 0 ? QString() : tr("about %1 left").arg(formatDuration(eta));
}

QString JobTracker::statusText() const
{
    QStringList parts;
    if (!m_progress.phase.isEmpty())
        parts << m_progress.phase;
    if (!m_progress.breakdown.isEmpty())
        parts << processedText(m_progress.done, m_progress.total, m_progress.unit,
                               m_progress.breakdown,
                               m_progress.total > 0 ? int(100.0 * fraction()) : -1);
    else if (m_progress.total > 0)
        parts << QStringLiteral("%1 (%2\u00a0%)").arg(progressText()).arg(int(100.0 * fraction()));
    else if (m_progress.done > 0)
        parts << progressText();
    if (m_state == JobState::Running) {
        if (const QString r = rateText(); !r.isEmpty())
            parts << r;
        if (const QString e = etaText(); !e.isEmpty())
            parts << e;
    }
    QString line = parts.join(QStringLiteral(" · "));
    if (!m_waitText.isEmpty())
        line += QStringLiteral(" — ") + m_waitText;
    return line;
}

} // namespace cxone
