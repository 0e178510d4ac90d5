// Switching the language while the app runs: every visible text follows, and back again.
#include "app/gui/languageswitcher.h"
#include "app/gui/mainwindow.h"
#include "views/chart/chartlegend.h"
#include "views/chart/chartwidget.h"
#include "views/city/cityview.h"
#include "views/controls/parameterpanel.h"
#include "views/controls/transportbar.h"
#include "views/lesson/lessoncontroller.h"
#include "views/log/eventlogmodel.h"
#include "views/log/eventlogview.h"
#include "views/simulation/simulationcontroller.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDockWidget>
#include <QFontDatabase>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRawFont>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocumentFragment>
#include <QValueAxis>

#include <functional>

namespace {

const QString chinese = QStringLiteral("zh_CN");
const QString english = QStringLiteral("en");

bool hasHan(const QString &text)
{
    return text.contains(QRegularExpression(QStringLiteral("\\p{Han}")));
}

// English words a Chinese screen may still show: names, keys and file formats.
bool isEnglishLeftOver(const QString &text)
{
    static const QStringList kept = {QStringLiteral("GossipLab"), QStringLiteral("Gossip"),   QStringLiteral("Demers"),
                                     QStringLiteral("Cassandra"), QStringLiteral("InfluxDB"), QStringLiteral("Page"),
                                     QStringLiteral("Up"),        QStringLiteral("Down"),     QStringLiteral("Shift"),
                                     QStringLiteral("Consul"),    QStringLiteral("Serf")}; // names of products stay as they are
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        if (!kept.contains(it.next().captured()))
            return true;
    }
    return false;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyVisibleTextIsTranslatedAndComesBack();
    void lessonNarrationFollowsTheLanguage();
    void comparedRunsAreRenamed();
    void switchingKeepsTheSimulation();
    void chartAxesSurviveASwitch();
    void menuRemembersTheChoice();
    void unknownLanguageIsRefused();
    void chineseHasGlyphs();
    void qtsOwnDialogsSpeakChinese();
    void everyControlFitsInChinese();

private:
    // The texts a user sees now: menus, docks, lesson, parameters, transport, charts, log.
    QStringList visibleTexts() const;
    void switchTo(const QString &code);
    QMenu *languageMenu() const;

    MainWindow *m_window = nullptr;
};

void TestLanguage::initTestCase()
{
    // The menu remembers the choice in the settings: a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(LanguageSwitcher::setLanguage(english));
}

void TestLanguage::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestLanguage::cleanup()
{
    delete m_window;
    m_window = nullptr;
    QVERIFY(LanguageSwitcher::setLanguage(english));
    QCoreApplication::processEvents();
    QSettings().clear();
}

QMenu *TestLanguage::languageMenu() const
{
    return m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
}

void TestLanguage::switchTo(const QString &code)
{
    QMenu *menu = languageMenu();
    QVERIFY(menu);
    QAction *chosen = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == code)
            chosen = action;
    }
    QVERIFY(chosen);
    chosen->trigger();
    // The application posts LanguageChange to the windows; let them handle it.
    QCoreApplication::processEvents();
    QCOMPARE(LanguageSwitcher::language(), code);
}

QStringList TestLanguage::visibleTexts() const
{
    QStringList texts;
    texts << m_window->windowTitle();
    const std::function<void(QMenu *)> addMenu = [&](QMenu *menu) {
        if (menu == languageMenu()) {
            // Languages are listed by their own names, in every language.
            texts << menu->title();
            return;
        }
        texts << menu->title();
        for (QAction *action : menu->actions()) {
            if (action->menu())
                addMenu(action->menu());
            else if (!action->isSeparator())
                texts << action->text();
        }
    };
    for (QAction *action : m_window->menuBar()->actions())
        addMenu(action->menu());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        texts << dock->windowTitle();
    // Docks in the back of a tab group count too: one click shows them.
    // Rich text counts by what it shows, not by its markup.
    for (QLabel *label : m_window->findChildren<QLabel *>())
        texts << (label->textFormat() == Qt::RichText ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                                      : label->text());
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        // A dock's float and close buttons are Qt's, translated only where Qt's translations are installed.
        if (!qobject_cast<QDockWidget *>(button->parentWidget()))
            texts << button->text() << button->toolTip();
    }
    for (QListWidget *list : m_window->findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
    }
    for (QComboBox *box : m_window->findChildren<QComboBox *>()) {
        for (int i = 0; i < box->count(); ++i)
            texts << box->itemText(i);
        texts << box->toolTip();
    }
    for (QAction *action : m_window->transport()->actions())
        texts << action->text() << action->toolTip();
    for (QChart *chart : {m_window->chart()->coverageChart(), m_window->chart()->messageChart()}) {
        texts << chart->title();
        for (QAbstractAxis *axis : chart->axes())
            texts << axis->titleText();
        for (QLegendMarker *marker : chart->legend()->markers())
            texts << marker->label();
    }
    const EventLogModel *log = m_window->eventLog()->eventLogModel();
    for (int column = 0; column < log->columnCount(); ++column)
        texts << log->headerData(column, Qt::Horizontal).toString();
    texts.removeAll(QString());
    return texts;
}

