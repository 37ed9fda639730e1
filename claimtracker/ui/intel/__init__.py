"""Claim intelligence in the window: suggested sentences, similar claims, similar groups."""
