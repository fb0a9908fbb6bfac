"""The job machinery: submitting after commit, dispatch by kind, the in-process queue, recovery."""
