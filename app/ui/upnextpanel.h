#pragma once

#include <QWidget>

class QListView;
class QPushButton;
class UpNextModel;

// The Up Next queue in a dock: the queued episodes in order (drag to reorder), Play, Remove
// (also Delete) and Clear. Passive: it edits the model it shows and asks to play an episode.
class UpNextPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpNextPanel)

public:
    explicit UpNextPanel(UpNextModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *clearButton() const { return m_clear; }

signals:
    void playRequested(const QString &episodeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void removeCurrent();
    void updateButtons();

    UpNextModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_clear = nullptr;
    class QLabel *m_empty = nullptr;
};
