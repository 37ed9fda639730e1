"""Rendering outside the core: documents the core lays out, drawn with Qt."""
