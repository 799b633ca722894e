import Testing
import TextKit

/// One escaper serves HTML content, attributes in either quote, XML feeds and inline SVG.
@Suite struct MarkupEscapingTests {
    @Test(arguments: [
        ("plain 成本 text", "plain 成本 text"),
        ("a\"b'c<d>&", "a&quot;b&#39;c&lt;d&gt;&amp;"),
        ("x\u{1}y\u{FFFE}z\u{FFFF}", "xyz"),
        ("tab\tline\ncr\r", "tab\tline\ncr\r"),
        ("nul\u{0} bell\u{7} esc\u{1B}", "nul bell esc"),
        // U+FFFD and the full-width comma share the leading byte 0xEF and are kept.
        ("\u{FFFD}，\u{FEFF}", "\u{FFFD}，\u{FEFF}"),
        ("del\u{7F} c1\u{85}", "del\u{7F} c1\u{85}"),
        ("\u{FFFE}", ""),
    ])
    func escapes(text: String, expected: String) {
        #expect(MarkupEscaping.escape(text) == expected)
        #expect(MarkupEscaping.escape(text[...]) == expected)
    }

    @Test func outputIsInertInEveryContext() {
        let hostile = "\"><script>x</script>' onload='y' &amp;"
        let escaped = MarkupEscaping.escape(hostile)
        #expect(!escaped.contains { "<>\"'".contains($0) })
        #expect(escaped.hasSuffix("&amp;amp;"))
    }
}
