#include "dermalens/evaluation/UglyDucklingSimulation.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

namespace dermalens {
namespace {

std::uint32_t fnv1a(const std::string& text) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : text) h = (h ^ c) * 16777619u;
    return h;
}

Result<void> checkConfig(const SimulationConfig& c) {
    if (c.patients < 1 || c.min_benign < 1 || c.max_benign < c.min_benign || c.bootstrap < 1)
        return fail(
            ErrorCode::InvalidArgument, "",
            "simulation needs patients >= 1, 1 <= min_benign <= max_benign, bootstrap >= 1");
    return {};
}

// Per patient: 1 where the method succeeded, for each measure; cluster for the bootstrap.
struct Hits {
    std::vector<std::vector<double>> top1, top3, flagged;  // [method][patient]
    std::vector<int> cluster;
};

Estimate percentile(std::vector<double> draws, double point) {
    std::sort(draws.begin(), draws.end());
    const auto at = [&](double q) {
        return draws[static_cast<std::size_t>(q * static_cast<double>(draws.size() - 1))];
    };
    return {point, at(0.025), at(0.975)};
}

// Cluster bootstrap of mean(a - b) (b empty: mean(a)).
Estimate clusterBootstrap(const std::vector<double>& a, const std::vector<double>& b,
                          const std::vector<int>& cluster, int rounds, unsigned seed) {
    std::map<int, std::pair<double, int>> sums;  // cluster -> (sum, count)
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto& s = sums[cluster[i]];
        s.first += a[i] - (b.empty() ? 0.0 : b[i]);
        ++s.second;
    }
    std::vector<std::pair<double, int>> groups;
    for (const auto& [id, s] : sums) groups.push_back(s);
    double total = 0;
    for (const auto& g : groups) total += g.first;
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, groups.size() - 1);
    std::vector<double> draws(static_cast<std::size_t>(rounds));
    for (auto& d : draws) {
        double sum = 0, count = 0;
        for (std::size_t k = 0; k < groups.size(); ++k) {
            const auto& g = groups[pick(rng)];
            sum += g.first;
            count += g.second;
        }
        d = sum / count;
    }
    return percentile(std::move(draws), total / static_cast<double>(a.size()));
}

Result<void> scorePatient(const std::vector<PooledLesion>& pool, const SimulatedPatient& patient,
                          const std::vector<NamedMethod>& methods, Hits& hits) {
    std::vector<const PooledLesion*> lesions;
    for (int index : patient.lesions) lesions.push_back(&pool[static_cast<std::size_t>(index)]);
    for (std::size_t m = 0; m < methods.size(); ++m) {
        auto ranking = methods[m].rank(lesions);
        if (!ranking)
            return fail(ranking.error().code, "", methods[m].name + ": " + ranking.error().reason);
        const auto& order = ranking->order;
        const auto where = std::find(order.begin(), order.end(), patient.malignant);
        const auto position = where - order.begin();
        const bool malignant = patient.malignant >= 0;
        hits.top1[m].push_back(malignant && position == 0 ? 1.0 : 0.0);
        hits.top3[m].push_back(malignant && where != order.end() && position < 3 ? 1.0 : 0.0);
        hits.flagged[m].push_back(
            ranking->flagged && (!malignant || (!order.empty() && order[0] == patient.malignant))
                ? 1.0
                : 0.0);
    }
    return {};
}

MethodOutcome summarise(const Hits& hits, std::size_t m, const SimulationConfig& c,
                        const std::string& name, unsigned seed) {
    const auto ref = static_cast<std::size_t>(
        std::clamp(c.reference_method, 0, static_cast<int>(hits.top1.size()) - 1));
    MethodOutcome out;
    out.method = name;
    out.top1 = clusterBootstrap(hits.top1[m], {}, hits.cluster, c.bootstrap, seed);
    out.top3 = clusterBootstrap(hits.top3[m], {}, hits.cluster, c.bootstrap, seed);
    out.flagged = clusterBootstrap(hits.flagged[m], {}, hits.cluster, c.bootstrap, seed);
    out.top1_gain = clusterBootstrap(hits.top1[m], hits.top1[ref], hits.cluster, c.bootstrap, seed);
    out.top3_gain = clusterBootstrap(hits.top3[m], hits.top3[ref], hits.cluster, c.bootstrap, seed);
    return out;
}

