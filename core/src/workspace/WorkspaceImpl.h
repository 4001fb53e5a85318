// What a Workspace holds. Locks: `store_mutex` for every store access (one SQLite connection is
// not thread-safe), `model_mutex` for the classifier (not thread-safe either; held for a whole
// analysis run), `identity_mutex` for the loaded model's card and identity, so readers never
// wait for a running analysis. Order when nesting: model, then store; identity is never nested.
#pragma once

#include <mutex>
#include <optional>

#include "dermalens/inference/Classifier.h"
#include "dermalens/store/ImageVault.h"
#include "dermalens/store/Store.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens {

struct Workspace::Impl {
    Impl(Store s, const std::filesystem::path& dir) : store(std::move(s)), vault(dir) {}

    Store store;
    ImageVault vault;
    mutable std::mutex store_mutex;

    mutable std::mutex model_mutex;
    std::optional<Classifier> classifier;
    int batch_size = 16;  // the loaded classifier's

    mutable std::mutex identity_mutex;
    std::optional<ModelIdentity> model;
    std::optional<ModelCard> card;
    std::string device;

    // Runs `fn(store)` under the store lock.
    template <typename F>
    auto withStore(F&& fn) const {
        std::lock_guard lock(store_mutex);
        return fn(store);
    }
    template <typename F>
    auto withStore(F&& fn) {
        std::lock_guard lock(store_mutex);
        return fn(store);
    }
    [[nodiscard]] std::string modelSha() const {
        std::lock_guard lock(identity_mutex);
        return model ? model->sha256 : std::string();
    }
};

}  // namespace dermalens
