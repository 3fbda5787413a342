/// Normalization pass: removes the line breaks that page layout put inside sentences.
///
/// Pages reach us with hard breaks in mid-sentence: fixed-width wrapping (`賭收略低\n於市場預期`), a
/// break left by a column or page boundary (`53个党支部、\n\n140个党小组`), or one phrase per line.
/// Extractors need the sentence whole (`140个` is one number; a subject sits on the line before its
/// number), so such a break and any blank lines after it are dropped. Where a paragraph, a headline or a
/// byline really ends, one `\n` is kept, standing for the whole original run of breaks and blanks.
/// Headlines and bylines are short lines without final punctuation: they must not be glued to the body.
///
/// The decision for each break, between the line before (P) and the next non-blank line (N), takes the
/// first rule that applies, strongest evidence first:
/// 1. N starts with punctuation that cannot begin a sentence (`。`, `，`, a closing quote): join.
/// 2. P or N is a heading (`#`, `| … |`), or N a list item (`■`, `一、`, `3.`): keep.
/// 3. P ends with punctuation inside a sentence (`、`, `，`, `：`) or an opening bracket: join.
/// 4. N is indented more than P (a paragraph indent): keep.
/// 5. P ends with sentence-final punctuation (`。`, `？`, `；`, also before `”` or a note like `（完）`): keep.
/// 6. P is a byline (`本报记者 …`, `来源：…`), or N starts like one (`本报讯…`), or N is a headline: a
///    line without sentence punctuation followed by a byline, list item or heading: keep.
/// 7. P leaves a bracket or quote open: join.
/// 8. P holds a full stop before its end (`提质。坚持`), or a clause comma (`山区，全村常住人口`), or P
///    itself continues the sentence of the line before it: it is body text that was cut, not a
///    headline: join.
/// 9. The page is wrapped at a fixed width and P is as long as its lines: join.
/// 10. The page is laid out one phrase per line and P, N are phrases (not a number cut in two): join.
/// 11. Otherwise P is a short line without final punctuation, a headline or a byline: keep.
///
/// When a join brings two ASCII letters (or a letter and a digit) together, one space stands for the
/// break, so English words do not run together; digits join directly (`14\n0个` → `140个`).
struct LayoutRepair: Sendable {
    /// The punctuation and word classes.
    let classes: LayoutClasses

    /// A line counts as "as long as the page's lines" from this share of the typical long line: wrapped
    /// lines differ by a few columns (half-width digits and commas, a punctuation mark pushed to the next
    /// line), while a line that ends a paragraph without final punctuation is usually a short headline.
    static let wrapShare = 0.75
    /// A wrapped page has at least this share of its lines near the typical width (paragraph-per-line
    /// pages have widely spread lengths; few lines come near their 90th percentile).
    static let wrappedLineShare = 0.3
    /// Fixed-width wrapping happens below this width in columns (80 CJK characters); longer "typical"
    /// lines are paragraphs.
    static let maximumWrapWidth = 160
    /// Below this width a "wrapped" page is a page of phrases instead.
    static let minimumWrapWidth = 24
    /// A page of phrases: at least this many lines ...
    static let phraseMinimumLines = 8
    /// ... of at most this median width (20 CJK characters) ...
    static let phraseMaximumMedianWidth = 40
    /// ... of which at most this share ends with final punctuation.
    static let phraseMaximumFinalShare = 0.2

    /// Creates the pass with its classes.
    init(classes: LayoutClasses) {
        self.classes = classes
    }

    /// Loads the classes from the resources.
    static func load() throws -> LayoutRepair {
        LayoutRepair(classes: try LayoutClasses.load())
    }

    /// What the page as a whole says about its layout.
    struct PageLayout: Equatable {
        /// The 90th percentile of line widths (columns), the page's typical long line.
        var typicalWidth = 0
        /// The page is wrapped at a fixed width of about `typicalWidth`.
        var wrapped = false
        /// The page is laid out one phrase per line.
        var phrases = false
    }

    /// Reads the page layout from its lines.
    static func pageLayout(_ lines: [LayoutLine]) -> PageLayout {
        var page = PageLayout()
        guard !lines.isEmpty else { return page }
        let body = lines.filter { !$0.isHeading }
        guard !body.isEmpty else { return page }
        let widths = body.map(\.width).sorted()
        page.typicalWidth = widths[(widths.count - 1) * 9 / 10]
        let near = widths.filter { Double($0) >= wrapShare * Double(page.typicalWidth) }.count
        page.wrapped = body.count >= 3 && near >= 3 && Double(near) >= wrappedLineShare * Double(body.count)
            && page.typicalWidth >= minimumWrapWidth && page.typicalWidth <= maximumWrapWidth
        let finals = body.filter(\.endsFinal).count
        page.phrases = body.count >= phraseMinimumLines && widths[widths.count / 2] <= phraseMaximumMedianWidth
            && Double(finals) <= phraseMaximumFinalShare * Double(body.count)
        return page
    }

