"""Views of a spec and its generation for the builder screen: pure functions, no I/O.

Each module turns one thing into what a template shows: the ER and state-flow diagrams
(Mermaid source), page wireframes, the permissions matrix, the generated files (tree,
highlighting, test results) and the diff between two versions.
"""
