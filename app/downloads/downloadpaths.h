#pragma once

#include <QString>
#include <QUrl>

// File names for downloads: safe on every file system Earmark runs on, readable for the learner.
class DownloadPaths final
{
public:
    // At most this many UTF-8 bytes per name (file systems allow 255; ".part" and a suffix go on).
    static constexpr int kMaxNameBytes = 120;

    // `name` made a single safe path element: no separators, no control characters, no
    // characters Windows and macOS refuse, no leading dots (no hidden file, no ".."), trimmed,
    // capped at kMaxNameBytes without splitting a character; non-ASCII letters are kept. An
    // empty result becomes `fallback`.
    static QString safeName(const QString &name, const QString &fallback);
    // The extension for the audio at `url` (its path's, when it is a known audio one), else
    // "audio".
    static QString extensionFor(const QUrl &url);
    // "<folder>/<title>.<ext>", each part made safe.
    static QString relativePathFor(const QString &folder, const QString &title, const QUrl &url);
};
