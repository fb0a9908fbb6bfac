"""Helpers the test suite shares: a PostgreSQL server harness and Hypothesis strategies."""
