#pragma once

#include <QWidget>

// Today's progress toward the daily goal, for the status bar: a small ring that fills up and
// "12 / 15 min". Passive: the owner sets the minutes. Its accessible name and tooltip say the same
// in words.
class GoalIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalIndicator)

public:
    explicit GoalIndicator(QWidget *parent = nullptr);

    void setProgress(qint64 todayRealMs, int goalMinutes, int streakDays = -1);
    int minutes() const { return int(m_todayMs / 60000); }
    int goalMinutes() const { return m_goal; }
    double fraction() const;
    QString text() const;
    QString description() const;

    QSize sizeHint() const override;

signals:
    // Clicked: the owner shows the statistics.
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    qint64 m_todayMs = 0;
    int m_goal = 15;
    int m_streak = -1;
};
