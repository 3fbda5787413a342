/// Text rewritten for matching, with a map from every normalized code point back to the original.
///
/// Normalization folds width, maps Traditional characters to Simplified and removes page-layout line
/// breaks. Extractors match on `scalars`; records always quote the original through `originalRange(_:)`.
///
/// Each normalized scalar `i` stands for the original range `starts[i] ..< ends[i]`; ranges are
/// increasing and never overlap, but may leave gaps where original text was dropped.
public struct NormalizedText: Sendable {
    /// The normalized code points used for matching.
    public private(set) var scalars: [Unicode.Scalar]
    /// Original start offset of each normalized scalar.
    public private(set) var starts: [Int32]
    /// Original end offset (exclusive) of each normalized scalar.
    public private(set) var ends: [Int32]

    /// An empty text.
    public init() {
        scalars = []
        starts = []
        ends = []
    }

    /// The identity normalization of an original text.
    public init(identity source: SourceText) {
        let n = source.count
        scalars = source.scalars
        // A plain loop into uninitialized storage: this runs over every scalar of every document.
        starts = [Int32](unsafeUninitializedCapacity: n) { buffer, initialized in
            for i in 0..<n { buffer[i] = Int32(truncatingIfNeeded: i) }
            initialized = n
        }
        ends = [Int32](unsafeUninitializedCapacity: n) { buffer, initialized in
            for i in 0..<n { buffer[i] = Int32(truncatingIfNeeded: i + 1) }
            initialized = n
        }
    }

    /// Reserves room for `n` scalars.
    public mutating func reserveCapacity(_ n: Int) {
        scalars.reserveCapacity(n)
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
    }

    /// Appends a normalized scalar that stands for the original range `originalStart ..< originalEnd`.
    public mutating func append(_ scalar: Unicode.Scalar, originalStart: Int, originalEnd: Int) {
        scalars.append(scalar)
        starts.append(Int32(truncatingIfNeeded: originalStart))
        ends.append(Int32(truncatingIfNeeded: originalEnd))
    }

    /// Appends the scalars `range` of another normalized text with their origins (a bulk copy).
    ///
    /// - Complexity: O(range.count).
    public mutating func append(contentsOf other: NormalizedText, range: Range<Int>) {
        let lower = max(0, min(range.lowerBound, other.count))
        let upper = max(lower, min(range.upperBound, other.count))
        guard lower < upper else { return }
        scalars.append(contentsOf: other.scalars[lower..<upper])
        starts.append(contentsOf: other.starts[lower..<upper])
        ends.append(contentsOf: other.ends[lower..<upper])
    }

    /// Replaces the scalar at `index` without changing its origin (a one-to-one rewrite).
    public mutating func replace(at index: Int, with scalar: Unicode.Scalar) {
        scalars[index] = scalar
    }

    /// Copies the scalars of `range`, with their origins, to start at `destination` (≤ `range.lowerBound`).
    ///
    /// With `overwrite(at:with:originalStart:originalEnd:)` and `truncate(to:)` this lets a pass that
    /// only drops or merges scalars compact the text in place, front to back, instead of building a copy:
    /// the write position never passes the read position.
    ///
    /// - Complexity: O(range.count).
    mutating func move(_ range: Range<Int>, to destination: Int) {
        precondition(destination >= 0 && destination <= range.lowerBound && range.upperBound <= scalars.count)
        guard destination != range.lowerBound, !range.isEmpty else { return }
        Self.move(&scalars, range, to: destination)
        Self.move(&starts, range, to: destination)
        Self.move(&ends, range, to: destination)
    }

    /// Moves elements of one array within itself (overlapping ranges allowed; memmove semantics).
    private static func move<T: BitwiseCopyable>(_ array: inout [T], _ range: Range<Int>, to destination: Int) {
        array.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            UnsafeMutableRawPointer(base + destination).copyMemory(
                from: UnsafeRawPointer(base + range.lowerBound), byteCount: range.count * MemoryLayout<T>.stride)
        }
    }

    /// Overwrites the scalar at `index` and its origin (for in-place compaction, see `move(_:to:)`).
    mutating func overwrite(at index: Int, with scalar: Unicode.Scalar, originalStart: Int, originalEnd: Int) {
        scalars[index] = scalar
        starts[index] = Int32(truncatingIfNeeded: originalStart)
        ends[index] = Int32(truncatingIfNeeded: originalEnd)
    }

    /// Drops every scalar from `count` on (the end of an in-place compaction).
    mutating func truncate(to count: Int) {
        guard count < scalars.count else { return }
        scalars.removeSubrange(max(0, count)...)
        starts.removeSubrange(max(0, count)...)
        ends.removeSubrange(max(0, count)...)
    }

    /// The number of normalized code points.
    public var count: Int { scalars.count }

    /// The original code point range that a normalized range stands for.
    ///
    /// An empty normalized range maps to an empty original range at the corresponding position.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !scalars.isEmpty else { return 0..<0 }
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        if lower == upper {
            let at = lower < scalars.count ? Int(starts[lower]) : Int(ends[scalars.count - 1])
            return at..<at
        }
        return Int(starts[lower])..<Int(ends[upper - 1])
    }

    /// The original offset of a normalized offset (`count` maps to the end of the last scalar).
    public func originalOffset(_ index: Int) -> Int {
        if index < scalars.count { return Int(starts[max(0, index)]) }
        return scalars.isEmpty ? 0 : Int(ends[scalars.count - 1])
    }

    /// The first normalized index whose original range starts at or after `originalOffset`.
    ///
    /// - Complexity: O(log n).
    public func normalizedIndex(atOrAfter originalOffset: Int) -> Int {
        var lo = 0
        var hi = scalars.count
        let target = Int32(truncatingIfNeeded: originalOffset)
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The normalized text of a range as a string (for diagnostics and tests).
    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }
}
