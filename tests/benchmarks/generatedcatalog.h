#pragma once

#include <QByteArray>
#include <QStringList>

// Test data shared by the benchmarks: the vocabulary of the generated texts, and a catalog of
// `episodes` episodes in 20 topics (random tags, ~35-word texts) as indented JSON.
QStringList generatedWords();
QByteArray generateCatalog(int episodes);
