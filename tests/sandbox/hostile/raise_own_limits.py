# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Lift its own limits before doing anything expensive."""

# expect: crash
# subprocess: crash
import resource

resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
print("ESCAPED")
