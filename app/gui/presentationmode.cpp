// Presentation mode: lends the window's city and chart to the full-screen page and puts them back.
#include "app/gui/presentationmode.h"

#include "app/gui/mainwindow.h"
#include "app/gui/presentationview.h"
#include "views/stage/stage.h"

#include <QDockWidget>
#include <QScreen>

PresentationMode::PresentationMode(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_view(std::make_unique<PresentationView>(window->controller(), window->lesson()))
{
    connect(m_view.get(), &PresentationView::leaveRequested, this, &PresentationMode::leave);
}

// Deleted with the window: if it is presenting, the lent stage goes with the view.
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
    m_stageState = m_window->stage()->saveState();
    m_window->takeCentralWidget();
    // The window keeps its layout with an empty centre while the stage is away.
    m_window->setCentralWidget(new QWidget);
    m_view->setStage(m_window->stage());
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
    m_window->setCentralWidget(m_window->stage()); // deletes the empty centre
    m_window->stage()->restoreState(m_stageState);

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
