// The current round's messages as a table: who sent what to whom, and what became of it.
#pragma once

#include "engine/types.h"

#include <QAbstractTableModel>

#include <cstdint>

class SimulationController;

// One row per message of the controller's log(), in the order they were sent, so row r is
// message r (the index setHighlightedMessage() takes). The model reads the log on demand
// and resets once per round, intervention or scenario, never once per message.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What became of a message before what it carried: in a narrow dock the end is cut off.
    // The carried items, the longest text, come last: they take what is left and are cut
    // short there, so every other column stays whole in a narrow dock.
    enum Column { Round, From, To, Outcome, Kind, Carried, ColumnCount };

    explicit EventLogModel(SimulationController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;


    // Reads the log again; the controller's signals call it, and a language change should.
    void reload();

private:
    QString carriedText(int row) const;

    SimulationController *m_controller = nullptr;
    // The row count announced at the last reset; the log may change before the next one,
    // and views must never see the rows change without a signal.
    int m_rows = 0;
};
