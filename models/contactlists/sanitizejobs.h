#pragma once

#include "models/contactlists/phoneanalyzer.h"
#include "models/contactlists/sanitizepreview.h"
#include "models/engine/job.h"

#include "models/engine/jobs/batchwriter.h"
#include "models/engine/jobs/journal.h"
#include "models/engine/jobs/journalrestore.h"
#include "network/api/contactlistsapi.h"

#include <QFutureWatcher>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <vector>

namespace cxone {

class ApiClient;
class CallHandle;
class PagedReader;

// The sanitizer's use of the engine journal: a header naming the tenant and the list, every
// change with the contact's original values, a "planned" line, then the batch writers' lines
// ("update" and "delete" batches) and an "end" line with the run's metrics.
class SanitizeJournal final
{
public:
    struct Change
    {
        enum class Op : quint8 { Update, Delete };
        // How far the run's own lines say it got with the change.
        enum class Fate : quint8 {
            Planned, // never sent
            Sent,    // sent, no answer journaled (the run was stopped): it may have been made
            Done,    // the tenant said it was made
            Unknown, // cut off on the wire: it may have been made
            Failed,  // refused, or not found
            NotSent, // held back when the run stopped
        };
        Op op = Op::Update;
        Fate fate = Fate::Planned;
        QString id;
        QString phone;     // the original number
        QString newPhone;  // what the run wrote (updates)
        QByteArray fields; // every other field, as compact JSON: parsed only when sent back
        // The run made the change, or may have: what a restore puts back.
        bool reachedTenant() const
        {
            return fate == Fate::Sent || fate == Fate::Done || fate == Fate::Unknown;
        }
        ListContact contact() const; // the original contact, fields parsed
    };
    struct Contents
    {
        JournalSummary summary;
        QJsonObject header; // listId, listName, directive, counts (for people)
        std::vector<Change> changes;
        bool planClosed = false; // the "planned" line: the run may have sent something after it
        qint64 planned = 0;      // the changes the header plans
        qint64 recreate = 0;     // deletes the run made (or may have)
        qint64 rephone = 0;      // number changes the run made (or may have)
        qint64 sent() const;     // changes the run got to (sent, whatever came of them)
    };
    // Reads the journal (chain, kind, and the tenant when `tenant` is not empty) and that it
    // holds every change a closed plan names; false with a sentence naming the first problem.
    // A journal this machine did not sign is refused unless acceptUnverified; read with it, the
    // contents say whether it was (summary.verified).
    static bool read(const QString &path, Contents *out, QString *error, const QString &tenant = {},
                     bool acceptUnverified = false);
    // What a person reads before restoring a journal this machine did not sign.
    static QString unverifiedText(const QString &path, const Contents &contents);
    static QString defaultPath(const QString &listId);
    static QString directory();
    static QString kind() { return QStringLiteral("sanitize"); }
};

// How many of a list's numbers are valid in each region: what the list itself says about which
// regions a campaign on it calls.
struct RegionSurvey
{
    QList<QPair<QString, qint64>> regions; // most numbers first
    qint64 invalid = 0;                    // numbers that are not valid anywhere (or empty)
    QString defaultRegion;                 // what numbers without a country code were read as

    static RegionSurvey of(const std::vector<ParsedPhone> &parsed, const QString &defaultRegion);
    QStringList regionCodes() const;
    qint64 validCount() const;
};

// Loads every page of a list into a compact snapshot; cancellable between pages. With a survey
// region it then parses every number once (the parse a preview with that default region reuses)
// and counts the regions they belong to.
class LoadContactsJob final : public Job
{
    Q_OBJECT
public:
    LoadContactsJob(ApiClient *client, QString listId, QString listName, QObject *parent = nullptr);
    ~LoadContactsJob() override;
    std::shared_ptr<ContactSnapshot> snapshot() const { return m_snapshot; }
    void setPageSize(int size) { m_pageSize = size; }
    void setSurveyRegion(const QString &defaultRegion) { m_surveyRegion = defaultRegion; }
    const RegionSurvey &survey() const { return m_survey; }
    // The numbers as parsed for the survey (empty without one).
    std::shared_ptr<const std::vector<ParsedPhone>> parsed() const { return m_parsed; }

Q_SIGNALS:
    void pageLoaded(qint64 loaded, qint64 expected);

protected:
    void run() override;
    void onCancel() override;

private:
    ApiClient *m_client;
    QString m_listId;
    void startSurvey();

    std::shared_ptr<ContactSnapshot> m_snapshot;
    PagedReader *m_reader;
    int m_pageSize = ContactListsApi::kPageSize;
    QString m_surveyRegion;
    PhoneAnalyzer *m_analyzer = nullptr;
    RegionSurvey m_survey;
    std::shared_ptr<const std::vector<ParsedPhone>> m_parsed;
};

// Parses every number, optionally asks the lookup service, decides every contact. Sends no
// change: the result is a preview to look at, override and export.
class SanitizePreviewJob final : public Job
{
    Q_OBJECT
public:
    SanitizePreviewJob(ApiClient *client, std::shared_ptr<const ContactSnapshot> contacts,
                       SanitizeDirective directive, QObject *parent = nullptr);
    PhoneAnalyzer *analyzer() { return &m_analyzer; }
    std::shared_ptr<SanitizePreview> preview() const { return m_preview; }
    // Numbers already parsed with the directive's default region (a load's survey): the preview
    // starts from them instead of parsing again. Ignored when the count or region differs.
    void reuseParsed(std::shared_ptr<const std::vector<ParsedPhone>> parsed, const QString &region);

protected:
    void run() override;
    void onCancel() override;

private:
    void onParsed(bool ok, const QString &error);
    void continueParsed();
    void lookupNext();
    void decideAll();

