"""What works here: the sandbox backends, their limits, and the Python environment they run."""

from __future__ import annotations

import importlib.util
import os
import platform
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from appwright.sandbox.bwrap import BwrapBackend
from appwright.sandbox.limits import pids_cgroup_root
from appwright.sandbox.runner import backend_availability, choose_backend
from appwright.sandbox.subprocess_backend import SubprocessBackend

Status = Literal["ok", "warn", "fail"]

# what a generated app imports when a preview runs it in the sandbox
GENERATED_APP_MODULES = ("fastapi", "uvicorn", "sqlalchemy", "pydantic", "httpx")


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    detail: str


def run_checks() -> list[Check]:
    return [
        _python(),
        _venv(),
        _bwrap(),
        _prlimit(),
        _user_namespaces(),
        _process_cap(),
        _subprocess(),
        _chosen(),
    ]


def _python() -> Check:
    version = platform.python_version()
    status: Status = "ok" if sys.version_info >= (3, 11) else "fail"
    return Check("python", status, f"{version} at {sys.executable}")


def _venv() -> Check:
    if sys.prefix == sys.base_prefix:
        return Check("venv", "warn", f"not a virtual environment ({sys.prefix})")
    missing = [name for name in GENERATED_APP_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        return Check("venv", "fail", f"{sys.prefix}: generated apps need {', '.join(missing)}")
    return Check("venv", "ok", f"{sys.prefix} (has {', '.join(GENERATED_APP_MODULES)})")


def _bwrap() -> Check:
    backend = BwrapBackend()
    status = backend_availability(backend)
    if status.works:
        return Check("bwrap backend", "ok", f"{backend.executable}: {status.detail}")
    return Check("bwrap backend", "fail", status.detail)


def _prlimit() -> Check:
    path = shutil.which("prlimit")
    if path is None:
        return Check("prlimit", "fail", "not installed: the bwrap backend sets its limits with it")
    return Check("prlimit", "ok", path)


def _user_namespaces() -> Check:
    try:
        allowed = int(Path("/proc/sys/user/max_user_namespaces").read_text())
    except (OSError, ValueError):
        return Check("user namespaces", "warn", "cannot read /proc/sys/user/max_user_namespaces")
    if allowed == 0:
        return Check("user namespaces", "fail", "disabled (user.max_user_namespaces = 0)")
    return Check("user namespaces", "ok", f"up to {allowed}")


def _process_cap() -> Check:
    root = pids_cgroup_root()
    if root is not None:
        return Check("process limit", "ok", f"a pids cgroup per run under {root.path}")
    if os.getuid() == 0:
        return Check(
            "process limit",
            "warn",
            "running as root without a writable pids cgroup: RLIMIT_NPROC does not bind root,"
            " so a fork bomb is stopped only by the wall-clock limit",
        )
    return Check("process limit", "ok", "RLIMIT_NPROC (per sandbox user namespace under bwrap)")


def _subprocess() -> Check:
    backend = SubprocessBackend()
    return Check("subprocess backend", "ok", backend_availability(backend).detail)


def _chosen() -> Check:
    backend = choose_backend()
    status: Status = "ok" if backend.name == "bwrap" else "warn"
    return Check("sandbox in use", status, backend.isolation)
