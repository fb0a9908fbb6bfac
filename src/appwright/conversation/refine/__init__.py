"""The offline refinement language: change requests in words, applied to a spec.

``apply_refinement(spec, "add genre and publication year to book")`` → a Refinement with the
new spec (always valid), what changed in words, and what was not understood. Every form the
language understands is listed in docs/conversation.md.
"""

from appwright.conversation.refine.engine import (
    FORMS,
    Refinement,
    apply_refinement,
    match_form,
    split_requests,
)

__all__ = ["FORMS", "Refinement", "apply_refinement", "match_form", "split_requests"]
