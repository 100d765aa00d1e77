#include "models/transcripts/piieval.h"

#include "models/engine/io/boundedinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace cxone {

void EvalCounts::add(const EvalCounts &o)
{
    entities += o.entities;
    found += o.found;
    piiChars += o.piiChars;
    leakedChars += o.leakedChars;
    masks += o.masks;
    rightMasks += o.rightMasks;
}

QJsonObject EvalCounts::toJson() const
{
    return {{QStringLiteral("entities"), entities},
            {QStringLiteral("found"), found},
            {QStringLiteral("recall"), recall()},
            {QStringLiteral("piiChars"), piiChars},
            {QStringLiteral("leakedChars"), leakedChars},
            {QStringLiteral("leaked"), leaked()},
            {QStringLiteral("masks"), masks},
            {QStringLiteral("rightMasks"), rightMasks},
            {QStringLiteral("precision"), precision()}};
}

bool readGold(QByteArrayView bytes, std::vector<GoldLine> *lines, QString *error)
{
    lines->clear();
    qint64 number = 0;
    qsizetype a = 0;
    if (bytes.size() >= 3 && bytes.first(3) == QByteArrayView("\xef\xbb\xbf"))
        a = 3;
    while (a < bytes.size()) {
        qsizetype b = bytes.indexOf('\n', a);
        if (b < 0)
            b = bytes.size();
        const QByteArray raw = bytes.sliced(a, b - a).toByteArray().trimmed();
        a = b + 1;
        ++number;
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        const auto bad = [&](const QString &what) {
            *error = QStringLiteral("line %1: %2").arg(number).arg(what);
            return false;
        };
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
        if (!doc.isObject())
            return bad(doc.isNull() ? QStringLiteral("not JSON (%1)").arg(pe.errorString())
                                    : QStringLiteral("not a JSON object"));
        const QJsonObject o = doc.object();
        if (!o.value(u"text").isString())
            return bad(QStringLiteral("no \"text\" string"));
        GoldLine line;
        line.text = o.value(u"text").toString();
        line.lineNumber = number;
        const qsizetype points = line.text.toUcs4().size();
        const QJsonValue list = o.value(u"entities");
        if (!list.isUndefined() && !list.isNull() && !list.isArray())
            return bad(QStringLiteral("\"entities\" is not a list"));
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject e = v.toObject();
            GoldEntity g;
            g.type = e.value(u"type").toString();
            if (g.type.isEmpty())
                g.type = e.value(u"entity_type").toString();
            if (g.type.isEmpty() || !e.value(u"start").isDouble() || !e.value(u"end").isDouble())
                return bad(QStringLiteral("an entity needs \"type\", \"start\" and \"end\""));
            g.start = e.value(u"start").toInteger(-1);
            g.end = e.value(u"end").toInteger(-1);
            if (g.start < 0 || g.end <= g.start)
                return bad(QStringLiteral("an entity's \"start\" must be at least 0 and before its "
                                          "\"end\""));
            if (g.end > points)
                return bad(QStringLiteral("an entity ends at %1, past the end of the text (%2 "
                                          "characters)")
                                   .arg(g.end)
                                   .arg(points));
            g.scored = parsePiiKindName(g.type, &g.kind);
            line.entities.push_back(g);
        }
        lines->push_back(std::move(line));
    }
    return true;
}

bool readGoldFile(const QString &path, std::vector<GoldLine> *lines, QString *error)
{
    QByteArray bytes;
    if (!readBounded(path, 256ll * 1024 * 1024, &bytes, error,
                     QStringLiteral("the labelled file '%1'").arg(path)))
        return false;
    QString why;
    if (!readGold(bytes, lines, &why)) {
        *error = QStringLiteral("The labelled file '%1', %2.").arg(path, why);
        return false;
    }
    return true;
}

