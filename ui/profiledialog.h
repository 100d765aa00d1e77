#pragma once

#include "network/apiclient.h"
#include "network/profile.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cxone {

class ApiClient;
class ConsoleContext;

// Create, edit, delete and test tenant profiles. Fields are checked as they are typed; the
// secret goes to the SecretStore (a banner says when that is memory only).
class ProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(ConsoleContext *context, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Selects the profile `name` in the list (for callers that want to open it on one).
    void selectProfile(const QString &name);
    QString selectedName() const;
    // The result line of the last "Test connection".
    QString testResultText() const;
    bool isTesting() const { return m_testClient != nullptr; }

private:
    void reloadList(const QString &select);
    void loadSelected();
    Profile profileFromFields() const;
    void validate();
    void newProfile();
    void saveProfile();
    void deleteProfile();
    void testConnection();
    void runTest(const Profile &profile, const QByteArray &secret);
    void useProfile();
    void updateBanner();
    void setResult(const QString &text, bool error);

    void setUpBanner();
    void setUpControls();
    QWidget *buildEditor();
    QWidget *buildListSide();
    void wire();

    ConsoleContext *m_context;
    QLabel *m_banner;
    QListWidget *m_list;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_tokenUrl;
    QComboBox *m_authStyle;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLabel *m_secretHint;
    QPlainTextEdit *m_scopes;
    QLabel *m_problems;
    QLabel *m_result;
    QPushButton *m_saveButton;
    QPushButton *m_testButton;
    QPushButton *m_useButton;
    QDialogButtonBox *m_buttons;
    QString m_editing; // name of the stored profile being edited; empty for a new one
    bool m_isNew = false;
    QPointer<ApiClient> m_testClient;
};

} // namespace cxone
