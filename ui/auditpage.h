#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cxone {

class AuditFilterProxy;
class AuditModel;
class AuditStore;
class JobRegistry;

// Audit history: the whole trail with filters, the selected entry's details, JSONL export and a
// check of the hash chain. New entries (from this console or the command-line runner) appear
// within a second.
class AuditPage final : public QWidget
{
    Q_OBJECT
public:
    // With `jobs`, entries this console's jobs write show at once rather than at the next poll.
    explicit AuditPage(AuditStore *store, JobRegistry *jobs = nullptr, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditModel *model() const { return m_model; }
    AuditFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // Writes the entries matching the filters as JSONL; false with *error on failure.
    bool exportTo(const QString &path, QString *error = nullptr);
    // Runs AuditStore::verify() and shows the outcome in the page.
    void verifyChain();
    QString verifyResultText() const;

protected:
    // The split between the entries and the details is kept, as on every page.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilters();
    void updateChoices();
    void updateDetails();
    void updateCount();
    void chooseExportFile();

    bool m_shown = false;
    AuditStore *m_store;
    AuditModel *m_model;
    AuditFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_kind;
    QComboBox *m_outcome;
    QLineEdit *m_text;
    QCheckBox *m_useSince;
    QDateTimeEdit *m_since;
    QCheckBox *m_useUntil;
    QDateTimeEdit *m_until;
    QPlainTextEdit *m_details;
    QLabel *m_count;
    QLabel *m_verifyResult;
    QPushButton *m_exportButton;
    QPushButton *m_verifyButton;
    QTimer *m_textDebounce;
    QTimer *m_refreshDebounce;
};

} // namespace cxone
