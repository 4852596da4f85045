"""Changes taken from held-out sets 102 to 105's verdicts (``v2-round120-fresh102`` to
``v2-round123-fresh105``).

Set 104's newspaper reviewer struck confidently wrong answers on a hosted LLM declared
as a classifier ("this model only returns a label"), as set 98's had on a post screen.
Its mammography reviewer, and set 103's registry reviewer, struck the per-caller check
where colleagues work one queue under role-based access (radiologists reading every
case on the worklist, a committee meant to see every application); tracked reviews had
struck it the same way on twelve designs (pharmacists, claims handlers, analysts,
sleep technologists), and kept it where each manager, rep or coordinator owns a share
of the records."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

HALLUCINATION = "ai/hallucination"
SUBJECT = "stride/missing-subject-authorization"


def _comments(*, task: str) -> tg.ThreatModel:
    """Readers post comments; a moderation service asks a hosted LLM (``task``) and
    publishes or holds each one, telling the reader."""
    tm = tg.ThreatModel("comments", profile="high")
    comment = tg.Data("Comment", kind="prompt", sensitivity="pii")
    label = tg.Data("Moderation label", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        reader = tm.add(tg.Actor("Reader"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Comment moderation LLM", task=task, origin="third-party-api"))
    with tm.boundary("Cloud", trust="internal"):
        svc = tm.add(tg.Service("Moderation service"))
    tm.flow(reader, svc, comment, protocol="https")
    tm.flow(svc, llm, comment, protocol="https")
    tm.flow(llm, svc, label, protocol="https")
    tm.flow(svc, reader, label, protocol="https")
    return tm


def test_an_llm_declared_as_a_classifier_writes_no_answers_people_act_on() -> None:
    def raised(task: str) -> list[tg.Finding]:
        return [f for f in _comments(task=task).analyze().findings if f.rule == HALLUCINATION]

    assert raised("classifier") == []
    assert raised("generative") != []


def _worklist(*, who: str, rbac: bool) -> tg.ThreatModel:
    """Two colleagues of role ``who`` read results from a store through a workflow
    service (role-based access declared on it when ``rbac``)."""
    tm = tg.ThreatModel("worklist", profile="high")
    results = tg.Data("Reading results", kind="records", sensitivity="regulated")
    with tm.boundary("Hospital", trust="internal"):
        first = tm.add(tg.Actor(f"First {who}"))
        second = tm.add(tg.Actor(f"Second {who}"))
        svc = tm.add(tg.Service("Reading workflow service", controls={c.RBAC()} if rbac else set()))
        store = tm.add(tg.DataStore("Reading results database", stores={results}))
    tm.flow(store, svc, results)
    for person in (first, second):
        tm.flow(person, svc, tg.Data("Worklist request", kind="records"))
        tm.flow(svc, person, results)
    return tm


def _subject(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().findings if f.rule == SUBJECT]


def test_colleagues_working_one_queue_under_role_based_access_see_it_all() -> None:
    assert _subject(_worklist(who="radiologist", rbac=True)) == []


def test_without_role_based_access_or_with_people_who_own_a_share_it_stays() -> None:
    (bare,) = _subject(_worklist(who="radiologist", rbac=False))
    assert bare.target.ids == ("reading-results-database",)
    (managers,) = _subject(_worklist(who="line manager", rbac=True))
    assert managers.target.ids == ("reading-results-database",)
