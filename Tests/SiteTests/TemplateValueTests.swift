import Testing

@testable import Site

/// Context values are handed to Mustache in wrapper types for speed; templates must not be able
/// to tell: strings print and escape, sections and inverted sections, `{{.}}`, nested keys,
/// lists, numbers and transforms all behave as with plain Swift values.
@Suite struct TemplateValueTests {
    func render(_ template: String, _ context: [String: Any]) throws -> String {
        var templates: [String: TemplateSource] = [:]
        for name in TemplateSet.required { templates[name] = TemplateSource(text: "", file: "\(name).mustache") }
        templates["t"] = TemplateSource(text: template, file: "t.mustache")
        return try TemplateSet(theme: Theme(templates: templates)).render("t", context)
    }

    @Test func stringsPrintEscapedAndKeepTheirTransforms() throws {
        #expect(
            try render(
                "{{title}}|{{{title}}}|{{lowercased(title)}}|{{uppercased(name)}}", ["title": "A <b>", "name": "é"])
                == "A &lt;b&gt;|A <b>|a &lt;b&gt;|É")
    }

    @Test func sectionsTreatStringsBoolsAndListsAsBefore() throws {
        let context: [String: Any] = [
            "summary": "s", "empty": "", "yes": true, "no": false, "tags": ["a", "b"], "none": [String](),
        ]
        #expect(try render("{{#summary}}[{{summary}}]{{/summary}}{{^summary}}x{{/summary}}", context) == "[s]")
        #expect(try render("{{#empty}}[{{empty}}]{{/empty}}", context) == "[]")
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}", context) == "Yn")
        #expect(try render("{{#tags}}<{{.}}>{{/tags}}{{^none}}none{{/none}}", context) == "<a><b>none")
        #expect(try render("{{^missing}}m{{/missing}}{{missing}}", context) == "m")
    }

    @Test func nestedKeysListsOfObjectsAndNumbers() throws {
        let context: [String: Any] = [
            "strings": ["feed": "Flux"], "lang": "fr", "count": 3,
            "translations": [["lang": "zh", "current": false], ["lang": "fr", "current": true]] as [[String: Any]],
            "site": ["params": ["owner": ["name": "Équipe"]]],
        ]
        #expect(try render("{{strings.feed}} {{count}} {{site.params.owner.name}}", context) == "Flux 3 Équipe")
        // Inside a list item, a key the item lacks comes from the page, as Mustache's stack has it.
        #expect(
            try render("{{#translations}}{{#current}}*{{/current}}{{lang}}/{{strings.feed}};{{/translations}}", context)
                == "zh/Flux;*fr/Flux;")
    }
}
