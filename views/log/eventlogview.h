// The event log: a table of the current round's messages, in step with the highlight.
#pragma once

#include <QTableView>

class EventLogModel;
class SimulationController;

// Shows EventLogModel. Selecting a row highlights that message through the controller, and
// a highlight made elsewhere (in the city) selects and reveals its row. Rows have one fixed
// height and columns fixed widths, so a round of 20,000 messages costs only the rows on screen.
class EventLogView : public QTableView
{
    Q_OBJECT

public:
    explicit EventLogView(SimulationController *controller, QWidget *parent = nullptr);

    EventLogModel *eventLogModel() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void rowSelected();
    void showHighlight(int message);
    void sizeColumns();

    SimulationController *m_controller = nullptr;
    EventLogModel *m_model = nullptr;
    // Set while the view follows the controller, so that selecting does not echo back.
    bool m_following = false;
};
