#include "audiencesavejob.h"

#include "apiclient.h"

#include <QJsonArray>
#include <QTimer>

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
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &AudienceSaveJob::poll);
}

AudienceSaveJob::~AudienceSaveJob() = default;

void AudienceSaveJob::run()
{
    setUnit(QStringLiteral("steps"));
    setPhase(QStringLiteral("Validating"));
    setProgress(0, 3);
    const QList<AudienceProblem> problems = validateAudiencePayload(
            m_payload, m_options.catalogue.isEmpty() ? nullptr : &m_options.catalogue,
            m_options.limits);
    if (m_id.trimmed().isEmpty())
        m_problems << QStringLiteral("id: the audience needs an id.");
    for (const AudienceProblem &p : problems)
        m_problems << p.text();
    if (!m_problems.isEmpty()) {
        audit(QStringLiteral("AUDIENCE_SAVE_REFUSED"), QStringLiteral("refused"),
              {{QStringLiteral("problems"), QJsonArray::fromStringList(m_problems)}});
        fail(QStringLiteral("Not saved: %1 problem(s) found before sending. %2")
                     .arg(m_problems.size())
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
    m_pollTimer->stop();
    if (m_call)
        m_call->cancel();
    if (m_cdpCall)
        m_cdpCall->cancel();
    if (!m_call && !m_cdpCall)
        finishCancelled();
}

void AudienceSaveJob::put()
{
    setPhase(QStringLiteral("Saving"));
    m_call = AudiencesApi(m_client).put(m_id, m_payload);
    connect(m_call, &CallHandle::finished, this, [this](const Result &result) {
        m_call = nullptr;
        observe(result);
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
            audit(QStringLiteral("AUDIENCE_SAVE_FAILED"), QStringLiteral("failed"),
                  {{QStringLiteral("status"), result.httpStatus},
                   {QStringLiteral("error"), result.errorText},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(m_problems)},
                   {QStringLiteral("attempts"), qint64(result.attempts.size())}});
            fail(result.error == ErrorKind::BadRequest
                         ? QStringLiteral("The tenant refused the audience and kept the stored "
                                          "one unchanged: %1")
                                   .arg(m_problems.isEmpty()
                                                ? result.errorText
                                                : m_problems.join(QStringLiteral("; ")))
                         : result.errorText);
            return;
        }
        QString error;
        if (!AudiencesApi::parseAudience(result.json.object(), &m_saved, &error)) {
            fail(QStringLiteral("Saved, but the answer was not readable: %1 Reload the audience "
                                "to see it.")
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
        Q_EMIT message(
                QStringLiteral("Saved %1 as version %2.").arg(m_saved.name).arg(m_saved.version));
        notifyCdp();
        setPhase(QStringLiteral("Waiting for the size"));
        m_nextPollMs = m_options.pollStartMs;
        m_evaluationStartMs = elapsedMs();
        schedulePoll();
    });
}

void AudienceSaveJob::notifyCdp()
{
    if (m_options.cdpUrl.isEmpty()) {
        m_cdpDone = true;
        return;
    }
    const bool recalc = m_payload.value(u"recalculate_on_update").toBool(true);
    m_cdpCall = AudiencesApi(m_client).notifyCdp(
            m_options.cdpUrl,
            AudiencesApi::cdpEvent(m_id, m_saved.name, recalc, QDateTime::currentDateTimeUtc()));
    connect(m_cdpCall, &CallHandle::finished, this, [this](const Result &result) {
        m_cdpCall = nullptr;
        m_cdpDone = true;
        observe(result);
        const QString target
                = m_options.cdpUrl.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        if (result.ok()) {
            m_cdpNotified = true;
            audit(QStringLiteral("CDP_NOTIFIED"), QStringLiteral("ok"),
                  {{QStringLiteral("url"), target}, {QStringLiteral("status"), result.httpStatus}});
        } else if (result.error != ErrorKind::Cancelled) {
            m_cdpError = result.errorText;
            audit(QStringLiteral("CDP_NOTIFY_FAILED"), QStringLiteral("failed"),
                  {{QStringLiteral("url"), target}, {QStringLiteral("error"), result.errorText}});
            Q_EMIT message(QStringLiteral("The audience is saved, but the CDP was not told: %1")
                                   .arg(result.errorText));
        }
        if (isCancelRequested() && !m_call) {
            finishCancelled();
            return;
        }
        if (m_evaluationDone)
            finishSaved();
    });
}

void AudienceSaveJob::schedulePoll()
{
    // Without recalculation the stored size stays as it was: one look is enough.
    m_pollTimer->start(m_polls == 0 && m_status != u"evaluating" ? 0 : m_nextPollMs);
}

void AudienceSaveJob::poll()
{
    if (isCancelRequested())
        return;
    ++m_polls;
    m_call = AudiencesApi(m_client).get(m_id, true);
    connect(m_call, &CallHandle::finished, this, [this](const Result &result) {
        m_call = nullptr;
        observe(result);
        if (result.error == ErrorKind::Cancelled || isCancelRequested()) {
            if (!m_cdpCall)
                finishCancelled();
            return;
        }
        AudienceInfo info;
        QString error;
        if (!result.ok() || !AudiencesApi::parseAudience(result.json.object(), &info, &error)) {
            // The save stands; only the size is unknown.
            audit(QStringLiteral("AUDIENCE_SIZE_UNKNOWN"), QStringLiteral("failed"),
                  {{QStringLiteral("error"), result.ok() ? error : result.errorText}});
            Q_EMIT message(QStringLiteral("Saved, but the size could not be read: %1")
                                   .arg(result.ok() ? error : result.errorText));
            m_evaluationDone = true;
            if (m_cdpDone)
                finishSaved();
            return;
        }
        m_status = info.evaluationStatus;
        if (m_status == u"evaluating") {
            if (elapsedMs() - m_evaluationStartMs > m_options.evaluationTimeoutMs) {
                audit(QStringLiteral("AUDIENCE_SIZE_PENDING"), QStringLiteral("info"),
                      {{QStringLiteral("waitedMs"), elapsedMs() - m_evaluationStartMs}});
                Q_EMIT message(QStringLiteral("Saved; the size is still being evaluated."));
                m_evaluationDone = true;
                if (m_cdpDone)
                    finishSaved();
                return;
            }
            setPhase(QStringLiteral("Evaluating the audience (check %1)").arg(m_polls));
            m_nextPollMs = std::min(m_options.pollMaxMs, m_nextPollMs * 3 / 2 + 1);
            schedulePoll();
            return;
        }
        m_size = info.size;
        m_saved.size = info.size;
        m_saved.evaluationStatus = info.evaluationStatus;
        m_saved.lastEvaluated = info.lastEvaluated;
        setProgress(2, 3);
        audit(QStringLiteral("AUDIENCE_EVALUATED"), QStringLiteral("ok"),
              {{QStringLiteral("size"), m_size},
               {QStringLiteral("evaluation_status"), m_status},
               {QStringLiteral("polls"), m_polls}});
        Q_EMIT sizeReady(m_size);
        m_evaluationDone = true;
        if (m_cdpDone)
            finishSaved();
    });
}

void AudienceSaveJob::finishSaved()
{
    setProgress(3, 3);
    setPhase(QStringLiteral("Saved"));
    succeed();
}

} // namespace cxone
