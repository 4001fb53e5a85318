// Theme: the application's light clinical style (Fusion + one style sheet, object-name based).
#pragma once

class QApplication;

namespace dermalens::ui {

class Theme {
public:
    static void apply(QApplication& app);
};

}  // namespace dermalens::ui
