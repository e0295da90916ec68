"""Dialogs of the submission step: validating a package before it leaves or after it arrives."""
