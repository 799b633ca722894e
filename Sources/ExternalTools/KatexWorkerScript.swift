/// The JavaScript the math worker runs, passed with `node -e`. Its first line names KaTeX's
/// version and the files an upgrade replaces. `throwOnError` turns bad TeX into
/// a message sitegen reports at the formula; `trust` stays off, so `\href` and friends cannot
/// put links or scripts into a page.
enum KatexWorkerScript {
    // Indented in this file (Swift strips it) so no line of it reads as a Swift import.
    static let source = #"""
        let katex;
        try {
          katex = require("katex");
        } catch (error) {
          process.stdout.write(JSON.stringify({ error: String(error && error.message) }) + "\n");
          process.exit(0);
        }
        process.stdout.write(JSON.stringify({ ready: katex.version, files: [process.execPath, require.resolve("katex")] }) + "\n");
        const lines = require("readline").createInterface({ input: process.stdin, terminal: false });
        lines.on("line", (line) => {
          let answer;
          try {
            const request = JSON.parse(line);
            answer = { html: katex.renderToString(String(request.tex), {
              output: "mathml", displayMode: !!request.display, throwOnError: true, trust: false, strict: "ignore",
            }) };
          } catch (error) {
            answer = { error: String(error && error.message ? error.message : error) };
          }
          process.stdout.write(JSON.stringify(answer) + "\n");
        });
        """#
}
