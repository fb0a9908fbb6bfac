# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Write a file into /etc, which every program on the host trusts."""

# expect: crash
# subprocess: skip - runs as this user, who may own /etc
with open("/etc/appwright-hostile-marker", "w") as marker:
    marker.write("pwned")
print("ESCAPED")