void TestLanguage::everyVisibleTextIsTranslatedAndComesBack()
{
    // Chapter 3 has a running spread, so the round, the charts and the log have content.
    m_window->lesson()->setChapterById(QStringLiteral("the-seed-node"));
    m_window->transport()->stepAction()->trigger();
    const QStringList before = visibleTexts();
    QVERIFY(before.contains(QStringLiteral("&File")));
    QVERIFY(before.contains(QStringLiteral("Who has the update")));
    QVERIFY(before.contains(QStringLiteral("Mechanism")));

    switchTo(chinese);
    const QStringList translated = visibleTexts();
    QCOMPARE(translated.size(), before.size());
    for (const QString &text : translated)
        QVERIFY2(!isEnglishLeftOver(text), qPrintable(QStringLiteral("not translated: \"%1\"").arg(text)));
    QVERIFY(translated.contains(QStringLiteral("文件(&F)")));
    QVERIFY(translated.contains(QStringLiteral("视图(&V)")));
    QVERIFY(translated.contains(QStringLiteral("语言(&L)")));
    QVERIFY(translated.contains(QStringLiteral("谁拿到了更新")));
    QVERIFY(translated.contains(QStringLiteral("机制")));
    QVERIFY(translated.contains(QStringLiteral("3. 种子节点")));
    QVERIFY(translated.contains(QStringLiteral("第 1 轮")));
    QVERIFY(translated.contains(QStringLiteral("发送方")));
    QCOMPARE(m_window->chart()->coverageChart()->title(), QStringLiteral("谁拿到了更新"));

    switchTo(english);
    QCOMPARE(visibleTexts(), before);
}

void TestLanguage::lessonNarrationFollowsTheLanguage()
{
    LessonController *lesson = m_window->lesson();
    QVERIFY(lesson->narration().startsWith(QStringLiteral("This is Xiao B")));
    switchTo(chinese);
    QVERIFY2(lesson->narration().startsWith(QStringLiteral("这是小B")), qPrintable(lesson->narration()));
    QCOMPARE(lesson->chapter().title.text(), QStringLiteral("认识小B"));
    QVERIFY(hasHan(lesson->chapter().watch.text()));
    // Every chapter, every beat.
    for (int index = 0; index < lesson->chapterCount(); ++index) {
        lesson->setChapter(index);
        QVERIFY2(hasHan(lesson->chapter().title.text()), qPrintable(lesson->chapter().title.text()));
        for (const Beat &beat : lesson->chapter().beats)
            QVERIFY2(hasHan(beat.narration.text()) && !isEnglishLeftOver(beat.narration.text()), qPrintable(beat.narration.text()));
    }
    switchTo(english);
    QVERIFY(!hasHan(lesson->narration()));
    QCOMPARE(lesson->chapter().title.text(), QStringLiteral("Two towns and a bridge"));
}

void TestLanguage::comparedRunsAreRenamed()
{
    // Chapter 11 compares every mechanism on one chart.
    m_window->lesson()->setChapterById(QStringLiteral("all-together"));
    QVERIFY(m_window->chart()->isComparing());
    const auto names = [this] {
        QStringList names;
        for (QAbstractSeries *series : m_window->chart()->comparisonChart()->series())
            names << series->name();
        return names;
    };
    // The run the city shows is named as such, in each language.
    QVERIFY(names().contains(QStringLiteral("AE pull")));
    QVERIFY2(names().contains(QStringLiteral("AE push-pull (in the city)")), qPrintable(names().join(u',')));
    switchTo(chinese);
    QVERIFY2(names().contains(QStringLiteral("反熵拉")), qPrintable(names().join(u',')));
    QVERIFY2(names().contains(QStringLiteral("反熵推拉（城市中的这一次）")), qPrintable(names().join(u',')));
    QCOMPARE(m_window->chart()->comparisonChart()->title(), QStringLiteral("所有机制对比"));
    switchTo(english);
    QVERIFY(names().contains(QStringLiteral("AE push-pull (in the city)")));
}

