// Page breaks QTextDocument cannot express in HTML: a heading is kept with what follows it.
#pragma once

class QTextDocument;

namespace dermalens::report {

// Moves each heading to the top of the next page when it starts in the last `keep_fraction`
// of a page or when what follows it (a lesion's image row) starts on a later page, so a
// lesion's title never sits alone at a page foot. The document's page size must be set.
// Returns the number of headings moved.
int keepHeadingsWithNext(QTextDocument& document, double keep_fraction = 0.15);

}  // namespace dermalens::report
