"""Search backends that analyse every page in its own language."""
