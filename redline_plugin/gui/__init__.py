"""Widgets only: the guided wizard dock, the ledger panel and dialogs. No computation here."""
