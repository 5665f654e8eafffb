#pragma once

#include <QCoreApplication>
#include <QStringList>

class PlaybackEngine;
class QObject;

// Which playback engines this build has and which one to use: the GStreamer engine (keeps the
// pitch) where it is available, else Qt Multimedia. With Qt 6.10 or later Qt Multimedia keeps the
// pitch as well.
class PlaybackEngineFactory final
{
    Q_DECLARE_TR_FUNCTIONS(PlaybackEngineFactory)

public:
    PlaybackEngineFactory() = delete;

    // The engines usable in this process, the default first.
    static QStringList available();
    static QString defaultEngine();
    static bool isAvailable(const QString &name);
    // A new engine by name; an unknown or unavailable name gives the default one.
    static PlaybackEngine *create(const QString &name, QObject *parent = nullptr);
    // For menus and preferences: "GStreamer (keeps the pitch)".
    static QString displayName(const QString &name);
};
