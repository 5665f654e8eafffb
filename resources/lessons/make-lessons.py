#!/usr/bin/env python3
"""Narrates the bundled course: for each lesson script resources/lessons/<id>.txt it writes
resources/audio/<id>.opus (the narration), resources/transcripts/<id>.vtt (a WebVTT transcript,
one cue a sentence) and the lesson's chapters into resources/lessons/chapters.json, which
scripts/seed-to-catalog.py copies into the catalog.

A script holds one sentence a line; a line "## Title" starts a chapter. Each sentence is
synthesized on its own (Festival with the HTS voice cmu_us_slt_arctic_hts by default), trimmed
to its voiced part, and the parts are joined with fixed pauses, so every cue and chapter time is
counted in samples, not estimated. pronunciations.tsv maps written forms ("QLoRA", "H100") to
what the voice should say; transcripts keep the written form.

Developer tool; needs EARMARK_NARRATION_PACKAGES (scripts/lib/common.sh), which
resources/audio/make-narrations.sh installs before running this. The output is deterministic:
the same scripts, voice and packages give the same bytes (the Ogg serial is derived from the id).

    resources/lessons/make-lessons.py [--voice slt|kal|espeak] [--wav-dir DIR] [ID ...]
"""
import argparse
import array
import json
import os
import re
import subprocess
import sys
import tempfile
import wave
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.dirname(HERE)

# Festival voices, as Scheme that selects them; "-r" is the HTS engine's speaking rate.
FESTIVAL_VOICES = {
    "slt": "(begin (voice_cmu_us_slt_arctic_hts)"
           " (set! hts_engine_params (append hts_engine_params '((\"-r\" 1.0)))))",
    "kal": "(voice_kal_diphone)",
}

LEAD_IN = 0.30           # seconds of silence before the first sentence
SENTENCE_PAUSE = 0.40    # between two sentences of a chapter
CHAPTER_PAUSE = 0.90     # before the first sentence of a chapter (not the first one)
TAIL = 0.60              # after the last sentence
EDGE = 0.02              # kept around the voiced part of each sentence
SILENCE_LEVEL = 200      # |sample| below this (16-bit) counts as silence when trimming
PEAK = 29000             # the loudest sample of a lesson after normalisation (about -1 dBFS)
OPUS_BITRATE = "22"      # kbit/s, mono speech: 21 lessons in under 6 MB


def read_script(path):
    """[(chapter title, [sentences])] from a script file."""
    chapters = []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, start=1):
            line = " ".join(raw.split())
            if not line:
                continue
            if line.startswith("## "):
                chapters.append((line[3:].strip(), []))
            elif not chapters:
                raise SystemExit(f"{path}:{number}: text before the first '## Chapter' line")
            else:
                chapters[-1][1].append(line)
    for title, sentences in chapters:
        if not sentences:
            raise SystemExit(f"{path}: chapter {title!r} has no sentences")
    return chapters


