#!/usr/bin/env python3
"""Proves a blind set's answer key with exact decimal arithmetic, independently of sitegen.

Every relation's `expr` is evaluated over exact rationals (Fraction); a relation marked correct
must agree with its stated figure at the stated precision, a planted error must not, and the
stated digits must appear on the line the key names. Exit status 1 when anything does not hold.

    python3 prove_key.py Tests/Evaluation/blind-a/part1/key.json [more keys…]
"""
import ast
import json
import re
import sys
import unicodedata
from decimal import Decimal
from fractions import Fraction
from pathlib import Path


def evaluate(expr):
    """Evaluates + - * / and parentheses over decimal literals as exact fractions."""
    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            # Re-read the literal's own digits: a float constant would already be rounded.
            segment = ast.get_source_segment(expr, node)
            return Fraction(Decimal(segment))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            value = walk(node.operand)
            return -value if isinstance(node.op, ast.USub) else value
        if isinstance(node, ast.BinOp):
            left, right = walk(node.left), walk(node.right)
            if isinstance(node.op, ast.Add):
                return left + right
            if isinstance(node.op, ast.Sub):
                return left - right
            if isinstance(node.op, ast.Mult):
                return left * right
            if isinstance(node.op, ast.Div):
                return left / right
        raise ValueError(f"unsupported syntax in {expr!r}")
    return walk(ast.parse(expr, mode="eval"))


def decimals_of(stated):
    return len(stated.split(".")[1]) if "." in stated else 0


def agrees(value, stated, rounding):
    figure = Fraction(Decimal(stated))
    if rounding == "approx":
        return abs(value - figure) <= abs(value) / 100 or abs(value - figure) <= Fraction(1, 2) * Fraction(10) ** -decimals_of(stated)
    step = Fraction(10) ** -decimals_of(stated)
    if rounding == "truncate":
        return abs(value - figure) < step
    return abs(value - figure) <= step / 2


def digits_on_line(text):
    """The line's digits as ASCII, full-width digits folded, everything else dropped."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"[^0-9]", "", folded)


def significant_digits(stated):
    """The stated figure's digits as they must appear in the text (sign, point and leading zeros dropped)."""
    digits = stated.lstrip("-").replace(".", "").lstrip("0")
    return digits or "0"


def prove(key_path):
    key_path = Path(key_path)
    key = json.loads(key_path.read_text(encoding="utf-8"))
    problems = []
    counts = {"files": 0, "relations": 0, "errors": 0}
    for entry in key["files"]:
        counts["files"] += 1
        source = key_path.parent / entry["path"]
        if not source.exists():
            problems.append(f"{entry['path']}: file missing")
            continue
        lines = source.read_text(encoding="utf-8").split("\n")
        planted = [r for r in entry["relations"] if r.get("error")]
        if entry.get("clean") and planted:
            problems.append(f"{entry['path']}: marked clean but has {len(planted)} planted errors")
        if not entry.get("clean") and not planted:
            problems.append(f"{entry['path']}: not clean but no planted error")
        for relation in entry["relations"]:
            counts["relations"] += 1
            where = f"{entry['path']}:{relation['line']}"
            try:
                value = evaluate(relation["expr"])
                Decimal(relation["stated"])
            except Exception as error:  # noqa: BLE001 - any malformed entry is a key problem
                problems.append(f"{where}: cannot evaluate: {error}")
                continue
            ok = agrees(value, relation["stated"], relation.get("rounding", "nearest"))
            if relation.get("error"):
                counts["errors"] += 1
                if ok:
                    problems.append(f"{where}: planted error agrees with its expr ({float(value)})")
            elif not ok:
                problems.append(f"{where}: stated {relation['stated']} but expr gives {float(value)}")
            line_number = relation["line"]
            if not 1 <= line_number <= len(lines):
                problems.append(f"{where}: no such line")
            elif significant_digits(relation["stated"]) not in digits_on_line(lines[line_number - 1]):
                problems.append(f"{where}: digits of {relation['stated']} not on that line")
    return counts, problems


def main(paths):
    failed = False
    for path in paths:
        counts, problems = prove(path)
        print(f"{path}: {counts['files']} files, {counts['relations']} relations, {counts['errors']} planted errors")
        for problem in problems:
            print(f"  {problem}")
        failed = failed or bool(problems)
    print("key proved" if not failed else "key NOT proved")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
