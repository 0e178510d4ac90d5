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
    QImage image(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().window().color());
    {
        QPainter painter(&image);
        Stage::renderForExport(widget, &painter);
    }
    if (!image.save(path, "PNG")) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}
