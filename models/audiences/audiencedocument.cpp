#include "models/audiences/audiencedocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>

namespace cxone {

namespace {

qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

} // namespace

QString textProblem(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return QStringLiteral("has a broken character at position %1 (half of a UTF-16 "
                                  "surrogate pair, as from a bad \\u escape); retype it.")
                    .arg(i + 1);
        if (c.unicode() == 0)
            return QStringLiteral("has a NUL character at position %1; remove it.").arg(i + 1);
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
            return QStringLiteral("has a control character (U+%1) at position %2; remove it.")
                    .arg(c.unicode(), 4, 16, QChar(u'0'))
                    .arg(i + 1);
    }
    return {};
}

QString jsonDuplicateKey(const QByteArray &json)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        QSet<QByteArray> keys;
        QByteArray path;
    };
    std::vector<Frame> stack;
    QByteArray lastKey;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        switch (c) {
        case '{':
        case '[': {
            Frame f;
            f.object = c == '{';
            f.expectKey = f.object;
            if (!stack.empty())
                f.path = stack.back().path
                         + (stack.back().object ? (stack.back().path.isEmpty() ? "" : ".") + lastKey
                                                : QByteArray("[]"));
            stack.push_back(std::move(f));
            break;
        }
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            break;
        case ':':
            if (!stack.empty())
                stack.back().expectKey = false;
            break;
        case '"': {
            const qsizetype start = i + 1;
            qsizetype j = start;
            while (j < json.size() && json.at(j) != '"')
                j += json.at(j) == '\\' ? 2 : 1;
            const QByteArray text = json.mid(start, j - start);
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                Frame &f = stack.back();
                if (f.keys.contains(text))
                    return QStringLiteral("\"%1\" appears twice in %2 (at character %3); only "
                                          "one can count, so say which.")
                            .arg(QString::fromUtf8(text), f.path.isEmpty()
                                                                  ? QStringLiteral("the audience")
                                                                  : QString::fromUtf8(f.path))
                            .arg(start);
                f.keys.insert(text);
                lastKey = text;
            }
            i = j;
            break;
        }
        default:
            break;
        }
    }
    return {};
}

QList<AudienceProblem> validateAudienceProperties(const QString &name, const QString &description,
                                                  const QString &dataSource,
                                                  const QStringList &exclusions)
{
    QList<AudienceProblem> out;
    const auto add = [&out](const QString &where, const QString &message) {
        out.append({where, message, false, {}});
    };
    if (name.trimmed().isEmpty())
        add(QStringLiteral("name"),
            QStringLiteral("Give the audience a name (1 to 100 characters)."));
    else if (characters(name) > 100)
        add(QStringLiteral("name"),
            QStringLiteral("%1 characters; the most is 100.").arg(characters(name)));
    if (characters(description) > 500)
        add(QStringLiteral("description"),
            QStringLiteral("%1 characters; the most is 500.").arg(characters(description)));
    for (const auto &[where, text] : {std::pair{QStringLiteral("name"), name},
                                      std::pair{QStringLiteral("description"), description}}) {
        if (const QString p = textProblem(text); !p.isEmpty())
            add(where, p);
    }
    if (!AudiencesApi::dataSources().contains(dataSource))
        add(QStringLiteral("data_source"),
            QStringLiteral("'%1' is not one of %2.")
                    .arg(dataSource, AudiencesApi::dataSources().join(QStringLiteral(", "))));
    QSet<QString> seen;
    for (qsizetype i = 0; i < exclusions.size(); ++i) {
        const QString where = QStringLiteral("exclusions[%1]").arg(i);
        if (const QString p = exclusionProblem(exclusions.at(i)); !p.isEmpty())
            add(where, p);
        else if (seen.contains(exclusions.at(i).toLower()))
            add(where, QStringLiteral("%1 is listed twice.").arg(exclusions.at(i)));
        seen.insert(exclusions.at(i).toLower());
    }
    if (exclusions.size() > 1000)
        add(QStringLiteral("exclusions"),
            QStringLiteral("%1 entries; the most is 1000.").arg(exclusions.size()));
    return out;
}

