// OpenCV's own worker pool (TBB here) is not built with -fsanitize=thread, so TSan cannot see
// the hand-off of a cv::Mat to a pool thread and reports every parallel_for as a race (the CI
// failure of 2026-12-03 in assessImageQuality). Running OpenCV's loops on the calling thread
// keeps every access visible: a race between our own threads is still reported.
#include <gtest/gtest.h>

#include <opencv2/core.hpp>

namespace {

class OpenCvSerial : public ::testing::Environment {
public:
    void SetUp() override { cv::setNumThreads(0); }
};

// gtest owns the environment; registered before main() so every suite runs under it.
[[maybe_unused]] ::testing::Environment* const kOpenCvSerial =
    ::testing::AddGlobalTestEnvironment(new OpenCvSerial);

}  // namespace