def read_pronunciations():
    table = []
    with open(os.path.join(HERE, "pronunciations.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                written, spoken = line.rstrip("\n").split("\t")
                table.append((re.compile(r"(?<![\w-])" + re.escape(written) + r"(?![\w])"),
                              spoken))
    return table


def spoken(sentence, table):
    for pattern, replacement in table:
        sentence = pattern.sub(replacement, sentence)
    return sentence


def scheme_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def synthesize(voice, sentences, workdir):
    """One WAV file per sentence; returns their paths."""
    paths = [os.path.join(workdir, f"s{i:03d}.wav") for i in range(len(sentences))]
    if voice == "espeak":
        for text, path in zip(sentences, paths):
            subprocess.run(["espeak-ng", "-v", "en-us", "-s", "160", "-w", path, "--", text],
                           check=True)
        return paths
    program = [FESTIVAL_VOICES[voice]]
    for text, path in zip(sentences, paths):
        program.append(f"(utt.save.wave (utt.synth (Utterance Text {scheme_string(text)})) "
                       f"{scheme_string(path)} 'riff)")
    scm = os.path.join(workdir, "say.scm")
    with open(scm, "w", encoding="utf-8") as f:
        f.write("\n".join(program) + "\n")
    result = subprocess.run(["festival", "-b", scm], capture_output=True, text=True)
    missing = [p for p in paths if not os.path.exists(p)]
    if result.returncode != 0 or missing or "error" in result.stderr.lower():
        raise SystemExit(f"festival failed ({result.returncode}): {result.stderr.strip()}")
    return paths


def read_wav(path):
    with wave.open(path, "rb") as w:
        if w.getsampwidth() != 2 or w.getnchannels() != 1:
            raise SystemExit(f"{path}: expected 16-bit mono")
        samples = array.array("h", w.readframes(w.getnframes()))
        if sys.byteorder == "big":
            samples.byteswap()
        return w.getframerate(), samples


def trimmed(samples, rate):
    first = next((i for i, s in enumerate(samples) if abs(s) >= SILENCE_LEVEL), None)
    if first is None:
        raise SystemExit("a sentence synthesized to silence")
    last = next(i for i in range(len(samples) - 1, -1, -1) if abs(samples[i]) >= SILENCE_LEVEL)
    edge = int(EDGE * rate)
    return samples[max(0, first - edge):min(len(samples), last + 1 + edge)]


def timestamp(seconds):
    ms = int(round(seconds * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def build_lesson(lesson_id, title, voice, table, wav_dir, wav_only=False):
    chapters = read_script(os.path.join(HERE, lesson_id + ".txt"))
    sentences = [s for _, chapter in chapters for s in chapter]
    with tempfile.TemporaryDirectory() as work:
        parts = synthesize(voice, [spoken(s, table) for s in sentences], work)
        rate = None
        audio = array.array("h")
        cues, chapter_starts = [], []
        index = 0
        for number, (chapter_title, chapter) in enumerate(chapters):
            for position, sentence in enumerate(chapter):
                part_rate, samples = read_wav(parts[index])
                if rate is None:
                    rate = part_rate
                    audio.extend([0] * int(LEAD_IN * rate))
                elif part_rate != rate:
                    raise SystemExit("sentences came out at different sample rates")
                elif position == 0:
                    audio.extend([0] * int(CHAPTER_PAUSE * rate))
                else:
                    audio.extend([0] * int(SENTENCE_PAUSE * rate))
                samples = trimmed(samples, rate)
                start = len(audio)
                audio.extend(samples)
                cues.append((start / rate, len(audio) / rate, sentence))
                if position == 0:
                    chapter_starts.append((0.0 if number == 0 else start / rate, chapter_title))
                index += 1
        audio.extend([0] * int(TAIL * rate))

        peak = max(abs(s) for s in audio)
        audio = array.array("h", (int(s * PEAK / peak) for s in audio))
        wav = os.path.join(wav_dir or work, lesson_id + ".wav")
        with wave.open(wav, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            data = audio if sys.byteorder == "little" else array.array("h", audio).byteswap()
            w.writeframes(data.tobytes())
        if wav_only:
            return None

        opus = os.path.join(RESOURCES, "audio", lesson_id + ".opus")
        command = ["opusenc", "--quiet", "--bitrate", OPUS_BITRATE, "--downmix-mono",
                   "--comp", "10", "--serial", str(zlib.crc32(lesson_id.encode())),
                   "--title", title, "--artist", "Earmark", "--album", "GenAI Explained"]
        # Chapters in the Vorbis comment convention (CHAPTER001=HH:MM:SS.mmm, CHAPTER001NAME=).
        for n, (start, chapter_title) in enumerate(chapter_starts, start=1):
            command += ["--comment", f"CHAPTER{n:03d}={timestamp(start)}",
                        "--comment", f"CHAPTER{n:03d}NAME={chapter_title}"]
        subprocess.run(command + [wav, opus], check=True)

    vtt = ["WEBVTT", ""]
    chapter_at = {round(start, 3): t for start, t in chapter_starts}
    for n, (start, end, text) in enumerate(cues, start=1):
        if n == 1 or round(start, 3) in chapter_at:
            vtt += ["NOTE Chapter: " + (chapter_starts[0][1] if n == 1
                                         else chapter_at[round(start, 3)]), ""]
        vtt += [str(n), f"{timestamp(start)} --> {timestamp(end)}", text, ""]
    os.makedirs(os.path.join(RESOURCES, "transcripts"), exist_ok=True)
    with open(os.path.join(RESOURCES, "transcripts", lesson_id + ".vtt"), "w",
              encoding="utf-8") as f:
        f.write("\n".join(vtt))

    duration = len(audio) / rate
    words = sum(len(s.split()) for s in sentences)
    print(f"{lesson_id}\t{words} words\t{duration:.2f} s\t{len(chapter_starts)} chapters",
          file=sys.stderr)
    return {"durationMs": int(round(duration * 1000)),
            "chapters": [{"start": int(round(s * 1000)) / 1000, "title": t}
                         for s, t in chapter_starts]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--voice", choices=["slt", "kal", "espeak"], default="slt")
    parser.add_argument("--catalog", default=os.path.join(RESOURCES, "catalog", "ai-training.json"))
    parser.add_argument("--wav-dir", help="keep each lesson's WAV here (for checks)")
    parser.add_argument("--wav-only", action="store_true",
                        help="only write the WAVs to --wav-dir (to compare voices)")
    parser.add_argument("ids", nargs="*", help="lessons to make (default: every script)")
    args = parser.parse_args()

    with open(args.catalog, encoding="utf-8") as f:
        titles = {e["id"]: e["title"] for e in json.load(f)["episodes"]}
    ids = args.ids or sorted(name[:-4] for name in os.listdir(HERE) if name.endswith(".txt"))
    table = read_pronunciations()
    if args.wav_dir:
        os.makedirs(args.wav_dir, exist_ok=True)
    elif args.wav_only:
        parser.error("--wav-only needs --wav-dir")
    if args.wav_only:
        for lesson_id in ids:
            build_lesson(lesson_id, titles[lesson_id], args.voice, table, args.wav_dir, True)
        return

    index_path = os.path.join(HERE, "chapters.json")
    measured = {}
    if os.path.exists(index_path):
        with open(index_path, encoding="utf-8") as f:
            measured = json.load(f)
    for lesson_id in ids:
        if lesson_id not in titles:
            raise SystemExit(f"{lesson_id}: not an episode of {args.catalog}")
        measured[lesson_id] = build_lesson(lesson_id, titles[lesson_id], args.voice, table,
                                           args.wav_dir)
    with open(index_path, "w", encoding="utf-8") as f:
        json.dump(dict(sorted(measured.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
