#pragma once

#include "chapter.h"

#include <QList>
#include <QObject>
#include <QString>

class PlaybackController;

// Which chapter of the loaded episode is playing, and the steps from chapter to chapter. The
// chapters are the episode's own (a catalog's) when it is loaded; chapters known only later (a
// podcast's, read from its feed off the UI thread) come through setChapters(). Knows no widgets:
// the player bar, the episode page, the keys and MPRIS follow chapterChanged().
class ChapterFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChapterFollower)

public:
    // previous() goes back to the start of the chapter playing when it has played longer than
    // this; otherwise to the chapter before (as the player's previous episode does).
    static constexpr qint64 kRestartThresholdMs = 3000;

    explicit ChapterFollower(PlaybackController *player, QObject *parent = nullptr);

    // The chapter playing at `ms` in chapters sorted by start: the last one that started at or
    // before it; -1 before the first one (or without chapters). A binary search.
    static int indexAt(const QList<Chapter> &chapters, qint64 ms);

    // Chapters for `episodeId` found after it was loaded; ignored when another episode is loaded
    // by now. Sorted by start here.
    void setChapters(const QString &episodeId, QList<Chapter> chapters);
    const QList<Chapter> &chapters() const { return m_chapters; }
    QString episodeId() const { return m_episodeId; }
    int currentIndex() const { return m_current; }
    // The title of the chapter playing; empty before the first one or without chapters.
    QString currentTitle() const;

public slots:
    // Seeks to the start of the next chapter; false (nothing done) after the last one.
    bool next();
    // Seeks to the start of the chapter playing, or of the one before (kRestartThresholdMs).
    bool previous();

signals:
    // The chapter playing changed (index -1: none; title empty then).
    void chapterChanged(int index, const QString &title);
    // The loaded episode's chapter list changed (another episode, or setChapters()).
    void chaptersChanged();

private:
    void onEpisodeChanged();
    void follow(qint64 ms);

    PlaybackController *m_player = nullptr;
    QString m_episodeId;
    QList<Chapter> m_chapters;
    int m_current = -1;
};
