# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Read the host's password hashes."""

# expect: crash
# subprocess: skip - sees the host's files (only file permissions protect them)
print("ESCAPED", open("/etc/shadow").read())
