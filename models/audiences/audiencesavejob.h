#pragma once

#include "models/audiences/audiencedocument.h"
#include "models/engine/job.h"
#include "models/engine/jobs/poller.h"

#include <QPointer>
#include <QUrl>

namespace cxone {

class ApiClient;
class CallHandle;

// Saves one audience atomically: validates locally (nothing is sent when the payload has a
// problem), PUTs it (the pipeline retries 429/5xx within its bounds: PUT is idempotent), tells
// the CDP, then polls until the size is evaluated. Every step is audited; a CDP failure is
// reported but never undoes the save.
class AudienceSaveJob final : public Job
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl cdpUrl;              // empty: no CDP notification
        FieldCatalogue catalogue; // empty: field checks are left to the server
        CriteriaLimits limits;
        int pollStartMs = 250;            // first wait before asking for the size
        int pollMaxMs = 2000;             // longest wait between two polls
        int evaluationTimeoutMs = 120000; // give up waiting for the size (the save stands)
        int pollFailures = 3;             // failed size reads in a row before giving up
    };

    AudienceSaveJob(ApiClient *client, QString audienceId, QJsonObject payload, Options options,
                    QObject *parent = nullptr);
    ~AudienceSaveJob() override;

    // Outcome, readable once finished.
    QStringList problems() const { return m_problems; }    // local or server-side refusal
    AudienceInfo savedAudience() const { return m_saved; } // the stored audience after the PUT
    qint64 size() const { return m_size; }                 // -1 until evaluated
    QString evaluationStatus() const { return m_status; }
    bool cdpNotified() const { return m_cdpNotified; }
    QString cdpError() const { return m_cdpError; }
    int polls() const;
    // Saved, but the size could not be read (the save stands; sizeError() says why).
    bool sizeUnknown() const { return !m_sizeError.isEmpty(); }
    QString sizeError() const { return m_sizeError; }
    // A 409: someone else saved the audience since it was loaded; the version stored now.
    qint64 conflictVersion() const { return m_conflictVersion; }

Q_SIGNALS:
    void saved(const cxone::AudienceInfo &audience);
    void sizeReady(qint64 size);

protected:
    void run() override;
    void onCancel() override;

private:
    void put();
    void notifyCdp();
    void startPolling();
    void onPolled(Poller::Outcome outcome);
    void finishSaved();

    ApiClient *m_client;
    QString m_id;
    QJsonObject m_payload;
    Options m_options;
    QStringList m_problems;
    AudienceInfo m_saved;
    qint64 m_size = -1;
    QString m_status;
    bool m_cdpNotified = false;
    bool m_cdpDone = false;
    bool m_evaluationDone = false;
    QString m_cdpError;
    QString m_sizeError;
    qint64 m_conflictVersion = -1;
    bool m_putInFlight = false;
    Poller *m_poller;
};

} // namespace cxone
