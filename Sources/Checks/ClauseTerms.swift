import Foundation
import Numbers
import TextKit

/// The words a figure is named by in its clause: pairs of adjacent CJK characters and Latin words
/// of four letters or more, lowercased. Two figures named by the same words are said of one thing.
struct ClauseTerms {
    private var terms: Set<String>
    /// Whether the clause sets its amount apart as leaving something out or as what would have been.
    private(set) var leavesOut = false

    var isEmpty: Bool { terms.isEmpty }
    var count: Int { terms.count }

    init(_ text: String) {
        var terms: Set<String> = []
        var word = ""
        var previousCJK: Character?
        func closeWord() {
            // `Glocke` and `Glocken`, `kostet` and `kosten`: a word's first five letters name it in any ending.
            if word.count >= 4, !Self.commonWords.contains(word) { terms.insert(String(word.prefix(5))) }
            word = ""
        }
        for character in text.lowercased() {
            if character.isCJKWordCharacter {
                closeWord()
                // `くらい`, `です`: two hiragana are grammar or a hedge, not a name.
                if let previous = previousCJK, !(previous.isHiragana && character.isHiragana) {
                    terms.insert(String([previous, character]))
                }
                previousCJK = character
            } else {
                previousCJK = nil
                if character.isLetter { word.append(character) } else { closeWord() }
            }
        }
        closeWord()
        self.terms = terms
        let lowered = text.lowercased()
        leavesOut = Self.exclusionWords.contains { lowered.containsLiteral($0) }
    }

    private static let exclusionWords = LanguageProfile.all.flatMap(\.exclusionWords).map { $0.lowercased() }

    /// The words back from `figure` to the start of its clause, other figures' digits left out; a
    /// clause that opens on the line above (`Labour accounts for` / `12,644 / 20,224 = 62.5 %`)
    /// takes that line's last clause too.
    init(
        before figure: LocatedFigure, in chars: [Character], lineAbove: [Character]? = nil, reach: Int = 40,
        after: AfterWords = .always
    ) {
        let end = min(chars.count, max(0, figure.number.range.column - 1))
        let start = Self.clauseStart(in: chars, before: end, reach: reach)
        var text = String(chars[start..<end])
        // A line that ends its sentence opens no clause for the next one; one that ends on a colon
        // (`Kassenstand am 31. März 2025:`) names what the next line works out.
        if start == 0, let above = lineAbove, let last = above.last(where: { !$0.isWhitespace }),
            !"。.!?！？;；".contains(last)
        {
            text = String(above[Self.clauseStart(in: above, before: above.count, reach: reach)...]) + " " + text
        }
        // `21,4 % weniger als beim Kauf`: what the figure is may follow it, to the clause's end.
        let figureEnd = min(chars.count, end + figure.number.range.length)
        var afterEnd = figureEnd
        while afterEnd < chars.count, afterEnd - figureEnd < 20, !"。！？；;!?，、,.\n".contains(chars[afterEnd]) {
            afterEnd += 1
        }
        // `… 74.2% of the monthly budget`: a Latin word the reach cuts is taken whole (`budg` names nothing).
        while afterEnd < chars.count, afterEnd > figureEnd, chars[afterEnd - 1].isLetter, chars[afterEnd].isLetter,
            chars[afterEnd].isASCII || chars[afterEnd].isLowercase
        {
            afterEnd += 1
        }
        let following = String(chars[figureEnd..<afterEnd])
        self.init(text)
        if after == .always || terms.isEmpty { self = ClauseTerms(text + " " + following) }
    }

    /// When the words after a figure name it too.
    enum AfterWords {
        case always
        /// Only when nothing before it in its clause does (`Das sind 21,4 % weniger`): a summary's
        /// `75% 配列` names a layout by what follows, not a share.
        case whenNothingBefore
    }

    static func clauseStart(in chars: [Character], before end: Int, reach: Int) -> Int {
        var start = end
        while start > 0, end - start < reach {
            let character = chars[start - 1]
            if "。！？；;!?，、\n".contains(character) { break }
            // `57,940` groups digits; `, soit` closes a clause.
            if character == ",", start < chars.count, !chars[start].isNumber { break }
            if character == ".", start < chars.count, chars[start] == " " { break }
            start -= 1
        }
        return start
    }

    /// These words and the ones `text` adds (an item's label above its clause).
    func adding(_ text: String) -> ClauseTerms {
        var merged = self
        merged.terms.formUnion(ClauseTerms(text).terms)
        return merged
    }

    /// The words both clauses name their figures by.
    func sharedWords(with other: ClauseTerms) -> Set<String> { terms.intersection(other.terms) }

    func shared(with other: ClauseTerms) -> Int { sharedWords(with: other).count }

    var words: Set<String> { terms }

    /// Words every sentence of a report may hold, which name nothing in particular.
    private static let commonWords: Set<String> = [
        "that", "this", "with", "from", "about", "which", "were", "have", "will", "would", "than", "into",
        "dans", "pour", "avec", "sont", "plus", "environ", "nous", "leur", "cette",
        "rund", "etwa", "sind", "eine", "einer", "einem", "nach", "auch", "wird",
        // A period an amount is said per names no item: `31,50 € im Jahr`, `8,80 € HT par mois`.
        "jahr", "monat", "woche", "année", "mois", "semai", "year", "month", "week",
    ]
}

extension Character {
    /// A hiragana: in Japanese, grammar (particles, endings) more often than a name.
    var isHiragana: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        return (0x3041...0x309F).contains(scalar.value)
    }

    /// A character of a CJK word: an ideograph or a kana.
    fileprivate var isCJKWordCharacter: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        return isUnifiedIdeograph || (0x3041...0x30FF).contains(scalar.value) && scalar.value != 0x30FB
    }
}
