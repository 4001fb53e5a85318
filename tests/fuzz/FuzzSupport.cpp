#include "FuzzSupport.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <system_error>

#include "dermalens/text/Utf8.h"

namespace dermalens::fuzz {

const std::filesystem::path& scratchDir() {
    static const std::filesystem::path dir = [] {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern =
            std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/dermalens-fuzz-XXXXXX";
        require(mkdtemp(pattern.data()) != nullptr, "cannot create a scratch folder");
        std::atexit([] {
            std::error_code ec;
            std::filesystem::remove_all(scratchDir(), ec);
        });
        return std::filesystem::path(pattern);
    }();
    return dir;
}

void writeFile(const std::filesystem::path& path, const std::uint8_t* data, std::size_t size,
               std::string_view prefix) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(prefix.data(), static_cast<std::streamsize>(prefix.size()));
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    require(static_cast<bool>(out), "cannot write " + path.string());
}

void require(bool condition, const std::string& what) {
    if (condition) return;
    std::fprintf(stderr, "dermalens fuzz: broken promise: %s\n", what.c_str());
    std::abort();
}

void requireUtf8(const std::string& text, const char* field) {
    require(isValidUtf8(text), std::string(field) + " is not valid UTF-8");
}

void requireValidError(const Error& error) {
    requireUtf8(error.file, "Error::file");
    requireUtf8(error.reason, "Error::reason");
    require(!error.reason.empty(), "an Error without a reason");
}

void requireValidMetadata(const ImageMetadata& m) {
    for (const std::string* s : {&m.source_path,
                                 &m.format,
                                 &m.patient_id,
                                 &m.patient_name,
                                 &m.patient_sex,
                                 &m.patient_birth_date,
                                 &m.study_instance_uid,
                                 &m.series_instance_uid,
                                 &m.sop_instance_uid,
                                 &m.sop_class_uid,
                                 &m.modality,
                                 &m.acquisition_date,
                                 &m.body_site,
                                 &m.laterality,
                                 &m.transfer_syntax,
                                 &m.photometric,
                                 &m.issuer_of_patient_id,
                                 &m.study_date,
                                 &m.study_description,
                                 &m.series_description,
                                 &m.body_site_code,
                                 &m.body_site_scheme,
                                 &m.lesion_number,
                                 &m.specific_character_set})
        requireUtf8(*s, "an ImageMetadata field");
}

void requireValidLoad(const Result<Image>& image, const LoadOptions& options) {
    if (!image) return requireValidError(image.error());
    require(!image->empty() && image->pixels.type() == CV_8UC3, "decoded image is not 8-bit RGB");
    require(image->pixels.total() <= options.max_pixels, "decoded image is above max_pixels");
    if (options.max_dimension > 0)
        require(std::max(image->width(), image->height()) <= options.max_dimension,
                "thumbnail is above max_dimension");
    requireValidMetadata(image->meta);
}

void loadEveryWay(const std::filesystem::path& path) {
    LoadOptions full;
    full.max_pixels = 1u << 22;  // 4 Mpx: room for real headers, no multi-GB decodes per run
    requireValidLoad(loadImage(path, full), full);
    LoadOptions thumbnail = full;
    thumbnail.max_dimension = 48;
    requireValidLoad(loadImage(path, thumbnail), thumbnail);
    LoadOptions second_frame = full;
    second_frame.frame = 1;
    requireValidLoad(loadImage(path, second_frame), second_frame);
    const auto meta = readMetadata(path);
    if (meta)
        requireValidMetadata(*meta);
    else
        requireValidError(meta.error());
    (void)looksLikeDicom(path);
}

}  // namespace dermalens::fuzz
