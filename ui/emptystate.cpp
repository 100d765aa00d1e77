#include "ui/emptystate.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace cxone {

namespace {

// A label over the viewport, shown while the model is empty. It follows the model the view has
// at each paint (views here switch models), and lets clicks through.
class EmptyStateLabel final : public QLabel
{
public:
    EmptyStateLabel(QAbstractItemView *view, const QString &text)
        : QLabel(text, view->viewport())
        , m_view(view)
    {
        setObjectName(QStringLiteral("emptyState"));
        setAlignment(Qt::AlignCenter);
        setWordWrap(true);
        setMargin(16);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        QPalette p = palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        setPalette(p);
        view->viewport()->installEventFilter(this);
        setGeometry(view->viewport()->rect());
        follow();
    }

    void follow()
    {
        const QAbstractItemModel *model = m_view->model();
        const bool empty = !model || model->rowCount(m_view->rootIndex()) == 0;
        if (empty != isVisible())
            setVisible(empty);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view->viewport()) {
            if (event->type() == QEvent::Resize)
                setGeometry(m_view->viewport()->rect());
            else if (event->type() == QEvent::Paint)
                follow();
        }
        return QLabel::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

void setEmptyStateText(QAbstractItemView *view, const QString &text)
{
    if (auto *existing = view->viewport()->findChild<EmptyStateLabel *>(
                QStringLiteral("emptyState"), Qt::FindDirectChildrenOnly)) {
        existing->setText(text);
        return;
    }
    new EmptyStateLabel(view, text);
}

} // namespace cxone
