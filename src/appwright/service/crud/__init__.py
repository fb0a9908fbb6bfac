"""Workspace-scoped reads and writes of the service's tables, one module per resource."""
