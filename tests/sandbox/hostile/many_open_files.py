# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Exhaust file descriptors."""

# expect: open_files
# subprocess: open_files
handles = [open("/dev/null") for _ in range(1_000_000)]
