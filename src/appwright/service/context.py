"""What every request and job needs: settings, the database, the job queue, the model provider."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from appwright.config import AppwrightSettings
from appwright.llm import Provider
from appwright.service.db import Database
from appwright.service.jobs.queue import JobQueue
from appwright.service.preview.manager import PreviewManager

ProviderFactory = Callable[[], Provider | None]
"""Makes the model provider for one conversation turn; None means the offline designer."""


@dataclass
class ServiceContext:
    settings: AppwrightSettings
    database: Database
    secret_key: str
    jobs: JobQueue
    provider_factory: ProviderFactory
    projects_dir: Path
    """Where generation jobs write projects (one directory per session and version)."""
    preview: PreviewManager
    """The live previews of sessions (sandboxed generated apps behind /preview/<session>)."""
    started: bool = field(default=False)
