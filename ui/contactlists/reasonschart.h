#pragma once

#include <QChartView>

class QTimer;

namespace cxone {

class ContactListsWorkspace;

// The preview's contacts by reason, each bar in the colour of its verdict.
class ReasonsChart final : public QChartView
{
    Q_OBJECT
public:
    explicit ReasonsChart(ContactListsWorkspace *workspace, QWidget *parent = nullptr);

private:
    void update();
    void showStale();
    void fitCategories(int count);

    ContactListsWorkspace *m_workspace;
    QTimer *m_debounce;
};

} // namespace cxone