void TestLanguage::chartAxesSurviveASwitch()
{
    // Chapter 9, step 5, in a 1280x720 window: the coverage chart has one round axis, its
    // plot its whole width and its names below it, before a switch to Chinese, after it
    // and after the switch back (the legend used to move beside the plot and squeeze it).
    m_window->lesson()->setChapterById(QStringLiteral("rumor-spreading"));
    for (int beat = 0; beat < 4; ++beat)
        m_window->lesson()->nextBeat();
    QTRY_VERIFY(!m_window->findChild<CityView *>()->isAnimating());
    QChart *coverage = m_window->chart()->coverageChart();
    auto *legend = m_window->chart()->findChild<ChartLegend *>(QStringLiteral("coverageLegend"));
    QVERIFY(legend);
    const auto check = [coverage, legend](const char *when) {
        QVERIFY2(coverage->axes(Qt::Horizontal).size() == 1, when);
        QVERIFY2(coverage->axes(Qt::Vertical).size() == 1, when);
        QVERIFY2(coverage->plotArea().width() > 0.7 * coverage->size().width(), when);
        QVERIFY2(legend->isVisible(), when);
        QStringList names;
        for (const ChartLegend::Entry &entry : legend->entries())
            names << entry.name;
        for (QAbstractSeries *series : coverage->series())
            QVERIFY2(names.contains(series->name()), qPrintable(series->name()));
    };
    check("in English");
    switchTo(chinese);
    QTest::qWait(100);
    check("in Chinese");
    switchTo(english);
    QTest::qWait(100);
    check("back in English");
}

void TestLanguage::switchingKeepsTheSimulation()
{
    m_window->lesson()->setChapterById(QStringLiteral("the-seed-node"));
    m_window->lesson()->nextBeat();
    m_window->lesson()->nextBeat();
    SimulationController *controller = m_window->controller();
    const int round = controller->round();
    const int beat = m_window->lesson()->beatIndex();
    const double susceptible = controller->measures()[std::size_t(round)].susceptibleFraction();
    QVERIFY(round > 0);
    switchTo(chinese);
    QCOMPARE(m_window->lesson()->chapter().id, QStringLiteral("the-seed-node"));
    QCOMPARE(m_window->lesson()->beatIndex(), beat);
    QCOMPARE(controller->round(), round);
    QCOMPARE(controller->measures()[std::size_t(round)].susceptibleFraction(), susceptible);
    QCOMPARE(m_window->transport()->roundLabel()->text(), QStringLiteral("第 %1 轮").arg(round));
}

void TestLanguage::menuRemembersTheChoice()
{
    switchTo(chinese);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), chinese);
    QCOMPARE(LanguageSwitcher::preferredLanguage(), chinese);
    for (QAction *action : languageMenu()->actions())
        QCOMPARE(action->isChecked(), action->data().toString() == chinese);
    // The languages keep their own names whatever the language.
    QCOMPARE(languageMenu()->actions().constFirst()->text(), QStringLiteral("English"));
    switchTo(english);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), english);
    QCOMPARE(LanguageSwitcher::preferredLanguage(), english);
    QCOMPARE(languageMenu()->title(), QStringLiteral("&Language"));
}

void TestLanguage::unknownLanguageIsRefused()
{
    QVERIFY(!LanguageSwitcher::setLanguage(QStringLiteral("fr")));
    QVERIFY(!LanguageSwitcher::setLanguage(QString()));
    QCOMPARE(LanguageSwitcher::language(), english);
    QVERIFY(LanguageSwitcher::setLanguage(QStringLiteral("zh-cn")));
    QCOMPARE(LanguageSwitcher::language(), chinese);
    QCOMPARE(LanguageSwitcher::available(), (QStringList{english, chinese}));
}

void TestLanguage::qtsOwnDialogsSpeakChinese()
{
    // Qt's own buttons and dialogs (OK, Cancel, the file dialog) come from Qt's translations,
    // which the install installs and the switch loads beside the app's.
    QVERIFY(LanguageSwitcher::setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QVERIFY(QCoreApplication::translate("QFileDialog", "File &name:") != QLatin1String("File &name:"));
    QVERIFY(LanguageSwitcher::setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestLanguage::chineseHasGlyphs()
{
    // Without a CJK font every Chinese character would be drawn as a box.
    QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
             "no font for Simplified Chinese (Debian: fonts-wqy-microhei)");
    const QRawFont font = QRawFont::fromFont(m_window->font(), QFontDatabase::SimplifiedChinese);
    QVERIFY(font.isValid());
    const QString sample = QStringLiteral("传染中免疫健康反熵谣言种子节点零号病人");
    for (quint32 glyph : font.glyphIndexesForString(sample))
        QVERIFY2(glyph != 0, qPrintable(font.familyName()));
}

void TestLanguage::everyControlFitsInChinese()
{
    switchTo(chinese);
    QTest::qWait(50);
    const QRect window(m_window->mapToGlobal(QPoint(0, 0)), m_window->size());
    int controls = 0;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->visibleRegion().isEmpty())
            continue;
        if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QComboBox *>(widget)
            && !qobject_cast<QAbstractSpinBox *>(widget) && !qobject_cast<QAbstractSlider *>(widget))
            continue;
        ++controls;
        const QRect rect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
        QVERIFY2(window.contains(rect), qPrintable(QStringLiteral("%1 sticks out").arg(widget->metaObject()->className())));
    }
    QVERIFY(controls > 10);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
