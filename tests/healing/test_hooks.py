"""The source checks: what a hook may not contain, refused with line-numbered reasons."""

from __future__ import annotations

import pytest
from support.hooks import inventory_hook

from appwright.healing import check_hook_source

ENTITIES = {"product", "stock_alert", "order"}


def kinds(source: str) -> list[str]:
    return [issue.kind for issue in check_hook_source(source, ENTITIES)]


def test_a_working_hook_passes() -> None:
    assert check_hook_source(inventory_hook("restock_on_receipt"), ENTITIES) == []


@pytest.mark.parametrize(
    ("source", "kind", "words"),
    [
        ("import subprocess\ndef run(record, api):\n    pass\n", "denied_import", "subprocess"),
        ("def run(record, api):\n    return open('/etc/shadow').read()\n", "denied_code", "open"),
        (
            "def run(record, api):\n    return ().__class__.__base__.__subclasses__()\n",
            "denied_code",
            "interpreter internals",
        ),
        ("def run(record, api):\n    __import__('os').system('id')\n", "denied_import", "__import__"),
        ("def run(record, api):\n    eval('1')\n", "denied_import", "eval"),
        ("def run(record):\n    pass\n", "bad_signature", "exactly two"),
        ("def hook(record, api):\n    pass\n", "bad_signature", "run(record, api)"),
        ("async def run(record, api):\n    pass\n", "bad_signature", "async"),
        ("def run(record, api)\n    pass\n", "syntax_error", "syntax"),
        (
            "def run(record, api):\n    api.create('invoice', {})\n",
            "unknown_entity",
            "'invoice'",
        ),
    ],
    ids=[
        "subprocess", "open", "subclasses trick", "__import__", "eval", "one argument",
        "no run", "async", "syntax", "unknown entity",
    ],
)  # fmt: skip
def test_refused_with_a_readable_reason(source: str, kind: str, words: str) -> None:
    issues = check_hook_source(source, ENTITIES)
    assert kind in [issue.kind for issue in issues]
    found = next(issue for issue in issues if issue.kind == kind)
    assert words in found.message
    assert str(found).startswith(f"line {found.line}: ")


def test_entity_names_are_only_checked_when_known() -> None:
    assert kinds("def run(record, api):\n    api.get('invoice', 1)\n") == ["unknown_entity"]
    assert check_hook_source("def run(record, api):\n    api.get('invoice', 1)\n") == []
