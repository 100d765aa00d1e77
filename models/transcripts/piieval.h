#pragma once

// Scoring the masker against a labelled ("gold") file of the user's own, so that a QA team can
// check masking on its own calls before trusting it: `cxone-cli transcripts mask --eval
// GOLD.jsonl`, the Transcripts page, the tests and the benchmark all score through here.
//
// The file: one JSON object per line,
//   {"text": "call me at 415 555 0132", "entities": [{"type": "phone", "start": 11, "end": 23}]}
// offsets in Unicode code points, end exclusive; a line without personal data has no entities
// (or an empty list). Empty lines and lines starting with '#' are skipped. Types: email, phone,
// ssn, itin (scored as ssn), card, iban, ip, and the Presidio names (EMAIL_ADDRESS,
// PHONE_NUMBER, US_SSN, US_ITIN, CREDIT_CARD, IBAN_CODE, IP_ADDRESS); other types (a name, an
// address) are counted but not scored.
//
// How it counts (the same everywhere):
//   - the PII characters of an entity are its letters and digits (separators and spaces inside
//     a number say nothing);
//   - an entity is found when every one of its PII characters is masked; recall = entities
//     found / entities;
//   - leaked = PII characters left readable / all PII characters;
//   - precision, per mask: a mask (one token in the output) is right when it covers a PII
//     character of some labelled entity, of any type; precision = right masks / masks, by the
//     kind of the mask; masks on lines without entities are all wrong.

#include "models/transcripts/piimasker.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace cxone {

struct GoldEntity
{
    QString type; // as written
    bool scored = false;
    PiiKind kind = PiiKind::Phone; // when scored
    qsizetype start = 0;           // code points
    qsizetype end = 0;
};

struct GoldLine
{
    QString text;
    std::vector<GoldEntity> entities;
    qint64 lineNumber = 0; // in the file
};

// Reads a gold file's text. False with *error ("line 4: 'end' is past the end of the text").
bool readGold(QByteArrayView bytes, std::vector<GoldLine> *lines, QString *error);
// Reads a gold file (at most 256 MiB). False with *error naming the file.
bool readGoldFile(const QString &path, std::vector<GoldLine> *lines, QString *error);

struct EvalCounts
{
    qint64 entities = 0;
    qint64 found = 0;
    qint64 piiChars = 0;
    qint64 leakedChars = 0;
    qint64 masks = 0;
    qint64 rightMasks = 0;
    double recall() const { return entities == 0 ? 1.0 : double(found) / double(entities); }
    double leaked() const { return piiChars == 0 ? 0.0 : double(leakedChars) / double(piiChars); }
    double precision() const { return masks == 0 ? 1.0 : double(rightMasks) / double(masks); }
    void add(const EvalCounts &other);
    QJsonObject toJson() const;
};

struct MaskEvaluation
{
    MaskPolicy policy = MaskPolicy::Strict;
    qint64 lines = 0;
    qint64 linesWithoutPii = 0;
    // Entities by their type; masks (and right masks) by the kind of the mask.
    std::array<EvalCounts, kPiiKindCount> byType{};
    EvalCounts overall;
    QMap<QString, qint64> notScored; // entities of types the masker does not mask
    QStringList misses;              // the first few entities not found, for people
    QStringList falseMasks;          // the first few masks that cover no labelled entity

    QJsonObject toJson() const;
    QString table() const; // for people: a table by type, then the definitions
};

MaskEvaluation evaluateMasker(const PiiMasker &masker, const std::vector<GoldLine> &lines);

// A gold file read and scored by a masker made with `options`, in one call that takes values:
// what the Transcripts page runs off the GUI thread.
struct GoldFileEvaluation
{
    bool ok = false;
    QString error; // when not ok: why the file could not be scored
    QString path;
    MaskEvaluation evaluation;
};
GoldFileEvaluation evaluateGoldFile(const QString &path, const PiiMasker::Options &options);

} // namespace cxone
