#pragma once

#include <QString>

// A group of episodes: the bundled course, a catalog's topic, a subscribed podcast, or a folder.
struct Topic
{
    enum class Kind {
        Course,  // from a catalog file
        Podcast, // a subscribed feed; the library tree lists these under "Podcasts"
        Folder,  // a folder of audio files the user added; listed under "Folders"
    };

    QString id;
    QString title;
    QString description;
    Kind kind = Kind::Course;
    QString imageFile; // artwork on disk (a podcast's, cached); empty when there is none
    QString warning;   // why the last refresh of a podcast failed; empty when all is well

    bool operator==(const Topic &) const = default;
};
