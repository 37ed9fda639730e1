"""Help for the analyst inside the window: the keyboard shortcuts."""
