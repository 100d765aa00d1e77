#include "contactlistsmodule.h"

#include "tenantsimulator.h"

#include <QJsonArray>

#include <array>

namespace cxone::sim {

namespace {

// Example numbers of each region and type with their last digits drawn at random. They follow
// the real numbering plans closely enough that a phone library agrees on region and type.
struct PhoneTemplate
{
    const char *region;
    const char *e164; // an example; its last `randomDigits` digits are replaced
    int countryCodeDigits;
    int randomDigits;
    const char *lineType;
    int weight;
};

constexpr std::array kTemplates{
        PhoneTemplate{"US", "+12015550123", 1, 7, "mobile", 30},
        PhoneTemplate{"US", "+12125550187", 1, 7, "landline", 20},
        PhoneTemplate{"US", "+14155550132", 1, 7, "mobile", 20},
        PhoneTemplate{"US", "+18002345678", 1, 7, "toll-free", 4},
        PhoneTemplate{"US", "+18882345678", 1, 7, "toll-free", 2},
        PhoneTemplate{"US", "+19002345678", 1, 7, "premium-rate", 2},
        PhoneTemplate{"US", "+15002345678", 1, 7, "personal", 1},
        PhoneTemplate{"CA", "+15062345678", 1, 7, "mobile", 8},
        PhoneTemplate{"CA", "+14165550198", 1, 7, "landline", 6},
        PhoneTemplate{"CA", "+16002012345", 1, 7, "voip", 2},
        PhoneTemplate{"GB", "+447400123456", 2, 6, "mobile", 30},
        PhoneTemplate{"GB", "+441212345678", 2, 6, "landline", 15},
        PhoneTemplate{"GB", "+448001234567", 2, 6, "toll-free", 3},
        PhoneTemplate{"GB", "+449012345678", 2, 6, "premium-rate", 2},
        PhoneTemplate{"GB", "+445612345678", 2, 6, "voip", 3},
        PhoneTemplate{"GB", "+447012345678", 2, 6, "personal", 1},
        PhoneTemplate{"GB", "+447640123456", 2, 6, "pager", 1},
        PhoneTemplate{"GB", "+445512345678", 2, 6, "uan", 1},
        PhoneTemplate{"DE", "+4915123456789", 2, 6, "mobile", 25},
        PhoneTemplate{"DE", "+4930123456", 2, 5, "landline", 12},
        PhoneTemplate{"DE", "+498001234567890", 2, 6, "toll-free", 2},
        PhoneTemplate{"DE", "+499001234567", 2, 6, "premium-rate", 2},
        PhoneTemplate{"DE", "+4918012345", 2, 5, "shared-cost", 2},
        PhoneTemplate{"DE", "+4970012345678", 2, 6, "personal", 1},
        PhoneTemplate{"FR", "+33612345678", 2, 6, "mobile", 12},
        PhoneTemplate{"FR", "+33123456789", 2, 6, "landline", 8},
        PhoneTemplate{"FR", "+33801234567", 2, 6, "toll-free", 1},
        PhoneTemplate{"FR", "+33891123456", 2, 6, "premium-rate", 1},
        PhoneTemplate{"FR", "+33884012345", 2, 6, "shared-cost", 1},
        PhoneTemplate{"FR", "+33912345678", 2, 6, "voip", 2},
        PhoneTemplate{"AU", "+61412345678", 2, 6, "mobile", 12},
        PhoneTemplate{"AU", "+61212345678", 2, 6, "landline", 6},
        PhoneTemplate{"AU", "+611800123456", 2, 6, "toll-free", 1},
        PhoneTemplate{"AU", "+611900123456", 2, 6, "premium-rate", 1},
        PhoneTemplate{"AU", "+611300123456", 2, 6, "shared-cost", 1},
        PhoneTemplate{"AU", "+61147101234", 2, 6, "voip", 1},
        PhoneTemplate{"IN", "+918123456789", 2, 6, "mobile", 8},
        PhoneTemplate{"IN", "+911800123456", 2, 6, "toll-free", 1},
        PhoneTemplate{"BR", "+5511961234567", 2, 6, "mobile", 6},
        PhoneTemplate{"BR", "+551123456789", 2, 6, "landline", 3},
        PhoneTemplate{"MX", "+522221234567", 2, 6, "mobile", 6},
        PhoneTemplate{"MX", "+528001234567", 2, 6, "toll-free", 1},
        PhoneTemplate{"JP", "+819012345678", 2, 6, "mobile", 5},
        PhoneTemplate{"JP", "+815012345678", 2, 6, "voip", 2},
        PhoneTemplate{"JP", "+81570123456", 2, 6, "uan", 1},
        PhoneTemplate{"ES", "+34612345678", 2, 6, "mobile", 5},
        PhoneTemplate{"ES", "+34901123456", 2, 6, "shared-cost", 1},
        PhoneTemplate{"IT", "+393123456789", 2, 6, "mobile", 5},
        PhoneTemplate{"IT", "+390212345678", 2, 6, "landline", 3},
        PhoneTemplate{"NL", "+31612345678", 2, 6, "mobile", 4},
        PhoneTemplate{"NL", "+31851234567", 2, 6, "voip", 1},
        PhoneTemplate{"ZA", "+27711234567", 2, 6, "mobile", 4},
        PhoneTemplate{"ZA", "+27871234567", 2, 6, "voip", 1},
};

constexpr std::array kGarbage{
        "N/A",
        "n/a",
        "unknown",
        "123",
        "+1 555",
        "0000000000",
        "555-CALL-NOW",
        "+999 123 456 789",
        "12345678901234567890",
        "(000) 000-0000",
        "+44 20 7946",
        "+49 0",
        "phone",
        "#",
        "none",
        "tbd",
        "1-800-FLOWERS-NOW-PLEASE",
        "+",
        "00",
        "email only",
};

constexpr std::array kFirstNames{"Ava",  "Ben", "Chloe", "Dev",  "Ema", "Finn", "Grace", "Hugo",
                                 "Isla", "Jon", "Kai",   "Lena", "Mia", "Noah", "Omar",  "Pia"};
constexpr std::array kLastNames{"Adams",  "Brown",  "Costa",  "Dubois", "Evans", "Fischer",
                                "Garcia", "Hughes", "Ito",    "Jones",  "Khan",  "Lopez",
                                "Meyer",  "Novak",  "Okafor", "Patel"};

constexpr std::array kCarriers{"Northwind Mobile", "Contoso Telecom",   "Fabrikam Wireless",
                               "Litware Voice",    "Tailspin Networks", "Adatum Fiber"};

int totalWeight(const QString &defaultRegion)
{
    int sum = 0;
    for (const PhoneTemplate &t : kTemplates)
        sum += t.weight * (QLatin1StringView(t.region) == defaultRegion ? 20 : 1);
    return sum;
}

const PhoneTemplate &pickTemplate(SimRng &rng, const QString &defaultRegion, int total)
{
    // Most numbers of a list come from its own region; the rest from everywhere.
    qint64 draw = qint64(rng.bounded(quint64(total)));
    for (const PhoneTemplate &t : kTemplates) {
        draw -= t.weight * (QLatin1StringView(t.region) == defaultRegion ? 20 : 1);
        if (draw < 0)
            return t;
    }
    return kTemplates.front();
}

QByteArray groupDigits(QByteArrayView digits, char separator, bool usStyle)
{
    if (usStyle && digits.size() == 10) {
        const QByteArray area = digits.first(3).toByteArray();
        const QByteArray rest
                = digits.sliced(3, 3).toByteArray() + separator + digits.sliced(6).toByteArray();
        return separator == '-' ? QByteArray('(' + area + ") " + rest)
                                : QByteArray(area + separator + rest);
    }
    QByteArray out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        // Groups of 3 then 4 at the end read like most national formats.
        if (i > 0 && (digits.size() - i) % 4 == 0 && separator != 0)
            out += separator;
        out += digits[i];
    }
    return out;
}

GeneratedPhone basePhone(quint64 seed, quint64 index, const QString &defaultRegion, int total)
{
    SimRng rng(SimRng::at(seed, index));
    GeneratedPhone phone;
    const double kind = rng.nextDouble();
    if (kind < 0.03)
        return phone; // empty value
    if (kind < 0.08) {
        phone.text = kGarbage[rng.bounded(kGarbage.size())];
        return phone;
    }
    const PhoneTemplate &t = pickTemplate(rng, defaultRegion, total);
    QByteArray e164(t.e164);
    for (qsizetype i = e164.size() - t.randomDigits; i < e164.size(); ++i)
        e164[i] = char('0' + rng.bounded(10));
    // North American exchanges start with 2-9.
    if (t.countryCodeDigits == 1)
        e164[5] = char('2' + rng.bounded(8));
    phone.e164 = e164;
    phone.lineType = t.lineType;

    const QByteArray cc = e164.mid(1, t.countryCodeDigits);
    const QByteArray nsn = e164.mid(1 + t.countryCodeDigits);
    const bool home = QLatin1StringView(t.region) == defaultRegion;
    const bool nanp = cc == "1";
    const char separators[] = {' ', '-', '.', ' '};
    const char sep = separators[rng.bounded(4)];
    const double format = rng.nextDouble();
    if (format < 0.35) {
        phone.text = e164;
    } else if (format < 0.50) {
        phone.text = '+' + cc + ' ' + groupDigits(nsn, sep, nanp);
    } else if (format < 0.80 && home) {
        const QByteArray trunk = nanp ? (rng.chance(0.3) ? "1 " : "") : "0";
        phone.text = trunk + groupDigits(nsn, sep, nanp);
    } else if (format < 0.88) {
        // International dialling prefix of the list's region instead of '+'.
        const QByteArray idd = defaultRegion == u"US" || defaultRegion == u"CA" ? "011 " : "00";
        phone.text = (home && nanp ? QByteArray() : idd + cc + ' ') + groupDigits(nsn, sep, nanp);
    } else if (format < 0.94) {
        const char *const exts[] = {" ext. ", " x", " ext ", ";ext="};
        phone.text = (home ? (nanp ? QByteArray() : QByteArray("0")) + groupDigits(nsn, sep, nanp)
                           : QByteArray('+' + cc + ' ' + nsn))
                     + exts[rng.bounded(4)] + QByteArray::number(rng.range(1, 9999));
    } else {
        phone.text = "  " + e164 + ' '; // stray whitespace around a clean number
    }
    return phone;
}

} // namespace

