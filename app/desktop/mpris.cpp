#include "mpris.h"

#include "chapterfollower.h"
#include "logging.h"
#include "mprisplayeradaptor.h"
#include "mprisrootadaptor.h"
#include "playbackcontroller.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMetaProperty>
#include <QTimer>

using namespace Qt::StringLiterals;

Mpris::Mpris(PlaybackController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    m_root = new MprisRootAdaptor(this);
    m_player = new MprisPlayerAdaptor(this);

    auto *c = controller;
    const auto announce = [this](std::initializer_list<const char *> names) {
        for (const char *name : names)
            propertyChanged(QString::fromLatin1(name));
    };
    connect(c, &PlaybackController::playbackStateChanged, this, [announce] {
        announce({"PlaybackStatus", "CanPause", "CanPlay"});
    });
    connect(c, &PlaybackController::playingChanged, this,
            [announce] { announce({"PlaybackStatus"}); });
    connect(c, &PlaybackController::episodeChanged, this, [announce] {
        announce({"Metadata", "CanGoNext", "CanGoPrevious", "CanPlay", "CanPause", "CanSeek"});
    });
    connect(c, &PlaybackController::durationChanged, this, [announce] { announce({"Metadata"}); });
    connect(c, &PlaybackController::queueChanged, this, [announce] {
        announce({"CanGoNext", "CanGoPrevious", "CanPlay"});
    });
    connect(c, &PlaybackController::rateChanged, this, [announce] { announce({"Rate"}); });
    connect(c, &PlaybackController::volumeChanged, this, [announce] { announce({"Volume"}); });
    connect(c, &PlaybackController::seeked, this,
            [this](qint64 ms) { emit m_player->Seeked(qlonglong(ms) * 1000); });
}

Mpris::~Mpris()
{
    if (m_registered) {
        m_bus.unregisterObject(kObjectPath);
        m_bus.unregisterService(m_serviceName);
    }
}

void Mpris::setChapterFollower(ChapterFollower *chapters)
{
    if (m_chapters)
        m_chapters->disconnect(this);
    m_chapters = chapters;
    if (chapters)
        connect(chapters, &ChapterFollower::chapterChanged, this,
                [this] { propertyChanged(u"Metadata"_s); });
}

bool Mpris::registerOn(QDBusConnection bus)
{
    if (!bus.isConnected()) {
        qCWarning(lcPlayback) << "MPRIS: no D-Bus session bus; media keys will not work"
                              << bus.lastError().message();
        return false;
    }
    QString name = kServiceName;
    if (!bus.registerService(name)) {
        // Another instance holds the name; the specification allows a unique suffix.
        name = kServiceName + u".instance" + QString::number(QCoreApplication::applicationPid());
        if (!bus.registerService(name)) {
            qCWarning(lcPlayback) << "MPRIS: cannot take the bus name" << name
                                  << bus.lastError().message();
            return false;
        }
    }
    if (!bus.registerObject(kObjectPath, this, QDBusConnection::ExportAdaptors)) {
        qCWarning(lcPlayback) << "MPRIS: cannot export" << kObjectPath << bus.lastError().message();
        bus.unregisterService(name);
        return false;
    }
    m_bus = bus;
    m_serviceName = name;
    m_registered = true;
    qCInfo(lcPlayback) << "MPRIS: registered as" << name;
    return true;
}

QDBusObjectPath Mpris::trackId(const QString &episodeId)
{
    // Object path elements allow [A-Za-z0-9_] only: escape everything else as _XX.
    QString path = u"/org/earmark/episode/"_s;
    for (const char ch : episodeId.toUtf8()) {
        const auto c = uchar(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            path += QLatin1Char(char(c));
        else
            path += u'_' + QString::number(c, 16).rightJustified(2, u'0');
    }
    if (episodeId.isEmpty())
        path += u"_"_s;
    return QDBusObjectPath(path);
}

void Mpris::propertyChanged(const QString &name)
{
    if (!m_registered)
        return;
    if (m_changed.isEmpty())
        QTimer::singleShot(0, this, &Mpris::sendPropertiesChanged);
    m_changed.insert(name);
}

void Mpris::sendPropertiesChanged()
{
    if (m_changed.isEmpty() || !m_registered)
        return;
    QVariantMap changed;
    const QMetaObject *meta = m_player->metaObject();
    for (const QString &name : std::as_const(m_changed)) {
        const int index = meta->indexOfProperty(name.toLatin1().constData());
        if (index >= 0)
            changed.insert(name, meta->property(index).read(m_player));
    }
    m_changed.clear();
    QDBusMessage signal = QDBusMessage::createSignal(
        kObjectPath, u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s);
    signal << QString(kPlayerInterface) << changed << QStringList();
    m_bus.send(signal);
}
