"""The protocol table: industrial protocols, and versions after a known name."""

from __future__ import annotations

from pathlib import Path

import pytest

import threatgraph as tg
from threatgraph.cli import main
from threatgraph.protocols import PROTOCOLS, lookup, misspelt


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("TLS 1.3", "tls"),
        ("tls1.2", "tls"),
        ("TLS 1.2+", "tls"),
        ("SSH-2", "ssh"),
        ("HTTP 1.1", "http"),
        ("http2", "https"),
        ("mqtt5", "mqtt"),
        ("snmp v3", "snmpv3"),
        ("OPC UA", "opc-ua"),
        ("Modbus", "modbus"),
        ("BACnet/IP", "bacnet"),
        ("S7", "s7comm"),
        ("EtherNet/IP", "ethernet/ip"),
        ("IEC 60870-5-104", "iec-104"),
    ],
)
def test_a_version_or_another_spelling_reads_as_the_protocol(written: str, name: str) -> None:
    found = lookup(written)
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("written", "name", "encrypted"),
    [
        ("hl7 fhir over https", "https", True),
        ("P2PE over TLS 1.2", "tls", True),
        ("JSON over HTTP", "http", False),
        ("protobuf over grpc over tls", "tls", True),
        ("RTMPS", "rtmps", True),
        ("rtmp", "rtmp", False),
    ],
)
def test_a_format_over_a_known_protocol_reads_as_that_protocol(
    written: str, name: str, encrypted: bool
) -> None:
    """Set 171's pager agent wrote "hl7 fhir over https"; what protects the message on
    the wire is the protocol it travels over. Set 177's cathedral streamed over RTMPS,
    RTMP over TLS, which the table did not know."""
    found = lookup(written)
    assert found is not None
    assert (found.name, found.encrypted) == (name, encrypted)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("sip-tls", "sips"),
        ("SIP TLS", "sips"),
        ("mllp/tls", "mllp+tls"),
        ("kafka ssl", "kafka+tls"),
        ("postgres-tls", "postgres+tls"),
        ("smpp-tls", "tls"),
        ("mqtt+tls", "tls"),
        ("amqp+ssl", "tls"),
    ],
)
def test_a_name_joined_to_tls_reads_as_its_tls_form(written: str, name: str) -> None:
    """Set 245's video relay service declared its carrier trunk ``sip-tls``, and was
    told the protocol was unknown; set 393's custody sensors declared ``mqtt+tls``. A
    name joined to TLS is its TLS form, or TLS itself (as "X over TLS" is) when the
    table has no such form."""
    found = lookup(written)
    assert found is not None
    assert (found.name, found.encrypted) == (name, True)


def test_end_to_end_encrypted_messaging_is_known() -> None:
    found = lookup("WhatsApp")
    assert found is not None
    assert found.encrypted
    assert found.server_authenticated


@pytest.mark.parametrize(
    "written", ["dlms", "c12.22", "tls-ish", "json over carrier pigeon", "", None]
)
def test_what_is_not_a_known_name_stays_unknown(written: str | None) -> None:
    assert lookup(written) is None


@pytest.mark.parametrize(
    "name",
    [
        "modbus",
        "opc-ua",
        "bacnet",
        "dnp3",
        "snmp",
        "profinet",
        "s7comm",
        "ethernet/ip",
        "iec-104",
        "iec-61850",
        "hart-ip",
    ],
)
def test_plant_protocols_without_their_security_mode_are_cleartext(name: str) -> None:
    p = PROTOCOLS[name]
    assert not p.encrypted
    assert not p.client_authenticated


@pytest.mark.parametrize(
    "name", ["modbus+tls", "opc-ua+sign-encrypt", "bacnet/sc", "dnp3+tls", "snmpv3", "cip-security"]
)
def test_their_secure_modes_encrypt_and_authenticate_the_client(name: str) -> None:
    p = PROTOCOLS[name]
    assert p.encrypted
    assert p.integrity
    assert p.client_authenticated


