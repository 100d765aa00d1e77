#include "models/contactlists/contactlistsworkspace.h"

#include "models/contactlists/previewmodel.h"
#include "models/contactlists/sanitizehistory.h"
#include "models/contactlists/sanitizejobs.h"
#include "models/engine/entitylistmodel.h"
#include "models/engine/jobs/journal.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/text.h"
#include "network/apiclient.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent>

namespace cxone {

namespace {

const auto kGuardKey = QStringLiteral("sanitize/purgeGuardPercent");

} // namespace

ContactListsWorkspace::ContactListsWorkspace(QObject *parent)
    : Workspace(parent)
    , m_listModel(new EntityListModel(this))
    , m_guardPercent(QSettings().value(kGuardKey, 20).toInt())
    , m_model(new PreviewModel(this))
    , m_filter(new PreviewFilterModel(this))
    , m_runModel(new SanitizeRunModel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);
    connect(m_model, &PreviewModel::countsChanged, this, [this] {
        Q_EMIT countsChanged();
        Q_EMIT actionsChanged();
    });
}

ContactListsWorkspace::~ContactListsWorkspace() = default;

void ContactListsWorkspace::onSessionChanged(TenantSession *session)
{
    m_listInfo.clear();
    m_listModel->setRows({});
    m_listId.clear();
    m_snapshot.reset();
    m_parsed.reset();
    m_survey = {};
    m_model->setPreview({});
    m_runModel->setRuns({});
    m_outcome.clear();
    Q_EMIT outcomeChanged();
    Q_EMIT surveyChanged();
    if (session)
        refreshLists(true);
    else
        setStatus(tr("Sign in to a tenant to see its contact lists."));
}

// --- the list

void ContactListsWorkspace::refreshLists()
{
    refreshLists(true);
}

void ContactListsWorkspace::refreshLists(bool announce)
{
    if (!session())
        return;
    if (announce)
        setStatus(tr("Loading the contact lists…"));
    CallHandle *call = ContactListsApi(session()->client()).lists();
    connect(call, &CallHandle::finished, this, [this, announce](const Result &r) {
        Expected<QList<ContactListInfo>> lists = ContactListsApi::readLists(r);
        if (!lists) {
            setStatus(tr("The contact lists could not be loaded: %1").arg(lists.error()), true);
            return;
        }
        m_listInfo = std::move(*lists);
        QList<EntityRow> rows;
        for (const ContactListInfo &l : std::as_const(m_listInfo))
            rows.append({l.id,
                         tr("%1 — %2").arg(
                                 l.name, countText(l.contactCount, tr("contact"), tr("contacts"))),
                         l.id});
        m_listModel->setRows(rows);
        if (m_listModel->rowOf(m_listId) >= 0)
            Q_EMIT listChanged(m_listId); // the same list, shown again after the reset
        else
            setCurrentList(m_listModel->idAt(0));
        if (announce)
            setStatus(tr("%1. Pick one and load it.")
                              .arg(countText(m_listInfo.size(), tr("contact list"),
                                             tr("contact lists"))));
        Q_EMIT listsLoaded();
    });
}

const ContactListInfo *ContactListsWorkspace::currentList() const
{
    const int i = m_listModel->rowOf(m_listId);
    return i >= 0 && i < m_listInfo.size() ? &m_listInfo[i] : nullptr;
}

QString ContactListsWorkspace::listText() const
{
    const ContactListInfo *l = currentList();
    if (!l)
        return {};
    QString text
            = tr("%1 · %2").arg(l->id, countText(l->contactCount, tr("contact"), tr("contacts")));
    if (!l->defaultRegion.isEmpty())
        text += u' ' + tr("· numbers without a country code are read as %1").arg(l->defaultRegion);
    return text;
}

void ContactListsWorkspace::setCurrentList(const QString &id)
{
    if (id == m_listId && !id.isEmpty())
        return;
    m_listId = id;
    const ContactListInfo *l = currentList();
    if (l && !l->defaultRegion.isEmpty() && m_settings.defaultRegion != l->defaultRegion) {
        m_settings.defaultRegion = l->defaultRegion;
        Q_EMIT settingsChanged();
    }
    refreshRuns();
    Q_EMIT listChanged(m_listId);
    Q_EMIT actionsChanged();
}

