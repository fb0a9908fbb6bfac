# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Allocate memory until there is none."""

# expect: memory
# subprocess: memory
hoard = []
while True:
    hoard.append(bytearray(16 * 1024 * 1024))
