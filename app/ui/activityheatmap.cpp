#include "activityheatmap.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace {
constexpr int kWeeks = StatisticsReport::kHeatmapWeeks;
constexpr int kMaxCell = 16;
constexpr int kMinCell = 7;
} // namespace

ActivityHeatmap::ActivityHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"activityHeatmap"_qs);
    setAccessibleName(tr("Activity over the last 26 weeks"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ActivityHeatmap::setDays(const QList<DayActivity> &days, Qt::DayOfWeek firstDayOfWeek,
                              int goalMinutes)
{
    m_days = days;
    m_firstDay = firstDayOfWeek;
    m_goalMinutes = qMax(1, goalMinutes);
    setAccessibleDescription(summary());
    updateGeometry();
    update();
}

ActivityHeatmap::Geometry ActivityHeatmap::geometry() const
{
    Geometry g;
    const QFontMetrics fm(font());
    g.left = 0;
    for (int d = 0; d < 7; ++d)
        g.left = qMax(g.left, fm.horizontalAdvance(QLocale().dayName(d + 1, QLocale::ShortFormat)));
    g.left += 6;
    g.top = fm.height() + 2;
    const int available = width() - g.left;
    g.cell = std::clamp(available / kWeeks - g.gap, kMinCell, kMaxCell);
    return g;
}

int ActivityHeatmap::indexOf(const QDate &day) const
{
    if (m_days.isEmpty())
        return -1;
    const qint64 i = m_days.constFirst().date.daysTo(day);
    return i >= 0 && i < m_days.size() ? int(i) : -1;
}

QRect ActivityHeatmap::cellRect(int index) const
{
    const Geometry g = geometry();
    const int column = index / 7;
    const int row = index % 7;
    return QRect(g.left + column * (g.cell + g.gap), g.top + row * (g.cell + g.gap), g.cell,
                 g.cell);
}

QDate ActivityHeatmap::dayAt(const QPoint &pos) const
{
    for (int i = 0; i < m_days.size(); ++i) {
        if (cellRect(i).contains(pos))
            return m_days.at(i).date;
    }
    return {};
}

QPoint ActivityHeatmap::cellCentre(const QDate &day) const
{
    const int i = indexOf(day);
    return i < 0 ? QPoint() : cellRect(i).center();
}

int ActivityHeatmap::levelOf(qint64 realMs) const
{
    const qint64 goal = qint64(m_goalMinutes) * 60000;
    if (realMs <= 0)
        return 0;
    if (realMs < goal / 2)
        return 1;
    if (realMs < goal)
        return 2;
    if (realMs < 2 * goal)
        return 3;
    return 4;
}

QColor ActivityHeatmap::colourFor(int level) const
{
    const QColor base = palette().color(QPalette::Base);
    const QColor accent = palette().color(QPalette::Highlight);
    if (level == 0) {
        // A faint cell that shows on light and dark bases alike.
        const QColor text = palette().color(QPalette::Text);
        return QColor::fromRgbF(base.redF() * 0.88 + text.redF() * 0.12,
                                base.greenF() * 0.88 + text.greenF() * 0.12,
                                base.blueF() * 0.88 + text.blueF() * 0.12);
    }
    const double share = 0.25 + 0.1875 * level; // 0.44, 0.63, 0.81, 1.0
    return QColor::fromRgbF(base.redF() * (1 - share) + accent.redF() * share,
                            base.greenF() * (1 - share) + accent.greenF() * share,
                            base.blueF() * (1 - share) + accent.blueF() * share);
}

QString ActivityHeatmap::tooltipFor(const QDate &day) const
{
    const int i = indexOf(day);
    if (i < 0)
        return {};
    const DayActivity &a = m_days.at(i);
    const QString date = QLocale().toString(a.date, QLocale::LongFormat);
    const int minutes = int((a.realMs + 30000) / 60000);
    if (a.sessions == 0)
        return tr("%1: nothing listened").arg(date);
    return tr("%1: %n minute(s)", nullptr, minutes).arg(date) + u", "_qs +
           tr("%n episode(s)", nullptr, a.episodes);
}

QString ActivityHeatmap::summary() const
{
    int activeDays = 0;
    qint64 total = 0;
    const DayActivity *best = nullptr;
    for (const DayActivity &a : m_days) {
        if (a.realMs <= 0)
            continue;
        ++activeDays;
        total += a.realMs;
        if (!best || a.realMs > best->realMs)
            best = &a;
    }
    if (!best)
        return tr("Nothing listened in the last 26 weeks.");
    return tr("Listened on %n day(s) of the last 26 weeks", nullptr, activeDays) + u", "_qs +
           tr("%n minute(s) in all", nullptr, int(total / 60000)) + u". "_qs +
           tr("Most on %1: %n minute(s).", nullptr, int(best->realMs / 60000))
               .arg(QLocale().toString(best->date, QLocale::ShortFormat));
}

QSize ActivityHeatmap::sizeHint() const
{
    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(u"Wed"_qs) + 6;
    return QSize(left + kWeeks * (13 + 2),
                 fm.height() + 2 + 7 * (kMaxCell + 2) + qMax(fm.height(), kMaxCell) + 6);
}

QSize ActivityHeatmap::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(u"Wed"_qs) + 6;
    return QSize(left + kWeeks * (kMinCell + 2), sizeHint().height());
}

void ActivityHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    const QLocale locale;
    p.setPen(palette().color(QPalette::WindowText));
    // Weekday labels on every other row, month names above the week where a month begins.
    for (int row = 0; row < 7; row += 2) {
        const int weekday = (int(m_firstDay) - 1 + row) % 7 + 1;
        p.drawText(QRect(0, g.top + row * (g.cell + g.gap), g.left - 4, g.cell),
                   Qt::AlignRight | Qt::AlignVCenter,
                   locale.dayName(weekday, QLocale::ShortFormat));
    }
    int lastMonth = -1;
    int lastLabelEnd = -1;
    for (int i = 0; i < m_days.size(); i += 7) {
        const QDate d = m_days.at(i).date;
        const QDate weekEnd = d.addDays(6);
        const int month = weekEnd.day() <= 7 ? weekEnd.month() : d.month();
        if (month == lastMonth)
            continue;
        lastMonth = month;
        const int x = cellRect(i).left();
        if (x < lastLabelEnd)
            continue;
        const QString name = locale.monthName(month, QLocale::ShortFormat);
        p.drawText(QPoint(x, g.top - 4), name);
        lastLabelEnd = x + p.fontMetrics().horizontalAdvance(name) + 6;
    }
    const qreal radius = g.cell / 5.0;
    p.setPen(Qt::NoPen);
    for (int i = 0; i < m_days.size(); ++i) {
        p.setBrush(colourFor(levelOf(m_days.at(i).realMs)));
        p.drawRoundedRect(cellRect(i), radius, radius);
    }
    // Legend: less … more.
    const int y = g.top + 7 * (g.cell + g.gap) + 4;
    const QString less = tr("Less");
    const QString more = tr("More");
    int x = width() - 5 * (g.cell + g.gap) - p.fontMetrics().horizontalAdvance(more) - 8 -
            p.fontMetrics().horizontalAdvance(less) - 6;
    x = qMax(x, g.left);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QPoint(x, y + g.cell - 2), less);
    x += p.fontMetrics().horizontalAdvance(less) + 6;
    p.setPen(Qt::NoPen);
    for (int level = 0; level <= 4; ++level) {
        p.setBrush(colourFor(level));
        p.drawRoundedRect(QRect(x, y, g.cell, g.cell), radius, radius);
        x += g.cell + g.gap;
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QPoint(x + 4, y + g.cell - 2), more);
}

bool ActivityHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipFor(dayAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}
