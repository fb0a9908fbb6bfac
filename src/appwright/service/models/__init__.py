"""The service's tables, one module per area; importing this package registers them all."""

from appwright.service.models.accounts import ApiKey, Membership, Role, User, Workspace
from appwright.service.models.building import (
    BuildSession,
    FileOverride,
    GeneratedFile,
    Message,
    SessionStatus,
    SpecVersion,
)
from appwright.service.models.code_units import (
    CodeUnit,
    CodeUnitKind,
    CodeUnitStatus,
    CodeUnitVersion,
    VersionOrigin,
)
from appwright.service.models.jobs import Job, JobEvent, JobStatus
from appwright.service.models.modules import Module
from appwright.service.models.ratings import SessionRating
from appwright.service.models.records import AuditEntry, LlmUsage

__all__ = [
    "ApiKey",
    "AuditEntry",
    "BuildSession",
    "CodeUnit",
    "CodeUnitKind",
    "CodeUnitStatus",
    "CodeUnitVersion",
    "FileOverride",
    "GeneratedFile",
    "Job",
    "JobEvent",
    "JobStatus",
    "LlmUsage",
    "Membership",
    "Message",
    "Module",
    "Role",
    "SessionRating",
    "SessionStatus",
    "SpecVersion",
    "User",
    "VersionOrigin",
    "Workspace",
]
