#include "localresource.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

QString LocalResource::pathFor(const QString &resourcePath)
{
    static std::unique_ptr<QTemporaryDir> dir;
    if (!dir)
        dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid() || !QFile::exists(resourcePath))
        return {};
    QString name = resourcePath.mid(1); // without the ':'
    name.replace(u'/', u'_');
    const QString target = dir->filePath(name);
    if (QFile::exists(target) || QFile::copy(resourcePath, target))
        return target;
    return {};
}
