// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

// Where "now" comes from. Everything that stamps or schedules asks a Clock, so tests and
// simulations can run a whole day deterministically.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide system clock.
    static const Clock &system();
};

// A clock that only moves when told to: for tests and for simulating a day ahead.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    void set(QDateTime to) { m_now = std::move(to); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
