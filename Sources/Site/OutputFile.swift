/// One file of the built site, in memory: where it goes below the output folder, and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// A relative path with `/` separators; the publisher refuses any that would leave the folder.
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }

    public var text: String { String(decoding: contents, as: UTF8.self) }
}
