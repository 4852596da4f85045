"""A control declared where no built-in rule counts it is said, in the report's notes
and by ``threatgraph check``: a user trial put ``EncryptionAtRest`` on the flow into a
store of personal data and ``SafeSerialization`` on a person, and every check said ok
while the storage requirement stayed unmet. A second trial found the note wrong where
a rule's own placement counts the control (``AIBOM`` on a third-party tool,
``SecretsManagement`` on a key store): the table now holds those too."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.cli import main
from threatgraph.control_places import counted_on, misplaced_notes
from threatgraph.rules import Catalogue, Match, on_element, rule

ROOT = Path(__file__).resolve().parent.parent


def _shop(*, flow: set[c.Control], clerk: set[c.Control], store: set[c.Control]) -> tg.ThreatModel:
    tm = tg.ThreatModel("shop", profile="high")
    orders = tg.Data("Orders", sensitivity="pii")
    with tm.boundary("Office", trust="internal"):
        person = tm.add(tg.Actor("Clerk", controls=clerk))
        api = tm.add(tg.Service("Order API"))
        db = tm.add(tg.DataStore("Orders DB", stores={orders}, controls=store))
    tm.flow(person, api, orders, protocol="https")
    tm.flow(api, db, orders, controls=flow)
    return tm


def test_the_trial_s_misplaced_controls_are_noted() -> None:
    tm = _shop(flow={c.EncryptionAtRest()}, clerk={c.SafeSerialization()}, store=set())
    notes = tm.analyze().notes
    said = [n for n in notes if "where no built-in rule counts it" in n]
    assert any(
        n.startswith("encryption_at_rest is declared on the flow order-api->orders-db")
        for n in said
    )
    assert any("data stores" in n for n in said if n.startswith("encryption_at_rest"))
    assert any(n.startswith("safe_serialization is declared on the actor clerk") for n in said)


def test_a_control_where_it_counts_is_not_noted() -> None:
    tm = _shop(flow=set(), clerk=set(), store={c.EncryptionAtRest()})
    assert not [n for n in tm.analyze().notes if "where no built-in rule counts it" in n]


def test_a_control_a_custom_rule_declares_makes_no_claim() -> None:
    @rule(
        "custom/person-loads",
        title="People load model files safely",
        stride="E",
        phases="inference",
        applies_to=on_element(tg.Actor),
        mitigations=[c.SafeSerialization],
        likelihood="possible",
        impact="minor",
    )
    def person_loads(view: object) -> Match | None:
        """Counts SafeSerialization on people."""
        return None

    tm = _shop(flow=set(), clerk={c.SafeSerialization()}, store=set())
    cat = Catalogue.default().extend(person_loads)
    notes = tm.analyze(catalogue=cat).notes
    assert not [n for n in notes if n.startswith("safe_serialization is declared")]
    assert [n for n in tm.analyze().notes if n.startswith("safe_serialization is declared")]


def test_check_warns_and_still_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "shop.py"
    path.write_text(
        "import threatgraph as tg\n"
        "from threatgraph import controls as c\n"
        "tm = tg.ThreatModel('shop')\n"
        "with tm.boundary('Office', trust='internal'):\n"
        "    api = tm.add(tg.Service('API'))\n"
        "    db = tm.add(tg.DataStore('Orders', stores={tg.Data('Order', sensitivity='pii')}))\n"
        "tm.flow(api, db, tg.Data('Order', sensitivity='pii'), controls={c.EncryptionAtRest()})\n",
        encoding="utf-8",
    )
    assert main(["check", str(path)]) == 0
    err = capsys.readouterr().err
    assert "warning: encryption_at_rest is declared on the flow api->orders" in err


def test_every_kind_and_key_in_the_table_is_known() -> None:
    keys = {k.key for k in vars(c).values() if isinstance(k, type) and issubclass(k, c.Control)}
    table = counted_on()
    assert set(table) <= keys
    assert table["encryption_at_rest"]  # measured to count somewhere
    assert "flow" not in table["encryption_at_rest"]


def test_the_table_holds_what_a_fresh_measurement_sees() -> None:
    """The shipped table is what tools/gen_control_places.py measured; a small fresh
    measurement of the trial's controls must find them counting nowhere the table does
    not say (a rule change that makes one count somewhere new needs the table
    regenerated, or the note would tell users a counted control counts for nothing)."""
    spec = importlib.util.spec_from_file_location(
        "gen_control_places", ROOT / "tools" / "gen_control_places.py"
    )
    assert spec is not None
    assert spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    sys.modules["gen_control_places"] = gen
    spec.loader.exec_module(gen)
    trial = [
        "encryption_at_rest",
        "safe_serialization",
        "sandboxing",
        "rate_limiting",
        "model_watermarking",
    ]
    fresh = gen.measure(2, only=trial)
    table = counted_on()
    for key, kinds in fresh.items():
        assert set(kinds) <= table[key], (key, set(kinds) - table[key])


def test_notes_name_at_most_six_places_per_control_and_kind() -> None:
    tm = tg.ThreatModel("many")
    with tm.boundary("Office", trust="internal"):
        people = [
            tm.add(tg.Actor(f"Clerk {i}", controls={c.SafeSerialization()})) for i in range(8)
        ]
    assert people
    (note,) = misplaced_notes(tm.freeze())
    assert note.startswith("safe_serialization is declared on the actors clerk-0, clerk-1")
    assert "and 2 more" in note


@pytest.mark.parametrize(
    ("control", "kind"),
    [("aibom", "Tool"), ("secrets_management", "DataStore"), ("circuit_breaker", "Agent")],
)
def test_where_a_rule_s_own_placement_counts_a_control_is_in_the_table(
    control: str, kind: str
) -> None:
    """The second trial's false notes: ``ai/malicious-tool`` counts an AIBOM on the tool,
    ``ai/exposed-credentials`` secrets management on the store."""
    assert kind in counted_on()[control]


def test_the_table_holds_every_place_the_rules_own_placements_give() -> None:
    spec = importlib.util.spec_from_file_location(
        "gen_control_places_static", ROOT / "tools" / "gen_control_places.py"
    )
    assert spec is not None
    assert spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    sys.modules["gen_control_places_static"] = gen
    spec.loader.exec_module(gen)
    table = counted_on()
    for key, kinds in gen.static_places().items():
        assert kinds <= table.get(key, frozenset()), (key, kinds - table.get(key, frozenset()))
