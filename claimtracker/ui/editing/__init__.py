"""Editing: the one pipeline that saves commands, undo and redo, conflicts, unsaved edits."""
