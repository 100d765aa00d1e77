#include "models/audiences/audiencesworkspace.h"

#include "models/audiences/audiencedocument.h"
#include "models/audiences/audiencelistmodel.h"
#include "models/audiences/audiencesavejob.h"
#include "models/audiences/criteriamodel.h"
#include "models/engine/io/boundedinput.h"
#include "models/engine/session/tenantsession.h"
#include "network/apiclient.h"
#include "network/fileio.h"
#include "network/webhookclient.h"

#include <QLocale>
#include <QSettings>
#include <QUndoStack>
#include <QUuid>

namespace cxone {

namespace {

const auto kCdpKey = QStringLiteral("audiences/cdpUrl");

QString membersText(qint64 size)
{
    return AudiencesWorkspace::tr("%1 members").arg(QLocale().toString(size));
}

} // namespace

AudiencesWorkspace::AudiencesWorkspace(QObject *parent)
    : Workspace(parent)
    , m_doc(new AudienceDocument(this))
    , m_list(new AudienceListModel(this))
    , m_cdpUrl(QSettings().value(kCdpKey).toString())
{
    connect(m_doc, &AudienceDocument::changed, this, &AudiencesWorkspace::problemsChanged);
    connect(m_doc, &AudienceDocument::propertiesChanged, this,
            &AudiencesWorkspace::onPropertiesChanged);
    connect(m_doc->undoStack(), &QUndoStack::cleanChanged, this,
            &AudiencesWorkspace::onCleanChanged);
    // A later successful edit replaces a refusal's red message.
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (statusIsProblem())
            setStatus(m_doc->isModified() ? unsavedText() : tr("No unsaved changes."));
    });
    connect(m_doc->criteria(), &CriteriaModel::refused, this,
            [this](const QString &reason) { setStatus(reason, true); });
    m_doc->startNew(QUuid::createUuid().toString(QUuid::WithoutBraces),
                    QStringLiteral("customer_360"));
}

AudiencesWorkspace::~AudiencesWorkspace()
{
    // The document is a child, deleted after this stops being one; clearing its undo stack then
    // must not call back into the workspace.
    m_doc->undoStack()->disconnect(this);
    m_doc->criteria()->disconnect(this);
    m_doc->disconnect(this);
}

void AudiencesWorkspace::onSessionChanged(TenantSession *session)
{
    m_catalogues.clear();
    m_list->setAudiences({});
    if (!session) {
        setStatus(tr("Connect to a tenant to load and save audiences."));
        return;
    }
    if (session->isDemo() && m_cdpUrl.isEmpty())
        setCdpUrl(
                session->client()->resolve(QUrl(QStringLiteral("/_sim/webhooks/cdp"))).toString());
    refresh();
    loadCatalogue(m_doc->dataSource());
}

void AudiencesWorkspace::onCleanChanged(bool clean)
{
    m_list->setModifiedId(clean ? QString() : m_doc->audienceId());
    Q_EMIT titleChanged();
    if (!clean) {
        m_showProblems = true;
        Q_EMIT problemsChanged();
        if (!statusIsProblem())
            setStatus(unsavedText());
    } else if (status() == unsavedText()) {
        setStatus(tr("No unsaved changes.")); // undone back to what was saved
    }
}

void AudiencesWorkspace::onPropertiesChanged()
{
    m_list->setModifiedId(m_doc->isModified() ? m_doc->audienceId() : QString());
    Q_EMIT titleChanged();
    // The catalogue follows the data source, undo included.
    if (m_doc->criteria()->catalogue().dataSource() != m_doc->dataSource())
        loadCatalogue(m_doc->dataSource());
}

void AudiencesWorkspace::setSizeText(const QString &text)
{
    m_sizeText = text;
    Q_EMIT sizeChanged();
}

void AudiencesWorkspace::setCdpUrl(const QString &url)
{
    m_cdpUrl = url.trimmed();
    QSettings().setValue(kCdpKey, m_cdpUrl);
}

// --- the list and the document

void AudiencesWorkspace::refresh()
{
    if (!session())
        return;
    if (m_listCall)
        m_listCall->cancel();
    setStatus(tr("Loading the audiences…"));
    m_listCall = AudiencesApi(session()->client()).list();
    connect(m_listCall, &CallHandle::finished, this, [this](const Result &r) {
        if (r.error == ErrorKind::Cancelled)
            return;
        const Expected<QList<AudienceInfo>> list = AudiencesApi::readList(r);
        if (!list) {
            setStatus(list.error(), true);
            return;
        }
        m_list->setAudiences(*list);
        setStatus(tr("%n audience(s).", nullptr, int(list->size())));
        Q_EMIT listLoaded();
        Q_EMIT current(m_doc->audienceId());
    });
}

