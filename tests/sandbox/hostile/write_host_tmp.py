# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Write into /tmp, hoping it is the host's (the test checks the host's /tmp afterwards)."""

# expect: ok
# subprocess: skip - shares the host's /tmp
with open("/tmp/appwright-hostile-marker", "w") as marker:
    marker.write("written inside the sandbox")
print("wrote /tmp/appwright-hostile-marker")
