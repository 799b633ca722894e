import Content
import Testing
import TextKit

@testable import Workspace

/// The cache is read by bytes, its search texts left undecoded until asked for: what comes out
/// must be what went in, whatever the fields hold.
@Suite struct CacheDecodingTests {
    func page(_ file: String, title: String, searchText: String, terms: [PageSummary.Term] = []) -> BuildCache.Page {
        BuildCache.Page(
            stamp: FileStamp(size: 10, seconds: 20, nanoseconds: 30), hash: ContentHash(file),
            renderKey: ContentHash("k" + file),
            summary: PageSummary(
                file: file, language: "ja", translationKey: file, directory: "notes", slug: file, title: title,
                date: nil, summary: nil, draft: false, weight: 3, terms: terms, searchText: searchText),
            figures: 1, findings: [], loadNotes: [], renderNotes: [])
    }

    @Test func fieldsComeBackAsWritten() throws {
        var cache = BuildCache(fingerprint: ContentHash("f"), token: "t")
        let texts = [
            "plain words", "", "tab\there and a \\ backslash\nand a line", "日本語の検索テキスト、全角１２３",
            "trailing backslash \\", "\u{1E}\u{1F} separators as text",
        ]
        for (i, text) in texts.enumerated() {
            cache.set(
                page(
                    "p\(i).md", title: "Title \(i)\t\\", searchText: text,
                    terms: [.init(taxonomy: "tags", term: "a\\b"), .init(taxonomy: "tags", term: "")]))
        }
        cache.outputs = ["p0/index.html": ContentHash("o"), "back\\slash/index.html": ContentHash("b")]
        let read = try #require(BuildCache.decode(cache.encoded()))
        for (i, text) in texts.enumerated() {
            let summary = try #require(read.pages["p\(i).md"]?.summary)
            #expect(summary.searchText == text)
            #expect(summary.title == "Title \(i)\t\\")
            #expect(summary.terms == [.init(taxonomy: "tags", term: "a\\b"), .init(taxonomy: "tags", term: "")])
            #expect(summary == cache.pages["p\(i).md"]?.summary)
        }
        #expect(read.outputs == cache.outputs)
        #expect(read.encoded() == cache.encoded())
    }

    @Test func aCutOrForeignCacheIsRefused() {
        var cache = BuildCache(fingerprint: ContentHash("f"), token: "t")
        cache.set(page("a.md", title: "A", searchText: "text"))
        let bytes = cache.encoded()
        #expect(BuildCache.decode(bytes) != nil)
        #expect(BuildCache.decode(Array(bytes.dropLast(5))) == nil)
        #expect(
            BuildCache.decode(Array("sitegen-cache 2\n".utf8) + bytes.drop(while: { $0 != 0x0A }).dropFirst()) == nil)
        #expect(BuildCache.decode([]) == nil)
    }

    @Test func bytesAreFoundWhereTheyAre() {
        let bytes: [UInt8] = Array("ab\tcd\tef".utf8)
        #expect(bytes[...].position(of: 0x09) == 2)
        #expect(bytes[3...].position(of: 0x09) == 5)
        #expect(bytes[6...].position(of: 0x09) == nil)
        #expect(bytes[8...].position(of: 0x09) == nil)
        #expect(!bytes[...].holds(0x5C))
    }

    @Test func recordedTextComparesByItsText() {
        let bytes = Array("検索".utf8)[...]
        #expect(RecordedText(utf8: bytes) == RecordedText("検索"))
        #expect(RecordedText(utf8: bytes).text == "検索")
        #expect(RecordedText(utf8: bytes) != RecordedText(utf8: bytes.dropLast()))
    }
}
