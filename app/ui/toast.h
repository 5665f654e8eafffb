#pragma once

#include <QLabel>
#include <QTimer>

// A short message over the bottom of a window that goes by itself ("Bookmark saved — Ctrl+Z
// undoes"). Not focusable; read by screen readers through its accessible name.
class Toast final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Toast)

public:
    static constexpr int kShownMs = 3500;

    explicit Toast(QWidget *window);
    void showMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QTimer m_hide;
};
