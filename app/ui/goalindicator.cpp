#include "goalindicator.h"

#include <QMouseEvent>
#include <QPainter>

GoalIndicator::GoalIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"goalIndicator"_qs);
    setCursor(Qt::PointingHandCursor);
    setProgress(0, m_goal);
}

void GoalIndicator::setProgress(qint64 todayRealMs, int goalMinutes, int streakDays)
{
    m_todayMs = qMax<qint64>(0, todayRealMs);
    m_goal = qMax(1, goalMinutes);
    m_streak = streakDays;
    setAccessibleName(tr("Daily goal"));
    setAccessibleDescription(description());
    setToolTip(description());
    updateGeometry();
    update();
}

double GoalIndicator::fraction() const
{
    return qMin(1.0, double(m_todayMs) / (double(m_goal) * 60000.0));
}

QString GoalIndicator::text() const
{
    return tr("%1 / %2 min").arg(minutes()).arg(m_goal);
}

QString GoalIndicator::description() const
{
    QString s =
        fraction() >= 1.0
            ? tr("Daily goal reached: %n minute(s) listened today.", nullptr, minutes())
            : tr("%1 of %n minute(s) listened today toward the daily goal.", nullptr, m_goal)
                  .arg(minutes());
    if (m_streak >= 0)
        s += u' ' + tr("Streak: %n day(s).", nullptr, m_streak);
    return s;
}

QSize GoalIndicator::sizeHint() const
{
    const QFontMetrics fm(font());
    const int ring = fm.height();
    return QSize(ring + 6 + fm.horizontalAdvance(tr("%1 / %2 min").arg(888).arg(888)), ring + 4);
}

void GoalIndicator::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = p.fontMetrics();
    const int ring = fm.height() - 2;
    const QRectF r(2, (height() - ring) / 2.0, ring, ring);
    QColor track = palette().color(QPalette::WindowText);
    track.setAlphaF(0.2);
    p.setPen(QPen(track, 3));
    p.drawEllipse(r);
    p.setPen(QPen(palette().color(QPalette::Highlight), 3, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(r, 90 * 16, -int(360 * 16 * fraction()));
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(r.right() + 6, 0, width() - r.right() - 6, height()),
               Qt::AlignLeft | Qt::AlignVCenter, text());
}

void GoalIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}
