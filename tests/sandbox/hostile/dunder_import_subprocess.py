# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Import subprocess without an import statement."""

# expect: crash
# subprocess: skip - the child sees the host's files
# import-check: denied_import
run = __import__("subprocess").run
run(["cat", "/etc/shadow"], check=True)
print("ESCAPED")
