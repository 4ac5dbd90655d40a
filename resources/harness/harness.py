# The Python harness of "Run examples" (written as harness.py beside attempt.py and cases.json).
# Loads the attempt, then runs each example in a copy of its namespace. Reports one line per
# event, prefixed by the run's token so the program's own prints cannot pass for results:
#   <token> {"case": 0, "actual": "[0, 1]", "passed": true}
import ast
import json
import sys
import traceback

TOKEN = sys.argv[1]
_out = sys.stdout


def report(event):
    _out.write("\n" + TOKEN + " " + json.dumps(event) + "\n")
    _out.flush()


def short(text, limit=2000):
    return text if len(text) <= limit else text[:limit] + "..."


def main():
    with open("cases.json", encoding="utf-8") as handle:
        spec = json.load(handle)
    namespace = {"__name__": "attempt"}
    try:
        with open("attempt.py", encoding="utf-8") as handle:
            source = handle.read()
        exec(compile(source, "attempt.py", "exec"), namespace)
    except SyntaxError as error:
        report({"load": "syntax", "line": error.lineno or 0, "message": short(str(error.msg))})
        return
    except BaseException as error:
        report({"load": "error", "message": short(type(error).__name__ + ": " + str(error)),
                "trace": short("".join(traceback.format_exception_only(type(error), error)))})
        return
    if spec.get("setup"):
        try:
            exec(compile(spec["setup"], "<examples setup>", "exec"), namespace)
        except BaseException as error:
            report({"load": "error", "message": short(type(error).__name__ + ": " + str(error))})
            return
    for index, case in enumerate(spec["cases"]):
        local = dict(namespace)
        try:
            tree = ast.parse(case["call"], "<example>", "exec")
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            exec(compile(tree, "<example>", "exec"), local)
            value = eval(compile(ast.Expression(last.value), "<example>", "eval"), local) if last else None
            expected = eval(case["expected"], local)
            if case.get("sorted"):
                passed = sorted(value) == sorted(expected)
            else:
                passed = value == expected
            report({"case": index, "actual": short(repr(value)), "passed": bool(passed)})
        except BaseException as error:  # noqa: BLE001 - any error is this example's result
            report({"case": index, "actual": short(type(error).__name__ + ": " + str(error)), "passed": False})
    report({"done": True})


main()
