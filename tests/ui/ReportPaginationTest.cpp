// A heading near a page's foot moves to the next page (the report's lesion titles stay with
// their images); headings with room below them stay where they are.
#include <gtest/gtest.h>

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QUrl>
#include <QTextBlock>
#include <QTextDocument>
#include <cmath>

#include "dermalens/report/ReportPagination.h"

namespace {

// Page height of 20 body lines; a heading after every `every` paragraphs.
struct Pages {
    explicit Pages(int paragraphs, int every) {
        QString html;
        for (int i = 0; i < paragraphs; ++i) {
            if (i % every == 0) html += QStringLiteral("<h3>Lesion %1</h3>").arg(i / every + 1);
            html += QStringLiteral("<p>paragraph %1</p>").arg(i);
        }
        doc.setDocumentMargin(0);
        doc.setHtml(html);
        const double line = doc.documentLayout()->blockBoundingRect(doc.lastBlock()).height();
        doc.setPageSize(QSizeF(400, 20 * line));
    }
    // Position of each heading within its page, as a fraction of the page height.
    std::vector<double> headingOffsets() const {
        std::vector<double> offsets;
        const double page = doc.pageSize().height();
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            if (b.blockFormat().headingLevel() > 0)
                offsets.push_back(
                    std::fmod(doc.documentLayout()->blockBoundingRect(b).top(), page) / page);
        return offsets;
    }
    QTextDocument doc;
};

TEST(ReportPaginationTest, NoHeadingIsLeftInTheLastQuarterOfAPage) {
    Pages pages(60, 7);  // headings drift through every position of the page
    bool stranded_before = false;
    for (double offset : pages.headingOffsets()) stranded_before |= offset > 0.75;
    ASSERT_TRUE(stranded_before) << "the fixture must start with a heading at a page foot";
    const int moved = dermalens::report::keepHeadingsWithNext(pages.doc, 0.25);
    EXPECT_GT(moved, 0);
    for (double offset : pages.headingOffsets()) EXPECT_LE(offset, 0.75 + 1e-9);
}

TEST(ReportPaginationTest, HeadingsWithRoomBelowThemStay) {
    Pages pages(8, 4);  // two headings, at the top and near the middle of the first page
    const auto before = pages.headingOffsets();
    EXPECT_EQ(dermalens::report::keepHeadingsWithNext(pages.doc, 0.25), 0);
    EXPECT_EQ(pages.headingOffsets(), before);
}

TEST(ReportPaginationTest, AHeadingGoesWithAnImageRowThatDoesNotFitBelowIt) {
    QTextDocument doc;
    doc.setDocumentMargin(0);
    // Half a page of text, the heading, then an image row as tall as 60 % of the page.
    QImage tall(10, 300, QImage::Format_RGB32);
    tall.fill(Qt::gray);
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("tall")), tall);
    doc.setHtml(QStringLiteral("<p style='margin-bottom:250px'>text</p><h3>Lesion 2</h3>"
                               "<table><tr><td><img src='tall'></td></tr></table>"));
    doc.setPageSize(QSizeF(400, 500));
    const auto* layout = doc.documentLayout();
    QTextBlock heading = doc.begin().next();
    ASSERT_GT(heading.blockFormat().headingLevel(), 0);
    ASSERT_LT(layout->blockBoundingRect(heading).top(), 500 * 0.85) << "not in the foot band";
    ASSERT_GE(layout->blockBoundingRect(heading.next()).top(), 500) << "row must start on page 2";
    EXPECT_EQ(dermalens::report::keepHeadingsWithNext(doc), 1);
    EXPECT_GE(layout->blockBoundingRect(heading).top(), 500);
}

}  // namespace