    ApiClient *m_client;
    std::shared_ptr<const ContactSnapshot> m_contacts;
    SanitizeDirective m_directive;
    PhoneAnalyzer m_analyzer;
    std::vector<ParsedPhone> m_parsed;
    std::shared_ptr<const std::vector<ParsedPhone>> m_reuse;
    std::vector<quint64> m_lookupQueue;
    QHash<quint64, PhoneLookupInfo> m_lookups;
    qsizetype m_lookupNext = 0;
    int m_lookupInFlight = 0;
    QFutureWatcher<std::shared_ptr<SanitizePreview>> m_decideWatcher;
    std::shared_ptr<SanitizePreview> m_preview;
};

struct ApplyOptions
{
    QString journalPath;
    QUrl aggregatorUrl; // empty: no callback
    int deleteConcurrency = 4;
    int maxConsecutiveServerErrors = 5;
    QString runLogPath; // the per-run JSON line; empty: the app data folder
};

// Sends the preview's changes: journal first, then PATCH of changed numbers (≤ 100 each), then
// DELETE of purged contacts with bounded concurrency. Stops after 5 consecutive 5xx answers.
class SanitizeApplyJob final : public Job
{
    Q_OBJECT
public:
    SanitizeApplyJob(ApiClient *client, std::shared_ptr<const SanitizePreview> preview,
                     ApplyOptions options, QObject *parent = nullptr);
    ~SanitizeApplyJob() override;

    QJsonObject metrics() const { return m_metrics; }
    QString journalPath() const { return m_options.journalPath; }
    qint64 updatedOk() const { return m_updatedOk; }
    qint64 purgedOk() const { return m_purgedOk; }
    qint64 failures() const { return m_failed; }
    qint64 notSent() const { return m_notSent; }

Q_SIGNALS:
    void recordOutcome(const QString &op, const QString &contactId, const QString &outcome);

protected:
    void run() override;
    void onCancel() override;

private:
    bool writePlan(QString *error);
    BatchWriter *makeWriter(const QString &op, int maxInFlight);
    void startDeletes();
    void countOutcomes(const QString &op, const QList<ItemOutcome> &outcomes, int batch);
    void finishRun();
    void notifyAggregator();
    void writeRunLine();
    void conclude();

    ApiClient *m_client;
    ContactListsApi m_api;
    std::shared_ptr<const SanitizePreview> m_preview;
    ApplyOptions m_options;
    JournalWriter m_journal;
    std::vector<qsizetype> m_updates;
    std::vector<qsizetype> m_deletes;
    BatchWriter *m_updateWriter = nullptr;
    BatchWriter *m_deleteWriter = nullptr;
    QString m_haltReason;
    bool m_finishing = false;
    qint64 m_updatedOk = 0;
    qint64 m_purgedOk = 0;
    qint64 m_failed = 0;
    qint64 m_notSent = 0;
    qint64 m_latencyTotal = 0;
    qint64 m_latencyCalls = 0;
    QJsonObject m_metrics;
};

// Puts back what a run changed, from its journal: contacts the run deleted are re-created with
// their ids and original fields (POST), and a changed number gets its original value again
// (PATCH), but only where the tenant still holds the number the run wrote (the list's current
// numbers are read first): a number someone changed since is left as it is and counted. Only what
// the run's own lines say it did (or may have: sent, answer lost) is put back. The journal must
// be signed by this machine (or accepted by the person who saw unverifiedText()) and belong to
// the client's tenant. Running it twice changes nothing.
class SanitizeRestoreJob final : public JournalRestoreJob
{
    Q_OBJECT
public:
    SanitizeRestoreJob(ApiClient *client, QString journalPath, QObject *parent = nullptr);
    ~SanitizeRestoreJob() override;
    // The journal as the caller read it already (SanitizeJournal::read with this client's tenant,
    // unverified accepted): the command line reads it first, to refuse it before anything is
    // sent, and a journal is read once.
    void useContents(SanitizeJournal::Contents contents);
    qint64 restored() const { return m_restored; }
    qint64 changedSince() const { return m_changedSince; }
    qint64 failures() const { return m_failed; }
    QString listId() const { return m_listId; }
    QString listName() const { return m_listName; }

protected:
    void run() override;
    void onCancel() override;

private:
    BatchWriter *makeWriter(const QString &op, const std::vector<qsizetype> &items);
    void readCurrentNumbers();
    void startNext();
    void finishRestore();

    ContactListsApi m_api;
    QString m_journalPath;
    JournalWriter m_journal;
    SanitizeJournal::Contents m_contents;
    bool m_preloaded = false;
    QString m_listId;
    QString m_listName;
    std::vector<qsizetype> m_recreate;
    std::vector<qsizetype> m_candidates; // number changes the run made (or may have)
    std::vector<qsizetype> m_rephone;    // of those, still holding the run's number
    PagedReader *m_reader = nullptr;
    BatchWriter *m_writer = nullptr;
    int m_stage = 0;
    bool m_listMissing = false;
    qint64 m_restored = 0;
    qint64 m_alreadyBack = 0;
    qint64 m_changedSince = 0;
    qint64 m_failed = 0;
    QString m_haltReason;
};

} // namespace cxone
