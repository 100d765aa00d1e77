#pragma once

#include "models/enrichment/enrichplan.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cxone {

// A named mapping people reuse for the same CRM export every week: which header feeds which
// attribute, the id column, and the reading options.
struct MappingTemplate
{
    QString name;
    QJsonObject mapping; // EnrichMapping::toJson()
    EnrichOptions options;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, MappingTemplate *out, QString *error);
};

// Templates live as JSON files in the application data folder (templates/NAME.json); a template
// can also be read from or written to any file (import, export, --template FILE.json).
class MappingTemplates final
{
public:
    static QString folder();
    static QStringList names();
    static bool save(const MappingTemplate &t, QString *error);
    // `nameOrPath`: a saved template's name, or a path to a .json file.
    static bool load(const QString &nameOrPath, MappingTemplate *out, QString *error);
    static bool remove(const QString &name, QString *error);
    static bool exportTo(const MappingTemplate &t, const QString &path, QString *error);
    static bool isValidName(const QString &name);
};

} // namespace cxone
