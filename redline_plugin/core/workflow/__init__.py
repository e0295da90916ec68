"""What the guided workflow keeps and compares, without running anything: the saved state, fingerprints
that tell a changed input, parameter values as stored, the provinces, the reference grid and the area
summaries of results. The chain of steps and its running are in redline_plugin/workflow.
"""
