#pragma once

#include "job.h"
#include "phoneanalyzer.h"
#include "sanitizepreview.h"

#include "api/contactlistsapi.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <memory>
#include <vector>

namespace cxone {

class ApiClient;
class CallHandle;

// The apply journal: JSON lines, written and fsynced before anything is sent, then one line per
// outcome as it arrives. Restore reads it back.
class SanitizeJournal final
{
public:
    // Refuses to overwrite an existing file: an old journal may be the only way back.
    bool create(const QString &path, QString *error);
    bool open(const QString &path, QString *error); // append to an existing one
    bool write(const QJsonObject &line);
    bool sync(); // flush and fsync
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

    struct Change
    {
        QString op; // update, delete
        ListContact original;
        QString newPhone;
    };
    struct Contents
    {
        QJsonObject header;
        std::vector<Change> changes;
        QHash<QString, QString> outcomes; // "op:id" -> last outcome
        bool complete = false;            // the intent part ended with its marker
    };
    static bool read(const QString &path, Contents *out, QString *error);
    static QString defaultPath(const QString &listId);

private:
    QFile m_file;
};

// Loads every page of a list into a compact snapshot; cancellable between pages.
class LoadContactsJob final : public Job
{
    Q_OBJECT
public:
    LoadContactsJob(ApiClient *client, QString listId, QString listName, QObject *parent = nullptr);
    std::shared_ptr<ContactSnapshot> snapshot() const { return m_snapshot; }
    void setPageSize(int size) { m_pageSize = size; }

Q_SIGNALS:
    void pageLoaded(qint64 loaded, qint64 expected);

protected:
    void run() override;
    void onCancel() override;

private:
    void onPage(const Result &result);

    ContactListsApi m_api;
    QString m_listId;
    std::shared_ptr<ContactSnapshot> m_snapshot;
    QPointer<CallHandle> m_call;
    int m_pageSize = ContactListsApi::kPageSize;
    int m_pages = 0;
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

protected:
    void run() override;
    void onCancel() override;

private:
    void onParsed(bool ok, const QString &error);
    void lookupNext();
    void decideAll();

    ApiClient *m_client;
    std::shared_ptr<const ContactSnapshot> m_contacts;
    SanitizeDirective m_directive;
    PhoneAnalyzer m_analyzer;
    std::vector<ParsedPhone> m_parsed;
    std::vector<quint64> m_lookupQueue;
    QHash<quint64, PhoneLookupInfo> m_lookups;
    qsizetype m_lookupNext = 0;
    int m_lookupInFlight = 0;
    QList<QPointer<CallHandle>> m_calls;
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
    void patchNext();
    void deleteNext();
    void watchServerErrors(CallHandle *call);
    void record(const QString &op, const QString &id, const QString &outcome, const Result *r);
    void halt(const QString &why);
    void finishRun();
    void notifyAggregator();
    void writeRunLine();

    ContactListsApi m_api;
    std::shared_ptr<const SanitizePreview> m_preview;
    ApplyOptions m_options;
    SanitizeJournal m_journal;
    std::vector<qsizetype> m_updates;
    std::vector<qsizetype> m_deletes;
    qsizetype m_nextUpdate = 0;
    qsizetype m_nextDelete = 0;
    int m_inFlight = 0;
    QList<QPointer<CallHandle>> m_calls;
    int m_serverErrorStreak = 0;
    QString m_haltReason;
    bool m_halted = false;
    bool m_finishing = false;
    qint64 m_updatedOk = 0;
    qint64 m_purgedOk = 0;
    qint64 m_failed = 0;
    qint64 m_notSent = 0;
    qint64 m_latencyTotal = 0;
    qint64 m_latencyCalls = 0;
    QJsonObject m_metrics;
};

// Puts back every contact a journal names (original phone and fields, PATCH upsert by id):
// deleted contacts are re-created, changed numbers restored. Running it twice changes nothing.
class SanitizeRestoreJob final : public Job
{
    Q_OBJECT
public:
    SanitizeRestoreJob(ApiClient *client, QString journalPath, QObject *parent = nullptr);
    qint64 restored() const { return m_restored; }
    qint64 failures() const { return m_failed; }

protected:
    void run() override;
    void onCancel() override;

private:
    void sendNext();

    ContactListsApi m_api;
    QString m_journalPath;
    SanitizeJournal m_journal;
    SanitizeJournal::Contents m_contents;
    QString m_listId;
    qsizetype m_next = 0;
    QPointer<CallHandle> m_call;
    int m_serverErrorStreak = 0;
    qint64 m_restored = 0;
    qint64 m_failed = 0;
};

} // namespace cxone
