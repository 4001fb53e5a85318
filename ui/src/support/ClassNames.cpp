#include "support/ClassNames.h"

#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

struct KnownClass {
    const char* code;
    const char* name;  // source text: the name the HAM10000 model card uses
};

// QT_TRANSLATE_NOOP so that lupdate files these under the same context tr() looks them up in.
constexpr KnownClass kKnown[] = {
    {"akiec", QT_TRANSLATE_NOOP("dermalens::ui::ClassNames",
                                "Actinic keratosis / intraepithelial carcinoma")},
    {"bcc", QT_TRANSLATE_NOOP("dermalens::ui::ClassNames", "Basal cell carcinoma")},
    {"bkl", QT_TRANSLATE_NOOP("dermalens::ui::ClassNames", "Benign keratosis-like lesion")},
    {"df", QT_TRANSLATE_NOOP("dermalens::ui::ClassNames", "Dermatofibroma")},
    {"mel", QT_TRANSLATE_NOOP("dermalens::ui::ClassNames", "Melanoma")},
    {"nv", QT_TRANSLATE_NOOP("dermalens::ui::ClassNames", "Melanocytic nevus")},
    {"vasc", QT_TRANSLATE_NOOP("dermalens::ui::ClassNames", "Vascular lesion")},
};

}  // namespace

QString ClassNames::displayName(const QString& code, const QString& cardName) {
    const QString key = code.trimmed().toLower();
    for (const KnownClass& known : kKnown)
        if (key == QLatin1String(known.code)) return tr(known.name);
    return cardName.isEmpty() ? code : cardName;
}

QString ClassNames::displayName(const ClassInfo& info) {
    return displayName(qs(info.code), qs(info.name));
}

}  // namespace dermalens::ui
