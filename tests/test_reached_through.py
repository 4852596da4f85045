"""Threat actors of a finding that attackers get at through another element: the
credential store an outsider-steered agent reads is reached through the agent."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.rules import Catalogue, Match, on_element, rule


def _vault_read_by_a_steered_agent(*, enclave: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Credentials")
    token = tg.Data("Token", sensitivity="secret", kind="credentials")
    with tm.boundary("Internet", trust="untrusted"):
        issues = tm.add(tg.ExternalService("Issue tracker"))
    with tm.boundary("Corp", trust="internal"):
        agent = tm.add(tg.Agent("Agent", autonomy="autonomous"))
        shell = tm.add(tg.Tool("Shell", capabilities={"execute-code", "network-egress"}))
        if enclave:
            with tm.boundary("Enclave", trust="restricted"):
                vault = tm.add(tg.DataStore("Vault", stores={token}))
        else:
            vault = tm.add(tg.DataStore("Vault", stores={token}))
    tm.flow(issues, agent, tg.Data("Issue", kind="documents"), protocol="https")
    tm.flow(agent, shell, tg.Data("Command", kind="tool-call"), protocol="local")
    tm.flow(vault, agent, token, protocol="https")
    return tm


def test_a_vault_in_a_tighter_zone_keeps_the_actors_who_steer_its_reader() -> None:
    found = {}
    for enclave in (False, True):
        (f,) = (
            _vault_read_by_a_steered_agent(enclave=enclave)
            .analyze()
            .for_rule("ai/exposed-credentials")
        )
        found[enclave] = f
        # outsiders steer the agent that reads the keys: they are the ones who get them
        assert "opportunist" in f.actors
    # moving the store into a restricted zone does not make the threat smaller
    assert found[True].severity is found[False].severity
    assert found[True].actors == found[False].actors


def test_reached_through_an_unknown_id_is_a_rule_error_not_no_threat() -> None:
    @rule(
        "custom/through",
        title="Reached through a ghost",
        stride="I",
        applies_to=on_element(tg.DataStore),
        phases=["inference"],
        mitigations=[tg.controls.SecretsManagement],
    )
    def through(view):  # type: ignore[no-untyped-def]
        """A store reached through an element the model does not have."""
        return Match("reached through a ghost", reached_through=("no-such-element",))

    report = tg.analyze(
        _vault_read_by_a_steered_agent(enclave=False).freeze(),
        catalogue=Catalogue([through]),
    )
    assert [e.rule for e in report.errors] == ["custom/through"]
    assert "no-such-element" in report.errors[0].error
    assert not report.findings


def test_reduces_only_a_control_the_rule_does_not_mitigate_with_is_a_rule_error() -> None:
    @rule(
        "custom/weak",
        title="Weakened by a stranger",
        stride="I",
        applies_to=on_element(tg.DataStore),
        phases=["inference"],
        mitigations=[tg.controls.SecretsManagement],
    )
    def weak(view):  # type: ignore[no-untyped-def]
        """A store whose finding names a control the rule never mitigates with."""
        return Match("weakened", reduces_only=(tg.controls.RBAC,))

    report = tg.analyze(
        _vault_read_by_a_steered_agent(enclave=False).freeze(),
        catalogue=Catalogue([weak]),
    )
    assert [e.rule for e in report.errors] == ["custom/weak"]
    assert "RBAC" in report.errors[0].error
    assert not report.findings


def test_reduces_only_turns_a_mitigation_into_a_supporting_control() -> None:
    tm = tg.ThreatModel("Vault")
    with tm.boundary("Corp", trust="internal"):
        tm.add(tg.DataStore("Vault", controls={tg.controls.SecretsManagement()}))
    system = tm.freeze()
    found = {}
    for weakened in (False, True):

        @rule(
            "custom/vault",
            title="Vault",
            stride="I",
            applies_to=on_element(tg.DataStore),
            phases=["inference"],
            mitigations=[tg.controls.SecretsManagement, tg.controls.RBAC],
        )
        def vault(view, weakened=weakened):  # type: ignore[no-untyped-def]
            """A vault whose key manager counts in full, or only lowers it."""
            weak = (tg.controls.SecretsManagement,) if weakened else ()
            return Match("keys", reduces_only=weak)

        (found[weakened],) = tg.analyze(system, catalogue=Catalogue([vault])).findings
    assert found[False].status is tg.Status.MITIGATED
    assert found[True].status is tg.Status.OPEN
    assert found[True].controls_present == ("secrets_management",)
    assert found[True].controls_missing == ("rbac",)
    # it still lowers the odds, as a supporting control does
    bare = tg.ThreatModel("Vault")
    with bare.boundary("Corp", trust="internal"):
        bare.add(tg.DataStore("Vault"))
    (unguarded,) = tg.analyze(bare.freeze(), catalogue=Catalogue([vault])).findings
    assert found[True].likelihood < unguarded.likelihood
