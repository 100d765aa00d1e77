#pragma once

#include "app/simulator/tenantstate.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace cxone::sim {

struct SimSegmentAttribute
{
    QString name;
    QString type; // string, integer, number, date, datetime, boolean
    bool valid = true;
};

struct SimSegment
{
    QString id;
    QString name;
    QString status; // "Active", "Inactive"
    QDateTime lastUpdated;
    qint64 lastUpdatedSecs = 0; // the same, in seconds since the epoch
    qint64 memberCount = 0;
    quint64 memberSeed = 0; // members are a pure function of (memberSeed, index)
    std::vector<SimSegmentAttribute> attributes;
    int ordinal = 0;

    const SimSegmentAttribute *attribute(const QString &name) const;
    QJsonObject toJson() const;
};

// One filter of a contacts query, checked against the segment's schema and compiled so that
// evaluating it on a member costs no allocation for the common operators.
struct CompiledFilter
{
    int field = -1;
    QString op;
    QString type;
    QByteArray text;   // string operand (UTF-8)
    QString folded;    // case-folded operand for contains / starts_with
    double number = 0; // integer, number, date (julian day), datetime (epoch s), boolean (0/1)
    std::vector<QByteArray> inTexts; // "in" on strings
    std::vector<double> inNumbers;   // "in" on everything else
};

// The members of a segment are never stored: member i's attributes are derived from
// (segment seed, i) each time they are needed, so a five-million member segment costs nothing
// until it is read.
class SegmentsPart final : public TenantPart
{
public:
    explicit SegmentsPart(const TenantState &state);
    static QString partName() { return QStringLiteral("segments"); }

    QJsonObject summary() const override;

    const std::vector<SimSegment> &segments() const { return m_segments; }
    const SimSegment *find(const QString &id) const;
    QString idByName(const QString &name) const;

    // Compiles the filters of a query; an empty string on success, else the 400 message.
    static QString compileFilters(const SimSegment &segment, const QJsonArray &filters,
                                  std::vector<CompiledFilter> *compiled);
    // Requested attribute names; empty means every valid attribute. Empty string on success.
    static QString resolveAttributes(const SimSegment &segment, const QJsonValue &requested,
                                     QStringList *names);

    // Scans members from `start`, appends up to `limit` matching members to `out` as JSON items,
    // and returns the index to continue from (memberCount when the segment is exhausted).
    qint64 writePage(const SimSegment &segment, const std::vector<CompiledFilter> &filters,
                     const QStringList &attributes, qint64 start, int limit, QByteArray *out,
                     int *count) const;

    // Ground truth for tests: every matching contact id, in export order.
    QStringList matchingContactIds(const QString &segmentId, const QJsonArray &filters,
                                   QString *error = nullptr) const;
    // One member's attribute as text, as the export shows it ("" when absent).
    QString memberValue(const QString &segmentId, qint64 index, const QString &attribute) const;
    static QString contactId(const SimSegment &segment, qint64 index);

    // Continuation tokens: opaque, replayable, bound to the query that produced them.
    QByteArray encodeToken(const SimSegment &segment, quint64 queryHash, qint64 position) const;
    // -1 when the token is not one of ours or belongs to another query.
    qint64 decodeToken(const SimSegment &segment, quint64 queryHash, const QByteArray &token) const;
    static quint64 queryHash(const SimSegment &segment, const QJsonArray &filters,
                             const QStringList &attributes);

private:
    std::vector<SimSegment> m_segments;
    quint64 m_tokenKey = 0;
};

} // namespace cxone::sim
