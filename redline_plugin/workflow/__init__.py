"""The red-line job as one chain: its steps as data (steps.py), planned against the Processing registry
(plan.py), run through Processing by algorithm id (execute.py headless, tasks.py in QGIS's task
manager) and published all or nothing (publish.py).

It sits above `processing/` and beside `gui/`: the wizard (gui/wizard) and `make demo` (tools/) both
drive it. What needs no Processing (the saved state, fingerprints, stored values, the province table,
the reference grid, the area summaries) is in core/workflow.
"""
