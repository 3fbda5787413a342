/// The layout of a CSV file: plain RFC 4180 for tools and warehouses, or the Excel variant for
/// double-click opening.
///
/// Both use UTF-8, CRLF record ends (RFC 4180 §2.1; every loader NewsFacts is tested with accepts them),
/// a header row, quotes only where needed, `""` for a quote inside quotes, an empty unquoted field for
/// null and `""` for the empty string (validation never lets one through, but the distinction holds).
/// The Excel variant adds a byte-order mark, without which Excel reads UTF-8 as the local code page,
/// and neutralizes formula injection (see `neutralizesFormulas`).
public struct CSVDialect: Sendable, Hashable {
    /// The end of a file name: `.csv` or `.excel.csv`.
    public var fileSuffix: String
    /// Whether the file starts with the UTF-8 byte-order mark.
    public var byteOrderMark: Bool
    /// Whether a text cell that a spreadsheet would read as a formula gets a leading `'`.
    ///
    /// A cell of a text column that begins with `=`, `+`, `-`, `@`, tab or CR is written with a `'` in
    /// front, which spreadsheets show as text instead of evaluating. A cell that begins with `'` itself
    /// gets one too, so that the prefix is unambiguous: a reader recovers the value by removing one
    /// leading `'` from every text cell that has one. Number columns are never prefixed; their values
    /// are plain decimals (`-5` is a number, not a formula).
    public var neutralizesFormulas: Bool

    /// Creates a dialect.
    public init(fileSuffix: String, byteOrderMark: Bool, neutralizesFormulas: Bool) {
        self.fileSuffix = fileSuffix
        self.byteOrderMark = byteOrderMark
        self.neutralizesFormulas = neutralizesFormulas
    }

    /// `<table>.csv`: RFC 4180, UTF-8 without BOM.
    public static let rfc4180 = CSVDialect(fileSuffix: ".csv", byteOrderMark: false, neutralizesFormulas: false)
    /// `<table>.excel.csv`: BOM, formula injection neutralized.
    public static let excel = CSVDialect(fileSuffix: ".excel.csv", byteOrderMark: true, neutralizesFormulas: true)

    /// The first bytes that make a text cell need the `'` prefix in the Excel variant.
    static let formulaTriggers: [UInt8] = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0x27]
}
