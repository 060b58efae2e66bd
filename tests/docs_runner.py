"""Run one documentation page's Python blocks in a fresh interpreter (for test_docs_run.py).

Run as ``python -I tests/docs_runner.py`` with a JSON object on standard input:

- ``"page"``: the page's path, used as the file name in tracebacks;
- ``"blocks"``: ``[first_line, code]`` pairs, in page order;
- ``"blocked"``: top-level modules to hide, as if their packages were not
  installed (those of the optional extras the page does not name).

The blocks run in order in one namespace, as a reader pasting them one after
another would run them. Each block's code is compiled with blank lines before
it, so a traceback gives the line number on the page. The answer, on
standard output, is a JSON object: ``"outputs"``, what each block that ran
printed, and ``"failure"``, null or the traceback of the block that failed
(no later block runs).
"""

from __future__ import annotations

import contextlib
import importlib.abc
import importlib.machinery
import io
import json
import sys
import traceback
from collections.abc import Sequence
from types import ModuleType


class HideModules(importlib.abc.MetaPathFinder):
    """Makes importing the hidden top-level modules fail as a missing package does."""

    def __init__(self, hidden: frozenset[str]) -> None:
        self.hidden = hidden

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        """Refuse a hidden module; leave everything else to the other finders."""
        if fullname.partition(".")[0] in self.hidden:
            raise ModuleNotFoundError(
                f"No module named {fullname!r} (the page names no extra that installs it)",
                name=fullname,
            )
        return None


def main() -> None:
    """Run the blocks read from standard input and write what happened to standard output."""
    request = json.load(sys.stdin)
    sys.meta_path.insert(0, HideModules(frozenset(request["blocked"])))
    namespace: dict[str, object] = {"__name__": "__main__"}
    outputs: list[str] = []
    failure = None
    for first_line, code in request["blocks"]:
        printed = io.StringIO()
        try:
            with contextlib.redirect_stdout(printed):
                exec(compile("\n" * (first_line - 1) + code, request["page"], "exec"), namespace)
        except BaseException as error:
            # The traceback starts at the page: this file's own frame says nothing.
            failure = "".join(
                traceback.format_exception(
                    error.with_traceback(
                        error.__traceback__.tb_next if error.__traceback__ else None
                    )
                )
            )
            break
        finally:
            outputs.append(printed.getvalue())
    json.dump({"outputs": outputs, "failure": failure}, sys.stdout)


if __name__ == "__main__":
    main()
