"""API tests: every endpoint of the builder service, success and failure, on both backends."""
