"""What the builder screen shows (``/sessions/{id}``), read for its page handlers in
``appwright.web.routes.builder``: the session's versions, progress, conversation and code
(``reads``), and the design tabs (``tabs``)."""
