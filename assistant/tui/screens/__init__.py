"""The app's full screens: the chat with the assistant, and the table of tracked requests."""
