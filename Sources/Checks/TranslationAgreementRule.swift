import Content
import Foundation
import Numbers

/// The language versions of one report state the same numbers: the same cells of corresponding
/// tables and the same results of corresponding calculations.
///
/// A difference is reported at the version that departs from the majority; with only two
/// versions, at the translation: the one that says `translatedFrom:`, else the one whose file
/// name carries a language suffix beside an original without one (`report.md`, `report.en.md`),
/// else the one dated later, else the one that is not in the site's first language.
struct TranslationAgreementRule {
    static let id = "translation"

    /// Where the page rules found an error in any version (file as displayed, line, column): of
    /// two versions that differ, the one whose own arithmetic puts its figure wrong departs.
    var errorPlaces: Set<SourceLocation> = []

    private func isWrong(_ figure: LocatedFigure, in file: String) -> Bool {
        errorPlaces.contains(SourceLocation(file: file, line: figure.line, column: figure.column))
    }

    private func errorOnLine(of figure: LocatedFigure, in file: String) -> Bool {
        errorPlaces.contains { $0.file == file && $0.line == figure.line }
    }

    /// One comparable figure of a version: where it is, what it says, and how to name the spot.
    struct Slot {
        var figure: LocatedFigure
        var file: String
        var language: String
    }

    /// Compares the versions of one translation group; `languages` is the site's language order,
    /// `errorsPerFile` how many errors the page rules found in each version (by page file).
    func check(
        group: [PageFigures], languages: [String], errorsPerFile: [String: Int] = [:],
        displayPath: (String) -> String, into report: inout RuleReport
    ) {
        guard group.count >= 2 else { return }
        let versions = Self.originalFirst(
            group.sorted {
                (languages.firstIndex(of: $0.page.language) ?? 99) < (languages.firstIndex(of: $1.page.language) ?? 99)
            }, errorsPerFile: errorsPerFile)
        if let difference = Self.unrelatedness(versions) {
            let last = versions.last!
            let names = versions.map { displayPath($0.page.file) }.joined(separator: ", ")
            report.diagnostics.append(
                Diagnostic(
                    .warning, rule: Self.id,
                    "\(names) share the translation key '\(last.page.translationKey)' but are not translations of one another (\(difference)); their figures were not compared",
                    at: SourceLocation(file: displayPath(last.page.file), line: 1, column: 1)))
            return
        }
        compareTables(versions, displayPath: displayPath, into: &report)
        compareProse(versions, displayPath: displayPath, into: &report)
    }

    /// The notes' words as written lower-case and capitalised (`Übersetzt aus`); ASCII capitals fold.
    private static let translationNoteWords = LiteralSet(
        LanguageProfile.all.flatMap(\.translationNoteWords).flatMap { word in
            [word.lowercased(), word.prefix(1).uppercased() + word.lowercased().dropFirst()]
        }, foldingASCIICase: true)

    /// The versions with the one the others were translated from first, when the files say which.
    static func originalFirst(_ versions: [PageFigures], errorsPerFile: [String: Int] = [:]) -> [PageFigures] {
        func says(_ version: PageFigures) -> Bool {
            version.page.frontMatter.extra.contains { $0.key == "translatedFrom" }
        }
        // `author: … (translated from French)`, `*フランス語原本の翻訳です。*`: a note near the top.
        func notes(_ version: PageFigures) -> Bool {
            // Counted in scalars: a prefix of characters would find every grapheme break on the way.
            translationNoteWords.occurs(in: Substring(version.page.source.unicodeScalars.prefix(1200)))
        }
        func suffixed(_ version: PageFigures) -> Bool {
            LanguageTag.suffix(ofFileName: String(version.page.file.split(separator: "/").last ?? "")) != nil
        }
        for isTranslation in [says, notes, suffixed] {
            let translated = versions.map(isTranslation)
            guard versions.count > 1, translated.count(where: { !$0 }) == 1 else { continue }
            return versions.indices.filter { !translated[$0] }.map { versions[$0] }
                + versions.indices.filter { translated[$0] }.map { versions[$0] }
        }
        // Of two versions, one whose own figures disagree with each other (`6 villas` beside a total
        // worked out for 5) is the one edited after the other: it departs, not the consistent one.
        if versions.count == 2 {
            let errors = versions.map { errorsPerFile[$0.page.file] ?? 0 }
            if errors[0] > 0, errors[1] == 0 { return [versions[1], versions[0]] }
            if errors[1] > 0, errors[0] == 0 { return versions }
        }
        // A translation is written after its original; with more versions the majority decides.
        if versions.count == 2, let first = versions[0].page.date, let second = versions[1].page.date, second < first {
            return [versions[1], versions[0]]
        }
        return versions
    }

