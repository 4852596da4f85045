"""Carrier vetting agent: the first design, before any security review.

Our freight brokerage onboards new trucking carriers every day. A carrier's
dispatcher or owner-operator signs up on the carrier onboarding portal and uploads
the onboarding packet: certificate of insurance, operating authority letter, W-9
and the owner's driver's licence. A vetting agent, built on a hosted LLM, reads the
packet, looks up the carrier's USDOT/MC safety record and authority status at
FMCSA, asks an insurance verification provider whether the certificate is genuine
and in force, and sends the owner's ID to an identity verification vendor. It then
writes an onboarding or rejection recommendation, with its reasons, into the vetting
case in our carrier management system. A carrier compliance specialist reviews each
case in the compliance console and makes the final decision. The portal uses e-mail
and password sign-in and TLS; staff use corporate SSO with MFA; uploads are stored
encrypted; vendor API keys sit in the secrets vault.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Freight broker carrier vetting agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that vets new trucking carriers (insurance, safety record, identity) "
        "and recommends onboarding or rejection to a compliance specialist."
    ),
)

# ---------------------------------------------------------------- data assets
packet = tg.Data(
    "Carrier onboarding packet",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Certificate of insurance, authority letter, W-9 (TIN) and owner's driver's licence.",
)
application = tg.Data(
    "Carrier application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Company name, USDOT and MC numbers, contact and owner details.",
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
vetting_request = tg.Data("Vetting request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Vetting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the application, packet contents and the tool results so far.",
)
completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
safety_query = tg.Data(
    "Safety record lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
safety_record = tg.Data(
    "FMCSA safety and authority record",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Authority status, safety rating, inspection and crash history.",
)
coi_query = tg.Data(
    "Insurance verification request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
coi_result = tg.Data(
    "Insurance verification result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
id_request = tg.Data(
    "Owner ID check request",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Images of the owner's driver's licence with name and date of birth.",
)
id_result = tg.Data("Identity check result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
recommendation = tg.Data(
    "Vetting recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Onboard or reject, with the checks performed and the agent's reasons.",
)
vetting_case = tg.Data(
    "Vetting case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Application, recommendation, check results and the specialist's decision.",
)
decision = tg.Data(
    "Onboarding decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can claim to be a carrier: genuine dispatchers, identity thieves, double brokers.
    dispatcher = tm.add(tg.Actor("Carrier dispatcher", role="carrier applicant"))
    # The public FMCSA QCMobile / SAFER web services: the authoritative safety and authority data.
    fmcsa = tm.add(
        tg.ExternalService(
            "FMCSA safety data API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="US DOT public web service keyed by USDOT or MC number.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The reasoning model behind the agent; it reads the documents and the tool results.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal model reading the packet images and text via the vendor API.",
        )
    )

with tm.boundary("Verification vendors", trust=tg.Trust.PARTNER):
    # Confirms with the insurer or agent that the certificate is genuine and the policy in force.
    insurance_provider = tm.add(
        tg.ExternalService(
            "Insurance verification provider", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )
    # Checks that the owner's driver's licence is authentic and matches the application.
    id_vendor = tm.add(
        tg.ExternalService("Identity verification vendor", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Broker cloud", trust=tg.Trust.INTERNAL):
    # Where carriers sign up and upload their packet.
    portal = tm.add(
        tg.Endpoint(
            "Carrier onboarding portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Keeps the uploaded onboarding documents for the agent and the specialist.
    doc_store = tm.add(
        tg.DataStore(
            "Carrier document store",
            stores={packet},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Vetting services", trust=tg.Trust.INTERNAL):
        # The LLM agent that runs the checks and drafts the recommendation; it decides nothing itself.
        agent = tm.add(
            tg.Agent(
                "Carrier vetting agent",
                autonomy=tg.Autonomy.ASSISTIVE,
                controls={
                    c.HumanInTheLoop(approver="carrier compliance specialist"),
                },
            )
        )
        # Read-only lookups of a carrier's record at FMCSA.
        fmcsa_tool = tm.add(tg.Tool("FMCSA lookup tool", capabilities={"read", "network-egress"}))
        # Sends the certificate details to the insurance verification provider.
        insurance_tool = tm.add(
            tg.Tool(
                "Insurance verification tool",
                capabilities={"read", "network-egress"},
                controls={c.SecretsManagement()},
            )
        )
        # Sends the owner's ID images to the identity verification vendor.
        id_tool = tm.add(
            tg.Tool(
                "Identity check tool",
                capabilities={"read", "network-egress"},
                controls={c.SecretsManagement()},
            )
        )
        # Writes the recommendation and check results into the vetting case.
        case_tool = tm.add(tg.Tool("Vetting case tool", capabilities={"read", "write"}))

    # The system of record for carriers and their vetting cases.
    carrier_db = tm.add(
        tg.DataStore(
            "Carrier management system",
            stores={application, vetting_case, decision},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Brokerage staff who approve or reject each carrier.
    specialist = tm.add(tg.Actor("Carrier compliance specialist", role="compliance staff"))
    # Where the specialist reads the case, the documents and the recommendation.
    console = tm.add(
        tg.Endpoint(
            "Compliance review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# onboarding
tm.flow(dispatcher, portal, application, packet, protocol="https", controls={tls})
tm.flow(portal, dispatcher, status, protocol="https", controls={tls})
tm.flow(portal, doc_store, packet)
tm.flow(portal, carrier_db, application)
tm.flow(carrier_db, portal, status, label="status updates")
tm.flow(portal, agent, vetting_request, label="new application queued")

# the agent's reasoning
tm.flow(doc_store, agent, packet)
tm.flow(carrier_db, agent, application)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# checks
tm.flow(agent, fmcsa_tool, safety_query)
tm.flow(fmcsa_tool, fmcsa, safety_query, protocol="https")
tm.flow(fmcsa, fmcsa_tool, safety_record, protocol="https")
tm.flow(fmcsa_tool, agent, safety_record)

tm.flow(agent, insurance_tool, coi_query)
tm.flow(insurance_tool, insurance_provider, coi_query, protocol="https")
tm.flow(insurance_provider, insurance_tool, coi_result, protocol="https")
tm.flow(insurance_tool, agent, coi_result)

tm.flow(agent, id_tool, id_request)
tm.flow(id_tool, id_vendor, id_request, protocol="https")
tm.flow(id_vendor, id_tool, id_result, protocol="https")
tm.flow(id_tool, agent, id_result)

# recommendation and decision
tm.flow(agent, case_tool, recommendation)
tm.flow(case_tool, carrier_db, recommendation, label="updates vetting case")
tm.flow(carrier_db, console, vetting_case)
tm.flow(doc_store, console, packet)
tm.flow(console, specialist, vetting_case, packet)
tm.flow(specialist, console, decision)
tm.flow(console, carrier_db, decision, label="onboard or reject")
