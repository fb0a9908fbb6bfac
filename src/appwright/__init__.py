"""appwright: describe a business app in words, get a versioned AppSpec and a runnable, tested app."""

__version__ = "0.1.0"