    /// Why the versions are evidently different documents, or nil when they look like translations:
    /// they are paid in different currencies, or most of their tables differ in shape.
    static func unrelatedness(_ versions: [PageFigures]) -> String? {
        // Versions share a currency when both state amounts in it; a bill of materials in USD,
        // EUR and CNY is one document in every language.
        let currencies = versions.map(currenciesUsed)
        if currencies.allSatisfy({ !$0.isEmpty }),
            currencies.dropFirst().contains(where: { $0.isDisjoint(with: currencies[0]) })
        {
            return "different currencies: "
                + currencies.map { $0.map(\.rawValue).sorted().joined(separator: "+") }.joined(separator: ", ")
        }
        let shapes = versions.map { $0.tables.map { [$0.cells.count, $0.columnCount] } }
        let fewest = shapes.map(\.count).min() ?? 0
        let most = shapes.map(\.count).max() ?? 0
        guard most > 0 else { return nil }
        let shared = shapes[0].filter { shape in shapes.dropFirst().allSatisfy { $0.contains(shape) } }.count
        // A version without tables may just leave them out; only tables that exist can differ.
        if fewest > 0, Decimal(shared) < CheckPolicy.translationTableShapeShare * Decimal(most) {
            return "different tables: " + shapes.map { "\($0.count)" }.joined(separator: ", ")
        }
        return nil
    }

    /// The currencies a version states at least three amounts in.
    private static func currenciesUsed(_ version: PageFigures) -> Set<Currency> {
        var counts: [Currency: Int] = [:]
        for figure in version.allFigures {
            guard case .currency(let currency)? = figure.number.unit?.measure else { continue }
            // `元` is written for the New Taiwan dollar as for the renminbi: `NT$23,000` is `23,000 元`;
            // and `¥` for the yuan as for the yen: an English version's `¥94,680` is `94,680 元`.
            // `¥` (U+00A5) and `￥` (U+FFE5) both end in the byte A5: a style without it has neither.
            let mayBeYen =
                figure.number.style.prefix.utf8.contains(0xA5) || figure.number.style.suffix.utf8.contains(0xA5)
            let written = mayBeYen ? figure.number.style.prefix + figure.number.style.suffix : ""
            if mayBeYen, written.contains("¥") || written.contains("￥") {
                counts[.cny, default: 0] += 1
                counts[.jpy, default: 0] += 1
            } else {
                counts[currency == .twd ? .cny : currency, default: 0] += 1
            }
        }
        return Set(counts.filter { $0.value >= 3 }.keys)
    }

