#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// The small question under the player bar after a review listen: "Did it stick?" with Got it
// and Again. Passive: shown with the episode's title, it emits the answer.
class ReviewPrompt final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPrompt)

public:
    explicit ReviewPrompt(QWidget *parent = nullptr);

    void ask(const QString &episodeId, const QString &title);
    QString episodeId() const { return m_episodeId; }
    QString text() const;
    QPushButton *gotItButton() const { return m_gotIt; }
    QPushButton *againButton() const { return m_again; }

signals:
    void answered(const QString &episodeId, bool gotIt);

private:
    void answer(bool gotIt);

    QString m_episodeId;
    QLabel *m_label = nullptr;
    QPushButton *m_gotIt = nullptr;
    QPushButton *m_again = nullptr;
};
