# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""List and read the host user's home directory."""

# expect: crash
# subprocess: skip - sees the host's files
import os

home = "/root"
print("ESCAPED", os.listdir(home), open(os.path.join(home, ".bashrc")).read())
