"""Designing apps from words: the step designers and the offline (rule-based) designer."""
