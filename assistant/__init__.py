"""Rights Assistant: write privacy-rights requests and track every deadline, locally.

This package's top level stays import-light on purpose: `rights reminders` runs at shell
start and must not pull in Textual, Jinja2 or pydantic.
"""

__version__ = "0.1.0"
