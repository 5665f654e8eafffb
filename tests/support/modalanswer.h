#pragma once

// For widget suites: answers the next modal message box (an "are you sure?") with `button`,
// once it is open.
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
        else
            answerNextMessageBox(button);
    });
}
