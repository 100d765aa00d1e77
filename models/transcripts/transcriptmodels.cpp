#include "models/transcripts/transcriptmodels.h"

#include "models/engine/io/boundedinput.h"
#include "network/displaytext.h"

#include <QColor>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace cxone {

namespace {

QString durationText(int secs)
{
    if (secs <= 0)
        return QStringLiteral("–");
    if (secs >= 3600)
        return QStringLiteral("%1:%2:%3")
                .arg(secs / 3600)
                .arg(secs / 60 % 60, 2, 10, QChar(u'0'))
                .arg(secs % 60, 2, 10, QChar(u'0'));
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QChar(u'0'));
}

QString mediaLabel(const QString &media)
{
    if (media == u"voice")
        return QObject::tr("Voice");
    if (media == u"chat")
        return QObject::tr("Chat");
    if (media == u"email")
        return QObject::tr("Email");
    return media;
}

} // namespace

void InteractionsModel::setInteractions(QList<InteractionInfo> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int InteractionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InteractionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InteractionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const InteractionInfo &i = m_items.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return displayText(i.id); // the tenant's text: shown inert
        case Media:
            return mediaLabel(i.mediaType);
        case Started:
            return QLocale().toString(i.startedAt.toLocalTime(), QLocale::ShortFormat);
        case Duration:
            return durationText(i.durationSec);
        case Direction:
            return i.direction == u"inbound" ? tr("Inbound") : tr("Outbound");
        case Agent:
            return displayText(i.agentName);
        }
    } else if (role == Qt::UserRole) { // for sorting
        switch (index.column()) {
        case Started:
            return i.startedAt.toMSecsSinceEpoch();
        case Duration:
            return i.durationSec;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == Duration) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == Started) {
        return i.startedAt.toUTC().toString(Qt::ISODate);
    }
    return {};
}

QVariant InteractionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Interaction");
    case Media:
        return tr("Media");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Length");
    case Direction:
        return tr("Direction");
    case Agent:
        return tr("Agent");
    }
    return {};
}

void ArtifactsModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_rows.clear();
    endResetModel();
}

void ArtifactsModel::add(const ArtifactOutcome &outcome)
{
    const auto it = m_rows.constFind(outcome.interactionId);
    if (it != m_rows.constEnd()) {
        m_items[*it] = outcome;
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        return;
    }
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(outcome);
    m_rows.insert(outcome.interactionId, row);
    endInsertRows();
}

int ArtifactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ArtifactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static qint64 countOf(const MaskCounts &c, PiiKind kind)
{
    return c.byKind[size_t(kind)];
}

QVariant ArtifactsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ArtifactOutcome &a = m_items.at(index.row());
    const bool failed = a.state == u"failed";
    if (role == Qt::DisplayRole || role == Qt::UserRole) {
        const bool sortKey = role == Qt::UserRole;
        const auto number = [&](qint64 n) -> QVariant {
            if (sortKey)
                return n;
            return a.state == u"skipped" || failed ? QVariant() : QVariant(QLocale().toString(n));
        };
        switch (index.column()) {
        case Id:
            return displayText(a.interactionId);
        case State:
            if (a.state == u"pushed")
                return tr("Written and pushed");
            if (a.state == u"written")
                return tr("Written");
            if (a.state == u"skipped")
                return tr("Done by an earlier run");
            if (a.state == u"unpushed")
                return tr("Written, not pushed");
            return tr("Failed");
        case Masked:
            return number(a.counts.total());
        case Email:
            return number(countOf(a.counts, PiiKind::Email));
        case Phone:
            return number(countOf(a.counts, PiiKind::Phone));
        case Spoken:
            return number(a.counts.spoken);
        case Card:
            return number(countOf(a.counts, PiiKind::Card));
        case Ssn:
            return number(countOf(a.counts, PiiKind::Ssn));
        case Iban:
            return number(countOf(a.counts, PiiKind::Iban));
        case Ip:
            return number(countOf(a.counts, PiiKind::Ip));
        case Latency:
            if (sortKey)
                return a.latencyMs;
            return failed || a.state == u"skipped"
                           ? QVariant()
                           : QVariant(tr("%1 ms").arg(QLocale().toString(a.latencyMs)));
        case Error:
            return a.error;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Error && !a.error.isEmpty()) {
        return a.error;
    } else if (role == Qt::TextAlignmentRole && index.column() >= Masked
               && index.column() <= Latency) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && (failed || a.state == u"unpushed")
               && index.column() == State) {
        return QColor(0xb0, 0x1c, 0x1c);
    }
    return {};
}

