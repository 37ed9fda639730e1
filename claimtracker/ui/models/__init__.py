"""Qt item models over plain records fetched from the services."""
