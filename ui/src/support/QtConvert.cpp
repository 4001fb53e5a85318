#include "support/QtConvert.h"

#include <opencv2/core.hpp>

#include "dermalens/text/Utf8.h"

namespace dermalens::ui {

QImage toQImage(const cv::Mat& mat) {
    if (mat.empty() || mat.depth() != CV_8U) return {};
    if (mat.channels() == 3) {
        QImage view(mat.data, mat.cols, mat.rows, static_cast<qsizetype>(mat.step),
                    QImage::Format_RGB888);
        return view.copy();  // the Mat may go away; QImage must own its pixels
    }
    if (mat.channels() == 1) {
        QImage view(mat.data, mat.cols, mat.rows, static_cast<qsizetype>(mat.step),
                    QImage::Format_Grayscale8);
        return view.copy();
    }
    return {};
}

QString fromPath(const std::filesystem::path& path) {
    // u16string() throws on names that are not UTF-8 (a legacy 8-bit disk); show those bytes
    // as Latin-1, as the core does for folder names, instead of taking the program down.
    return qs(utf8OrLatin1(path.native()));
}

std::filesystem::path toPath(const QString& path) {
    return std::filesystem::path(path.toStdU16String());
}

QString formatDate(const std::string& yyyymmdd) {
    const QString text = qs(yyyymmdd);
    if (text.size() == 8 && text.toLongLong() > 0)
        return text.left(4) + u'-' + text.mid(4, 2) + u'-' + text.mid(6, 2);
    return text;
}

bool isSynthetic(const Patient& patient) {
    return patient.synthetic || qs(patient.label).contains(QLatin1String("SYNTHETIC")) ||
           qs(patient.id).contains(QLatin1String("SYNTHETIC"));
}

QString patientName(const Patient& patient) {
    return qs(patient.label.empty() ? patient.id : patient.label);
}

QString lesionName(const Lesion& lesion) {
    return qs(lesion.label.empty() ? lesion.id : lesion.label);
}

QString displayFileName(const ImageRecord& image) {
    const std::filesystem::path source(image.meta.source_path);
    return fromPath(source.empty() ? image.path.filename() : source.filename());
}

const ImageRecord* latestImage(const Lesion& lesion) {
    return lesion.images.empty() ? nullptr : &lesion.images.back();
}

}  // namespace dermalens::ui