MaskEvaluation evaluateMasker(const PiiMasker &masker, const std::vector<GoldLine> &lines)
{
    MaskEvaluation ev;
    ev.policy = masker.options().policy;
    std::vector<qsizetype> utf16; // code point -> UTF-16 offset
    std::vector<char> masked;     // per UTF-16 unit
    std::vector<char> pii;        // per UTF-16 unit: a letter or digit of some entity
    for (const GoldLine &line : lines) {
        ++ev.lines;
        const QString &text = line.text;
        utf16.clear();
        for (qsizetype i = 0; i < text.size(); ++i) {
            utf16.push_back(i);
            if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
                ++i;
        }
        utf16.push_back(text.size());
        const std::vector<PiiSpan> spans = masker.find(text);
        masked.assign(size_t(text.size()), 0);
        for (const PiiSpan &sp : spans) {
            for (qsizetype i = sp.start; i < sp.end; ++i)
                masked[size_t(i)] = 1;
        }
        pii.assign(size_t(text.size()), 0);
        const auto isPiiChar = [&](qsizetype i) {
            const QChar c = text[i];
            return c.isLetterOrNumber() || c.isSurrogate();
        };
        bool anyEntity = false;
        for (const GoldEntity &e : line.entities) {
            const qsizetype a = utf16[size_t(e.start)];
            const qsizetype b = utf16[size_t(e.end)];
            anyEntity = true;
            qsizetype chars = 0, leaked = 0;
            for (qsizetype i = a; i < b; ++i) {
                if (!isPiiChar(i))
                    continue;
                pii[size_t(i)] = 1;
                ++chars;
                leaked += masked[size_t(i)] ? 0 : 1;
            }
            if (chars == 0) { // no letter or digit: every character counts
                for (qsizetype i = a; i < b; ++i) {
                    pii[size_t(i)] = 1;
                    ++chars;
                    leaked += masked[size_t(i)] ? 0 : 1;
                }
            }
            if (!e.scored) {
                ev.notScored[e.type] += 1;
                continue;
            }
            EvalCounts &c = ev.byType[size_t(e.kind)];
            ++c.entities;
            c.piiChars += chars;
            c.leakedChars += leaked;
            if (leaked == 0) {
                ++c.found;
            } else if (ev.misses.size() < 50) {
                ev.misses.append(QStringLiteral("line %1: %2 \u201c%3\u201d not masked in: %4")
                                         .arg(line.lineNumber)
                                         .arg(e.type, text.mid(a, b - a), text));
            }
        }
        if (!anyEntity)
            ++ev.linesWithoutPii;
        for (const PiiSpan &sp : spans) {
            EvalCounts &c = ev.byType[size_t(sp.kind)];
            ++c.masks;
            bool right = false;
            for (qsizetype i = sp.start; i < sp.end && !right; ++i)
                right = pii[size_t(i)] != 0;
            if (right) {
                ++c.rightMasks;
            } else if (ev.falseMasks.size() < 50) {
                ev.falseMasks.append(QStringLiteral("line %1: masked \u201c%2\u201d as %3 in: %4")
                                             .arg(line.lineNumber)
                                             .arg(text.mid(sp.start, sp.end - sp.start),
                                                  piiKindName(sp.kind), text));
            }
        }
    }
    for (const EvalCounts &c : ev.byType)
        ev.overall.add(c);
    return ev;
}

QJsonObject MaskEvaluation::toJson() const
{
    QJsonObject types;
    for (int k = 0; k < kPiiKindCount; ++k)
        types.insert(piiKindName(PiiKind(k)), byType[size_t(k)].toJson());
    QJsonObject other;
    for (auto it = notScored.begin(); it != notScored.end(); ++it)
        other.insert(it.key(), it.value());
    return {{QStringLiteral("policy"), maskPolicyName(policy)},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("linesWithoutPii"), linesWithoutPii},
            {QStringLiteral("types"), types},
            {QStringLiteral("overall"), overall.toJson()},
            {QStringLiteral("notScored"), other}};
}

QString MaskEvaluation::table() const
{
    const QLocale c = QLocale::c();
    QString out
            = QStringLiteral("Masking policy %1; %2 lines, %3 of them without personal data.\n\n")
                      .arg(maskPolicyName(policy))
                      .arg(lines)
                      .arg(linesWithoutPii);
    const auto row = [&](const QString &name, const EvalCounts &e) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                .arg(name.leftJustified(8))
                .arg(e.entities, 8)
                .arg(e.found, 6)
                .arg(c.toString(e.recall(), 'f', 4), 7)
                .arg(e.piiChars, 10)
                .arg(e.leakedChars, 7)
                .arg(QStringLiteral("%1 %").arg(c.toString(e.leaked() * 100, 'f', 2)), 9)
                .arg(e.masks, 6)
                .arg(QStringLiteral("%1 %2")
                             .arg(e.rightMasks, 6)
                             .arg(c.toString(e.precision(), 'f', 4), 10));
    };
    out += QStringLiteral("type     entities  found  recall  PII chars  leaked  leaked %  masks  "
                          " right  precision\n");
    for (int k = 0; k < kPiiKindCount; ++k)
        out += row(piiKindName(PiiKind(k)), byType[size_t(k)]);
    out += row(QStringLiteral("all"), overall);
    if (!notScored.isEmpty()) {
        QStringList other;
        for (auto it = notScored.begin(); it != notScored.end(); ++it)
            other.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        out += QStringLiteral("\nNot scored (types the masker does not mask): %1\n")
                       .arg(other.join(QStringLiteral(", ")));
    }
    out += QStringLiteral(
            "\nAn entity is found when every letter and digit of it is masked (recall = found / "
            "entities); leaked = letters and digits of entities left readable / all of them; a "
            "mask is right when it covers a letter or digit of some labelled entity (precision = "
            "right / masks, by the kind of the mask).\n");
    return out;
}

GoldFileEvaluation evaluateGoldFile(const QString &path, const PiiMasker::Options &options)
{
    GoldFileEvaluation out;
    out.path = path;
    std::vector<GoldLine> gold;
    if (!readGoldFile(path, &gold, &out.error))
        return out;
    const PiiMasker masker(options);
    out.evaluation = evaluateMasker(masker, gold);
    out.ok = true;
    return out;
}

} // namespace cxone
