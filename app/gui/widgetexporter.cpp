// Widget export to PNG and SVG.
#include "app/gui/widgetexporter.h"

#include "views/stage/stage.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

bool WidgetExporter::save(QWidget *widget, const QString &path, double scale, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(widget->size());
        generator.setViewBox(widget->rect());
        // Text is sized in points: without the screen's resolution it shrinks in the SVG.
        generator.setResolution(widget->logicalDpiX());
        generator.setTitle(widget->windowTitle());
        generator.setDescription(tr("Exported from GossipLab"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        Stage::renderForExport(widget, &painter);
        painter.end();
        return true;
    }
    if (suffix != QLatin1String("png")) {
        *error = tr("Choose a file name ending in .png or .svg.");
        return false;
    }
    // Opaque (the window's colour under everything): no alpha channel to store.
    QImage image(widget->size() * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().window().color());
    {
        QPainter painter(&image);
        Stage::renderForExport(widget, &painter);
    }
    // zlib's fastest level: a third of the time of its default for a few per cent more bytes
    // on flat-coloured charts (Qt maps quality 80 to level 1).
    constexpr int fastPng = 80;
    if (!image.save(path, "PNG", fastPng)) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}
