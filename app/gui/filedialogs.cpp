// The file dialogs of the window and the lab.
#include "app/gui/filedialogs.h"

#include "app/gui/session.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStringList>

QString FileDialogs::savePath(QWidget *parent, Session &session, const QString &title, const QString &fileName,
                              const QString &filter)
{
    QString path = QFileDialog::getSaveFileName(parent, title, session.dialogFolder() + QLatin1Char('/') + fileName, filter);
    if (!path.isEmpty())
        session.rememberFolder(path);
    // The dialog may return a name without the suffix its filter promised.
    const QString suffix = fileName.mid(fileName.lastIndexOf(QLatin1Char('.')));
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

QString FileDialogs::openPath(QWidget *parent, Session &session, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, session.dialogFolder(), filter);
    if (!path.isEmpty())
        session.rememberFolder(path);
    return path;
}

QString FileDialogs::newFolderPath(QWidget *parent, Session &session, const QString &title, const QString &name)
{
    QFileDialog dialog(parent, title, session.dialogFolder());
    dialog.setObjectName(QStringLiteral("newFolderDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite); // an existing folder is written into, not replaced
    dialog.setLabelText(QFileDialog::FileName, tr("New folder:"));
    dialog.setLabelText(QFileDialog::Accept, tr("Export"));
    dialog.selectFile(name);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    session.rememberFolder(QFileInfo(path).absolutePath());
    return path;
}

QString FileDialogs::imagePath(QWidget *parent, Session &session, const QString &name, double *scale)
{
    QString selectedFilter;
    const QString pngAt1x = tr("PNG image (*.png)");
    const QString pngAt2x = tr("PNG image at twice the size (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString path = QFileDialog::getSaveFileName(parent, tr("Export image"),
                                                session.dialogFolder() + QLatin1Char('/') + tr("gossiplab-%1.png").arg(name),
                                                QStringList{pngAt1x, pngAt2x, svg}.join(QStringLiteral(";;")),
                                                &selectedFilter);
    if (path.isEmpty())
        return {};
    session.rememberFolder(path);
    if (selectedFilter == svg && !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        path += QLatin1String(".svg");
    else if (selectedFilter != svg && !path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
             && !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        path += QLatin1String(".png");
    *scale = selectedFilter == pngAt2x ? 2.0 : 1.0;
    return path;
}