QList<AudienceProblem> validateAudiencePayload(const QJsonObject &payload,
                                               const FieldCatalogue *catalogue,
                                               const CriteriaLimits &limits)
{
    QList<AudienceProblem> out;
    const auto add = [&out](const QString &where, const QString &message) {
        out.append({where, message, false, {}});
    };
    const auto typeCheck = [&](const char *key, bool ok, const QString &message) {
        if (!ok)
            add(QLatin1String(key), message);
        return ok;
    };
    const QJsonValue name = payload.value(u"name");
    const QJsonValue description = payload.value(u"description");
    const QJsonValue source = payload.value(u"data_source");
    const QJsonValue exclusions = payload.value(u"exclusions");
    typeCheck("name", name.isString() || name.isUndefined(), QStringLiteral("Must be text."));
    typeCheck("description",
              description.isString() || description.isUndefined() || description.isNull(),
              QStringLiteral("Must be text."));
    typeCheck("data_source", source.isString() || source.isUndefined(),
              QStringLiteral("Must be text."));
    QStringList ids;
    if (typeCheck("exclusions", exclusions.isArray() || exclusions.isUndefined(),
                  QStringLiteral("Must be a list of UUIDs."))) {
        for (const QJsonValue v : exclusions.toArray())
            ids << (v.isString() ? v.toString() : QString());
    }
    const QJsonValue recalc = payload.value(u"recalculate_on_update");
    typeCheck("recalculate_on_update", recalc.isBool() || recalc.isUndefined(),
              QStringLiteral("Must be true or false."));
    const QJsonValue version = payload.value(u"version");
    typeCheck("version",
              version.isUndefined()
                      || (version.isDouble() && version.toDouble() >= 0
                          && version.toDouble() == double(version.toInteger())),
              QStringLiteral("Must be a whole number, 0 or more."));
    out += validateAudienceProperties(name.toString(), description.toString(), source.toString(),
                                      ids);

    const QJsonValue criteria = payload.value(u"criteria");
    if (!criteria.isObject()) {
        add(QStringLiteral("criteria"),
            QStringLiteral(
                    "Required: a group {\"operator\": \"AND\"|\"OR\", \"conditions\": [...]}."));
        return out;
    }
    QString error;
    const auto root = CriteriaNode::fromJson(criteria.toObject(), &error);
    if (!root) {
        const qsizetype colon = error.indexOf(QStringLiteral(": "));
        add(error.left(colon), error.mid(colon + 2));
        return out;
    }
    const bool sameSource = catalogue && catalogue->dataSource() == source.toString();
    for (const CriteriaProblem &p :
         validateCriteria(*root, sameSource ? catalogue : nullptr, limits))
        out.append({criteriaPath(p.path), p.message, true, p.path});
    return out;
}

// --- document

