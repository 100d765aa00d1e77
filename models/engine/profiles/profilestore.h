#pragma once

#include "network/profile.h"

#include <QList>
#include <QObject>
#include <QString>

namespace cxone {

// The tenant profiles a person has set up, kept in QSettings (never the secret: see SecretStore).
// The built-in demo tenant is always listed first; it is not stored, because its address and
// credentials come from the embedded simulator each run.
class ProfileStore final : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QObject *parent = nullptr);
    ~ProfileStore() override;

    static QString demoProfileName();
    static bool isDemo(const QString &name) { return name == demoProfileName(); }
    // The demo profile as far as it is known before the simulator runs (no base URL yet).
    static Profile demoProfile();

    // Demo first, then the stored profiles by name.
    QList<Profile> profiles() const;
    QStringList names() const;
    bool contains(const QString &name) const;
    // The demo profile (without address) or a stored one; an empty profile when unknown.
    Profile profile(const QString &name) const;

    // Problems that stop `profile` from being saved under its name, in words; `previousName` is
    // the name it had before this edit (empty for a new profile).
    QStringList saveProblems(const Profile &profile, const QString &previousName = {}) const;
    // Creates or replaces; with previousName set and different, renames.
    bool save(const Profile &profile, const QString &previousName = {}, QString *error = nullptr);
    bool remove(const QString &name);

    // The profile chosen last time; the demo tenant on first run.
    QString lastUsed() const;
    void setLastUsed(const QString &name);

Q_SIGNALS:
    void changed();

private:
    QList<Profile> readStored() const;
    void writeStored(const QList<Profile> &profiles);
};

} // namespace cxone
