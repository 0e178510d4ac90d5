// The parameters of the running scenario, edited with widgets that allow only valid values.
#pragma once

#include "engine/config.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <string_view>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SimulationController;

namespace gossip {
struct ConfigField;
}

// Edits the controller's pending configuration: a row for every field of the schema
// (gossip::configFields()), made from its description, in sections. A change takes
// effect on reset, and the panel says so until then. A field the chosen mechanism does
// not use is hidden; one that does nothing under the other settings (the exponent of
// uniform partners) is shown disabled. Network: "From a file…" asks for a network file
// (networkFileRequested()).
class ParameterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterPanel(SimulationController *controller, QWidget *parent = nullptr);

    // The editor of the field with this key (its object name is the key too), or nullptr.
    QWidget *editor(std::string_view key) const;

signals:
    // The user chose "From a file…" in the Network box: a network file to open.
    void networkFileRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    // A field of the configuration with its label and editor.
    struct FieldRow
    {
        const gossip::ConfigField *field = nullptr;
        QLabel *label = nullptr;
        QWidget *editor = nullptr;  // what setVisible and setEnabled act on
        QWidget *control = nullptr; // the box itself (in the seed's row, beside its button)
    };

    QWidget *makeEditor(const gossip::ConfigField &field, FieldRow &row);
    // The choices a field's box offers for `config`: a file's network and scripted
    // partners only when the run has them, and "From a file…" at the end of the networks.
    void fillChoices(QComboBox *box, const gossip::ConfigField &field, const gossip::Config &config);
    // Whether the field does anything under the rest of `config` (its row is enabled).
    static bool shapesTheRun(const gossip::ConfigField &field, const gossip::Config &config);
    void retranslate();
    void showPending();
    // Applies `change` to the pending configuration, unless the panel is only showing it.
    void edit(const std::function<void(gossip::Config &)> &change);
    void newSeed();

    SimulationController *m_controller = nullptr;
    bool m_showing = false;
    QList<FieldRow> m_rows;
    QList<std::pair<std::string_view, QLabel *>> m_headings; // the first field of each section
    QLineEdit *m_seed = nullptr;
    QPushButton *m_newSeed = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_apply = nullptr;
};
