// Fuzzes experiment files: read, write back, read again, equal; then a few rounds of every
// entry at every value of its sweep.
#include "tests/fuzz/fuzzrun.h"
#include "views/content/experimentfile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto read = ExperimentFile::parse(json, &error);
    if (!read) {
        fuzz::checkRefusal(error);
        return 0;
    }
    const auto again = ExperimentFile::parse(ExperimentFile::serialize(*read), &error);
    if (!again)
        fuzz::finding("a written experiment is refused:", error);
    if (!(*again == *read))
        fuzz::finding("a written experiment reads back different");
    for (int entry = 0; entry < read->entries.size(); ++entry) {
        for (int value = 0; value < read->valueCount(); ++value)
            fuzz::runAFewRounds(gossip::Scenario::singleUpdate(read->configAt(entry, value)));
    }
    return 0;
}
