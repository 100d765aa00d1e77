#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cxone {

// One line of the append-only audit trail.
struct AuditEntry
{
    qint64 seq = 0;    // assigned by the store
    QDateTime timeUtc; // assigned by the store when invalid
    QString tenant;    // profile name
    QString jobId;
    QString jobKind;     // "segment-export", "sanitize", ...
    QString action;      // "EXPORT_STARTED", ...
    QString target;      // segment id, list id, ...
    QString outcome;     // "ok", "failed", "cancelled", "refused", "info"
    QJsonObject details; // never secrets: the store scrubs secret-looking keys
    QByteArray prevHash; // hex, assigned by the store
    QByteArray hash;     // hex, assigned by the store
};

// Where jobs send their audit entries; the SQLite store implements it, tests may fake it.
class AuditSink
{
public:
    virtual ~AuditSink() = default;
    // Returns false (and says why in *error) when the entry could not be stored.
    virtual bool append(AuditEntry &entry, QString *error = nullptr) = 0;
};

} // namespace cxone
