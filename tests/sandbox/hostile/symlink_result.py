# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Make the result file a symlink to a host secret, so the host reads it back for us."""

# expect: bad_output
# subprocess: bad_output
import os

os.symlink("/etc/shadow", os.environ["APPWRIGHT_RESULT"])
