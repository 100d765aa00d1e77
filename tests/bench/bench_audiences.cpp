// bench_audiences: what costs time around journey audiences.
//   - the simulator: generating the seeded populations and evaluating a nested criteria tree
//     (depth 5, with lists, ranges and text matches) and an exclusion over them;
//   - the editor's model: building the largest allowed tree action by action (each an undo
//     step), validating it, serializing it, rendering it in plain language, undo and redo of all.
// Prints a Markdown table.
//
//   bench_audiences [--scale small|demo|large] [--repeat N] [--smoke]

#include "app/simulator/modules/audiencesdata.h"
#include "app/simulator/tenantstate.h"
#include "models/audiences/audiencedocument.h"
#include "models/audiences/criteriamodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QUndoStack>

using namespace cxone;

namespace {

QJsonObject cond(const char *field, const char *op, const QJsonValue &value)
{
    return {{QStringLiteral("field"), QLatin1String(field)},
            {QStringLiteral("operator"), QLatin1String(op)},
            {QStringLiteral("value"), value}};
}

QJsonObject group(const char *op, const QJsonArray &conditions)
{
    return {{QStringLiteral("operator"), QLatin1String(op)},
            {QStringLiteral("conditions"), conditions}};
}

// Five levels, fourteen conditions, every kind of operator the evaluator has.
QJsonObject deepCriteria()
{
    QJsonObject level5 = group("AND", {cond("city", "starts_with", QStringLiteral("Bo")),
                                       cond("signup_date", "after", QStringLiteral("2020-01-01"))});
    QJsonObject level4
            = group("OR", {cond("email_domain", "contains", QStringLiteral("test")),
                           cond("lifetime_value", "between", QJsonArray{1000, 90000}), level5});
    QJsonObject level3
            = group("AND", {cond("country", "in",
                                 QJsonArray{QStringLiteral("US"), QStringLiteral("GB"),
                                            QStringLiteral("DE"), QStringLiteral("FR")}),
                            cond("employee_count", "greater_than_or_equal", 50), level4});
    QJsonObject level2 = group("OR", {cond("engagement_score", "greater_than", 60),
                                      cond("is_vip", "equals", true), level3});
    return group("AND", {cond("annual_revenue", "greater_than", 100000),
                         cond("industry", "not_in", QJsonArray{QStringLiteral("government")}),
                         cond("city", "is_set", QJsonValue()), level2,
                         cond("signup_date", "before", QStringLiteral("2025-06-01"))});
}

struct Row
{
    QString what;
    qint64 items = 0;
    double ms = 0;
    QString unit;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    sim::SimConfig config;
    config.scale = smoke ? sim::Scale::Small : sim::Scale::Large;
    int repeat = smoke ? 2 : 20;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--scale" && i + 1 < args.size()) {
            if (!sim::parseScale(args.at(++i), &config.scale)) {
                err << "bench_audiences: --scale takes small, demo or large\n";
                return 2;
            }
        } else if (args.at(i) == u"--repeat" && i + 1 < args.size()) {
            repeat = std::max(1, args.at(++i).toInt());
        } else if (args.at(i) != u"--smoke") {
            err << "usage: bench_audiences [--scale small|demo|large] [--repeat N] [--smoke]\n";
            return 2;
        }
    }

    QList<Row> rows;
    QElapsedTimer t;

    // --- simulator
    sim::TenantState state(config);
    t.start();
    sim::AudiencesPart part(state);
    const qint64 records = part.dataSource(QStringLiteral("customer_360"))->size();
    rows.append({QStringLiteral("generate populations (3 sources) + 6 seeded audiences"),
                 records * 3, double(t.nsecsElapsed()) / 1e6, QStringLiteral("records")});

    const QJsonObject criteria = deepCriteria();
    if (!part.validate({{QStringLiteral("name"), QStringLiteral("bench")},
                        {QStringLiteral("data_source"), QStringLiteral("customer_360")},
                        {QStringLiteral("criteria"), criteria}})
                 .isEmpty()) {
        err << "bench_audiences: the benchmark criteria are not valid\n";
        return 1;
    }
    qint64 members = 0;
    t.restart();
    for (int i = 0; i < repeat; ++i)
        members = part.evaluate(QStringLiteral("customer_360"), criteria, {});
    rows.append({QStringLiteral("evaluate depth-5 tree, 14 conditions (%1 members)").arg(members),
                 records * repeat, double(t.nsecsElapsed()) / 1e6, QStringLiteral("records")});

    // Excluding another audience re-evaluates that audience over the population too.
    QString excluded;
    for (const auto &[id, a] : part.audiences()) {
        if (a.dataSource == u"customer_360")
            excluded = id;
    }
    t.restart();
    for (int i = 0; i < repeat; ++i)
        members = part.evaluate(QStringLiteral("customer_360"), criteria, {excluded});
    rows.append({QStringLiteral("evaluate with one audience excluded (%1 members)").arg(members),
                 records * repeat, double(t.nsecsElapsed()) / 1e6, QStringLiteral("records")});

    // --- the editor's model
    QList<AudienceField> fields;
    for (const sim::SimField &f : part.dataSource(QStringLiteral("customer_360"))->fields)
        fields.append({f.name, f.label, f.type, sim::simOperatorsForType(f.type), f.enumValues});
    const FieldCatalogue catalogue(QStringLiteral("customer_360"), fields);
    const int conditions = smoke ? 40 : CriteriaLimits{}.maxTotal;
    QUndoStack stack;
    CriteriaModel model(&stack);
    model.setCatalogue(catalogue);
    t.restart();
    // Five groups of the allowed size under the top group, each filled by actions.
    QModelIndex groupIndex;
    for (int i = 0; i < conditions; ++i) {
        if (i % (conditions / 5) == 0)
            groupIndex = model.addGroup(model.index(0, 0));
        const QModelIndex c = i % (conditions / 5) == 0 ? model.index(0, 0, groupIndex)
                                                        : model.addCondition(groupIndex);
        model.setConditionField(c, QStringLiteral("employee_count"));
        model.setConditionOperator(c, QStringLiteral("greater_than"));
        model.setConditionValue(c, QJsonValue(i));
    }
    rows.append({QStringLiteral("build %1 conditions by actions (%2 undo steps)")
                         .arg(conditions)
                         .arg(stack.count()),
                 stack.count(), double(t.nsecsElapsed()) / 1e6, QStringLiteral("steps")});
    if (!model.problems().isEmpty()) {
        err << "bench_audiences: the built tree has problems: " << model.problems().first().message
            << '\n';
        return 1;
    }
    t.restart();
    for (int i = 0; i < repeat; ++i)
        validateCriteria(model.root(), &catalogue);
    rows.append({QStringLiteral("validate the tree"), qint64(conditions) * repeat,
                 double(t.nsecsElapsed()) / 1e6, QStringLiteral("conditions")});
    t.restart();
    qsizetype bytes = 0;
    for (int i = 0; i < repeat; ++i)
        bytes += QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact).size();
    rows.append({QStringLiteral("serialize to JSON (%1 bytes)").arg(bytes / repeat),
                 qint64(conditions) * repeat, double(t.nsecsElapsed()) / 1e6,
                 QStringLiteral("conditions")});
    t.restart();
    for (int i = 0; i < repeat; ++i)
        bytes += CriteriaNode::fromJson(model.toJson(), nullptr)->conditionCount();
    rows.append({QStringLiteral("parse from JSON"), qint64(conditions) * repeat,
                 double(t.nsecsElapsed()) / 1e6, QStringLiteral("conditions")});
    t.restart();
    for (int i = 0; i < repeat; ++i)
        bytes += model.plainLanguage().size();
    rows.append({QStringLiteral("plain-language rendering"), qint64(conditions) * repeat,
                 double(t.nsecsElapsed()) / 1e6, QStringLiteral("conditions")});
    const int steps = stack.count();
    t.restart();
    while (stack.canUndo())
        stack.undo();
    while (stack.canRedo())
        stack.redo();
    rows.append({QStringLiteral("undo all, then redo all"), qint64(steps) * 2,
                 double(t.nsecsElapsed()) / 1e6, QStringLiteral("steps")});

    out << "bench_audiences: scale " << sim::scaleName(config.scale) << ", " << records
        << " records per data source, repeat " << repeat << "\n\n";
    out << "| what | items | total ms | items/s | µs per item |\n|---|---:|---:|---:|---:|\n";
    for (const Row &r : std::as_const(rows)) {
        const double perSecond = r.ms > 0 ? double(r.items) / (r.ms / 1000.0) : 0;
        out << "| " << r.what << " | " << r.items << ' ' << r.unit << " | "
            << QString::number(r.ms, 'f', 1) << " | " << QString::number(perSecond, 'f', 0) << " | "
            << QString::number(r.items ? r.ms * 1000.0 / double(r.items) : 0, 'f', 3) << " |\n";
    }
    return 0;
}
