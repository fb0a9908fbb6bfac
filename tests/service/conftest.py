"""The builder service's fixtures (defined in support/service_fixtures.py, shared with tests/web)."""

from support.service_fixtures import (  # noqa: F401
    BACKENDS,
    admin,
    builder,
    client,
    database_url,
    model_provider,
    outsider,
    service_context,
    service_settings,
    viewer,
)
