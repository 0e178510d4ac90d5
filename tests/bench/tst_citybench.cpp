// City benchmarks: one 1920 x 1080 frame of 10,000 nodes with a round of particles must fit in 16 ms.
#include "views/city/cityview.h"
#include "views/simulation/simulationcontroller.h"

#include <QPainter>
#include <QTest>

class BenchCity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void frameMidAnimation();
    void frameWithNewNodeColours();

private:
    SimulationController m_controller;
    std::unique_ptr<CityView> m_view;
    QImage m_frame{1920, 1080, QImage::Format_ARGB32_Premultiplied};
};

void BenchCity::initTestCase()
{
    // Push-pull anti-entropy: every node contacts a partner and data goes both ways, so a
    // round mid-spread carries about two messages per node.
    gossip::Config config;
    config.protocol = gossip::Protocol::AntiEntropy;
    config.mode = gossip::Mode::PushPull;
    config.nodes = 10'000;
    config.seed = 3;
    m_controller.load(gossip::Scenario::singleUpdate(config));
    // Mid-spread: the first round that leaves half the city or less without the update.
    while (m_controller.measures().back().susceptible > config.nodes / 2 && m_controller.canStepForward())
        m_controller.stepForward();
    m_view = std::make_unique<CityView>(&m_controller);
    m_view->resize(m_frame.size());
    const std::size_t messages = m_controller.log().messages.size();
    qInfo("round %d: %zu messages, %llu susceptible", m_controller.round(), messages,
          static_cast<unsigned long long>(m_controller.measures().back().susceptible));
    QVERIFY(messages >= 15'000);
}

void BenchCity::frameMidAnimation()
{
    QPainter painter(&m_frame);
    m_view->paintFrame(painter, 0.4); // draws the node layer once, outside the measure
    QBENCHMARK {
        m_view->paintFrame(painter, 0.4);
    }
}

void BenchCity::frameWithNewNodeColours()
{
    // Once per round the node layer is drawn again; a palette change forces that here.
    QPalette palettes[2] = {m_view->palette(), m_view->palette()};
    palettes[1].setColor(QPalette::Base, palettes[0].color(QPalette::Base).darker(105));
    QPainter painter(&m_frame);
    int turn = 0;
    QBENCHMARK {
        m_view->setPalette(palettes[++turn % 2]);
        m_view->paintFrame(painter, 0.8);
    }
}

QTEST_MAIN(BenchCity)
#include "tst_citybench.moc"
