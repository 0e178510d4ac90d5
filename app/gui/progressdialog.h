// The progress dialog of long work in the window.
#pragma once

#include <QString>

class QProgressDialog;
class QWidget;

// A window-modal progress dialog with Cancel for work that may take a while: wide enough
// for its whole title and text, and shown only once the work has lasted `delay` ms.
// The caller owns it.
QProgressDialog *createProgressDialog(QWidget *parent, const QString &title, const QString &text, int maximum,
                                      int delay = 300);
