"""The builder's web UI: server-rendered pages (Jinja2 + HTMX) served beside the API.

Page handlers are thin: they call the same service functions and crud the API routes call, or the
page calls ``/api/v1`` itself (with the session cookie and the CSRF header).
"""

from appwright.web.mount import mount_web

__all__ = ["mount_web"]
