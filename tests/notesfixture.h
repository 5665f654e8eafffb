#pragma once

// The fixture library of the notes suites: two topics, three episodes, a few notes.
#include "catalog.h"
#include "note.h"

#include <QDateTime>

inline QDateTime notesFixtureTime(int minutes)
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
}

inline Catalog notesFixtureCatalog()
{
    Catalog c;
    c.addTopic({u"course"_qs, u"GenAI Explained"_qs, {}, Topic::Kind::Course, {}, {}});
    c.addTopic({u"pod"_qs, u"Deep Talk"_qs, {}, Topic::Kind::Podcast, {}, {}});
    Episode a;
    a.id = u"rlhf"_qs;
    a.title = u"RLHF: learning from feedback"_qs;
    a.topicId = u"course"_qs;
    a.tags = {u"Alignment"_qs, u"Reward Models"_qs};
    a.published = QDate(2026, 1, 15);
    a.audioUrl = u"file:///srv/audio/rlhf.opus"_qs;
    a.chapters = {{0, u"Intro"_qs}, {60'000, u"Reward model"_qs}, {300'000, u"PPO"_qs}};
    c.addEpisode(a);
    Episode b;
    b.id = u"lora"_qs;
    b.title = u"LoRA / adapters"_qs;
    b.topicId = u"course"_qs;
    b.tags = {u"Fine-Tuning"_qs};
    b.published = QDate(2026, 2, 1);
    b.audioUrl = u"https://example.invalid/lora.mp3"_qs;
    c.addEpisode(b);
    Episode p;
    p.id = u"pod-1"_qs;
    p.title = u"Ünïcode & \"quotes\""_qs;
    p.topicId = u"pod"_qs;
    p.tags = {u"Interviews"_qs};
    c.addEpisode(p);
    return c;
}

inline QList<Note> notesFixtureNotes()
{
    QList<Note> notes;
    Note n1;
    n1.uid = u"n1"_qs;
    n1.episodeId = u"rlhf"_qs;
    n1.startMs = 62'000;
    n1.endMs = 92'000;
    n1.chapterTitle = u"Reward model"_qs;
    n1.quote = u"The reward model scores\nwhole answers."_qs;
    n1.text = u"Reward model = learned **preference**\nTrained on pairs."_qs;
    n1.createdAt = notesFixtureTime(1);
    n1.editedAt = notesFixtureTime(2);
    notes.append(n1);
    Note n2;
    n2.uid = u"n2"_qs;
    n2.episodeId = u"rlhf"_qs;
    n2.startMs = 0;
    n2.endMs = 5'000;
    n2.chapterTitle = u"Intro"_qs;
    n2.createdAt = notesFixtureTime(3);
    n2.editedAt = notesFixtureTime(3);
    notes.append(n2);
    Note n3;
    n3.uid = u"n3"_qs;
    n3.episodeId = u"rlhf"_qs;
    n3.text = u"Read the InstructGPT paper."_qs;
    n3.createdAt = notesFixtureTime(4);
    n3.editedAt = notesFixtureTime(4);
    notes.append(n3);
    Note n4;
    n4.uid = u"n4"_qs;
    n4.episodeId = u"lora"_qs;
    n4.startMs = 3'725'000;
    n4.endMs = 3'755'000;
    n4.text = u"What does LoRA train?\nTwo small matrices\tper layer <A·B>"_qs;
    n4.isFlashcard = true;
    n4.createdAt = notesFixtureTime(5);
    n4.editedAt = notesFixtureTime(5);
    n4.quote = u"only the low-rank \"delta\" & nothing else"_qs;
    notes.append(n4);
    Note n5;
    n5.uid = u"n5"_qs;
    n5.episodeId = u"pod-1"_qs;
    n5.startMs = 30'000;
    n5.endMs = 60'000;
    n5.text = u"ignored for the card"_qs;
    n5.isFlashcard = true;
    n5.front = u"Wie heißt das? 日本語"_qs;
    n5.back = u"Zwei\nZeilen"_qs;
    n5.createdAt = notesFixtureTime(6);
    n5.editedAt = notesFixtureTime(6);
    notes.append(n5);
    return notes;
}
