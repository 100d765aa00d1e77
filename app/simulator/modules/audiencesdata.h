#pragma once

#include "app/simulator/tenantstate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace cxone::sim {

// One field of a data source as the catalogue route describes it.
struct SimField
{
    QString name;
    QString label;
    QString type; // string, enum, integer, decimal, date, boolean
    QStringList enumValues;
    double missingRate = 0.0; // share of records without a value
};

// The operators the simulated Journey API accepts for a field type.
QStringList simOperatorsForType(const QString &type);

// The records of one data source, stored by column: numbers, dates (Julian day) and booleans as
// doubles (NaN when missing), text and enum values as codes into a per-column dictionary
// (-1 when missing). Criteria are evaluated over these columns without building any QString.
struct SimColumn
{
    std::vector<double> numbers;
    std::vector<qint32> codes;
    QStringList dictionary;
};

struct SimDataSource
{
    QString name;
    QString label;
    std::vector<SimField> fields;
    std::vector<SimColumn> columns; // parallel to fields
    QStringList recordIds;          // UUIDs
    QHash<QString, qint32> recordIndex;

    qsizetype size() const { return recordIds.size(); }
    int fieldIndex(const QString &field) const;
};

struct SimAudience
{
    QString id;
    QString name;
    QString description;
    QString dataSource;
    QJsonObject criteria;
    QStringList exclusions;
    bool recalculateOnUpdate = true; // as last sent, echoed with every answer
    qint64 version = 1;
    QString createdAt;
    QString updatedAt;
    // Evaluation: the count is computed when the criteria are stored and revealed once the
    // evaluation delay has passed, as a real evaluation engine would report it.
    QString status = QStringLiteral("ready"); // ready, evaluating, stale
    qint64 size = 0;
    qint64 pendingSize = 0;
    qint64 readyAtMs = 0;
    QString lastEvaluated;
    QByteArray lastRequestId; // the PUT that produced this version, for idempotent replays
};

// The simulated Journey audiences: catalogues and seeded populations per data source, and the
// stored audiences. Server-side rules live here, written independently of the console's model
// so that one checks the other.
class AudiencesPart final : public TenantPart
{
public:
    static constexpr int maxDepth = 5;
    static constexpr int maxConditionsPerGroup = 50;
    static constexpr int maxConditionsTotal = 250;
    static constexpr int maxExclusions = 1000;
    static constexpr int maxListValues = 100;
    static constexpr int maxTextValue = 256;

    explicit AudiencesPart(const TenantState &state);
    static QString partName() { return QStringLiteral("audiences"); }
    QJsonObject summary() const override;

    static QStringList dataSourceNames();
    const SimDataSource *dataSource(const QString &name) const;

    // Every problem of a PUT body, each naming where it is ("criteria.conditions[1]: ...").
    QStringList validate(const QJsonObject &body) const;
    // Members of (criteria minus exclusions) in `source`; the criteria must be valid.
    qint64 evaluate(const QString &source, const QJsonObject &criteria,
                    const QStringList &exclusions) const;

    // How long an evaluation takes before the size is ready.
    int evaluationDelayMs() const { return m_evaluationDelayMs; }
    void setEvaluationDelayMs(int ms) { m_evaluationDelayMs = ms; }

    std::map<QString, SimAudience> &audiences() { return m_audiences; }
    // Moves `audience` from evaluating to ready when its delay has passed.
    void refresh(SimAudience &audience, qint64 nowMs) const;

    static QJsonObject fieldJson(const SimField &field);
    static QJsonObject audienceJson(const SimAudience &audience, bool withEvaluation);

private:
    void addSeededAudiences(const TenantState &state);

    std::vector<SimDataSource> m_sources;
    std::map<QString, SimAudience> m_audiences;
    int m_evaluationDelayMs = 600;
};

// UUID text form: 8-4-4-4-12 hex digits, any version or variant (contract section 5).
bool isUuidSyntax(const QString &text);

} // namespace cxone::sim
