#include "models/engine/profiles/profilestore.h"

#include <QSettings>

#include <algorithm>

namespace cxone {

namespace {

const auto profilesKey = QStringLiteral("profiles");
const auto lastUsedKey = QStringLiteral("session/lastProfile");

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::demoProfileName()
{
    return QStringLiteral("Demo tenant");
}

Profile ProfileStore::demoProfile()
{
    Profile p;
    p.name = demoProfileName();
    p.scopes = allConsoleScopes();
    return p;
}

QList<Profile> ProfileStore::readStored() const
{
    QSettings settings;
    QList<Profile> list;
    const int n = settings.beginReadArray(profilesKey);
    list.reserve(n);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        Profile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
        p.tokenUrl = QUrl(settings.value(QStringLiteral("tokenUrl")).toString());
        AuthStyle style = AuthStyle::FormBody;
        if (parseAuthStyle(settings.value(QStringLiteral("authStyle")).toString(), &style))
            p.authStyle = style;
        p.clientId = settings.value(QStringLiteral("clientId")).toString();
        p.scopes = settings.value(QStringLiteral("scopes")).toStringList();
        const qint64 timeout
                = settings.value(QStringLiteral("transferTimeoutMs"), 30000).toLongLong();
        p.transferTimeout = std::chrono::milliseconds(std::max<qint64>(1000, timeout));
        if (!p.name.isEmpty() && !isDemo(p.name))
            list.append(p);
    }
    settings.endArray();
    std::sort(list.begin(), list.end(), [](const Profile &a, const Profile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

void ProfileStore::writeStored(const QList<Profile> &profiles)
{
    QSettings settings;
    settings.remove(profilesKey);
    settings.beginWriteArray(profilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
        settings.setValue(QStringLiteral("tokenUrl"), p.tokenUrl.toString());
        settings.setValue(QStringLiteral("authStyle"), authStyleName(p.authStyle));
        settings.setValue(QStringLiteral("clientId"), p.clientId);
        settings.setValue(QStringLiteral("scopes"), p.scopes);
        settings.setValue(QStringLiteral("transferTimeoutMs"), qint64(p.transferTimeout.count()));
    }
    settings.endArray();
    settings.sync();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list = readStored();
    list.prepend(demoProfile());
    return list;
}

QStringList ProfileStore::names() const
{
    QStringList names;
    for (const Profile &p : profiles())
        names.append(p.name);
    return names;
}

bool ProfileStore::contains(const QString &name) const
{
    return names().contains(name);
}

Profile ProfileStore::profile(const QString &name) const
{
    if (isDemo(name))
        return demoProfile();
    const QList<Profile> stored = readStored();
    for (const Profile &p : stored) {
        if (p.name == name)
            return p;
    }
    return {};
}

QStringList ProfileStore::saveProblems(const Profile &profile, const QString &previousName) const
{
    QStringList problems;
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        problems.append(tr("The profile needs a name."));
    else if (isDemo(name))
        problems.append(tr("“%1” is the built-in demo tenant; choose another name.").arg(name));
    else if (name != previousName && contains(name))
        problems.append(tr("A profile named “%1” already exists.").arg(name));
    problems.append(profile.problems());
    return problems;
}

bool ProfileStore::save(const Profile &profile, const QString &previousName, QString *error)
{
    const QStringList problems = saveProblems(profile, previousName);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u' ');
        return false;
    }
    Profile stored = profile;
    stored.name = profile.name.trimmed();
    const bool wasLastUsed
            = !previousName.isEmpty() && QSettings().value(lastUsedKey).toString() == previousName;
    QList<Profile> list = readStored();
    const QString replaced = previousName.isEmpty() ? stored.name : previousName;
    list.removeIf([&](const Profile &p) { return p.name == replaced || p.name == stored.name; });
    list.append(stored);
    writeStored(list);
    if (wasLastUsed)
        setLastUsed(stored.name);
    Q_EMIT changed();
    return true;
}

bool ProfileStore::remove(const QString &name)
{
    if (isDemo(name))
        return false;
    QList<Profile> list = readStored();
    if (list.removeIf([&](const Profile &p) { return p.name == name; }) == 0)
        return false;
    writeStored(list);
    if (lastUsed() == name)
        setLastUsed(demoProfileName());
    Q_EMIT changed();
    return true;
}

QString ProfileStore::lastUsed() const
{
    const QString name = QSettings().value(lastUsedKey).toString();
    return name.isEmpty() || !contains(name) ? demoProfileName() : name;
}

void ProfileStore::setLastUsed(const QString &name)
{
    QSettings().setValue(lastUsedKey, name);
}

} // namespace cxone
