#include "dermalens/evaluation/PredictionCache.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace dermalens {
namespace {

constexpr const char* kMagic = "dermalens-prediction-cache 1";

bool plainField(const std::string& s) { return s.find_first_of(",\r\n") == std::string::npos; }

Result<void> checkWritable(const PredictionCache& cache) {
    for (const auto& c : cache.classes)
        if (!plainField(c)) return fail(ErrorCode::InvalidArgument, "", "class code holds a comma");
    for (const auto& e : cache.entries) {
        if (!plainField(e.image_id) || !plainField(e.lesion_id) || !plainField(e.label))
            return fail(ErrorCode::InvalidArgument, "", e.image_id + ": field holds a comma");
        if (e.probabilities.size() != cache.classes.size() ||
            e.embedding.size() != cache.entries.front().embedding.size())
            return fail(ErrorCode::InvalidArgument, "", e.image_id + ": lengths differ");
    }
    return {};
}

void writeFloat(std::ostream& out, float v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, ",%.9g", static_cast<double>(v));
    out << buffer;
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, ',')) fields.push_back(field);
    return fields;
}

bool parseFloat(const std::string& s, float& out) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

Result<CachedPrediction> parseEntry(const std::vector<std::string>& f, std::size_t classes,
                                    const std::string& where) {
    if (f.size() < 4 + classes) return fail(ErrorCode::Corrupt, "", where + "too few fields");
    CachedPrediction e{f[0], f[1], f[2], 0, {}, {}};
    bool ok = parseFloat(f[3], e.malignant_probability);
    e.probabilities.resize(classes);
    for (std::size_t c = 0; c < classes; ++c) ok = ok && parseFloat(f[4 + c], e.probabilities[c]);
    e.embedding.resize(f.size() - 4 - classes);
    for (std::size_t k = 0; k < e.embedding.size(); ++k)
        ok = ok && parseFloat(f[4 + classes + k], e.embedding[k]);
    if (!ok) return fail(ErrorCode::Corrupt, "", where + "a value is not a number");
    return e;
}

}  // namespace

Result<void> writePredictionCache(const PredictionCache& cache, const std::filesystem::path& path) {
    if (auto ok = checkWritable(cache); !ok) return tl::unexpected(ok.error());
    std::ofstream out(path, std::ios::binary);
    out << kMagic << "\nmodel " << cache.model_sha256 << "\nclasses ";
    for (std::size_t c = 0; c < cache.classes.size(); ++c)
        out << (c ? "," : "") << cache.classes[c];
    out << '\n';
    for (const auto& e : cache.entries) {
        out << e.image_id << ',' << e.lesion_id << ',' << e.label;
        writeFloat(out, e.malignant_probability);
        for (float p : e.probabilities) writeFloat(out, p);
        for (float v : e.embedding) writeFloat(out, v);
        out << '\n';
    }
    out.flush();
    if (!out) return fail(ErrorCode::Unreadable, path.string(), "cannot write the cache");
    return {};
}

Result<PredictionCache> readPredictionCache(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::error_code ec;
        return fail(std::filesystem::exists(path, ec) ? ErrorCode::Unreadable : ErrorCode::NotFound,
                    path.string(), "cannot open the prediction cache");
    }
    std::string magic, model, classes;
    std::getline(in, magic);
    std::getline(in, model);
    std::getline(in, classes);
    if (magic != kMagic || model.rfind("model ", 0) != 0 || classes.rfind("classes ", 0) != 0)
        return fail(ErrorCode::Corrupt, path.string(), "not a dermalens prediction cache");
    PredictionCache cache{model.substr(6), split(classes.substr(8)), {}};
    std::string line;
    for (int number = 4; std::getline(in, line); ++number) {
        auto entry =
            parseEntry(split(line), cache.classes.size(), "line " + std::to_string(number) + ": ");
        if (!entry) return fail(ErrorCode::Corrupt, path.string(), entry.error().reason);
        if (!cache.entries.empty() &&
            entry->embedding.size() != cache.entries.front().embedding.size())
            return fail(ErrorCode::Corrupt, path.string(),
                        "line " + std::to_string(number) + ": embedding length differs");
        cache.entries.push_back(std::move(*entry));
    }
    return cache;
}

}  // namespace dermalens
