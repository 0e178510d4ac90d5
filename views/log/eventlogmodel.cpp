// The event log's table model.
#include "views/log/eventlogmodel.h"

#include "views/simulation/nodestate.h"
#include "views/simulation/simulationcontroller.h"
#include "views/style/citystyle.h"

#include <QStringList>

EventLogModel::EventLogModel(SimulationController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    connect(m_controller, &SimulationController::roundChanged, this, &EventLogModel::reload);
    connect(m_controller, &SimulationController::stateChanged, this, &EventLogModel::reload);
    connect(m_controller, &SimulationController::scenarioChanged, this, &EventLogModel::reload);
    m_rows = int(m_controller->log().messages.size());
}

void EventLogModel::reload()
{
    beginResetModel();
    m_rows = int(m_controller->log().messages.size());
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::carriedText(int row) const
{
    const gossip::RoundLog &log = m_controller->log();
    const gossip::Message &message = log.messages[std::size_t(row)];
    if (message.itemCount == 0)
        return tr("—");
    QStringList names;
    names.reserve(qsizetype(message.itemCount));
    const gossip::World &world = m_controller->world();
    for (std::uint32_t i = 0; i < message.itemCount; ++i) {
        const gossip::VersionId version = log.carried[message.firstItem + i];
        const gossip::VersionInfo &info = m_controller->simulation().versionInfo(version);
        QStringList notes;
        if (info.forged)
            notes << tr("forged");
        // Judged as the city and the charts judge it: against the newest version now.
        if (version < world.newest[info.key])
            notes << tr("outdated");
        const QString name = m_controller->versionName(version);
        names << (notes.isEmpty() ? name : tr("%1 (%2)").arg(name, notes.join(tr(", "))));
    }
    return names.join(tr(", "));
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    const auto &messages = m_controller->log().messages;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || std::size_t(index.row()) >= messages.size())
        return {};
    const gossip::Message &message = messages[std::size_t(index.row())];
    const std::uint32_t nodes = m_controller->world().nodes;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Round:
            return m_controller->log().round;
        case From:
            return CityStyle::nodeName(nodes, message.from);
        case To:
            return CityStyle::nodeName(nodes, message.to);
        case Kind:
            return channelName(message.channel);
        case Carried:
            return carriedText(index.row());
        case Outcome:
            return outcomeName(message.outcome);
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        // The city draws messages in these colours, so the swatch ties the row to the picture.
        if (index.column() == Outcome)
            return outcomeColor(message.outcome);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Carried)
            return carriedText(index.row());
        break;
    default:
        break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case Round:
        return tr("Round");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Kind:
        return tr("Kind");
    case Carried:
        return tr("Carried");
    case Outcome:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}
