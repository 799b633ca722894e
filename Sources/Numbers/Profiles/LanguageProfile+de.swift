import Foundation

extension LanguageProfile {
    /// German: `1.234,56 €`, `3,5 Mio.`, `1,2 Mrd. €`.
    static let german = LanguageProfile(
        locale: .de,
        totalWords: ["summe", "gesamt", "gesamtsumme", "gesamtbetrag", "gesamtkosten", "insgesamt", "endsumme"],
        subtotalWords: ["zwischensumme", "teilsumme"],
        averageWords: [
            "durchschnitt", "pro", "je", "einzelpreis", "stückpreis", "anteil", "quote", "mittel", "saldo", "kumuliert",
        ],
        restatementWords: [
            "also", "also rund", "also etwa", "rund", "bzw.", "das sind", "ca.", "etwa", "also ca.", "das entspricht",
            "also nur", "also knapp",
            "entspricht",
        ],
        changeWords: [
            "senkung", "anstieg", "rückgang", "plus", "minus", "weniger", "mehr", "steigerung", "ersparnis",
            "einsparung", "reduktion", "gestiegen", "gesunken", "gefallen", "zugenommen", "abgenommen",
            "steigen", "steigt", "sinken", "sinkt", "erhöhung", "teurer", "günstiger", "überschreitung", "mehrkosten",
        ],
        summaryWords: [
            "zusammenfassung", "fazit", "ergebnis", "überblick", "empfehlung", "kurzfassung", "eckdaten", "kennzahlen",
            "auf einen blick", "das wichtigste",
            "unterm strich", "kurz gesagt", "zusammengefasst", "in kürze",
        ],
        shareWords: [
            "macht", "machen", "anteil", "entfällt", "entfallen", "der gesamt", "der kosten", "der rechnung",
            "der ausgaben",
        ],
        decreaseWords: [
            "günstiger", "weniger", "niedriger", "billiger", "ersparnis", "einsparung", "senkung", "rückgang",
        ],
        marginWords: ["marge"],
        lessThanWords: ["günstiger", "weniger", "niedriger", "unter"],
        moreThanWords: ["teurer", "mehr", "höher", "über"],
        outOfWords: ["von"],
        spacedScaleWords: [("Mio.", 6), ("Mio", 6), ("Mrd.", 9), ("Mrd", 9), ("Tsd.", 3), ("Tsd", 3)],
        sentenceOpeners: [
            "für", "mit", "etwa", "über", "unter", "bei", "in", "von", "ab", "nach", "vor", "je", "pro", "rund",
            "knapp", "und", "oder", "aber", "wenn", "die", "der", "das",
        ],
        againstWords: ["gegenüber", "verglichen mit", "statt", "anstatt", "statt der", "statt den"],
        unitPriceWords: ["à", "zu", "zu je", "je"],
        resultWords: ["ergeben", "ergibt", "macht", "machen"],
        annualWords: ["pro jahr", "im jahr", "jährlich", "aufs jahr"],
        monthWords: ["monatlich", "monat", "monatskosten"],
        yearWords: ["jährlich", "jahr", "jahreskosten"],
        monthCountWords: ["monate", "monaten"],
        earlierPeriodWords: ["vorjahr", "vormonat", "vorquartal", "gegenüber", "im vergleich"],
        currentPeriodWords: ["dieses jahr", "diesem jahr", "diesen monat", "dieses quartal", "diese saison"],
        roundingNoteWords: ["gerundet", "abgerundet"],
        eachWords: ["jede", "jeder", "jedes"],
        apieceWords: ["jeweils", "je"],
        costBaseWords: ["auf die kosten", "der kosten", "aufschlag"],
        countLeadWords: ["bei ", "über "],
        planWords: ["budget", "geplant", "plan", "soll", "prognose", "bis zu", "höchstens", "obergrenze"],
        budgetWords: ["budget", "soll", "plan"],
        boundWords: [" oder mehr", " oder weniger", " und mehr"],
        increaseWords: [
            "plus", "anstieg", "steigerung", "mehr", "teurer", "gestiegen", "erhöhung", "überschreitung", "mehrkosten",
            "höher", "zugenommen",
        ],
        differenceWords: [
            "differenz", "unterschied", "weniger", "mehr", "ersparnis", "spart", "einsparung", "mehrkosten", "rest",
            "überschuss", "fehlbetrag", "defizit",
        ],
        deductionWords: ["abzüglich", "nach abzug", "minus"],
        abbreviations: ["bzw", "z. b", "z.b", "d. h", "d.h", "ca", "vgl", "inkl", "zzgl", "ggf", "evtl", "max", "min"],
        cumulativeWords: [
            "kumuliert", "über zehn jahre", "über fünf jahre", "in zehn jahren", "in den letzten zehn jahren",
            "in den letzten jahren",
        ],
        quarterWords: ["pro quartal", "im quartal", "quartal"],
        perWords: ["pro", "alle", "je"],
        totalLeadWords: ["zusammen", "alles in allem", "in summe", "insgesamt", "unterm strich"],
        actualWords: ["tatsächlich", "endgültig", "am ende", "letztlich"],
        optionWords: ["variante", "option", "angebot"],
        unitPriceHeaderWords: ["einzelpreis", "stückpreis", "preis pro", "preis je"],
        priceHeaderWords: ["preis", "tarif"],
        perPeriodWords: ["pro tag", "pro monat", "pro jahr", "täglich", "monatlich", "jährlich"],
        inclusionWords: ["inkl", "inklusive", "einschließlich", "samt"],
        exclusionWords: ["ohne", "exklusive", "abzüglich", "wären", "wäre"],
        monthNames: [
            "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
            "dezember",
        ],
        paybackWords: ["amortisation", "amortisiert", "amortisierung", "rückflussdauer", "hat sich bezahlt"],
        pointWords: ["prozentpunkte", "prozentpunkt", "punkte", "pp"],
        thanWords: ["als"],
        translationNoteWords: ["übersetzt aus", "übersetzung aus", "übersetzung des"],
        fractionWords: [
            "ein viertel": Decimal(1) / 4, "ein drittel": Decimal(1) / 3, "die hälfte": Decimal(1) / 2,
            "zwei drittel": Decimal(2) / 3, "drei viertel": Decimal(3) / 4, "ein fünftel": Decimal(1) / 5,
            "ein zehntel": Decimal(1) / 10,
        ],
        tenthWords: [], oneInWords: ["von"])
}
