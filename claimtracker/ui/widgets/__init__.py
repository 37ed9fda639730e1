"""Generic widgets shared by the features of the window."""