    /// Whether the break between `p` and the next non-blank line `n` lies inside a sentence.
    ///
    /// `afterNext` is the line after `n`, if any; `continued` says that `p` was itself joined to the line
    /// before it.
    func joins(_ p: LayoutLine, _ n: LayoutLine, afterNext: LayoutLine?, continued: Bool, page: PageLayout) -> Bool {
        if n.startsInside { return true }
        if p.isHeading || n.isHeading || n.isListItem { return false }
        if p.endsInside { return true }
        if n.indent > p.indent { return false }
        if p.endsFinal { return false }
        if p.isByline || n.startsWithByline { return false }
        if n.headlineLike, let after = afterNext, after.startsWithByline || after.isListItem || after.isHeading {
            return false
        }
        if p.unclosed || p.finalInside || p.clauseInside || continued { return true }
        if page.wrapped && Double(p.width) >= Self.wrapShare * Double(page.typicalWidth) { return true }
        if page.phrases && !p.symbolsOnly && !n.symbolsOnly {
            let cutNumber = p.last.properties.numericType != nil && n.first.properties.numericType != nil
            return !cutNumber
        }
        return false
    }

    /// The non-blank lines of a text holding only `\n` line breaks.
    ///
    /// - Complexity: O(n), one pass over the scalars through buffers (this is the pass's hot loop).
    func lines(_ scalars: [Unicode.Scalar]) -> [LayoutLine] {
        scalars.withUnsafeBufferPointer { s in
            classes.withFlagTable { flagTable in
                var lines: [LayoutLine] = []
                var lineStart = 0
                let n = s.count
                while lineStart <= n {
                    var lineEnd = lineStart
                    while lineEnd < n && s[lineEnd] != "\n" { lineEnd += 1 }
                    var start = lineStart
                    while start < lineEnd && Self.isBlank(s[start]) { start += 1 }
                    var end = lineEnd
                    while end > start && Self.isBlank(s[end - 1]) { end -= 1 }
                    if start < end {
                        lines.append(LayoutLine(s, start: start, end: end, indent: start - lineStart,
                                                classes: classes, flagTable: flagTable))
                    }
                    lineStart = lineEnd + 1
                }
                return lines
            }
        }
    }

    /// Joins the lines broken inside sentences and reduces every other run of breaks to one `\n`.
    ///
    /// Works in place, front to back: the output never outgrows what has been read (a separator replaces
    /// at least one `\n`), so no copy of the text is made.
    ///
    /// - Complexity: O(n).
    func apply(_ text: inout NormalizedText) {
        let lines = lines(text.scalars)
        let page = Self.pageLayout(lines)
        var write = 0
        var continued = false
        for (k, line) in lines.enumerated() {
            text.move(line.start..<line.end, to: write)
            write += line.end - line.start
            guard k + 1 < lines.count else { break }
            let next = lines[k + 1]
            // The separator (if any) stands for everything between the two lines' text. Both indexes
            // lie at or after `line.end`, which the move above has not touched.
            let gapStart = Int(text.starts[line.end])
            let gapEnd = Int(text.ends[next.start - 1])
            let afterNext = k + 2 < lines.count ? lines[k + 2] : nil
            continued = joins(line, next, afterNext: afterNext, continued: continued, page: page)
            if !continued {
                text.overwrite(at: write, with: "\n", originalStart: gapStart, originalEnd: gapEnd)
                write += 1
            } else if Self.needsSpace(line.last, next.first) {
                text.overwrite(at: write, with: " ", originalStart: gapStart, originalEnd: gapEnd)
                write += 1
            }
        }
        text.truncate(to: write)
    }

    /// Spaces and tabs (other spaces are already folded to U+0020).
    @inline(__always)
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }

    /// Whether joining two lines needs a space to keep words apart: between ASCII letters, or a letter
    /// and a digit; never between two digits (a number cut by the layout) or next to CJK.
    private static func needsSpace(_ last: Unicode.Scalar, _ first: Unicode.Scalar) -> Bool {
        func isLetter(_ s: Unicode.Scalar) -> Bool { (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }
        return (isLetter(last) && (isLetter(first) || isDigit(first))) || (isDigit(last) && isLetter(first))
    }
}
