// MPRIS 2 on a private session bus (CTest runs this under dbus-run-session): a client on its own
// connection drives the player and reads its state, as a desktop sound menu would.
#include "catalogloader.h"
#include "chapterfollower.h"
#include "mpris.h"
#include "playbackcontroller.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCall>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestMpris : public QObject
{
    Q_OBJECT

public slots:
    // Bus signals seen by the client.
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed,
                             const QStringList &invalidated);
    void onSeeked(qlonglong position);

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registersNameAndRootProperties();
    void playPauseChangesPlaybackStatus();
    void metadataDescribesTheEpisode();
    void metadataFollowsTheChapter();
    void seekAndSetPositionEmitSeeked();
    void announcesPropertyChanges();
    void nextAndPreviousFollowTheQueue();
    void withoutABusItCarriesOn();

private:
    QDBusMessage call(const QString &interface, const QString &method,
                      const QVariantList &args = {});
    QVariant property(const QString &name,
                      const QString &interface = u"org.mpris.MediaPlayer2.Player"_s);
    QVariantMap metadata();

    QDBusConnection m_client{QString()};
    QList<Episode> m_episodes;
    std::unique_ptr<PlaybackController> m_ctl;
    std::unique_ptr<Mpris> m_mpris;
    QList<QVariantMap> m_changes;
    QList<qlonglong> m_seeks;
};

void TestMpris::onPropertiesChanged(const QString &interface, const QVariantMap &changed,
                                    const QStringList &)
{
    if (interface == Mpris::kPlayerInterface)
        m_changes.append(changed);
}

void TestMpris::onSeeked(qlonglong position)
{
    m_seeks.append(position);
}

void TestMpris::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no session bus: run under dbus-run-session");
    m_client = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"tst_mpris_client"_s);
    QVERIFY(m_client.isConnected());
    QVERIFY(m_client.connect(QString(), Mpris::kObjectPath, u"org.freedesktop.DBus.Properties"_s,
                             u"PropertiesChanged"_s, this,
                             SLOT(onPropertiesChanged(QString, QVariantMap, QStringList))));
    QVERIFY(m_client.connect(QString(), Mpris::kObjectPath, Mpris::kPlayerInterface, u"Seeked"_s,
                             this, SLOT(onSeeked(qlonglong))));
    const auto loaded = CatalogLoader::loadAll({});
    m_episodes = loaded.catalog.episodes();
    QVERIFY(m_episodes.size() >= 3);
}

void TestMpris::init()
{
    m_ctl = std::make_unique<PlaybackController>();
    m_mpris = std::make_unique<Mpris>(m_ctl.get());
    QVERIFY(m_mpris->registerOn(QDBusConnection::sessionBus()));
    QCOMPARE(m_mpris->serviceName(), QString(Mpris::kServiceName));
    m_changes.clear();
    m_seeks.clear();
}

void TestMpris::cleanup()
{
    m_mpris.reset();
    m_ctl.reset();
}

QDBusMessage TestMpris::call(const QString &interface, const QString &method,
                             const QVariantList &args)
{
    QDBusMessage m =
        QDBusMessage::createMethodCall(Mpris::kServiceName, Mpris::kObjectPath, interface, method);
    m.setArguments(args);
    // Asynchronous: the service answers from this very thread's event loop.
    QDBusPendingCall pending = m_client.asyncCall(m);
    QElapsedTimer t;
    t.start();
    while (!pending.isFinished() && t.elapsed() < 5000)
        QTest::qWait(5);
    return pending.reply();
}

QVariant TestMpris::property(const QString &name, const QString &interface)
{
    const QDBusMessage reply =
        call(u"org.freedesktop.DBus.Properties"_s, u"Get"_s, {interface, name});
    if (reply.type() != QDBusMessage::ReplyMessage) {
        qWarning() << "Get" << name << "failed:" << reply.errorMessage();
        return {};
    }
    return reply.arguments().value(0).value<QDBusVariant>().variant();
}

QVariantMap TestMpris::metadata()
{
    return qdbus_cast<QVariantMap>(property(u"Metadata"_s).value<QDBusArgument>());
}