GeneratedPhone generatePhone(quint64 seed, quint64 index, const QString &defaultRegion)
{
    const int total = totalWeight(defaultRegion);
    SimRng rng(SimRng::at(seed ^ 0x9e3779b97f4a7c15ull, index));
    if (index > 0 && rng.chance(0.06)) {
        // A duplicate of an earlier contact, sometimes written differently.
        const quint64 earlier = rng.bounded(index);
        GeneratedPhone dup = basePhone(seed, earlier, defaultRegion, total);
        if (!dup.e164.isEmpty() && rng.chance(0.5))
            dup.text = dup.e164;
        return dup;
    }
    return basePhone(seed, index, defaultRegion, total);
}

QJsonObject lookupPhone(quint64 seed, const QByteArray &e164)
{
    QByteArray type = "unknown";
    qsizetype best = 0;
    for (const PhoneTemplate &t : kTemplates) {
        // Longest template prefix that matches all but the random digits wins.
        const QByteArrayView prefix = QByteArrayView(t.e164).chopped(t.randomDigits);
        if (e164.size() == qsizetype(qstrlen(t.e164)) && e164.startsWith(prefix)
            && prefix.size() > best) {
            best = prefix.size();
            type = t.lineType;
        }
    }
    const quint64 h = mixSeed(seed, e164);
    const bool valid = best > 0;
    // A few ordinary numbers are ported to VoIP or are known throwaway numbers.
    if (valid && (type == "mobile" || type == "landline") && h % 31 == 0)
        type = "voip";
    const bool disposable = valid && (h >> 8) % 29 == 0;
    return {{QStringLiteral("number"), QString::fromLatin1(e164)},
            {QStringLiteral("valid"), valid},
            {QStringLiteral("carrier"),
             valid ? QString::fromLatin1(kCarriers[(h >> 16) % kCarriers.size()]) : QString()},
            {QStringLiteral("lineType"), QString::fromLatin1(type)},
            {QStringLiteral("disposable"), disposable}};
}

