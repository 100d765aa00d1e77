#include "models/audiences/audiencesavejob.h"

#include "network/apiclient.h"
#include "network/webhookclient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cxone {

namespace {

const QString jobKind = QStringLiteral("audience-save");

} // namespace

AudienceSaveJob::AudienceSaveJob(ApiClient *client, QString audienceId, QJsonObject payload,
                                 Options options, QObject *parent)
    : Job(jobKind, audienceId, parent)
    , m_client(client)
    , m_id(std::move(audienceId))
    , m_payload(std::move(payload))
    , m_options(std::move(options))
    , m_poller(new Poller(this))
{
    const QString name = m_payload.value(u"name").toString();
    setTargetName(name);
    setTitle(tr("Save audience · %1").arg(name.isEmpty() ? m_id : name));
    connect(m_poller, &Poller::callStarted, this, [this](CallHandle *call) { watch(call); });
    connect(m_poller, &Poller::finished, this, &AudienceSaveJob::onPolled);
    connect(m_poller, &Poller::polled, this, [this](int n, const Result &r, bool failure) {
        if (failure)
            Q_EMIT message(tr("Reading the size failed (%1); asking again.").arg(r.errorText));
        else
            setPhase(tr("Evaluating the audience (check %1)").arg(n));
    });
}

AudienceSaveJob::~AudienceSaveJob() = default;

int AudienceSaveJob::polls() const
{
    return m_poller->polls();
}

void AudienceSaveJob::run()
{
    setUnit(QStringLiteral("steps"));
    setPhase(tr("Validating"));
    setProgress(0, 3);
    const QList<AudienceProblem> problems = validateAudiencePayload(
            m_payload, m_options.catalogue.isEmpty() ? nullptr : &m_options.catalogue,
            m_options.limits);
    if (m_id.trimmed().isEmpty())
        m_problems << tr("id: the audience needs an id.");
    for (const AudienceProblem &p : problems)
        m_problems << p.text();
    if (!m_options.cdpUrl.isEmpty()) {
        if (const QString problem = webhookUrlProblem(m_options.cdpUrl, tr("The CDP URL"));
            !problem.isEmpty())
            m_problems << problem;
    }
    if (!m_problems.isEmpty()) {
        audit(QStringLiteral("AUDIENCE_SAVE_REFUSED"), QStringLiteral("refused"),
              {{QStringLiteral("problems"), QJsonArray::fromStringList(m_problems)}});
        fail(tr("Not saved: %n problem(s) found before sending. %1", nullptr,
                int(m_problems.size()))
                     .arg(m_problems.join(u' ')));
        return;
    }
    audit(QStringLiteral("AUDIENCE_SAVE_STARTED"), QStringLiteral("info"),
          {{QStringLiteral("name"), m_payload.value(u"name")},
           {QStringLiteral("data_source"), m_payload.value(u"data_source")},
           {QStringLiteral("version"), m_payload.value(u"version")},
           {QStringLiteral("recalculate"), m_payload.value(u"recalculate_on_update").toBool(true)},
           {QStringLiteral("criteria"), m_payload.value(u"criteria")},
           {QStringLiteral("exclusions"), m_payload.value(u"exclusions").toArray().size()}});
    put();
}

void AudienceSaveJob::onCancel()
{
    m_poller->cancel(); // finishes through onPolled
    if (!m_putInFlight && watchedInFlight() == 0 && !isFinished())
        finishCancelled();
}

void AudienceSaveJob::put()
{
    setPhase(tr("Saving"));
    m_putInFlight = true;
    CallHandle *call = watch(AudiencesApi(m_client).put(m_id, m_payload));
    connect(call, &CallHandle::finished, this, [this](const Result &result) {
        m_putInFlight = false;
        if (result.error == ErrorKind::Cancelled || isCancelRequested()) {
            // A PUT cancelled in flight may still have reached the tenant: say so.
            audit(QStringLiteral("AUDIENCE_SAVE_CANCELLED"), QStringLiteral("cancelled"),
                  {{QStringLiteral("note"),
                    QStringLiteral("cancelled while saving; reload to see what is stored")}});
            finishCancelled();
            return;
        }
        if (!result.ok()) {
            m_problems = AudiencesApi::problemsOf(result.body);
            if (result.error == ErrorKind::Conflict)
                m_conflictVersion = QJsonDocument::fromJson(result.body)
                                            .object()
                                            .value(u"current_version")
                                            .toInteger(-1);
            audit(QStringLiteral("AUDIENCE_SAVE_FAILED"), QStringLiteral("failed"),
                  {{QStringLiteral("status"), result.httpStatus},
                   {QStringLiteral("error"), result.errorText},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(m_problems)},
                   {QStringLiteral("attempts"), qint64(result.attempts.size())}});
            if (result.error == ErrorKind::Conflict)
                fail(tr("Not saved: someone else saved this audience since it was loaded (the "
                        "tenant now holds version %1; this edit started from version %2). "
                        "Reload it to see their changes, or save again over them.")
                             .arg(m_conflictVersion)
                             .arg(m_payload.value(u"version").toInteger()));
            else if (result.error == ErrorKind::BadRequest)
                fail(tr("The tenant refused the audience and kept the stored one unchanged: %1")
                             .arg(m_problems.isEmpty() ? result.errorText
                                                       : m_problems.join(QStringLiteral("; "))));
            else
                fail(result.errorText);
            return;
        }
        QString error;
        if (!AudiencesApi::parseAudience(result.json.object(), &m_saved, &error)) {
            fail(tr("Saved, but the answer was not readable: %1 Reload the audience to see it.")
                         .arg(error));
            return;
        }
        m_status = m_saved.evaluationStatus;
        m_size = m_status == u"ready" ? m_saved.size : -1;
        audit(QStringLiteral("AUDIENCE_SAVED"), QStringLiteral("ok"),
              {{QStringLiteral("version"), m_saved.version},
               {QStringLiteral("status"), result.httpStatus},
               {QStringLiteral("evaluation_status"), m_status},
               {QStringLiteral("attempts"), qint64(result.attempts.size())}});
        setProgress(1, 3);
        Q_EMIT saved(m_saved);
        Q_EMIT message(tr("Saved %1 as version %2.").arg(m_saved.name).arg(m_saved.version));
        notifyCdp();
        startPolling();
    });
}

