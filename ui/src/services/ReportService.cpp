#include "services/ReportService.h"

#include <QCoreApplication>
#include <utility>

#include "dermalens/report/ReportRenderer.h"
#include "services/ReportTranslator.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

// The logo is read on the worker too; a logo that cannot be read leaves the header without one.
report::ReportBranding branding(const ReportRequest& request, QString* warning) {
    report::ReportBranding out{request.clinicName, {}};
    if (request.logoFile.isEmpty()) return out;
    out.logo = QImage(request.logoFile);
    if (out.logo.isNull() && warning)
        *warning = QCoreApplication::translate("dermalens::ui::ReportService",
                                               "The clinic logo %1 cannot be read; the report "
                                               "has none.")
                       .arg(request.logoFile);
    return out;
}

template <typename T>
QString messageOf(const Result<T>& result) {
    return result ? QString() : qs(result.error().message());
}

}  // namespace

QFuture<ReportPreview> ReportService::prepare(const ReportRequest& request) const {
    return store_
        ->run([request](Workspace& ws) -> Result<ReportPreview> {
            ReportOptions options;
            options.deidentify = request.deidentify;
            if (const auto card = ws.card())
                options.operating_point = card->operatingPoint(request.operatingPoint);
            auto content = ws.reportContent(request.patient, request.lesion, options);
            if (!content) return tl::unexpected(content.error());
            ReportPreview preview;
            preview.content = std::make_shared<const ReportContent>(std::move(*content));
            const ReportTranslator::Scope language(request.language);
            const report::ReportRenderer renderer(*preview.content,
                                                  branding(request, &preview.warning));
            auto pages = renderer.pageImages(kPreviewDpi);
            if (!pages) return tl::unexpected(pages.error());
            preview.pages = std::move(*pages);
            return preview;
        })
        .then([](const Result<ReportPreview>& result) {
            if (result) return *result;
            ReportPreview failed;
            failed.error = messageOf(result);
            return failed;
        });
}

QFuture<ReportSaved> ReportService::save(const ReportRequest& request,
                                         std::shared_ptr<const ReportContent> content,
                                         const QString& file) const {
    return store_
        ->run([request, content = std::move(content), file](Workspace& ws) -> Result<ReportSaved> {
            if (!content)
                return fail(ErrorCode::InvalidArgument, {}, "the report has not been prepared");
            const ReportTranslator::Scope language(request.language);
            const report::ReportRenderer renderer(*content, branding(request, nullptr));
            auto pages = renderer.writePdf(toPath(file));
            if (!pages) return tl::unexpected(pages.error());
            ReportSaved saved;
            saved.pages = *pages;
            saved.auditError = messageOf(ws.recordReportExport(
                request.patient, request.lesion, toPath(file), request.deidentify, *pages));
            return saved;
        })
        .then([](const Result<ReportSaved>& result) {
            if (result) return *result;
            ReportSaved failed;
            failed.error = messageOf(result);
            return failed;
        });
}

}  // namespace dermalens::ui
