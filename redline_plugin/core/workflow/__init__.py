"""The guided workflow's model: provinces, the steps as data, the saved state and what is out of date.

The wizard (gui/wizard) shows this model and the Processing algorithms do the work; nothing here
computes a method.
"""
