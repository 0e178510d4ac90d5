// Running one of the project's programs from a test, as a script would, without a screen.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

namespace programtest {

// What a program did: its status, what it wrote, and how long it took.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 milliseconds = 0;
};

// Runs `program` with `arguments` on the offscreen platform and waits up to two minutes.
inline Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(120'000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(), timer.elapsed()};
}

} // namespace programtest
