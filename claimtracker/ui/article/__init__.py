"""The open article: its reader, its claims, the library of articles."""
