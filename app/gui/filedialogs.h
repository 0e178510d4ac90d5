// The file dialogs of the window and the lab: where they start, what they remember.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;
class Session;

// Asks for files to save and open, starting in the session's folder and remembering the
// one chosen, so the window and the lab ask the same way.
class FileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)

public:
    // A file to save, proposed as `fileName`; the dialog's suffix is added if the name
    // lacks it. Empty when cancelled.
    static QString savePath(QWidget *parent, Session &session, const QString &title, const QString &fileName,
                            const QString &filter);
    static QString openPath(QWidget *parent, Session &session, const QString &title, const QString &filter);
    // A folder to write into, proposed as `name` in the last folder used: typing a new name
    // makes a new folder (a folder-only dialog offers no way to). Empty when cancelled.
    static QString newFolderPath(QWidget *parent, Session &session, const QString &title, const QString &name);
    // A picture to export, as PNG (1x or 2x) or SVG; `scale` is set to the PNG's scale.
    // Empty when cancelled.
    static QString imagePath(QWidget *parent, Session &session, const QString &name, double *scale);
};
