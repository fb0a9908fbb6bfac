"""People: the e-mail type accounts use, and a user as the API shows it."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

# Deliberately lenient (one @, no spaces, a dot-free host allowed): a self-hosted service has
# accounts like admin@localhost, and deliverability is not what an e-mail is used for here.
_EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+$")


def normalize_email(value: str) -> str:
    """E-mails are stored and compared lower-cased, so Ada@X.org and ada@x.org are one account."""
    email = value.strip().lower()
    if not _EMAIL_PATTERN.fullmatch(email):
        raise ValueError(f"{value!r} is not an e-mail address (expected name@domain)")
    return email


Email = Annotated[str, Field(min_length=3, max_length=320), AfterValidator(normalize_email)]


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    email: str
    full_name: str
    is_active: bool
    created_at: datetime