qint64 ContactListsPart::List::liveCount() const
{
    qint64 added = 0;
    for (const bool gone : addedDeleted)
        added += gone ? 0 : 1;
    return seededCount - deleted.size() + added;
}

ContactListsPart::ContactListsPart(quint64 tenantSeed)
    : seed(tenantSeed)
{}

QJsonObject ContactListsPart::summary() const
{
    QJsonArray items;
    for (const List &l : lists)
        items.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("contacts"), l.liveCount()},
                                 {QStringLiteral("deleted"), qint64(l.deleted.size())},
                                 {QStringLiteral("patched"), qint64(l.phones.size())},
                                 {QStringLiteral("added"), qint64(l.added.size())}});
    return {{QStringLiteral("lists"), items},
            {QStringLiteral("patchRequests"), qint64(patches)},
            {QStringLiteral("deleteRequests"), qint64(deletes)},
            {QStringLiteral("lookupRequests"), qint64(lookups)}};
}

ContactListsPart::List *ContactListsPart::find(const QString &id)
{
    for (List &l : lists) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QString ContactListsPart::seededId(const List &list, qint64 index)
{
    // Opaque to clients; the simulator reads its own ids back to find the list.
    return QStringLiteral("ct-%1-%2").arg(list.id.mid(5)).arg(index, 7, 10, QChar(u'0'));
}

bool ContactListsPart::locate(const QString &contactId, List **list, qint64 *seededIndex,
                              qint64 *addedIndex)
{
    *seededIndex = -1;
    *addedIndex = -1;
    for (List &l : lists) {
        const QString prefix = QStringLiteral("ct-%1-").arg(l.id.mid(5));
        if (contactId.startsWith(prefix)) {
            bool ok = false;
            const qint64 index = QStringView(contactId).sliced(prefix.size()).toLongLong(&ok);
            if (ok && index >= 0 && index < l.seededCount && seededId(l, index) == contactId) {
                *list = &l;
                *seededIndex = index;
                return true;
            }
        }
        if (const auto it = l.addedIndex.constFind(contactId); it != l.addedIndex.constEnd()) {
            *list = &l;
            *addedIndex = it.value();
            return true;
        }
    }
    return false;
}

ContactListsPart::Contact ContactListsPart::seededContact(const List &list, qint64 index) const
{
    Contact c;
    c.id = seededId(list, index);
    c.phone = list.phones.contains(index)
                      ? list.phones.value(index)
                      : generatePhone(list.seed, quint64(index), list.defaultRegion).text;
    SimRng rng(SimRng::at(list.seed ^ 0x5bd1e995ull, quint64(index)));
    c.fields = {{QStringLiteral("firstName"),
                 QString::fromLatin1(kFirstNames[rng.bounded(kFirstNames.size())])},
                {QStringLiteral("lastName"),
                 QString::fromLatin1(kLastNames[rng.bounded(kLastNames.size())])}};
    if (const auto it = list.fields.constFind(index); it != list.fields.constEnd()) {
        for (auto f = it->begin(); f != it->end(); ++f)
            c.fields.insert(f.key(), f.value());
    }
    return c;
}

namespace {

QJsonObject contactJson(const ContactListsPart::Contact &c)
{
    QJsonObject o = c.fields;
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("phone"), QString::fromUtf8(c.phone));
    return o;
}

const QStringList kReadScopes{QStringLiteral("campaign:contactlist:read")};
const QStringList kWriteScopes{QStringLiteral("campaign:contact:write")};
const QStringList kDeleteScopes{QStringLiteral("campaign:contact:delete")};

SimResponse getPage(const SimRequest &req, ContactListsPart &part)
{
    ContactListsPart::List *list = part.find(req.param(QStringLiteral("listId")));
    if (!list)
        return SimResponse::notFound(
                QStringLiteral("contact list %1").arg(req.param(QStringLiteral("listId"))));
    int pageSize = ContactListsModule::kDefaultPageSize;
    if (const QString s = req.queryValue(QStringLiteral("pageSize")); !s.isEmpty()) {
        bool ok = false;
        pageSize = s.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > ContactListsModule::kMaxPageSize)
            return SimResponse::badRequest(QStringLiteral("pageSize must be between 1 and %1.")
                                                   .arg(ContactListsModule::kMaxPageSize));
    }
    qint64 cursor = 0;
    if (const QString s = req.queryValue(QStringLiteral("cursor")); !s.isEmpty()) {
        bool ok = false;
        cursor = s.toLongLong(&ok);
        if (!ok || cursor < 0)
            return SimResponse::badRequest(QStringLiteral("The cursor is not one this list gave."));
    }
    QJsonArray contacts;
    const qint64 end = list->seededCount + qint64(list->added.size());
    while (cursor < end && contacts.size() < pageSize) {
        if (cursor < list->seededCount) {
            if (!list->deleted.contains(cursor))
                contacts.append(contactJson(part.seededContact(*list, cursor)));
        } else {
            const qint64 a = cursor - list->seededCount;
            if (!list->addedDeleted[size_t(a)])
                contacts.append(contactJson(list->added[size_t(a)]));
        }
        ++cursor;
    }
    QJsonObject body{{QStringLiteral("id"), list->id},
                     {QStringLiteral("name"), list->name},
                     {QStringLiteral("contactCount"), list->liveCount()},
                     {QStringLiteral("contacts"), contacts}};
    if (cursor < end) {
        body.insert(QStringLiteral("nextPageUri"),
                    QStringLiteral("/api/v2/campaigns/contactlists/%1?cursor=%2&pageSize=%3")
                            .arg(list->id)
                            .arg(cursor)
                            .arg(pageSize));
    }
    return SimResponse::json(200, body);
}

