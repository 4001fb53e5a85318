#include "services/EventLoopProbe.h"

namespace dermalens::ui {

EventLoopProbe::EventLoopProbe(QObject* parent) : QObject(parent) {
    timer_.setInterval(kIntervalMs);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &EventLoopProbe::tick);
}

void EventLoopProbe::start() {
    maxGapNs_ = 0;
    maxGapAtNs_ = 0;
    ticks_ = 0;
    clock_.start();
    lastNs_ = 0;
    timer_.start();
}

void EventLoopProbe::stop() {
    tick();
    timer_.stop();
}

void EventLoopProbe::tick() {
    const qint64 now = clock_.nsecsElapsed();
    if (now - lastNs_ > maxGapNs_) {
        maxGapNs_ = now - lastNs_;
        maxGapAtNs_ = now;
    }
    lastNs_ = now;
    ++ticks_;
}

}  // namespace dermalens::ui
