// Fuzzes scenario files: read, write back, read again, equal; then a few rounds.
#include "tests/fuzz/fuzzrun.h"
#include "views/content/scenariofile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto read = ScenarioFile::parse(json, &error);
    if (!read) {
        fuzz::checkRefusal(error);
        return 0;
    }
    const auto again = ScenarioFile::parse(ScenarioFile::serialize(*read), &error);
    if (!again)
        fuzz::finding("a written scenario is refused:", error);
    if (!(again->scenario == read->scenario) || again->keyNames != read->keyNames || again->round != read->round
        || again->wall != read->wall)
        fuzz::finding("a written scenario reads back different");
    fuzz::runAFewRounds(read->scenario);
    return 0;
}
