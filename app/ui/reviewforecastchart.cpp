#include "reviewforecastchart.h"

#include <QLocale>
#include <QPainter>

ReviewForecastChart::ReviewForecastChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"reviewForecast"_qs);
    setAccessibleName(tr("Reviews done and due"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ReviewForecastChart::setDays(const QList<ReviewDay> &done, const QList<ReviewDay> &due)
{
    m_done = done;
    m_due = due;
    setAccessibleDescription(summary());
    update();
}

QString ReviewForecastChart::summary() const
{
    int doneTotal = 0;
    for (const ReviewDay &d : m_done)
        doneTotal += d.done;
    QStringList due;
    const QLocale locale;
    for (const ReviewDay &d : m_due) {
        if (d.due > 0)
            due.append(tr("%1: %2").arg(locale.toString(d.date, QLocale::ShortFormat)).arg(d.due));
    }
    QString text = tr("%n review(s) done in the last 14 days.", nullptr, doneTotal);
    text += u' ';
    text += due.isEmpty() ? tr("Nothing due in the next 14 days.")
                          : tr("Due: %1.").arg(due.join(u"; "_qs));
    return text;
}

QSize ReviewForecastChart::sizeHint() const
{
    return QSize(560, 8 * fontMetrics().height());
}

QSize ReviewForecastChart::minimumSizeHint() const
{
    return QSize(300, 8 * fontMetrics().height());
}

void ReviewForecastChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = p.fontMetrics();
    const int days = int(m_done.size() + m_due.size());
    if (days == 0)
        return;
    int maximum = 1;
    for (const ReviewDay &d : m_done)
        maximum = qMax(maximum, d.done);
    for (const ReviewDay &d : m_due)
        maximum = qMax(maximum, d.due);
    const int captionHeight = fm.height() + 2;
    const QRect plot(0, fm.height() + 2, width(), height() - 2 * captionHeight - fm.height() - 4);
    const qreal slot = qreal(plot.width()) / days;
    const qreal bar = qMax<qreal>(3, slot * 0.7);
    const QColor text = palette().color(QPalette::WindowText);
    QColor doneColour = palette().color(QPalette::Highlight);
    doneColour.setAlphaF(0.45);
    const QColor dueColour = palette().color(QPalette::Highlight);
    const QLocale locale;
    for (int i = 0; i < days; ++i) {
        const bool past = i < m_done.size();
        const ReviewDay &d = past ? m_done.at(i) : m_due.at(i - m_done.size());
        const int value = past ? d.done : d.due;
        const qreal h = plot.height() * qreal(value) / maximum;
        const QRectF r(plot.left() + i * slot + (slot - bar) / 2, plot.bottom() - h, bar, h);
        p.setPen(Qt::NoPen);
        p.setBrush(past ? doneColour : dueColour);
        p.drawRect(r);
        p.setPen(text);
        if (value > 0)
            p.drawText(QRectF(r.left() - slot, r.top() - fm.height(), bar + 2 * slot, fm.height()),
                       Qt::AlignHCenter | Qt::AlignBottom, QString::number(value));
        // A date under the first day of each half and every seventh day.
        if (i % 7 == 0)
            p.drawText(QPointF(plot.left() + i * slot, plot.bottom() + fm.ascent() + 2),
                       locale.toString(d.date, u"d MMM"_qs));
    }
    // Today: a line between the halves.
    const qreal x = plot.left() + m_done.size() * slot;
    p.setPen(QPen(text, 1, Qt::DashLine));
    p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    p.setPen(text);
    const int captionY = height() - fm.descent() - 1;
    p.drawText(QPointF(plot.left(), captionY), tr("Done, last 14 days"));
    const QString dueCaption = tr("Due, next 14 days");
    p.drawText(QPointF(width() - fm.horizontalAdvance(dueCaption) - 2, captionY), dueCaption);
}
