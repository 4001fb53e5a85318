#include "BatchPredictor.h"

#include "dermalens/imaging/ImageLoader.h"

namespace dermalens::cli {
namespace {

// Falls back to one image at a time so a single failing image cannot sink the batch.
void predictOneByOne(Classifier& classifier, std::vector<FileOutcome>& outcomes,
                     const std::vector<std::size_t>& loaded, const std::vector<Image>& images) {
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        auto prediction = classifier.predict(images[i]);
        if (prediction)
            outcomes[loaded[i]].prediction = std::move(*prediction);
        else
            outcomes[loaded[i]].error = prediction.error().message();
    }
}

}  // namespace

std::vector<FileOutcome> predictFiles(Classifier& classifier, const std::vector<std::string>& files,
                                      bool keep_images) {
    std::vector<FileOutcome> outcomes(files.size());
    std::vector<Image> images;
    std::vector<std::size_t> loaded;  // index into outcomes of each entry of `images`
    for (std::size_t i = 0; i < files.size(); ++i) {
        outcomes[i].file = files[i];
        auto image = loadImage(files[i]);
        if (!image) {
            outcomes[i].error = image.error().message();
            continue;
        }
        if (auto quality = assessImageQuality(*image)) outcomes[i].quality = std::move(*quality);
        images.push_back(std::move(*image));
        loaded.push_back(i);
    }
    auto batch = classifier.predictBatch(images);
    if (batch && batch->size() == images.size()) {
        for (std::size_t i = 0; i < loaded.size(); ++i)
            outcomes[loaded[i]].prediction = std::move((*batch)[i]);
    } else {
        predictOneByOne(classifier, outcomes, loaded, images);
    }
    if (keep_images)
        for (std::size_t i = 0; i < loaded.size(); ++i)
            outcomes[loaded[i]].image = std::move(images[i]);
    return outcomes;
}

}  // namespace dermalens::cli