// --- contacts

bool ContactListsWorkspace::canLoad() const
{
    return session() && !isBusy() && currentList();
}

void ContactListsWorkspace::loadContacts()
{
    const ContactListInfo *l = currentList();
    if (!canLoad())
        return;
    m_model->setPreview({});
    m_snapshot.reset();
    m_parsed.reset();
    m_survey = {};
    Q_EMIT surveyChanged();
    auto *job = new LoadContactsJob(session()->client(), l->id, l->name);
    QString region = m_settings.defaultRegion.trimmed().toUpper();
    if (!SanitizeDirective::isRegionCode(region))
        region = l->defaultRegion.isEmpty() ? QStringLiteral("US") : l->defaultRegion;
    job->setSurveyRegion(region);
    setStatus(tr("Loading %1…").arg(l->name));
    connect(job, &Job::finished, this, [this, job](JobState state) {
        if (state == JobState::Cancelled) {
            setStatus(tr("Loading cancelled; nothing is kept."));
            return;
        }
        if (state != JobState::Succeeded) {
            setStatus(job->errorText());
            return;
        }
        m_snapshot = job->snapshot();
        m_survey = job->survey();
        m_parsed = job->parsed();
        QString text
                = tr("%1 contacts loaded. ").arg(QLocale().toString(qint64(m_snapshot->size())));
        const QStringList codes = m_survey.regionCodes();
        if (!codes.isEmpty() && !m_regionsTyped
            && m_settings.regions.simplified().toUpper() != codes.join(u',')) {
            m_settings.regions = codes.join(u',');
            Q_EMIT settingsChanged();
            text += tr("Allowed regions set to the ones its numbers belong to (%1): narrow them if "
                       "the campaign should not call some. ")
                            .arg(codes.join(QStringLiteral(", ")));
        }
        m_regionsTyped = false;
        Q_EMIT surveyChanged();
        setStatus(text + tr("Set the directive and preview."));
        Q_EMIT contactsLoaded();
    });
    start(job);
}

QString ContactListsWorkspace::surveyText() const
{
    if (m_survey.regions.isEmpty() && m_survey.invalid == 0)
        return tr("Load the list to see which regions its numbers belong to.");
    const QLocale l;
    QStringList parts;
    const qint64 total = m_survey.validCount() + m_survey.invalid;
    for (const auto &r : std::as_const(m_survey.regions))
        parts.append(tr("%1 %2 (%3\u00a0%)")
                             .arg(r.first, l.toString(r.second),
                                  l.toString(total ? 100.0 * double(r.second) / double(total) : 0.0,
                                             'f', 1)));
    QString text
            = parts.isEmpty()
                      ? tr("No valid numbers.")
                      : tr("Valid numbers by region: %1.").arg(parts.join(QStringLiteral(" · ")));
    if (m_survey.invalid > 0)
        text += u' '
                + tr("%1 not valid anywhere (read with default region %2).")
                          .arg(l.toString(m_survey.invalid), m_survey.defaultRegion);
    return text;
}

// --- the directive

void ContactListsWorkspace::setSettings(const SanitizeSettings &settings)
{
    if (settings == m_settings)
        return;
    const bool applyWas = canApply();
    m_settings = settings;
    if (previewIsStale() && applyWas)
        setStatus(tr("The directive changed since this preview, so it no longer says what Apply "
                     "would do: run Preview again before applying."));
    Q_EMIT actionsChanged();
}

void ContactListsWorkspace::useSurveyRegions()
{
    const QStringList codes = m_survey.regionCodes();
    if (codes.isEmpty())
        return;
    SanitizeSettings s = m_settings;
    s.regions = codes.join(u',');
    m_regionsTyped = false;
    setSettings(s);
    Q_EMIT settingsChanged();
}

