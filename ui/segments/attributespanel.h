#pragma once

#include <QGroupBox>

class QListWidgetItem;
class QPushButton;

namespace cxone {

class AttributeList;
class SegmentsWorkspace;

// The attributes of the segment looked at, in columns, each ticked to be exported or not (types
// in the tooltips; deprecated ones listed, greyed out and explained), with All and None.
class AttributesPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit AttributesPanel(SegmentsWorkspace *workspace, QWidget *parent = nullptr);

private:
    void fill();
    void showChecks();
    void report(QListWidgetItem *item);
    void checkAll(bool checked);

    SegmentsWorkspace *m_workspace;
    AttributeList *m_list;
    QPushButton *m_all;
    QPushButton *m_none;
    bool m_showing = false;
};

} // namespace cxone
