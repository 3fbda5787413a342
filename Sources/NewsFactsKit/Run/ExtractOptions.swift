import Foundation

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
    /// Documents processed at once (pipeline threads); the output does not depend on it.
    public var jobs: Int
    /// Continue an interrupted run in the same output folder, skipping documents it finished.
    public var resume: Bool
    /// Process only this part of the inputs, if set.
    public var shard: Shard?
    /// Files larger than this are read, decoded and processed in windows of about this many bytes.
    public var windowBytes: Int
    /// Write entity records and attribute facts to places and dates (`--no-entities` turns it off).
    public var entities: Bool

    /// The default window: a window is still a hundred pages of text, while the stages whose work
    /// grows faster than the text (attribution scans an article's places for every fact) stay cheap
    /// on a file with no line breaks, which is one article: a 1 MB line takes 3 s in a release build,
    /// a 4 MB line 40 s.
    public static let defaultWindowBytes = 1 << 20

    /// Creates options; the defaults are the command's defaults.
    public init(inputs: [String] = ["seeds"], output: String = "output", include: [String] = ["*.txt"],
                formats: [OutputFormat] = OutputFormat.allCases, followSymlinks: Bool = false,
                excel: Bool = false, jobs: Int = ExtractOptions.defaultJobs, resume: Bool = false,
                shard: Shard? = nil, windowBytes: Int = ExtractOptions.defaultWindowBytes, entities: Bool = true) {
        self.inputs = inputs
        self.output = output
        self.include = include
        self.formats = formats
        self.followSymlinks = followSymlinks
        self.excel = excel
        self.jobs = jobs
        self.resume = resume
        self.shard = shard
        self.windowBytes = windowBytes
        self.entities = entities
    }

    /// The number of processors this process may use.
    public static var defaultJobs: Int {
        max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The options as recorded in the manifest: those that decide what is written (not `jobs`, which
    /// never changes the output, nor `resume`, after which the output is the same as without).
    public var manifestValue: JSONValue {
        .object([
            ("inputs", .array(inputs.map { .string($0) })),
            ("output", .string(output)),
            ("include", .array(include.map { .string($0) })),
            ("formats", .array(formats.map { .string($0.rawValue) })),
            ("follow_symlinks", .bool(followSymlinks)),
            ("excel", .bool(excel)),
            ("entities", .bool(entities)),
            ("shard", shard.map { .string($0.description) } ?? .null),
        ])
    }
}
