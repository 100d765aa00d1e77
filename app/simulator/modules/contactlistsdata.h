#pragma once

#include "app/simulator/tenantstate.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace simdjson::dom {
class element;
class parser;
} // namespace simdjson::dom

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

// A seeded contact's attributes as canonical JSON text (toJsonBytes's form), generated from the
// seed: the same (seed, index) always gives the same text.
QByteArray seededAttributesJson(quint64 listSeed, qint64 index);

// The lookup route's answer for one E.164 number: carrier, line type, disposable flag.
QJsonObject lookupPhone(quint64 seed, const QByteArray &e164);

// One attribute of a list's schema (contract section 2).
struct ListAttribute
{
    enum class Type { String, Integer, Decimal, Date, Boolean };
    QString name;
    Type type = Type::String;
    bool required = false;
    int maxLength = 0; // strings; 0: no limit
    QStringList enumValues;
    QString label; // for people

    static QString typeName(Type type);
    QJsonObject toJson() const;
};

// What the tenant makes of one value sent for an attribute: accepted (and stored as *stored) or
// refused with a sentence. Null-like values (null, "", "null", "NULL", "N/A"...) are refused as
// such so that they can be counted.
enum class ValueCheck { Ok, NullLike, TypeError, TooLong, NotInEnum };
ValueCheck checkAttributeValue(const ListAttribute &attribute, const QJsonValue &value,
                               QJsonValue *stored, QString *message);
// The same for a value as simdjson read it, the stored value as canonical JSON text (what
// toJsonBytes writes for it). The common values are judged without building a QJsonValue; any
// other goes through checkAttributeValue as Qt's parser reads it, so both judge alike.
ValueCheck checkAttributeElement(const ListAttribute &attribute,
                                 const simdjson::dom::element &value, QByteArray *storedJson,
                                 QString *message);

// The members of a JSON object written as toJsonBytes writes one (keys in QJsonObject's order,
// no spaces): each member's key and value as they are written there. False when the text is not
// such an object.
using RawMembers = std::vector<std::pair<QByteArrayView, QByteArrayView>>;
bool splitCanonicalObject(QByteArrayView json, RawMembers *members);
// Writes members as toJsonBytes would (keys in QJsonObject's order); keys are JSON strings.
QByteArray joinCanonicalObject(RawMembers members);
// Sets one member of a split object whose members are in that order: its value replaced, or the
// member inserted where the order puts it (the members stay in order, ready for
// writeCanonicalMembers).
void setCanonicalMember(RawMembers *members, QByteArrayView key, QByteArrayView value);
// Writes members that are already in QJsonObject's order.
QByteArray writeCanonicalMembers(const RawMembers &members);

// The contact lists of the tenant, shared by the campaign lists API (section 4) and the
// enrichment API (section 2): the same ids, the same contacts. Seeded contacts are generated from
// their index on demand (a million-contact list costs only its changes); changes are overlays.
class ContactListsPart final : public TenantPart
{
public:
    struct Contact
    {
        QString id;
        QByteArray phone;
        QJsonObject attributes;
    };
    struct Counters
    {
        quint64 enrichRequests = 0;
        // Enrichment batches whose X-Request-ID had been answered already: answered the same,
        // nothing applied again.
        quint64 enrichRepeats = 0;
        quint64 updated = 0;
        quint64 rejected = 0;
        quint64 notFound = 0;
        quint64 nullLikeValues = 0; // null-like values sent (each one refused)
        quint64 typeErrors = 0;     // values of the wrong type sent (each one refused)
        quint64 unknownAttributes = 0;
        quint64 refreshes = 0;
    };
    struct List
    {
        QString id;
        QString name;
        QString defaultRegion;
        qint64 seededCount = 0;
        quint64 seed = 0;
        std::vector<ListAttribute> schema;
        QSet<qint64> deleted;             // seeded indexes deleted
        QHash<qint64, QByteArray> phones; // seeded indexes with a patched phone
        // Seeded indexes whose attributes changed: the whole object as canonical JSON (as
        // toJsonBytes writes it).
        QHash<qint64, QByteArray> attributes;
        std::vector<Contact> added; // contacts created by POST (or fixed seed data)
        std::vector<bool> addedDeleted;
        QHash<QString, qint64> addedIndex; // id -> index in added
        Counters counters;
        QString idPrefix; // "ct-us_main-": the seeded contacts' ids start so (set when first used)

        qint64 liveCount() const;
        const ListAttribute *attribute(const QString &name) const;
    };
    // Where a contact id lives: a seeded index (>= 0) or an added index (>= 0).
    struct Location
    {
        List *list = nullptr;
        qint64 seeded = -1;
        qint64 added = -1;
        bool live() const;
    };

    explicit ContactListsPart(const TenantState &state);
    static QString partName() { return QStringLiteral("contactlists"); }
    QJsonObject summary() const override;

    std::vector<List> lists;

    List *find(const QString &id);
    // The list a contact id belongs to and its position: seeded (index >= 0) or added.
    bool locate(const QString &contactId, List **list, qint64 *seededIndex, qint64 *addedIndex);
    Location locateIn(List &list, const QString &contactId);
    Contact seededContact(const List &list, qint64 index) const;
    Contact contactAt(const Location &at) const;
    QJsonObject attributesAt(const Location &at) const;
    // The same as canonical JSON text (toJsonBytes's): what the enrichment routes read and write.
    QByteArray attributesJsonAt(const Location &at) const;
    void setAttributes(const Location &at, const QJsonObject &attributes);
    void setAttributesJson(const Location &at, const QByteArray &json); // canonical JSON text
    // Reads and writes a contact's attributes as canonical JSON text in one step: change gets
    // the current text and returns the new one (the same text: nothing changes). One look-up
    // in the changed contacts, and seeded values generated once.
    template<typename Change>
    void changeAttributesJson(const Location &at, Change change);
    void setPhone(const Location &at, const QByteArray &phone);
    static QString seededId(const List &list, qint64 index);
    static QJsonObject contactJson(const Contact &contact);

    quint64 seed;
    quint64 patches = 0;
    quint64 deletes = 0;
    quint64 creates = 0;
    quint64 lookups = 0;
};

template<typename Change>
void ContactListsPart::changeAttributesJson(const Location &at, Change change)
{
    if (at.seeded < 0) {
        setAttributesJson(at, change(attributesJsonAt(at)));
        return;
    }
    QHash<qint64, QByteArray> &changed = at.list->attributes;
    const auto it = changed.find(at.seeded);
    if (it == changed.end()) {
        const QByteArray seeded = seededAttributesJson(at.list->seed, at.seeded);
        QByteArray json = change(seeded);
        if (json != seeded)
            changed.insert(at.seeded, std::move(json));
        return;
    }
    QByteArray json = change(it.value());
    if (json == it.value())
        return;
    // Back to its seeded values (an undo): the memory is given back.
    if (json == seededAttributesJson(at.list->seed, at.seeded))
        changed.erase(it);
    else
        it.value() = std::move(json);
}

} // namespace cxone::sim
