#include "appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette())
{}

void Appearance::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    switch (mode) {
    case Mode::System:
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_qs));
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_qs));
        QApplication::setPalette(darkPalette());
        break;
    }
    emit modeChanged(mode);
}

QPalette Appearance::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf4, 0xf5));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Button, QColor(0xf6, 0xf7, 0xf7));
    p.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::ToolTipText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x77, 0x7f));
    p.setColor(QPalette::Link, QColor(0x29, 0x80, 0xb9));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa4, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa4, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa4, 0xa8));
    return p;
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::Base, QColor(0x1e, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2d));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::Highlight, QColor(0x5a, 0x8d, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x25, 0x28, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x11, 0x13));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x80, 0x86));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x80, 0x86));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x80, 0x86));
    return p;
}

QString Appearance::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::System:
        break;
    case Mode::Light:
        return u"light"_qs;
    case Mode::Dark:
        return u"dark"_qs;
    }
    return u"system"_qs;
}

Appearance::Mode Appearance::modeFromKey(const QString &key)
{
    if (key == u"light")
        return Mode::Light;
    if (key == u"dark")
        return Mode::Dark;
    return Mode::System;
}
