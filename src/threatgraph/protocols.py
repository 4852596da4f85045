"""What a flow's declared protocol gives it: encryption, integrity and authentication.

A protocol is a declared fact. A flow declared ``https`` is encrypted in transit and
its server is authenticated, exactly as if it carried an ``EncryptionInTransit``
control; a flow declared ``mtls`` authenticates both ends. The engine reads this
table instead of asking users to repeat on every flow what the protocol already
says::

    >>> from threatgraph.protocols import lookup
    >>> lookup("HTTPS").encrypted
    True
    >>> lookup("http").encrypted
    False
    >>> lookup("jdbc") is None
    True

A protocol this table does not know is reported once, with the flows that use
it, rather than guessed at.
"""

from __future__ import annotations

import difflib
import re
import types
from collections.abc import Iterable, Mapping

import attrs

__all__ = ["PROTOCOLS", "Protocol", "lookup", "misspelt"]


@attrs.frozen
class Protocol:
    """The security properties a transport protocol provides."""

    name: str
    encrypted: bool
    """Confidentiality in transit."""
    integrity: bool
    """Tampering in transit is detected."""
    server_authenticated: bool
    """The client can verify the server's identity (certificates, host keys)."""
    client_authenticated: bool = False
    """The server verifies the client's identity as part of the protocol (mutual TLS, SSH keys)."""
    local: bool = False
    """Never leaves the host or the process (function calls, pipes, stdio)."""
    title: str = ""

    @property
    def label(self) -> str:
        """``https (encrypted, server authenticated)``."""
        parts = []
        if self.local:
            parts.append("stays on the host")
        elif self.encrypted:
            parts.append("encrypted")
        else:
            parts.append("cleartext")
        if self.client_authenticated:
            parts.append("mutually authenticated")
        elif self.server_authenticated:
            parts.append("server authenticated")
        return f"{self.name} ({', '.join(parts)})"


def _p(
    name: str,
    enc: bool,
    server: bool,
    client: bool = False,
    *,
    local: bool = False,
    title: str = "",
    aliases: tuple[str, ...] = (),
) -> list[tuple[str, Protocol]]:
    proto = Protocol(name, enc, enc or local, server, client, local, title)
    return [(key, proto) for key in (name, *aliases)]


