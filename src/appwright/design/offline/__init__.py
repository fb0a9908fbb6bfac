"""The offline designer: an English description becomes a full AppSpec, with no model.

``design_app(description)`` runs the six definition steps; each step is also a function of its
own (``object_model``, ``relationships``, ``state_flow``, ``pages``, ``permissions``,
``reports``) taking the description and the spec so far.
"""

from appwright.design.offline.designer import (
    DesignResult,
    design_app,
    object_model,
    pages,
    permissions,
    relationships,
    reports,
    state_flow,
)

__all__ = [
    "DesignResult",
    "design_app",
    "object_model",
    "pages",
    "permissions",
    "relationships",
    "reports",
    "state_flow",
]
