// The error of a bad command line or input: one message for stderr, exit status 2.
#pragma once

#include <QString>

// Thrown by the command line's parsers; main() prints the message and exits with 2.
struct UsageError
{
    QString message;
};
