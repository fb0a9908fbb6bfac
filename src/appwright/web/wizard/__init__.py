"""The six-step definition wizard: each step's form, and its conversion to and from the step's
part of the spec (pure; the page handlers are in ``appwright.web.routes.wizard``)."""