    private func compareTables(
        _ versions: [PageFigures], displayPath: (String) -> String, into report: inout RuleReport
    ) {
        let count = versions.map(\.tables.count).min() ?? 0
        for t in 0..<count {
            let tables = versions.map { $0.tables[t] }
            guard Set(tables.map(\.cells.count)).count == 1, Set(tables.map(\.columnCount)).count == 1 else {
                let shapes = zip(versions, tables).map { "\($0.page.language) \($1.cells.count)×\($1.columnCount)" }
                    .joined(separator: ", ")
                let at = tables.last!.table.span.start
                report.diagnostics.append(
                    Diagnostic(
                        .warning, rule: Self.id,
                        "table \(t + 1) has a different shape in each language (\(shapes)); its cells were not compared",
                        at: SourceLocation(
                            file: displayPath(versions.last!.page.file), line: at.line, column: at.column)))
                continue
            }
            let files = versions.map { displayPath($0.page.file) }
            // A version whose page rules found an error inside this table (its total no longer adds
            // up) is the one a tied cell departs in.
            let suspects = Set(
                zip(files, tables).filter { file, table in
                    let lines = table.table.span.start.line...table.table.span.end.line
                    return errorPlaces.contains { $0.file == file && lines.contains($0.line) }
                }.map(\.0))
            for row in tables[0].cells.indices {
                for column in tables[0].cells[row].indices {
                    let slots = versions.indices.compactMap { v -> Slot? in
                        guard let figure = tables[v].cells[row][safe: column] ?? nil else { return nil }
                        return Slot(figure: figure, file: files[v], language: versions[v].page.language)
                    }
                    // `| 食事 | 1 人 1 日 25 € × 2 名 × 5 日 |` beside `| Repas | 25 € × 2 × 5 jours |`: a
                    // cell one language opens with a wording one is written otherwise, not drifted.
                    guard slots.count == versions.count, !slots.contains(where: { Self.isWordingOne($0.figure) })
                    else { continue }
                    // `0,8 % de 1,2 M€` beside `申告額120万ユーロの0.8％`: a cell's figures in another order.
                    let written = tables.map { table in
                        (table.cellFigures[safe: row]?[safe: column] ?? []).map(\.number.value).sorted()
                    }
                    if written[0].count > 1, written.allSatisfy({ $0 == written[0] }) { continue }
                    compare(
                        slots, suspects: suspects,
                        what: "table \(t + 1), row '\(tables[0].rowLabels[row])', column \(column + 1)",
                        into: &report)
                }
            }
        }
    }

    /// The figures of the prose, aligned across versions by their values: a figure that differs
    /// where its neighbours on both sides agree has drifted in one version.
    ///
    /// With three versions or more, each version is aligned against each other one: a version that
    /// writes a count in words (`two compressors`) or orders a sentence otherwise breaks its
    /// alignment with the first, not with the rest. Beyond the first version's pass, a drift
    /// counts only when another version states the value it departs from and none the drifted one.
    private func compareProse(_ versions: [PageFigures], displayPath: (String) -> String, into report: inout RuleReport)
    {
        // `1日平均 240 台` is `240 cars a day`: a lone one is wording one language spells out and
        // another does not, and would break the alignment around it.
        let sequences = versions.map { version in
            version.runs.flatMap { run in
                let labels = Self.labelNumbers(in: run)
                return run.figures.filter { !Self.isWordingOne($0) && !labels.contains($0.column) }
            }
        }
        guard sequences[0].count <= 4000 else { return }
        var reported: Set<SourceLocation> = []
        for referenceIndex in 0..<(versions.count >= 3 ? versions.count : 1) {
            let order = [referenceIndex] + versions.indices.filter { $0 != referenceIndex }
            compareProse(
                order.map { versions[$0] }, sequences: order.map { sequences[$0] },
                needsConfirmation: referenceIndex > 0, reported: &reported, displayPath: displayPath, into: &report)
        }
    }

