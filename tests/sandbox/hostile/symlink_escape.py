# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""A symlink in the work directory to host files, then read through it."""

# expect: crash
# subprocess: skip - a symlink reaches the host's files
import os

os.symlink("/etc/shadow", "shadow-link")
os.symlink("/root", "home-link")
print("ESCAPED", open("shadow-link").read(), os.listdir("home-link"))
