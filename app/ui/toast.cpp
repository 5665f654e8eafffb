#include "toast.h"

#include <QAccessible>
#include <QEvent>

Toast::Toast(QWidget *window)
    : QLabel(window)
{
    setObjectName(u"toast"_qs);
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setMargin(10);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::Box);
    hide();
    m_hide.setSingleShot(true);
    m_hide.setInterval(kShownMs);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    window->installEventFilter(this);
}

void Toast::showMessage(const QString &text)
{
    setText(text);
    setAccessibleName(text);
    adjustSize();
    place();
    show();
    raise();
    m_hide.start();
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

bool Toast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize && isVisible())
        place();
    return QLabel::eventFilter(watched, event);
}

void Toast::place()
{
    const QWidget *window = parentWidget();
    move((window->width() - width()) / 2, window->height() - height() - 110);
}
