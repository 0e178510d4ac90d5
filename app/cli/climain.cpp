// gossiplab-cli: the headless command line of GossipLab (simulate, bench).
#include "app/cli/benchcommand.h"
#include "app/cli/simulatecommand.h"
#include "app/cli/usageerror.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>

namespace {

const char usage[] = "usage: gossiplab-cli simulate [options] | gossiplab-cli bench [--quick]\n";

int fail(const QString &message)
{
    std::fprintf(stderr, "gossiplab-cli: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gossiplab-cli"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty())
        return fail(QCoreApplication::translate("main", "no command given; %1").arg(QString::fromLatin1(usage).trimmed()));
    const QString command = arguments.takeFirst();
    try {
        if (command == QLatin1String("simulate")) {
            if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
                std::fputs(usage, stdout);
                std::fputs(qPrintable(SimulateCommand::help()), stdout);
                return 0;
            }
            return SimulateCommand::run(SimulateCommand::parse(arguments));
        }
        if (command == QLatin1String("bench"))
            return BenchCommand::run(arguments);
        if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
            std::fputs(usage, stdout);
            return 0;
        }
        return fail(QCoreApplication::translate("main", "unknown command \"%1\"; %2")
                            .arg(command, QString::fromLatin1(usage).trimmed()));
    } catch (const UsageError &error) {
        return fail(error.message);
    } catch (const std::bad_alloc &) {
        std::fprintf(stderr, "gossiplab-cli: out of memory\n");
        return 1;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "gossiplab-cli: internal error: %s\n", error.what());
        return 1;
    }
}
