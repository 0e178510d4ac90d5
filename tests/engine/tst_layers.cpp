// The source tree keeps its layers: engine <- views/content <- views <- app, and no include cycles.
#include <QTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Every project file's includes of other project files, by path from the project root.
std::map<std::string, std::vector<std::string>> projectIncludes()
{
    const fs::path root(GOSSIPLAB_SOURCE_DIR);
    const std::regex include("^\\s*#\\s*include\\s*\"([^\"]+)\"");
    std::map<std::string, std::vector<std::string>> graph;
    for (const char *top : {"engine", "views", "app", "tests"}) {
        for (const auto &entry : fs::recursive_directory_iterator(root / top)) {
            const std::string extension = entry.path().extension().string();
            if (!entry.is_regular_file() || (extension != ".h" && extension != ".cpp"))
                continue;
            const std::string file = fs::relative(entry.path(), root).generic_string();
            std::vector<std::string> &includes = graph[file];
            std::ifstream in(entry.path());
            std::string line;
            std::smatch match;
            while (std::getline(in, line)) {
                if (std::regex_search(line, match, include) && fs::exists(root / match[1].str()))
                    includes.push_back(match[1].str());
            }
        }
    }
    return graph;
}

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private slots:
    void includesNameTheirLayer();
    void eachLayerIncludesOnlyLowerOnes();
    void noIncludeCycles();
};

void TestLayers::includesNameTheirLayer()
{
    const auto graph = projectIncludes();
    QVERIFY(graph.size() > 50);
    const fs::path root(GOSSIPLAB_SOURCE_DIR);
    const std::regex include("^\\s*#\\s*include\\s*\"([^\"]+)\"");
    for (const auto &[file, includes] : graph) {
        std::ifstream in(root / file);
        std::string line;
        std::smatch match;
        while (std::getline(in, line)) {
            if (!std::regex_search(line, match, include) || match[1].str().ends_with(".moc"))
                continue;
            // A bare "name.h" would depend on include paths; every project include names its folder.
            QVERIFY2(match[1].str().find('/') != std::string::npos, (file + ": " + line).c_str());
        }
    }
}

void TestLayers::eachLayerIncludesOnlyLowerOnes()
{
    for (const auto &[file, includes] : projectIncludes()) {
        for (const std::string &included : includes) {
            const std::string edge = file + " includes " + included;
            if (startsWith(file, "engine/"))
                QVERIFY2(startsWith(included, "engine/"), edge.c_str());
            if (startsWith(file, "views/content/"))
                QVERIFY2(startsWith(included, "engine/") || startsWith(included, "views/content/"), edge.c_str());
            if (startsWith(file, "views/"))
                QVERIFY2(!startsWith(included, "app/") && !startsWith(included, "tests/"), edge.c_str());
            if (startsWith(file, "app/"))
                QVERIFY2(!startsWith(included, "tests/"), edge.c_str());
        }
    }
}

void TestLayers::noIncludeCycles()
{
    const auto graph = projectIncludes();
    std::map<std::string, int> state; // 1 on the path, 2 done
    std::vector<std::string> path;
    std::string cycle;
    const auto visit = [&](const auto &self, const std::string &file) -> void {
        state[file] = 1;
        path.push_back(file);
        const auto found = graph.find(file);
        if (found != graph.end()) {
            for (const std::string &next : found->second) {
                if (state[next] == 1 && cycle.empty()) {
                    for (auto it = std::find(path.begin(), path.end(), next); it != path.end(); ++it)
                        cycle += *it + " -> ";
                    cycle += next;
                } else if (state[next] == 0) {
                    self(self, next);
                }
            }
        }
        path.pop_back();
        state[file] = 2;
    };
    for (const auto &[file, includes] : graph) {
        if (state[file] == 0)
            visit(visit, file);
    }
    QVERIFY2(cycle.empty(), cycle.c_str());
}

QTEST_APPLESS_MAIN(TestLayers)
#include "tst_layers.moc"
