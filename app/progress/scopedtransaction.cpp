#include "scopedtransaction.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) // e.g. a read-only connection, which cannot take the write lock
        m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcStore) << "cannot begin a transaction:" << m_db.lastError().text();
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active && !m_db.rollback())
        qCWarning(lcStore) << "cannot roll back:" << m_db.lastError().text();
}

bool ScopedTransaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        qCWarning(lcStore) << "cannot commit:" << m_db.lastError().text();
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}