void ContactListsWorkspace::setPurgeGuardPercent(int percent)
{
    m_guardPercent = percent;
    QSettings().setValue(kGuardKey, percent);
}

// --- the preview

bool ContactListsWorkspace::canPreview() const
{
    return session() && !isBusy() && m_snapshot;
}

bool ContactListsWorkspace::startPreview(QString *error)
{
    if (!canPreview())
        return true;
    SanitizeDirective directive;
    if (!m_settings.toDirective(&directive, error)) {
        setStatus(*error);
        return false;
    }
    auto *job = new SanitizePreviewJob(session()->client(), m_snapshot, directive);
    job->reuseParsed(m_parsed, m_survey.defaultRegion);
    setStatus(tr("Previewing %1 contacts…").arg(m_snapshot->size()));
    const QString settings = m_settings.text();
    connect(job, &Job::finished, this, [this, job, settings](JobState state) {
        if (state != JobState::Succeeded) {
            setStatus(state == JobState::Cancelled ? tr("Preview cancelled.") : job->errorText());
            return;
        }
        m_previewSettings = settings;
        m_model->setPreview(job->preview());
        setStatus(tr("Preview ready: nothing has been changed. Review, override, export, then "
                     "apply."));
        Q_EMIT previewReady();
    });
    start(job);
    return true;
}

bool ContactListsWorkspace::previewIsStale() const
{
    return m_model->preview() != nullptr && m_previewSettings != m_settings.text();
}

QString ContactListsWorkspace::staleText() const
{
    return previewIsStale() ? tr("Stale ·") : QString();
}

QString ContactListsWorkspace::countsText() const
{
    const auto p = m_model->preview();
    if (!p)
        return tr("No preview yet.");
    const QLocale l;
    return tr("Update %1 · Purge %2 · Leave %3 · %4 overridden · %5\u00a0% format to E.164")
            .arg(l.toString(qint64(p->count(Verdict::Update))),
                 l.toString(qint64(p->count(Verdict::Purge))),
                 l.toString(qint64(p->count(Verdict::Keep))),
                 l.toString(qint64(p->overrideCount())),
                 l.toString(100.0 * p->formatSuccessRate(), 'f', 1));
}

void ContactListsWorkspace::overrideRows(const QList<int> &previewRows, int verdict)
{
    for (const int row : previewRows) {
        if (verdict < 0)
            m_model->clearOverride(row);
        else
            m_model->setOverride(row, Verdict(verdict));
    }
}

QString ContactListsWorkspace::exportFileName() const
{
    const auto p = m_model->preview();
    return QStringLiteral("preview-%1.csv").arg(p ? p->contacts().listId() : QString());
}

bool ContactListsWorkspace::exportPreview(const QString &path, QString *error)
{
    const auto p = m_model->preview();
    if (!p) {
        *error = tr("There is no preview to export yet.");
        return false;
    }
    if (!p->exportCsv(path, error))
        return false;
    setStatus(tr("Preview exported to %1.").arg(path));
    return true;
}

// --- apply

bool ContactListsWorkspace::canApply() const
{
    const auto p = m_model->preview();
    return session() && p && !previewIsStale()
           && p->count(Verdict::Update) + p->count(Verdict::Purge) > 0;
}

QString ContactListsWorkspace::applyBlockedReason() const
{
    return previewIsStale() ? tr("The directive changed since this preview: run Preview again "
                                 "first.")
                            : QString();
}

QString ContactListsWorkspace::nextJournalPath() const
{
    const auto p = m_model->preview();
    return p ? SanitizeJournal::defaultPath(p->contacts().listId()) : QString();
}

