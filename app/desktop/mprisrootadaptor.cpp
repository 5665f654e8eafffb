#include "mprisrootadaptor.h"

#include "mpris.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

MprisRootAdaptor::MprisRootAdaptor(Mpris *mpris)
    : QDBusAbstractAdaptor(mpris)
    , m_mpris(mpris)
{}

QString MprisRootAdaptor::identity() const
{
    return u"Earmark"_s;
}

QString MprisRootAdaptor::desktopEntry() const
{
    return u"earmark"_s;
}

QStringList MprisRootAdaptor::supportedUriSchemes() const
{
    return {u"file"_s, u"http"_s, u"https"_s};
}

QStringList MprisRootAdaptor::supportedMimeTypes() const
{
    return {u"audio/mpeg"_s, u"audio/mp4"_s,  u"audio/aac"_s,  u"audio/ogg"_s,
            u"audio/opus"_s, u"audio/flac"_s, u"audio/x-wav"_s};
}

void MprisRootAdaptor::Raise()
{
    emit m_mpris->raiseRequested();
}

void MprisRootAdaptor::Quit()
{
    emit m_mpris->quitRequested();
}
