"""Changes taken from reviewers' verdicts on held-out sets 388 and later, made in the
session of 2026-12-07 (forty-second)."""

from __future__ import annotations

import pytest

import threatgraph as tg

FORGED = "ai/forged-device-readings"
CLEARTEXT = "stride/unencrypted-boundary-crossing"


def _on(tm: tg.ThreatModel, rule: str) -> list[str]:
    return sorted(f.target.key for f in tm.analyze().open() if f.rule == rule)


def _xray(encryption: str | None) -> tg.ThreatModel:
    """Set 388's veterinary group: each clinic's X-ray machines send studies over DICOM
    to the central archive, which forwards them to the fracture detector."""
    tm = tg.ThreatModel("xray", profile="low")
    studies = tg.Data("Radiographs", kind="media", sensitivity="pii")
    marks = tg.Data("Fracture marks", kind="model-output", sensitivity="internal")
    with tm.boundary("Clinic networks", trust="internal"):
        xray = tm.add(tg.Device("Clinic X-ray machines", fleet=True))
    with tm.boundary("Data centre", trust="internal"):
        pacs = tm.add(tg.DataStore("Central PACS", stores={studies, marks}))
        svc = tm.add(tg.Service("Inference service"))
        model = tm.add(tg.Model("Fracture detector", task="detector", returns_scores=True))
    controls = (
        {tg.controls.EncryptionInTransit(protocol=encryption)} if encryption is not None else set()
    )
    tm.flow(xray, pacs, studies, protocol="dicom", controls=controls)
    tm.flow(pacs, svc, studies, protocol="dicom")
    tm.flow(svc, model, tg.Data("Image tensors", kind="features"))
    tm.flow(model, svc, marks)
    return tm


@pytest.mark.parametrize("tunnel", ["IPsec site-to-site VPN", "WireGuard", "site VPN"])
def test_readings_inside_a_site_tunnel_are_not_forged_by_outsiders(tunnel: str) -> None:
    """Sets 388 and 379 (struck twice: "flow 4 declares an IPsec site-to-site VPN, which
    authenticates the clinic gateways and protects integrity"): a link declared as
    running inside an IPsec or VPN tunnel is as authenticated as one declared ``ipsec``,
    which the protocol table already counts as authenticating both ends."""
    assert _on(_xray(tunnel), FORGED) == []


@pytest.mark.parametrize("encryption", [None, "TLS 1.3"])
def test_readings_over_plain_or_server_only_links_are_still_forged(
    encryption: str | None,
) -> None:
    """No tunnel, or server-only TLS: any device on the network can speak for another."""
    assert _on(_xray(encryption), FORGED) == ["element:fracture-detector"]


def _museum(label: str | None) -> tg.ThreatModel:
    """Set 389's museum: the on-site collections file share is synced nightly over SMB
    into the cloud ingestion pipeline."""
    tm = tg.ThreatModel("museum", profile="low")
    files = tg.Data("Object files", kind="documents", sensitivity="pii")
    with tm.boundary("Museum data centre", trust="internal"):
        share = tm.add(tg.DataStore("Collections file share", stores={files}))
    with tm.boundary("Cloud tenancy", trust="internal"):
        ingest = tm.add(tg.Pipeline("Nightly ingestion", stage="ingestion"))
    tm.flow(share, ingest, files, protocol="smb", label=label)
    return tm


@pytest.mark.parametrize(
    "label",
    ["nightly sync over site VPN", "HL7 batch over the site-to-site VPN", "via IPsec tunnel"],
)
def test_a_flow_labelled_as_running_over_a_vpn_is_not_cleartext(label: str) -> None:
    """Set 389 (struck as wrong: "the flow is declared as running over the site VPN,
    which encrypts and protects the on-prem-to-cloud link")."""
    assert _on(_museum(label), CLEARTEXT) == []


@pytest.mark.parametrize("label", [None, "nightly sync", "VPN login audit export"])
def test_a_flow_not_said_to_run_in_a_tunnel_is_still_cleartext(label: str | None) -> None:
    """A label that only mentions a VPN (what it carries about one) is no tunnel."""
    key = "flow:collections-file-share->nightly-ingestion"
    assert _on(_museum(label), CLEARTEXT) == [key]
