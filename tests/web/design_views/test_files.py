from __future__ import annotations

from appwright.web.design_views.files import (
    FileTestResult,
    file_tree,
    highlight_css,
    highlighted,
    is_test_file,
    results_by_test_file,
)

PATHS = [
    "README.md",
    "shop/api/routes/order.py",
    "shop/models.py",
    "pyproject.toml",
    "tests/test_order.py",
    "tests/test_pages.py",
    "tests/conftest.py",
]


def test_tree_nests_directories_first_then_files() -> None:
    tree = file_tree(PATHS, overridden={"shop/models.py"})
    assert [(n.name, n.is_dir) for n in tree] == [
        ("shop", True), ("tests", True), ("README.md", False), ("pyproject.toml", False),
    ]  # fmt: skip
    shop = tree[0]
    assert [n.name for n in shop.children] == ["api", "models.py"]
    assert shop.children[0].path == "shop/api"
    routes = shop.children[0].children[0]
    assert (routes.path, routes.children[0].path) == ("shop/api/routes", "shop/api/routes/order.py")
    assert shop.children[1].overridden
    assert not tree[2].overridden


def test_python_is_highlighted_with_line_numbers_and_escaped() -> None:
    html = str(highlighted("shop/models.py", b'class Order:\n    note = "<b>"\n'))
    assert 'class="highlight' in html
    assert "linenos" in html
    assert "&lt;b&gt;" in html
    assert '<span class="k">class</span>' in html


def test_unknown_kinds_are_plain_text_and_binary_is_described() -> None:
    plain = str(highlighted("notes.unknownext", b"<script>x</script>"))
    assert "&lt;script&gt;" in plain and "<script>" not in plain
    assert "3 bytes of binary content" in str(highlighted("logo.png", b"\xff\xfe\x00"))


def test_big_files_are_not_highlighted() -> None:
    html = str(highlighted("big.py", b"x = 1\n" * 50_000))
    assert html.startswith('<pre class="code-plain">')


def test_the_stylesheet_is_scoped() -> None:
    assert ".highlight .k" in highlight_css()


def test_which_files_are_tests() -> None:
    assert is_test_file("tests/test_order.py")
    assert is_test_file("pkg/order_test.py")
    assert not is_test_file("tests/conftest.py")
    assert not is_test_file("shop/testing.py")


def test_results_by_file_from_a_failed_run() -> None:
    result = {
        "tests": {
            "ran": True, "passed": 40, "failed": 2, "errors": 1,
            "output_tail": (
                "..F.E\n=== short test summary info ===\n"
                "FAILED tests/test_order.py::test_create - assert 1 == 2\n"
                "FAILED tests/test_order.py::test_update\n"
                "ERROR tests/test_pages.py::test_home - boom\n"
                "2 failed, 40 passed, 1 error in 3.2s\n"
            ),
        }
    }  # fmt: skip
    assert results_by_test_file(PATHS, result) == {
        "tests/test_order.py": FileTestResult("failed", 2),
        "tests/test_pages.py": FileTestResult("failed", 1),
    }


def test_results_by_file_when_all_passed_or_none_ran() -> None:
    passed = results_by_test_file(PATHS, {"tests": {"ran": True, "passed": 9}})
    assert set(passed.values()) == {FileTestResult("passed")}
    assert set(passed) == {"tests/test_order.py", "tests/test_pages.py"}
    not_run = results_by_test_file(PATHS, {"tests": {"ran": False}})
    assert set(not_run.values()) == {FileTestResult("not_run")}
    assert set(results_by_test_file(PATHS, None).values()) == {FileTestResult("not_run")}
