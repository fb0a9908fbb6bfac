"""Resource limits as the kernel enforces them: rlimits, and a pids cgroup for the process count.

Rlimits are per process and inherited: CPU seconds, address space, open files, file size and
core dumps. The process count is the exception. ``RLIMIT_NPROC`` counts the tasks of a *user*,
and root is exempt from it, so when this process may create cgroups (root in a container, or a
delegated cgroup) each run gets its own pids cgroup (``pids.max``) instead; otherwise the
backends fall back to ``RLIMIT_NPROC`` (bwrap sets it inside the sandbox's own user namespace,
where the count is per sandbox).
"""

from __future__ import annotations

import contextlib
import functools
import os
import resource
import signal
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from appwright.sandbox.base import Limits

MIB = 1024 * 1024

RlimitValue = tuple[int, int, int]  # (resource, soft, hard)

_PRLIMIT_OPTION = {
    resource.RLIMIT_CPU: "cpu",
    resource.RLIMIT_AS: "as",
    resource.RLIMIT_NPROC: "nproc",
    resource.RLIMIT_NOFILE: "nofile",
    resource.RLIMIT_FSIZE: "fsize",
    resource.RLIMIT_CORE: "core",
}


def rlimit_values(limits: Limits, nproc: int | None) -> list[RlimitValue]:
    """The rlimits for ``limits``; ``nproc`` is the RLIMIT_NPROC to set (None: leave it)."""
    values: list[RlimitValue] = [
        (resource.RLIMIT_NOFILE, limits.open_files, limits.open_files),
        (resource.RLIMIT_FSIZE, limits.file_size_mb * MIB, limits.file_size_mb * MIB),
        (resource.RLIMIT_CORE, 0, 0),
    ]
    if limits.cpu_seconds is not None:
        # SIGXCPU at the soft limit; the kernel's SIGKILL one second later if it is ignored
        values.append((resource.RLIMIT_CPU, limits.cpu_seconds, limits.cpu_seconds + 1))
    if limits.memory_mb is not None:
        values.append((resource.RLIMIT_AS, limits.memory_mb * MIB, limits.memory_mb * MIB))
    if nproc is not None:
        values.append((resource.RLIMIT_NPROC, nproc, nproc))
    return values


def apply_rlimits(values: list[RlimitValue]) -> None:
    """Set the rlimits on this process (between fork and exec: only plain system calls)."""
    for which, soft, hard in values:
        resource.setrlimit(which, (soft, hard))


def prlimit_argv(values: list[RlimitValue]) -> list[str]:
    """``prlimit`` options setting the same limits on the command it runs."""
    return [f"--{_PRLIMIT_OPTION[which]}={soft}:{hard}" for which, soft, hard in values]


def tasks_of_user(uid: int) -> int:
    """How many tasks (threads included) the user runs now: what RLIMIT_NPROC counts."""
    count = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            if os.stat(entry.path).st_uid == uid:
                count += len(os.listdir(f"{entry.path}/task"))
    return count


@dataclass(frozen=True)
class CgroupRoot:
    """A pids-controller directory where this process may create child cgroups."""

    path: Path
    version: int


def _pids_mount() -> CgroupRoot | None:
    """This process's own cgroup in the pids hierarchy (v1), or in the unified one (v2)."""
    own_v1, own_v2 = None, None
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            if "pids" in controllers.split(","):
                own_v1 = path
            elif controllers == "":
                own_v2 = path
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/mounts").read_text().splitlines():
            _, mount_point, fs_type, options, *_ = line.split()
            if fs_type == "cgroup" and "pids" in options.split(",") and own_v1 is not None:
                return CgroupRoot(Path(mount_point + own_v1), 1)
            if fs_type == "cgroup2" and own_v2 is not None:
                parent = Path(mount_point + own_v2)
                # v2 allows children only where the parent delegates the controller already
                with contextlib.suppress(OSError):
                    if "pids" in (parent / "cgroup.subtree_control").read_text().split():
                        return CgroupRoot(parent, 2)
    return None


@functools.cache
def pids_cgroup_root() -> CgroupRoot | None:
    """Where per-run pids cgroups go, when this process may create them (probed once)."""
    root = _pids_mount()
    if root is None:
        return None
    probe = root.path / f"appwright-probe-{uuid.uuid4().hex[:12]}"
    try:
        probe.mkdir()
        probe.rmdir()
    except OSError:
        return None
    return root


class PidsCgroup:
    """One run's pids cgroup: caps its tasks, tells whether the cap was hit, kills what is left."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._procs = str(path / "cgroup.procs")

    @classmethod
    def create(cls, max_tasks: int) -> PidsCgroup | None:
        root = pids_cgroup_root()
        if root is None:
            return None
        path = root.path / f"appwright-sandbox-{uuid.uuid4().hex[:16]}"
        try:
            path.mkdir()
            (path / "pids.max").write_text(str(max_tasks))
        except OSError:
            with contextlib.suppress(OSError):
                path.rmdir()
            return None
        return cls(path)

    def enter(self) -> None:
        """Move the calling process into the cgroup (a preexec function: plain system calls)."""
        handle = os.open(self._procs, os.O_WRONLY)
        try:
            os.write(handle, str(os.getpid()).encode())
        finally:
            os.close(handle)

    def limit_was_hit(self) -> bool:
        with contextlib.suppress(OSError, ValueError):
            for line in (self.path / "pids.events").read_text().splitlines():
                name, count = line.split()
                if name == "max":
                    return int(count) > 0
        return False

    def kill_all(self) -> None:
        """SIGKILL every task still in the cgroup (repeated: a forking task may add more)."""
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                pids = [int(pid) for pid in Path(self._procs).read_text().split()]
            except OSError:
                return
            if not pids:
                return
            for pid in pids:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.01)

    def remove(self) -> None:
        self.kill_all()
        deadline = time.monotonic() + 5
        while True:
            try:
                self.path.rmdir()
                return
            except FileNotFoundError:
                return
            except OSError:
                # killed tasks leave the cgroup when the kernel has reaped them
                if time.monotonic() > deadline:
                    return
                time.sleep(0.02)
