#pragma once

#include "models/engine/audit/auditentry.h"
#include "models/engine/job.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace cxone {

// What the admin reads about jobs and audit entries, in one place for the activity pane, the
// audit page and the command line's human output: job kinds in words, targets by name, action
// codes as sentences and details as a labelled list with units. Exports keep the raw entries.
namespace words {

struct DetailItem
{
    QString key;   // the raw key, for tooltips and tests
    QString label; // "Latency"
    QString value; // "40.2 s"
};

// "segment-export" -> "Segment export"; an unknown kind is written out from its code.
QString jobKind(const QString &kind);

// The name of an entry's target ("Gold loyalty members") from what the job wrote in its details
// (targetName, or the segment's or audience's name), else the id itself.
QString targetName(const AuditEntry &entry);
// True when targetName() is a name rather than the id.
bool hasTargetName(const AuditEntry &entry);

// The entry as a sentence: "Saved audience “Churn risk”, version 3, size 4,647".
QString actionSentence(const AuditEntry &entry);

// The whole entry for people: the sentence, then time, job, target (with its id), outcome and
// every detail, one labelled line each.
QString entryText(const AuditEntry &entry);

// "ok" -> "OK", "failed" -> "Failed", …
QString outcome(const QString &outcome);

// The details as labelled values with their units, in the order the job wrote them; targetName
// and nested objects the sentence already says are left out.
QList<DetailItem> detailItems(const QJsonObject &details);
// The same on one line: "Batch: 53 · Contacts: 150 · Latency: 40.2 s".
QString detailsLine(const QJsonObject &details);
// One value of a detail with its unit, chosen by its key ("latencyMs" -> "40.2 s").
QString detailValue(const QString &key, const QJsonValue &value);
// "latencyMs" -> "Latency", "evaluation_status" -> "Evaluation status".
QString detailLabel(const QString &key);

// The job's state as people read it: "completed with 7 failures", "failed", "running".
QString jobState(JobState state, qint64 failedItems = 0);
// True for states shown in a warning colour (completed with failures).
bool isWarningState(JobState state);

// A duration for people: "262 ms", "40.2 s", "4 min 05 s".
QString duration(qint64 ms);

} // namespace words

} // namespace cxone
