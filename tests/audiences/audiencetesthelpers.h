#pragma once

// Shared by the audience tests: a catalogue like the demo tenant's customer_360 and builders
// for criteria JSON.

#include "models/audiences/criteria.h"

#include <QJsonArray>
#include <QJsonObject>

namespace audtest {

inline cxone::FieldCatalogue customerCatalogue()
{
    using cxone::AudienceField;
    const auto f = [](const char *name, const char *type, QStringList enumValues = {}) {
        AudienceField field;
        field.name = QLatin1String(name);
        field.label = QLatin1String(name);
        field.type = QLatin1String(type);
        field.operators = cxone::defaultOperatorsForType(field.type);
        field.enumValues = std::move(enumValues);
        return field;
    };
    return cxone::FieldCatalogue(
            QStringLiteral("customer_360"),
            {f("annual_revenue", "decimal"),
             f("industry", "enum",
               {QStringLiteral("technology"), QStringLiteral("finance"), QStringLiteral("retail")}),
             f("employee_count", "integer"), f("engagement_score", "integer"), f("city", "string"),
             f("signup_date", "date"), f("is_vip", "boolean")});
}

inline QJsonObject cond(const char *field, const char *op, const QJsonValue &value)
{
    QJsonObject o{{QStringLiteral("field"), QLatin1String(field)},
                  {QStringLiteral("operator"), QLatin1String(op)}};
    if (!value.isUndefined())
        o.insert(QStringLiteral("value"), value);
    return o;
}

inline QJsonObject group(const char *op, const QJsonArray &conditions)
{
    return {{QStringLiteral("operator"), QLatin1String(op)},
            {QStringLiteral("conditions"), conditions}};
}

// Groups nested `levels` deep (the top group is level 1), one condition in the deepest.
inline QJsonObject nested(int levels)
{
    QJsonObject node = group("AND", {cond("employee_count", "greater_than", 10)});
    for (int i = 1; i < levels; ++i)
        node = group(i % 2 ? "OR" : "AND", {cond("is_vip", "equals", true), node});
    return node;
}

inline QJsonObject payload(const QJsonObject &criteria, const QJsonArray &exclusions = {})
{
    return {{QStringLiteral("name"), QStringLiteral("Test audience")},
            {QStringLiteral("description"), QStringLiteral("made by a test")},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("exclusions"), exclusions},
            {QStringLiteral("data_source"), QStringLiteral("customer_360")},
            {QStringLiteral("recalculate_on_update"), true}};
}

} // namespace audtest
