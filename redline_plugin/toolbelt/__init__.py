"""Plumbing shared by every layer: metadata, paths, translation, settings, messages, tasks."""