class SetPropertyCommand final : public QUndoCommand
{
public:
    SetPropertyCommand(AudienceDocument *doc, QString property, QVariant before, QVariant after,
                       const QString &text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_property(std::move(property))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override { m_doc->apply(m_property, m_after); }
    void undo() override { m_doc->apply(m_property, m_before); }

private:
    AudienceDocument *m_doc;
    QString m_property;
    QVariant m_before;
    QVariant m_after;
};

AudienceDocument::AudienceDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_criteria(new CriteriaModel(m_undo, this))
{
    connect(m_criteria, &CriteriaModel::criteriaChanged, this, &AudienceDocument::changed);
}

AudienceDocument::~AudienceDocument()
{
    // The commands refer to the model; clear them while it still exists.
    m_undo->clear();
}

void AudienceDocument::setAudienceId(const QString &id)
{
    m_id = id;
    Q_EMIT propertiesChanged();
    Q_EMIT changed();
}

void AudienceDocument::apply(const QString &property, const QVariant &value)
{
    if (property == u"name")
        m_name = value.toString();
    else if (property == u"description")
        m_description = value.toString();
    else if (property == u"data_source")
        m_dataSource = value.toString();
    else if (property == u"exclusions")
        m_exclusions = value.toStringList();
    else if (property == u"recalculate")
        m_recalculate = value.toBool();
    Q_EMIT propertiesChanged();
    Q_EMIT changed();
}

void AudienceDocument::pushProperty(const QString &property, const QVariant &before,
                                    const QVariant &after, const QString &text)
{
    if (before == after)
        return;
    m_undo->push(new SetPropertyCommand(this, property, before, after, text));
}

void AudienceDocument::setName(const QString &name)
{
    pushProperty(QStringLiteral("name"), m_name, name, QStringLiteral("Rename"));
}

void AudienceDocument::setDescription(const QString &description)
{
    pushProperty(QStringLiteral("description"), m_description, description,
                 QStringLiteral("Edit description"));
}

void AudienceDocument::setDataSource(const QString &source)
{
    pushProperty(QStringLiteral("data_source"), m_dataSource, source,
                 QStringLiteral("Change data source"));
}

void AudienceDocument::setExclusions(const QStringList &exclusions)
{
    pushProperty(QStringLiteral("exclusions"), m_exclusions, exclusions,
                 QStringLiteral("Edit exclusions"));
}

void AudienceDocument::setRecalculate(bool on)
{
    pushProperty(QStringLiteral("recalculate"), m_recalculate, on,
                 on ? QStringLiteral("Recalculate on save") : QStringLiteral("Keep size on save"));
}

void AudienceDocument::load(const AudienceInfo &a)
{
    m_undo->clear();
    m_id = a.id;
    m_version = a.version;
    m_name = a.name;
    m_description = a.description;
    m_dataSource = a.dataSource;
    m_exclusions = a.exclusions;
    m_recalculate = true;
    QString error;
    auto root = CriteriaNode::fromJson(a.criteria, &error);
    m_criteria->resetCriteria(root ? std::move(root) : CriteriaNode::makeGroup());
    m_undo->setClean();
    Q_EMIT propertiesChanged();
    Q_EMIT changed();
}

void AudienceDocument::startNew(const QString &id, const QString &dataSource)
{
    AudienceInfo a;
    a.id = id;
    a.version = -1;
    a.dataSource = dataSource;
    auto root = CriteriaNode::makeGroup();
    root->insertChild(0, CriteriaNode::makeCondition());
    a.criteria = root->toJson();
    load(a);
}

bool AudienceDocument::importJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("Not JSON: %1 at character %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
        return false;
    }
    if (const QString dup = jsonDuplicateKey(json); !dup.isEmpty()) {
        if (error)
            *error = dup;
        return false;
    }
    if (!doc.isObject() || !doc.object().value(u"criteria").isObject()) {
        if (error)
            *error = QStringLiteral("Not an audience: expected an object with \"criteria\".");
        return false;
    }
    const QJsonObject o = doc.object();
    QString treeError;
    auto root = CriteriaNode::fromJson(o.value(u"criteria").toObject(), &treeError);
    if (!root) {
        if (error)
            *error = treeError;
        return false;
    }
    QStringList exclusions;
    for (const QJsonValue v : o.value(u"exclusions").toArray())
        exclusions << v.toString();
    m_undo->beginMacro(QStringLiteral("Import"));
    if (o.contains(u"name"))
        setName(o.value(u"name").toString());
    if (o.contains(u"description"))
        setDescription(o.value(u"description").toString());
    if (o.contains(u"data_source"))
        setDataSource(o.value(u"data_source").toString());
    setExclusions(exclusions);
    if (o.contains(u"recalculate_on_update"))
        setRecalculate(o.value(u"recalculate_on_update").toBool(true));
    m_criteria->replaceCriteria(std::move(root), QStringLiteral("Import criteria"));
    m_undo->endMacro();
    return true;
}

