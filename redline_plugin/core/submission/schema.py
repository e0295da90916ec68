"""Old path of core/tables/submission_schema.py, kept only for tools/demo_pipeline.py while it is rebuilt.

Import `core.tables.submission_schema`; test/unit/test_import_rules.py refuses this path inside the plugin.
"""

from ..tables.submission_schema import *  # noqa: F403