PROTOCOLS: Mapping[str, Protocol] = types.MappingProxyType(
    dict(
        item
        for group in (
            _p("https", True, True, aliases=("http/2", "http2", "h2", "http+tls", "rest+tls")),
            _p("http", False, False, aliases=("rest",)),
            _p("tls", True, True, aliases=("ssl",)),
            _p("mtls", True, True, True, title="mutual TLS", aliases=("mutual-tls", "m-tls")),
            _p("grpcs", True, True, aliases=("grpc+tls",)),
            _p("grpc", False, False),
            _p("wss", True, True, aliases=("websocket+tls", "websockets")),
            _p("ws", False, False, aliases=("websocket",)),
            _p("sftp", True, True, True),
            _p("ssh", True, True, True, aliases=("scp", "rsync+ssh", "git+ssh")),
            _p(
                "tor",
                True,
                True,
                title="Tor onion service (encrypted end to end to the onion address, which "
                "authenticates the service; the client stays anonymous)",
                aliases=("onion", "tor-onion-service"),
            ),
            _p("ftps", True, True),
            _p("ftp", False, False),
            _p("telnet", False, False),
            _p(
                "rdp",
                True,
                True,
                title="Remote Desktop Protocol (TLS; users sign in with passwords, not certificates)",
                aliases=("ms-rdp",),
            ),
            _p("vnc", False, False, title="VNC (the RFB protocol; unencrypted in most setups)"),
            _p(
                "teamviewer",
                True,
                True,
                title="TeamViewer remote support (encrypted end to end; the session is "
                "opened with an ID and a password, not a certificate)",
                aliases=("team viewer",),
            ),
            _p(
                "anydesk",
                True,
                True,
                title="AnyDesk remote support (TLS; the session is opened with an address "
                "and a password, not a certificate)",
            ),
            _p("smtps", True, True),
            _p("smtp+starttls", True, True, aliases=("starttls",)),
            _p("smtp", False, False),
            _p("imaps", True, True),
            _p("imap", False, False),
            _p(
                "saml",
                True,
                True,
                title="SAML 2.0 sign-in (signed assertions, carried over HTTPS)",
                aliases=("saml2", "saml 2.0"),
            ),
            _p(
                "oidc",
                True,
                True,
                title="OpenID Connect or OAuth 2.0 (signed tokens, carried over HTTPS)",
                aliases=("openid connect", "oauth2", "oauth 2.0"),
            ),
            _p("ipps", True, True, title="IPP printing over TLS", aliases=("ipp over tls",)),
            _p("ipp", False, False, title="IPP printing (unencrypted)"),
            _p("ldaps", True, True),
            _p("ldap", False, False),
            _p("amqps", True, True),
            _p("amqp", False, False),
            _p("mqtts", True, True),
            _p("mqtt", False, False),
            _p("kafka+tls", True, True, aliases=("kafka-tls", "kafka+ssl")),
            _p("kafka", False, False),
            _p("postgres+tls", True, True, aliases=("postgresql+tls", "jdbc+tls")),
            _p("ipsec", True, True, True, aliases=("vpn", "wireguard")),
            _p(
                "srtp",
                True,
                False,
                title="secure RTP (encrypted voice and video)",
                aliases=("dtls-srtp", "webrtc"),
            ),
            _p("rtp", False, False, title="RTP (voice and video)"),
            _p("sips", True, True, title="SIP over TLS", aliases=("sip+tls",)),
            _p(
                "whatsapp",
                True,
                True,
                title="WhatsApp (end-to-end encrypted messages and calls)",
                aliases=("whatsapp business", "whatsapp-business", "signal"),
            ),
            _p("sip", False, False),
            _p("dicom+tls", True, True, aliases=("dicom-tls",)),
            _p("dicom", False, False),
            _p("dicos+tls", True, True, title="DICOS over TLS", aliases=("dicos-tls",)),
            _p(
                "dicos",
                False,
                False,
                title="DICOS (security-screening images over DICOM networking)",
            ),
            _p("rtsps", True, True, title="RTSP over TLS (camera streams)"),
            _p("rtsp", False, False, title="RTSP (camera streams)"),
            _p("rtmps", True, True, title="RTMP over TLS (live video to a streaming service)"),
            _p("rtmp", False, False, title="RTMP (live video to a streaming service)"),
            _p("mllp+tls", True, True, title="HL7 v2 over MLLP with TLS", aliases=("mllps",)),
            _p("mllp", False, False, title="HL7 v2 over MLLP"),
            _p("smb", False, False, title="SMB file sharing without SMB 3 encryption"),
            _p("nfs", False, False, title="NFS without Kerberos privacy (krb5p)"),
            _p("profinet", False, False, title="PROFINET (industrial Ethernet)"),
            _p("gige-vision", False, False, title="GigE Vision (machine cameras)"),
            _p("modbus", False, False, title="Modbus (no authentication)", aliases=("modbus-tcp",)),
            _p(
                "modbus+tls",
                True,
                True,
                True,
                title="Modbus/TCP Security (TLS with client certificates)",
                aliases=("modbus-security", "mbaps"),
            ),
            _p(
                "opc-ua",
                False,
                False,
                title="OPC UA with no security mode declared (None signs and encrypts nothing)",
                aliases=("opcua", "opc ua"),
            ),
            _p(
                "opc-ua+sign-encrypt",
                True,
                True,
                True,
                title="OPC UA, security mode SignAndEncrypt (application certificates)",
                aliases=("opc-ua-secure", "opcua+sign-encrypt", "opc-ua signandencrypt"),
            ),
            _p(
                "bacnet",
                False,
                False,
                title="BACnet/IP (no authentication)",
                aliases=("bacnet/ip",),
            ),
            _p(
                "bacnet/sc",
                True,
                True,
                True,
                title="BACnet Secure Connect (TLS with device certificates)",
                aliases=("bacnet-sc",),
            ),
            _p(
                "s7comm",
                False,
                False,
                title="Siemens S7 communication (no authentication)",
                aliases=("s7", "iso-tsap"),
            ),
            _p(
                "ethernet/ip",
                False,
                False,
                title="EtherNet/IP with CIP (no CIP Security)",
                aliases=("ethernet-ip", "ethernet ip", "enip", "cip"),
            ),
            _p(
                "cip-security",
                True,
                True,
                True,
                title="EtherNet/IP with CIP Security (TLS with device certificates)",
                aliases=("ethernet/ip+tls",),
            ),
            _p(
                "iec-104",
                False,
                False,
                title="IEC 60870-5-104 telecontrol (no authentication)",
                aliases=("iec104", "iec-60870-5-104", "iec 60870-5-104"),
            ),
            _p(
                "iec-61850",
                False,
                False,
                title="IEC 61850 MMS and GOOSE (no authentication)",
                aliases=("iec61850", "iec 61850", "goose"),
            ),
            _p("hart-ip", False, False, title="HART-IP (field instruments, no authentication)"),
            _p("dnp3", False, False, title="DNP3 (no Secure Authentication)"),
            _p("dnp3+tls", True, True, True, title="DNP3 over TLS", aliases=("dnp3-tls",)),
            _p("snmp", False, False, title="SNMP v1/v2c (community strings in cleartext)"),
            _p(
                "snmpv3",
                True,
                True,
                True,
                title="SNMPv3 with authPriv",
                aliases=("snmp-v3", "snmp v3"),
            ),
            _p(
                "lorawan",
                True,
                True,
                True,
                title="LoRaWAN (AES session keys from the device's join)",
            ),
            _p(
                "sms",
                False,
                False,
                title="SMS text messages (carried by the phone networks, not encrypted end to end)",
                aliases=("mms", "text message"),
            ),
            _p(
                "vhf",
                False,
                False,
                title="voice over an analogue VHF radio channel (anyone tuned in hears it)",
                aliases=(
                    "marine vhf",
                    "vhf radio",
                    "vhf voice",
                    "vhf-voice",
                    "two-way radio",
                    "pmr",
                    "pmr446",
                ),
            ),
            _p(
                "usb",
                False,
                False,
                local=True,
                title="USB cable (a device plugged into the host)",
                aliases=("usb-c",),
            ),
            _p(
                "local",
                False,
                False,
                local=True,
                title="in-process or on-host",
                aliases=("in-process", "ipc", "stdio", "pipe", "unix-socket", "function-call"),
            ),
        )
        for item in group
    )
)
"""Every protocol name and alias threatgraph knows, lower case, to its properties."""


