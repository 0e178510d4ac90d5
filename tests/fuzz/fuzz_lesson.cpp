// Fuzzes lesson files: read, write back, read again, equal; then a few rounds of every
// chapter and every compared run.
#include "tests/fuzz/fuzzrun.h"
#include "views/content/lessonfile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto read = LessonFile::parse(json, &error);
    if (!read) {
        fuzz::checkRefusal(error);
        return 0;
    }
    const auto again = LessonFile::parse(LessonFile::serialize(*read), &error);
    if (!again)
        fuzz::finding("a written lesson is refused:", error);
    if (!(*again == *read))
        fuzz::finding("a written lesson reads back different");
    for (const Chapter &chapter : read->chapters) {
        fuzz::runAFewRounds(chapter.scenario);
        for (const ComparisonRun &run : chapter.comparisons)
            fuzz::runAFewRounds(run.scenario);
    }
    return 0;
}
