"""The verification scales of a database: the Scales dialog, its model and its controller."""