void AudienceSaveJob::notifyCdp()
{
    if (m_options.cdpUrl.isEmpty()) {
        m_cdpDone = true;
        return;
    }
    const bool recalc = m_payload.value(u"recalculate_on_update").toBool(true);
    const QJsonObject event
            = AudiencesApi::cdpEvent(m_id, m_saved.name, recalc, QDateTime::currentDateTimeUtc());
    CallHandle *call = watch(WebhookClient(m_client).post(
            {m_options.cdpUrl,
             QJsonDocument(event).toJson(QJsonDocument::Compact),
             tr("Notifying the CDP"),
             // The same saved version is the same event for the receiver.
             QStringLiteral("audience-%1-v%2").arg(m_id).arg(m_saved.version).toUtf8(),
             {},
             {}}));
    connect(call, &CallHandle::finished, this, [this](const Result &result) {
        m_cdpDone = true;
        const QString target = webhookDisplay(m_options.cdpUrl);
        if (result.ok()) {
            m_cdpNotified = true;
            audit(QStringLiteral("CDP_NOTIFIED"), QStringLiteral("ok"),
                  {{QStringLiteral("url"), target}, {QStringLiteral("status"), result.httpStatus}});
        } else if (result.error != ErrorKind::Cancelled) {
            m_cdpError = result.errorText;
            audit(QStringLiteral("CDP_NOTIFY_FAILED"), QStringLiteral("failed"),
                  {{QStringLiteral("url"), target}, {QStringLiteral("error"), result.errorText}});
            Q_EMIT message(tr("The audience is saved, but the CDP was not told: %1")
                                   .arg(result.errorText));
        }
        if (isCancelRequested() && !m_poller->isRunning()) {
            finishCancelled();
            return;
        }
        if (m_evaluationDone)
            finishSaved();
    });
}

void AudienceSaveJob::startPolling()
{
    setPhase(tr("Waiting for the size"));
    Poller::Options o;
    // Without recalculation the stored size stays as it was: one look is enough, at once.
    o.firstDelayMs = m_status == u"evaluating" ? m_options.pollStartMs : 0;
    o.initialIntervalMs = m_options.pollStartMs;
    o.maxIntervalMs = m_options.pollMaxMs;
    o.deadlineMs = m_options.evaluationTimeoutMs;
    o.maxFailures = m_options.pollFailures;
    m_poller->setOptions(o);
    m_poller->start([this] { return AudiencesApi(m_client).get(m_id, true); },
                    [this](const Result &result, QString *why) {
                        AudienceInfo info;
                        if (!AudiencesApi::parseAudience(result.json.object(), &info, why))
                            return Poller::Verdict::Failed;
                        m_status = info.evaluationStatus;
                        if (m_status == u"evaluating")
                            return Poller::Verdict::Again;
                        m_size = info.size;
                        m_saved.size = info.size;
                        m_saved.evaluationStatus = info.evaluationStatus;
                        m_saved.lastEvaluated = info.lastEvaluated;
                        return Poller::Verdict::Done;
                    });
}

void AudienceSaveJob::onPolled(Poller::Outcome outcome)
{
    switch (outcome) {
    case Poller::Outcome::Done:
        setProgress(2, 3);
        audit(QStringLiteral("AUDIENCE_EVALUATED"), QStringLiteral("ok"),
              {{QStringLiteral("size"), m_size},
               {QStringLiteral("evaluation_status"), m_status},
               {QStringLiteral("polls"), m_poller->polls()}});
        Q_EMIT sizeReady(m_size);
        break;
    case Poller::Outcome::TimedOut:
        audit(QStringLiteral("AUDIENCE_SIZE_PENDING"), QStringLiteral("info"),
              {{QStringLiteral("waitedMs"), m_poller->elapsedMs()}});
        m_sizeError = tr("the size is still being evaluated after %1 s")
                              .arg(m_poller->elapsedMs() / 1000);
        Q_EMIT message(tr("Saved; %1.").arg(m_sizeError));
        break;
    case Poller::Outcome::Failed:
        // The save stands; only the size is unknown.
        m_sizeError = m_poller->reason();
        audit(QStringLiteral("AUDIENCE_SIZE_UNKNOWN"), QStringLiteral("failed"),
              {{QStringLiteral("error"), m_sizeError},
               {QStringLiteral("polls"), m_poller->polls()}});
        Q_EMIT message(tr("Saved, but the size could not be read: %1").arg(m_sizeError));
        break;
    case Poller::Outcome::Cancelled:
        if (!isFinished() && (m_cdpDone || watchedInFlight() == 0))
            finishCancelled();
        return;
    }
    m_evaluationDone = true;
    if (m_cdpDone)
        finishSaved();
}

void AudienceSaveJob::finishSaved()
{
    if (isCancelRequested()) {
        finishCancelled();
        return;
    }
    setProgress(3, 3);
    setPhase(tr("Saved"));
    succeed();
}

} // namespace cxone
