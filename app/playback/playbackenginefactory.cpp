#include "playbackenginefactory.h"

#include "gstplayengine.h"
#include "logging.h"
#include "qtmultimediaengine.h"

using namespace Qt::StringLiterals;

QStringList PlaybackEngineFactory::available()
{
    QStringList names;
    if (GstPlayEngine::isAvailable())
        names << QString::fromLatin1(GstPlayEngine::kName);
    names << QString::fromLatin1(QtMultimediaEngine::kName);
    return names;
}

QString PlaybackEngineFactory::defaultEngine()
{
    return available().constFirst();
}

bool PlaybackEngineFactory::isAvailable(const QString &name)
{
    return available().contains(name);
}

PlaybackEngine *PlaybackEngineFactory::create(const QString &name, QObject *parent)
{
    QString chosen = name;
    if (!isAvailable(chosen)) {
        if (!name.isEmpty())
            qCWarning(lcPlayback) << "playback engine" << name << "is not available";
        chosen = defaultEngine();
    }
    if (chosen == QLatin1StringView(GstPlayEngine::kName))
        return new GstPlayEngine(parent);
    return new QtMultimediaEngine(parent);
}

QString PlaybackEngineFactory::displayName(const QString &name)
{
    if (name == QLatin1StringView(GstPlayEngine::kName))
        return tr("GStreamer (keeps the pitch at every speed)");
    if (name == QLatin1StringView(QtMultimediaEngine::kName)) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
        return tr("Qt Multimedia (keeps the pitch at every speed)");
#else
        return tr("Qt Multimedia (the pitch follows the speed)");
#endif
    }
    return name;
}
