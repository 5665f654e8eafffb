#pragma once

#include "statisticsreport.h"

#include <QWidget>

// Minutes listened per day over the last 26 weeks, as a grid (a column per week, a row per
// weekday), painted with QPainter: the deeper the colour, the more minutes, measured against the
// daily goal. Colours come from the palette (highlight over base), so it follows light and dark.
// A tooltip tells a day's minutes and episodes; the accessible description sums it all up.
class ActivityHeatmap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityHeatmap)

public:
    explicit ActivityHeatmap(QWidget *parent = nullptr);

    void setDays(const QList<DayActivity> &days, Qt::DayOfWeek firstDayOfWeek, int goalMinutes);
    const QList<DayActivity> &days() const { return m_days; }

    // The day under a point in widget coordinates; invalid when there is none.
    QDate dayAt(const QPoint &pos) const;
    // The centre of a day's cell (tests, tooltips).
    QPoint cellCentre(const QDate &day) const;
    // 0 (nothing) to 4 (twice the goal or more).
    int levelOf(qint64 realMs) const;
    QString tooltipFor(const QDate &day) const;
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        int cell = 12;
        int gap = 2;
        int left = 0; // width of the weekday labels
        int top = 0;  // height of the month labels
    };
    Geometry geometry() const;
    QRect cellRect(int index) const;
    int indexOf(const QDate &day) const;
    QColor colourFor(int level) const;

    QList<DayActivity> m_days;
    Qt::DayOfWeek m_firstDay = Qt::Monday;
    int m_goalMinutes = 15;
};