def _plant(protocol: str) -> tg.ThreatModel:
    """A PLC on the plant network reports to a historian in the data centre."""
    tm = tg.ThreatModel("plant")
    readings = tg.Data("Readings", kind="records", sensitivity="confidential")
    with tm.boundary("Plant network", trust="restricted"):
        plc = tm.add(tg.Device("PLC"))
    with tm.boundary("Data centre", trust="internal"):
        historian = tm.add(tg.DataStore("Historian", stores={readings}))
    tm.flow(plc, historian, readings, protocol=protocol)
    return tm


def test_a_cleartext_plant_protocol_across_a_boundary_is_raised_and_its_secure_mode_is_not() -> (
    None
):
    def rules(tm: tg.ThreatModel) -> set[str]:
        return {f.rule for f in tm.analyze().open()}

    assert "stride/unencrypted-boundary-crossing" in rules(_plant("opc-ua"))
    assert "hygiene/undeclared-protocol" not in rules(_plant("opc-ua"))
    for secure in ("opc-ua+sign-encrypt", "OPC-UA-secure"):
        found = rules(_plant(secure))
        assert "stride/unencrypted-boundary-crossing" not in found
        assert "hygiene/undeclared-protocol" not in found
    assert "hygiene/undeclared-protocol" in rules(_plant("dlms"))


def test_remote_desktop_encrypts_and_vnc_does_not() -> None:
    """Set 35's wind farm (struck as wrong: "RDP encrypts its sessions"): a vendor's
    remote-desktop session was listed as a protocol threatgraph does not know."""
    rdp = PROTOCOLS["rdp"]
    assert rdp.encrypted
    assert not rdp.client_authenticated  # people sign in with passwords, not certificates
    assert lookup("RDP") is rdp
    assert not PROTOCOLS["vnc"].encrypted
    tm = tg.ThreatModel("remote support")
    session = tg.Data("Support session", kind="records", sensitivity="confidential")
    with tm.boundary("DMZ", trust="restricted"):
        vpn = tm.add(tg.Service("VPN gateway"))
    with tm.boundary("Control network", trust="internal"):
        scada = tm.add(tg.Service("SCADA server"))
    tm.flow(vpn, scada, session, protocol="rdp")
    rules = {f.rule for f in tm.analyze().open()}
    assert "hygiene/undeclared-protocol" not in rules
    assert "stride/unencrypted-boundary-crossing" not in rules


def test_a_tor_onion_service_is_encrypted_and_authenticates_the_service() -> None:
    """Struck as wrong on set 54: a newsroom's secure drop reached over Tor was listed as
    a flow whose protection is not declared. An onion service encrypts end to end and
    its address authenticates it; the client stays anonymous."""
    for written in ("tor", "Tor", "onion"):
        p = lookup(written)
        assert p is not None
        assert p.name == "tor"
        assert p.encrypted
        assert p.server_authenticated
        assert not p.client_authenticated


def test_a_plant_protocol_declared_without_its_secure_mode_says_so() -> None:
    """Struck as wrong on set 53 ("OPC UA as declared has a secure channel") and as weak
    on set 55: the finding said only "over opc-ua". It now says that no security mode is
    declared and which protocol name declares the secure one."""
    (f,) = [
        x
        for x in _plant("opc-ua").analyze().open()
        if x.rule == "stride/unencrypted-boundary-crossing"
    ]
    assert "no security mode declared" in f.explanation
    assert "declare opc-ua+sign-encrypt" in f.explanation
    (m,) = [
        x
        for x in _plant("modbus").analyze().open()
        if x.rule == "stride/unencrypted-boundary-crossing"
    ]
    assert "declare modbus+tls" in m.explanation