SimResponse patchContacts(const SimRequest &req, ContactListsPart &part)
{
    const QString listId = req.param(QStringLiteral("listId"));
    ContactListsPart::List *list = part.find(listId);
    if (!list)
        return SimResponse::notFound(QStringLiteral("contact list %1").arg(listId));
    if (req.jsonError.error != QJsonParseError::NoError || !req.json.isObject())
        return SimResponse::badRequest(QStringLiteral("The body must be a JSON object."));
    const QJsonValue value = req.jsonObject().value(u"contacts");
    if (!value.isArray() || value.toArray().isEmpty())
        return SimResponse::badRequest(QStringLiteral("contacts must be a non-empty array."));
    const QJsonArray contacts = value.toArray();
    if (contacts.size() > ContactListsModule::kMaxPatch)
        return SimResponse::badRequest(
                QStringLiteral("At most %1 contacts per request; %2 were sent.")
                        .arg(ContactListsModule::kMaxPatch)
                        .arg(contacts.size()));
    for (const QJsonValue &v : contacts) {
        const QJsonObject c = v.toObject();
        if (c.value(u"id").toString().isEmpty() || !c.value(u"phone").isString())
            return SimResponse::badRequest(
                    QStringLiteral("Every contact needs an id and a phone string."));
    }
    // Validated first: a bad request changes nothing.
    ++part.patches;
    int updated = 0;
    int created = 0;
    for (const QJsonValue &v : contacts) {
        QJsonObject c = v.toObject();
        const QString id = c.take(QStringLiteral("id")).toString();
        const QByteArray phone = c.take(QStringLiteral("phone")).toString().toUtf8();
        ContactListsPart::List *owner = nullptr;
        qint64 seeded = -1;
        qint64 added = -1;
        if (part.locate(id, &owner, &seeded, &added) && owner == list) {
            if (seeded >= 0) {
                if (list->deleted.remove(seeded))
                    ++created;
                else
                    ++updated;
                if (phone == generatePhone(list->seed, quint64(seeded), list->defaultRegion).text)
                    list->phones.remove(seeded); // back to the seeded value
                else
                    list->phones.insert(seeded, phone);
                if (!c.isEmpty()) {
                    QJsonObject &f = list->fields[seeded];
                    for (auto it = c.begin(); it != c.end(); ++it)
                        f.insert(it.key(), it.value());
                }
            } else {
                if (list->addedDeleted[size_t(added)])
                    ++created;
                else
                    ++updated;
                list->addedDeleted[size_t(added)] = false;
                ContactListsPart::Contact &existing = list->added[size_t(added)];
                existing.phone = phone;
                for (auto it = c.begin(); it != c.end(); ++it)
                    existing.fields.insert(it.key(), it.value());
            }
        } else {
            // Upsert: an unknown id (or one of another list) becomes a new contact here.
            list->addedIndex.insert(id, qint64(list->added.size()));
            list->added.push_back({id, phone, c});
            list->addedDeleted.push_back(false);
            ++created;
        }
    }
    return SimResponse::json(
            200, QJsonObject{{QStringLiteral("updated"), updated},
                             {QStringLiteral("created"), created},
                             {QStringLiteral("processedCount"), qint64(contacts.size())}});
}

