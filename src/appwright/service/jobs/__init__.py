"""Background jobs: a queue interface, the in-process runner, and the job handlers."""
