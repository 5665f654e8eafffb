#pragma once

// Runs the earmark binary as a user would, for the tests of its command-line modes.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

struct EarmarkRun
{
    int exitCode = -1; // -1 when it crashed
    QByteArray out;
    QString err;

    QString outText() const { return QString::fromUtf8(out); }
};

inline EarmarkRun runEarmark(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the command-line modes must not need a display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EARMARK_BINARY), args);
    if (!p.waitForFinished(30000))
        qFatal("earmark did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}
