/// Words that label a total in the languages reports are written in.
enum TotalWords {
    static let grand = ["合计", "总计", "總計", "合計", "総計", "总额", "合算", "total", "totaux", "somme", "sum", "gesamt"]
    static let sub = ["小计", "小計", "sous-total", "subtotal", "sub-total"]

    /// Whether `label` names a subtotal (checked first, since "sous-total" contains "total").
    static func isSubtotal(_ label: String) -> Bool {
        let lowered = label.lowercased()
        return sub.contains { lowered.containsLiteral($0) }
    }

    static func isTotal(_ label: String) -> Bool {
        let lowered = label.lowercased()
        return isSubtotal(label) || grand.contains { lowered.containsLiteral($0) }
    }
}
