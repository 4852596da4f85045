"""Where a client that shows a model's answers can send them.

Reviewers struck ``ai/agent-exfiltration`` on twenty-one designs whose only way out
was "a client rendering links to" a fixed partner: a case system's letters to a
mailing service, a phone app's card payments, a sign-in to an identity provider, a
lookup in a register. A client that renders an answer fetches the images and links it
names on the open web; a flow it sends a partner every time (card details, a sign-in, a
letter a person approved) carries none of what the model wrote. Two ways out stay: a
client declared to reach the open web, and one that passes on what the model wrote.
When none is left, what the rendered answers can do is ``ai/output-rendering``'s.
"""

from __future__ import annotations

import pytest

import threatgraph as tg

EXFIL = "ai/agent-exfiltration"
RENDERING = "ai/output-rendering"


def _appeals(*, outward: str) -> tg.ThreatModel:
    """An LLM drafts answers to parking appeals from the appellant's text and the case
    file; an appeals officer reads the draft in the case system. ``outward`` is what
    the case system sends out: a letter the officer approved to a mailing service
    (``letter``), the model's draft itself (``draft``), or image fetches to the open web
    (``web``)."""
    tm = tg.ThreatModel("Appeals")
    appeal = tg.Data("Appeal statement", kind="documents", sensitivity="pii")
    case = tg.Data("Case file", kind="records", sensitivity="confidential")
    draft = tg.Data("Draft response", kind="model-output", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        appellant = tm.add(tg.Actor("Appellant"))
        web = tm.add(tg.ExternalService("Linked websites")) if outward == "web" else None
    with tm.boundary("Mailing partner", trust="partner"):
        mailer = tm.add(tg.ExternalService("Mailing service"))
    with tm.boundary("Council cloud", trust="internal"):
        portal = tm.add(tg.Endpoint("Appeal portal", internet_facing=True))
        cases = tm.add(tg.Service("Case system"))
        store = tm.add(tg.DataStore("Case database", stores={case}))
        llm = tm.add(tg.LLM("Drafting LLM"))
        officer = tm.add(tg.Actor("Appeals officer"))
    tm.flow(appellant, portal, appeal, protocol="https")
    tm.flow(portal, cases, appeal)
    tm.flow(store, cases, case)
    tm.flow(cases, llm, appeal, case)
    tm.flow(llm, cases, draft)
    tm.flow(cases, officer, draft)
    tm.flow(officer, cases, tg.Data("Approved letter", kind="documents", sensitivity="pii"))
    if outward == "draft":
        tm.flow(cases, mailer, draft, protocol="https")
    else:
        tm.flow(
            cases,
            mailer,
            tg.Data("Approved letter", kind="documents", sensitivity="pii"),
            protocol="https",
        )
    if web is not None:
        tm.flow(cases, web, tg.Data("Image request", kind="records"), protocol="https")
    return tm


def test_a_letter_a_person_approved_to_a_fixed_partner_is_no_way_out() -> None:
    report = _appeals(outward="letter").analyze()
    assert report.for_rule(EXFIL) == []
    # the answers shown to the officer are still shaped by the appellant's text
    (f,) = report.for_rule(RENDERING)
    assert f.target.key == "element:case-system"
    assert "Appellant" in f.explanation


@pytest.mark.parametrize(
    ("outward", "channel"),
    [
        ("web", "Case system rendering links to Linked websites"),
        ("draft", "Case system sending what it wrote to Mailing service"),
    ],
)
def test_the_open_web_or_the_models_own_words_sent_out_are_still_a_way_out(
    outward: str, channel: str
) -> None:
    report = _appeals(outward=outward).analyze()
    (f,) = report.for_rule(EXFIL)
    assert f.target.key == "element:drafting-llm"
    assert channel in f.explanation
    assert report.for_rule(RENDERING) == []
