// The parameters of the running scenario, edited with widgets that allow only valid values.
#pragma once

#include "engine/config.h"

#include <QWidget>

#include <functional>
#include <string_view>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SimulationController;

// Edits the controller's pending configuration. A change takes effect on reset, and the
// panel says so until then; widgets that do not apply to the chosen mechanism are disabled.
class ParameterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterPanel(SimulationController *controller, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    // A field of the configuration with its label and editor.
    struct FieldRow
    {
        std::string_view key; // the field's key in gossip::configFields()
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
    };

    QList<FieldRow> rows() const;
    // The networks and partner choices offered: a file's network and scripted partners
    // only when the run has them (neither can be chosen here).
    void fillNetworks(bool withFile);
    void fillPartners(bool withScripted);
    void retranslate();
    void showPending();
    // Applies `change` to the pending configuration, unless the panel is only showing it.
    void edit(const std::function<void(gossip::Config &)> &change);
    void newSeed();

    SimulationController *m_controller = nullptr;
    bool m_showing = false;
    QLabel *m_protocolLabel = nullptr;
    QComboBox *m_protocol = nullptr;
    QLabel *m_modeLabel = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_interestLabel = nullptr;
    QComboBox *m_interest = nullptr;
    QLabel *m_stoppingLabel = nullptr;
    QComboBox *m_stopping = nullptr;
    QLabel *m_kLabel = nullptr;
    QSpinBox *m_k = nullptr;
    QLabel *m_nodesLabel = nullptr;
    QSpinBox *m_nodes = nullptr;
    QLabel *m_lossLabel = nullptr;
    QDoubleSpinBox *m_loss = nullptr;
    QLabel *m_cacheLabel = nullptr;
    QSpinBox *m_cache = nullptr;
    QLabel *m_backupLabel = nullptr;
    QSpinBox *m_backup = nullptr;
    QLabel *m_networkLabel = nullptr;
    QComboBox *m_network = nullptr;
    QLabel *m_partnersLabel = nullptr;
    QComboBox *m_partners = nullptr;
    QLabel *m_exponentLabel = nullptr;
    QDoubleSpinBox *m_exponent = nullptr;
    QLabel *m_limitLabel = nullptr;
    QSpinBox *m_limit = nullptr;
    QLabel *m_seedLabel = nullptr;
    QLineEdit *m_seed = nullptr;
    QPushButton *m_newSeed = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_apply = nullptr;
};