void AudiencesWorkspace::load(const QString &id)
{
    if (!session())
        return;
    if (m_loadCall)
        m_loadCall->cancel();
    setStatus(tr("Loading %1…").arg(id));
    m_loadCall = AudiencesApi(session()->client()).get(id, true);
    connect(m_loadCall, &CallHandle::finished, this, [this, id](const Result &r) {
        if (r.error == ErrorKind::Cancelled)
            return;
        const Expected<AudienceInfo> loaded = AudiencesApi::readAudience(r);
        if (!loaded) {
            setStatus(loaded.error(), true);
            Q_EMIT current(m_doc->audienceId());
            return;
        }
        const AudienceInfo &a = *loaded;
        m_showProblems = true;
        m_doc->load(a);
        m_list->upsert(a);
        setSizeText(a.size >= 0 ? membersText(a.size) : QString());
        loadCatalogue(a.dataSource);
        setStatus(tr("Loaded %1 (version %2).").arg(a.name).arg(a.version));
        Q_EMIT current(a.id);
        Q_EMIT audienceLoaded(id);
    });
}

void AudiencesWorkspace::startNew()
{
    m_showProblems = false;
    m_doc->startNew(QUuid::createUuid().toString(QUuid::WithoutBraces),
                    m_doc->dataSource().isEmpty() ? QStringLiteral("customer_360")
                                                  : m_doc->dataSource());
    setSizeText({});
    applyCatalogue();
    Q_EMIT current(QString());
    setStatus(tr("A new audience: name it and build its criteria."));
}

QString AudiencesWorkspace::titleText() const
{
    QString title = m_doc->name().trimmed();
    if (title.isEmpty())
        title = m_doc->version() >= 0 ? m_doc->audienceId() : tr("New audience");
    return m_doc->isModified() ? title + QStringLiteral(" \u25CF") : title;
}

QString AudiencesWorkspace::unsavedText()
{
    return tr("Unsaved changes: Save (Ctrl+S) writes them to the tenant.");
}

QStringList AudiencesWorkspace::problemTexts() const
{
    if (!m_showProblems && !m_doc->isModified() && m_doc->version() < 0) {
        // An untouched new draft is not wrong yet: say what to do instead of listing errors.
        return {tr("Name the audience, then choose a field for the first condition (or pick an "
                   "audience on the left to edit it).")};
    }
    QStringList out;
    for (const AudienceProblem &p : m_doc->problems())
        out << audienceProblemText(p, m_doc->criteria()->root(), m_doc->criteria()->catalogue());
    if (out.isEmpty())
        out << tr("No problems: ready to save.");
    return out;
}

// --- catalogues

void AudiencesWorkspace::loadCatalogue(const QString &source)
{
    if (m_catalogues.contains(source)) {
        applyCatalogue();
        return;
    }
    if (!session() || !AudiencesApi::dataSources().contains(source)
        || m_catalogueCalls.value(source))
        return;
    auto *call = AudiencesApi(session()->client()).fields(source);
    m_catalogueCalls.insert(source, call);
    connect(call, &CallHandle::finished, this, [this, source](const Result &r) {
        m_catalogueCalls.remove(source);
        const Expected<QList<AudienceField>> fields = AudiencesApi::readFields(r);
        if (!fields) {
            if (r.error != ErrorKind::Cancelled)
                setStatus(tr("The fields of %1 did not load: %2").arg(source, fields.error()),
                          true);
            return;
        }
        m_catalogues.insert(source, FieldCatalogue(source, *fields));
        applyCatalogue();
        Q_EMIT catalogueLoaded(source);
    });
}

void AudiencesWorkspace::applyCatalogue()
{
    const auto it = m_catalogues.constFind(m_doc->dataSource());
    m_doc->criteria()->setCatalogue(
            it != m_catalogues.cend() ? *it : FieldCatalogue(m_doc->dataSource(), {}));
}

// --- save

bool AudiencesWorkspace::canApply() const
{
    return session() != nullptr;
}

