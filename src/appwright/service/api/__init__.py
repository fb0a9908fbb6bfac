"""The HTTP API under /api/v1: dependencies, schemas and one router module per resource."""
