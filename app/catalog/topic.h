#pragma once

#include <QString>

struct Topic
{
    QString id;
    QString title;
    QString description;

    bool operator==(const Topic &) const = default;
};
