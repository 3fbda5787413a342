
/// Decode stage: turns the file's bytes into the original text and records its encoding and SHA-256.
///
/// Offsets everywhere are code points of the text decoded here, a byte-order mark excluded. Detection
/// is `EncodingDetector`'s (byte-order marks; UTF-8; UTF-16 without a mark; GB18030 through iconv);
/// this stage turns its outcome into the document's status and diagnostics:
/// - binary input: status `.error`, `decode.binary`;
/// - no text, or only whitespace: status `.empty`, `decode.empty`;
/// - ill-formed sequences: kept as U+FFFD (one per maximal ill-formed subpart, as Python's
///   `errors="replace"`), `decode.invalid-utf8` (or `-utf16`, `-utf32`, `-gb18030`) with the first offset;
/// - NUL bytes: kept as U+0000, so offsets still count every character of the file as decoded
///   (dropping them would shift every later offset away from what other tools see), `decode.nul`.
public struct TextDecoder: DocumentStage {
    /// Decoding belongs to the decode stage.
    public let stage = StageName.decode

    /// Creates the decoder.
    public init() {}

    /// Decodes `context.input.bytes` into `context.source`.
    public func run(_ context: inout DocumentContext) {
        let bytes = context.input.bytes
        context.sha256 = SHA256Hasher.hex(of: bytes)
        let outcome = bytes.withUnsafeBufferPointer { EncodingDetector.detect($0) }
        switch outcome {
        case .binary(let reason):
            context.status = .error
            context.report(.decode, .error, "decode.binary", "binary file (\(reason)), not text")
        case .text(let encoding, let decoded, let marked):
            context.encoding = encoding.rawValue
            context.source = SourceText(decoded.scalars)
            if !marked && encoding != .utf8 {
                context.report(.decode, .note, "decode.detected",
                               "no byte-order mark; detected \(encoding.rawValue)")
            }
            reportProblems(decoded, encoding: encoding, &context)
            if let emptiness = Self.emptiness(decoded.scalars) {
                context.status = .empty
                context.report(.decode, .warning, "decode.empty", emptiness)
            }
        }
    }

    /// Reports ill-formed sequences and NUL characters.
    private func reportProblems(_ decoded: DecodedScalars, encoding: TextEncoding, _ context: inout DocumentContext) {
        var nulCount = 0
        var firstNUL: Int?
        for (offset, scalar) in decoded.scalars.enumerated() where scalar.value == 0 {
            nulCount += 1
            if firstNUL == nil { firstNUL = offset }
        }
        context.diagnostics += Self.problems(encoding: encoding, invalidCount: decoded.invalidCount,
                                             firstInvalidByte: decoded.firstInvalidByte,
                                             firstInvalidScalar: decoded.firstInvalidScalar,
                                             nulCount: nulCount, firstNUL: firstNUL)
    }

    /// The diagnostics for ill-formed sequences and NUL characters in a decoded text (also used for a
    /// file decoded window by window, with counts over all its windows).
    static func problems(encoding: TextEncoding, invalidCount: Int, firstInvalidByte: Int?, firstInvalidScalar: Int?,
                         nulCount: Int, firstNUL: Int?) -> [Diagnostic] {
        var result: [Diagnostic] = []
        if invalidCount > 0 {
            let name: String
            let family: String
            switch encoding {
            case .utf8, .utf8BOM: (name, family) = ("utf8", "UTF-8")
            case .utf16LE, .utf16BE: (name, family) = ("utf16", "UTF-16")
            case .utf32LE, .utf32BE: (name, family) = ("utf32", "UTF-32")
            case .gb18030: (name, family) = ("gb18030", "GB18030")
            }
            let scalar = firstInvalidScalar ?? 0
            let byte = firstInvalidByte ?? 0
            let sequences = invalidCount == 1 ? "1 ill-formed sequence" : "\(invalidCount) ill-formed sequences"
            result.append(Diagnostic(stage: .decode, severity: .warning, code: "decode.invalid-\(name)",
                                     message: "invalid \(family): \(sequences) replaced by U+FFFD, the first at byte \(byte) of the text (code point \(scalar))",
                                     offset: scalar))
        }
        if let firstNUL {
            let characters = nulCount == 1 ? "1 NUL character" : "\(nulCount) NUL characters"
            result.append(Diagnostic(stage: .decode, severity: .warning, code: "decode.nul",
                                     message: "\(characters) kept as U+0000, the first at code point \(firstNUL)", offset: firstNUL))
        }
        return result
    }

    /// Why a decoded text counts as empty, or nil when it holds something.
    static func emptiness(_ scalars: [Unicode.Scalar]) -> String? {
        if scalars.isEmpty { return "the file holds no text" }
        if scalars.allSatisfy({ $0.properties.isWhitespace }) { return "the file holds only whitespace" }
        return nil
    }
}

extension String {
    /// Two lower-case hex digits of a byte.
    init(format2hex byte: UInt8) {
        let digits = Array("0123456789abcdef")
        self = String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
