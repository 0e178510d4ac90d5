// Presentation mode: the city, the chart and the narration full screen for a projector, and back.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

#include <memory>

class MainWindow;
class PresentationView;
class QWidget;

// Lends the main window's stage (the city and its charts) to a full-screen
// PresentationView (enter(), F5) and puts it back (leave(), Esc). The window is hidden
// meanwhile and comes back exactly as it was: geometry, docks, toolbar and the stage's split.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    explicit PresentationMode(MainWindow *window);
    ~PresentationMode() override;

    bool isActive() const { return m_active; }
    // The full-screen page; it exists, hidden, outside presentation mode too.
    PresentationView *view() const { return m_view.get(); }

public slots:
    void enter();
    void leave();

signals:
    void activeChanged(bool active);

private:
    MainWindow *m_window = nullptr;
    std::unique_ptr<PresentationView> m_view;
    QByteArray m_stageState; // the split between city and chart
    QRect m_geometry; // the window's normal geometry
    Qt::WindowStates m_windowState;
    QByteArray m_state; // docks and toolbar
    QList<QPointer<QWidget>> m_floating; // floating docks, which do not hide with the window
    bool m_active = false;
};
