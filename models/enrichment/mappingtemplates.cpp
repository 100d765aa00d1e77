#include "models/enrichment/mappingtemplates.h"

#include "models/engine/appdirs.h"
#include "models/engine/io/boundedinput.h"
#include "network/fileio.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cxone {

QJsonObject MappingTemplate::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("version"), 1},
            {QStringLiteral("mapping"), mapping},
            {QStringLiteral("options"), options.toJson()}};
}

bool MappingTemplate::fromJson(const QJsonObject &json, MappingTemplate *out, QString *error)
{
    MappingTemplate t;
    t.name = json.value(u"name").toString();
    t.mapping = json.value(u"mapping").toObject();
    if (!t.mapping.value(u"columns").isObject()) {
        *error = QStringLiteral("it has no \"mapping\" with \"columns\"");
        return false;
    }
    const QJsonObject o = json.value(u"options").toObject();
    // Templates saved before the mark could be found from the column say decimalComma, whose
    // false was the default rather than a choice.
    if (o.contains(u"decimalMark")) {
        if (!parseDecimalMark(o.value(u"decimalMark").toString(),
                              &t.options.coercion.decimalMark)) {
            *error = QStringLiteral("its decimalMark is not auto, point or comma");
            return false;
        }
    } else if (o.value(u"decimalComma").toBool()) {
        t.options.coercion.decimalMark = DecimalMark::Comma;
    }
    if (o.contains(u"dateOrder")
        && !parseDateOrder(o.value(u"dateOrder").toString(), &t.options.coercion.dateOrder)) {
        *error = QStringLiteral("its dateOrder is not auto, dmy or mdy");
        return false;
    }
    if (o.contains(u"duplicates")
        && !parseDuplicatePolicy(o.value(u"duplicates").toString(), &t.options.duplicates)) {
        *error = QStringLiteral("its duplicates policy is not first, last or error");
        return false;
    }
    for (const QJsonValue v : o.value(u"nullTokens").toArray())
        t.options.extraNullTokens << v.toString();
    *out = std::move(t);
    return true;
}

QString MappingTemplates::folder()
{
    return cxone::dataDirectory() + QStringLiteral("/templates");
}

bool MappingTemplates::isValidName(const QString &name)
{
    static const QRegularExpression ok(QStringLiteral("^[\\w][\\w .\\-]{0,63}$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return ok.match(name).hasMatch() && !name.contains(QStringLiteral(".."));
}

QStringList MappingTemplates::names()
{
    QStringList out;
    const QFileInfoList files
            = QDir(folder()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files)
        out << f.completeBaseName();
    return out;
}

bool MappingTemplates::exportTo(const MappingTemplate &t, const QString &path, QString *error)
{
    return makeDataFolder(QFileInfo(path).absolutePath(), error)
           && writeOutputFile(path, QJsonDocument(t.toJson()).toJson(QJsonDocument::Indented),
                              error, QStringLiteral("The template"));
}

bool MappingTemplates::save(const MappingTemplate &t, QString *error)
{
    if (!isValidName(t.name)) {
        *error = QStringLiteral("\u201c%1\u201d cannot name a template: use letters, digits, "
                                "spaces, dots and dashes (up to 64).")
                         .arg(t.name);
        return false;
    }
    return exportTo(t, folder() + u'/' + t.name + QStringLiteral(".json"), error);
}

bool MappingTemplates::load(const QString &nameOrPath, MappingTemplate *out, QString *error)
{
    QString path = nameOrPath;
    if (!nameOrPath.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
        && !nameOrPath.contains(u'/')) {
        if (!isValidName(nameOrPath)) {
            *error = QStringLiteral("\u201c%1\u201d is not a template name.").arg(nameOrPath);
            return false;
        }
        path = folder() + u'/' + nameOrPath + QStringLiteral(".json");
        if (!QFileInfo::exists(path)) {
            const QStringList known = names();
            *error = QStringLiteral("There is no saved template \u201c%1\u201d%2.")
                             .arg(nameOrPath,
                                  known.isEmpty() ? QString()
                                                  : QStringLiteral(" (saved: %1)")
                                                            .arg(known.join(QStringLiteral(", "))));
            return false;
        }
    }
    QByteArray bytes;
    if (!readBounded(path, 1024 * 1024, &bytes, error,
                     QStringLiteral("the template '%1'").arg(path)))
        return false;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    QString why;
    if (!doc.isObject()) {
        *error = QStringLiteral("The template '%1' is not JSON: %2").arg(path, pe.errorString());
        return false;
    }
    if (!MappingTemplate::fromJson(doc.object(), out, &why)) {
        *error = QStringLiteral("The template '%1' cannot be used: %2.").arg(path, why);
        return false;
    }
    if (out->name.isEmpty())
        out->name = QFileInfo(path).completeBaseName();
    return true;
}

bool MappingTemplates::remove(const QString &name, QString *error)
{
    if (!isValidName(name) || !QFile::remove(folder() + u'/' + name + QStringLiteral(".json"))) {
        *error = QStringLiteral("The template \u201c%1\u201d could not be removed.").arg(name);
        return false;
    }
    return true;
}

} // namespace cxone
