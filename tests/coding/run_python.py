#!/usr/bin/env python3
"""Run one coding solution against its test, in one namespace.

    run_python.py SOLUTION.py TEST.py

SOLUTION.py is the first ```python block of a question file (extracted by
extract_block.cmake); TEST.py asserts on the names the solution defines. Both are
executed in the namespace of one fresh module, solution first. Exit status is 0
when the test finishes, 1 when either file raises (the traceback is printed), and
the test's own status when it calls sys.exit().

Helpers shared by several tests live in support/ next to TEST.py; a test imports
them by module name (from tree_support import ...).
"""

import os
import sys
import traceback
import types


def run(solution_path: str, test_path: str) -> int:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(test_path)), "support"))
    sys.dont_write_bytecode = True  # no __pycache__ in the source tree
    module = types.ModuleType("starloop_solution")
    module.__file__ = solution_path
    # Registering the module lets dataclasses, pickle and typing resolve names in it.
    sys.modules[module.__name__] = module
    namespace = module.__dict__

    for label, path in (("solution", solution_path), ("test", test_path)):
        try:
            with open(path, encoding="utf-8") as handle:
                source = handle.read()
            code = compile(source, path, "exec")
            exec(code, namespace)
        except SystemExit as stop:
            code = stop.code
            if code is None or code == 0:
                return 0
            print(f"{label} {path} exited with {code!r}", file=sys.stderr)
            return code if isinstance(code, int) else 1
        except BaseException:  # noqa: BLE001 - report anything, including KeyboardInterrupt
            print(f"FAILED in {label} {path}:", file=sys.stderr)
            traceback.print_exc()
            return 1
    print(f"ok: {test_path}")
    return 0


def main(argv: list) -> int:
    if len(argv) != 3:
        print("usage: run_python.py SOLUTION.py TEST.py", file=sys.stderr)
        return 2
    return run(argv[1], argv[2])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
