"""Widgets the screens are built from. They display and post messages; screens decide."""