bool AudiencesWorkspace::isSaving() const
{
    return qobject_cast<AudienceSaveJob *>(runningJob()) && isBusy();
}

bool AudiencesWorkspace::save()
{
    m_showProblems = true;
    if (!session()) {
        setStatus(tr("Connect to a tenant first."), true);
        return false;
    }
    if (isSaving()) {
        setStatus(tr("A save is already running."), true);
        return false;
    }
    const QList<AudienceProblem> problems = m_doc->problems();
    Q_EMIT problemsChanged(); // they show now, even for a fresh draft
    if (!problems.isEmpty()) {
        setStatus(
                tr("Not saved: fix the %n problem(s) listed first.", nullptr, int(problems.size())),
                true);
        return false;
    }
    AudienceSaveJob::Options options;
    options.catalogue = m_doc->criteria()->catalogue();
    options.limits = m_doc->criteria()->limits();
    if (!m_cdpUrl.isEmpty()) {
        const QUrl url(m_cdpUrl);
        if (const QString problem = webhookUrlProblem(url, tr("The CDP webhook URL"));
            !problem.isEmpty()) {
            setStatus(problem, true);
            return false;
        }
        options.cdpUrl = url;
    }
    auto *job = new AudienceSaveJob(session()->client(), m_doc->audienceId(), m_doc->toPayload(),
                                    options);
    setSizeText(tr("evaluating…"));
    setStatus(tr("Saving…"));
    connect(job, &AudienceSaveJob::saved, this, [this](const AudienceInfo &a) {
        m_doc->markSaved(a.version);
        m_list->upsert(a);
        Q_EMIT current(a.id); // the saved audience is the current row
        setStatus(tr("Saved as version %1; evaluating the size…").arg(a.version));
    });
    connect(job, &AudienceSaveJob::sizeReady, this,
            [this](qint64 size) { setSizeText(membersText(size)); });
    connect(job, &Job::finished, this, [this, job](JobState state) {
        if (!job->savedAudience().id.isEmpty()) // a refused save stored nothing
            m_list->upsert(job->savedAudience());
        if (state == JobState::Succeeded) {
            QString text = job->size() >= 0
                                   ? tr("Saved. Size: %1.").arg(QLocale().toString(job->size()))
                                   : tr("Saved. The size is not known yet.");
            if (!job->cdpError().isEmpty())
                text += u' ' + tr("The CDP was not notified: %1").arg(job->cdpError());
            else if (job->cdpNotified())
                text += u' ' + tr("CDP notified.");
            setStatus(text, !job->cdpError().isEmpty());
            if (job->size() < 0)
                setSizeText(tr("size pending"));
        } else {
            setSizeText({});
            setStatus(job->errorText(), true);
        }
        Q_EMIT saveFinished(state == JobState::Succeeded);
        if (state != JobState::Succeeded && job->conflictVersion() >= 0)
            Q_EMIT conflict(job->conflictVersion());
    });
    start(job);
    return true;
}

QString AudiencesWorkspace::conflictText(qint64 theirs) const
{
    const QString name = m_doc->name().isEmpty() ? tr("This audience") : m_doc->name();
    return tr("%1 was saved by someone else while you edited it: the tenant holds version %2, "
              "your edit started from version %3.")
            .arg(name)
            .arg(theirs)
            .arg(m_doc->version());
}

bool AudiencesWorkspace::overwrite(qint64 theirs)
{
    m_doc->setVersion(theirs);
    return save();
}

// --- files

bool AudiencesWorkspace::importFrom(const QString &path, QString *error)
{
    QByteArray bytes;
    QString why;
    if (readBounded(path, 4 * 1024 * 1024, &bytes, &why, tr("the audience file %1").arg(path))
        && !m_doc->importJson(bytes, &why))
        why = tr("%1: %2").arg(path, why);
    if (!why.isEmpty()) {
        setStatus(why, true);
        if (error)
            *error = why;
        return false;
    }
    setStatus(tr("Imported %1 (Undo takes it back).").arg(path));
    return true;
}

bool AudiencesWorkspace::exportTo(const QString &path, QString *error)
{
    QString why;
    if (!writeOutputFile(path, m_doc->toJson(), &why)) {
        setStatus(why, true);
        if (error)
            *error = why;
        return false;
    }
    setStatus(tr("Exported to %1.").arg(path));
    return true;
}

} // namespace cxone