    /// One pass of `compareProse` with `versions[0]` as the reference.
    private func compareProse(
        _ versions: [PageFigures], sequences: [[LocatedFigure]], needsConfirmation: Bool,
        reported: inout Set<SourceLocation>, displayPath: (String) -> String, into report: inout RuleReport
    ) {
        let reference = sequences[0]
        // Each version's substitutions against the reference, by the reference's position.
        let substituted: [[Int: Int]] = sequences.indices.map { v in
            v == 0
                ? [:]
                : Dictionary(
                    FigureAlignment.substitutions(
                        reference, sequences[v], context: CheckPolicy.translationDriftContext),
                    uniquingKeysWith: { a, _ in a })
        }
        // A reference figure that departs is reported once, however many versions it differs from.
        var departedReference: Set<Int> = []
        for v in 1..<versions.count {
            for (r, x) in substituted[v].sorted(by: { $0.key < $1.key }) {
                let referenceFigure = reference[r], drifted = sequences[v][x]
                // A year (`2025 秋季`) dates one version's heading and not another's: no drift of an amount.
                if referenceFigure.isBareYear || drifted.isBareYear { continue }
                // `mode lot à −50 %` is `50% off`: the sign is wording.
                if referenceFigure.number.value.magnitude == drifted.number.value.magnitude { continue }
                // `un peu moins de 59 400 €` is `约 5.93 万欧元`: a bound a hundredth from the amount keeps it.
                let gap = (referenceFigure.number.value - drifted.number.value).magnitude
                if gap * 100 < max(referenceFigure.number.value.magnitude, drifted.number.value.magnitude),
                    versions[0].isLedByBound(referenceFigure) || versions[v].isLedByBound(drifted)
                {
                    continue
                }

                // `120 t` against `14周`: two measures are two things, whatever the alignment paired.
                if let a = referenceFigure.number.unit?.measure, let b = drifted.number.unit?.measure, a != b {
                    continue
                }
                // `with 24 performances in 11 cities` against `11 都市で 24 公演`: each version states both
                // values a line or two from the figure, as often as the other does, in a sentence put in
                // another order (a divisor that drifted, `(a − b) / b` for `(a − b) / a`, says one value more).
                func count(_ value: Decimal, in figures: [LocatedFigure], near line: Int) -> Int {
                    figures.count { $0.number.value == value && abs($0.line - line) <= 2 }
                }
                let swapped = [referenceFigure.number.value, drifted.number.value].allSatisfy { value in
                    let inReference = count(value, in: reference, near: referenceFigure.line)
                    return inReference > 0 && inReference == count(value, in: sequences[v], near: drifted.line)
                }
                if swapped { continue }
                // With three or more versions the others decide which side departs: what each says at
                // the same place (the divisor `12 898,11` is also the line above's result), or, where
                // a version did not align there, whether it states one value and not the other.
                func says(_ o: Int, _ value: Decimal) -> Bool {
                    if let y = substituted[o][r] { return sequences[o][y].number.value == value }
                    let statesReference = sequences[o].contains { $0.number.value == referenceFigure.number.value }
                    return value == referenceFigure.number.value
                        ? statesReference
                        : !statesReference && sequences[o].contains { $0.number.value == value }
                }
                let others = sequences.indices.filter { $0 != 0 && $0 != v }
                let sayReference = others.filter { says($0, referenceFigure.number.value) }.count
                let sayDrifted = others.filter { says($0, drifted.number.value) }.count
                // `57 members` against `a 32 m pole`: a version stating both values confirms neither.
                if needsConfirmation,
                    sayReference == 0
                        || others.contains(where: { o in
                            sequences[o].contains { $0.number.value == drifted.number.value }
                        })
                {
                    continue
                }
                var departing = sayDrifted > sayReference ? 0 : v
                // With the others split, the version suspect on its own page is the one that drifted.
                if sayDrifted == sayReference {
                    let files = (displayPath(versions[0].page.file), displayPath(versions[v].page.file))
                    // Asked in turn until one side alone is suspect: its figure is where its own page found an
                    // error (`6 460 − 3 184 = 3 276 €` beside `= €3,267`); its line is (`23 planks at £250 each
                    // = £8,000` beside `32 Planken … = 8.000 £`); its figure restates nothing of its own page
                    // (`about €185` under `= €165.00` beside `165 €` under `= 165,00 €`).
                    let suspicions: [(LocatedFigure, Int, String) -> Bool] = [
                        { figure, _, file in self.isWrong(figure, in: file) },
                        { figure, _, file in self.errorOnLine(of: figure, in: file) },
                        { figure, version, _ in !Self.echoes(figure, in: versions[version]) },
                    ]
                    for isSuspect in suspicions {
                        let reference = isSuspect(referenceFigure, 0, files.0), other = isSuspect(drifted, v, files.1)
                        if reference != other {
                            departing = reference ? 0 : v
                            break
                        }
                    }
                }
                if departing == 0 {
                    guard departedReference.insert(r).inserted else { continue }
                }
                let kept = departing == 0 ? v : 0
                let slots = [
                    Slot(
                        figure: departing == 0 ? referenceFigure : drifted,
                        file: displayPath(versions[departing].page.file),
                        language: versions[departing].page.language),
                    Slot(
                        figure: departing == 0 ? drifted : referenceFigure, file: displayPath(versions[kept].page.file),
                        language: versions[kept].page.language),
                ]
                let location = SourceLocation(
                    file: slots[0].file, line: slots[0].figure.line, column: slots[0].figure.column)
                guard reported.insert(location).inserted else { continue }
                report.relationsChecked += 1
                report.diagnostics.append(Self.drift(slots[0], against: slots[1], what: "this figure"))
            }
        }
    }

