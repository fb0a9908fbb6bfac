"""The sentence rewrites of ``owner_several``, one at a time on the string level: each test gives
the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.owner_several import numbered_things


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "the karts are numbered and we note each one's engine size in cc",
            "each kart has a number; each kart has engine size in cc",
        ),
        ("the rooms are named", "each room has a name"),
    ],
)
def test_numbered_things_have_a_number(sentence: str, plain: str) -> None:
    assert numbered_things(sentence) == plain


def test_things_numbered_in_some_way_are_left_alone() -> None:
    sentence = "the pages are numbered in order"
    assert numbered_things(sentence) == sentence
