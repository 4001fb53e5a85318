#include "services/ReportTranslator.h"

#include <QCoreApplication>
#include <QMutexLocker>
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

ReportTranslator::ReportTranslator(QObject* parent) : QTranslator(parent) {}

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

const QTranslator* ReportTranslator::translatorFor(const QString& language) const {
    QMutexLocker lock(&mutex_);
    auto it = loaded_.find(language);
    if (it == loaded_.end()) {
        auto translator = std::make_unique<QTranslator>();
        const bool known = report::LanguageLoader::available().contains(language);
        if (!known || !translator->load(report::LanguageLoader::qmPath(language)))
            translator.reset();
        it = loaded_.emplace(language, std::move(translator)).first;
    }
    return it->second.get();
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
