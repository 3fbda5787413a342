/// The writers of one output folder, each format on its own thread, all fed the same rows in the
/// same order.
struct OutputSet: Sendable {
    private let writers: [WriterThread]

    /// Starts a writer for every format (and the Excel CSVs if asked).
    init(directory: String, formats: [OutputFormat], excel: Bool) throws {
        let tables = ExtractionRun.tables
        var writers: [WriterThread] = []
        do {
            for format in formats {
                switch format {
                case .jsonl: writers.append(try WriterThread(name: "jsonl") { try JSONLinesWriter(directory: directory, tables: tables) })
                case .csv: writers.append(try WriterThread(name: "csv") { try CSVWriter(directory: directory, tables: tables) })
                case .xml: writers.append(try WriterThread(name: "xml") { try XMLWriter(directory: directory) })
                }
            }
            if excel {
                writers.append(try WriterThread(name: "excel") { try CSVWriter(directory: directory, tables: tables, dialect: .excel) })
            }
        } catch {
            for writer in writers { try? writer.finish(commit: false) }
            throw error
        }
        self.writers = writers
    }

    /// Hands rows to every writer.
    func send(_ rows: [TableRow]) throws {
        guard !rows.isEmpty else { return }
        for writer in writers { try writer.send(rows) }
    }

    /// Finishes every file and syncs it under its temporary name; throws the first failure.
    func seal() throws {
        for writer in writers { try writer.seal() }
    }

    /// Finishes every file and renames it into place; throws the first failure (after all writers end).
    func commit() throws {
        var failure: (any Error)?
        for writer in writers {
            do { try writer.finish(commit: true) } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }

    /// Removes every temporary file.
    func discard() {
        for writer in writers { try? writer.finish(commit: false) }
    }
}
