// What the start-up benchmarks report: the process's peak resident set (VmHWM), and the
// moment it became interactive on the steady clock (CLOCK_MONOTONIC, which the driver reads too).
#pragma once

#include <QFile>

#include <chrono>

inline long long interactiveNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

inline qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
