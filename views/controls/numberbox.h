// A whole-number box that never changes what the user types.
#pragma once

#include <QSpinBox>

// A spin box that shows a large number with the locale's group separators ("10,000")
// while it is not being edited, and without them while it has the focus: Qt inserts the
// separators as one types and moves the caret, so typing 12345 gave 12,354.
class NumberBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit NumberBox(QWidget *parent = nullptr);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};