void TestMpris::registersNameAndRootProperties()
{
    QVERIFY(m_client.interface()->isServiceRegistered(Mpris::kServiceName));
    QCOMPARE(property(u"Identity"_s, Mpris::kRootInterface).toString(), u"Earmark"_s);
    QCOMPARE(property(u"CanRaise"_s, Mpris::kRootInterface).toBool(), true);
    QSignalSpy raise(m_mpris.get(), &Mpris::raiseRequested);
    call(Mpris::kRootInterface, u"Raise"_s);
    QCOMPARE(raise.count(), 1);
    // Nothing loaded yet.
    QCOMPARE(property(u"PlaybackStatus"_s).toString(), u"Stopped"_s);
    QCOMPARE(property(u"CanControl"_s).toBool(), true);
    QCOMPARE(property(u"CanPause"_s).toBool(), false);
    QCOMPARE(metadata().value(u"mpris:trackid"_s).value<QDBusObjectPath>().path(),
             u"/org/mpris/MediaPlayer2/TrackList/NoTrack"_s);
}

void TestMpris::playPauseChangesPlaybackStatus()
{
    m_ctl->load(m_episodes.at(0), 0);
    QCOMPARE(property(u"CanPlay"_s).toBool(), true);
    QCOMPARE(property(u"CanPause"_s).toBool(), true);
    QCOMPARE(property(u"CanSeek"_s).toBool(), true);
    const QDBusMessage reply = call(Mpris::kPlayerInterface, u"PlayPause"_s);
    QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
    QTRY_VERIFY(m_ctl->isPlaying());
    QCOMPARE(property(u"PlaybackStatus"_s).toString(), u"Playing"_s);
    QTRY_VERIFY(property(u"Position"_s).toLongLong() > 100 * 1000);

    call(Mpris::kPlayerInterface, u"PlayPause"_s);
    QTRY_VERIFY(!m_ctl->isPlaying());
    QCOMPARE(property(u"PlaybackStatus"_s).toString(), u"Paused"_s);

    call(Mpris::kPlayerInterface, u"Play"_s);
    QTRY_COMPARE(property(u"PlaybackStatus"_s).toString(), u"Playing"_s);
    call(Mpris::kPlayerInterface, u"Stop"_s);
    QTRY_COMPARE(property(u"PlaybackStatus"_s).toString(), u"Stopped"_s);
}

void TestMpris::metadataDescribesTheEpisode()
{
    const Episode &e = m_episodes.at(1);
    m_ctl->load(e, 0);
    QTRY_VERIFY(m_ctl->duration() > 0);
    const QVariantMap m = metadata();
    const auto trackId = m.value(u"mpris:trackid"_s).value<QDBusObjectPath>();
    QCOMPARE(trackId, Mpris::trackId(e.id));
    QVERIFY(trackId.path().startsWith(u"/org/earmark/episode/"));
    QCOMPARE(m.value(u"xesam:title"_s).toString(), e.title);
    QCOMPARE(m.value(u"xesam:url"_s).toString(), e.audio().toString());
    QCOMPARE(m.value(u"mpris:length"_s).toLongLong(), qlonglong(m_ctl->duration()) * 1000);
    QCOMPARE(m.value(u"mpris:length"_s).metaType(), QMetaType::fromType<qlonglong>());
    // Ids with characters object paths do not allow still give valid, distinct paths.
    QCOMPARE(Mpris::trackId(u"a-b"_s).path(), u"/org/earmark/episode/a_2db"_s);
    QVERIFY(Mpris::trackId(u"a-b"_s) != Mpris::trackId(u"a_b"_s));
}

void TestMpris::metadataFollowsTheChapter()
{
    ChapterFollower chapters(m_ctl.get());
    m_mpris->setChapterFollower(&chapters);
    const Episode &e = m_episodes.at(0);
    QVERIFY(e.chapters.size() >= 2);
    m_ctl->load(e, 0);
    QTRY_VERIFY(m_ctl->duration() > 8000);
    QTRY_COMPARE(metadata().value(u"xesam:title"_s).toString(),
                 e.title + u" \u2014 "_s + e.chapters.at(0).title);
    QCOMPARE(metadata().value(u"earmark:chapter"_s).toString(), e.chapters.at(0).title);

    // Moving into the second chapter announces the metadata again, with that chapter.
    m_changes.clear();
    call(Mpris::kPlayerInterface, u"Seek"_s, {qlonglong(e.chapters.at(1).startMs + 500) * 1000});
    const QString expected = e.title + u" \u2014 "_s + e.chapters.at(1).title;
    QTRY_VERIFY([&] {
        for (const QVariantMap &c : std::as_const(m_changes)) {
            const auto m = qdbus_cast<QVariantMap>(c.value(u"Metadata"_s).value<QDBusArgument>());
            if (m.value(u"xesam:title"_s).toString() == expected)
                return true;
        }
        return false;
    }());
    QCOMPARE(metadata().value(u"earmark:chapter"_s).toString(), e.chapters.at(1).title);
    m_mpris->setChapterFollower(nullptr);
}

