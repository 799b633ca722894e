/// Reads one line of a diagram block character by character, knowing each character's column.
struct LineScanner {
    let characters: [Character]
    let line: Int
    var index = 0

    init(_ text: Substring, line: Int) {
        characters = Array(text)
        self.line = line
    }

    var atEnd: Bool { index >= characters.count }
    var current: Character? { index < characters.count ? characters[index] : nil }
    var position: BlockPosition { BlockPosition(line: line, column: index + 1) }
    func position(at index: Int) -> BlockPosition { BlockPosition(line: line, column: index + 1) }

    func peek(_ offset: Int = 0) -> Character? {
        let i = index + offset
        return i >= 0 && i < characters.count ? characters[i] : nil
    }

    func starts(with text: String) -> Bool {
        var i = index
        for c in text {
            guard i < characters.count, characters[i] == c else { return false }
            i += 1
        }
        return true
    }

    /// Consumes `text` if the line continues with it.
    mutating func take(_ text: String) -> Bool {
        guard starts(with: text) else { return false }
        index += text.count
        return true
    }

    mutating func skipSpaces() {
        while let c = current, c == " " || c == "\t" { index += 1 }
    }

    /// Characters while `accept` holds.
    mutating func read(while accept: (Character) -> Bool) -> String {
        let start = index
        while let c = current, accept(c) { index += 1 }
        return String(characters[start..<index])
    }

    /// The text up to (not including) the first `terminator`, consumed with it; nil, consuming
    /// nothing, when the line has no terminator.
    mutating func read(until terminator: String) -> String? {
        var i = index
        let pattern = Array(terminator)
        while i + pattern.count <= characters.count {
            if Array(characters[i..<(i + pattern.count)]) == pattern {
                let text = String(characters[index..<i])
                index = i + pattern.count
                return text
            }
            i += 1
        }
        return nil
    }

    var rest: String { atEnd ? "" : String(characters[index...]) }

    /// Letters, digits and `_` (ids may be CJK); `-` only inside, never where an edge starts.
    static func isIDCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_"
    }
}
