// Simulated patients for judging lesion-ranking methods (the "ugly duckling" problem).
//
// HAM10000 has no patient ids, so a patient is built from lesions of one pool (one image per
// lesion): N benign lesions, N uniform in [min_benign, max_benign], plus zero or one lesion of
// the scenario's malignant class, shuffled. Each method ranks every patient; the simulation
// reports how often the malignant lesion is ranked first (top-1) or in the first three (top-3),
// how often the method's "most unusual" flag fires on the top lesion, and, for all-benign
// patients, how often it fires at all (a false flag).
//
// Intervals are 95 % percentile bootstraps that resample clusters, not patients: all patients
// that share one malignant lesion form a cluster (the pool holds far fewer malignant lesions
// than there are patients, so patient-level intervals would be too narrow); all-benign patients
// are their own clusters. Gains against a reference method are paired (same patients, same
// resamples).
//
// Tuning and testing use disjoint lesions: lesionHalf() splits lesion ids by a stable hash.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "dermalens/Result.h"

namespace dermalens {

struct PooledLesion {
    std::string lesion_id;
    std::string label;  // class code
    bool malignant = false;
    float malignant_probability = 0;
    std::vector<float> probabilities;  // card class order
    std::vector<float> embedding;
};

enum class LesionHalf { Tune, Test };

// Tune when bit 16 of the 32-bit FNV-1a hash of the id is 0, Test when 1 (stable everywhere).
[[nodiscard]] LesionHalf lesionHalf(const std::string& lesion_id);

struct UglyDucklingScenario {
    std::string name;
    std::vector<std::string> benign_labels;  // background classes, drawn with pool frequency
    std::string malignant_label;             // empty: all-benign patients
};

struct SimulationConfig {
    int patients = 500;  // per scenario
    unsigned seed = 1;
    int min_benign = 3, max_benign = 30;
    int bootstrap = 1000;
    int reference_method = 0;  // gains are reported against this method
};

struct SimulatedPatient {
    std::vector<int> lesions;  // indices into the pool, in presentation order
    int malignant = -1;        // position in `lesions` of the malignant lesion, -1 if none
};

// What a method returns for one patient: lesion positions most-suspicious first, and whether
// the first is flagged "most unusual".
struct MethodRanking {
    std::vector<int> order;
    bool flagged = false;
};
using RankingMethod =
    std::function<Result<MethodRanking>(const std::vector<const PooledLesion*>& patient)>;
struct NamedMethod {
    std::string name;
    RankingMethod rank;
};

struct Estimate {
    double value = 0, lower = 0, upper = 0;  // point and 95 % bootstrap interval
};

struct MethodOutcome {
    std::string method;
    Estimate top1, top3;            // malignant scenarios only (zero for all-benign)
    Estimate flagged;               // malignant: ranked first and flagged; benign: any flag
    Estimate top1_gain, top3_gain;  // minus the reference method, paired
};

struct ScenarioOutcome {
    UglyDucklingScenario scenario;
    int patients = 0;
    int distinct_malignant = 0;  // malignant lesions available in the pool
    double mean_lesions = 0;
    std::vector<MethodOutcome> methods;
};

// Patients for one scenario. Fails with InvalidArgument when the pool lacks benign lesions
// (fewer than max_benign) or lesions of the malignant class, or the config is meaningless.
[[nodiscard]] Result<std::vector<SimulatedPatient>> simulatePatients(
    const std::vector<PooledLesion>& pool, const UglyDucklingScenario& scenario,
    const SimulationConfig& config);

// Every method on the same patients of every scenario. A method's failure fails the run,
// naming the method.
[[nodiscard]] Result<std::vector<ScenarioOutcome>> runUglyDucklingSimulation(
    const std::vector<PooledLesion>& pool, const std::vector<UglyDucklingScenario>& scenarios,
    const std::vector<NamedMethod>& methods, const SimulationConfig& config);

}  // namespace dermalens
