#pragma once

#include "models/engine/phone/phonecheck.h"
#include "models/engine/table/compactrowstore.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace cxone {

struct ListContact;

// The contacts of one list as loaded: id, phone as stored and the other fields (compact JSON),
// packed in a row store (~90 bytes a contact).
class ContactSnapshot final
{
public:
    enum Column { IdColumn, PhoneColumn, FieldsColumn, ColumnCount };

    ContactSnapshot(QString listId, QString listName);

    QString listId() const { return m_listId; }
    QString listName() const { return m_listName; }
    qsizetype size() const { return m_store->rowCount(); }
    void append(const ListContact &contact);
    QString id(qsizetype row) const { return m_store->text(row, IdColumn); }
    QByteArrayView phone(qsizetype row) const { return m_store->cell(row, PhoneColumn); }
    QJsonObject fields(qsizetype row) const;
    ListContact contact(qsizetype row) const;
    std::shared_ptr<const CompactRowStore> store() const { return m_store; }
    qsizetype bytes() const { return m_store->bytes(); }

    bool complete = false;     // every page was loaded
    qint64 expectedCount = -1; // what the server said the list holds

private:
    QString m_listId;
    QString m_listName;
    std::shared_ptr<CompactRowStore> m_store;
};

// One row of a preview: 16 bytes of parse result plus the verdict bytes.
struct PreviewRow
{
    ParsedPhone phone;
    Verdict verdict = Verdict::Keep; // what the rules say
    Reason reason = Reason::AlreadyE164;
    qint8 override = 0; // 0: none; 1: kept by hand; 2: purged by hand
};

// The outcome of a preview: every contact with its verdict, the user's overrides and the counts
// that follow them. Nothing is sent until an apply job takes the plan.
class SanitizePreview final
{
public:
    SanitizePreview(std::shared_ptr<const ContactSnapshot> contacts, SanitizeDirective directive,
                    std::vector<ParsedPhone> parsed);

    const ContactSnapshot &contacts() const { return *m_contacts; }
    std::shared_ptr<const ContactSnapshot> contactsPtr() const { return m_contacts; }
    const SanitizeDirective &directive() const { return m_directive; }
    qsizetype size() const { return qsizetype(m_rows.size()); }
    const PreviewRow &row(qsizetype i) const { return m_rows[size_t(i)]; }

    Verdict effectiveVerdict(qsizetype i) const;
    Reason effectiveReason(qsizetype i) const;
    // Keep a contact the rules purge, or purge one they keep/update. false: nothing to change.
    bool setOverride(qsizetype i, Verdict verdict);
    void clearOverride(qsizetype i);
    qsizetype overrideCount() const { return m_overrides; }

    qsizetype count(Verdict v) const { return m_verdictCounts[size_t(v)]; }
    qsizetype count(Reason r) const { return m_reasonCounts[size_t(r)]; }
    qsizetype validCount() const { return m_valid; }
    // Valid numbers over all contacts: how much of the list formats to E.164.
    double formatSuccessRate() const;

    // Writes the preview as CSV (id, original, e164, region, type, verdict, reason).
    bool exportCsv(const QString &path, QString *error) const;
    static QByteArray csvHeader();
    QByteArray csvLine(qsizetype i) const;
    qsizetype bytes() const;

private:
    void countRow(qsizetype i, int sign);

    std::shared_ptr<const ContactSnapshot> m_contacts;
    SanitizeDirective m_directive;
    std::vector<PreviewRow> m_rows;
    std::array<qsizetype, kVerdictCount> m_verdictCounts{};
    std::array<qsizetype, kReasonCount> m_reasonCounts{};
    qsizetype m_valid = 0;
    qsizetype m_overrides = 0;
};

// Decides every row (in list order, so the first of duplicates is kept). Pure: runs in a
// worker thread.
std::shared_ptr<SanitizePreview> buildPreview(std::shared_ptr<const ContactSnapshot> contacts,
                                              const SanitizeDirective &directive,
                                              std::vector<ParsedPhone> parsed);

} // namespace cxone
