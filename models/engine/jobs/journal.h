#pragma once

#include "models/engine/machinekey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QObject;

namespace cxone {

// What a journal is about, written as its first line and checked by every reader.
struct JournalHeader
{
    QString kind;       // "sanitize", "enrich": which job wrote it
    QString tenant;     // the tenant's origin (journalTenant()): a journal only goes back there
    QString target;     // the list (or other object) it changes
    QString targetName; // for people
    QDateTime createdUtc;
    QJsonObject counts; // what the run planned: restore checks it found all of it
    QJsonObject extra;  // the job's own facts (directive, campaign, mapping...)
};

// The tenant a client talks to, as journals name it: scheme://host:port, nothing else.
QString journalTenant(const QUrl &baseUrl);

// The largest journal a reader opens, and a writer writes: 1 GiB. A sanitize journal takes about
// 430 bytes a changed contact (three attributes each), an enrichment journal about 270 bytes a
// contact with three mapped columns: some 2.5 and 4 million contacts fit, more than one run of
// either makes in practice. A restore holds what it puts back in memory, compactly (0.47 GB for
// a sanitize journal of 400 MB, 0.48 GB for an enrichment journal of 276 MB), so the cap also
// bounds that. A run whose journal would grow past it stops before sending what it could not
// journal; a larger file is refused before a byte of it is read (it is not one the console wrote).
inline constexpr qint64 kMaxJournalBytes = qint64(1) << 30;
// The longest line: a batch of the largest size with every cell at its largest stays below.
inline constexpr qint64 kMaxJournalLineBytes = qint64(64) << 20;

// An append-only JSON-lines journal that a restore can trust. Every line carries "sum": an
// HMAC-SHA-256 under this machine's key (MachineKey) over the previous line's sum and the line
// itself, so an edited, reordered or removed line breaks the chain at the first bad line, and a
// journal written elsewhere, or forged, cannot carry sums this machine accepts. The header names
// the key by its id. Each line is handed to the kernel (write(2)) before append() returns, so a
// killed process loses nothing written; sync() adds fsync for a power cut. The file is created
// readable by its owner only and never overwrites an existing one.
class JournalWriter final
{
public:
    explicit JournalWriter(qint64 maxBytes = kMaxJournalBytes);
    ~JournalWriter();
    JournalWriter(const JournalWriter &) = delete;
    JournalWriter &operator=(const JournalWriter &) = delete;

    bool create(const QString &path, const JournalHeader &header, QString *error);
    // Continues a journal whose chain verifies to its last whole line (restore, resume); one this
    // machine did not sign only when acceptUnverified (a restore the person confirmed).
    bool reopen(const QString &path, QString *error, bool acceptUnverified = false);
    // False when the line could not be written: the caller must not send what it describes.
    bool append(const QJsonObject &line, QString *error = nullptr);
    // The same for a line already written as one compact JSON object (JsonWriter), members in
    // any order, without "sum" and without a line break.
    bool appendRaw(const QByteArray &object, QString *error = nullptr);
    bool sync(QString *error = nullptr);
    // Makes every line written so far durable (fdatasync) on a thread of the writer's own, then
    // calls done(error) on `context`'s thread (an empty error: on disk). Calls that meet while a
    // sync runs share the next one, so a job that waits for it before each send costs a sync per
    // group of batches, not per batch, and never blocks its own thread.
    void syncAsync(QObject *context, std::function<void(const QString &error)> done);
    // fdatasync calls made by syncAsync (for the benchmark and the tests).
    qint64 asyncSyncs() const;
    void close();

    bool isOpen() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }
    qint64 lineCount() const { return m_lines; }

private:
    bool writeAll(const QByteArray &bytes);
    bool appendLine(const QByteArray &line, const QByteArray &sum, QString *error);
    QByteArray lineSum(const QByteArray &body) const;

    struct Syncer;
    std::unique_ptr<Syncer> m_syncer;
    qint64 m_lastSyncs = 0;
    QString m_path;
    int m_fd = -1;
    QByteArray m_prevSum;
    QString m_error;
    qint64 m_lines = 0;
    qint64 m_bytes = 0;
    qint64 m_maxBytes;
    int m_version = 0;
    MachineKey::Key m_key;
};

// What a reader expects; empty fields are not checked.
struct JournalExpectation
{
    QString kind;
    QString tenant;
    QString target;
    // Read a journal this machine did not sign (or one changed since) too, instead of refusing
    // it: only once a person has seen what it would do and said so.
    bool acceptUnverified = false;
};

struct JournalSummary
{
    JournalHeader header;
    qint64 lines = 0;      // whole lines after the header
    bool ended = false;    // a {"type":"end"} line closes it: the run got to its end
    bool tornTail = false; // the last line was half-written (the process died writing it)
    QByteArray lastSum;
    qint64 validBytes = 0; // where the last whole line ends
    int version = 0;       // of the journal's format
    bool verified = false; // every line is signed by this machine's key and unchanged
    QString untrusted;     // why not, as a clause for people (empty when verified)
    QByteArray keyId;      // the key the header names (version 4)
};

// Reads and verifies a journal, handing every line after the header (its "sum" removed) to
// `onLine` with its line number; onLine returns false with *error to stop. Returns false with a
// sentence naming the first bad line, or the tenant, kind or target the journal belongs to, or
// why it is not trusted (summary->untrusted, unless expect.acceptUnverified). A journal over
// kMaxJournalBytes, or a path that is not a regular file, is refused before it is read. Lines are
// read one at a time (a journal of a million changes is not held in memory).
bool readJournal(
        const QString &path, const JournalExpectation &expect,
        const std::function<bool(qint64 lineNo, const QJsonObject &line, QString *error)> &onLine,
        JournalSummary *summary, QString *error);

// The sentence of a restore refused because the journal is not trusted (summary.untrusted).
QString untrustedJournalRefusal(const QString &path, const JournalSummary &summary);

// What a person reads before restoring a journal this machine did not sign: why it is not
// trusted, what it says it belongs to (tenant, list, when), how many contacts it names and what
// restoring it would do (`operations`, the feature's own words: "re-create 3 deleted contacts …").
QString unverifiedJournalText(const QString &path, const JournalSummary &summary, qint64 contacts,
                              const QString &operations);

// The sentence a restore adds when the journal has no closing line: the run was stopped before
// its end, having sent `sent` of the `planned` changes it meant to make.
QString journalCutShortText(qint64 sent, qint64 planned);

// The header and the last whole lines of a journal (at most `tailBytes` of them, oldest first),
// read without verifying the chain: enough to list runs for people. A restore reads and
// verifies the whole journal before it sends anything.
bool peekJournal(const QString &path, JournalHeader *header, QList<QJsonObject> *lastLines,
                 QString *error, qint64 tailBytes = 256 * 1024);

} // namespace cxone
