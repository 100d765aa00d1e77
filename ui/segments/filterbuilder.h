#pragma once

#include "models/segments/segmentexport.h"

#include <QGroupBox>

class QComboBox;
class QListWidget;
class QPushButton;

namespace cxone {

class FilterValueEditor;

// Edits one list of segment filters (`FilterSpec`) over a segment's attributes: a valid
// attribute, an operator its type allows and a value in the editor of its type make a filter
// that Add appends; Remove drops the one picked in the list. A value that does not read as its
// attribute's type is refused with the reason. Reports every edit with the whole list.
class FilterBuilder final : public QGroupBox
{
    Q_OBJECT
public:
    explicit FilterBuilder(QWidget *parent = nullptr);

    // The segment's attributes; the valid ones are offered.
    void setAttributes(const QList<SegmentAttribute> &attributes);
    QList<FilterSpec> filters() const { return m_value; }
    // Shows `filters` without reporting them back as an edit.
    void setFilters(const QList<FilterSpec> &filters);
    void setEditable(bool editable);

Q_SIGNALS:
    void edited(const QList<cxone::FilterSpec> &filters);
    void refused(const QString &why);
    // The list of filters showed, hid or grew: the builder wants another height.
    void heightChanged();

private:
    const SegmentAttribute *chosenAttribute() const;
    void offerOperators();
    void showEditor();
    void add();
    void remove();
    void showList();

    QList<SegmentAttribute> m_attributes;
    QList<FilterSpec> m_value;
    QComboBox *m_attribute;
    QComboBox *m_operator;
    FilterValueEditor *m_editor;
    QPushButton *m_add;
    QListWidget *m_list;
    QPushButton *m_remove;
};

} // namespace cxone
