"""Preview access tokens: signed, scoped to one session, short-lived."""

from __future__ import annotations

import pytest

from appwright.service.preview.access import (
    COOKIE_SECONDS,
    LINK_SECONDS,
    AccessDeniedError,
    read_token,
    sign_token,
)

SECRET = "a-secret-key-for-the-tests"


def test_a_token_reads_back_its_session_workspace_and_expiry() -> None:
    token = sign_token(SECRET, session_id="s-1", workspace_id="w-1", now=1000)
    grant = read_token(SECRET, token, session_id="s-1", now=1000)
    assert (grant.session_id, grant.workspace_id, grant.purpose) == ("s-1", "w-1", "link")
    assert grant.expires_at == 1000 + LINK_SECONDS


def test_a_cookie_token_lives_longer_than_a_link() -> None:
    token = sign_token(SECRET, session_id="s-1", workspace_id="w-1", purpose="cookie", now=0)
    assert read_token(SECRET, token, session_id="s-1", now=COOKIE_SECONDS - 1).purpose == "cookie"


@pytest.mark.parametrize(
    ("token_of", "reason"),
    [
        (lambda: sign_token(SECRET, session_id="s-2", workspace_id="w", now=1000), "another"),
        (
            lambda: sign_token("other-secret", session_id="s-1", workspace_id="w", now=1000),
            "not valid",
        ),
        (
            lambda: sign_token(SECRET, session_id="s-1", workspace_id="w", now=-LINK_SECONDS),
            "expired",
        ),
        (lambda: "not-a-token", "malformed"),
        (lambda: "abc.def", "not valid"),
        (
            lambda: sign_token(SECRET, session_id="s-1", workspace_id="w", now=1000)[:-3] + "AAA",
            "not valid",
        ),
    ],
    ids=["other session", "other key", "expired", "garbage", "forged", "tampered"],
)
def test_bad_tokens_are_refused_with_the_reason(token_of: object, reason: str) -> None:
    assert callable(token_of)
    with pytest.raises(AccessDeniedError, match=reason):
        read_token(SECRET, token_of(), session_id="s-1", now=1000)
