// Analyses (model results kept per image) and calibrations.
#include <cmath>

#include "store/StoreImpl.h"

namespace dermalens {
using store::Statement;

namespace {

constexpr const char* kSelect =
    "SELECT id, image_id, model_name, model_version, model_sha256, probabilities, logits, "
    "embedding, top_class, malignant_probability, entropy, normalized_entropy, low_confidence, "
    "out_of_distribution, ood_distance, image_statistics_distance, milliseconds, device, "
    "heatmap_class, heatmap_width, heatmap_height, heatmap_values, created_at FROM analyses ";

Prediction readPrediction(const Statement& s) {
    Prediction p;
    p.probabilities = store::columnFloats(s, 5);
    p.logits = store::columnFloats(s, 6);
    p.embedding = store::columnFloats(s, 7);
    p.top_class = static_cast<int>(s.columnInt(8));
    p.malignant_probability = static_cast<float>(s.columnReal(9));
    p.entropy = static_cast<float>(s.columnReal(10));
    p.normalized_entropy = static_cast<float>(s.columnReal(11));
    p.low_confidence = s.columnInt(12) != 0;
    p.out_of_distribution = s.columnInt(13) != 0;
    p.ood_distance = static_cast<float>(s.columnReal(14));
    p.image_statistics_distance = static_cast<float>(s.columnReal(15));
    p.milliseconds = s.columnReal(16);
    p.device = s.columnText(17);
    return p;
}

AnalysisRecord readAnalysis(const Statement& s) {
    AnalysisRecord a;
    a.id = AnalysisId(s.columnInt(0));
    a.image = ImageId::fromHex(s.columnText(1)).value_or(ImageId{});
    a.model = {s.columnText(2), s.columnText(3), s.columnText(4)};
    a.prediction = readPrediction(s);
    if (!s.columnIsNull(19)) {
        a.heatmap = StoredHeatmap{static_cast<int>(s.columnInt(18)),
                                  static_cast<int>(s.columnInt(19)),
                                  static_cast<int>(s.columnInt(20)), store::columnFloats(s, 21)};
    }
    a.created_at = s.columnText(22);
    return a;
}

// Binds ?5..?17. A float widens to double exactly, so columns read back bit-exact.
void bindPrediction(Statement& s, const Prediction& p) {
    store::bindFloats(s, 5, p.probabilities);
    store::bindFloats(s, 6, p.logits);
    store::bindFloats(s, 7, p.embedding);
    s.bindInt(8, p.top_class).bindReal(9, p.malignant_probability).bindReal(10, p.entropy);
    s.bindReal(11, p.normalized_entropy).bindInt(12, p.low_confidence ? 1 : 0);
    s.bindInt(13, p.out_of_distribution ? 1 : 0).bindReal(14, p.ood_distance);
    s.bindReal(15, p.image_statistics_distance).bindReal(16, p.milliseconds);
    s.bindText(17, p.device);
}

// Binds ?first..?first+3 (all NULL when there is no heatmap).
void bindHeatmap(Statement& s, int first, const std::optional<StoredHeatmap>& h) {
    if (!h) {
        for (int i = 0; i < 4; ++i) s.bindNull(first + i);
        return;
    }
    s.bindInt(first, h->class_index).bindInt(first + 1, h->width).bindInt(first + 2, h->height);
    store::bindFloats(s, first + 3, h->values);
}

bool consistent(const StoredHeatmap& h) {
    return h.width > 0 && h.height > 0 &&
           h.values.size() == static_cast<std::size_t>(h.width) * static_cast<std::size_t>(h.height);
}

std::string heatmapProblem(const StoredHeatmap& h) {
    return "a heatmap of " + std::to_string(h.width) + "x" + std::to_string(h.height) +
           " needs that many values, not " + std::to_string(h.values.size());
}

}  // namespace

Result<AnalysisId> Store::addAnalysis(const AnalysisRecord& record) {
    if (record.heatmap && !consistent(*record.heatmap))
        return impl_->failInvalid(heatmapProblem(*record.heatmap));
    auto s = impl_->db.prepare(
        std::string("INSERT INTO analyses (image_id, model_name, model_version, model_sha256, "
                    "probabilities, logits, embedding, top_class, malignant_probability, "
                    "entropy, normalized_entropy, low_confidence, out_of_distribution, "
                    "ood_distance, image_statistics_distance, milliseconds, device, "
                    "heatmap_class, heatmap_width, heatmap_height, heatmap_values, created_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                    "?16, ?17, ?18, ?19, ?20, ?21, ") + store::kNowSql + ")",
        "add an analysis");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, record.image.hex()).bindText(2, record.model.name);
    s->bindText(3, record.model.version).bindText(4, record.model.sha256);
    bindPrediction(*s, record.prediction);
    bindHeatmap(*s, 18, record.heatmap);
    if (auto done = s->run(); !done) return tl::unexpected(done.error());
    return AnalysisId(impl_->db.lastInsertId());
}

