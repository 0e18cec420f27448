"""Modal dialogs: the letter preview (save, copy, mail, track) and recording a request's event."""
