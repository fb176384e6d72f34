"""Demo content for ``load_demo``, written by the project team.

See FORMAT.md for the shape of each entry.
"""
