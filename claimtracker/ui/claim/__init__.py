"""The current claim: the inspector and its evidence."""
