// Writing a widget to an image file: PNG at 1x or 2x, or SVG.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Renders widgets into files for slides and handouts. The format follows the file's
// suffix (.png or .svg); `scale` sets the PNG's pixels per logical pixel.
class WidgetExporter
{
    Q_DECLARE_TR_FUNCTIONS(WidgetExporter)

public:
    static bool save(QWidget *widget, const QString &path, double scale, QString *error);
};
