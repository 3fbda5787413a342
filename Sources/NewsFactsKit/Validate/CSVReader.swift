/// Reads a CSV file as NewsFacts writes it (RFC 4180 with CRLF record ends), strictly: a bare LF or CR
/// outside quotes, a quote inside an unquoted field, text after a closing quote and an unterminated
/// quote are errors. Each field says whether it was quoted, which tells null (empty, unquoted) from
/// the empty string (`""`).
final class CSVReader {
    /// A field as read.
    struct Field: Hashable {
        /// The text, quotes removed and doubled quotes undone.
        var text: String
        /// Whether it was enclosed in quotes.
        var quoted: Bool
    }

    /// A record as read, with the line it starts on (1-based, the header being line 1).
    struct Record {
        var fields: [Field]
        var line: Int
    }

    /// A syntax error.
    struct Failure: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    private let input: FileBytes
    private var line = 1
    /// Whether the file began with a UTF-8 byte-order mark (removed).
    private(set) var hadByteOrderMark = false

    /// Opens a file; a leading BOM is noted and skipped.
    init(path: String) throws {
        input = try FileBytes(path: path)
        if try input.peek() == 0xEF {
            _ = try input.next()
            guard try input.next() == 0xBB, try input.next() == 0xBF else {
                throw Failure(line: 1, message: "starts with a broken byte-order mark")
            }
            hadByteOrderMark = true
        }
    }

    /// The next record, or nil at the end of the file.
    func next() throws -> Record? {
        guard try input.peek() != nil else { return nil }
        let startLine = line
        var fields: [Field] = []
        var bytes: [UInt8] = []
        var quoted = false
        func finishField() throws -> Field {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw Failure(line: line, message: "field \(fields.count + 1) is not valid UTF-8")
            }
            return Field(text: text, quoted: quoted)
        }
        while true {
            // At the start of a field.
            bytes.removeAll(keepingCapacity: true)
            quoted = false
            if try input.peek() == 0x22 {
                quoted = true
                _ = try input.next()
                while true {
                    guard let b = try input.next() else {
                        throw Failure(line: startLine, message: "a quoted field is never closed")
                    }
                    if b == 0x22 {
                        if try input.peek() == 0x22 {
                            _ = try input.next()
                            bytes.append(0x22)
                            continue
                        }
                        break
                    }
                    if b == 0x0A { line += 1 }
                    bytes.append(b)
                }
                let after = try input.next()
                switch after {
                case 0x2C:
                    fields.append(try finishField())
                    continue
                case 0x0D:
                    guard try input.next() == 0x0A else { throw Failure(line: line, message: "CR not followed by LF") }
                    fields.append(try finishField())
                    line += 1
                    return Record(fields: fields, line: startLine)
                case nil:
                    throw Failure(line: line, message: "the last record does not end with CRLF")
                default:
                    throw Failure(line: line, message: "text after a closing quote in field \(fields.count + 1)")
                }
            }
            while true {
                guard let b = try input.next() else {
                    throw Failure(line: line, message: "the last record does not end with CRLF")
                }
                switch b {
                case 0x2C:
                    fields.append(try finishField())
                case 0x0D:
                    guard try input.next() == 0x0A else { throw Failure(line: line, message: "CR not followed by LF outside quotes") }
                    fields.append(try finishField())
                    line += 1
                    return Record(fields: fields, line: startLine)
                case 0x0A:
                    throw Failure(line: line, message: "LF without CR outside quotes")
                case 0x22:
                    throw Failure(line: line, message: "a quote inside unquoted field \(fields.count + 1)")
                default:
                    bytes.append(b)
                    continue
                }
                break
            }
        }
    }
}
