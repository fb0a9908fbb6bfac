"""The AppSpec: models, normalization, checks, JSON Schema and diff."""

from appwright.spec.errors import SpecIssue, SpecValidationError
from appwright.spec.load import load_spec, validate_spec
from appwright.spec.models import AppSpec

__all__ = ["AppSpec", "SpecIssue", "SpecValidationError", "load_spec", "validate_spec"]
