// gossiplab-cli: the headless command line of GossipLab (simulate, bench).
#include "app/cli/benchcommand.h"
#include "app/cli/simulatecommand.h"
#include "app/cli/usageerror.h"

#include <QCoreApplication>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>

namespace {

const char usage[] = "usage: gossiplab-cli simulate [options] | gossiplab-cli bench [--quick]\n";

// What `gossiplab-cli --help` says: every command, and how to see its options.
QString overview()
{
    return QCoreApplication::translate("main",
                                       "usage: gossiplab-cli COMMAND [options]\n"
                                       "\n"
                                       "The gossip engine of GossipLab, without a window.\n"
                                       "\n"
                                       "Commands:\n"
                                       "  simulate   run a configuration once or many times (--runs) and print Demers' "
                                       "measures:\n"
                                       "             a table, or one JSON object with --json; --trace writes every round as CSV\n"
                                       "  bench      time the engine and print its figures (--quick: smaller sizes)\n"
                                       "\n"
                                       "gossiplab-cli COMMAND --help lists the options of a command.\n");
}

int fail(const QString &message)
{
    std::fprintf(stderr, "gossiplab-cli: %s\n", qPrintable(message));
    return 2;
}

// What went to standard output must have arrived: a full disk or a closed pipe is said,
// and the status is 1, so a script does not take a cut-off table for a whole one.
int checkOutput(int status)
{
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "gossiplab-cli: %s\n",
                     qPrintable(QCoreApplication::translate("main", "cannot write to standard output: %1")
                                        .arg(QString::fromLocal8Bit(std::strerror(errno ? errno : EIO)))));
        return status == 0 ? 1 : status;
    }
    return status;
}

int run(QStringList arguments);

} // namespace

int main(int argc, char *argv[])
{
#ifdef SIGPIPE
    // A closed pipe is a write error to report, not a signal that ends the process unsaid.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gossiplab-cli"));
    return checkOutput(run(QCoreApplication::arguments().mid(1)));
}

namespace {

int run(QStringList arguments)
{
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
        if (command == QLatin1String("bench")) {
            if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
                std::fputs(qPrintable(BenchCommand::help()), stdout);
                return 0;
            }
            return BenchCommand::run(arguments);
        }
        if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
            std::fputs(qPrintable(overview()), stdout);
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

} // namespace
