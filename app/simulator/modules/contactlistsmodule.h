#pragma once

#include "simmodule.h"
#include "tenantstate.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <vector>

namespace cxone::sim {

// One messy phone number as a contact list would hold it, with what the generator knows about
// it (for the lookup route; the client must find all of this out by itself).
struct GeneratedPhone
{
    QByteArray text;     // as stored: any format, possibly invalid or empty
    QByteArray e164;     // the number it stands for; empty for invalid/empty values
    QByteArray lineType; // mobile, landline, toll-free, premium-rate, shared-cost, voip, ...
};

// Deterministic messy numbers: the same (seed, index, region) always gives the same text.
// Built from per-region templates so that the simulator needs no phone library.
GeneratedPhone generatePhone(quint64 seed, quint64 index, const QString &defaultRegion);

// The lookup route's answer for one E.164 number: carrier, line type, disposable flag.
QJsonObject lookupPhone(quint64 seed, const QByteArray &e164);

// The contact lists of the tenant. Seeded contacts are generated from their index on demand
// (a million-contact list costs only its changes); PATCH and DELETE are kept as overlays.
class ContactListsPart final : public TenantPart
{
public:
    struct Contact
    {
        QString id;
        QByteArray phone;
        QJsonObject fields; // everything but id and phone
    };
    struct List
    {
        QString id;
        QString name;
        QString defaultRegion;
        qint64 seededCount = 0;
        quint64 seed = 0;
        QSet<qint64> deleted;              // seeded indexes deleted
        QHash<qint64, QByteArray> phones;  // seeded indexes with a patched phone
        QHash<qint64, QJsonObject> fields; // seeded indexes with patched fields
        std::vector<Contact> added;        // contacts created by PATCH upsert
        std::vector<bool> addedDeleted;
        QHash<QString, qint64> addedIndex; // id -> index in added
        qint64 liveCount() const;
    };

    explicit ContactListsPart(quint64 seed);
    QJsonObject summary() const override;

    std::vector<List> lists;

    List *find(const QString &id);
    // The list a contact id belongs to and its position: seeded (index >= 0) or added.
    bool locate(const QString &contactId, List **list, qint64 *seededIndex, qint64 *addedIndex);
    Contact seededContact(const List &list, qint64 index) const;
    static QString seededId(const List &list, qint64 index);

    quint64 seed;
    quint64 patches = 0;
    quint64 deletes = 0;
    quint64 lookups = 0;
};

// GET/PATCH/DELETE of campaign contact lists (contract section 4) and the phone lookup route.
class ContactListsModule final : public SimModule
{
public:
    void registerRoutes(TenantSimulator &simulator) override;

    static constexpr int kMaxPatch = 100;
    static constexpr int kDefaultPageSize = 1000;
    static constexpr int kMaxPageSize = 5000;
    static constexpr int kMaxLookup = 100;
};

} // namespace cxone::sim
