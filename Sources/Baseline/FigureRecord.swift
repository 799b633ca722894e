import Foundation
import TextKit

/// Every figure of every page of a build, with what each is computed from: the baseline
/// `check --baseline` compares a later version of the site with (`figures.json`).
public struct FigureRecord: Codable, Sendable, Equatable {
    public static let formatVersion = 1

    public var version = FigureRecord.formatVersion
    /// By content-relative page file (`reports/x.zh.md`).
    public var pages: [String: PageRecord] = [:]

    public init(pages: [String: PageRecord] = [:]) {
        self.pages = pages
    }

    public func encoded() -> Data {
        Data(encodedBytes())
    }

    /// The record as JSON with its keys sorted, written straight into bytes: `JSONEncoder` first
    /// builds a tree of the whole record, which on 10,000 pages held hundreds of megabytes.
    public func encodedBytes() -> [UInt8] {
        var out = JSONBytes()
        out.bytes.reserveCapacity(pages.count * 4_096)
        out.add("{\"pages\":{")
        for (n, file) in pages.keys.sorted().enumerated() {
            let page = pages[file]!
            if n > 0 { out.add(",") }
            out.string(file)
            out.add(":{\"figures\":{")
            for (m, key) in page.figures.keys.sorted().enumerated() {
                let figure = page.figures[key]!
                if m > 0 { out.add(",") }
                out.string(key)
                out.add(":{\"column\":\(figure.column),\"inputs\":[")
                for (i, input) in figure.inputs.enumerated() {
                    if i > 0 { out.add(",") }
                    out.string(input)
                }
                out.add("],\"line\":\(figure.line),\"text\":")
                out.string(figure.text)
                out.add(",\"value\":")
                out.string(figure.value)
                out.add("}")
            }
            out.add("},\"language\":")
            out.string(page.language)
            out.add(",\"translationKey\":")
            out.string(page.translationKey)
            out.add("}")
        }
        out.add("},\"version\":\(version)}")
        return out.bytes
    }

    /// Nil for bytes that are not a figure record of this version.
    public static func decode(_ data: Data) -> FigureRecord? {
        guard let record = try? JSONDecoder().decode(FigureRecord.self, from: data), record.version == formatVersion
        else { return nil }
        return record
    }
}

/// One page's figures, by a key that survives edits elsewhere in the file.
public struct PageRecord: Codable, Sendable, Equatable {
    public var language: String
    public var translationKey: String
    public var figures: [String: RecordedFigure]

    public init(language: String, translationKey: String, figures: [String: RecordedFigure]) {
        self.language = language
        self.translationKey = translationKey
        self.figures = figures
    }
}

/// A figure as written and its exact value; a result also names the figures it follows from.
public struct RecordedFigure: Codable, Sendable, Equatable {
    public var text: String
    /// The exact value as a decimal string (`1234.5`), never a binary floating-point number.
    public var value: String
    public var line: Int
    public var column: Int
    /// The keys of the figures this one is computed from; empty for an input.
    public var inputs: [String]

    public init(text: String, value: String, line: Int, column: Int, inputs: [String] = []) {
        self.text = text
        self.value = value
        self.line = line
        self.column = column
        self.inputs = inputs
    }

    public var isResult: Bool { !inputs.isEmpty }
}

/// JSON text as UTF-8 bytes: quotes, backslashes and control characters escaped, `/` and
/// everything else as it is.
struct JSONBytes {
    var bytes: [UInt8] = []

    mutating func add(_ text: String) {
        bytes += text.utf8
    }

    mutating func string(_ text: String) {
        JSONText.appendString(text, to: &bytes)
    }

}
