#pragma once

#include "models/transcripts/extractjob.h"
#include "network/api/transcriptsapi.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace cxone {

// The interactions a search found: id, media, start (local time), length, direction, agent.
// Sorts by the raw value (Qt::UserRole) so times and lengths sort as numbers.
class InteractionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Media, Started, Duration, Direction, Agent, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setInteractions(QList<InteractionInfo> items);
    const QList<InteractionInfo> &interactions() const { return m_items; }
    const InteractionInfo &at(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<InteractionInfo> m_items;
};

// One row per artifact of an extraction: its state, the personal data masked by type, the time
// it took and any error. Filled from the job's artifactDone() as they arrive.
class ArtifactsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        State,
        Masked,
        Email,
        Phone,
        Spoken,
        Card,
        Ssn,
        Iban,
        Ip,
        Latency,
        Error,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void add(const ArtifactOutcome &outcome);
    const ArtifactOutcome &at(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ArtifactOutcome> m_items;
    QHash<QString, int> m_rows;
};

// A masked artifact as the viewer shows it: the turns, each a speaker, a time and the text.
struct TranscriptTurn
{
    QString speaker;
    qint64 startMs = -1;
    QString text;
};
struct TranscriptView
{
    QString interactionId;
    QString mediaType;
    QString agentName;
    QList<TranscriptTurn> turns;
    QJsonObject maskReport;
};
// Reads a masked artifact (as written by the extraction) for the viewer; false with *error when
// it is not one (the viewer never shows unmasked text).
bool readTranscriptView(const QByteArray &maskedJson, TranscriptView *out, QString *error);
// Finds an interaction's masked artifact in an extraction's output (a folder or a JSONL file).
bool loadMaskedArtifact(const QString &output, const QString &interactionId, QByteArray *out,
                        QString *error);
// The turn's text as HTML, each mask token shown as a coloured chip naming its type.
QString maskedHtml(const QString &text);
// The transcript as the viewer shows it: a table of turns, each with its speaker, its time and
// its masked text.
QString transcriptHtml(const TranscriptView &view);

} // namespace cxone
