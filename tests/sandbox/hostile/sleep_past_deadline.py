# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Use no CPU at all, and never finish."""

# expect: timeout
# subprocess: timeout
import time

time.sleep(600)
