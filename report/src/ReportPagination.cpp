#include "dermalens/report/ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <cmath>

namespace dermalens::report {
namespace {

// The first heading (top to bottom) that starts too near its page's foot or whose next block
// (a lesion's image row) starts on a later page, else an invalid block.
QTextBlock firstStrandedHeading(const QTextDocument& document, double keep_fraction) {
    const double page = document.pageSize().height();
    const auto* layout = document.documentLayout();
    const auto pageOf = [&](const QTextBlock& b) {
        return std::floor(layout->blockBoundingRect(b).top() / page);
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 ||
            format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const double top = layout->blockBoundingRect(block).top();
        const double into_page = std::fmod(top, page);
        if (top <= 0) continue;  // already at the top of the first page
        if (into_page > page * (1.0 - keep_fraction)) return block;
        if (block.next().isValid() && pageOf(block.next()) > pageOf(block)) return block;
    }
    return {};
}

}  // namespace

int keepHeadingsWithNext(QTextDocument& document, double keep_fraction) {
    if (document.pageSize().height() <= 0) return 0;
    int moved = 0;
    // One at a time, top down: moving a heading shifts everything after it.
    for (QTextBlock block = firstStrandedHeading(document, keep_fraction); block.isValid();
         block = firstStrandedHeading(document, keep_fraction)) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        // The edit relays out only part of the document, leaving later positions stale (seen:
        // three lesion titles then missing from the PDF): lay out the rest again.
        document.markContentsDirty(block.position(), document.characterCount() - block.position());
        ++moved;
    }
    return moved;
}

}  // namespace dermalens::report