QJsonObject AudienceDocument::toPayload() const
{
    QJsonObject o{{QStringLiteral("name"), m_name},
                  {QStringLiteral("description"), m_description},
                  {QStringLiteral("criteria"), m_criteria->toJson()},
                  {QStringLiteral("exclusions"), QJsonArray::fromStringList(m_exclusions)},
                  {QStringLiteral("data_source"), m_dataSource},
                  {QStringLiteral("recalculate_on_update"), m_recalculate}};
    if (m_version >= 0)
        o.insert(QStringLiteral("version"), m_version);
    return o;
}

QByteArray AudienceDocument::toJson() const
{
    return QJsonDocument(toPayload()).toJson(QJsonDocument::Indented);
}

namespace {

// The rows a node takes in the fully expanded tree: itself and everything under it.
int rowsOf(const CriteriaNode &node)
{
    int rows = 1;
    for (int c = 0; c < node.childCount(); ++c)
        rows += rowsOf(*node.child(c));
    return rows;
}

// The 1-based row of a node in the fully expanded tree (the top group is row 1).
int visibleRow(const CriteriaNode &root, const QList<int> &path)
{
    int row = 1;
    const CriteriaNode *node = &root;
    for (const int step : path) {
        if (!node)
            break;
        for (int i = 0; i < step && i < node->childCount(); ++i)
            row += rowsOf(*node->child(i)); // the earlier siblings and their children
        ++row;
        node = node->child(step);
    }
    return row;
}

} // namespace

QString audienceProblemText(const AudienceProblem &p, const CriteriaNode &root,
                            const FieldCatalogue &catalogue)
{
    if (!p.inCriteria) {
        static const QRegularExpression exclusion(QStringLiteral("^exclusions\\[(\\d+)\\]$"));
        if (const auto m = exclusion.match(p.where); m.hasMatch())
            return QObject::tr("Exclusion line %1: %2")
                    .arg(m.captured(1).toInt() + 1)
                    .arg(p.message);
        if (p.where == u"name")
            return QObject::tr("Name: %1").arg(p.message);
        if (p.where == u"description")
            return QObject::tr("Description: %1").arg(p.message);
        if (p.where == u"data_source")
            return QObject::tr("Data source: %1").arg(p.message);
        if (p.where == u"exclusions")
            return QObject::tr("Exclusions: %1").arg(p.message);
        return p.text();
    }
    const CriteriaNode *node = &root;
    for (const int step : p.criteriaPath) {
        node = node ? node->child(step) : nullptr;
    }
    const int row = visibleRow(root, p.criteriaPath);
    QString what;
    if (!node) {
        what = QObject::tr("Row %1").arg(row);
    } else if (node->isGroup()) {
        what = p.criteriaPath.isEmpty()
                       ? QObject::tr("Row %1, the top %2 group").arg(row).arg(node->op())
                       : QObject::tr("Row %1, an %2 group").arg(row).arg(node->op());
    } else if (node->field().isEmpty()) {
        what = QObject::tr("Row %1, a condition without a field").arg(row);
    } else {
        const AudienceField *f = catalogue.find(node->field());
        what = QObject::tr("Row %1, condition on %2")
                       .arg(row)
                       .arg(f && !f->label.isEmpty() ? f->label : node->field());
    }
    return QStringLiteral("%1: %2").arg(what, p.message);
}

QList<AudienceProblem> AudienceDocument::problems() const
{
    QList<AudienceProblem> out
            = validateAudienceProperties(m_name, m_description, m_dataSource, m_exclusions);
    for (const CriteriaProblem &p : m_criteria->problems())
        out.append({criteriaPath(p.path), p.message, true, p.path});
    return out;
}

bool AudienceDocument::isModified() const
{
    return !m_undo->isClean();
}

void AudienceDocument::markSaved(qint64 version)
{
    m_version = version;
    m_undo->setClean();
    Q_EMIT changed();
}

} // namespace cxone
