// Scenario files: a scenario, its key names and the current round, as strict JSON.
#pragma once

#include "engine/scenario.h"

#include <QCoreApplication>
#include <QLineF>
#include <QStringList>

#include <optional>

// A scenario as saved by the app or written by hand.
struct ScenarioDocument
{
    gossip::Scenario scenario;
    QStringList keyNames; // one per key, e.g. the story's strains T, R, S, Y; may be empty
    int round = 0;        // the round the user was looking at
    // The wall of a partition cut by hand, from one end to the other, in fractions of the
    // city's area (0 to 1 across and down), so the reopened city draws it where it was.
    std::optional<QLineF> wall;
};

// Reads and writes scenario files. Reading is strict: anything that is not exactly a
// valid scenario (not JSON, a wrong type, an unknown key, a value out of range, a file
// too large) is refused with one message that names the problem.
class ScenarioFile
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)

public:
    static constexpr qint64 maxBytes = 16 * 1024 * 1024;

    static std::optional<ScenarioDocument> read(const QString &path, QString *error);
    static std::optional<ScenarioDocument> parse(const QByteArray &json, QString *error);
    static QByteArray serialize(const ScenarioDocument &document);
    static bool write(const QString &path, const ScenarioDocument &document, QString *error);
};
