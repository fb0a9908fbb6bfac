"""Passwords (argon2id), access tokens (JWT, HS256) and API keys (random, stored as SHA-256)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()

API_KEY_PREFIX = "aw_"
TOKEN_ALGORITHM = "HS256"
MIN_PASSWORD_LENGTH = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def create_access_token(
    user_id: str, *, secret_key: str, minutes: int, now: datetime | None = None
) -> str:
    issued = now or datetime.now(UTC)
    claims = {"sub": user_id, "iat": issued, "exp": issued + timedelta(minutes=minutes)}
    return jwt.encode(claims, secret_key, algorithm=TOKEN_ALGORITHM)


def read_access_token(token: str, *, secret_key: str) -> str | None:
    """The user id a valid, unexpired token was issued to; None for anything else."""
    try:
        claims = jwt.decode(
            token, secret_key, algorithms=[TOKEN_ALGORITHM], options={"require": ["exp", "sub"]}
        )
    except jwt.PyJWTError:
        return None
    subject = claims.get("sub")
    return subject if isinstance(subject, str) else None


@dataclass(frozen=True)
class NewApiKey:
    key: str
    """The whole key, shown to its creator once."""
    prefix: str
    key_hash: str


def new_api_key() -> NewApiKey:
    prefix = secrets.token_hex(6)
    key = f"{API_KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    return NewApiKey(key=key, prefix=prefix, key_hash=hash_api_key(key))


def hash_api_key(key: str) -> str:
    # Keys carry 256 random bits, so a fast hash is enough (unlike passwords).
    return hashlib.sha256(key.encode()).hexdigest()


def api_key_prefix(key: str) -> str | None:
    if not key.startswith(API_KEY_PREFIX):
        return None
    prefix, _, secret = key[len(API_KEY_PREFIX) :].partition("_")
    return prefix if prefix and secret else None


def same_hash(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)


def load_or_create_secret_key(path: Path) -> str:
    """The key in ``path``, made (random, owner-only) on first use so tokens survive restarts."""
    if path.is_file():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(key)
    temporary.chmod(0o600)
    temporary.replace(path)
    return key
