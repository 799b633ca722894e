import Foundation

extension LanguageProfile {
    static let french = LanguageProfile(
        locale: .fr,
        totalWords: [
            "total", "totale", "totaux", "totales", "somme", "montant total", "total général", "coût total",
            "coût global",
        ],
        subtotalWords: ["sous-total", "sous-totaux", "sous total"],
        averageWords: [
            "moyenne", "moyen", "prix unitaire", "taux", "par", "ratio", "part", "unitaire", "solde", "cumulé", "cumul",
        ],
        restatementWords: [
            "soit", "soit environ", "soit près de", "soit un peu plus de", "soit un peu moins de", "environ",
            "c'est-à-dire", "cela représente", "ce qui représente", "soit au total", "soit à peine", "soit tout juste",
            "soit seulement",
        ],
        changeWords: [
            "baisse", "hausse", "réduction", "augmentation", "diminution", "économie", "progression", "recul",
            "croissance", "progressé", "augmenté", "baissé", "diminué", "chuté", "grimpé", "progresse", "augmente",
            "diminue", "recule", "dépassement", "surcoût", "progressent", "augmentent", "diminuent", "reculent",
            "baissent",
        ],
        summaryWords: [
            "résumé", "synthèse", "conclusion", "conclusions", "en bref", "recommandation", "recommandations",
            "faits marquants", "chiffres clés", "en résumé", "l'essentiel", "points clés", "à retenir",
            "ce qu'il faut retenir",
        ],
        shareWords: [
            "représente", "représentent", "du total", "part de", "des coûts", "du budget", "pèse", "pèsent",
            "de la facture", "de la dépense", "des dépenses",
        ],
        decreaseWords: ["moins", "baisse", "économie", "réduction", "diminution"],
        marginWords: ["marge"],
        lessThanWords: ["de moins", "moins cher", "inférieur"],
        moreThanWords: ["de plus", "plus cher", "supérieur", "dépassement"],
        outOfWords: ["sur", "des", "d'entre"],
        spacedScaleWords: [
            ("Md", 9), ("Mds", 9), ("Mrd", 9), ("milliard", 9), ("milliards", 9), ("million", 6), ("millions", 6),
            ("M", 6), ("k", 3), ("K", 3),
        ],
        sentenceOpeners: [
            "pour", "avec", "environ", "sur", "dans", "de", "des", "les", "la", "le", "en", "à", "après", "avant",
            "chaque", "plus", "moins", "pendant", "avec", "si", "et", "ou", "mais", "ajouter", "comptez", "prévoir",
            "soit",
        ],
        againstWords: ["contre", "par rapport à", "face à", "comparé à", "au lieu de", "au lieu des", "au lieu du"],
        unitPriceWords: ["à", "a", "à raison de"],
        resultWords: ["donne", "donnent", "font", "fait"],
        annualWords: ["par an", "sur un an", "sur l'année", "annuels", "annuel", "à l'année"],
        monthWords: ["mensuel", "mensuelle", "mensuels", "mois"],
        yearWords: ["annuel", "annuelle", "annuels", "an", "année"],
        earlierPeriodWords: [
            "l'an dernier", "l'année dernière", "le mois dernier", "le trimestre dernier", "précédent", "précédente",
            "par rapport à", "par rapport au", "comparé à", "sur un an", "qu'en", "la saison dernière",
        ],
        currentPeriodWords: ["cette année", "cette saison", "ce mois", "ce trimestre"],
        roundingNoteWords: ["arrondi", "tronqué"],
        eachWords: ["chaque"],
        apieceWords: ["chacun", "chacune"],
        costBaseWords: ["du coût", "sur le coût", "sur coût", "du prix de revient"],
        countLeadWords: ["à ", "pour "],
        labelWords: ["version ", "tour ", "phase ", "étape ", "v"],
        ordinalSuffixes: ["e ", "er ", "ème", "eme"],
        planWords: [
            "budget", "budgété", "prévu", "prévue", "prévisionnel", "prévision", "objectif", "estimé", "jusqu'à",
            "plafond",
            "dans la limite de",
        ],
        differenceWords: [
            "écart", "économie", "économise", "de moins", "de plus", "reliquat", "différence", "dépassement", "surcoût",
            "solde", "reste", "excédent", "déficit",
        ],
        deductionWords: ["déduit", "déduite", "déduits", "déduites", "déduction faite", "après"],
        abbreviations: ["env", "cf", "c.-à-d", "p. ex", "vs", "max", "min", "hors tva"],
        cumulativeWords: [
            "cumulé", "cumulés", "cumulée", "cumulées", "sur dix ans", "sur cinq ans", "sur 10 ans", "en dix ans",
            "sur la durée du bail", "sur la durée du contrat",
        ],
        quarterWords: ["par trimestre", "au trimestre", "trimestriel"],
        perWords: ["par", "tous les", "toutes les"],
        totalLeadWords: ["en tout", "au total", "tout compris", "un total de", "au final"],
        actualWords: ["au final", "final", "finale", "réel", "réels", "finalement"],
        optionWords: ["option", "scénario", "offre", "formule", "solution"],
        unitPriceHeaderWords: ["prix unitaire", "par unité", "unitaire"],
        priceHeaderWords: ["prix", "tarif"],
        perPeriodWords: ["de l'heure", "par heure", "par jour", "par mois", "par an", "chaque jour", "chaque mois"],
        inclusionWords: ["y compris", "compris", "inclus", "incluant"],
        exclusionWords: ["sans", "hors", "aurait été", "serait"],
        monthNames: [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre",
        ],
        paybackWords: [
            "retour sur investissement", "rentabilisé", "rentabilisée", "rentabilise", "amorti", "amortie",
            "amortissement",
        ],
        pointWords: ["points de pourcentage", "point de pourcentage", "points", "point", "pts"],
        thanWords: ["moins que", "plus que"],
        changeLinkWords: ["de", "est"],
        translationNoteWords: ["traduit de", "traduction de", "traduit du", "traduction du"],
        fractionWords: [
            "un quart": Decimal(1) / 4, "un tiers": Decimal(1) / 3, "la moitié": Decimal(1) / 2,
            "deux tiers": Decimal(2) / 3, "trois quarts": Decimal(3) / 4, "un cinquième": Decimal(1) / 5,
            "un dixième": Decimal(1) / 10,
        ],
        tenthWords: [], oneInWords: ["sur"])
}
