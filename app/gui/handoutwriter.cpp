// PDF handout of the lesson.
#include "app/gui/handoutwriter.h"

#include "views/city/cityview.h"
#include "views/content/lesson.h"
#include "views/lesson/lessoncontroller.h"
#include "views/simulation/simulationcontroller.h"
#include "views/stage/stage.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

// Renders a widget into an image at twice its size, sharp enough for print.
QImage snapshot(QWidget *widget)
{
    QImage image(widget->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    QPainter painter(&image);
    Stage::renderForExport(widget, &painter);
    painter.end();
    return image;
}

// Draws `image` into `box`, keeping its aspect ratio, and returns the rectangle used.
QRectF drawFitted(QPainter &painter, const QImage &image, const QRectF &box)
{
    const QSizeF size = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
    const QRectF target(box.left() + (box.width() - size.width()) / 2.0, box.top(), size.width(), size.height());
    painter.drawImage(target, image);
    return target;
}

} // namespace

bool HandoutWriter::write(const Lesson &lesson, const QString &path, QString *error,
                          const std::function<bool(int chaptersDone)> &progress)
{
    {
        // Say why a file cannot be written before the PDF writer fails without a reason.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write %1: %2").arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setResolution(150);
    pdf.setTitle(tr("GossipLab: the gossip protocol through the story of Xiao B"));
    pdf.setCreator(tr("GossipLab"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    // A run, a lesson and a stage of the handout's own: room for every chart label, and
    // sharp on paper.
    SimulationController simulation;
    SimulationController *controller = &simulation;
    LessonController teaching(controller);
    LessonController *lessonController = &teaching;
    Stage stage(controller);
    stage.setAttribute(Qt::WA_DontShowOnScreen);
    stage.resize(1280, 760);
    stage.show();
    QObject::connect(lessonController, &LessonController::chapterChanged, &stage,
                     [&] { stage.showChapter(lessonController->chapter(), false); });
    lessonController->setLesson(lesson);
    const QRectF page = painter.viewport();
    const double gap = page.height() * 0.015;
    for (int index = 0; index < lessonController->chapterCount(); ++index) {
        if (index > 0)
            pdf.newPage();
        lessonController->setChapter(index);
        const Chapter &chapter = lessonController->chapter();
        controller->seek(chapter.keyFrame);
        if (chapter.keyFrame > 0)
            stage.city()->holdFrame(0.5);
        QApplication::processEvents();

        QString html = QStringLiteral("<h1>%1</h1>").arg(tr("%1. %2").arg(index + 1).arg(chapter.title.text()).toHtmlEscaped());
        for (const Beat &beat : chapter.beats)
            html += QStringLiteral("<p>%1</p>").arg(beat.narration.text().toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("What to watch:").toHtmlEscaped(), chapter.watch.text().toHtmlEscaped());
        // The narration covers every step; the picture is one moment of it.
        html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("The picture shows round %1, step %2 of %3.")
                                     .arg(controller->round())
                                     .arg(lessonController->beatIndex() + 1)
                                     .arg(chapter.beats.size())
                                     .toHtmlEscaped());
        QTextDocument text;
        QFont font = QApplication::font();
        font.setPointSizeF(10.5);
        text.setDefaultFont(font);
        text.setHtml(html);
        // The painter works in device pixels; lay the text out in points and scale it.
        const double scale = pdf.resolution() / 72.0;
        text.setTextWidth(page.width() / scale);
        painter.save();
        painter.scale(scale, scale);
        text.drawContents(&painter);
        painter.restore();
        double top = text.size().height() * scale + gap;

        // The city and its charts side by side, as on screen, across the page's width.
        drawFitted(painter, snapshot(&stage), QRectF(0, top, page.width(), page.height() - top));
        if (progress && !progress(index + 1)) {
            painter.end();
            QFile::remove(path);
            error->clear();
            return false;
        }
    }
    painter.end();
    if (QFileInfo(path).size() == 0) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}
