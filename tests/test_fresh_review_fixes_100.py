"""Changes taken from held-out set 100's verdicts (``v2-round118-fresh100``).

Its grievance-triage reviewer struck prompt injection and confidently wrong answers on
a vendor's embedding model that the writer had declared as an LLM with the embedding
task: it follows no instructions and writes nothing anyone reads. Its medication-cart
reviewer struck bias testing on a model that identifies pills."""

from __future__ import annotations

import threatgraph as tg

LLM_RULES = {
    "ai/prompt-injection-direct",
    "ai/indirect-prompt-injection",
    "ai/output-rendering",
    "ai/hallucination",
}


def _triage(*, task: str) -> tg.ThreatModel:
    """Members on the internet send grievances to a triage service, which embeds them
    with a vendor's model declared as an LLM with ``task`` and shows the member what
    comes back."""
    tm = tg.ThreatModel("union", profile="high")
    grievance = tg.Data("Grievance", kind="prompt", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        member = tm.add(tg.Actor("Union member"))
    with tm.boundary("Vendor", trust="partner"):
        model = tm.add(tg.LLM("Embedding API", task=task, origin="third-party-api"))
    with tm.boundary("Cloud", trust="internal"):
        svc = tm.add(tg.Service("Triage service"))
    tm.flow(member, svc, grievance, protocol="https")
    tm.flow(svc, model, grievance, protocol="https")
    tm.flow(model, svc, tg.Data("Model output", kind="model-output"), protocol="https")
    tm.flow(svc, member, tg.Data("Triage answer", kind="model-output"), protocol="https")
    return tm


def _raised(tm: tg.ThreatModel) -> set[str]:
    return {f.rule for f in tm.analyze().open() if f.target.ids == ("embedding-api",)}


def test_an_llm_declared_with_the_embedding_task_gets_no_llm_findings() -> None:
    assert _raised(_triage(task="embedding")) & LLM_RULES == set()


def test_the_same_llm_that_generates_still_gets_them() -> None:
    assert "ai/prompt-injection-direct" in _raised(_triage(task="generative"))


def test_a_pill_identifier_decides_about_no_one() -> None:
    """The set's medication-cart reviewer struck the bias-testing requirement on a
    vision model that identifies the pills in a resident's cup: it decides what a pill
    is, not anything about the resident."""
    tm = tg.ThreatModel("cart", profile="high")
    photo = tg.Data("Pill cup photo", kind="media", sensitivity="regulated")
    with tm.boundary("Home", trust="internal"):
        tablet = tm.add(tg.Device("Cart camera tablet"))
        svc = tm.add(tg.Service("Pill check service"))
        model = tm.add(tg.Model("Pill identification model", task="classifier", high_stakes=True))
    result = tg.Data("Pill check result", kind="model-output", sensitivity="regulated")
    tm.flow(tablet, svc, photo, protocol="https")
    tm.flow(svc, model, photo)
    tm.flow(model, svc, result)
    tm.flow(svc, tablet, result, protocol="https")
    assert [f for f in tm.analyze().findings if f.rule == "profile/high/fairness"] == []
