#pragma once

#include <QSqlDatabase>

// A transaction that rolls back when it goes out of scope without commit().
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
