"""The plain-subprocess backend: the same limits and a cleared environment, but no namespaces.

Used only where bubblewrap cannot run, and reported as weaker in every result: the program runs
as this process's user and sees the host's file system, processes and network. What still
holds: the rlimits (CPU, address space, open files, file size), the process cap (a pids cgroup,
or ``RLIMIT_NPROC`` over the user's current task count), the wall clock, the bounded output, an
environment without the host's variables, and the kill of the whole process group at the end.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from appwright.sandbox.base import Availability, Backend, Job, Launch, Layout, program_environment
from appwright.sandbox.limits import apply_rlimits, rlimit_values, tasks_of_user

if TYPE_CHECKING:
    from appwright.sandbox.limits import PidsCgroup

TMP_SUBDIR = "tmp"


class SubprocessBackend(Backend):
    name = "subprocess"
    isolation = "subprocess (weaker: no namespaces)"

    def availability(self) -> Availability:
        return Availability(
            True, "available as the fallback; weaker: no file system, process or network isolation"
        )

    def layout(self, host_work_dir: Path, host_io_dir: Path) -> Layout:
        return Layout(host_work_dir, host_io_dir, str(host_work_dir), str(host_io_dir))

    def launch(self, job: Job, layout: Layout, cgroup: PidsCgroup | None) -> Launch:
        tmp_dir = layout.host_io_dir / TMP_SUBDIR
        tmp_dir.mkdir(exist_ok=True)
        nproc = None
        if cgroup is None and os.getuid() != 0:
            # RLIMIT_NPROC counts every task of the user, this service's included
            nproc = tasks_of_user(os.getuid()) + job.limits.processes
        values = rlimit_values(job.limits, nproc)

        def before_exec() -> None:
            if cgroup is not None:
                cgroup.enter()
            apply_rlimits(values)

        return Launch(
            argv=job.argv,
            env=program_environment(job, layout, str(tmp_dir)),
            cwd=layout.host_work_dir,
            preexec=before_exec,
        )
