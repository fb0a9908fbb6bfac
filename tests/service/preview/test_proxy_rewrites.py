"""The proxy keeps the app's redirects and cookies under /preview/<session>."""

from __future__ import annotations

import pytest

from appwright.service.preview.proxy import rewrite_cookie, rewrite_location

PREFIX = "/preview/abc"


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("/preview/abc/login?next=/x", "/preview/abc/login?next=/x"),
        ("/login", "/preview/abc/login"),
        ("http://preview/preview/abc/deals/", "/preview/abc/deals/"),
        ("http://preview/deals", "/preview/abc/deals"),
        ("https://example.com/docs", "https://example.com/docs"),
        ("edit", "edit"),
        ("/preview/abcdef", "/preview/abc/preview/abcdef"),
    ],
)
def test_redirects_stay_under_the_prefix(location: str, expected: str) -> None:
    assert rewrite_location(location, PREFIX) == expected


@pytest.mark.parametrize(
    ("cookie", "expected"),
    [
        (
            "access_token=t; HttpOnly; Max-Age=60; Path=/; SameSite=lax",
            "access_token=t; HttpOnly; Max-Age=60; Path=/preview/abc; SameSite=lax",
        ),
        ("a=1; Path=/api", "a=1; Path=/preview/abc/api"),
        ("a=1; Domain=example.com; Path=/preview/abc/x", "a=1; Path=/preview/abc/x"),
        ("a=1", "a=1; Path=/preview/abc"),
    ],
)
def test_cookies_are_scoped_to_the_prefix(cookie: str, expected: str) -> None:
    assert rewrite_cookie(cookie, PREFIX) == expected
