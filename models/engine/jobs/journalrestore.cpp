#include "models/engine/jobs/journalrestore.h"

namespace cxone {

bool JournalRestoreJob::refuseUnverified(const QString &path, const JournalSummary &summary,
                                         const QString &summaryText, const QString &refusedAction)
{
    if (summary.verified || m_acceptUnverified)
        return false;
    m_refusedUnverified = true;
    m_unverifiedText = summaryText;
    const QString error = untrustedJournalRefusal(path, summary);
    audit(refusedAction, QStringLiteral("refused"),
          {{QStringLiteral("error"), error}, {QStringLiteral("journal"), path}});
    refuse(error); // nothing was sent
    return true;
}

void JournalRestoreJob::finishWithNoChange(const QString &text, const QString &completedAction,
                                           QJsonObject details, const QString &path)
{
    details.insert(QStringLiteral("noChange"), true);
    details.insert(QStringLiteral("journal"), path);
    audit(completedAction, QStringLiteral("ok"), details, target());
    m_journalNote = text;
    m_heldNoChange = true;
    Q_EMIT message(text);
    succeed();
}

void JournalRestoreJob::noteCutShort(qint64 sent, qint64 planned)
{
    m_journalNote = journalCutShortText(sent, planned);
    Q_EMIT message(m_journalNote);
}

QJsonObject JournalRestoreJob::startDetails(qint64 contacts, const QString &path,
                                            const JournalSummary &summary)
{
    QJsonObject d{{QStringLiteral("contacts"), contacts},
                  {QStringLiteral("journal"), path},
                  {QStringLiteral("complete"), summary.ended}};
    if (!summary.verified)
        d.insert(QStringLiteral("acceptedUnverified"), summary.untrusted);
    return d;
}

} // namespace cxone
