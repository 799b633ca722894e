/// How a list of `total` entries splits into pages of `size`: page 1 at the list's own folder,
/// page n at `page/n/` below it, and always at least one page, so an empty list still has its page.
public struct Pagination: Sendable, Equatable {
    public let total: Int
    public let size: Int

    public init(total: Int, size: Int) {
        self.total = max(0, total)
        self.size = max(1, size)
    }

    public var pageCount: Int { max(1, (total + size - 1) / size) }

    /// The entries of page `number` (from 1), as a range of indices into the list.
    public func range(ofPage number: Int) -> Range<Int> {
        let start = min(total, (number - 1) * size)
        return start..<min(total, start + size)
    }

    /// The output path of page `number` of the list published at `folder` (`zh/guide`).
    public static func path(folder: String, page number: Int) -> String {
        let base = folder.isEmpty ? "" : folder + "/"
        return number <= 1 ? base + "index.html" : base + "page/\(number)/index.html"
    }
}
