// Saving, opening and exporting the user's work.
#include "app/gui/session.h"

#include "app/gui/progressdialog.h"
#include "engine/trace.h"
#include "views/content/lessonfile.h"
#include "views/city/cityview.h"
#include "views/content/jsonreader.h"
#include "views/content/networkfile.h"
#include "views/content/scenariofile.h"
#include "views/lesson/lessoncontroller.h"
#include "views/simulation/simulationcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <sstream>

Session::Session(SimulationController *simulation, LessonController *lesson, QWidget *dialogParent, CityView *city)
    : m_simulation(simulation)
    , m_lesson(lesson)
    , m_dialogParent(dialogParent)
    , m_city(city)
{
}

bool Session::saveScenario(const QString &path, QString *error)
{
    ScenarioDocument document;
    document.scenario = m_simulation->scenario();
    document.scenario.config.recordMessages = false;
    document.keyNames = m_simulation->keyNames();
    document.round = m_simulation->round();
    if (m_city)
        document.wall = m_city->wallInArea();
    if (!ScenarioFile::write(path, document, error))
        return false;
    m_simulation->markSaved();
    return true;
}

QString Session::formatOf(const QString &path)
{
    QString ignored;
    const auto json = JsonReader::readFile(path, ScenarioFile::maxBytes, QString(), &ignored);
    if (!json)
        return {};
    return QJsonDocument::fromJson(*json).object().value(QStringLiteral("format")).toString();
}

bool Session::openNetwork(const QString &path, QString *error)
{
    const auto network = NetworkFile::read(path, error);
    if (!network)
        return false;
    const auto sites = std::uint32_t(network->siteRouter.size());
    if (sites > std::uint32_t(SimulationController::maximumGuiNodes)) {
        *error = tr("%1 places %2 people; the app shows at most %3. Use gossiplab-cli --network for larger runs.")
                         .arg(path, QLocale().toString(sites), QLocale().toString(SimulationController::maximumGuiNodes));
        return false;
    }
    gossip::Config config = m_simulation->pendingConfig();
    config.network = gossip::NetworkKind::File;
    config.networkFile = std::make_shared<const gossip::NetworkDescription>(*network);
    config.nodes = sites;
    // Contacts scripted for another city cannot be made here.
    if (config.partnerChoice == gossip::PartnerChoice::Scripted)
        config.partnerChoice = gossip::PartnerChoice::Uniform;
    if (const auto problem = gossip::validate(config)) {
        *error = tr("%1: the network cannot run with these parameters: %2 %3")
                         .arg(path, QString::fromStdString(problem->field), QString::fromStdString(problem->message));
        return false;
    }
    m_simulation->setPendingConfig(config);
    m_simulation->reset();
    return true;
}

bool Session::openScenario(const QString &path, QString *error, Opened *opened)
{
    // A network file is a city, not a scenario: it opens as the run's network.
    if (formatOf(path) == QLatin1String("gossiplab-network")) {
        if (opened)
            *opened = Opened::Network;
        return openNetwork(path, error);
    }
    if (opened)
        *opened = Opened::Scenario;
    const auto document = ScenarioFile::read(path, error);
    if (!document)
        return false;
    if (document->scenario.config.nodes > std::uint32_t(SimulationController::maximumGuiNodes)) {
        *error = tr("%1 has %2 nodes; the app shows at most %3. Use gossiplab-cli for larger runs.")
                         .arg(path)
                         .arg(QLocale().toString(document->scenario.config.nodes))
                         .arg(QLocale().toString(SimulationController::maximumGuiNodes));
        return false;
    }
    m_simulation->load(document->scenario, document->keyNames);
    if (m_city && document->wall)
        m_city->setWallInArea(*document->wall);
    seekShowingProgress(document->round);
    return true;
}

bool Session::openLesson(const QString &path, QString *error)
{
    const auto lesson = LessonFile::read(path, error);
    if (!lesson)
        return false;
    m_lesson->setLesson(*lesson);
    return true;
}

bool Session::exportData(const QString &path, QString *error) const
{
    std::ostringstream csv;
    gossip::writeTraceHeader(csv);
    const auto &measures = m_simulation->measures();
    const auto shown = std::vector<gossip::RoundMeasures>(measures.begin(),
                                                          measures.begin() + std::ptrdiff_t(m_simulation->round()) + 1);
    gossip::writeTraceRows(csv, 0, shown);
    QSaveFile file(path);
    const std::string text = csv.str();
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString Session::dialogFolder() const
{
    QStringList candidates{QSettings().value(QStringLiteral("files/lastFolder")).toString()};
    for (auto location : {QStandardPaths::DocumentsLocation, QStandardPaths::PicturesLocation, QStandardPaths::HomeLocation})
        candidates << QStandardPaths::writableLocation(location);
    for (const QString &folder : std::as_const(candidates)) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::homePath();
}

void Session::rememberFolder(const QString &path)
{
    const QFileInfo info(path);
    QSettings().setValue(QStringLiteral("files/lastFolder"), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

void Session::seekShowingProgress(int target)
{
    // A far round of a large run takes a while: it is computed on a worker thread while
    // the window answers, with progress and Cancel, which stops at the round reached.
    if (!m_simulation->seekInBackground(target))
        return;
    QProgressDialog *progress =
            createProgressDialog(m_dialogParent, tr("Open scenario"), tr("Computing round %1…").arg(target), target);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setObjectName(QStringLiteral("computingProgress"));
    QObject::connect(m_simulation, &SimulationController::computingProgress, progress, &QProgressDialog::setValue);
    QObject::connect(progress, &QProgressDialog::canceled, m_simulation, &SimulationController::cancelComputing);
    QObject::connect(m_simulation, &SimulationController::computingFinished, progress, &QWidget::close);
}
