/// What `newsfacts extract` was asked to do.
public struct ExtractOptions: Sendable {
    /// Files and folders to read.
    public var inputs: [String]
    /// The output folder.
    public var output: String
    /// Globs a file name must match in walked folders.
    public var include: [String]
    /// The formats to write.
    public var formats: [OutputFormat]
    /// Follow symbolic links wherever they point.
    public var followSymlinks: Bool
    /// Also write `<table>.excel.csv` (BOM, formula injection neutralized) for spreadsheets.
    public var excel: Bool

    /// Creates options; the defaults are the command's defaults.
    public init(inputs: [String] = ["seeds"], output: String = "output", include: [String] = ["*.txt"],
                formats: [OutputFormat] = OutputFormat.allCases, followSymlinks: Bool = false,
                excel: Bool = false) {
        self.inputs = inputs
        self.output = output
        self.include = include
        self.formats = formats
        self.followSymlinks = followSymlinks
        self.excel = excel
    }

    /// The options as recorded in the manifest.
    public var manifestValue: JSONValue {
        .object([
            ("inputs", .array(inputs.map { .string($0) })),
            ("output", .string(output)),
            ("include", .array(include.map { .string($0) })),
            ("formats", .array(formats.map { .string($0.rawValue) })),
            ("follow_symlinks", .bool(followSymlinks)),
            ("excel", .bool(excel)),
        ])
    }
}
