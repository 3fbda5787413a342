/// The feeder thread of a run: goes through the input files in output order, reads each one (a file
/// larger than the window size in windows, decoded here because decoding must go through a file in
/// order) and hands the pieces to the workers, taking a share of the in-flight budget for each.
///
/// With `--resume`, a file the journal finished is hashed instead; if it is unchanged its records are
/// copied from the journal and it goes straight to the collector.
struct RunFeeder: Sendable {
    /// The files, in output order.
    let files: InputList
    /// Files larger than this are read in windows of this size.
    let windowBytes: Int
    /// Documents finished by earlier runs, by the hash of their path (empty unless resuming).
    let finished: [UInt64: JournalExtent]
    /// The attempt number of sequence number 0.
    let firstAttempt: UInt64
    /// Where windows of text are cut.
    let cutter: WindowCutter
    /// The workers' queue: each piece with the budget share it holds.
    let work: BlockingQueue<(item: WorkItem, cost: Int)>
    /// The collector's buffer.
    let results: ReorderBuffer
    /// The in-flight budget.
    let budget: InFlightBudget

    /// How many times its input bytes a window counts against the in-flight budget: measured on dense
    /// news text, a window's records in memory take about this much. With the default 64 MB budget
    /// and 1 MiB windows, eight windows are in flight.
    static let windowExpansion = 8

    /// Feeds every file, then closes the work queue and tells the collector how many pieces there are.
    func run() {
        var sequence = 0
        defer {
            results.finish(total: sequence)
            work.close()
        }
        for index in 0..<files.count {
            guard feed(files[index], sequence: &sequence) else { return }
        }
    }

    /// Feeds one file; false when the run was cancelled.
    private func feed(_ file: InputFile, sequence: inout Int) -> Bool {
        if let problem = file.problem {
            return submit(.document(sequence: sequence, attempt: attempt(sequence), file: file,
                                    bytes: .failure(ReadFailure(message: problem))), cost: 0, &sequence)
        }
        let reader: InputReader
        do {
            reader = try InputReader(file)
        } catch {
            return submit(.document(sequence: sequence, attempt: attempt(sequence), file: file, bytes: .failure(error)),
                          cost: 0, &sequence)
        }
        let size = reader.size
        if let extent = finished[Shard.hash(file.path.utf8)] {
            switch unchanged(reader, extent) {
            case .some(true):
                guard budget.acquire(0) else { return false }
                results.put(sequence, .replay(file: file, extent: extent, bytes: size), cost: 0)
                sequence += 1
                return true
            case .some(false):
                break
            case .none:
                return submit(.document(sequence: sequence, attempt: attempt(sequence), file: file,
                                        bytes: .failure(ReadFailure(message: "cannot read \(file.path)"))), cost: 0, &sequence)
            }
            // Changed since: read it again from the start.
            guard let again = try? InputReader(file) else {
                return submit(.document(sequence: sequence, attempt: attempt(sequence), file: file,
                                        bytes: .failure(ReadFailure(message: "cannot open \(file.path)"))), cost: 0, &sequence)
            }
            return feedContents(file, again, size: size, sequence: &sequence)
        }
        return feedContents(file, reader, size: size, sequence: &sequence)
    }

    private func feedContents(_ file: InputFile, _ reader: InputReader, size: Int, sequence: inout Int) -> Bool {
        if size > windowBytes {
            return feedWindows(file, reader, sequence: &sequence)
        }
        guard budget.acquire(size) else { return false }
        let bytes: Result<[UInt8], ReadFailure>
        do { bytes = .success(try StageTimer.measure("read") { () throws(ReadFailure) -> [UInt8] in try reader.readStable() }) } catch { bytes = .failure(error) }
        let item = WorkItem.document(sequence: sequence, attempt: attempt(sequence), file: file, bytes: bytes)
        sequence += 1
        return work.push((item, size))
    }

    /// Whether the file still has the SHA-256 the journal recorded; nil if it cannot be read.
    private func unchanged(_ reader: InputReader, _ extent: JournalExtent) -> Bool? {
        var hasher = SHA256Hasher()
        do {
            while true {
                let chunk = try reader.read(upTo: 1 << 20)
                if chunk.isEmpty { break }
                hasher.update(chunk)
            }
        } catch {
            return nil
        }
        let hex = hasher.finalize()
        return SHA256Words(hex: hex) == extent.sha256
    }

