"""Mistakes found in a day of real use, each now told in words that lead to the fix.

A boundary opened without ``with`` is reported by freeze() instead of doing nothing.
"""

from __future__ import annotations

import contextlib
import inspect

import pytest

import threatgraph as tg
from threatgraph.errors import ModelValidationError, Problem


def _line() -> int:
    """The caller's line number."""
    frame = inspect.currentframe()
    assert frame is not None
    assert frame.f_back is not None
    return frame.f_back.f_lineno


def _problems(tm: tg.ThreatModel) -> list[Problem]:
    with pytest.raises(ModelValidationError) as err:
        tm.freeze()
    return list(err.value.problems)


# --------------------------------------------------------------------------- boundaries


def test_a_boundary_opened_without_with_is_reported_by_freeze() -> None:
    tm = tg.ThreatModel("m", actors=())
    tm.boundary("VPC", trust="internal")  # the mistake: no `with`
    line = _line() - 1
    tm.add(tg.Service("A"))
    [problem] = _problems(tm)
    assert problem.where == "boundary 'VPC'"
    assert "never entered with `with`" in problem.message
    assert "the elements added after it are not in it" in problem.message
    assert problem.hint == (
        "write `with tm.boundary('VPC', trust='internal'):` and add its elements inside the block"
    )
    assert problem.location == f"tests/test_day_of_use_errors.py:{line}"


def test_a_boundary_value_opened_without_with_is_shown_as_a_value() -> None:
    tm = tg.ThreatModel("m", actors=())
    scope = tm.boundary(tg.Boundary("DMZ", trust=tg.Trust.PARTNER))
    assert "enter it with `with`" in repr(scope)
    [problem] = _problems(tm)
    assert problem.where == "boundary 'DMZ'"
    assert "with tm.boundary(tg.Boundary('DMZ', trust='partner')):" in (problem.hint or "")


def test_a_boundary_made_first_and_entered_later_is_no_problem() -> None:
    tm = tg.ThreatModel("m", actors=())
    where = tm.boundary("VPC", trust="internal")
    with where:
        a = tm.add(tg.Service("A"))
    with contextlib.ExitStack() as stack:
        stack.enter_context(tm.boundary("Room", trust="restricted"))
        b = tm.add(tg.Service("B"))
    system = tm.freeze()
    assert [(system.boundary_of(e) or tg.Boundary("-", trust="internal")).id for e in (a, b)] == [
        "vpc",
        "room",
    ]


def test_a_boundary_whose_entry_failed_is_not_also_reported_as_never_entered() -> None:
    tm = tg.ThreatModel("m", actors=())
    with pytest.raises(tg.errors.InvalidValueError, match="needs a trust level"), tm.boundary("X"):
        pass  # pragma: no cover - never reached
    assert len(tm.freeze()) == 0
