import Baseline
import Checks
import Content
import Foundation

/// `figures.json` beside the build cache: every figure a published build showed, the baseline
/// `check --baseline PATH` reads (`.sitegen-cache/<output>.figures.json`).
public struct FigureRecordStore {
    let outputPath: String

    public init(outputPath: String) {
        self.outputPath = outputPath
    }

    public var url: URL {
        let output = URL(fileURLWithPath: outputPath).standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".sitegen-cache")
            .appendingPathComponent(output.lastPathComponent + ".figures.json")
    }

    /// Where incremental builds append what they changed, one JSON line each, instead of
    /// rewriting a record that on 10,000 pages is 40 MB of JSON (three seconds a rebuild).
    var changesURL: URL {
        url.deletingLastPathComponent().appendingPathComponent(
            URL(fileURLWithPath: outputPath).standardizedFileURL.lastPathComponent + ".figures.changes")
    }

    /// One incremental build's changes: the pages read again, and the pages no longer in the site.
    struct Change: Codable {
        var pages: [String: PageRecord]
        var dropped: [String]
    }

    public func read() -> FigureRecord? {
        guard var record = FileManager.default.contents(atPath: url.path).flatMap(FigureRecord.decode) else {
            return nil
        }
        guard let changes = FileManager.default.contents(atPath: changesURL.path) else { return record }
        for line in changes.split(separator: UInt8(ascii: "\n")) {
            // A damaged change gives no record rather than a wrong one.
            guard let change = try? JSONDecoder().decode(Change.self, from: Data(line)) else { return nil }
            record.pages.merge(change.pages) { $1 }
            for file in change.dropped { record.pages[file] = nil }
        }
        return record
    }

    /// After a full build: every page.
    func write(_ content: ContentSet) {
        save(FigureRecorder.record(content))
    }

    /// After a full build whose check kept every page's figures as it read them.
    func write(_ record: FigureRecord) {
        save(record)
    }

    /// After a full build, the record already encoded (`FigureRecord.encodedBytes`).
    func write(encoded bytes: [UInt8]) {
        save(encoded: bytes)
    }

    /// After an incremental build: the pages read again replace their entries, and `dropped`
    /// pages go. Appended as one line while the changes stay under half the record, otherwise
    /// folded in. Without an earlier record there is nothing to keep up to date.
    func update(setting pages: [String: PageRecord], dropping dropped: [String]) {
        guard !pages.isEmpty || !dropped.isEmpty else { return }
        var record = stat(), appended = stat()
        guard stat(url.path, &record) == 0 else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(Change(pages: pages, dropped: dropped.sorted())) else { return }
        line.append(UInt8(ascii: "\n"))
        let earlier = stat(changesURL.path, &appended) == 0 ? Int(appended.st_size) : 0
        if (earlier + line.count) * 2 > Int(record.st_size) {
            guard var whole = read() else { return }
            whole.pages.merge(pages) { $1 }
            for file in dropped { whole.pages[file] = nil }
            save(whole)
            return
        }
        let fd = open(changesURL.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        // A line cut short makes the next read give no record, so the next full build writes a new one.
        _ = FileWriter.write(Array(line), to: fd)
        close(fd)
    }

    private func save(_ record: FigureRecord) {
        save(encoded: record.encodedBytes())
    }

    private func save(encoded bytes: [UInt8]) {
        // Changes appended to an earlier record would be read over this one.
        unlink(changesURL.path)
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        guard (try? FileWriter.write(bytes, to: temporary.path, what: "the figure record")) != nil
        else { return }
        if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }
}

/// The figure record's pages, gathered while `check` reads each page's figures (on whichever
/// core reads them), so a build does not read every page's figures a second time for it.
final class FigureRecordCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var pages: [String: PageRecord] = [:]

    func add(_ page: Page, _ figures: PageFigures) {
        // As `FigureRecorder.record`: pages known only from the cache have no text to record.
        guard !page.source.isEmpty else { return }
        let entry = FigureRecorder.record(page, figures)
        lock.withLock { pages[page.file] = entry }
    }

    var record: FigureRecord { lock.withLock { FigureRecord(pages: pages) } }
}