    /// Whether another figure of the version, of the same measure, is the figure's amount at its
    /// precision (`rund 3.500 €` under a total of `3.480,75 €`).
    static func echoes(_ figure: LocatedFigure, in version: PageFigures) -> Bool {
        guard figure.number.value != 0 else { return false }
        return version.allFigures.contains { other in
            (other.line != figure.line || other.column != figure.column)
                && (other.number.unit?.measure == figure.number.unit?.measure || other.number.unit == nil)
                && other.number.rangePart == .none
                && (Agreement.compare(stated: figure.number, computed: other.number.value).isAgreement
                    // `about 13%` beside `13.9%`: a rounded figure cut off from another still echoes it.
                    || figure.number.isApproximate
                        && RoundingRule.truncation.round(
                            other.number.value, toPowerOfTen: figure.number.quantumExponent)
                            == figure.number.value)
        }
    }

    private static let labelWords = Array(Set(LanguageProfile.all.flatMap(\.labelWords).map { $0.lowercased() }))
    private static let ordinalSuffixes = LanguageProfile.all.flatMap(\.ordinalSuffixes).map { $0.lowercased() }
    private static let tenthWords = LanguageProfile.all.flatMap(\.tenthWords)

    /// The columns of a run's bare whole numbers that label rather than count: `La version 2`,
    /// `(round 3)`, `3e tour`. One language writes them as figures, another in words.
    static func labelNumbers(in run: TextRun) -> Set<Int> {
        let candidates = run.figures.filter {
            $0.number.value < 100 && $0.number.precision.fractionDigits == 0
        }
        let mayBePer = run.figures.contains { if case .count? = $0.number.unit?.measure { true } else { false } }
        guard !candidates.isEmpty || mayBePer else { return [] }
        let chars = run.characters
        func follows(_ figure: LocatedFigure, _ mark: Character) -> Bool {
            let end = figure.number.range.column - 1 + figure.number.range.length
            return chars[min(end, chars.count)...].first { $0 != " " } == mark
                || figure.number.text.last == mark
        }
        // `3 月 4 日`: a date's month and day, which `4 March` writes in words.
        func afterMonth(_ day: LocatedFigure) -> Bool {
            let start = day.number.range.column - 1
            return chars[..<max(0, min(start, chars.count))].last { $0 != " " } == "月"
        }
        // `100万トークンあたり 0.15 ドル` is `0,15 $ par million de tokens`: what a rate is per, which
        // another language writes in words or in the price's unit.
        let denominators = run.figures.filter { figure in
            guard case .count? = figure.number.unit?.measure else { return false }
            let end = figure.number.range.column - 1 + figure.number.range.length
            let after = String(chars[min(end, chars.count)..<min(chars.count, end + 4)]).drop { $0 == " " }
            return PerWords.perOne.contains { after.hasPrefix($0) }
        }.map(\.column)
        let dates =
            candidates.filter { day in day.number.value <= 31 && follows(day, "日") && afterMonth(day) }
            .map(\.column)
            + zip(run.figures, run.figures.dropFirst()).filter { month, day in
                month.number.value <= 12 && follows(month, "月") && follows(day, "日")
            }.map(\.0.column)
        return Set(dates + denominators).union(
            candidates.filter { $0.number.unit == nil }.filter { figure in
                let start = figure.number.range.column - 1, end = start + figure.number.range.length
                guard start >= 0, end <= chars.count else { return false }
                let before = String(chars[max(0, start - 8)..<start]).lowercased()
                let after = String(chars[end..<min(chars.count, end + 3)]).lowercased() + " "
                // `規約第9条`: an ideographic label word needs no space before it.
                return labelWords.contains {
                    before.hasSuffix($0)
                        && (before.count == $0.count || $0.first!.isUnifiedIdeograph
                            || !before.dropLast($0.count).last!.isLetter)
                }
                    || ordinalSuffixes.contains { after.hasPrefix($0) }
                    // `2割増` is `+20 %`: tenths another language writes as a percentage.
                    || tenthWords.contains { after.hasPrefix($0) }
            }.map(\.column))
    }

