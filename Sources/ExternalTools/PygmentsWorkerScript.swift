/// The Python the highlighting workers run, passed with `python3 -c` so the binary needs no file
/// beside it. Its first line names Pygments' version and the files an upgrade replaces. Lexers are looked up once per language; `stripnl=False` keeps leading blank lines,
/// so `hl_lines` counts the lines the author sees.
enum PygmentsWorkerScript {
    // Indented in this file (Swift strips it) so no line of it reads as a Swift import.
    static let source =
        PygmentsDispatchScript.source + #"""
            import sys, json
            try:
                import pygments
                from pygments import highlight
                from pygments.lexers import get_lexer_by_name
                from pygments.formatters import HtmlFormatter
                from pygments.util import ClassNotFound
            except Exception as error:
                print(json.dumps({"error": str(error)}), flush=True)
                sys.exit(0)
            try:
                install_dispatch()
            except Exception:
                pass
            formatter = HtmlFormatter(nowrap=True)
            lexers = {}
            print(json.dumps({"ready": pygments.__version__, "files": [sys.executable, pygments.__file__]}), flush=True)
            for line in sys.stdin:
                try:
                    request = json.loads(line)
                    language = str(request["language"]).lower()
                    if language not in lexers:
                        try:
                            lexers[language] = get_lexer_by_name(language, stripnl=False, ensurenl=True)
                        except ClassNotFound:
                            lexers[language] = None
                    lexer = lexers[language]
                    answer = {"unknown": True} if lexer is None else {"html": highlight(request["code"], lexer, formatter)}
                except Exception as error:
                    answer = {"error": str(error)}
                sys.stdout.write(json.dumps(answer) + "\n")
                sys.stdout.flush()
            """#
}
