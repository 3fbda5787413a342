/// A record writer with one atomic file per table (JSON Lines, CSV): sealing, committing and
/// discarding are the same for all of them, file by file in table-name order.
public protocol TableFileWriter: RecordWriter {
    /// The open file of every table, in table-name order.
    var tableFiles: [AtomicFile] { get }
}

extension TableFileWriter {
    /// Flushes and syncs every file under its temporary name.
    public func seal() throws {
        for file in tableFiles { try file.seal() }
    }

    /// Renames every file into place.
    public func commit() throws {
        for file in tableFiles { try file.commit() }
    }

    /// Removes the temporary files.
    public func discard() {
        for file in tableFiles { file.discard() }
    }
}
