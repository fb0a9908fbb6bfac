"""The builder service: workspaces, build sessions, spec versions, generation jobs and modules.

``appwright serve`` runs it (``appwright.service.app.create_app``). Submodules are imported on
use so that reading the settings does not load FastAPI and SQLAlchemy.
"""