std::vector<int> indicesOf(const std::vector<PooledLesion>& pool,
                           const std::vector<std::string>& labels) {
    std::vector<int> out;
    for (std::size_t i = 0; i < pool.size(); ++i)
        if (std::find(labels.begin(), labels.end(), pool[i].label) != labels.end())
            out.push_back(static_cast<int>(i));
    return out;
}

}  // namespace

LesionHalf lesionHalf(const std::string& lesion_id) {
    // Bit 16, not bit 0: FNV-1a's lowest bit is only the parity of the odd bytes.
    return (fnv1a(lesion_id) >> 16) % 2 == 0 ? LesionHalf::Tune : LesionHalf::Test;
}

Result<std::vector<SimulatedPatient>> simulatePatients(const std::vector<PooledLesion>& pool,
                                                       const UglyDucklingScenario& scenario,
                                                       const SimulationConfig& config) {
    if (auto ok = checkConfig(config); !ok) return tl::unexpected(ok.error());
    const auto benign = indicesOf(pool, scenario.benign_labels);
    if (benign.size() < static_cast<std::size_t>(config.max_benign))
        return fail(ErrorCode::InvalidArgument, "",
                    scenario.name + ": " + std::to_string(benign.size()) +
                        " benign lesions in the pool, a patient may need " +
                        std::to_string(config.max_benign));
    const bool with_malignant = !scenario.malignant_label.empty();
    const auto malignant = indicesOf(pool, {scenario.malignant_label});
    if (with_malignant && malignant.empty())
        return fail(ErrorCode::InvalidArgument, "",
                    scenario.name + ": no '" + scenario.malignant_label + "' lesion in the pool");
    std::seed_seq seq{config.seed, fnv1a(scenario.name)};
    std::mt19937 rng(seq);
    std::uniform_int_distribution<int> size(config.min_benign, config.max_benign);
    std::vector<SimulatedPatient> patients;
    for (int p = 0; p < config.patients; ++p) {
        SimulatedPatient patient;
        std::sample(benign.begin(), benign.end(), std::back_inserter(patient.lesions), size(rng),
                    rng);
        if (with_malignant) {
            std::uniform_int_distribution<std::size_t> pick(0, malignant.size() - 1);
            patient.lesions.push_back(malignant[pick(rng)]);
        }
        std::shuffle(patient.lesions.begin(), patient.lesions.end(), rng);
        if (with_malignant)
            for (std::size_t i = 0; i < patient.lesions.size(); ++i)
                if (pool[static_cast<std::size_t>(patient.lesions[i])].label ==
                    scenario.malignant_label)
                    patient.malignant = static_cast<int>(i);
        patients.push_back(std::move(patient));
    }
    return patients;
}

Result<std::vector<ScenarioOutcome>> runUglyDucklingSimulation(
    const std::vector<PooledLesion>& pool, const std::vector<UglyDucklingScenario>& scenarios,
    const std::vector<NamedMethod>& methods, const SimulationConfig& config) {
    if (methods.empty()) return fail(ErrorCode::InvalidArgument, "", "no ranking method given");
    std::vector<ScenarioOutcome> outcomes;
    for (const auto& scenario : scenarios) {
        auto patients = simulatePatients(pool, scenario, config);
        if (!patients) return tl::unexpected(patients.error());
        Hits hits;
        hits.top1.resize(methods.size());
        hits.top3.resize(methods.size());
        hits.flagged.resize(methods.size());
        ScenarioOutcome outcome{
            scenario,
            config.patients,
            static_cast<int>(indicesOf(pool, {scenario.malignant_label}).size()),
            0.0,
            {}};
        for (std::size_t p = 0; p < patients->size(); ++p) {
            const auto& patient = (*patients)[p];
            if (auto ok = scorePatient(pool, patient, methods, hits); !ok)
                return tl::unexpected(ok.error());
            hits.cluster.push_back(patient.malignant >= 0 ? patient.lesions[patient.malignant]
                                                          : -1 - static_cast<int>(p));
            outcome.mean_lesions += static_cast<double>(patient.lesions.size()) / config.patients;
        }
        for (std::size_t m = 0; m < methods.size(); ++m)
            outcome.methods.push_back(summarise(hits, m, config, methods[m].name,
                                                config.seed + static_cast<unsigned>(m)));
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

}  // namespace dermalens
