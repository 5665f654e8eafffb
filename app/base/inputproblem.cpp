#include "inputproblem.h"

QString InputProblem::toString() const
{
    if (line <= 0)
        return file + u": " + message;
    return file + u':' + QString::number(line) + u':' + QString::number(column) + u": " + message;
}
