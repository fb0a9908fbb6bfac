# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Crash the interpreter through ctypes (the host must not notice)."""

# expect: crash
# subprocess: crash
import ctypes

ctypes.string_at(0)
