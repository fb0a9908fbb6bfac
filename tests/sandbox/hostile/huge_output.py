# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Flood stdout."""

# expect: output_limit
# subprocess: output_limit
line = "x" * 4096
while True:
    print(line)
