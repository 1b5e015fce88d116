import Foundation

/// Diagnostics go to standard error, so that standard output holds only what was asked for.
enum StandardError {
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
