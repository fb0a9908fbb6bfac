"""Generated files for the code pane: a tree of paths, Pygments highlighting, and the test
results of each test file as far as the generation's job result tells them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from markupsafe import Markup, escape
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_for_filename
from pygments.lexers.special import TextLexer
from pygments.util import ClassNotFound

# Bigger files are shown as plain text: highlighting them would slow the page for no one.
MAX_HIGHLIGHT_BYTES = 200_000
HIGHLIGHT_STYLE = "default"
HIGHLIGHT_CLASS = "highlight"

# pytest's short summary: "FAILED tests/test_deal.py::test_create - assert ..." or "ERROR tests/x.py".
_FAILURE_LINE = re.compile(r"^(?P<kind>FAILED|ERROR)\s+(?P<path>[^\s:]+\.py)(?:::|\s|$)")
_TEST_FILE = re.compile(r"(^|/)(test_[^/]*|[^/]*_test)\.py$")


@dataclass
class FileNode:
    name: str
    path: str
    """The file's path in the project; a directory's path without a trailing slash."""
    is_dir: bool
    children: list[FileNode] = field(default_factory=list)
    overridden: bool = False


def file_tree(paths: list[str], overridden: set[str] | None = None) -> list[FileNode]:
    """The paths as nested directories: directories first, then files, each sorted by name."""
    edited = overridden or set()
    root = FileNode(name="", path="", is_dir=True)
    directories: dict[str, FileNode] = {"": root}
    for path in sorted(paths):
        parent = root
        parts = path.split("/")
        for depth, part in enumerate(parts[:-1]):
            dir_path = "/".join(parts[: depth + 1])
            node = directories.get(dir_path)
            if node is None:
                node = FileNode(name=part, path=dir_path, is_dir=True)
                directories[dir_path] = node
                parent.children.append(node)
            parent = node
        parent.children.append(
            FileNode(name=parts[-1], path=path, is_dir=False, overridden=path in edited)
        )
    _sort(root)
    return root.children


def _sort(node: FileNode) -> None:
    node.children.sort(key=lambda child: (not child.is_dir, child.name))
    for child in node.children:
        if child.is_dir:
            _sort(child)


@cache
def _formatter() -> HtmlFormatter[str]:
    return HtmlFormatter(style=HIGHLIGHT_STYLE, cssclass=HIGHLIGHT_CLASS, linenos="table")


def highlight_css() -> str:
    """The stylesheet of the highlighted code (classes under ``.highlight``)."""
    css: str = _formatter().get_style_defs(f".{HIGHLIGHT_CLASS}")  # type: ignore[no-untyped-call]
    return css


def highlighted(path: str, content: bytes) -> Markup:
    """The file as highlighted HTML with line numbers; a binary file says so instead."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return Markup('<p class="code-binary">{} bytes of binary content</p>').format(len(content))
    if len(content) > MAX_HIGHLIGHT_BYTES:
        return Markup('<pre class="code-plain">{}</pre>').format(escape(text))
    try:
        lexer = get_lexer_for_filename(path, stripnl=False)
    except ClassNotFound:
        lexer = TextLexer(stripnl=False)
    # Pygments escapes the source itself; its output is HTML we trust.
    return Markup(highlight(text, lexer, _formatter()))


def is_test_file(path: str) -> bool:
    return bool(_TEST_FILE.search(path))


FileTestState = Literal["passed", "failed", "not_run"]


@dataclass(frozen=True)
class FileTestResult:
    state: FileTestState
    failures: int = 0
    """Failed or erroring tests of this file named in pytest's summary."""


def results_by_test_file(
    paths: list[str], job_result: dict[str, Any] | None
) -> dict[str, FileTestResult]:
    """Each test file's outcome in the generation's test run.

    The job result stores the run's totals and, when it failed, the end of pytest's output,
    whose short summary names each failing test's file; a test file it does not name passed.
    Without a run (tests off, or no generation yet) every test file is ``not_run``."""
    tests = (job_result or {}).get("tests") or {}
    test_paths = [path for path in paths if is_test_file(path)]
    if not tests.get("ran"):
        return {path: FileTestResult("not_run") for path in test_paths}
    failures: dict[str, int] = {}
    for line in str(tests.get("output_tail") or "").splitlines():
        match = _FAILURE_LINE.match(line.strip())
        if match is not None:
            failures[match["path"]] = failures.get(match["path"], 0) + 1
    return {
        path: FileTestResult("failed", failures[path])
        if path in failures
        else FileTestResult("passed")
        for path in test_paths
    }
