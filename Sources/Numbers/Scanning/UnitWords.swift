/// Words for what a figure counts, percent signs, and the words that introduce a rate's "per".
enum UnitWords {
    /// Unit words compared without case (`Tokens`, `tokens`), and CJK words.
    static let words = Lexicon(
        [
            ("tokens", CountedThing.tokens), ("token", .tokens), ("トークン", .tokens),
            ("次", .calls), ("calls", .calls), ("call", .calls), ("requests", .calls), ("request", .calls),
            ("appels", .calls), ("appel", .calls), ("requêtes", .calls), ("回", .calls),
            ("小时", .hours), ("小時", .hours), ("時間", .hours), ("hours", .hours), ("hour", .hours), ("heures", .hours),
            ("heure", .hours),
            ("天", .days), ("days", .days), ("day", .days), ("jours", .days), ("jour", .days),
            ("个月", .months), ("個月", .months), ("ヶ月", .months), ("か月", .months), ("カ月", .months),
            ("months", .months), ("month", .months), ("mois", .months),
            ("年", .years), ("years", .years), ("year", .years), ("ans", .years), ("an", .years),
            ("Jahre", .years), ("Jahren", .years), ("Jahr", .years), ("Monate", .months), ("Monaten", .months),
            ("Monat", .months), ("Tage", .days), ("Tagen", .days), ("Stunden", .hours), ("Stunde", .hours),
            ("週間", .other("weeks")), ("周", .other("weeks")), ("個星期", .other("weeks")), ("个星期", .other("weeks")),
            ("weeks", .other("weeks")), ("week", .other("weeks")),
            ("semaines", .other("weeks")), ("semaine", .other("weeks")), ("Wochen", .other("weeks")),
            ("Woche", .other("weeks")),
            ("秒", .seconds), ("seconds", .seconds), ("secondes", .seconds),
            ("min", .other("min")), ("minutes", .other("min")), ("minute", .other("min")), ("分钟", .other("min")),
            ("分鐘", .other("min")), ("Minuten", .other("min")),
            // `度` is what a Chinese electricity bill counts kWh in.
            ("度", .kilowattHours), ("倍", .times), ("fois", .times), ("words", .words), ("mots", .words), ("字", .words),
            ("文字", .words),
            // `357 克 × 3,200 饼 = 1,142.4 kg`: weights convert like the symbols.
            ("克", .other("g")), ("千克", .other("kg")), ("公斤", .other("kg")), ("グラム", .other("g")),
            ("公吨", .other("t")), ("公噸", .other("t")), ("吨", .other("t")), ("噸", .other("t")), ("トン", .other("t")),
            ("Tonnen", .other("t")), ("斤", .other("jin")),
            ("词", .words),
            // `9 升/百公里`: fuel by volume over distance.
            ("公升", .other("L")), ("升", .other("L")), ("リットル", .other("L")), ("公里", .other("km")),
            ("Liter", .other("L")), ("litres", .other("L")), ("liters", .other("L")), ("litre", .other("L")),
        ], ignoresCase: true)

    /// Unit symbols whose case matters (`W` watt, `MB` megabyte).
    static let symbols = Lexicon([
        ("kWh", CountedThing.kilowattHours), ("Wh", .wattHours), ("kW", .kilowatts), ("W", .watts), ("h", .hours),
        ("GB", .gigabytes), ("MB", .megabytes), ("TB", .terabytes),
        ("MWh", .other("MWh")), ("GWh", .other("GWh")), ("TWh", .other("TWh")), ("MW", .other("MW")),
        ("GW", .other("GW")),
        ("PB", .other("PB")), ("KB", .other("KB")), ("kB", .other("KB")), ("Mo", .megabytes), ("Go", .gigabytes),
        ("To", .terabytes),
        ("kL", .other("kL")), ("hL", .other("hL")), ("ML", .other("ML")), ("L", .other("L")),
        // Weights, lengths and volumes glued to their figure (`0.28kg`, `12m²`) are measures, not names.
        ("kg", .other("kg")), ("g", .other("g")), ("mg", .other("mg")), ("km", .other("km")), ("cm", .other("cm")),
        ("mm", .other("mm")), ("ha", .other("ha")),
        ("m²", .other("m²")), ("m³", .other("m³")), ("ml", .other("ml")), ("mL", .other("ml")), ("cl", .other("cl")),
        ("lb", .other("lb")), ("lbs", .other("lb")), ("oz", .other("oz")), ("ft", .other("ft")), ("t", .other("t")),
        ("㎥", .other("m³")), ("㎡", .other("m²")), ("㎏", .other("kg")), ("㎞", .other("km")), ("㎖", .other("ml")),
    ])

    /// Symbols that count only when glued to the digits: `2x` is "twice", `2 x 3` a product.
    static let gluedSymbols = Lexicon([("x", CountedThing.times), ("×", .times)])

    /// Words only read after "/" (`tokens/s`, `$/月`): there they cannot be a stray letter, and
    /// `月` right after a number is a calendar month (`9月`), not a duration.
    static let denominatorSymbols = Lexicon([
        ("s", CountedThing.seconds), ("sec", .seconds), ("min", .other("min")), ("月", .months),
        // `1,72 €/l`: a litre, where a lone `l` after a figure would be a stray letter.
        ("l", .other("L")),
    ])

    /// Words allowed between a figure and its unit: `1000万输入token`, `10M de tokens`.
    static let qualifiers = Lexicon(
        [
            ("输入", ()), ("输出", ()), ("入力", ()), ("出力", ()), ("个", ()), ("input", ()), ("output", ()), ("de", ()),
            ("d'", ()),
        ], ignoresCase: true)

    static let percent = Lexicon([("%", ()), ("pour cent", ()), ("percent", ()), ("per cent", ())], ignoresCase: true)

    /// Words that open a rate's denominator after a figure: `/`, `per`, `par`, `每`.
    static let perWords = Lexicon(
        [("/", ()), ("／", ()), ("per", ()), ("par", ()), ("每", ()), ("le", ())], ignoresCase: true)

    /// The counted thing written at `index`, glued or after one space.
    static func thing(in text: ScanText, at index: Int, glued: Bool) -> Lexicon<CountedThing>.Match? {
        if let match = words.match(in: text, at: index) ?? symbols.match(in: text, at: index) { return match }
        guard glued, let times = gluedSymbols.match(in: text, at: index) else { return nil }
        // `1,240×38＝47,120`, `1,630×（1＋2.5）`: a product written without spaces, not "1,240 times".
        var next = times.end
        if times.word == "×" { while next < text.keys.count, text.keys[next] == 0x20 { next += 1 } }
        guard next < text.keys.count else { return times }
        let key = text.keys[next]
        return (0x30...0x39).contains(key) || times.word == "×" && key == 0x28 ? nil : times
    }
}
