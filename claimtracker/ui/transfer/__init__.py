"""Getting work in and out: imports, pasted articles, JSON merges, exports."""
