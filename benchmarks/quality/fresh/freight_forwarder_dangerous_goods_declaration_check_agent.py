"""Freight forwarder: dangerous goods declaration check agent, first design.

Shippers book sea and air freight on our customer booking portal (company accounts,
e-mail and password) and upload the dangerous goods declaration and the safety data
sheets for any hazardous cargo. Each DG booking is handed to an LLM agent running in
our cloud. The agent reads the declaration and SDS, looks up the UN number, proper
shipping name, class, packing group, limited quantity and packing rules in the
licensed IMDG / IATA DGR regulations service and in the carriers' DG acceptance rules,
then writes a check report to the booking. It can put the booking on hold or mark it
ready for sign-off, and e-mails the shipper a list of corrections. A certified DG
specialist signs off every acceptance in the booking system before the booking goes to
the carrier over the carrier booking platform. The model is a hosted LLM under an
enterprise agreement; the agent's steps are capped and every prompt and tool call logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dangerous goods declaration check agent",
    profile=tg.RiskProfile.HIGH,
    description="An LLM agent checks shippers' dangerous goods declarations against IMDG / "
    "IATA DGR and carrier rules before a DG specialist accepts the booking.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shipper, consignee, route, cargo description, packages and weights, contact details.",
)
declaration = tg.Data(
    "Dangerous goods declaration",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The shipper's signed DGD (IMO multimodal form or IATA shipper's declaration), PDF.",
)
sds = tg.Data("Safety data sheet", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
booking = tg.Data(
    "DG booking",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking_status = tg.Data(
    "Booking status and messages", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
check_task = tg.Data(
    "DG check task",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Booking id, mode of transport, carrier and the booking's cargo lines.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the check task, the declaration and SDS text and tool results so far.",
)
completion = tg.Data(
    "Agent completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
regs_query = tg.Data("Regulations lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
vendor_query = tg.Data("UN number query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
regs_entries = tg.Data(
    "Dangerous goods list entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Licensed regulation content: DG list rows, special provisions, packing instructions.",
)
regs_result = tg.Data(
    "Regulations lookup result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
carrier_rules = tg.Data(
    "Carrier DG acceptance rules",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-carrier forbidden classes, quantity limits and port restrictions.",
)
status_update = tg.Data(
    "Booking status update",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hold or ready-for-sign-off, with the agent's check report attached.",
)
check_report = tg.Data(
    "DG check report",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each declared line with the regulation entry it was checked against and the discrepancies found.",
)
status_result = tg.Data(
    "Status update result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
correction_request = tg.Data(
    "Correction request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The discrepancies the shipper must fix, written by the agent.",
)
correction_email = tg.Data(
    "Correction request e-mail", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sign_off = tg.Data(
    "DG acceptance sign-off", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
carrier_booking = tg.Data(
    "Carrier booking with DG details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="IFTMIN booking message with the DG lines as accepted.",
)
carrier_confirmation = tg.Data(
    "Carrier booking confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The shipper's export clerk who books and declares the cargo.
    shipper = tm.add(tg.Actor("Shipper", role="shipper's booking clerk"))

with tm.boundary("Forwarder cloud", trust=tg.Trust.INTERNAL):
    # Customer-facing booking front end, with document upload.
    portal = tm.add(
        tg.Endpoint(
            "Customer booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company account, e-mail and password"),
                c.InputValidation(note="PDF and image uploads only, 20 MB limit"),
            },
        )
    )
    # Holds uploaded declarations and safety data sheets.
    doc_store = tm.add(
        tg.DataStore(
            "Shipment document store",
            stores={declaration, sds},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The transport management system where bookings live and DG staff work.
    tms = tm.add(
        tg.Service(
            "Booking system",
            description="Transport management system: bookings, statuses, DG sign-off screen "
            "and the carrier booking interface.",
            controls={
                c.Authentication(method="corporate SSO with MFA for staff"),
                c.RBAC(note="only users in the DG specialist role can sign off DG acceptance"),
            },
        )
    )
    # The booking records the booking system keeps.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The new component: reads the documents and runs the checks with its tools.
    agent = tm.add(
        tg.Agent(
            "DG check agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Extracts the declared DG lines from the DGD and SDS, checks them "
            "against the regulations and carrier rules, and writes its report to the booking.",
            controls={
                c.HumanInTheLoop(
                    approver="certified DG specialist",
                    note="a DG specialist signs off every acceptance; holds and correction "
                    "requests to shippers go out directly",
                ),
                c.CircuitBreaker(max_steps=30),
                c.AuditLogging(note="every prompt, completion and tool call"),
            },
        )
    )
    # Looks up the regulation entries and the carrier's rules for a UN number.
    regs_tool = tm.add(
        tg.Tool(
            "Regulations lookup tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="vendor API key in the cloud secret store")},
        )
    )
    # Sets the booking's DG status and attaches the check report.
    status_tool = tm.add(
        tg.Tool(
            "Booking status tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(
                    note="can set only 'on hold' or 'ready for DG sign-off'; cannot accept, "
                    "reject or cancel a booking"
                )
            },
        )
    )
    # Sends the shipper the corrections the agent found.
    mail_tool = tm.add(
        tg.Tool(
            "Shipper messaging tool",
            capabilities={"send-messages"},
            description="Sends to the booking contact address held on the booking.",
        )
    )
    # Carrier restrictions maintained by the DG team from carrier circulars.
    rules_store = tm.add(tg.DataStore("Carrier DG rules", stores={carrier_rules}))
    # Keeps the agent's run logs for DG team review and audits.
    log_store = tm.add(tg.DataStore("Agent log store", stores={agent_log}))

with tm.boundary("Operations office", trust=tg.Trust.INTERNAL):
    # Trained and certified to accept dangerous goods; accountable for the acceptance.
    specialist = tm.add(tg.Actor("DG specialist", role="dangerous goods officer"))

with tm.boundary("Regulations vendor", trust=tg.Trust.PARTNER):
    # Licensed, maintained IMDG Code / IATA DGR / ADR content with an API.
    regs_vendor = tm.add(
        tg.ExternalService(
            "DG regulations service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, behind the provider's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="enterprise agreement: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Carrier network", trust=tg.Trust.PARTNER):
    # Multi-carrier booking platform that forwards bookings to ocean and air carriers.
    carrier = tm.add(tg.ExternalService("Carrier booking platform"))

# ---------------------------------------------------------------- flows
# booking intake
tm.flow(shipper, portal, booking_request, declaration, sds, protocol="https")
tm.flow(portal, shipper, booking_status, protocol="https")
tm.flow(portal, doc_store, declaration, sds)
tm.flow(portal, tms, booking_request)
tm.flow(tms, portal, booking_status)
tm.flow(tms, booking_db, booking)
tm.flow(booking_db, tms, booking)

# the check
tm.flow(tms, agent, check_task, label="new DG booking")
tm.flow(doc_store, agent, declaration, sds)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, regs_tool, regs_query)
tm.flow(regs_tool, regs_vendor, vendor_query, protocol="https")
tm.flow(regs_vendor, regs_tool, regs_entries, protocol="https")
tm.flow(rules_store, regs_tool, carrier_rules)
tm.flow(regs_tool, agent, regs_result)
tm.flow(agent, status_tool, status_update)
tm.flow(status_tool, tms, status_update, check_report)
tm.flow(status_tool, agent, status_result)
tm.flow(agent, mail_tool, correction_request)
tm.flow(mail_tool, shipper, correction_email, protocol="smtp")
tm.flow(agent, log_store, agent_log)

# acceptance and hand-over to the carrier
tm.flow(tms, specialist, booking, check_report, declaration, protocol="https")
tm.flow(specialist, tms, sign_off, protocol="https")
tm.flow(specialist, rules_store, carrier_rules, protocol="https", label="maintains carrier rules")
tm.flow(tms, carrier, carrier_booking, protocol="https")
tm.flow(carrier, tms, carrier_confirmation, protocol="https")
