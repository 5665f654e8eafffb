#pragma once

#include <QMainWindow>

class QListView;
class EpisodeListModel;

// The library window. Owns no data: it shows the models it is given.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(EpisodeListModel *episodes, QWidget *parent = nullptr);

    QListView *episodeView() const { return m_episodeView; }

signals:
    // Emitted once, after the first paint of the episode list.
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EpisodeListModel *m_episodes = nullptr;
    QListView *m_episodeView = nullptr;
    bool m_painted = false;
};
