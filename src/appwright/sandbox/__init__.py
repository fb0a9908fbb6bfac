"""Running code we did not write by hand: LLM-written hooks, generated apps, hostile programs.

`run` a `Job` to completion or `start` a long-running one; `choose_backend` picks bubblewrap
when it works here, else the weaker plain subprocess (every `RunResult` says which). See
docs/sandbox.md.
"""

from appwright.sandbox.base import (
    Backend,
    ErrorKind,
    ImportCheck,
    Job,
    Limits,
    Network,
    RunResult,
)
from appwright.sandbox.bwrap import BwrapBackend
from appwright.sandbox.imports import DEFAULT_ALLOWED_IMPORTS, ImportIssue, check_imports
from appwright.sandbox.process import RunningJob
from appwright.sandbox.runner import (
    SERVER_LIMITS,
    CodeRejectedError,
    backend_availability,
    choose_backend,
    python_file_job,
    python_module_job,
    run,
    start,
)
from appwright.sandbox.subprocess_backend import SubprocessBackend

__all__ = [
    "DEFAULT_ALLOWED_IMPORTS",
    "SERVER_LIMITS",
    "Backend",
    "BwrapBackend",
    "CodeRejectedError",
    "ErrorKind",
    "ImportCheck",
    "ImportIssue",
    "Job",
    "Limits",
    "Network",
    "RunResult",
    "RunningJob",
    "SubprocessBackend",
    "backend_availability",
    "check_imports",
    "choose_backend",
    "python_file_job",
    "python_module_job",
    "run",
    "start",
]
