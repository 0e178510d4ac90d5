// Tests that the engine stays free of Qt: no engine source includes a Qt header or links Qt.
#include <QObject>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#ifndef ENGINE_SOURCE_DIR
#error "ENGINE_SOURCE_DIR must name the engine's source directory"
#endif

namespace {

// A Qt class header (<QObject>, "QString"), a header inside a Qt module (<QtCore/qglobal.h>)
// or Qt's lower-case file headers (<qstring.h>). Any header whose name starts with a capital
// Q counts, and any "q....h": the engine's own headers start with other letters.
// (Plain string literals: moc does not understand raw ones.)
const std::regex &qtInclude()
{
    static const std::regex pattern("^\\s*#\\s*include\\s*[<\"](Q[A-Za-z]*|Qt[A-Za-z]*/|q[a-z0-9_]*\\.h)");
    return pattern;
}

// A Qt package or target named in a CMake file.
const std::regex &qtInCMake()
{
    static const std::regex pattern("Qt[0-9]*::|find_package\\s*\\(\\s*Qt|qt_add_|qt[0-9]*_add_");
    return pattern;
}

bool isSource(const std::filesystem::path &path)
{
    const std::string extension = path.extension().string();
    return extension == ".h" || extension == ".hpp" || extension == ".cpp" || extension == ".cc" || extension == ".inl";
}

// Every line of the files under the engine directory that matches `pattern`, as "file:line: text".
std::vector<std::string> offendingLines(const std::regex &pattern, bool sources)
{
    std::vector<std::string> offending;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(ENGINE_SOURCE_DIR)) {
        if (!entry.is_regular_file())
            continue;
        const bool cmake = entry.path().filename() == "CMakeLists.txt" || entry.path().extension() == ".cmake";
        if (sources ? !isSource(entry.path()) : !cmake)
            continue;
        std::ifstream in(entry.path());
        std::string line;
        for (int number = 1; std::getline(in, line); ++number) {
            if (std::regex_search(line, pattern))
                offending.push_back(entry.path().filename().string() + ":" + std::to_string(number) + ": " + line);
        }
    }
    return offending;
}

std::string joined(const std::vector<std::string> &lines)
{
    std::string text;
    for (const std::string &line : lines)
        text += "\n  " + line;
    return text;
}

} // namespace

class TestEngineIsolation : public QObject
{
    Q_OBJECT

private slots:
    void patternRecognisesQtIncludes_data();
    void patternRecognisesQtIncludes();
    void engineSourcesExist();
    void noEngineSourceIncludesQt();
    void engineDoesNotLinkQt();
};

void TestEngineIsolation::patternRecognisesQtIncludes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("isQt");

    // The check is only as good as its pattern, so the pattern is tested on both sides.
    QTest::newRow("class header") << "#include <QObject>" << true;
    QTest::newRow("quoted class header") << "#include \"QString\"" << true;
    QTest::newRow("module path") << "#include <QtCore/qglobal.h>" << true;
    QTest::newRow("module header") << "#include <QtCore>" << true;
    QTest::newRow("spaced directive") << "#  include   <QVector>" << true;
    QTest::newRow("lower-case file header") << "#include <qstring.h>" << true;
    QTest::newRow("quoted file header") << "#include \"qglobal.h\"" << true;
    QTest::newRow("standard header") << "#include <vector>" << false;
    QTest::newRow("queue") << "#include <queue>" << false;
    QTest::newRow("engine header") << "#include \"simulation.h\"" << false;
    QTest::newRow("comment") << "// Qt is not used: no #include <QObject> here" << false;
}

void TestEngineIsolation::patternRecognisesQtIncludes()
{
    QFETCH(QString, line);
    QFETCH(bool, isQt);
    QCOMPARE(std::regex_search(line.toStdString(), qtInclude()), isQt);
}

void TestEngineIsolation::engineSourcesExist()
{
    // Without this a wrong ENGINE_SOURCE_DIR would let the real checks pass on nothing.
    QVERIFY2(std::filesystem::is_directory(ENGINE_SOURCE_DIR), ENGINE_SOURCE_DIR);
    QVERIFY(std::filesystem::exists(std::filesystem::path(ENGINE_SOURCE_DIR) / "simulation.h"));
    QVERIFY(std::filesystem::exists(std::filesystem::path(ENGINE_SOURCE_DIR) / "CMakeLists.txt"));
    int sources = 0;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(ENGINE_SOURCE_DIR))
        sources += entry.is_regular_file() && isSource(entry.path());
    QVERIFY(sources >= 10);
}

void TestEngineIsolation::noEngineSourceIncludesQt()
{
    const std::vector<std::string> offending = offendingLines(qtInclude(), true);
    QVERIFY2(offending.empty(), ("engine sources include Qt:" + joined(offending)).c_str());
}

void TestEngineIsolation::engineDoesNotLinkQt()
{
    // A Qt dependency could also arrive through the build rather than an include.
    const std::vector<std::string> offending = offendingLines(qtInCMake(), false);
    QVERIFY2(offending.empty(), ("the engine's CMake files use Qt:" + joined(offending)).c_str());
}

QTEST_APPLESS_MAIN(TestEngineIsolation)
#include "tst_engineisolation.moc"
