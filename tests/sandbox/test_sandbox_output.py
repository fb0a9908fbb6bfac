from __future__ import annotations

from appwright.sandbox.output import BoundedOutput


def test_small_output_is_kept_whole() -> None:
    output = BoundedOutput(100)
    output.append(b"hello\n")
    output.append(b"world\n")
    assert output.text() == "hello\nworld\n"
    assert not output.truncated
    assert output.total == 12
    assert output.last_line() == "world"


def test_large_output_keeps_head_and_tail_and_says_what_was_dropped() -> None:
    output = BoundedOutput(20)
    output.append(b"HEAD______")
    for _ in range(100):
        output.append(b"middle")
    output.append(b"___TAIL\n")
    text = output.text()
    assert output.truncated
    assert output.total == 10 + 600 + 8
    assert text.startswith("HEAD______")
    assert text.endswith("le___TAIL\n")
    assert "[... 598 bytes not kept ...]" in text
    assert output.last_line() == "le___TAIL"


def test_one_huge_chunk_is_cut_to_the_limit() -> None:
    output = BoundedOutput(10)
    output.append(b"a" * 5 + b"b" * 1000 + b"c" * 5)
    assert output.text() == "aaaaa\n[... 1000 bytes not kept ...]\nccccc"


def test_invalid_utf8_is_replaced() -> None:
    output = BoundedOutput(100)
    output.append(b"\xff ok")
    assert output.text() == "\ufffd ok"
