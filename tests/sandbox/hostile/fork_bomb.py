# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""The classic fork bomb."""

# expect: process_limit
# subprocess: process_limit
import os

while True:
    os.fork()
