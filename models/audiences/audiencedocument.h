#pragma once

#include "models/audiences/criteriamodel.h"

#include <QObject>

class QUndoStack;

namespace cxone {

// One problem of an audience, named by where it is in the payload.
struct AudienceProblem
{
    QString where; // "name", "exclusions[2]", "criteria.conditions[1]"
    QString message;
    bool inCriteria = false;
    QList<int> criteriaPath; // when inCriteria: the node it concerns

    QString text() const { return where + QStringLiteral(": ") + message; }
};

class CriteriaNode;
class FieldCatalogue;
// The problem as a person reads it: the row as the editor shows it ("Row 3, condition on
// Employees: …", "Exclusion line 2: …"), field names by their catalogue labels.
QString audienceProblemText(const AudienceProblem &problem, const CriteriaNode &root,
                            const FieldCatalogue &catalogue);

// Why a name or description cannot be stored as it is (a NUL, a control character, half of a
// surrogate pair), or empty.
QString textProblem(const QString &text);
// The first key that appears twice in one object of a JSON text (the parser keeps the last one
// silently), described for people; empty when there is none. `json` must parse.
QString jsonDuplicateKey(const QByteArray &json);

// The checks of the audience's own fields (contract section 5).
QList<AudienceProblem> validateAudienceProperties(const QString &name, const QString &description,
                                                  const QString &dataSource,
                                                  const QStringList &exclusions);
// Every problem of a PUT payload. Without a catalogue the field-specific checks are skipped.
QList<AudienceProblem> validateAudiencePayload(const QJsonObject &payload,
                                               const FieldCatalogue *catalogue,
                                               const CriteriaLimits &limits = {});

// The audience being edited: its fields, its criteria model and one undo stack for both.
// Every edit is one undo step; load() starts a clean history.
class AudienceDocument final : public QObject
{
    Q_OBJECT
public:
    explicit AudienceDocument(QObject *parent = nullptr);
    ~AudienceDocument() override;

    QUndoStack *undoStack() const { return m_undo; }
    CriteriaModel *criteria() const { return m_criteria; }

    QString audienceId() const { return m_id; }
    void setAudienceId(const QString &id);
    qint64 version() const { return m_version; } // -1: new audience, no version yet
    void setVersion(qint64 version) { m_version = version; }
    QString name() const { return m_name; }
    QString description() const { return m_description; }
    QString dataSource() const { return m_dataSource; }
    QStringList exclusions() const { return m_exclusions; }
    bool recalculate() const { return m_recalculate; }

    // Undoable edits; an edit that changes nothing adds no step.
    void setName(const QString &name);
    void setDescription(const QString &description);
    void setDataSource(const QString &source);
    void setExclusions(const QStringList &exclusions);
    void setRecalculate(bool on);

    // Replaces everything with a stored audience and clears the history.
    void load(const AudienceInfo &audience);
    // A blank audience (the top group holds one blank condition).
    void startNew(const QString &id, const QString &dataSource);
    // Reads an exported payload as one undo step. False and *error when it is not one.
    bool importJson(const QByteArray &json, QString *error);
    QJsonObject toPayload() const;
    QByteArray toJson() const;

    QList<AudienceProblem> problems() const;
    QString plainLanguage() const { return m_criteria->plainLanguage(); }
    bool isModified() const;
    void markSaved(qint64 version);

Q_SIGNALS:
    // Any change: an edit, undo, redo, load, import.
    void changed();
    // The fields above the tree changed (for the form to show them).
    void propertiesChanged();

private:
    friend class SetPropertyCommand;
    void apply(const QString &property, const QVariant &value);
    void pushProperty(const QString &property, const QVariant &before, const QVariant &after,
                      const QString &text);

    QUndoStack *m_undo;
    CriteriaModel *m_criteria;
    QString m_id;
    qint64 m_version = -1;
    QString m_name;
    QString m_description;
    QString m_dataSource = QStringLiteral("customer_360");
    QStringList m_exclusions;
    bool m_recalculate = true;
};

} // namespace cxone
