extension ExactNumber {
    /// Compares two canonical decimal texts exactly (`-1`, `0`, `1`); nil when either is not canonical.
    ///
    /// Exact where `Double` is not: two 400-digit values that round to the same `Double`, or both to
    /// infinity, still compare by their digits.
    public static func compareDecimals(_ a: String, _ b: String) -> Int? {
        guard ValuePattern.decimal.matches(a), ValuePattern.decimal.matches(b) else { return nil }
        let aNegative = a.hasPrefix("-")
        let bNegative = b.hasPrefix("-")
        if aNegative != bNegative { return aNegative ? -1 : 1 }
        let magnitude = compareMagnitudes(Array(a.utf8.drop { $0 == 0x2D }), Array(b.utf8.drop { $0 == 0x2D }))
        return aNegative ? -magnitude : magnitude
    }

    private static func compareMagnitudes(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let aDot = a.firstIndex(of: 0x2E) ?? a.count
        let bDot = b.firstIndex(of: 0x2E) ?? b.count
        // Canonical integer parts have no leading zeros, so the longer one is larger.
        if aDot != bDot { return aDot < bDot ? -1 : 1 }
        for i in 0..<aDot where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        let aFraction = a.count > aDot ? a[(aDot + 1)...] : []
        let bFraction = b.count > bDot ? b[(bDot + 1)...] : []
        for (x, y) in zip(aFraction, bFraction) where x != y { return x < y ? -1 : 1 }
        if aFraction.count == bFraction.count { return 0 }
        return aFraction.count < bFraction.count ? -1 : 1
    }
}
