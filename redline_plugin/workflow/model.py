"""The vocabulary the job's steps are written in: where each algorithm parameter takes its value.

A step is data: the Processing algorithms it calls, in order, and for each parameter where the value
comes from (a layer chosen on the Inputs page, a project setting, an output of an earlier step or of
an earlier call in the same step, or a constant). Parameters a step does not bind are shown on its
page with the algorithm's own definition and default, so the pages follow the algorithms as they
change. Destination parameters nobody binds get a path the wizard chooses in the step's run folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class FromInput:
    """The layer the technician chose for an input role.

    part: "source" (its data source), "band" (the band chosen with it) or "sources" (a one-item list,
    for multiple-layer parameters). An optional input left empty passes None.
    """

    role: str
    part: str = "source"
    optional: bool = False


@dataclass(frozen=True)
class FromProject:
    """A project setting of the Project page: province_code, province_name, workspace, crs, cell_size,
    boundary, counties, county_code_field, county_name_field, boundary_code_field or grid."""

    key: str


@dataclass(frozen=True)
class FromStep:
    """An output an earlier step recorded when it last ran; with `over`, the list of that output (which
    holds `{item}`) over a list's items that the step recorded (the graded raster of every function)."""

    step: str
    output: str
    over: str = ""


@dataclass(frozen=True)
class FromCall:
    """An output of an earlier call in the same step; `output` may depend on the item (function → name)."""

    call: str
    output: str | Mapping[str, str]


@dataclass(frozen=True)
class Gather:
    """For every item of `over`, in order, one output of an earlier call (the inputs of an integration).

    `sources` are (list, call, output): an item takes the first source whose list holds it, so the
    functions assessed by different methods are gathered in one order. Call and output may hold
    `{item}`; output may map item → output name."""

    over: str
    sources: tuple[tuple[str, str, str | Mapping[str, str]], ...]


@dataclass(frozen=True)
class Value:
    """A constant; a string may hold `{item}`."""

    value: object


@dataclass(frozen=True)
class ChosenIndexes:
    """The indexes, in `keys` order, of the items of a list: an enum parameter with several values."""

    over: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Joined:
    """The items of a list joined by commas: which function each gathered input grades, in order."""

    over: str


@dataclass(frozen=True)
class WorkspaceTable:
    """A table of the workspace GeoPackage as a destination (`<workspace>|layername=<table>`): for an
    algorithm that keeps state there between runs (the stable codes and retired codes of STBHHX) and
    writes it in its own transaction."""

    table: str


@dataclass(frozen=True)
class SameAs:
    """The value an earlier call of the same step runs with for one of its parameters (bound, stored or
    the algorithm's default): a setting the technician gives once (the ledger's years, the export's
    tolerances) and every call that needs it shares."""

    call: str
    parameter: str


@dataclass(frozen=True)
class Destination:
    """A path the wizard chooses in the run folder (what unbound destinations get anyway). `name` (which
    may hold `{item}`) names the file where its name travels on: the function rasters of the package are
    named after their file (`water_conservation_grade.tif`, not `npp_OUTPUT_WR_GRADE.tif`)."""

    name: str = ""


@dataclass(frozen=True)
class Concatenated:
    """The values of several bindings in one list (the graded rasters of the functions, then of the types)."""

    parts: tuple[object, ...]


@dataclass(frozen=True)
class When:
    """`binding` when any of the `|`-separated lists is not empty, else `otherwise` (None: pass None)."""

    lists: str
    binding: object
    otherwise: object = None


Binding = Union[
    FromInput,
    FromProject,
    FromStep,
    FromCall,
    Gather,
    Value,
    ChosenIndexes,
    Joined,
    SameAs,
    Concatenated,
    Destination,
    WorkspaceTable,
    When,
]


def active(lists: dict[str, list[str]], names: str) -> bool:
    """Whether any of the `|`-separated list names is non-empty (an empty condition always holds)."""
    return not names or any(lists.get(name) for name in names.split("|"))


@dataclass(frozen=True)
class Call:
    """One algorithm run. `id` and string values in `bind` may hold `{item}` when `for_each` names a list.

    `when` names lists (`|`-separated) of which one must not be empty for the call to run (for example
    the functions assessed with the model method, or `given:<role>`: an input the technician chose).
    """

    id: str
    algorithm: str
    bind: Mapping[str, Binding] = field(default_factory=dict)
    for_each: str = ""
    when: str = ""


@dataclass(frozen=True)
class Output:
    """What a step publishes for later steps and for the map.

    kind: raster | vector | table (copied into the workspace GeoPackage as `table`) | file | folder | value.
    `output` may hold `{ITEM}` (the item in capitals). An optional output an algorithm did not write (a
    sensitivity type none of whose factors was given) is left out instead of failing the step.
    """

    name: str
    call: str
    output: str | Mapping[str, str]  # a mapping names the output per item
    kind: str
    for_each: str = ""
    table: str = ""
    show: bool = True
    optional: bool = False


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    page: str  # project | inputs | run | review | ledger
    summary: str
    calls: tuple[Call, ...] = ()
    outputs: tuple[Output, ...] = ()
    results: str = ""  # which results panel the page shows: grades | patches | findings | package
    optional: bool = False  # a step the job can skip (the ledger before the first export)


@dataclass(frozen=True)
class InputRole:
    """An input layer a method needs: shown on the Inputs page with its unit and checked by preflight."""

    key: str
    title: str
    unit: str
    kind: str  # raster | vector | file
    check: str  # the preflight check that fits it (see redline:preflight)
    tooltip: str


@dataclass(frozen=True)
class Choice:
    """A method or type the technician can pick; `key` is what the state stores."""

    key: str
    title: str
    tooltip: str = ""


def effective(binding: object, lists: dict[str, list[str]]) -> object:
    """The binding that applies with these lists: `When` unwrapped (None when its `otherwise` is None)."""
    while isinstance(binding, When):
        binding = binding.binding if active(lists, binding.lists) else binding.otherwise
    return binding
