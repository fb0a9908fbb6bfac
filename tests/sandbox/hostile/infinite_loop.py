# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Spin the CPU forever."""

# expect: cpu
# subprocess: cpu
while True:
    pass
