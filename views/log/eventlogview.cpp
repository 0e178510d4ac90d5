// The event log view.
#include "views/log/eventlogview.h"

#include "views/log/eventlogmodel.h"
#include "views/simulation/nodestate.h"
#include "views/simulation/shownstates.h"
#include "views/simulation/simulationcontroller.h"
#include "views/style/citystyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPainter>
#include <QScopedValueRollback>
#include <QStyle>

#include <algorithm>

EventLogView::EventLogView(SimulationController *controller, QWidget *parent)
    : QTableView(parent)
    , m_controller(controller)
    , m_model(new EventLogModel(controller, this))
{
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    // Fixed heights and widths: nothing is measured per row, however long the round.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The carried items are the longest text; last, they take whatever width is left.
    horizontalHeader()->setSectionResizeMode(EventLogModel::Carried, QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 2);
    setTextElideMode(Qt::ElideRight);
    horizontalHeader()->setHighlightSections(false);
    sizeColumns();

    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventLogView::rowSelected);
    connect(m_controller, &SimulationController::highlightChanged, this, &EventLogView::showHighlight);
    connect(m_controller, &SimulationController::scenarioChanged, this, &EventLogView::sizeColumns);
    // A reset drops the selection; an intervention keeps the highlight, so show it again.
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { showHighlight(m_controller->highlightedMessage()); });
}

void EventLogView::sizeColumns()
{
    const QFontMetrics metrics(font());
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this)
            + metrics.averageCharWidth();
    const auto widest = [&](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    // As wide as what this run can show, as the city's legend says it: a rumor without
    // faults needs no room for "Dropped (cache full)".
    QStringList channels, outcomes;
    const gossip::Config &config = m_controller->simulation().config();
    switch (config.protocol) {
    case gossip::Protocol::DirectMail:
        channels << channelName(gossip::Channel::DirectMail);
        break;
    case gossip::Protocol::AntiEntropy:
        channels << channelName(gossip::Channel::AntiEntropy);
        break;
    case gossip::Protocol::Rumor:
        channels << channelName(gossip::Channel::Rumor);
        if (config.backupEvery > 0)
            channels << channelName(gossip::Channel::AntiEntropy);
        break;
    }
    const std::vector<NodeState> states = statesShown(*m_controller);
    if (std::find(states.begin(), states.end(), NodeState::Repairing) != states.end())
        channels << channelName(gossip::Channel::Repair);
    for (gossip::Outcome outcome : outcomesShown(*m_controller))
        outcomes << outcomeName(outcome);
    const auto headerText = [this](int column) {
        return m_model->headerData(column, Qt::Horizontal).toString();
    };
    const int swatch = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    const std::uint32_t nodes = m_controller->world().nodes;
    const QString longestName = CityStyle::nodeName(nodes, nodes - 1);
    setColumnWidth(EventLogModel::Round, widest({headerText(EventLogModel::Round), QStringLiteral("88888")}));
    setColumnWidth(EventLogModel::From, widest({headerText(EventLogModel::From), longestName}));
    setColumnWidth(EventLogModel::To, widest({headerText(EventLogModel::To), longestName}));
    setColumnWidth(EventLogModel::Kind, widest(channels << headerText(EventLogModel::Kind)));
    setColumnWidth(EventLogModel::Outcome, widest(outcomes << headerText(EventLogModel::Outcome)) + swatch);
    verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
}

void EventLogView::rowSelected()
{
    if (m_following)
        return;
    const QModelIndexList rows = selectionModel()->selectedRows();
    m_controller->setHighlightedMessage(rows.isEmpty() ? -1 : rows.constFirst().row());
}

void EventLogView::showHighlight(int message)
{
    const QScopedValueRollback following(m_following, true);
    if (message < 0 || message >= m_model->rowCount()) {
        clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(message, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void EventLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->reload();
        sizeColumns();
    } else if (event->type() == QEvent::FontChange) {
        sizeColumns();
    }
    QTableView::changeEvent(event);
}

void EventLogView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_model->rowCount() > 0)
        return;
    // An empty table looks broken; say why it is empty.
    QPainter painter(viewport());
    painter.setPen(palette().placeholderText().color());
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     m_controller->round() == 0 ? tr("No messages yet: step forward to see who contacts whom.")
                                                : tr("No messages in this round."));
}
