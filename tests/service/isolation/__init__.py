"""Tenant isolation: another workspace's ids answer 404, each role's forbidden actions 403."""