SimResponse deleteContact(const SimRequest &req, ContactListsPart &part)
{
    const QString id = req.param(QStringLiteral("contactId"));
    ContactListsPart::List *list = nullptr;
    qint64 seeded = -1;
    qint64 added = -1;
    if (!part.locate(id, &list, &seeded, &added))
        return SimResponse::notFound(QStringLiteral("contact %1").arg(id));
    if (seeded >= 0) {
        if (list->deleted.contains(seeded))
            return SimResponse::notFound(QStringLiteral("contact %1").arg(id));
        list->deleted.insert(seeded);
    } else {
        if (list->addedDeleted[size_t(added)])
            return SimResponse::notFound(QStringLiteral("contact %1").arg(id));
        list->addedDeleted[size_t(added)] = true;
    }
    ++part.deletes;
    return SimResponse::noContent();
}

SimResponse lookup(const SimRequest &req, ContactListsPart &part)
{
    if (req.jsonError.error != QJsonParseError::NoError || !req.json.isObject())
        return SimResponse::badRequest(QStringLiteral("The body must be a JSON object."));
    const QJsonArray numbers = req.jsonObject().value(u"numbers").toArray();
    if (numbers.isEmpty())
        return SimResponse::badRequest(QStringLiteral("numbers must be a non-empty array."));
    if (numbers.size() > ContactListsModule::kMaxLookup)
        return SimResponse::badRequest(QStringLiteral("At most %1 numbers per lookup.")
                                               .arg(ContactListsModule::kMaxLookup));
    ++part.lookups;
    QJsonArray results;
    for (const QJsonValue &n : numbers)
        results.append(lookupPhone(part.seed, n.toString().toLatin1()));
    return SimResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
}

} // namespace

