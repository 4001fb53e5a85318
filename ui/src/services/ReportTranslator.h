// ReportTranslator: lets a report be written in another language than the viewer's.
//
// The report library translates through QCoreApplication (contexts ReportText and the
// prediction panel's disclaimer), and the viewer's translators are global. This one translator
// is installed in front of them and answers only on a thread that set a report language with
// a Scope, and only for the report's contexts; everywhere else it stays silent, so the viewer
// keeps its language and nothing is installed or removed while reports are written.
#pragma once

#include <QString>
#include <QTranslator>
#include <map>
#include <memory>

namespace dermalens::ui {

class ReportTranslator : public QTranslator {
    Q_OBJECT
public:
    // Installs the one instance into the application (GUI thread; later calls do nothing).
    static void install();

    // While a Scope lives, report text translated on this thread is in `language`
    // ("en", or a language without a translation: the English source).
    class Scope {
    public:
        explicit Scope(const QString& language);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        QString previous_;
    };

    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
    [[nodiscard]] bool isEmpty() const override { return false; }

private:
    explicit ReportTranslator(QObject* parent);
    const QTranslator* translatorFor(const QString& language) const;

    // Languages with a translation, loaded on the GUI thread (English: none).
    std::map<QString, std::unique_ptr<QTranslator>> loaded_;
};

}  // namespace dermalens::ui