void TestMpris::seekAndSetPositionEmitSeeked()
{
    m_ctl->load(m_episodes.at(0), 0);
    QTRY_VERIFY(m_ctl->duration() > 8000);
    call(Mpris::kPlayerInterface, u"Seek"_s, {qlonglong(3000) * 1000});
    QCOMPARE(m_ctl->position(), 3000);
    QTRY_COMPARE(m_seeks.size(), 1);
    QCOMPARE(m_seeks.at(0), qlonglong(3000) * 1000);

    const QVariant track = QVariant::fromValue(Mpris::trackId(m_episodes.at(0).id));
    call(Mpris::kPlayerInterface, u"SetPosition"_s, {track, qlonglong(5000) * 1000});
    QCOMPARE(m_ctl->position(), 5000);
    QTRY_COMPARE(m_seeks.size(), 2);
    // A stale track id is ignored.
    const QVariant other = QVariant::fromValue(Mpris::trackId(u"someone-else"_s));
    call(Mpris::kPlayerInterface, u"SetPosition"_s, {other, qlonglong(1000) * 1000});
    QCOMPARE(m_ctl->position(), 5000);
    QCOMPARE(property(u"Position"_s).toLongLong(), qlonglong(5000) * 1000);
}

void TestMpris::announcesPropertyChanges()
{
    m_ctl->load(m_episodes.at(0), 0);
    QTRY_VERIFY(!m_changes.isEmpty());
    bool sawMetadata = false;
    for (const QVariantMap &c : std::as_const(m_changes))
        sawMetadata = sawMetadata || c.contains(u"Metadata"_s);
    QVERIFY(sawMetadata);

    const auto announced = [this](const QString &name) {
        QVariant latest;
        for (const QVariantMap &c : std::as_const(m_changes)) {
            if (c.contains(name))
                latest = c.value(name);
        }
        return latest;
    };
    m_changes.clear();
    m_ctl->setRate(1.5);
    QTRY_COMPARE(announced(u"Rate"_s).toDouble(), 1.5);

    m_changes.clear();
    m_ctl->play();
    QTRY_COMPARE(announced(u"PlaybackStatus"_s).toString(), u"Playing"_s);

    // Writable properties from the bus.
    QDBusMessage set = QDBusMessage::createMethodCall(
        Mpris::kServiceName, Mpris::kObjectPath, u"org.freedesktop.DBus.Properties"_s, u"Set"_s);
    set << QString(Mpris::kPlayerInterface) << u"Volume"_s
        << QVariant::fromValue(QDBusVariant(0.25));
    QDBusPendingCall pending = m_client.asyncCall(set);
    QTRY_VERIFY(pending.isFinished());
    QTRY_COMPARE(m_ctl->volume(), 0.25);
}

void TestMpris::nextAndPreviousFollowTheQueue()
{
    QHash<QString, Episode> byId;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        byId.insert(m_episodes.at(i).id, m_episodes.at(i));
        ids.append(m_episodes.at(i).id);
    }
    m_ctl->setQueueProvider([byId](const QString &id) {
        return std::optional<PlaybackController::QueueItem>({byId.value(id), 0, false});
    });
    m_ctl->setQueue(ids);
    m_ctl->load(byId.value(ids.at(0)), 0);
    QCOMPARE(property(u"CanGoPrevious"_s).toBool(), false);
    QCOMPARE(property(u"CanGoNext"_s).toBool(), true);
    call(Mpris::kPlayerInterface, u"Next"_s);
    QCOMPARE(m_ctl->currentEpisodeId(), ids.at(1));
    QCOMPARE(property(u"CanGoPrevious"_s).toBool(), true);
    call(Mpris::kPlayerInterface, u"Previous"_s);
    QCOMPARE(m_ctl->currentEpisodeId(), ids.at(0));
}

void TestMpris::withoutABusItCarriesOn()
{
    PlaybackController controller;
    Mpris mpris(&controller);
    const QDBusConnection none = QDBusConnection::connectToBus(
        u"unix:path=/nonexistent/earmark-bus"_s, u"tst_mpris_nobus"_s);
    QVERIFY(!none.isConnected());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"MPRIS: no D-Bus session bus"_s));
    QVERIFY(!mpris.registerOn(none));
    QVERIFY(!mpris.isRegistered());
    controller.setRate(2.0); // nothing to announce, nothing breaks
    QCOMPARE(controller.rate(), 2.0);
}

QTEST_GUILESS_MAIN(TestMpris)
#include "tst_mpris.moc"
