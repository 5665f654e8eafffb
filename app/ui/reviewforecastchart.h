#pragma once

#include "statisticsreport.h"

#include <QWidget>

// Reviews answered per day over the last 14 days and due per day over the next 14, as bars
// painted with QPainter in palette colours; the count stands above each bar. The accessible
// description lists the figures.
class ReviewForecastChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewForecastChart)

public:
    explicit ReviewForecastChart(QWidget *parent = nullptr);

    void setDays(const QList<ReviewDay> &done, const QList<ReviewDay> &due);
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<ReviewDay> m_done;
    QList<ReviewDay> m_due;
};
