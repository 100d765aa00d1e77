#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace cxone {

class ConsoleContext;
struct DemoFaults;

// The demo tenant's fault settings: how often it answers 429 or 5xx, drops or garbles answers,
// how slow it is and how long its tokens live. Applied to the running simulator at once.
class FaultsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FaultsDialog(ConsoleContext *context, QWidget *parent = nullptr);
    ~FaultsDialog() override;

    DemoFaults settings() const;
    void apply();

private:
    void load();

    ConsoleContext *m_context;
    QDoubleSpinBox *m_p429;
    QDoubleSpinBox *m_p5xx;
    QDoubleSpinBox *m_pDrop;
    QDoubleSpinBox *m_pMalformed;
    QSpinBox *m_latency;
    QSpinBox *m_retryAfter;
    QSpinBox *m_tokenTtl;
};

} // namespace cxone
