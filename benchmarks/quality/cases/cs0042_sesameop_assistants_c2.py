"""AML.CS0042 SesameOp: Novel backdoor uses OpenAI Assistants API for command and control.

The victim: an organisation's internal systems (internal web servers and hosts with
Visual Studio utilities) that can reach the public OpenAI API over the internet, which
a backdoor on a compromised host used as a covert command and control channel.

Edits after the first analysis: none.
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0042"
NAME = "SesameOp: Novel backdoor uses OpenAI Assistants API for command and control"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # An organisation targeted for "espionage activities": its internal data matters.
        profile=tg.RiskProfile.HIGH,
        description="Internal hosts with outbound access to the OpenAI API.",
    )
    request = tg.Data("Internal web request", sensitivity=tg.Sensitivity.INTERNAL)
    business = tg.Data("Internal business data", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    api_call = tg.Data("Assistants API messages", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    api_reply = tg.Data("Assistants API responses", sensitivity=tg.Sensitivity.INTERNAL)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "abuses the OpenAI Assistants API": a public AI service where anyone can open an
        # account and create Assistants and Messages.
        # DSL gap: that the organisation's hosts may reach a public AI service API that is
        # not itself part of the designed system (general outbound internet access)
        # cannot be expressed; modelled as an untrusted model API the host talks to.
        openai = tm.add(
            tg.ExternalService(
                "OpenAI Assistants API",
                provides=tg.ExternalCategory.MODEL_API,
                description="api.openai.com: Assistants, threads and messages.",
            )
        )

    with tm.boundary("Victim network", trust=tg.Trust.INTERNAL):
        # Internal staff who use the internal web applications.
        staff = tm.add(tg.Actor("Employee", role="staff"))
        # "They had control of multiple internal web shells"
        web = tm.add(tg.Endpoint("Internal web server", purpose=tg.EndpointPurpose.API))
        # "compromised Visual Studio utilities", "the compromised system"
        host = tm.add(
            tg.Service(
                "Internal host with Visual Studio utilities",
                description="Server running the organisation's tooling.",
            )
        )
        data = tm.add(tg.DataStore("Internal data", stores={business}))

    tm.flow(staff, web, request, protocol="https")
    tm.flow(web, host, request)
    tm.flow(host, data, business)
    tm.flow(data, host, business)
    # The hosts have ordinary outbound https access to public services such as the
    # OpenAI API ("used the OpenAI API to fetch ... commands"); the case does not say
    # whether the organisation itself used the API.
    tm.flow(host, openai, api_call, protocol="https")
    tm.flow(openai, host, api_reply, protocol="https")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "abused the OpenAI Assistants API to relay commands to the SesameOp malware"
    1: (
        "openai-assistants-api",
        "internal-host-with-visual-studio-utilities->openai-assistants-api",
    ),
}
