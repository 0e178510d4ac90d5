// The keyboard shortcut overview.
#include "app/gui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_table(new QTableWidget(this))
{
    m_table->setColumnCount(2);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setFocusPolicy(Qt::NoFocus);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
}

QList<QPair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> rows;
    for (QAction *action : m_actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows.append({keys.join(tr(" or ")), action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))});
    }
    // Presentation mode's own keys, which belong to no menu.
    rows.append({tr("Esc"), tr("Presentation mode: back to the window")});
    rows.append({tr("B or ."), tr("Presentation mode: blank the screen; any key brings it back")});
    rows.append({tr("Right-click a person"), tr("Crash, recover, make Byzantine or write a new update there")});
    rows.append({tr("Shift-drag"), tr("Cut the city in two; right-click empty ground to heal it")});
    return rows;
}

void ShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Does")});
    const auto list = rows();
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(list.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(list.at(row).second));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    // Every row at once where the screen has room (a 1920 x 1080 one needed scrolling).
    const QRect available = screen()->availableGeometry();
    resize(fittedSize().boundedTo(available.size() - QSize(48, 96)).expandedTo(QSize(480, 320)));
}

QSize ShortcutsDialog::fittedSize() const
{
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    const int width = 2 * m_table->frameWidth() + m_table->columnWidth(0) + m_table->columnWidth(1) + 8;
    // The rest of the dialog: its margins and the Close button below the table.
    const QSize around = sizeHint() - m_table->sizeHint();
    return QSize(width, height) + QSize(std::max(0, around.width()), std::max(0, around.height()));
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    fill();
    QDialog::showEvent(event);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QDialog::changeEvent(event);
}
