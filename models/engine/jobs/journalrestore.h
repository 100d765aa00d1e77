#pragma once

#include "models/engine/job.h"
#include "models/engine/jobs/journal.h"

namespace cxone {

// What the two restores (a sanitize run's, an enrichment run's undo) share about trusting their
// journal and saying what it holds: a journal this machine did not sign is refused unless a
// person accepted it after reading its summary, one that holds no change ends the restore with
// that sentence, and one without its closing line is said to be cut short.
class JournalRestoreJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;

    // Restores a journal this machine did not sign: only after a person confirmed its summary.
    void setAcceptUnverified(bool accept) { m_acceptUnverified = accept; }
    // Refused because the journal is not signed by this machine; unverifiedText() is what a
    // person reads before accepting it.
    bool refusedUnverified() const { return m_refusedUnverified; }
    QString unverifiedText() const { return m_unverifiedText; }
    // What the journal says of itself beside the outcome: that it holds no change, or that it
    // ends before its closing line (and how much of the run it records). Empty otherwise.
    QString journalNote() const { return m_journalNote; }
    bool heldNoChange() const { return m_heldNoChange; }

protected:
    bool acceptsUnverified() const { return m_acceptUnverified; }
    // True (and the job failed, audited under `refusedAction`) when the journal is not signed by
    // this machine and no one accepted it; `summaryText` is what the person would read.
    bool refuseUnverified(const QString &path, const JournalSummary &summary,
                          const QString &summaryText, const QString &refusedAction);
    // The restore has nothing to do: says `text`, audits `completedAction` with `details`, and
    // succeeds.
    void finishWithNoChange(const QString &text, const QString &completedAction,
                            QJsonObject details, const QString &path);
    // The journal has no closing line: says so (and keeps it for the outcome).
    void noteCutShort(qint64 sent, qint64 planned);
    // The audit details of a restore that starts; an accepted unverified journal says why it was
    // not trusted.
    static QJsonObject startDetails(qint64 contacts, const QString &path,
                                    const JournalSummary &summary);

private:
    bool m_acceptUnverified = false;
    bool m_refusedUnverified = false;
    bool m_heldNoChange = false;
    QString m_unverifiedText;
    QString m_journalNote;
};

} // namespace cxone
