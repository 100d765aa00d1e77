#pragma once

#include "models/transcripts/piimasker.h"

#include <QList>
#include <QString>

#include <random>
#include <vector>

namespace cxone {

// A piece of personal data placed in a generated text, where it is and what it is.
struct TruthSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    PiiKind kind = PiiKind::Phone;
    bool spoken = false;
    // Written the way a tenant's own partial redaction recognises (an e-mail, a dashed SSN,
    // +E.164, a card in four groups); spoken and unusual forms are not.
    bool easy = false;
};

struct LabelledText
{
    QString text;
    std::vector<TruthSpan> truth;
};

// Contact-centre utterances laden with personal data in many national formats, beside hard
// negatives that look like it (order numbers, dates, prices, times, ZIP codes, invalid SSNs,
// version strings, counts said as words). Deterministic for a seed. The simulator's transcripts,
// the masker's tests and its benchmark all read from here, so the truth of every span is known.
class PiiCorpus final
{
public:
    explicit PiiCorpus(quint64 seed);
    // One line of a conversation; customer lines carry more personal data than agent lines.
    LabelledText line(bool customer);
    // Hand-written cases with their truth: formats the generator does not make.
    static QList<LabelledText> handWritten();

private:
    struct Builder;
    int pick(int n);
    bool chance(double p);
    void phone(Builder &b);
    void spokenNumber(Builder &b, bool ssn);
    void email(Builder &b);
    void ssn(Builder &b);
    void card(Builder &b);
    void iban(Builder &b);
    void ip(Builder &b);
    void negative(Builder &b);
    QString digits(int n, bool firstNonZero = false);

    std::mt19937_64 m_rng;
};

// How well a masker finds the truth of a corpus. A truth span counts as found when masks cover
// all of it; a mask is right when it overlaps some truth span.
struct PiiScore
{
    std::array<qint64, kPiiKindCount> truth{};
    std::array<qint64, kPiiKindCount> found{};
    std::array<qint64, kPiiKindCount> masks{};
    std::array<qint64, kPiiKindCount> rightMasks{};
    qint64 spokenTruth = 0;
    qint64 spokenFound = 0;
    QStringList misses;     // the first few texts with a missed span, for people
    QStringList falseMasks; // the first few masks that hit no truth
    double recall(int kind = -1) const;
    double precision(int kind = -1) const;
    QString table() const; // a Markdown table by kind
};

PiiScore scoreMasker(const PiiMasker &masker, const QList<LabelledText> &texts);

} // namespace cxone
