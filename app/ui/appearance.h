#pragma once

#include <QObject>
#include <QPalette>

// Light, dark, or whatever the desktop uses. "System" leaves style and palette to the platform;
// Light and Dark use the Fusion style with a palette of their own, for desktops that offer no
// dark theme to Qt 6.4 (GNOME on X11, a bare window manager).
class Appearance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Appearance)

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    explicit Appearance(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    static QPalette lightPalette();
    static QPalette darkPalette();
    static QString modeKey(Mode mode);
    static Mode modeFromKey(const QString &key);

signals:
    void modeChanged(Appearance::Mode mode);

private:
    Mode m_mode = Mode::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
};
