/// How far a run has got: what the progress line shows.
public struct RunProgress: Sendable, Hashable {
    /// Files finished (written or taken from the journal).
    public var files = 0
    /// Files to do.
    public var totalFiles = 0
    /// Input bytes finished.
    public var bytes = 0
    /// Input bytes to do (sizes when the inputs were listed).
    public var totalBytes = 0
    /// Seconds since the run started.
    public var seconds = 0.0

    /// Creates a progress value.
    public init(files: Int = 0, totalFiles: Int = 0, bytes: Int = 0, totalBytes: Int = 0, seconds: Double = 0) {
        self.files = files
        self.totalFiles = totalFiles
        self.bytes = bytes
        self.totalBytes = totalBytes
        self.seconds = seconds
    }

    /// Megabytes per second so far.
    public var rate: Double {
        seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0
    }

    /// Seconds left at the rate so far, if it can be told.
    public var remaining: Double? {
        guard bytes > 0, seconds > 0, totalBytes >= bytes else { return nil }
        return Double(totalBytes - bytes) * seconds / Double(bytes)
    }

    /// `1,234/5,000 files  120.5/500.0 MB  42.1 MB/s  ETA 0:09`.
    public var line: String {
        let mb = { (b: Int) in String(format1: Double(b) / 1_048_576) }
        var text = "\(files)/\(totalFiles) files  \(mb(bytes))/\(mb(totalBytes)) MB  \(String(format1: rate)) MB/s"
        if let remaining { text += "  ETA \(Self.clock(remaining))" }
        return text
    }

    /// `h:mm:ss` or `m:ss`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}
