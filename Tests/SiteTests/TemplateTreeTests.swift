import Testing

@testable import Site

/// sitegen draws a theme's templates itself (`TemplateTree`) and leaves the rest to Mustache;
/// both must make the same bytes, standalone lines and all, and the shipped theme must be drawn
/// by sitegen, or the build pays for Mustache's renderer again.
@Suite struct TemplateTreeTests {
    func templates(_ sources: [String: String]) throws -> TemplateSet {
        var templates: [String: TemplateSource] = [:]
        for name in TemplateSet.required { templates[name] = TemplateSource(text: "", file: "\(name).mustache") }
        for (name, text) in sources { templates[name] = TemplateSource(text: text, file: "\(name).mustache") }
        return try TemplateSet(theme: Theme(templates: templates))
    }

    static var context: [String: Any] {
        [
            "title": "Coûts <GPU> & \"co\"", "html": "<b>x</b>", "empty": "", "yes": true, "no": false, "count": 12,
            "strings": ["feed": "Flux", "tags": "Étiquettes"],
            "tags": [["name": "a&b", "href": "t/a"], ["name": "c", "href": "t/c"]] as [[String: Any]],
            "none": [[String: Any]](), "words": ["x", "<y>"], "flags": [true, false],
            "date": ["iso": "2026-12-05", "display": "5 déc."],
            "site": ["params": ["owner": ["name": "Équipe"], "list": ["1", "2"]]],
            "translations": [["lang": "zh", "current": false], ["lang": "fr", "current": true]] as [[String: Any]],
        ]
    }

    static let shapes = [
        "{{title}}|{{{title}}}|{{&html}}|{{ title }}|{{count}}|{{yes}}|{{no}}|{{missing}}",
        "<ul>\n{{#tags}}\n  <li><a href=\"{{href}}\">{{name}}</a></li>\n{{/tags}}\n</ul>\n",
        "  {{#yes}}  \nY\n  {{/yes}}  \n{{^no}}\nN\n{{/no}}\n  {{! a comment }}  \nend {{#yes}}\ninline{{/yes}} tail\n",
        "{{#date}}<time datetime=\"{{iso}}\">{{display}}</time> · {{/date}}{{#missing}}m{{/missing}}{{^missing}}-{{/missing}}",
        "{{#words}}<{{.}}>{{/words}}{{#flags}}[{{.}}]{{/flags}}{{^none}}no tags{{/none}}{{#none}}x{{/none}}",
        "{{#translations}}{{#current}}*{{/current}}{{lang}}/{{strings.feed}}/{{title}};{{/translations}}",
        "{{site.params.owner.name}} {{site.params.missing.name}} {{strings.tags}} {{#site.params.list}}{{.}},{{/site.params.list}}",
        "{{#empty}}[{{empty}}{{.}}]{{/empty}}{{^empty}}not shown{{/empty}}{{#count}}<{{.}}>{{/count}}",
        "\r\n{{#yes}}\r\nwindows\r\n{{/yes}}\r\n\t{{^yes}}\t\n{{/yes}}\n",
        "{{#tags}}{{#strings}}{{feed}}{{name}}{{/strings}}{{/tags}}{{^tags}}{{/tags}}",
    ]

    @Test func drawsAsMustacheDoes() throws {
        for (i, shape) in Self.shapes.enumerated() {
            let set = try templates(["t": shape])
            #expect(set.drawsItself("t"), "shape \(i) is left to Mustache")
            #expect(set.render("t", Self.context) == set.mustacheRender("t", Self.context), "shape \(i)")
        }
    }

    @Test func layoutGetsTheDrawnBody() throws {
        let set = try templates([
            "p": "<h1>{{title}}</h1>\n{{body}}", "l": "<main>\n{{{body}}}\n</main>{{#yes}}!{{/yes}}",
        ])
        let drawn = set.render("p", inLayout: "l", Self.context)
        #expect(drawn == set.mustacheRender("p", inLayout: "l", Self.context))
        #expect(drawn.contains("<main>\n<h1>Coûts &lt;GPU&gt; &amp; &quot;co&quot;</h1>\n\n</main>!"))
    }

    @Test func whatOnlyMustacheDrawsIsLeftToIt() throws {
        let set = try templates([
            "transform": "{{lowercased(title)}}", "partial": "{{> base}}x", "dotted": "{{.title}}",
            "map": "{{one}}", "plain": "{{title}}",
        ])
        for name in ["transform", "partial", "dotted"] {
            #expect(!set.drawsItself(name), "\(name)")
            #expect(set.render(name, Self.context) == set.mustacheRender(name, Self.context))
        }
        // A map printed whole, or a value of a kind sitegen does not know, goes to Mustache.
        #expect(set.drawsItself("map"))
        let one: [String: Any] = ["one": ["k": "<v>"]]
        #expect(set.render("map", one) == set.mustacheRender("map", one))
        let odd: [String: Any] = ["title": 2.5]
        #expect(set.render("plain", odd) == "2.5")
        let missingName: [String: Any] = ["title": String?.none as Any]
        #expect(set.render("plain", missingName) == set.mustacheRender("plain", missingName))
    }

    /// Interface strings are handed over already made (`ContextBuilder`); Mustache, when it
    /// draws, must see them as it sees a plain map.
    @Test func madeValuesReadAsPlainOnes() throws {
        let set = try templates([
            "drawn": "{{strings.feed}}|{{#strings}}{{tags}}{{/strings}}", "mustache": "{{lowercased(strings.feed)}}",
        ])
        let plain: [String: Any] = ["strings": ["feed": "Flux <RSS>", "tags": "É"]]
        let made: [String: Any] = ["strings": TemplateData.object(["feed": .text("Flux <RSS>"), "tags": .text("É")])]
        for name in ["drawn", "mustache"] {
            #expect(set.render(name, made) == set.mustacheRender(name, plain), "\(name)")
            #expect(set.mustacheRender(name, made) == set.mustacheRender(name, plain), "\(name)")
        }
    }

    @Test func theShippedThemeIsDrawnBySitegen() throws {
        let set = try TemplateSet(theme: RepositoryTheme.load(languages: ["en"]))
        for name in TemplateSet.required { #expect(set.drawsItself(name), "\(name)") }
    }
}
