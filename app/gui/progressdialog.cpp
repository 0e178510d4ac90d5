// The progress dialog of long work in the window.
#include "app/gui/progressdialog.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QProgressDialog>

#include <algorithm>

QProgressDialog *createProgressDialog(QWidget *parent, const QString &title, const QString &text, int maximum,
                                      int delay)
{
    auto *progress = new QProgressDialog(text, QCoreApplication::translate("ProgressDialog", "Cancel"), 0, maximum,
                                         parent);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(delay);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    // A narrow dialog has its title cut short by the window manager ("Export han…"): room
    // for the title in a bold frame font, its buttons, and the text.
    const QFontMetrics metrics(progress->font());
    const int titleRoom = metrics.horizontalAdvance(title) * 13 / 10 + 160;
    progress->setMinimumWidth(std::max({progress->sizeHint().width(), titleRoom, metrics.horizontalAdvance(text) + 80}));
    return progress;
}
