"""Old path of core/tables/classes.py, kept only for tools/demo_pipeline.py while it is rebuilt.

Import `core.tables.classes`; test/unit/test_import_rules.py refuses this path inside the plugin.
"""

from ..tables.classes import IMPORTANCE_3, IMPORTANCE_4, SENSITIVITY_3, GradeClass, importance_classes

__all__ = ["IMPORTANCE_3", "IMPORTANCE_4", "SENSITIVITY_3", "GradeClass", "importance_classes"]
