// EventLoopProbe: measures how responsive the GUI thread is. A 5 ms timer records the largest
// gap between its ticks; a gap well above 5 ms means the event loop was blocked that long.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace dermalens::ui {

class EventLoopProbe : public QObject {
    Q_OBJECT
public:
    explicit EventLoopProbe(QObject* parent = nullptr);
    void start();
    void stop();
    [[nodiscard]] double maxGapMs() const { return maxGapNs_ / 1e6; }
    [[nodiscard]] int ticks() const { return ticks_; }
    // When the largest gap ended, in ms since start().
    [[nodiscard]] double maxGapAtMs() const { return maxGapAtNs_ / 1e6; }

    static constexpr int kIntervalMs = 5;

private:
    void tick();

    QTimer timer_;
    QElapsedTimer clock_;
    qint64 lastNs_ = 0;
    qint64 maxGapNs_ = 0;
    qint64 maxGapAtNs_ = 0;
    int ticks_ = 0;
};

}  // namespace dermalens::ui
