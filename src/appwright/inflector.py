"""The English plural engine (``inflect``), loaded once and only when a word is first inflected.

inflect 7 wraps every public method in typeguard's ``@typechecked``. typeguard instruments each
one by recompiling its source at import: more than two seconds before the first plural, and
twice the cost of every call after it. typeguard itself turns the decorator off under
``python -O``. Here it is turned off for inflect's import alone, the same way, because our callers
pass plain strings and the checks would only guard inflect against wrong types we never pass.
"""

from __future__ import annotations

import sys
import threading
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import inflect

_IMPORT_LOCK = threading.Lock()


def _unchecked(target: Any = None, **_options: Any) -> Any:
    """``typechecked`` as ``python -O`` makes it: the target unchanged, with or without options."""
    if target is None:
        return lambda decorated: decorated
    return target


@cache
def engine() -> inflect.engine:
    with _IMPORT_LOCK:
        if "inflect" not in sys.modules:
            import typeguard

            checked = typeguard.typechecked
            typeguard.typechecked = _unchecked
            try:
                import inflect
            finally:
                typeguard.typechecked = checked
        import inflect

        return inflect.engine()
