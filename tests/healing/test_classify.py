"""Failures are classified by code: the exception's class, its message, the run's kind."""

from __future__ import annotations

import pytest

from appwright.healing import Failure, FailureClass, classify

T, L, C, P = (
    FailureClass.TRANSIENT,
    FailureClass.LOGIC,
    FailureClass.CONFIGURATION,
    FailureClass.PERMISSION,
)


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (Failure("exception", "TimeoutError", "timed out"), T),
        (Failure("exception", "ConnectionResetError", "reset by peer"), T),
        (Failure("exception", "sqlalchemy.exc.OperationalError", "database is locked"), T),
        (Failure("exception", "HTTPStatusError", "Server error '503 Service Unavailable'"), T),
        (Failure("sandbox_error", None, "bwrap: setting up uid map: Permission denied"), T),
        (Failure("exception", "KeyError", "'threshold'"), L),
        (Failure("exception", "TypeError", "unsupported operand"), L),
        (Failure("exception", "ValueError", "bad value"), L),
        (Failure("exception", "AttributeError", "'NoneType' object has no attribute"), L),
        (Failure("exception", "AssertionError", ""), L),
        (Failure("exception", "InvalidValueError", "stock_alert.raised_on is required"), L),
        (Failure("exception", "HookOutputError", "run() returned list"), L),
        (Failure("denied_import", None, "import of 'subprocess' is not allowed"), L),
        (Failure("syntax_error", None, "line 2: syntax error"), L),
        (Failure("bad_output", None, "no JSON result"), L),
        (Failure("timeout", None, "killed at the wall-clock limit"), L),
        (Failure("exception", "MissingSettingError", "the setting 'x' has no value"), C),
        (Failure("exception", "UnknownEntityError", "no entity 'invoice'"), C),
        (Failure("exception", "UnknownFieldError", "product has no field 'qty'"), C),
        (Failure("unknown_entity", None, "api.create() names entity 'invoice'"), C),
        (Failure("exception", "RuntimeError", "missing secret SMTP_PASSWORD"), C),
        (Failure("exception", "PermissionError", "[Errno 13] Permission denied: '/etc'"), P),
        (Failure("exception", "HookPermissionError", "created_by_id is set by the app"), P),
        (Failure("exception", "Forbidden", "role clerk may not create stock_alert"), P),
        (Failure("exception", "HTTPStatusError", "Client error '403 Forbidden'"), P),
        (Failure("network_denied", None, "a connection without network"), P),
    ],
    ids=lambda value: value.summary()[:40] if isinstance(value, Failure) else str(value),
)
def test_classification(failure: Failure, expected: FailureClass) -> None:
    assert classify(failure).failure_class is expected


def test_failures_round_trip_through_json() -> None:
    failure = Failure("exception", "KeyError", "'x'", case="typical record", traceback="tb")
    assert Failure.from_json(failure.to_json()) == failure
    assert failure.summary() == "KeyError: 'x' (case: typical record)"
