// gossiplab: the teaching app, or with --export-lesson a headless renderer of the lesson.
#include "app/gui/experimentexporter.h"
#include "app/gui/handoutwriter.h"
#include "app/gui/languageswitcher.h"
#include "app/gui/lessonexporter.h"
#include "app/gui/mainwindow.h"
#include "views/content/lessonfile.h"
#include "views/lesson/lessoncontroller.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QPair>
#include <QRegularExpression>

#include <cstdio>
#include <optional>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "gossiplab: %s\n", qPrintable(message));
    return 2;
}

// Qt's own warnings (a platform plugin's notes, say) are held back until the command line
// is accepted: a refusal is one line, the app's own.
QList<QPair<QtMsgType, QString>> heldMessages;
QtMessageHandler qtHandler = nullptr;

void holdMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    heldMessages.append({type, message});
}

// Lets the held messages and every later one through.
void releaseMessages()
{
    qInstallMessageHandler(qtHandler);
    for (const auto &[type, message] : std::as_const(heldMessages)) {
        if (qtHandler)
            qtHandler(type, QMessageLogContext(), message);
        else if (type == QtDebugMsg || type == QtInfoMsg)
            QMessageLogger().info("%s", qPrintable(message));
        else
            QMessageLogger().warning("%s", qPrintable(message));
    }
    heldMessages.clear();
}

