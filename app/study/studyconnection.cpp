#include "studyconnection.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInt g_counter;
constexpr int kBusyTimeoutMs = 5000;
} // namespace

StudyConnection::~StudyConnection()
{
    close();
}

bool StudyConnection::open(const QString &databasePath, const QString &purpose)
{
    close();
    m_error.clear();
    if (!QFileInfo::exists(databasePath)) {
        m_error = tr("There is no database at %1.").arg(QDir::toNativeSeparators(databasePath));
        return false;
    }
    m_name = u"earmark-%1-%2"_qs.arg(purpose).arg(g_counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_qs.arg(kBusyTimeoutMs));
        if (!db.open()) {
            m_error = tr("Cannot open %1: %2")
                          .arg(QDir::toNativeSeparators(databasePath), db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.exec(u"PRAGMA synchronous=NORMAL"_qs);
            if (!q.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                        "'review_state'"_qs) ||
                !q.next())
                m_error = tr("%1 has no study tables; open it with Earmark once to upgrade it.")
                              .arg(QDir::toNativeSeparators(databasePath));
        }
    }
    if (!m_error.isEmpty()) {
        close();
        return false;
    }
    return true;
}

void StudyConnection::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

QSqlDatabase StudyConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}
