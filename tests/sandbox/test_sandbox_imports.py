from __future__ import annotations

import pytest

from appwright.sandbox.imports import DEFAULT_ALLOWED_IMPORTS, CodeSyntaxError, check_imports


def test_allowed_imports_pass() -> None:
    source = "from __future__ import annotations\nimport json, math\nfrom datetime import date\n"
    assert check_imports(source) == []


def test_a_denied_import_names_its_line_and_the_allow_list() -> None:
    issues = check_imports("import json\n\nimport subprocess\n")
    assert [str(issue) for issue in issues] == [
        "line 3: import of 'subprocess' is not allowed; allowed: "
        + ", ".join(sorted(DEFAULT_ALLOWED_IMPORTS - {"__future__"}))
    ]


def test_dotted_and_from_imports_are_judged_by_their_package() -> None:
    issues = check_imports(
        "import os.path\nfrom urllib.request import urlopen\nimport json.decoder\n"
    )
    assert [(issue.line, issue.message.split(";")[0]) for issue in issues] == [
        (1, "import of 'os.path' is not allowed"),
        (2, "import of 'urllib.request' is not allowed"),
    ]


def test_dynamic_imports_and_code_are_refused() -> None:
    source = "m = __import__('os')\neval('1')\nexec('x = 1')\ncompile('1', 'f', 'eval')\n"
    assert [issue.line for issue in check_imports(source)] == [1, 2, 3, 4]


def test_relative_imports_are_refused() -> None:
    (issue,) = check_imports("from . import helpers\n")
    assert issue.message == "relative imports are not allowed"


def test_imports_inside_functions_are_found() -> None:
    (issue,) = check_imports("def hook(row):\n    import socket\n    return row\n")
    assert issue.line == 2


def test_a_custom_allow_list() -> None:
    assert check_imports("import os\n", allowed={"os"}) == []
    assert check_imports("import json\n", allowed={"os"})


def test_a_syntax_error_says_where() -> None:
    with pytest.raises(CodeSyntaxError) as caught:
        check_imports("x = 1\ndef broken(:\n")
    assert caught.value.issue.line == 2
    assert str(caught.value).startswith("line 2: syntax error")


def test_attribute_tricks_pass_the_check() -> None:
    # the check is early feedback; the sandbox must contain these (see the hostile suite)
    assert check_imports("().__class__.__base__.__subclasses__()\n") == []