QString ContactListsWorkspace::confirmationText(const QString &journalPath) const
{
    const auto p = m_model->preview();
    if (!p)
        return {};
    const QLocale locale;
    QString text;
    const qsizetype purge = p->count(Verdict::Purge);
    if (purgeNeedsTyping())
        text = tr("This run purges %1\u00a0% of the list (%2 of %3 contacts), more than the "
                  "%4\u00a0% guard. Check the allowed regions and blocked types: is that what you "
                  "mean?\n\n")
                       .arg(locale.toString(100.0 * double(purge) / double(p->size()), 'f', 1),
                            locale.toString(qint64(purge)), locale.toString(qint64(p->size())))
                       .arg(m_guardPercent);
    return text
           + tr("Apply to list %1 (%2) on tenant %3:\n\n"
                "update %4, purge %5, leave %6\n(%7)\n\n"
                "The preview was made with: %9.\n\n"
                "Deleted contacts cannot be undone on the tenant; they can be re-created from the "
                "journal, written before anything is sent (Undo this run, under Runs on this "
                "list):\n%8")
                     .arg(p->contacts().listName(), p->contacts().listId(),
                          session() ? session()->tenantName() : QString())
                     .arg(locale.toString(p->count(Verdict::Update)))
                     .arg(locale.toString(purge))
                     .arg(locale.toString(p->count(Verdict::Keep)))
                     .arg(tr("%n row(s) overridden by hand", "", int(p->overrideCount())))
                     .arg(journalPath, m_previewSettings);
}

QString ContactListsWorkspace::applyActionText() const
{
    const auto p = m_model->preview();
    const QLocale l;
    return p ? tr("Update %1 and purge %2")
                           .arg(l.toString(qint64(p->count(Verdict::Update))),
                                l.toString(qint64(p->count(Verdict::Purge))))
             : QString();
}

bool ContactListsWorkspace::purgeNeedsTyping() const
{
    const auto p = m_model->preview();
    return p && p->size() > 0
           && 100.0 * double(p->count(Verdict::Purge)) / double(p->size()) > m_guardPercent;
}

QString ContactListsWorkspace::typingPrompt() const
{
    return tr("Type the number of contacts to purge (%1) to go ahead:")
            .arg(QLocale().toString(qint64(m_model->preview()->count(Verdict::Purge))));
}

QString ContactListsWorkspace::typingExpected() const
{
    return QString::number(m_model->preview()->count(Verdict::Purge));
}

void ContactListsWorkspace::applyDeclined()
{
    setStatus(tr("Apply cancelled; nothing was sent."));
}

void ContactListsWorkspace::apply(const QString &journalPath)
{
    const auto p = m_model->preview();
    if (!canApply() || isBusy())
        return;
    ApplyOptions options;
    options.journalPath = journalPath;
    m_lastJournal = journalPath;
    const QString listName = p->contacts().listName();
    auto *job = new SanitizeApplyJob(session()->client(), p, options);
    connect(job, &Job::finished, this, [this, job, listName](JobState state) {
        const bool ok = state == JobState::Succeeded;
        const QLocale locale;
        QString text
                = tr("Last run on %1, %2: updated %3, purged %4, failed %5, not sent %6.")
                          .arg(listName, localRunTime(QDateTime::currentDateTimeUtc()),
                               locale.toString(job->updatedOk()), locale.toString(job->purgedOk()),
                               locale.toString(job->failures()), locale.toString(job->notSent()));
        if (!ok)
            text += u' ' + job->errorText();
        if (QFileInfo::exists(job->journalPath()))
            text += u' '
                    + tr("Its journal is %1; Undo this run (under Runs on this list) puts back "
                         "what it changed.")
                              .arg(QDir::toNativeSeparators(job->journalPath()));
        showOutcome(text);
        setStatus(ok ? tr("Applied. Load the list again to see it as it is now.")
                     : job->errorText());
        forgetLoadedList(job->journalPath());
        Q_EMIT applyFinished(ok);
    });
    start(job);
}

void ContactListsWorkspace::showOutcome(const QString &text)
{
    m_outcome = text;
    Q_EMIT outcomeChanged();
}

void ContactListsWorkspace::forgetLoadedList(const QString &selectRun)
{
    // The preview, the loaded contacts and their regions described the list before the change:
    // load it again to see it now. The lists' counts and the run history are read again.
    m_model->setPreview({});
    m_snapshot.reset();
    m_parsed.reset();
    m_survey = {};
    Q_EMIT surveyChanged();
    refreshLists(false);
    refreshRuns(selectRun);
}

