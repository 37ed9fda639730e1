"""The claim review list: filters, search, summary, bulk edits, tags."""
