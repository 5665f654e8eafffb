// How long the parsers of outside input take, and how much memory they need, on hostile input
// at and over their size limits: a catalog just under 64 MiB shaped four ways, one over the
// limit, /dev/zero, and a progress import over its limit. Run in a Release build:
//
//   bench_inputlimits
//
// Prints wall time and the growth of the peak resident set (VmHWM) for each.
#include "catalogloader.h"
#include "jsonlimits.h"
#include "progressjson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {

constexpr qsizetype kJustUnder = CatalogLoader::kMaxFileSize - 1024;

// Peak resident set in KiB (VmHWM), which only grows.
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void measure(const char *what, const std::function<QString()> &run)
{
    const qint64 before = peakKiB();
    QElapsedTimer t;
    t.start();
    const QString outcome = run();
    const qint64 ms = t.elapsed();
    std::printf("%-46s %6lld ms  peak RSS +%5lld MiB  %s\n", what, ms, (peakKiB() - before) / 1024,
                qPrintable(outcome.left(70)));
    std::fflush(stdout);
}

QString firstProblem(const CatalogLoadResult &r)
{
    return r.problems.isEmpty() ? u"%1 episodes"_qs.arg(r.catalog.episodes().size())
                                : r.problems.first().toString();
}

QByteArray padTo(QByteArray head, const QByteArray &tail, char fill)
{
    head.append(QByteArray(kJustUnder - head.size() - tail.size(), fill));
    head.append(tail);
    return head;
}

QByteArray nestedArrays(qsizetype maxContainers)
{
    const QByteArray nest = QByteArray(1000, '[') + QByteArray(1000, ']');
    QByteArray data = R"({"version": "1.0", "title": "t", "topics": [], "junk": [)";
    for (qsizetype n = 1; n + 1000 < maxContainers && data.size() < kJustUnder - 3000; n += 1000)
        data.append(nest).append(',');
    data.append(R"(0], "episodes": []})");
    return data;
}

QByteArray zeros(qsizetype count)
{
    QByteArray data = R"({"version": "1.0", "title": "t", "topics": [], "junk": [0)";
    for (qsizetype n = 10; n < count && data.size() < kJustUnder - 40; ++n)
        data.append(",0");
    data.append(R"(], "episodes": []})");
    return data;
}

QByteArray invalidEpisodes()
{
    const QByteArray one =
        R"({"id": "e", "title": 5, "duration": -1, "published": "x", "topic": "t"},)";
    QByteArray data = R"({"version": "1.0", "title": "t", "topics": [], "episodes": [)";
    while (data.size() < kJustUnder - one.size() - 40)
        data.append(one);
    data.append(R"({}]})");
    return data;
}

void catalog(const char *what, const QByteArray &data)
{
    measure(what, [&] {
        const CatalogLoadResult r = CatalogLoader::loadData(data, u"c.json"_qs, u"/"_qs);
        return r.problems.size() > 1 ? u"%1 problems"_qs.arg(r.problems.size()) : firstProblem(r);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"earmark.*.info=false"_qs);
    QTemporaryDir dir;

    catalog("catalog: one 64 MiB string",
            padTo(R"({"version": "1.0", "title": ")", R"(", "topics": [], "episodes": []})", 'x'));
    catalog("catalog: 64 MiB of zeros in one array", zeros(kJustUnder));
    catalog("catalog: 64 MiB of arrays nested 1,000 deep", nestedArrays(kJustUnder));
    catalog("catalog: the most arrays accepted, nested", nestedArrays(JsonLimits::kMaxContainers));
    catalog("catalog: the most values accepted (zeros)", zeros(JsonLimits::kMaxValues));
    catalog("catalog: 64 MiB of invalid episodes", invalidEpisodes());
    catalog("catalog: 64 MiB of '[' (nesting)", QByteArray(kJustUnder, '['));
    const QString big = dir.filePath(u"big.json"_qs);
    {
        QFile f(big);
        f.open(QIODevice::WriteOnly);
        f.resize(qint64(4) * 1024 * 1024 * 1024); // sparse: 4 GiB that take no disk
    }
    measure("catalog: a 4 GiB file", [&] { return firstProblem(CatalogLoader::loadFile(big)); });
    measure("catalog: /dev/zero",
            [] { return firstProblem(CatalogLoader::loadFile(u"/dev/zero"_qs)); });
    const QByteArray hugeImport(ProgressJson::kMaxSize + 1, ' ');
    measure("progress import: over 128 MiB", [&] {
        QList<ProgressStore::ImportedEpisode> episodes;
        QString error;
        ProgressJson::read(hugeImport, &episodes, &error);
        return error;
    });
    return 0;
}
