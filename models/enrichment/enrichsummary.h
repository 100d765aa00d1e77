#pragma once

#include <QJsonObject>
#include <QString>

namespace cxone {

// What a run did, in the numbers and the words that every place reporting it uses: the job's
// progress (and so the activity pane and the command line's progress lines), its closing
// message, the page, the command line's summary and its JSON, and the audit entry. They are one
// object, so they cannot disagree.
struct EnrichSummary
{
    enum class Kind : quint8 { Apply, Undo };
    Kind kind = Kind::Apply;
    // Apply: the contacts to send. Undo: the contacts the run may have changed.
    qint64 contacts = 0;
    qint64 applied = 0;      // apply: the tenant took their values; undo: put back
    qint64 notFound = 0;     // not on the list
    qint64 rejected = 0;     // apply: refused by the tenant, each with its reasons
    qint64 unchanged = 0;    // undo: nothing to put back (as before the run)
    qint64 failed = 0;       // undo: could not be put back
    qint64 unknown = 0;      // sent, but the run stopped before the tenant's answer came
    qint64 notSent = 0;      // never sent (a halt, a cancel)
    qint64 skippedRows = 0;  // apply: input rows left out before sending (no id, errors, ...)
    qint64 attributes = 0;   // apply: attribute values written; undo: put back
    qint64 changedSince = 0; // undo: values someone changed after the run, left as they are

    // The contacts the tenant answered for (or that were found as they should be).
    qint64 processed() const;
    // "7 applied, 1 not on the list": the non-zero counts, in a fixed order.
    QString breakdown() const;
    // "8 of 8 contacts processed: 7 applied, 1 not on the list; 48 attributes written; 2 rows
    // skipped before sending".
    QString sentence() const;
    // {contacts, processed, applied, notFound, rejected, unknown, notSent, attributes,
    //  skippedRows} for an apply; {contacts, processed, putBack, notFound, unchanged, failed,
    //  unknown, notSent, attributes, changedSince} for an undo (zeros included).
    QJsonObject toJson() const;
};

} // namespace cxone
