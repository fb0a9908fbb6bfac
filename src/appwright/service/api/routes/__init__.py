"""One router per resource; each route is scoped to the caller's workspace."""
