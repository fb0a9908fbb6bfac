"""Live preview of a session's spec version: sample data, the running app, the proxy."""
