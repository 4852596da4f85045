"""Changes taken from held-out verdicts (sets 164 and 165), made in the session of
2026-12-05 (eighteenth)."""

from __future__ import annotations

import threatgraph as tg

INDIRECT = "ai/indirect-prompt-injection"


def _swarm_reports(*, task: str) -> tg.ThreatModel:
    """Set 165's swarm-report chatbot: the public uploads photos that a species
    classifier labels for the chatbot, and chats with the chatbot directly."""
    tm = tg.ThreatModel("swarms", profile="low")
    chat = tg.Data("Chat message", kind="prompt", sensitivity="pii")
    photo = tg.Data("Swarm photo", kind="media", sensitivity="internal")
    verdict = tg.Data("Species verdict", kind="model-output", sensitivity="internal")
    reply = tg.Data("Bot reply", kind="model-output", sensitivity="internal")
    alert = tg.Data("Collector alert", kind="tool-call", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        reporter = tm.add(tg.Actor("Member of the public"))
    with tm.boundary("Cloud", trust="internal"):
        endpoint = tm.add(tg.Endpoint("Chat endpoint", purpose=tg.EndpointPurpose.API))
        bucket = tm.add(tg.DataStore("Photo bucket", stores={photo}))
        model = tm.add(tg.Model("Species model", task=task))
        bot = tm.add(tg.Agent("Swarm chatbot", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Collector alert tool", capabilities={"send-messages"}))
    tm.flow(reporter, endpoint, chat, photo, protocol="https")
    tm.flow(endpoint, reporter, reply, protocol="https")
    tm.flow(endpoint, bucket, photo)
    tm.flow(endpoint, bot, chat)
    tm.flow(bot, endpoint, reply)
    tm.flow(bucket, model, photo)
    tm.flow(model, bot, verdict)
    tm.flow(bot, tool, alert)
    return tm


def _rules(tm: tg.ThreatModel) -> set[str]:
    return {f.rule for f in tg.analyze(tm.freeze()).findings}


def test_no_indirect_injection_through_a_model_that_answers_with_a_label() -> None:
    """'The declared path goes through the image classifier, which returns only a
    species label and scores' (set 165): instructions hidden in the photo do not come
    out of a classifier, and the reporter's chat is the direct finding's."""
    rules = _rules(_swarm_reports(task="classifier"))
    assert INDIRECT not in rules
    assert "ai/prompt-injection-direct" in rules


def test_a_model_that_writes_text_still_carries_it() -> None:
    """A captioning model that writes what it sees passes the photo's words on."""
    assert INDIRECT in _rules(_swarm_reports(task="generative"))
