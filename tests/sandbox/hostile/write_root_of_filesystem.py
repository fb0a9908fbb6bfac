# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Write a file at the root of the file system."""

# expect: crash
# subprocess: skip - runs as this user
with open("/appwright-hostile-marker", "w") as marker:
    marker.write("pwned")
print("ESCAPED")
