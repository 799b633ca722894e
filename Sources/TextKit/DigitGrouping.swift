/// Thousands grouping of a run of digits, for every writer of numbers: the figures `check`
/// computes, the reading time of a page, the listings' `{:,}`.
public enum DigitGrouping {
    /// `digits` with `separator` before every group of three counted from the right:
    /// `1204` → `1,204`. Only digits are expected; a sign or a fraction stays with the caller.
    public static func group(_ digits: some StringProtocol, separator: some StringProtocol) -> String {
        guard digits.count > 3 else { return String(digits) }
        var out = ""
        out.reserveCapacity(digits.utf8.count + digits.count / 3 * separator.utf8.count)
        let count = digits.count
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (count - offset) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return out
    }
}
