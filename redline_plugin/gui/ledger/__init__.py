"""The ledger's widgets: the conflict dialog and the statistics panel the wizard embeds."""
