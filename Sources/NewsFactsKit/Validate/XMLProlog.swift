/// Checks what stands before the root element of an XML file, before libxml2 sees it.
///
/// NewsFacts never writes a document type declaration. A file that has one is refused unread: its
/// entities could reach other files or the network, and nested ones ("billion laughs") expand without
/// bound once a parser with `XML_PARSE_HUGE` (which `XMLRecordReader` needs for long text) meets a
/// reference to them. Without a declaration no entity can be defined, so none can expand.
enum XMLProlog {
    /// Why the file must not be parsed, or nil when its prolog holds only a BOM, white space, the XML
    /// declaration, processing instructions and comments.
    ///
    /// - Complexity: O(length of the prolog); streams the file.
    static func problem(in path: String) throws -> String? {
        let bytes = try FileBytes(path: path)
        if try bytes.peek() == 0xEF {
            for expected: UInt8 in [0xEF, 0xBB, 0xBF] where try bytes.next() != expected { return nil }
        }
        while true {
            guard var b = try bytes.next() else { return nil }
            while b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                guard let next = try bytes.next() else { return nil }
                b = next
            }
            // Anything but markup here is libxml2's to report.
            guard b == 0x3C else { return nil }
            switch try bytes.peek() {
            case 0x3F:  // <? … ?>
                try skip(bytes, past: [0x3F, 0x3E])
            case 0x21:  // <!-- … --> or a declaration
                _ = try bytes.next()
                guard try bytes.next() == 0x2D, try bytes.next() == 0x2D else {
                    return "a document type declaration (<!DOCTYPE …>) is not allowed; the file was not parsed"
                }
                try skip(bytes, past: [0x2D, 0x2D, 0x3E])
            default:
                return nil
            }
        }
    }

    /// Reads up to and including `end`.
    private static func skip(_ bytes: FileBytes, past end: [UInt8]) throws {
        var last: [UInt8] = []
        while let b = try bytes.next() {
            last.append(b)
            if last.count > end.count { last.removeFirst() }
            if last == end { return }
        }
    }
}
