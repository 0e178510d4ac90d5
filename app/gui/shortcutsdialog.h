// The keyboard at a glance: every shortcut of the window and of presentation mode.
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

// Lists each action of the window that has a shortcut (read from the actions themselves,
// so the list cannot go stale) and the keys of presentation mode. F1 and ? open it.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // The rows shown: the keys and what they do, in the current language.
    QList<QPair<QString, QString>> rows() const;
    // The size that shows every row at once; the dialog takes it where the screen has room.
    QSize fittedSize() const;

protected:
    void changeEvent(QEvent *event) override;
    // Filled when shown: the actions' names are set after the dialog is made, and change
    // with the language.
    void showEvent(QShowEvent *event) override;

private:
    void fill();

    QList<QAction *> m_actions;
    QTableWidget *m_table = nullptr;
};
