// Prediction: what the classifier says about one image.
#pragma once

#include <string>
#include <vector>

namespace dermalens {

struct Prediction {
    std::vector<float> probabilities;     // calibrated (softmax(logits / T)), in card class order
    std::vector<float> logits;            // raw, uncalibrated
    int top_class = -1;                   // index into the card's classes
    float malignant_probability = 0;      // sum of probabilities of the card's malignant classes
    float entropy = 0;                    // nats
    float normalized_entropy = 0;         // entropy / ln(C), in [0, 1]
    bool low_confidence = false;          // normalized entropy above the card's limit
    bool out_of_distribution = false;     // embedding or image statistics too far from training
    float ood_distance = 0;               // RMS z-distance of the embedding to the training mean
    float image_statistics_distance = 0;  // of the input's colour/texture (0: card has none)
    std::vector<float> embedding;  // global-average-pooled last conv features (L2 not applied)
    double milliseconds = 0;       // preprocessing + inference, per image
    std::string device;            // "cpu" or "cuda:0"

    // True when either warning applies; the UI and CLI call this "flag".
    [[nodiscard]] bool flagged() const { return low_confidence || out_of_distribution; }
};

}  // namespace dermalens
