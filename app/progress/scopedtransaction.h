#pragma once

#include <QSqlDatabase>

// A transaction that rolls back when it goes out of scope without commit(). It takes the write
// lock when it begins (BEGIN IMMEDIATE), waiting for another writer up to the connection's busy
// timeout: several connections write to progress.sqlite (progress, podcasts, notes, study,
// downloads), and a deferred transaction that read first and then wrote after another
// connection's commit would fail at once with SQLITE_BUSY, busy timeout or not (WAL snapshot).
class ScopedTransaction final
{
    Q_DISABLE_COPY_MOVE(ScopedTransaction)

public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();

    bool isActive() const { return m_active; } // false when begin failed or after commit
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
