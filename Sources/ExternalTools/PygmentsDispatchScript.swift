/// Python the highlighting workers run before their loop: Pygments' `RegexLexer` tries every rule
/// of a state in turn at each position, and most of a lexer's time goes to rules that cannot
/// match the character there. This works out, once per rule, which characters its pattern can
/// start with (from Python's own regex parser), and at each position tries only the rules that
/// can match there, in their order; a rule it cannot read, a case-insensitive one or one that can
/// match nothing is tried everywhere. The tokens are the same; `SITEGEN_PYGMENTS_DISPATCH=0`
/// turns it off (tests compare the two).
enum PygmentsDispatchScript {
    // Indented in this file (Swift strips it) so no line of it reads as a Swift import.
    static let source = #"""
        def install_dispatch():
            import os, re
            if os.environ.get("SITEGEN_PYGMENTS_DISPATCH") == "0":
                return
            try:
                import re._parser as parser
                import re._constants as ops
            except ImportError:
                import sre_parse as parser
                import sre_constants as ops
            from pygments.lexer import RegexLexer
            from pygments.token import Error, Whitespace, _TokenType

            def word(c):
                return c.isalnum() or c == "_"
            categories = {
                ops.CATEGORY_DIGIT: str.isdecimal, ops.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
                ops.CATEGORY_SPACE: str.isspace, ops.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
                ops.CATEGORY_WORD: word, ops.CATEGORY_NOT_WORD: lambda c: not word(c),
            }
            repeats = {ops.MAX_REPEAT, ops.MIN_REPEAT} | ({ops.POSSESSIVE_REPEAT} if hasattr(ops, "POSSESSIVE_REPEAT") else set())

            def union(tests):
                return tests[0] if len(tests) == 1 else (lambda c: any(t(c) for t in tests))

            def character_class(items):
                tests, negate = [], False
                for op, av in items:
                    if op is ops.NEGATE:
                        negate = True
                    elif op is ops.LITERAL:
                        tests.append(lambda c, v=chr(av): c == v)
                    elif op is ops.RANGE:
                        tests.append(lambda c, lo=av[0], hi=av[1]: lo <= ord(c) <= hi)
                    elif op is ops.CATEGORY and av in categories:
                        tests.append(categories[av])
                    else:
                        return None
                if not tests:
                    return None
                test = union(tests)
                return (lambda c: not test(c)) if negate else test

            # (test, empty): a test of the first character, None for "any"; and whether the
            # sequence can match the empty string, so what follows may supply the first character.
            def first(sequence):
                tests = []
                for op, av in sequence:
                    if op in (ops.AT, ops.ASSERT, ops.ASSERT_NOT):
                        continue
                    if op is ops.LITERAL:
                        test, empty = (lambda c, v=chr(av): c == v), False
                    elif op is ops.NOT_LITERAL:
                        test, empty = (lambda c, v=chr(av): c != v), False
                    elif op is ops.IN:
                        test, empty = character_class(av), False
                    elif op is ops.SUBPATTERN:
                        if av[1] & (re.IGNORECASE | re.LOCALE):
                            return None, False
                        test, empty = first(av[-1])
                    elif op is ops.BRANCH:
                        tests_here, empty = [], False
                        for branch in av[1]:
                            branch_test, branch_empty = first(branch)
                            if branch_test is None:
                                return None, False
                            tests_here.append(branch_test)
                            empty = empty or branch_empty
                        test = union(tests_here)
                    elif op in repeats:
                        test, empty = first(av[2])
                        empty = empty or av[0] == 0
                    elif op is getattr(ops, "ATOMIC_GROUP", None):
                        test, empty = first(av)
                    else:
                        return None, False
                    if test is None:
                        return None, False
                    tests.append(test)
                    if not empty:
                        return union(tests), False
                return (union(tests) if tests else None), True

            def rule_test(match):
                pattern = getattr(match, "__self__", None)
                if pattern is None or not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.LOCALE):
                    return None
                try:
                    test, empty = first(parser.parse(pattern.pattern, pattern.flags))
                except Exception:
                    return None
                return None if empty else test

            tables = {}

            def table_for(tokendefs, state):
                key = (id(tokendefs), state)
                table = tables.get(key)
                if table is None:
                    rules = tokendefs[state]
                    table = tables[key] = ({}, rules, [rule_test(rule[0]) for rule in rules])
                return table

            def rules_at(table, c):
                found = table[0].get(c)
                if found is None:
                    _, rules, tests = table
                    found = table[0][c] = [r for r, t in zip(rules, tests) if t is None or (c != "" and t(c))]
                return found

            # RegexLexer.get_tokens_unprocessed of Pygments 2.14, with `rules_at` in its inner loop.
            def get_tokens_unprocessed(self, text, stack=("root",)):
                pos = 0
                tokendefs = self._tokens
                statestack = list(stack)
                table = table_for(tokendefs, statestack[-1])
                end = len(text)
                while 1:
                    c = text[pos] if pos < end else ""
                    rules = table[0].get(c)
                    for rexmatch, action, new_state in (rules if rules is not None else rules_at(table, c)):
                        m = rexmatch(text, pos)
                        if m:
                            if action is not None:
                                if type(action) is _TokenType:
                                    yield pos, action, m.group()
                                else:
                                    yield from action(self, m)
                            pos = m.end()
                            if new_state is not None:
                                if isinstance(new_state, tuple):
                                    for state in new_state:
                                        if state == "#pop":
                                            if len(statestack) > 1:
                                                statestack.pop()
                                        elif state == "#push":
                                            statestack.append(statestack[-1])
                                        else:
                                            statestack.append(state)
                                elif isinstance(new_state, int):
                                    if abs(new_state) >= len(statestack):
                                        del statestack[1:]
                                    else:
                                        del statestack[new_state:]
                                elif new_state == "#push":
                                    statestack.append(statestack[-1])
                                else:
                                    assert False, "wrong state def: %r" % new_state
                                table = table_for(tokendefs, statestack[-1])
                            break
                    else:
                        try:
                            if text[pos] == "\n":
                                statestack = ["root"]
                                table = table_for(tokendefs, "root")
                                yield pos, Whitespace, "\n"
                                pos += 1
                                continue
                            yield pos, Error, text[pos]
                            pos += 1
                        except IndexError:
                            break

            RegexLexer.get_tokens_unprocessed = get_tokens_unprocessed

        """#
}
