import Testing

@testable import Preview

/// Request paths are decoded before they are checked, so no spelling of `..` gets through.
@Suite struct RequestPathTests {
    @Test(arguments: [
        ("/", "index.html"),
        ("/zh/", "zh/index.html"),
        ("/assets/style.css", "assets/style.css"),
        ("/ja/%E6%97%A5%E6%9C%AC/", "ja/日本/index.html"),
        ("/ja/日本/", "ja/日本/index.html"),
        ("/fr/co%C3%BBts/index.html", "fr/coûts/index.html"),
        ("/a%20b.txt", "a b.txt"),
        ("/...", "..."),
    ])
    func accepted(raw: String, key: String) throws {
        #expect(try #require(RequestPath(raw: raw)).fileKey == key)
    }

    @Test(arguments: [
        "/../etc/passwd", "/zh/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2fetc%2fpasswd", "/zh/%2e%2e%2f%2e%2e%2fsecret", "/./index.html", "/%2e/index.html",
        "/..\\secret", "/%5c..%5csecret", "/a\\b", "//etc/passwd", "/zh//index.html",
        "etc/passwd", "", "*", "/%00", "/a%0d%0aSet-Cookie:x", "/%ff%fe", "/%zz", "/%2", "/%e6%97",
    ])
    func refused(raw: String) {
        #expect(RequestPath(raw: raw) == nil)
    }
}

/// The names the server answers to, whatever port or brackets the `Host` header carries.
@Suite struct HostCheckTests {
    @Test func loopbackNamesPassOthersDoNot() {
        let check = HostCheck(listeningOn: "127.0.0.1")
        for ok in ["127.0.0.1:8000", "localhost", "LocalHost:1", "[::1]:8000", "::1"] {
            #expect(check.allows(ok), "\(ok)")
        }
        for bad in ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "[::2]:80"] {
            #expect(!check.allows(bad), "\(bad)")
        }
        #expect(check.allows(nil))
        #expect(HostCheck(listeningOn: "0.0.0.0").allows("anything"))
        #expect(HostCheck(listeningOn: "192.168.1.5").allows("192.168.1.5:8000"))
    }
}
