"""Why a hook failed, decided by code (never by the model): transient, logic, configuration or
permission — and therefore what happens next (retry, repair, or ask a person).

The input is a `Failure`: what the sandbox, the source check or the generated app reported —
an error kind, the exception's class name and its message. Class names (not classes) are
compared, since the exception happened in another process.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Any


class FailureClass(enum.StrEnum):
    TRANSIENT = "transient"
    """It may pass unchanged a moment later: retry with backoff, no model."""
    LOGIC = "logic"
    """The code is wrong: the model repairs it (bounded)."""
    CONFIGURATION = "configuration"
    """The app lacks what the code needs (a setting, an entity, a field): a person decides."""
    PERMISSION = "permission"
    """The code did something it may not: a person decides."""


@dataclass(frozen=True)
class Failure:
    """One failure of a hook, wherever it happened."""

    kind: str
    """The sandbox's error kind (``crash``, ``timeout``, ``denied_import``...), a source
    check's issue kind (``unknown_entity``, ``bad_signature``...), or ``exception``."""
    error_class: str | None = None
    message: str = ""
    case: str | None = None
    """The test case (or reported input) it failed on."""
    traceback: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "error_class": self.error_class,
            "message": self.message,
            "case": self.case,
            "traceback": self.traceback,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Failure:
        return cls(
            kind=str(data.get("kind") or "exception"),
            error_class=data.get("error_class"),
            message=str(data.get("message") or ""),
            case=data.get("case"),
            traceback=str(data.get("traceback") or ""),
        )

    def summary(self) -> str:
        label = self.error_class or self.kind
        where = f" (case: {self.case})" if self.case else ""
        return f"{label}: {self.message}{where}" if self.message else f"{label}{where}"


@dataclass(frozen=True)
class Classification:
    failure_class: FailureClass
    reason: str


TRANSIENT_CLASSES = frozenset(
    {
        "TimeoutError",
        "socket.timeout",
        "ConnectionError",
        "ConnectionResetError",
        "ConnectionRefusedError",
        "ConnectionAbortedError",
        "BrokenPipeError",
        "TransientError",
        "TransientModelError",
        "ServiceUnavailable",
        "ReadTimeout",
        "ConnectTimeout",
        "PoolTimeout",
        "RemoteDisconnected",
    }
)
CONFIGURATION_CLASSES = frozenset(
    {
        "UnknownEntityError",
        "UnknownFieldError",
        "MissingSettingError",
        "ConfigurationError",
        "ImproperlyConfigured",
    }
)
PERMISSION_CLASSES = frozenset(
    {"PermissionError", "HookPermissionError", "Forbidden", "PermissionDenied", "AccessDenied"}
)
# Database errors that say "try again", whatever the class (sqlite3 / SQLAlchemy / psycopg).
TRANSIENT_MESSAGES = re.compile(
    r"database is locked|database table is locked|deadlock detected|could not serialize access"
    r"|connection (?:reset|refused|timed out)|temporarily unavailable|try again later"
    r"|\b(?:HTTP |status(?: code)? )?5\d\d\b.*(?:error|unavailable|gateway|timeout)"
    r"|\b(?:bad gateway|service unavailable|gateway time-?out|internal server error)\b",
    re.IGNORECASE,
)
CONFIGURATION_MESSAGES = re.compile(
    r"missing (?:setting|secret|configuration)|setting \S+ (?:is not set|has no value)"
    r"|secret \S+ (?:is not set|has no value)",
    re.IGNORECASE,
)
PERMISSION_MESSAGES = re.compile(
    r"\b403\b|permission denied|not permitted|access denied|may not (?:create|update|delete)",
    re.IGNORECASE,
)

# Source-check and sandbox kinds, when no exception class decides.
CONFIGURATION_KINDS = frozenset({"unknown_entity", "unknown_field", "missing_setting"})
PERMISSION_KINDS = frozenset({"network_denied", "permission"})
TRANSIENT_KINDS = frozenset({"sandbox_error", "stopped"})
LOGIC_KINDS = frozenset(
    {
        "syntax_error",
        "denied_import",
        "denied_code",
        "bad_signature",
        "bad_output",
        "crash",
        "timeout",
        "cpu",
        "memory",
        "process_limit",
        "open_files",
        "file_size",
        "output_limit",
    }
)


def classify(failure: Failure) -> Classification:
    """What kind of failure this is, with the rule that decided it."""
    name = (failure.error_class or "").rsplit(".", 1)[-1]
    message = failure.message
    if name in CONFIGURATION_CLASSES:
        return Classification(FailureClass.CONFIGURATION, f"{name}: the app lacks what it needs")
    if name in PERMISSION_CLASSES:
        return Classification(FailureClass.PERMISSION, f"{name}: a refused action")
    if name in TRANSIENT_CLASSES or (failure.error_class or "") in TRANSIENT_CLASSES:
        return Classification(FailureClass.TRANSIENT, f"{name}: may pass when retried")
    # A run that failed around the code (the sandbox, the check) is judged by how it failed.
    if failure.kind in CONFIGURATION_KINDS:
        return Classification(FailureClass.CONFIGURATION, f"{failure.kind}: found by the check")
    if failure.kind in PERMISSION_KINDS:
        return Classification(FailureClass.PERMISSION, f"{failure.kind}: refused by the sandbox")
    if failure.kind in TRANSIENT_KINDS:
        return Classification(FailureClass.TRANSIENT, f"{failure.kind}: the run itself failed")
    if message and TRANSIENT_MESSAGES.search(message):
        return Classification(FailureClass.TRANSIENT, "the message says to try again")
    if message and CONFIGURATION_MESSAGES.search(message):
        return Classification(FailureClass.CONFIGURATION, "the message names missing settings")
    if message and PERMISSION_MESSAGES.search(message) and not name.endswith("ValueError"):
        return Classification(FailureClass.PERMISSION, "the message says it was refused")
    if failure.kind in LOGIC_KINDS:
        return Classification(FailureClass.LOGIC, f"{failure.kind}: the code's own doing")
    return Classification(FailureClass.LOGIC, f"{name or failure.kind}: an error in the code")