def test_single_sign_on_protocols_are_known() -> None:
    """Struck as weak on set 180 ("The flow declares SAML ... flagging the protocol only
    because the tool does not recognise it is noise"): an identity provider's SAML or
    OpenID Connect sign-in runs over HTTPS with signed assertions or tokens."""
    for written, name in (
        ("saml", "saml"),
        ("SAML 2.0", "saml"),
        ("OIDC", "oidc"),
        ("oauth2", "oidc"),
    ):
        p = lookup(written)
        assert p is not None
        assert p.name == name
        assert p.encrypted
        assert p.integrity
        assert p.server_authenticated
    tm = tg.ThreatModel("clinic sign-in")
    assertion = tg.Data("SSO assertion", kind="credentials", sensitivity="secret")
    with tm.boundary("University IT", trust="internal"):
        idp = tm.add(tg.ExternalService("Identity provider", provides="identity-provider"))
    with tm.boundary("Clinic", trust="internal"):
        cms = tm.add(tg.Service("Case management system"))
    tm.flow(idp, cms, assertion, protocol="saml")
    assert "hygiene/undeclared-protocol" not in {f.rule for f in tm.analyze().open()}


def test_printing_over_tls_is_known() -> None:
    """Struck as wrong on set 196 ("that flow uses ipps, which is already encrypted"): a
    salt mine prints its evacuation list over IPP on TLS."""
    p = lookup("ipps")
    assert p is not None
    assert p.encrypted
    assert p.server_authenticated
    tm = tg.ThreatModel("salt mine")
    manifest = tg.Data("Evacuation list", kind="records", sensitivity="pii")
    with tm.boundary("Cloud", trust="internal"):
        app = tm.add(tg.Service("Manifest app"))
    with tm.boundary("Site office", trust="internal"):
        printer = tm.add(tg.Device("Site office printer"))
    tm.flow(app, printer, manifest, protocol="ipps")
    assert "hygiene/undeclared-protocol" not in {f.rule for f in tm.analyze().open()}


def test_plain_ipp_printing_is_known_as_cleartext() -> None:
    """A set-249 writer printed meal labels over plain IPP on the kitchen Wi-Fi; the
    check called the protocol unknown and suggested ``ipps``, which the design did not
    have."""
    p = lookup("ipp")
    assert p is not None
    assert (p.name, p.encrypted, p.server_authenticated) == ("ipp", False, False)


@pytest.mark.parametrize(
    ("name", "encrypted"), [("dicos", False), ("dicos+tls", True), ("DICOS-TLS", True)]
)
def test_security_screening_images_over_dicos_are_known(name: str, encrypted: bool) -> None:
    """Writers of sets 359, 372 and 409 declared X-ray scanners sending images over
    DICOS, the security-screening standard built on DICOM networking; the check called
    it unknown and suggested ``dicom``. Plain DICOS, like plain DICOM, encrypts nothing."""
    p = lookup(name)
    assert p is not None
    assert (p.encrypted, p.server_authenticated) == (encrypted, encrypted)


def test_check_suggests_a_known_name_for_a_misspelt_protocol(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial declared ``htps`` and ``postgress``: check said ok, and the analysis only
    listed them as protocols it cannot judge."""
    path = tmp_path / "shop.py"
    path.write_text(
        "import threatgraph as tg\n"
        "tm = tg.ThreatModel('shop')\n"
        "api = tm.add(tg.Service('API'))\n"
        "db = tm.add(tg.DataStore('Orders'))\n"
        "tm.flow(api, db, tg.Data('Order'), protocol='htps')\n"
        "tm.flow(db, api, tg.Data('Row'), protocol='postgress')\n",
        encoding="utf-8",
    )
    assert main(["check", str(path)]) == 0
    err = capsys.readouterr().err
    assert (
        "protocol 'htps' (on api->orders) is not one threatgraph knows; did you mean 'https'?"
        in err
    )
    assert "postgress" not in err  # no close known name: no guess


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["https", "htps", "htps"], [("htps", "https")]),
        (["postgresql", "sip-tls", "pstn", None], []),
        (["sftpp"], [("sftpp", "sftp")]),
    ],
)
def test_misspelt_names_get_the_close_known_name(
    names: list[str | None], expected: list[tuple[str, str]]
) -> None:
    assert misspelt(names) == expected
