#include "models/contactlists/sanitizepreview.h"

#include "models/engine/csv/csvwriter.h"

#include "network/api/contactlistsapi.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace cxone {

ContactSnapshot::ContactSnapshot(QString listId, QString listName)
    : m_listId(std::move(listId))
    , m_listName(std::move(listName))
    , m_store(std::make_shared<CompactRowStore>(ColumnCount))
{}

void ContactSnapshot::append(const ListContact &contact)
{
    const QByteArray id = contact.id.toUtf8();
    const QByteArray phone = contact.phone.toUtf8();
    const QByteArray fields
            = contact.fields.isEmpty()
                      ? QByteArray()
                      : QJsonDocument(contact.fields).toJson(QJsonDocument::Compact);
    const QByteArrayView cells[] = {id, phone, fields};
    m_store->appendRow(cells);
}

QJsonObject ContactSnapshot::fields(qsizetype row) const
{
    const QByteArrayView raw = m_store->cell(row, FieldsColumn);
    return raw.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(raw.toByteArray()).object();
}

ListContact ContactSnapshot::contact(qsizetype row) const
{
    return {id(row), QString::fromUtf8(phone(row)), fields(row)};
}

SanitizePreview::SanitizePreview(std::shared_ptr<const ContactSnapshot> contacts,
                                 SanitizeDirective directive, std::vector<ParsedPhone> parsed)
    : m_contacts(std::move(contacts))
    , m_directive(std::move(directive))
{
    m_rows.resize(parsed.size());
    QSet<quint64> seen;
    for (size_t i = 0; i < parsed.size(); ++i) {
        PreviewRow &row = m_rows[i];
        row.phone = parsed[i];
        const bool dup = row.phone.e164 && seen.contains(row.phone.e164);
        const Decision d = decide(row.phone, m_contacts->phone(qsizetype(i)), m_directive, dup);
        row.verdict = d.verdict;
        row.reason = d.reason;
        if (row.phone.e164 && d.verdict != Verdict::Purge)
            seen.insert(row.phone.e164);
        if (row.phone.status == ParseStatus::Valid)
            ++m_valid;
        countRow(qsizetype(i), 1);
    }
}

Verdict SanitizePreview::effectiveVerdict(qsizetype i) const
{
    const PreviewRow &r = m_rows[size_t(i)];
    if (r.override == 1)
        return Verdict::Keep;
    if (r.override == 2)
        return Verdict::Purge;
    return r.verdict;
}

Reason SanitizePreview::effectiveReason(qsizetype i) const
{
    const PreviewRow &r = m_rows[size_t(i)];
    if (r.override == 1)
        return Reason::ManualKeep;
    if (r.override == 2)
        return Reason::ManualPurge;
    return r.reason;
}

void SanitizePreview::countRow(qsizetype i, int sign)
{
    m_verdictCounts[size_t(effectiveVerdict(i))] += sign;
    m_reasonCounts[size_t(effectiveReason(i))] += sign;
}

bool SanitizePreview::setOverride(qsizetype i, Verdict verdict)
{
    PreviewRow &r = m_rows[size_t(i)];
    qint8 wanted = 0;
    if (verdict == Verdict::Purge && r.verdict != Verdict::Purge)
        wanted = 2;
    else if (verdict == Verdict::Keep && r.verdict == Verdict::Purge)
        wanted = 1;
    // Back to what the rules say is clearing; keep on an update row is not offered: the
    // number is valid and only changes form.
    if (wanted == 0 && verdict != r.verdict)
        return false;
    if (wanted == r.override)
        return false;
    countRow(i, -1);
    m_overrides += (wanted != 0) - (r.override != 0);
    r.override = wanted;
    countRow(i, 1);
    return true;
}

void SanitizePreview::clearOverride(qsizetype i)
{
    setOverride(i, m_rows[size_t(i)].verdict);
}

double SanitizePreview::formatSuccessRate() const
{
    return m_rows.empty() ? 1.0 : double(m_valid) / double(m_rows.size());
}

QByteArray SanitizePreview::csvHeader()
{
    return "id,original,e164,region,type,verdict,reason\n";
}

QByteArray SanitizePreview::csvLine(qsizetype i) const
{
    const PreviewRow &r = m_rows[size_t(i)];
    const bool valid = r.phone.status == ParseStatus::Valid;
    QByteArray line = csvField(m_contacts->id(i).toUtf8());
    line += ',';
    line += csvField(m_contacts->phone(i));
    line += ',';
    line += valid ? r.phone.e164Text().toLatin1() : QByteArray();
    line += ',';
    line += valid ? r.phone.regionText().toLatin1() : QByteArray();
    line += ',';
    line += valid ? phoneTypeName(r.phone.type).toLatin1() : QByteArray();
    line += ',';
    line += verdictName(effectiveVerdict(i)).toLatin1();
    line += ',';
    line += reasonName(effectiveReason(i)).toLatin1();
    line += '\n';
    return line;
}

bool SanitizePreview::exportCsv(const QString &path, QString *error) const
{
    CsvFileWriter f(path);
    if (!f.open(error))
        return false;
    f.writeRaw(csvHeader());
    for (qsizetype i = 0; i < size(); ++i)
        f.writeRaw(csvLine(i));
    return f.commit(error);
}

qsizetype SanitizePreview::bytes() const
{
    return qsizetype(m_rows.capacity() * sizeof(PreviewRow)) + m_contacts->bytes();
}

std::shared_ptr<SanitizePreview> buildPreview(std::shared_ptr<const ContactSnapshot> contacts,
                                              const SanitizeDirective &directive,
                                              std::vector<ParsedPhone> parsed)
{
    return std::make_shared<SanitizePreview>(std::move(contacts), directive, std::move(parsed));
}

} // namespace cxone
