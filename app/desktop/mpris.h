#pragma once

#include "chapterfollower.h"

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class PlaybackController;
class MprisPlayerAdaptor;
class MprisRootAdaptor;

// Publishes a PlaybackController on the session bus as an MPRIS 2 media player
// (org.mpris.MediaPlayer2.earmark), so desktop media keys and sound menus can drive it.
// Without a session bus it logs and does nothing else.
class Mpris final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Mpris)

public:
    static constexpr QLatin1StringView kServiceName{"org.mpris.MediaPlayer2.earmark"};
    static constexpr QLatin1StringView kObjectPath{"/org/mpris/MediaPlayer2"};
    static constexpr QLatin1StringView kPlayerInterface{"org.mpris.MediaPlayer2.Player"};
    static constexpr QLatin1StringView kRootInterface{"org.mpris.MediaPlayer2"};

    explicit Mpris(PlaybackController *controller, QObject *parent = nullptr);
    ~Mpris() override;

    // Takes the service name (or, when another instance holds it, a unique ".instance<pid>"
    // name as the specification allows) and exports the object. False, with a log line, when
    // the bus is not there.
    bool registerOn(QDBusConnection bus = QDBusConnection::sessionBus());
    bool isRegistered() const { return m_registered; }
    QString serviceName() const { return m_serviceName; }

    PlaybackController *controller() const { return m_controller; }
    // The chapter playing joins the metadata: xesam:title "Episode — Chapter", and the chapter's
    // own title as earmark:chapter. Metadata is announced again when the chapter changes.
    void setChapterFollower(ChapterFollower *chapters);
    ChapterFollower *chapterFollower() const { return m_chapters; }
    // The mpris:trackid of an episode: an object path built from its id.
    static QDBusObjectPath trackId(const QString &episodeId);

signals:
    void raiseRequested();
    void quitRequested();

private:
    friend class MprisPlayerAdaptor;
    void propertyChanged(const QString &name);
    void sendPropertiesChanged();

    PlaybackController *m_controller = nullptr;
    QPointer<ChapterFollower> m_chapters;
    MprisRootAdaptor *m_root = nullptr;
    MprisPlayerAdaptor *m_player = nullptr;
    QDBusConnection m_bus{QString()};
    QString m_serviceName;
    bool m_registered = false;
    QSet<QString> m_changed; // player properties to announce on the next turn of the loop
};