void ContactListsModule::registerRoutes(TenantSimulator &sim)
{
    TenantState &state = sim.state();
    auto part = std::make_unique<ContactListsPart>(state.seed());
    struct Seeded
    {
        const char *id;
        const char *name;
        const char *region;
        qint64 small, demo, large;
    };
    const Seeded seeded[] = {
            {"list_us_main", "US outbound - main", "US", 2000, 100000, 1000000},
            {"list_gb_renewals", "UK renewals", "GB", 400, 8000, 100000},
            {"list_de_leads", "DE web leads", "DE", 150, 1500, 20000},
            {"list_au_winback", "AU win-back", "AU", 60, 300, 3000},
            {"list_empty", "Empty test list", "US", 0, 0, 0},
    };
    for (const Seeded &s : seeded) {
        ContactListsPart::List l;
        l.id = QString::fromLatin1(s.id);
        l.name = QString::fromLatin1(s.name);
        l.defaultRegion = QString::fromLatin1(s.region);
        l.seededCount = state.scaled(s.small, s.demo, s.large);
        l.seed = mixSeed(state.seed(), s.id);
        part->lists.push_back(std::move(l));
    }
    state.addPart(QStringLiteral("contactlists"), std::move(part));

    const auto withPart = [](SimResponse (*fn)(const SimRequest &, ContactListsPart &)) {
        return [fn](const SimRequest &req, TenantState &st) {
            return fn(req, *st.partAs<ContactListsPart>(QStringLiteral("contactlists")));
        };
    };

    sim.addRoute("GET", QStringLiteral("/api/v2/campaigns/contactlists"), kReadScopes,
                 [](const SimRequest &, TenantState &st) {
                     auto *p = st.partAs<ContactListsPart>(QStringLiteral("contactlists"));
                     QJsonArray items;
                     for (const ContactListsPart::List &l : p->lists)
                         items.append(
                                 QJsonObject{{QStringLiteral("id"), l.id},
                                             {QStringLiteral("name"), l.name},
                                             {QStringLiteral("contactCount"), l.liveCount()},
                                             {QStringLiteral("defaultRegion"), l.defaultRegion}});
                     return SimResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
                 });
    sim.addRoute("GET", QStringLiteral("/api/v2/campaigns/contactlists/{listId}"), kReadScopes,
                 withPart(getPage));
    sim.addRoute("PATCH", QStringLiteral("/api/v2/campaigns/contactlists/{listId}/contacts"),
                 kWriteScopes, withPart(patchContacts));
    sim.addRoute("DELETE", QStringLiteral("/api/v2/campaigns/contacts/{contactId}"), kDeleteScopes,
                 withPart(deleteContact));
    sim.addRoute("POST", QStringLiteral("/api/v2/campaigns/phone-lookup"), kReadScopes,
                 withPart(lookup));
}

} // namespace cxone::sim