Result<std::optional<AnalysisRecord>> Store::latestAnalysis(const ImageId& image,
                                                            const std::string& model_sha256) const {
    const std::string where = model_sha256.empty()
                                  ? "WHERE image_id = ?1 "
                                  : "WHERE image_id = ?1 AND model_sha256 = ?2 ";
    auto s = impl_->db.prepare(kSelect + where + "ORDER BY created_at DESC, id DESC LIMIT 1",
                               "read the latest analysis");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, image.hex());
    if (!model_sha256.empty()) s->bindText(2, model_sha256);
    return store::firstRow(*s, readAnalysis);
}

Result<void> Store::setHeatmap(AnalysisId analysis, const StoredHeatmap& heatmap) {
    if (!consistent(heatmap)) return impl_->failInvalid(heatmapProblem(heatmap));
    auto s = impl_->db.prepare(
        "UPDATE analyses SET heatmap_class = ?1, heatmap_width = ?2, heatmap_height = ?3, "
        "heatmap_values = ?4 WHERE id = ?5",
        "store a heatmap");
    if (!s) return tl::unexpected(s.error());
    bindHeatmap(*s, 1, heatmap);
    s->bindInt(5, analysis.value());
    if (auto done = s->run(); !done) return done;
    if (impl_->db.changes() == 0)
        return impl_->failNotFound("analysis " + std::to_string(analysis.value()));
    return {};
}

Result<void> Store::setCalibration(const Calibration& calibration) {
    if (!std::isfinite(calibration.mm_per_pixel) || calibration.mm_per_pixel <= 0)
        return impl_->failInvalid("a calibration needs a positive mm per pixel, not " +
                                  std::to_string(calibration.mm_per_pixel));
    auto s = impl_->db.prepare(
        std::string("INSERT INTO calibrations (image_id, mm_per_pixel, source, created_at) "
                    "VALUES (?1, ?2, ?3, ") + store::kNowSql + ") "
            "ON CONFLICT (image_id) DO UPDATE SET mm_per_pixel = excluded.mm_per_pixel, "
            "source = excluded.source, created_at = excluded.created_at",
        "store a calibration");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, calibration.image.hex()).bindReal(2, calibration.mm_per_pixel);
    s->bindText(3, calibration.source);
    return s->run();
}

Result<std::optional<Calibration>> Store::calibration(const ImageId& image) const {
    auto s = impl_->db.prepare(
        "SELECT image_id, mm_per_pixel, source, created_at FROM calibrations WHERE image_id = ?1",
        "read a calibration");
    if (!s) return tl::unexpected(s.error());
    s->bindText(1, image.hex());
    return store::firstRow(*s, [](const Statement& r) {
        return Calibration{ImageId::fromHex(r.columnText(0)).value_or(ImageId{}), r.columnReal(1),
                           r.columnText(2), r.columnText(3)};
    });
}

}  // namespace dermalens
