#include "FollowUpScene.h"

#include <cmath>

#include <opencv2/imgproc.hpp>

#include "SyntheticImages.h"

namespace dermalens::test {
namespace {

cv::Mat pigment(const cv::Mat& rgb) {
    cv::Mat blue;
    cv::extractChannel(rgb, blue, 2);
    return blue < 110;
}

cv::Mat blendOver(const cv::Mat& dst, const cv::Mat& src, const cv::Mat& where) {
    cv::Mat a, a3, fd, fs, out;
    cv::GaussianBlur(where, a, cv::Size(7, 7), 0);
    cv::cvtColor(a, a3, cv::COLOR_GRAY2RGB);
    a3.convertTo(a3, CV_32FC3, 1.0 / 255);
    dst.convertTo(fd, CV_32FC3);
    src.convertTo(fs, CV_32FC3);
    cv::Mat(fs.mul(a3) + fd.mul(cv::Scalar::all(1.0) - a3)).convertTo(out, CV_8UC3);
    return out;
}

}  // namespace

cv::Mat followUpScene(unsigned seed, double growth) {
    cv::Mat mottling(450, 600, CV_32FC1), skin;
    cv::RNG(seed + 100).fill(mottling, cv::RNG::NORMAL, 0, 1);
    cv::GaussianBlur(mottling, mottling, cv::Size(0, 0), 3.0);
    cv::normalize(mottling, mottling, -30, 30, cv::NORM_MINMAX);
    cv::cvtColor(mottling, mottling, cv::COLOR_GRAY2RGB);
    cv::Mat(cv::Mat(450, 600, CV_32FC3, cv::Scalar(224, 172, 150)) + mottling)
        .convertTo(skin, CV_8UC3);
    cv::Mat lesion(450, 600, CV_8UC3, cv::Scalar(224, 172, 150));
    makeLesionImage(400, 300, seed).copyTo(lesion(cv::Rect(100, 75, 400, 300)));
    cv::warpAffine(lesion, lesion, cv::getRotationMatrix2D({300, 225}, 0, std::sqrt(growth)),
                   lesion.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    cv::Mat where;
    cv::dilate(pigment(lesion), where, cv::Mat::ones(7, 7, CV_8U));
    return blendOver(skin, lesion, where);
}

cv::Mat firstVisit(const cv::Mat& scene) { return scene(cv::Rect(100, 75, 400, 300)).clone(); }

cv::Mat photograph(const cv::Mat& scene, double degrees) {
    cv::Mat moved;
    cv::warpAffine(scene, moved, cv::getRotationMatrix2D({300, 225}, degrees, 1.05), scene.size(),
                   cv::INTER_LINEAR, cv::BORDER_REFLECT);
    return moved(cv::Rect(100, 75, 400, 300)).clone();
}

}  // namespace dermalens::test
