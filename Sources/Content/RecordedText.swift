/// Text that is either a string or UTF-8 bytes still to be decoded: a rebuild reads a record
/// of every page, and most of what the record holds is never looked at.
public struct RecordedText: Sendable, Equatable {
    private enum Storage: Sendable {
        case text(String)
        case utf8(ArraySlice<UInt8>)
    }

    private let storage: Storage

    public init(_ text: String) { storage = .text(text) }

    /// Bytes that decode as UTF-8 to the text, invalid sequences repaired as `String(decoding:)` does.
    public init(utf8: ArraySlice<UInt8>) { storage = .utf8(utf8) }

    public var text: String {
        switch storage {
        case .text(let text): text
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }

    public static func == (a: RecordedText, b: RecordedText) -> Bool {
        if case .utf8(let x) = a.storage, case .utf8(let y) = b.storage { return x.elementsEqual(y) }
        return a.text == b.text
    }
}
