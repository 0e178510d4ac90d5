// The number box.
#include "views/controls/numberbox.h"

#include <QLineEdit>

NumberBox::NumberBox(QWidget *parent)
    : QSpinBox(parent)
{
    setGroupSeparatorShown(true);
}

void NumberBox::focusInEvent(QFocusEvent *event)
{
    // Before the base class selects the text, so the selection is the plain digits.
    setGroupSeparatorShown(false);
    QSpinBox::focusInEvent(event);
}

void NumberBox::focusOutEvent(QFocusEvent *event)
{
    QSpinBox::focusOutEvent(event);
    setGroupSeparatorShown(true);
}