    /// Reads a large file in windows: detects the encoding on the first, decodes each in order
    /// (`WindowDecoder` never splits a character), cuts the text after a line or sentence end, and
    /// hands each window to the workers with its offset in the whole text.
    private func feedWindows(_ file: InputFile, _ reader: InputReader, sequence: inout Int) -> Bool {
        let attempt = self.attempt(sequence)
        var hasher = SHA256Hasher()
        var total = 0
        var readFailure: String?
        func next(_ hasher: inout SHA256Hasher) -> [UInt8] {
            guard readFailure == nil else { return [] }
            do {
                let bytes = try StageTimer.measure("read") { () throws(ReadFailure) -> [UInt8] in try reader.read(upTo: windowBytes) }
                hasher.update(bytes)
                total += bytes.count
                return bytes
            } catch {
                readFailure = error.message
                return []
            }
        }
        // A window's share counts what it becomes, not only what it reads: its records (a fact or an
        // entity carries its sentence, in several formats) take several times the window's bytes,
        // and the collector holds them until the writers take them.
        let cost = windowBytes * Self.windowExpansion
        guard budget.acquire(cost) else { return false }
        var chunk = next(&hasher)
        let detected = chunk.withUnsafeBufferPointer { EncodingDetector.detect($0) }
        guard case .text(let encoding, _, let marked) = detected else {
            // Binary: an error document, like a small binary file, with the whole file's size and hash.
            while !next(&hasher).isEmpty {}
            var reason = "binary file"
            if case .binary(let why) = detected { reason = "binary file (\(why)), not text" }
            var context = DocumentContext(input: InputDocument(doc: file.doc, path: file.path, bytes: []))
            context.status = .error
            context.report(.decode, .error, "decode.binary", reason)
            var document = context.documentRecord
            document.bytes = total
            document.sha256 = hasher.finalize()
            results.put(sequence, .document(DocumentOutput(document: document, attempt: attempt)), cost: cost)
            sequence += 1
            return true
        }
        let mark = chunk.withUnsafeBufferPointer { ByteOrderMark.detect($0)?.length } ?? 0
        chunk.removeFirst(mark)
        var decoder = WindowDecoder(encoding: encoding)
        var pending: [Unicode.Scalar] = []
        var windowIndex = 0
        var base = 0
        var consumedBefore = mark
        var anyText = false
        var first = true
        while true {
            let more = next(&hasher)
            let final = more.isEmpty
            let (scalars, consumed) = chunk.withUnsafeBufferPointer { decoder.decode($0, final: final) }
            chunk.removeFirst(consumed)
            if !anyText { anyText = scalars.contains { !$0.properties.isWhitespace } }
            pending.append(contentsOf: scalars)
            let cut = final ? pending.count : cutter.cut(pending)
            var window = TextWindow(file: file, attempt: attempt, index: windowIndex, base: base,
                                    scalars: Array(pending[..<cut]), encoding: encoding,
                                    bytes: consumedBefore + consumed, end: nil)
            pending.removeFirst(cut)
            if final {
                if readFailure == nil && reader.changed {
                    readFailure = "cannot read \(file.path): it changed while being read"
                }
                var diagnostics: [Diagnostic] = []
                if !marked && encoding != .utf8 {
                    diagnostics.append(Diagnostic(stage: .decode, severity: .note, code: "decode.detected",
                                                  message: "no byte-order mark; detected \(encoding.rawValue)"))
                }
                diagnostics += TextDecoder.problems(
                    encoding: encoding, invalidCount: decoder.invalidCount, firstInvalidByte: decoder.firstInvalidByte,
                    firstInvalidScalar: decoder.firstInvalidScalar, nulCount: decoder.nulCount, firstNUL: decoder.firstNUL)
                let emptiness = anyText ? nil : decoder.scalarsDecoded == 0 ? "the file holds no text" : "the file holds only whitespace"
                let sha256 = hasher.finalize()
                hasher = SHA256Hasher()  // finalize consumed it; the loop ends below, but the compiler needs it whole
                window.end = WindowedFileEnd(
                    bytes: total, sha256: sha256, marked: marked,
                    diagnostics: diagnostics, emptiness: emptiness, readFailure: readFailure)
            }
            if !first { guard budget.acquire(cost) else { return false } }
            first = false
            guard work.push((.window(sequence: sequence, window), cost)) else { return false }
            sequence += 1
            windowIndex += 1
            base += cut
            consumedBefore = 0
            if final { return true }
            chunk.append(contentsOf: more)
        }
    }

    private func attempt(_ sequence: Int) -> UInt64 {
        firstAttempt + UInt64(sequence)
    }

    private func submit(_ item: WorkItem, cost: Int, _ sequence: inout Int) -> Bool {
        guard budget.acquire(cost) else { return false }
        sequence += 1
        return work.push((item, cost))
    }
}
