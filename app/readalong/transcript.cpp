#include "transcript.h"

#include <algorithm>
#include <limits>

namespace {
constexpr qint64 kForever = std::numeric_limits<qint64>::max();
constexpr qint64 kNothing = std::numeric_limits<qint64>::min();

qint64 effectiveEnd(const TranscriptCue &cue)
{
    return cue.endMs < 0 ? kForever : cue.endMs;
}

// The last leaf in [0, last] of the subtree `node` (covering [lo, hi]) whose end is after
// `position`, or -1. Visits O(log n) nodes: the subtrees wholly inside the range are entered only
// when their maximum says a match is there, and then the search ends inside them.
qsizetype lastPlaying(const QList<qint64> &tree, qsizetype node, qsizetype lo, qsizetype hi,
                      qsizetype last, qint64 position)
{
    if (lo > last || tree.at(node) <= position)
        return -1;
    if (lo == hi)
        return lo;
    const qsizetype mid = lo + (hi - lo) / 2;
    const qsizetype right = lastPlaying(tree, 2 * node + 1, mid + 1, hi, last, position);
    if (right >= 0)
        return right;
    return lastPlaying(tree, 2 * node, lo, mid, last, position);
}
} // namespace

int Transcript::cueAt(qint64 positionMs) const
{
    if (cues.isEmpty() || positionMs < 0)
        return -1;
    // The last cue that starts at or before the position.
    const auto after = std::upper_bound(
        cues.cbegin(), cues.cend(), positionMs,
        [](qint64 position, const TranscriptCue &cue) { return position < cue.startMs; });
    const qsizetype last = after - cues.cbegin() - 1;
    if (last < 0)
        return -1;
    if (positionMs < effectiveEnd(cues.at(last)))
        return int(last);
    const qsizetype leaves = endTree.size() / 2;
    Q_ASSERT(leaves >= cues.size());
    if (leaves < cues.size())
        return -1; // not indexed: only the latest cue could be checked
    return int(lastPlaying(endTree, 1, 0, leaves - 1, last - 1, positionMs));
}

void Transcript::index()
{
    std::stable_sort(cues.begin(), cues.end(), [](const TranscriptCue &a, const TranscriptCue &b) {
        return a.startMs < b.startMs;
    });
    qsizetype leaves = 1;
    while (leaves < cues.size())
        leaves *= 2;
    endTree.fill(kNothing, 2 * leaves);
    for (qsizetype i = 0; i < cues.size(); ++i)
        endTree[leaves + i] = effectiveEnd(cues.at(i));
    for (qsizetype node = leaves - 1; node >= 1; --node)
        endTree[node] = std::max(endTree.at(2 * node), endTree.at(2 * node + 1));
}
