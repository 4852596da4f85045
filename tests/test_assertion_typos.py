"""An architecture assertion given a name the model lacks fails at the assertion with
threatgraph's error naming the filter and suggesting the name, not a dozen frames deep
in the filter code (a day-of-use helper's mistyped boundary and control names)."""

from __future__ import annotations

import traceback
from collections.abc import Callable

import pytest

import threatgraph as tg
import threatgraph.queries as q
from threatgraph import controls as c
from threatgraph.errors import ArchitectureViolation, InvalidValueError, NotFoundError
from threatgraph.testing import (
    assert_elements_have,
    assert_flows_have,
    assert_no_flows,
    assert_no_path,
)


def _model() -> tg.ThreatModel:
    tm = tg.ThreatModel("shop")
    with tm.boundary("Internet", trust="untrusted"):
        shopper = tm.add(tg.Actor("Shopper"))
    with tm.boundary("Corporate network", trust="internal"):
        api = tm.add(tg.Endpoint("API", controls={c.RBAC()}))
        db = tm.add(tg.DataStore("Orders"))
    tm.flow(shopper, api, tg.Data("Order", sensitivity="pii"), protocol="https")
    tm.flow(api, db, tg.Data("Order", sensitivity="pii"))
    return tm


CASES: list[tuple[str, Callable[[tg.ThreatModel], None], type[Exception], str]] = [
    (
        "crossing",
        lambda tm: assert_flows_have(tm, c.EncryptionInTransit, crossing="internt"),
        NotFoundError,
        "crossing: no boundary with id 'internt' in the model; did you mean 'internet'?",
    ),
    (
        "leaving, by name",
        lambda tm: assert_no_flows(tm, leaving="Corporate network", carrying="pii"),
        NotFoundError,
        "that is the name of the boundary with id 'corporate-network'",
    ),
    (
        "entering, a trust level",
        lambda tm: assert_no_flows(tm, entering="untrustd"),
        NotFoundError,
        "did you mean 'untrusted' (a trust level)?",
    ),
    (
        "control",
        lambda tm: assert_flows_have(tm, "tlss", crossing=True),
        InvalidValueError,
        "did you mean 'tls'?",
    ),
    (
        "element boundary",
        lambda tm: assert_elements_have(tm, "data_store", c.RBAC, boundary="corporate"),
        NotFoundError,
        "boundary: no boundary with id 'corporate'",
    ),
    (
        "path end",
        lambda tm: assert_no_path(tm, from_="shoppr", to="orders"),
        NotFoundError,
        "did you mean 'shopper'?",
    ),
]


@pytest.mark.parametrize(("case", "call", "error", "said"), CASES, ids=[x[0] for x in CASES])
def test_a_mistyped_name_fails_at_the_assertion_and_says_what_was_meant(
    case: str, call: Callable[[tg.ThreatModel], None], error: type[Exception], said: str
) -> None:
    tm = _model()
    with pytest.raises(error) as err:
        call(tm)
    assert said in str(err.value)
    frames = traceback.extract_tb(err.value.__traceback__)
    # the call in this test, then the assertion's own raise: nothing under it
    assert [f.filename.rsplit("/", 1)[-1] for f in frames][-1] == "assertions.py"
    assert len(frames) <= 3


def test_the_assertion_failing_is_still_an_architecture_violation() -> None:
    with pytest.raises(ArchitectureViolation, match="without EncryptionInTransit"):
        assert_flows_have(_model(), c.EncryptionInTransit, carrying="pii")


def test_other_errors_keep_their_whole_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    # a bug under the assertion is not the user's mistake: its frames stay
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug in the query")

    monkeypatch.setattr(q, "flows_lacking", broken)
    with pytest.raises(ZeroDivisionError) as err:
        assert_flows_have(_model(), c.EncryptionInTransit, carrying="pii")
    names = [f.name for f in traceback.extract_tb(err.value.__traceback__)]
    assert names[-1] == "broken"
