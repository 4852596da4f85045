"""A console reading the login it checks people against keeps no key for others.

Reviewers struck ``ai/exposed-credentials`` (rated high) on a film club's database
holding the committee's login, read by the admin console the committee signs in to,
and on a repair shop's job database holding the repairer's login, read by the workshop
page: "the console checking its own sign-in, not a steerable reader harvesting keys".
The finding stays where the reader hands the credential on to others (a gate code a
web app shows the people who look it up).
"""

from __future__ import annotations

import threatgraph as tg

RULE = "ai/exposed-credentials"


def _club(*, hands_on: bool) -> tg.ThreatModel:
    """A committee volunteer signs in to an internet-facing admin console with the
    committee login, which the console checks against the club database. In the
    variant the console also shows the login to a second volunteer."""
    tm = tg.ThreatModel("film club", profile="high")
    login = tg.Data("Committee login", kind="credentials", sensitivity="secret")
    members = tg.Data("Member records", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        volunteer = tm.add(tg.Actor("Committee volunteer"))
        other = tm.add(tg.Actor("Second volunteer"))
    with tm.boundary("Cloud", trust="internal"):
        console = tm.add(tg.Endpoint("Club admin console", internet_facing=True))
        db = tm.add(tg.DataStore("Club database", stores={login, members}))
    tm.flow(volunteer, console, login, members, protocol="https")
    tm.flow(console, volunteer, members, protocol="https")
    tm.flow(db, console, login, members)
    tm.flow(console, db, members)
    if hands_on:
        tm.flow(console, other, login, protocol="https")
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def test_the_console_checking_the_login_it_is_presented_reads_no_key() -> None:
    assert _found(_club(hands_on=False)) == []


def test_a_reader_that_hands_the_credential_on_still_counts() -> None:
    (f,) = _found(_club(hands_on=True))
    assert f.target.ids == ("club-database",)
