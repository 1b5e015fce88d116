/// RFC 4180 read back, for checking what the export wrote and what the engines answer: each
/// record's fields, and whether each field was quoted (which is how an empty text differs from
/// NULL). A record ends at CRLF, as the export writes it, or at a bare LF, as the engines print.
enum CSVReading {
    struct Field: Equatable {
        var text: String
        var quoted: Bool
    }

    static func records(_ text: String) -> [[Field]] {
        var records: [[Field]] = []
        var record: [Field] = []
        var field: [UInt8] = []
        var quoted = false
        var inQuotes = false
        var bytes = Array(text.utf8)[...]
        func endField() {
            record.append(Field(text: String(decoding: field, as: UTF8.self), quoted: quoted))
            field = []
            quoted = false
        }
        while let byte = bytes.popFirst() {
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if bytes.first == UInt8(ascii: "\"") {
                        field.append(byte)
                        bytes.removeFirst()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") {
                inQuotes = true
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                endField()
            } else if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && bytes.first == UInt8(ascii: "\n")) {
                if byte == UInt8(ascii: "\r") { bytes.removeFirst() }
                endField()
                records.append(record)
                record = []
            } else {
                field.append(byte)
            }
        }
        return records
    }
}
