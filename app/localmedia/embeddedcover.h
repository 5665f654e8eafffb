#pragma once

#include <QByteArray>
#include <QString>

// A picture embedded in an audio file (ID3v2 APIC, MP4 covr, FLAC or Vorbis-comment picture):
// the encoded image bytes as stored (PNG, JPEG, ...), ready for QImage::fromData.
struct EmbeddedCover
{
    QByteArray data;
    QString mimeType; // "image/png", "image/jpeg"; may be empty when the file does not say

    bool isNull() const { return data.isEmpty(); }
};
