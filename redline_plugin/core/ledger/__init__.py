"""The red-line ledger (ledger.md): schema, versioned store, change detection, field packages, exports."""
