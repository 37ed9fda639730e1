"""Dialogs; modal ones are opened only through :mod:`claimtracker.ui.dialogs.ask`."""
