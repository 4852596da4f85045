"""What the phishing finding says about where messages reach a person.

Reviewers struck findings that said a person "opens them on" the web app they work
in, when the messages came to them by e-mail straight from outside, or through a
portal's evidence store. The text now says where the messages come from (straight
from the senders, or the components that hand them on) apart from the machines the
person works on.
"""

from __future__ import annotations

import threatgraph as tg

RULE = "stride/phishing"
LETTER = tg.Data("Letter", kind="documents", sensitivity="pii")


def _office(*, through_store: bool) -> tg.ThreatModel:
    """Applicants send letters to a permit officer, who works in a case app: straight by
    e-mail, or uploaded to a portal whose evidence store the officer opens."""
    tm = tg.ThreatModel("permits")
    with tm.boundary("Internet", trust="untrusted"):
        applicant = tm.add(tg.Actor("Applicant"))
    with tm.boundary("Council", trust="internal"):
        officer = tm.add(tg.Actor("Permit officer"))
        app = tm.add(tg.Service("Case app"))
        if through_store:
            store = tm.add(tg.DataStore("Evidence store", stores={LETTER}))
    if through_store:
        tm.flow(applicant, store, LETTER, protocol="https")
        tm.flow(store, officer, LETTER)
    else:
        tm.flow(applicant, officer, LETTER, protocol="smtp")
    tm.flow(officer, app, tg.Data("Decision", kind="records"), protocol="https")
    return tm


def _phishing(tm: tg.ThreatModel) -> tg.Finding:
    (f,) = [f for f in tm.analyze().open() if f.rule == RULE]
    return f


def test_mail_straight_from_outside_is_not_said_to_be_opened_in_the_app() -> None:
    text = _phishing(_office(through_store=False)).explanation
    assert "reach Permit officer directly;" in text
    assert "Permit officer works on Case app" in text
    assert "opens them on" not in text


def test_the_component_that_hands_the_letters_on_is_named() -> None:
    text = _phishing(_office(through_store=True)).explanation
    assert "reach Permit officer through Evidence store;" in text
    assert "Permit officer works on Case app" in text
