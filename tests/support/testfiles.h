#pragma once

// Small helpers the suites share for the files and dialogs they make.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

// Writes `data` to `path`, making its folder first; false when anything fails.
inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A valid one-episode catalog (topic "rl", episode "rlhf").
inline const QByteArray kOneEpisodeCatalog = R"({
  "version": "1.0",
  "title": "Extra",
  "topics": [ { "id": "rl", "title": "Reinforcement Learning" } ],
  "episodes": [
    { "id": "rlhf", "title": "RLHF basics", "duration": 75, "published": "2026-03-01",
      "topic": "rl", "tags": ["Alignment"], "audio": "rlhf.opus" }
  ]
}
)";
