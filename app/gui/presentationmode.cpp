// Presentation mode: lends the window's city and chart to the full-screen page and puts them back.
#include "app/gui/presentationmode.h"

#include "app/gui/mainwindow.h"
#include "app/gui/presentationview.h"
#include "views/chart/chartwidget.h"
#include "views/city/cityview.h"

#include <QDockWidget>
#include <QLayout>
#include <QScreen>
#include <QSplitter>

PresentationMode::PresentationMode(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_view(std::make_unique<PresentationView>(window->controller(), window->lesson()))
{
    connect(m_view.get(), &PresentationView::leaveRequested, this, &PresentationMode::leave);
}

// Deleted with the window: if it is presenting, the lent city and chart go with the view.
PresentationMode::~PresentationMode() = default;

void PresentationMode::enter()
{
    if (m_active)
        return;
    m_active = true;
    m_geometry = m_window->normalGeometry();
    m_windowState = m_window->windowState();
    m_state = m_window->saveState();
    QScreen *screen = m_window->screen();

    m_floating.clear();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->isFloating() && dock->isVisible()) {
            m_floating << dock;
            dock->hide();
        }
    }
    m_city = lend(m_window->city());
    m_chart = lend(m_window->chart());
    m_view->setStage(m_window->city(), m_window->chart());
    m_window->hide();

    // Full screen on the screen the window was on: the one the teacher moved to the projector.
    m_view->setScreen(screen);
    m_view->setGeometry(screen->geometry());
    m_view->showFullScreen();
    m_view->raise();
    m_view->activateWindow();
    m_view->setFocus();
    emit activeChanged(true);
}

void PresentationMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    m_view->setBlank(false);
    m_view->hide();
    m_view->clearStage();
    giveBack(m_city);
    giveBack(m_chart);

    // The geometry itself rather than restoreGeometry(), which some platforms offset by the frame.
    m_window->setGeometry(m_geometry);
    m_window->setWindowState(m_windowState);
    m_window->restoreState(m_state);
    m_window->show();
    for (const QPointer<QWidget> &dock : std::as_const(m_floating)) {
        if (dock)
            dock->show();
    }
    m_floating.clear();
    m_window->raise();
    m_window->activateWindow();
    emit activeChanged(false);
}

PresentationMode::Loan PresentationMode::lend(QWidget *widget)
{
    Loan loan{widget, new QWidget, {}};
    QWidget *parent = widget->parentWidget();
    if (auto *splitter = qobject_cast<QSplitter *>(parent)) {
        loan.splitterSizes = splitter->sizes();
        splitter->replaceWidget(splitter->indexOf(widget), loan.standIn);
    } else if (parent && parent->layout() && parent->layout()->indexOf(widget) >= 0) {
        delete parent->layout()->replaceWidget(widget, loan.standIn);
    } else {
        loan.standIn->setParent(parent);
        loan.standIn->setGeometry(widget->geometry());
    }
    return loan;
}

void PresentationMode::giveBack(Loan &loan)
{
    if (!loan.widget || !loan.standIn)
        return;
    QWidget *parent = loan.standIn->parentWidget();
    if (auto *splitter = qobject_cast<QSplitter *>(parent)) {
        splitter->replaceWidget(splitter->indexOf(loan.standIn), loan.widget);
        splitter->setSizes(loan.splitterSizes);
    } else if (parent && parent->layout() && parent->layout()->indexOf(loan.standIn) >= 0) {
        delete parent->layout()->replaceWidget(loan.standIn, loan.widget);
    } else {
        loan.widget->setParent(parent);
        loan.widget->setGeometry(loan.standIn->geometry());
    }
    loan.widget->show();
    delete loan.standIn.data();
    loan = {};
}
