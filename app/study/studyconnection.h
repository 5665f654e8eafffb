#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// A connection of its own on progress.sqlite (ProgressStore opens, migrates and repairs the file;
// open that first), named uniquely, used only from the thread that opened it, and removed when
// this goes out of scope. Each study store and each statistics computation on a worker thread
// holds one.
class StudyConnection final
{
    Q_DECLARE_TR_FUNCTIONS(StudyConnection)
    Q_DISABLE_COPY_MOVE(StudyConnection)

public:
    StudyConnection() = default;
    ~StudyConnection();

    // `purpose` names the connection ("up-next", "statistics", ...). False with errorString()
    // when the file is missing, cannot be opened or has no study tables (an older schema).
    bool open(const QString &databasePath, const QString &purpose);
    void close();
    bool isOpen() const { return !m_name.isEmpty(); }
    QSqlDatabase database() const;
    QString errorString() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};
