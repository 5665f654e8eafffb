#!/usr/bin/env python3
"""Turns the seed listing (shared/seed/ai-training-episodes.txt) into Earmark's catalog JSON.

Developer tool, run by hand when the seed changes; the output is committed as
resources/catalog/ai-training.json. The listing is newest first; its reverse is the course
order recorded in each episode's "order". An episode with a lesson narrated by
resources/lessons/make-lessons.py also gets its transcript ("../transcripts/<id>.vtt") and the
chapters measured then (resources/lessons/chapters.json). "duration" stays the listing's.

    scripts/seed-to-catalog.py ../shared/seed/ai-training-episodes.txt > resources/catalog/ai-training.json
"""
import json
import os
import re
import sys

RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources")

KNOWN_TAGS = ["Fine-Tuning", "Distributed Training", "Large Language Models", "AI Training",
              "Generative AI", "GenAI Explained"]


def slug(title):
    head = title.split(" — ")[0]
    return re.sub(r"[^a-z0-9]+", "-", head.lower().replace("&", "and")).strip("-")


def split_tags(text):
    tags = []
    while text:
        for tag in KNOWN_TAGS:
            if text.startswith(tag):
                tags.append(tag)
                text = text[len(tag):]
                break
        else:
            raise SystemExit(f"unknown tag at: {text!r}")
    return tags


def measured_chapters():
    path = os.path.join(RESOURCES, "lessons", "chapters.json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main(path):
    lessons = measured_chapters()
    lines = [line.strip() for line in open(path, encoding="utf-8")]
    lines = [line for line in lines if line]
    topic_title, topic_blurb = lines[1], lines[2]
    rest = lines[3:]
    episodes = []
    for i in range(0, len(rest), 5):
        title, duration, title_again, summary, tail = rest[i:i + 5]
        assert title_again == title, (title, title_again)
        tags, date = split_tags(tail[:-10]), tail[-10:]
        minutes, seconds = duration.split(":")
        episodes.append({
            "id": slug(title),
            "title": title,
            "summary": summary,
            "duration": int(minutes) * 60 + int(seconds),
            "published": date,
            "topic": "ai-training",
            "tags": tags,
            "audio": f"../audio/{slug(title)}.opus",
        })
        lesson = lessons.get(slug(title))
        if lesson and os.path.exists(os.path.join(RESOURCES, "transcripts", slug(title) + ".vtt")):
            episodes[-1]["transcript"] = f"../transcripts/{slug(title)}.vtt"
            episodes[-1]["transcriptType"] = "text/vtt"
            episodes[-1]["chapters"] = lesson["chapters"]
    for n, ep in enumerate(reversed(episodes), start=1):
        ep["order"] = n
    catalog = {
        "version": "1.0",
        "title": "GenAI Explained",
        "topics": [{"id": "ai-training", "title": topic_title,
                    "description": topic_blurb}],
        "episodes": episodes,
    }
    json.dump(catalog, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
