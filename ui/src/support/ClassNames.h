// ClassNames: display names of the model's diagnostic classes in the UI language. The model card
// names its classes in English; the HAM10000 codes the app knows get a translated name.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "dermalens/model/ModelCard.h"

namespace dermalens::ui {

class ClassNames {
    Q_DECLARE_TR_FUNCTIONS(dermalens::ui::ClassNames)
public:
    // The translated name for a known code ("mel" -> "Melanoma" in the UI language); for an
    // unknown code the card's own name, or the code itself when the card gives no name.
    [[nodiscard]] static QString displayName(const QString& code, const QString& cardName);
    [[nodiscard]] static QString displayName(const ClassInfo& info);
};

}  // namespace dermalens::ui