    /// A bare one, or one of a counted thing (`1日`, `1人`): never money or a percentage.
    static func isWordingOne(_ figure: LocatedFigure) -> Bool {
        guard figure.number.value == 1 else { return false }
        switch figure.number.unit?.measure {
        case nil, .count?: return true
        case .currency?, .percent?: return false
        }
    }

    static func drift(_ slot: Slot, against other: Slot, what: String) -> Diagnostic {
        var finding = Diagnostic(
            .error, rule: id,
            "\(what) says \(slot.figure.number.text) here but its translation says \(other.figure.number.text) (\(other.language) at \(other.file):\(other.figure.line):\(other.figure.column))",
            at: SourceLocation(file: slot.file, line: slot.figure.line, column: slot.figure.column),
            stated: slot.figure.number.text, computed: other.figure.number.text, length: slot.figure.number.range.length
        )
        finding.values = FigureValues(stated: slot.figure.number.value, computed: other.figure.number.value)
        return finding
    }

    /// `what` is made only for a finding: most cells agree, and a table has many.
    private func compare(
        _ slots: [Slot], suspects: Set<String> = [], what: @autoclosure () -> String, into report: inout RuleReport
    ) {
        report.relationsChecked += 1
        let values = slots.map(\.figure.number.value)
        guard values.contains(where: { $0 != values[0] }) else { return }
        // Rounded differently in each language (`27.648` and `27.65`, `66.4万` and `0.66 million`) is the same amount.
        guard
            slots.dropFirst().contains(where: { !FigureAlignment.sameAmount($0.figure.number, slots[0].figure.number) })
        else { return }
        // The same digits under headers that scale differently (`百万 token` and `M tokens` read
        // apart) are one figure; a translation that drifts changes its digits.
        let digits = Set(slots.map { $0.figure.number.text.filter { $0.isASCII && $0.isNumber } })
        guard digits.count > 1 else { return }
        var counts: [Decimal: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        let top = counts.values.max()!
        var majority = counts.filter { $0.value == top }.count == 1 ? counts.first { $0.value == top }!.key : values[0]
        // A tie has no majority: which version departs, and so what to write, is not known, unless
        // the versions holding one value state it against their own arithmetic.
        var agreed = counts.filter { $0.value == top }.count == 1
        if !agreed {
            let suspect = { (slot: Slot) in isWrong(slot.figure, in: slot.file) || suspects.contains(slot.file) }
            let sound = Set(slots.filter { !suspect($0) }.map(\.figure.number.value))
            if sound.count == 1, let value = sound.first, slots.contains(where: suspect) {
                majority = value
                agreed = true
            }
        }
        for slot in slots where slot.figure.number.value != majority {
            let others = slots.filter { $0.file != slot.file }
                .map { "\($0.language) \($0.figure.number.text) at \($0.file):\($0.figure.line):\($0.figure.column)" }
                .joined(separator: "; ")
            var finding = Diagnostic(
                .error, rule: Self.id,
                "\(what()) says \(slot.figure.number.text) here but its translations say otherwise (\(others))",
                at: SourceLocation(file: slot.file, line: slot.figure.line, column: slot.figure.column),
                stated: slot.figure.number.text,
                computed: slots.first { $0.figure.number.value == majority }?.figure.number.text,
                length: slot.figure.number.range.length)
            if agreed { finding.values = FigureValues(stated: slot.figure.number.value, computed: majority) }
            report.diagnostics.append(finding)
        }
    }
}
