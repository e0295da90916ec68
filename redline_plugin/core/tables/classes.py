"""The grade classes of the guideline: codes, Chinese and English names, and map colours.

One table, read by the grading algorithms, the raster writer (band metadata, palettes), the
integration, the submission's styles, the preflight and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GradeClass:
    code: int
    zh: str
    en: str
    colour: str


IMPORTANCE_3 = (
    GradeClass(3, "极重要", "Extremely important", "#1a7837"),
    GradeClass(2, "重要", "Important", "#7fbf7b"),
    GradeClass(1, "一般重要", "Generally important", "#f2f0d5"),
)
IMPORTANCE_4 = (
    GradeClass(4, "极重要", "Extremely important", "#1a7837"),
    GradeClass(3, "高度重要", "Highly important", "#5aae61"),
    GradeClass(2, "中等重要", "Moderately important", "#a6dba0"),
    GradeClass(1, "一般重要", "Generally important", "#f2f0d5"),
)
SENSITIVITY_3 = (
    GradeClass(3, "极敏感", "Extremely sensitive", "#c51b1b"),
    GradeClass(2, "敏感", "Sensitive", "#f4a259"),
    GradeClass(1, "一般敏感", "Generally sensitive", "#f7f1c6"),
)


def importance_classes(class_count: int) -> tuple[GradeClass, ...]:
    """Classes for `class_count` grades (breaks + 1); the top grade is always 极重要."""
    if class_count == 3:
        return IMPORTANCE_3
    if class_count == 4:
        return IMPORTANCE_4
    names = [GradeClass(class_count, "极重要", "Extremely important", "#1a7837")]
    names += [GradeClass(code, f"{code}级", f"Grade {code}", "#a6dba0") for code in range(class_count - 1, 1, -1)]
    names.append(GradeClass(1, "一般重要", "Generally important", "#f2f0d5"))
    return tuple(names)
