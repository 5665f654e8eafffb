#pragma once

#include <QString>

// GStreamer cannot read Qt resources (qrc:); the bundled narrations are copied once into a
// temporary folder that lives as long as the process. UI thread only.
class LocalResource final
{
public:
    LocalResource() = delete;

    // A file with the content of the resource at `resourcePath` (":/audio/x.opus"); empty when
    // it cannot be made.
    static QString pathFor(const QString &resourcePath);
};
