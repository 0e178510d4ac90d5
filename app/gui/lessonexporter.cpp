// Lesson export.
#include "app/gui/lessonexporter.h"

#include "app/gui/mainwindow.h"
#include "views/city/cityview.h"
#include "views/lesson/lessoncontroller.h"
#include "views/simulation/simulationcontroller.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QRegularExpression>

QString LessonExporter::fileName(int index, const QString &id)
{
    static const QRegularExpression numbered(QStringLiteral("^[0-9]+[a-z]?-"));
    QString name = id;
    name.remove(numbered);
    return QStringLiteral("%1-%2.png").arg(index + 1, 2, 10, QLatin1Char('0')).arg(name.isEmpty() ? id : name);
}

int LessonExporter::exportLesson(MainWindow &window, const QString &directory, QSize size, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the folder %1.").arg(directory);
        return -1;
    }
    window.resize(size);
    window.show();
    LessonController *lesson = window.lesson();
    SimulationController *controller = window.controller();
    int written = 0;
    for (int index = 0; index < lesson->chapterCount(); ++index) {
        lesson->setChapter(index);
        const gossip::Round keyFrame = lesson->chapter().keyFrame;
        controller->seek(keyFrame);
        // The key frame shows the virus on its way: the round's messages in mid-flight.
        if (keyFrame > 0)
            window.city()->holdFrame(0.5);
        // A chart column that changed (the lab's, stacking its charts) settles in a few
        // passes: its layout, then the charts' own layouts, then their titles.
        for (int pass = 0; pass < 3; ++pass)
            QApplication::processEvents();
        const QImage image = window.grab().toImage();
        const QString path = QDir(directory).filePath(fileName(index, lesson->chapter().id));
        if (!image.save(path, "PNG")) {
            *error = tr("Cannot write %1.").arg(path);
            return -1;
        }
        ++written;
    }
    return written;
}
