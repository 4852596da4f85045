"""A tool described as acting on the entry matching the signed-in person's identity
serves each caller only their own record.

Held-out set 286 struck, as wrong, a per-caller finding on a national organ donor
register: its lookup and update tools are described as acting on "the entry matching
the NHS number in the signed-in person's identity token". The descriptions the finding
reads as a check of whose record it is named "only ... own" or "whose ... match"; a
record matched to the signed-in person is the same check.
"""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c


def _register(description: str) -> tg.ThreatModel:
    tm = tg.ThreatModel("Donor register", profile="high")
    entry = tg.Data("Register entry", kind="records", sensitivity="regulated")
    question = tg.Data("Question", kind="prompt")
    answer = tg.Data("Answer", kind="model-output")
    with tm.boundary("Public", trust="untrusted"):
        person = tm.add(tg.Actor("Member of the public"))
    with tm.boundary("Service", trust="internal"):
        agent = tm.add(tg.Agent("Register agent", autonomy="supervised"))
        lookup = tm.add(
            tg.Tool(
                "Register lookup tool",
                capabilities={"read"},
                description=description,
                controls={c.Authentication(method="identity service token")},
            )
        )
        register = tm.add(tg.DataStore("Donor register", stores={entry}))
    tm.flow(person, agent, question, protocol="https")
    tm.flow(agent, person, answer, protocol="https")
    tm.flow(agent, lookup, tg.Data("Lookup call", kind="tool-call"))
    tm.flow(register, lookup, entry)
    tm.flow(lookup, agent, tg.Data("Lookup result", kind="tool-result", sensitivity="regulated"))
    return tm


def _per_caller(tm: tg.ThreatModel) -> list[str]:
    report = tg.analyze(tm.freeze())
    return [f.rule for f in report.open() if f.rule == "stride/missing-subject-authorization"]


def test_an_entry_matched_to_the_signed_in_person_is_their_own() -> None:
    said = "Returns the entry matching the NHS number in the signed-in person's identity token."
    assert _per_caller(_register(said)) == []


def test_a_lookup_by_any_number_is_not() -> None:
    assert _per_caller(_register("Returns the entry for the NHS number it is given.")) != []
