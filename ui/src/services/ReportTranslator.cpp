#include "services/ReportTranslator.h"

#include <QCoreApplication>
#include <cstring>

#include "dermalens/report/LanguageLoader.h"

namespace dermalens::ui {
namespace {

thread_local QString reportLanguage;  // empty: no report is being written on this thread

bool isReportContext(const char* context) {
    return context != nullptr && (std::strcmp(context, "dermalens::report::ReportText") == 0 ||
                                  std::strcmp(context, "dermalens::ui::PredictionPanel") == 0);
}

}  // namespace

ReportTranslator::ReportTranslator(QObject* parent) : QTranslator(parent) {
    for (const QString& language : report::LanguageLoader::available()) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(report::LanguageLoader::qmPath(language)))
            loaded_.emplace(language, std::move(translator));
    }
}

void ReportTranslator::install() {
    static ReportTranslator* installed = nullptr;
    if (installed != nullptr || QCoreApplication::instance() == nullptr) return;
    installed = new ReportTranslator(QCoreApplication::instance());
    QCoreApplication::installTranslator(installed);
}

ReportTranslator::Scope::Scope(const QString& language) : previous_(reportLanguage) {
    reportLanguage = language.isEmpty() ? QStringLiteral("en") : language;
}

ReportTranslator::Scope::~Scope() { reportLanguage = previous_; }

// Runs inside QCoreApplication::translate, on any thread: the map is filled once by the
// constructor and only read afterwards.
const QTranslator* ReportTranslator::translatorFor(const QString& language) const {
    const auto it = loaded_.find(language);
    return it == loaded_.end() ? nullptr : it->second.get();
}

QString ReportTranslator::translate(const char* context, const char* sourceText,
                                    const char* disambiguation, int n) const {
    if (reportLanguage.isEmpty() || !isReportContext(context)) return {};
    if (const QTranslator* t = translatorFor(reportLanguage)) {
        const QString translated = t->translate(context, sourceText, disambiguation, n);
        if (!translated.isEmpty()) return translated;
    }
    // The source text, so the viewer's own translators do not answer for the report.
    return QString::fromUtf8(sourceText);
}

}  // namespace dermalens::ui