_WITH_TLS = re.compile(r"(?P<name>[a-z0-9]+)[ _/+-](?:tls|ssl)")
"""A name joined to TLS: ``sip-tls``, ``mllp/tls``, ``kafka ssl``, and by ``+`` when the
table has no such name (``mqtt+tls``)."""

_VERSIONED = re.compile(r"(?P<name>[a-z][a-z0-9+/-]*?)[ -]?v?\d+(?:\.\d+)*\+?")
"""A name with a version after it: ``TLS 1.3``, ``tls1.2``, ``TLS 1.2+``, ``ssh-2``."""


def lookup(name: str | None) -> Protocol | None:
    """The protocol for a declared name (any case), or None when undeclared or unknown.
    A version after a known name is read as that name (``TLS 1.3`` is ``tls``). A name
    joined to TLS by a hyphen, slash or space is its TLS form (``sip-tls`` is ``sips``),
    or TLS itself when the table has none. A message format carried over a known
    protocol is read as that protocol, which is what protects it on the wire (``HL7
    FHIR over HTTPS`` is ``https``)."""
    if not name:
        return None
    key = name.strip().lower()
    found = PROTOCOLS.get(key)
    if found is None and (m := _VERSIONED.fullmatch(key)) is not None:
        found = PROTOCOLS.get(m.group("name"))
    if found is None and (m := _WITH_TLS.fullmatch(key)) is not None:
        # the protocol's own TLS form, or, as for "X over TLS", what TLS gives it
        found = PROTOCOLS.get(f"{m.group('name')}+tls") or PROTOCOLS["tls"]
    if found is None and " over " in key:
        found = lookup(key.rsplit(" over ", 1)[1])
    return found


def misspelt(names: Iterable[str | None]) -> list[tuple[str, str]]:
    """(name, known name) for each declared protocol name this table does not know that
    is close to one it does (``htps`` is close to ``https``), each once, in order: a
    typo that would otherwise only be listed as a protocol threatgraph cannot judge.

        >>> misspelt(["https", "htps", "postgress", "htps"])
        [('htps', 'https')]
    """
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for name in names:
        if not name or name in seen or lookup(name) is not None:
            continue
        seen.add(name)
        key = name.strip().lower()
        # a known TLS form is no correction of a name that says nothing of TLS
        # (postgresql, whose TLS is optional, is not a misspelt postgresql+tls)
        known = [k for k in PROTOCOLS if "+" not in k or "tls" in key or "ssl" in key]
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.8)
        if close:
            out.append((name, close[0]))
    return out
