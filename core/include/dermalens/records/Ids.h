// Typed identities of the records the store keeps. A file path is never an identity: the same
// image may be opened from anywhere, and a path says nothing about the patient or the lesion.
//
// PatientId, LesionId and VisitId are store row ids (0 = none). ImageId is the sha256 of the
// image file's bytes, so the same file always has the same id, whichever folder it came from.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <string>

#include "dermalens/Result.h"

namespace dermalens {

template <typename Tag>
class RowId {
public:
    constexpr RowId() = default;
    constexpr explicit RowId(std::int64_t value) : value_(value) {}
    [[nodiscard]] constexpr std::int64_t value() const { return value_; }
    [[nodiscard]] constexpr bool valid() const { return value_ > 0; }
    constexpr auto operator<=>(const RowId&) const = default;

private:
    std::int64_t value_ = 0;
};

using PatientId = RowId<struct PatientTag>;
using LesionId = RowId<struct LesionTag>;
using VisitId = RowId<struct VisitTag>;
using AnalysisId = RowId<struct AnalysisTag>;

class ImageId {
public:
    ImageId() = default;
    // Accepts 64 lower- or upper-case hex digits; InvalidArgument otherwise.
    [[nodiscard]] static Result<ImageId> fromHex(const std::string& hex);
    // sha256 of the file's bytes; NotFound / Unreadable naming the file.
    [[nodiscard]] static Result<ImageId> ofFile(const std::string& path);

    [[nodiscard]] const std::string& hex() const { return hex_; }  // 64 lower-case digits
    [[nodiscard]] std::string shortHex() const { return hex_.substr(0, 12); }
    [[nodiscard]] bool valid() const { return hex_.size() == 64; }
    auto operator<=>(const ImageId&) const = default;

private:
    explicit ImageId(std::string hex) : hex_(std::move(hex)) {}
    std::string hex_;
};

}  // namespace dermalens

template <typename Tag>
struct std::hash<dermalens::RowId<Tag>> {
    std::size_t operator()(const dermalens::RowId<Tag>& id) const noexcept {
        return std::hash<std::int64_t>{}(id.value());
    }
};

template <>
struct std::hash<dermalens::ImageId> {
    std::size_t operator()(const dermalens::ImageId& id) const noexcept {
        return std::hash<std::string>{}(id.hex());
    }
};
