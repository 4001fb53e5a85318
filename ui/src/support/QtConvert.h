// Conversions between core types (cv::Mat, std::string, std::filesystem::path) and Qt types.
#pragma once

#include <QImage>
#include <QString>
#include <filesystem>
#include <opencv2/core/mat.hpp>
#include <string>

#include "dermalens/study/Study.h"

namespace dermalens::ui {

// Deep copy of an 8-bit RGB (CV_8UC3) or grey (CV_8UC1) Mat; a null QImage for anything else.
[[nodiscard]] QImage toQImage(const cv::Mat& mat);

[[nodiscard]] inline QString qs(const std::string& text) { return QString::fromStdString(text); }
[[nodiscard]] QString fromPath(const std::filesystem::path& path);
[[nodiscard]] std::filesystem::path toPath(const QString& path);

// "20240131" -> "2024-01-31"; anything else is returned unchanged.
[[nodiscard]] QString formatDate(const std::string& yyyymmdd);

// Demo data says so everywhere: the flag, or SYNTHETIC in the label.
[[nodiscard]] bool isSynthetic(const Patient& patient);

// What the UI calls a patient or lesion: the label, else the id.
[[nodiscard]] QString patientName(const Patient& patient);
[[nodiscard]] QString lesionName(const Lesion& lesion);

// The file name to show for an image: the imported original's (the managed copy is named by
// its hash), else the managed copy's.
[[nodiscard]] QString displayFileName(const ImageRecord& image);

// The lesion's most recent image (images are oldest first); nullptr when it has none.
[[nodiscard]] const ImageRecord* latestImage(const Lesion& lesion);

}  // namespace dermalens::ui
