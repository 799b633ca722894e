import Foundation

extension LanguageProfile {
    static let english = LanguageProfile(
        locale: .en,
        totalWords: ["total", "totals", "grand total", "sum", "overall total"],
        subtotalWords: ["subtotal", "sub-total", "sub total"],
        averageWords: [
            "average", "avg", "per", "unit price", "rate", "ratio", "share", "cpa", "cpc", "cpm", "mean", "balance",
            "cumulative", "running",
        ],
        restatementWords: [
            "i.e.", "i.e", "ie", "that is", "or about", "or roughly", "roughly", "or around", "about", "approximately",
            "or approximately", "or roughly", "that is about", "which is about", "or about", "or just", "or only",
            "or barely",
        ],
        changeWords: [
            "drop", "decrease", "increase", "growth", "reduction", "down", "up", "cut", "saving", "savings", "rise",
            "fall", "decline", "lower", "higher", "grew", "rose", "fell", "dropped", "increased", "decreased",
            "went up", "went down", "climbed", "grows", "rises", "falls", "increases", "decreases", "overrun",
        ],
        summaryWords: [
            "summary", "conclusion", "conclusions", "tl;dr", "tldr", "overview", "key findings", "recommendation",
            "recommendations", "bottom line", "executive summary", "highlights", "key figures", "at a glance",
            "key numbers", "in brief", "takeaways", "key takeaways", "tl;dr:",
            "in short", "the short version",
        ],
        shareWords: [
            "accounts for", "account for", "of the total", "of total", "share of", "makes up", "make up",
            "of the budget", "of all", "of the bill", "of the spend", "of spending",
        ],
        decreaseWords: [
            "cheaper", "less", "lower", "fewer", "saving", "saves", "save", "reduction", "decrease", "down", "drop",
            "fall", "fell", "decline",
        ],
        marginWords: ["margin"],
        lessThanWords: ["lower", "less", "cheaper", "below"],
        moreThanWords: ["higher", "more", "above", "over budget"],
        outOfWords: ["out of", "of", "of the"],
        spacedScaleWords: [
            ("bn", 9), ("billion", 9), ("mn", 6), ("million", 6), ("M", 6), ("k", 3), ("K", 3), ("B", 9),
        ],
        sentenceOpeners: [
            "for", "add", "adding", "with", "about", "only", "over", "under", "in", "on", "by", "from", "to", "all",
            "pay", "buy", "use", "run", "take", "plus", "minus", "after", "before", "within", "around", "nearly",
            "almost", "another", "each", "every", "some", "those", "these", "the", "at least", "up to", "if", "when",
            "and", "or", "but", "of",
        ],
        againstWords: [
            "versus", "vs", "vs.", "against", "compared with", "compared to", "up from", "down from", "instead of",
            "instead of the",
        ],
        unitPriceWords: ["at", "at each"],
        resultWords: ["makes", "comes to", "come to", "gives", "totals", "that's"],
        annualWords: [
            "a year", "a full year", "a normal year", "a typical year", "the whole year", "per year", "annually",
            "annualised", "annualized", "over a year", "for the year", "yearly",
        ],
        monthWords: ["monthly", "month", "mo"],
        yearWords: ["annual", "annually", "yearly", "year", "yr"],
        monthCountWords: ["months"],
        earlierPeriodWords: [
            "last year", "last month", "last quarter", "previous", "prior year", "compared with", "compared to",
            "a year ago", "year on year", "year-on-year", "last season",
        ],
        currentPeriodWords: ["this year", "this season", "this month", "this quarter"],
        roundingNoteWords: ["rounded", "truncated"],
        eachWords: ["each", "every"],
        apieceWords: ["each", "apiece"],
        costBaseWords: ["on cost", "of cost", "over cost", "markup"],
        countLeadWords: ["at ", "for "],
        labelWords: ["version ", "round ", "phase ", "step ", "stage ", "v"],
        ordinalSuffixes: ["st ", "nd ", "rd ", "th "],
        planWords: [
            "budget", "budgeted", "planned", "forecast", "estimate", "target", "up to", "capped at", "a ceiling of",
            "not exceeding", "switch to", "switching to",
        ],
        budgetWords: ["budget", "budgeted"],
        boundWords: [" or more", " or less", " at most", " at least"],
        increaseWords: [
            "increase", "increased", "increases", "rise", "rises", "rose", "growth", "grew", "grows", "up", "higher",
            "more", "dearer", "over budget", "overran", "overrun", "overspend", "overspent", "above", "climbed",
            "went up",
        ],
        eitherWayWords: ["change", "variation", "up or down"],
        baseWords: ["as the base", "as base", "on the basis of", "denominator"],
        differenceWords: [
            "saving", "saves", "save", "difference", "gap", "premium", "cheaper", "less", "more", "below", "above",
            "left", "remaining", "surplus", "deficit", "shortfall", "over budget", "under budget", "overspend",
            "overrun",
        ],
        deductionWords: ["after", "net of", "minus", "deducting"],
        abbreviations: ["i.e", "e.g", "vs", "approx", "cf", "ca", "incl", "excl", "max", "min", "est"],
        cumulativeWords: [
            "cumulative", "cumulatively", "over ten years", "over five years", "over 10 years", "lifetime",
            "in ten years", "over the last ten years", "over the past ten years", "in the last ten years",
            "over a ten-year", "over a five-year", "over a 10-year", "over a 5-year", "over the term", "over the lease",
        ],
        quarterWords: ["a quarter", "per quarter", "quarterly"],
        perWords: ["per", "every", "for every"],
        totalLeadWords: ["all in", "in all", "altogether", "all told", "a total of", "in total", "in the end"],
        actualWords: ["final", "actual", "in the end", "ended up"],
        optionWords: ["option", "plan", "scenario"],
        unitPriceHeaderWords: ["unit price", "price per", "per unit", "price each"],
        priceHeaderWords: ["price", "rate"],
        perPeriodWords: [
            "an hour", "per hour", "per day", "a day", "per month", "a month", "per year", "a year", "each day",
            "each month",
        ],
        inclusionWords: ["incl", "including", "included", "inclusive of"],
        exclusionWords: ["without", "excluding", "would have been", "would be"],
        monthNames: [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ],
        paybackWords: [
            "payback", "pays back", "pay back", "paid back", "pays for itself", "break even", "breaks even",
        ],
        pointWords: ["percentage points", "percentage point", "points", "point", "pts", "pp"],
        thanWords: ["than"],
        changeLinkWords: ["by", "of", "was", "is"],
        translationNoteWords: ["translated from", "translation of"],
        fractionWords: [
            "a quarter": Decimal(1) / 4, "one quarter": Decimal(1) / 4, "a third": Decimal(1) / 3,
            "one third": Decimal(1) / 3, "half": Decimal(1) / 2, "two thirds": Decimal(2) / 3,
            "three quarters": Decimal(3) / 4, "a fifth": Decimal(1) / 5, "a tenth": Decimal(1) / 10,
        ],
        tenthWords: [], oneInWords: ["in"])
}
