"""The deterministic generator: a normalized AppSpec → the files of a runnable, tested app."""

from appwright.codegen.check import CheckResult, check_project
from appwright.codegen.generate import generate_files
from appwright.codegen.plan import AppPlan
from appwright.codegen.planner import build_plan
from appwright.codegen.write import ProjectExistsError, write_project

__all__ = [
    "AppPlan",
    "CheckResult",
    "ProjectExistsError",
    "build_plan",
    "check_project",
    "generate_files",
    "write_project",
]
