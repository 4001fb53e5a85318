// The words the store and the JSON use for the follow-up records' enums.
#include <array>
#include <utility>

#include "dermalens/records/BodyMapPosition.h"
#include "dermalens/records/Finding.h"
#include "dermalens/records/LesionContour.h"
#include "dermalens/records/Measurement.h"

namespace dermalens {
namespace {

template <typename E, std::size_t N>
const char* wordOf(const std::array<std::pair<E, const char*>, N>& words, E value) {
    for (const auto& [e, w] : words)
        if (e == value) return w;
    return words[0].second;
}

template <typename E, std::size_t N>
std::optional<E> parseWord(const std::array<std::pair<E, const char*>, N>& words,
                           const std::string& text) {
    for (const auto& [e, w] : words)
        if (text == w) return e;
    return std::nullopt;
}

constexpr std::array<std::pair<MeasurementKind, const char*>, 2> kMeasurementKinds{
    {{MeasurementKind::Line, "line"}, {MeasurementKind::Area, "area"}}};
constexpr std::array<std::pair<ContourSource, const char*>, 2> kContourSources{
    {{ContourSource::Automatic, "auto"}, {ContourSource::User, "user"}}};
constexpr std::array<std::pair<BodyView, const char*>, 2> kBodyViews{
    {{BodyView::Front, "front"}, {BodyView::Back, "back"}}};
constexpr std::array<std::pair<ManagementDecision, const char*>, 5> kDecisions{
    {{ManagementDecision::NotStated, "not stated"},
     {ManagementDecision::Reassure, "reassure"},
     {ManagementDecision::Monitor, "monitor"},
     {ManagementDecision::Excise, "excise"},
     {ManagementDecision::Refer, "refer"}}};

}  // namespace

const char* toString(MeasurementKind kind) { return wordOf(kMeasurementKinds, kind); }
std::optional<MeasurementKind> parseMeasurementKind(const std::string& text) {
    return parseWord(kMeasurementKinds, text);
}
const char* toString(ContourSource source) { return wordOf(kContourSources, source); }
std::optional<ContourSource> parseContourSource(const std::string& text) {
    return parseWord(kContourSources, text);
}
const char* toString(BodyView view) { return wordOf(kBodyViews, view); }
std::optional<BodyView> parseBodyView(const std::string& text) {
    return parseWord(kBodyViews, text);
}
const char* toString(ManagementDecision decision) { return wordOf(kDecisions, decision); }

}  // namespace dermalens