bool hasArgument(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Exporting needs no screen: without one, render offscreen rather than fail.
    if ((hasArgument(argc, argv, "--export-lesson") || hasArgument(argc, argv, "--export-handout")
         || hasArgument(argc, argv, "--export-experiment"))
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    qtHandler = qInstallMessageHandler(holdMessage);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GossipLab"));
    QApplication::setOrganizationName(QStringLiteral("GossipLab"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // Every window wears the icon; the desktop matches the windows to the entry by its id.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.gossiplab.GossipLab.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.gossiplab.GossipLab"));
    // The remembered language, so that --help speaks it too; --lang may choose another.
    LanguageSwitcher::setLanguage(LanguageSwitcher::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Learn the gossip protocol through a virus story."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption exportOption(QStringLiteral("export-lesson"),
                                          QApplication::translate("main", "Render every chapter to PNG files in DIR and exit."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("main", "Window size for --export-lesson, e.g. 1920x1080."),
                                        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption handoutOption(QStringLiteral("export-handout"),
                                           QApplication::translate("main", "Write the lesson as a PDF handout and exit."),
                                           QStringLiteral("FILE.pdf"));
    const QCommandLineOption lessonOption(QStringLiteral("lesson"),
                                          QApplication::translate("main", "Teach the lesson in FILE.json instead of the story of Xiao B."),
                                          QStringLiteral("FILE.json"));
    const QCommandLineOption experimentOption(
            QStringLiteral("export-experiment"),
            QApplication::translate("main", "Run the experiment in FILE.json and write its charts and summary.csv "
                                            "into the folder of --out, then exit."),
            QStringLiteral("FILE.json"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QApplication::translate("main", "Folder for --export-experiment."),
                                       QStringLiteral("DIR"));
    parser.addOption(exportOption);
    parser.addOption(experimentOption);
    parser.addOption(outOption);
    parser.addOption(sizeOption);
    parser.addOption(handoutOption);
    parser.addOption(lessonOption);
    const QCommandLineOption languageOption(
            QStringLiteral("lang"),
            QApplication::translate("main", "Language of the app: %1. Without it, the one last chosen in View > Language.")
                    .arg(LanguageSwitcher::available().join(QStringLiteral(", "))),
            QStringLiteral("code"));
    parser.addOption(languageOption);
    if (!parser.parse(QApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        if (given.count(name) > 1)
            return fail(QApplication::translate("main", "--%1 is given more than once").arg(name));
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QApplication::translate("main", "unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(languageOption) && !LanguageSwitcher::setLanguage(parser.value(languageOption)))
        return fail(QApplication::translate("main", "--lang: unknown language \"%1\" (available: %2)")
                            .arg(parser.value(languageOption), LanguageSwitcher::available().join(QStringLiteral(", "))));

    const auto size = QRegularExpression(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$")).match(parser.value(sizeOption));
    if (!size.hasMatch() || size.captured(1).toInt() > 8192 || size.captured(2).toInt() > 8192
        || size.captured(1).toInt() < 640 || size.captured(2).toInt() < 480)
        return fail(QApplication::translate("main", "--size: must be WIDTHxHEIGHT between 640x480 and 8192x8192 (got \"%1\")")
                            .arg(parser.value(sizeOption)));
    if (parser.isSet(sizeOption) && !parser.isSet(exportOption) && !parser.isSet(experimentOption))
        return fail(QApplication::translate("main", "--size applies to --export-lesson and --export-experiment only"));
    if (parser.isSet(experimentOption) != parser.isSet(outOption))
        return fail(QApplication::translate("main", "--export-experiment and --out go together"));

    if (parser.isSet(handoutOption) && !parser.value(handoutOption).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(QApplication::translate("main", "--export-handout: the file name must end in .pdf (got \"%1\")")
                            .arg(parser.value(handoutOption)));

    // Read before any window exists, so a broken lesson costs no more than its message.
    std::optional<Lesson> lesson;
    if (parser.isSet(lessonOption)) {
        QString error;
        lesson = LessonFile::read(parser.value(lessonOption), &error);
        if (!lesson)
            return fail(QApplication::translate("main", "--lesson: %1").arg(error));
    }

    // Where the exports go must be writable before any window exists, so that a refusal is
    // one line and not a window's worth of Qt's notes followed by it.
    if (parser.isSet(exportOption) && !QDir().mkpath(parser.value(exportOption)))
        return fail(QApplication::translate("main", "--export-lesson: cannot create the folder %1")
                            .arg(parser.value(exportOption)));
    if (parser.isSet(handoutOption)) {
        QFile probe(parser.value(handoutOption));
        if (!probe.open(QIODevice::WriteOnly))
            return fail(QApplication::translate("main", "--export-handout: cannot write %1: %2")
                                .arg(parser.value(handoutOption), probe.errorString()));
    }

    std::optional<ExperimentDocument> experiment;
    if (parser.isSet(experimentOption)) {
        QString error;
        experiment = ExperimentFile::read(parser.value(experimentOption), &error);
        if (!experiment)
            return fail(QApplication::translate("main", "--export-experiment: %1").arg(error));
        if (!QDir().mkpath(parser.value(outOption)) || !QFileInfo(parser.value(outOption)).isWritable())
            return fail(QApplication::translate("main", "--out: cannot write into the folder %1").arg(parser.value(outOption)));
    }

    releaseMessages();
    if (experiment) {
        QString error;
        const QSize wanted(size.captured(1).toInt(), size.captured(2).toInt());
        if (!ExperimentExporter::exportTo(*experiment, parser.value(outOption), wanted, &error))
            return fail(error);
        std::printf("%s\n", qPrintable(QApplication::translate("main", "Wrote the experiment's charts and summary to %1.")
                                               .arg(parser.value(outOption))));
        if (!parser.isSet(exportOption) && !parser.isSet(handoutOption))
            return 0;
    }
    MainWindow window;
    if (lesson)
        window.lesson()->setLesson(*lesson);
    if (!parser.isSet(handoutOption) && !parser.isSet(exportOption)) {
        window.restoreSettings();
        window.show();
        return QApplication::exec();
    }
    if (parser.isSet(exportOption)) {
        // The window cannot be smaller than its controls need; say so rather than
        // render at another size than the one asked for.
        const QSize wanted(size.captured(1).toInt(), size.captured(2).toInt());
        window.resize(wanted);
        window.show();
        QApplication::processEvents();
        if (window.size() != wanted)
            return fail(QApplication::translate("main", "--size: %1x%2 is too small for the window, which needs at least %3x%4")
                                .arg(wanted.width())
                                .arg(wanted.height())
                                .arg(window.width())
                                .arg(window.height()));
    }
    if (parser.isSet(exportOption)) {
        QString error;
        const int written = LessonExporter::exportLesson(window, parser.value(exportOption), window.size(), &error);
        if (written < 0)
            return fail(error); // a folder that cannot be written is the caller's to fix: status 2
        std::printf("%s\n", qPrintable(QApplication::translate("main", "Wrote %n chapter image(s) to %1.", nullptr, written)
                                               .arg(parser.value(exportOption))));
    }
    if (parser.isSet(handoutOption)) {
        QString error;
        if (!window.exportHandout(parser.value(handoutOption), &error))
            return fail(error);
        std::printf("%s\n", qPrintable(QApplication::translate("main", "Wrote the handout to %1.").arg(parser.value(handoutOption))));
    }
    return 0;
}