QVariant ArtifactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == Spoken)
        return tr("Numbers said as words (\"five five five, one two\"), counted among phones and "
                  "cards too");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Interaction");
    case State:
        return tr("Status");
    case Masked:
        return tr("Masked");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Spoken:
        return tr("Spoken");
    case Card:
        return tr("Card");
    case Ssn:
        return tr("SSN");
    case Iban:
        return tr("IBAN");
    case Ip:
        return tr("IP");
    case Latency:
        return tr("Time");
    case Error:
        return tr("Problem");
    }
    return {};
}

bool readTranscriptView(const QByteArray &maskedJson, TranscriptView *out, QString *error)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(maskedJson, &pe).object();
    if (o.isEmpty()) {
        *error = QObject::tr("The transcript file is not JSON (%1).").arg(pe.errorString());
        return false;
    }
    if (!o.value(u"masked").toBool()) {
        *error = QObject::tr("This transcript is not marked as masked; it is not shown.");
        return false;
    }
    out->interactionId = o.value(u"interactionId").toString();
    out->mediaType = o.value(u"mediaType").toString();
    out->agentName = o.value(u"agentName").toString();
    out->maskReport = o.value(u"maskReport").toObject();
    out->turns.clear();
    for (const QJsonValue &v : o.value(u"transcript").toObject().value(u"turns").toArray()) {
        const QJsonObject t = v.toObject();
        TranscriptTurn turn;
        turn.speaker = t.value(u"speaker").toString();
        turn.startMs = t.contains(u"startMs") ? t.value(u"startMs").toInteger() : -1;
        turn.text = t.value(u"text").toString();
        out->turns.append(turn);
    }
    return true;
}

bool loadMaskedArtifact(const QString &output, const QString &id, QByteArray *out, QString *error)
{
    if (output.endsWith(u".jsonl", Qt::CaseInsensitive)) {
        QString openError;
        std::unique_ptr<QFile> f = openInput(output, &openError);
        if (!f) {
            *error = openError;
            return false;
        }
        LineReader reader(f.get(), 64 * 1024 * 1024);
        const QByteArray needle = "\"interactionId\":\"" + id.toUtf8() + '"';
        QByteArray line;
        bool tooLong = false;
        while (reader.next(&line, &tooLong)) {
            if (!tooLong && line.contains(needle)) {
                *out = line;
                return true;
            }
        }
        *error = QObject::tr("%1 is not in %2.").arg(id, output);
        return false;
    }
    QFile f(TranscriptExtractJob::artifactPath(output, id));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}

QString maskedHtml(const QString &text)
{
    static const struct
    {
        QStringView token;
        const char *colour;
    } chips[] = {{u"[EMAIL]", "#1d4ed8"},   {u"[PHONE]", "#047857"}, {u"[SSN]", "#b91c1c"},
                 {u"[CARD]", "#b45309"},    {u"[IBAN]", "#7c3aed"},  {u"[IP]", "#0e7490"},
                 {u"[REDACTED]", "#4b5563"}};
    QString html;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'[', i);
        if (open < 0) {
            html += text.mid(i).toHtmlEscaped();
            break;
        }
        html += text.mid(i, open - i).toHtmlEscaped();
        bool chip = false;
        for (const auto &c : chips) {
            if (QStringView(text).mid(open).startsWith(c.token)) {
                html += QStringLiteral("<span style=\"background-color:%1;color:#ffffff;"
                                       "font-weight:600;\">&nbsp;%2&nbsp;</span>")
                                .arg(QLatin1StringView(c.colour),
                                     c.token.mid(1, c.token.size() - 2).toString());
                i = open + c.token.size();
                chip = true;
                break;
            }
        }
        if (!chip) {
            html += u'[';
            i = open + 1;
        }
    }
    return html;
}

QString transcriptHtml(const TranscriptView &view)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
    for (const TranscriptTurn &t : view.turns) {
        const QString time = t.startMs < 0
                                     ? QString()
                                     : QStringLiteral("%1:%2")
                                               .arg(t.startMs / 60000)
                                               .arg(t.startMs / 1000 % 60, 2, 10, QChar(u'0'));
        const bool agent = t.speaker == u"agent";
        html += QStringLiteral("<tr><td style=\"color:%1;font-weight:600;white-space:nowrap;\">"
                               "%2</td><td style=\"color:#6b7280;\">%3</td><td>%4</td></tr>")
                        .arg(agent ? QStringLiteral("#1d4ed8") : QStringLiteral("#047857"),
                             agent                      ? QObject::tr("Agent")
                             : t.speaker == u"customer" ? QObject::tr("Customer")
                                                        : t.speaker.toHtmlEscaped(),
                             time, maskedHtml(t.text));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace cxone
