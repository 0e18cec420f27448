"""The terminal app: a Textual front end over the core (dialogue, catalog, letters, tracker).

`assistant.tui.app.create_app` builds the app (the command line and the tests both use it);
screens/ holds the chat and requests screens, dialogs/ the modal dialogs, widgets/ the pieces
they are made of, and app.tcss the one stylesheet. Nothing here holds domain logic.
"""