// --- runs

void ContactListsWorkspace::refreshRuns(const QString &select)
{
    const ContactListInfo *l = currentList();
    const int generation = ++m_runsGeneration;
    if (!select.isEmpty())
        m_selectRun = select; // until a reading of the history shows it
    if (!session() || !l) {
        m_runModel->setRuns({});
        Q_EMIT runsLoaded({});
        return;
    }
    // Reading journals is file work: off the GUI thread, the newest answer wins.
    const QString tenant = journalTenant(session()->client()->profile().baseUrl);
    const QString listId = l->id;
    const QString dir = SanitizeJournal::directory();
    auto *watcher = new QFutureWatcher<QList<SanitizeRun>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_runsGeneration)
            return;
        m_runModel->setRuns(watcher->result());
        Q_EMIT runsLoaded(std::exchange(m_selectRun, QString()));
        Q_EMIT actionsChanged();
    });
    watcher->setFuture(
            QtConcurrent::run([dir, tenant, listId] { return sanitizeRuns(dir, tenant, listId); }));
}

QString ContactListsWorkspace::restoreConfirmationText(const SanitizeRun &run) const
{
    const QString name = run.listName.isEmpty() ? run.listId : run.listName;
    QString text = tr("Undo the run of %1 on list “%2” (%3)?\n\nThis will %4. Contacts the run "
                      "did not change are left as they are; the journal is checked before "
                      "anything is sent, and an undo that is interrupted can be run again.")
                           .arg(localRunTime(run.createdUtc), name, run.listId, run.undoText());
    if (run.restoreStarted)
        text += u"\n\n"
                + tr("An undo of this run was started before (%1); running it again puts back "
                     "what is still missing.")
                          .arg(run.stateText());
    return text;
}

bool ContactListsWorkspace::fileRestoreQuestion(const QString &path, QString *text,
                                                QString *listName, QString *error) const
{
    JournalHeader header;
    QList<QJsonObject> tail;
    if (!peekJournal(path, &header, &tail, error))
        return false;
    SanitizeRun run;
    run.plannedUpdates = header.counts.value(u"updates").toInteger();
    run.plannedDeletes = header.counts.value(u"deletes").toInteger();
    *listName = header.targetName.isEmpty() ? header.target : header.targetName;
    *text = tr("Undo the run of %1 on list “%2” (%3), from the journal %4?\n\nThis will %5. The "
               "journal is checked (its chain, its tenant) before anything is sent.")
                    .arg(localRunTime(header.createdUtc), *listName, header.target,
                         QDir::toNativeSeparators(path), run.undoText());
    return true;
}

void ContactListsWorkspace::restoreDeclined()
{
    setStatus(tr("Undo cancelled; nothing was sent."));
}

void ContactListsWorkspace::restore(const QString &journalPath, const QString &listName,
                                    bool acceptUnverified)
{
    if (!session() || isBusy())
        return;
    auto *job = new SanitizeRestoreJob(session()->client(), journalPath);
    job->setAcceptUnverified(acceptUnverified);
    setStatus(tr("Undoing the run on %1…").arg(listName));
    connect(job, &Job::finished, this, [this, job, listName, journalPath](JobState state) {
        if (job->refusedUnverified()) {
            // Asked once the job has ended, so that an accepted restore can start at once.
            QTimer::singleShot(0, this,
                               [this, journalPath, listName, summary = job->unverifiedText()] {
                                   Q_EMIT unverifiedJournal(journalPath, listName, summary);
                               });
        }
        const bool ok = state == JobState::Succeeded;
        const QString text = ok ? tr("Undone on %1: %2 contact(s) put back.", nullptr,
                                     int(qMin<qint64>(job->restored(), INT_MAX)))
                                             .arg(listName, QLocale().toString(job->restored()))
                                : job->errorText();
        showOutcome(text);
        setStatus(ok ? text + u' ' + tr("Load the list again to see it as it is now.") : text);
        forgetLoadedList(journalPath);
        Q_EMIT restoreFinished(ok);
    });
    start(job);
}

} // namespace cxone
