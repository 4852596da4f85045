"""``stride/shared-sign-in``: people sign in to a component we run with a password, PIN
or account they all share.

Taken from the "important threats missing" lists recorded on the fresh sets
(``benchmarks/quality/reviews``): reviewers of a range officer console, a cobbler's
counter tablet, a toy library's admin console, a watermill's PLC gateway, a taproom's
bar tablet, a tool library's volunteer back end and others named one shared staff PIN
or password as the gap: nothing traces an override or a changed record to a person,
and leavers keep access. Each test pins the design and a variant on which the answer
goes the other way."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Finding, Status

RULE = "stride/shared-sign-in"

JOB = tg.Data("Job status update", kind="records", sensitivity="internal")


def _found(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def _counter(method: str | None = "shared shop PIN", *, zone: str = "internal") -> tg.ThreatModel:
    """Mechanics update repair jobs on a workshop tablet that signs in with ``method``."""
    tm = tg.ThreatModel("workshop")
    with tm.boundary("Shop floor", trust=zone):
        mechanic = tm.add(tg.Actor("Mechanic", role="workshop staff"))
        tablet = tm.add(tg.Device("Workshop tablet", controls={c.Authentication(method=method)}))
    with tm.boundary("Shop cloud", trust="internal"):
        jobs = tm.add(tg.DataStore("Job database", stores={JOB}))
    tm.flow(mechanic, tablet, JOB)
    tm.flow(tablet, jobs, JOB, protocol="https")
    return tm


def test_a_shared_pin_on_the_staff_tablet_is_raised_there() -> None:
    (f,) = _found(_counter())
    assert f.status is Status.OPEN
    assert f.target.ids == ("workshop-tablet",)
    assert "Mechanic signs in to Workshop tablet" in f.explanation
    assert "'shared shop PIN'" in f.explanation
    assert "not a person" in f.explanation
    # the shared PIN keeps strangers out (one step lower), it is what the finding is about
    assert f.controls_present == ("authentication",)
    assert f.controls_missing == ("authentication",)
    assert f.status_reason is not None
    assert "partly reduced" in f.status_reason


@pytest.mark.parametrize(
    ("method", "raised"),
    [
        ("shared shop PIN", True),
        ("shared staff username and password", True),
        ("one shared password per salon account", True),
        ("site PIN shared by gate staff", True),
        ("team PIN", True),
        ("shared vendor VPN account with password", True),
        ("shared brewery staff login", True),
        # each person's own: a log names them
        ("each mechanic's own PIN", False),
        ("individual staff PINs on the shared tablet", False),
        ("shared tablet with staff badges", False),
        ("carer PIN on the shared tablet", False),
        # a machine's secret, not a person's sign-in
        ("shared API key", False),
        ("shared webhook secret", False),
        ("e-mail and password", False),
        (None, False),
    ],
)
def test_which_methods_are_a_shared_secret(method: str | None, raised: bool) -> None:
    assert bool(_found(_counter(method))) is raised


def test_people_outside_with_a_password_only_sign_in_are_the_password_finding() -> None:
    """A committee signing in from home with one shared password: the password finding
    names the same method; one finding, not two."""
    tm = tg.ThreatModel("allotments")
    with tm.boundary("Internet", trust="untrusted"):
        committee = tm.add(tg.Actor("Committee member"))
    with tm.boundary("Hosting", trust="internal"):
        admin = tm.add(
            tg.Endpoint(
                "Committee admin page",
                controls={c.Authentication(method="shared committee password")},
            )
        )
    tm.flow(committee, admin, JOB, protocol="https")
    rules = {f.rule for f in tm.analyze().findings}
    assert "stride/password-only-sign-in" in rules
    assert RULE not in rules


def _api_behind(tablet_sends: tg.Data, person_sends: tg.Data) -> tg.ThreatModel:
    """Staff use a tablet that calls the job API, which declares the shared sign-in."""
    tm = tg.ThreatModel("workshop api")
    with tm.boundary("Shop floor", trust="internal"):
        mechanic = tm.add(tg.Actor("Mechanic"))
        tablet = tm.add(tg.Device("Workshop tablet"))
    with tm.boundary("Shop cloud", trust="internal"):
        api = tm.add(
            tg.Endpoint(
                "Workshop job API",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="shared shop PIN")},
            )
        )
    tm.flow(mechanic, tablet, person_sends)
    tm.flow(tablet, api, tablet_sends, protocol="https")
    return tm


def test_a_shared_pin_on_the_api_names_the_people_at_the_tablet_in_front_of_it() -> None:
    (f,) = _found(_api_behind(JOB, JOB))
    assert f.target.ids == ("workshop-job-api",)
    assert "Mechanic signs in to Workshop job API" in f.explanation


def test_people_whose_input_the_device_does_not_pass_on_do_not_sign_in_behind_it() -> None:
    """A technician works a controller that sends its own readings on: the shared
    password declared on the router behind it is not theirs."""
    readings = tg.Data("Process readings", kind="telemetry", sensitivity="internal")
    setpoint = tg.Data("Setpoint", kind="records", sensitivity="internal")
    assert _found(_api_behind(readings, setpoint)) == []


def test_a_sign_in_passed_on_by_a_remote_access_platform_names_the_engineer() -> None:
    """A maker's engineer reaches our VPN router through the maker's platform, which
    passes the engineer's credentials on. The maker's certificate is a second factor,
    so the password finding is quiet; the password is still everyone's."""
    login = tg.Data("Engineer credentials", kind="credentials", sensitivity="confidential")
    tm = tg.ThreatModel("remote support")
    with tm.boundary("Maker", trust="partner"):
        engineer = tm.add(tg.Actor("Service engineer"))
        platform = tm.add(tg.ExternalService("Remote support platform"))
    with tm.boundary("Plant", trust="restricted"):
        router = tm.add(
            tg.Service(
                "VPN router",
                controls={
                    c.Authentication(method="maker VPN certificate and shared engineer password")
                },
            )
        )
    tm.flow(engineer, platform, login, protocol="https")
    tm.flow(platform, router, login, protocol="ipsec")
    (f,) = _found(tm)
    assert "Service engineer signs in to VPN router" in f.explanation
    # the same design without the credential passed on: the platform's own traffic
    tm2 = tg.ThreatModel("remote support 2")
    with tm2.boundary("Maker", trust="partner"):
        engineer2 = tm2.add(tg.Actor("Service engineer"))
        platform2 = tm2.add(tg.ExternalService("Remote support platform"))
    with tm2.boundary("Plant", trust="restricted"):
        router2 = tm2.add(
            tg.Service(
                "VPN router",
                controls={
                    c.Authentication(method="maker VPN certificate and shared engineer password")
                },
            )
        )
    tm2.flow(engineer2, platform2, JOB, protocol="https")
    tm2.flow(platform2, router2, JOB, protocol="ipsec")
    assert _found(tm2) == []


def test_a_component_a_partner_runs_is_left_to_the_partner() -> None:
    tm = _counter(zone="partner")
    assert _found(tm) == []
