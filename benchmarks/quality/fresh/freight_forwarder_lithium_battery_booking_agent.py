"""Freight forwarder lithium-battery booking agent: the first design, before any security review.

Shippers send air-freight booking requests to our bookings mailbox or through
the customer portal. An LLM agent in our cloud tenancy, calling a hosted model
API, extracts the shipment details (weights, UN numbers, battery watt-hours,
packing instructions) and asks a dangerous-goods rules service, a licensed
database of the IATA DG regulations, whether and how each consignment may fly.
Consignments the rules service calls fully regulated wait in a review queue for
a certified DG specialist to approve; all others are booked straight away with
the airlines through their cargo booking APIs. Airline API keys are kept in a
secrets vault. Confirmations and air waybill drafts go back to the shipper by
e-mail. Shippers sign in to the portal with e-mail and password, staff use
company SSO, and every airline booking call is audit-logged.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Freight forwarder lithium-battery booking agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that checks lithium-battery consignments against DG rules and books air cargo.",
)

# ---------------------------------------------------------------- data assets
portal_login = tg.Data("Shipper portal credentials", sensitivity="secret", kind="credentials")
booking_email = tg.Data(
    "Booking request e-mail",
    sensitivity="confidential",
    kind="documents",
    description="Free-text e-mail with attachments (commercial invoice, packing list, MSDS).",
)
portal_request = tg.Data("Portal booking request", sensitivity="confidential", kind="records")
shipment = tg.Data(
    "Shipment details",
    sensitivity="confidential",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pieces, weights, UN numbers, battery watt-hours, packing instructions, route.",
)
prompt = tg.Data("Agent prompt", sensitivity="confidential", kind="prompt")
completion = tg.Data(
    "Model completion and tool calls", sensitivity="confidential", kind="model-output"
)
dg_query = tg.Data("DG classification query", sensitivity="confidential", kind="tool-call")
dg_verdict = tg.Data(
    "DG rules verdict",
    sensitivity="confidential",
    kind="tool-result",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Forbidden, fully regulated or excepted, with the applicable packing section.",
)
review_item = tg.Data("Consignment for DG review", sensitivity="confidential", kind="records")
dg_approval = tg.Data(
    "DG specialist approval",
    sensitivity="confidential",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_call = tg.Data("Airline booking request", sensitivity="confidential", kind="tool-call")
airline_key = tg.Data(
    "Airline API keys",
    sensitivity="secret",
    kind="credentials",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
confirmation = tg.Data(
    "Airline booking confirmation", sensitivity="confidential", kind="tool-result"
)
awb_draft = tg.Data("Air waybill draft", sensitivity="confidential", kind="documents")
bookings = tg.Data(
    "Booking records",
    sensitivity="confidential",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
outbound_email = tg.Data(
    "Confirmation e-mail to shipper", sensitivity="confidential", kind="documents"
)
booking_status = tg.Data("Booking status", sensitivity="confidential", kind="model-output")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Exporters and their agents; anyone can e-mail the bookings mailbox.
    shipper = tm.add(tg.Actor("Shipper", role="customer"))

with tm.boundary("E-mail provider", trust="partner"):
    # Hosted mail service holding the bookings mailbox.
    mail = tm.add(
        tg.ExternalService("Bookings mailbox", description="Hosted Microsoft 365 mailbox.")
    )

with tm.boundary("Model vendor", trust="partner"):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("DG data vendor", trust="partner"):
    # Licensed database of the IATA Dangerous Goods Regulations, queried per consignment.
    dg_service = tm.add(
        tg.ExternalService("Dangerous-goods rules service", provides="data-provider")
    )

with tm.boundary("Airlines", trust="partner"):
    # Each carrier's cargo booking API, called with our account's API key.
    airline_api = tm.add(tg.ExternalService("Airline cargo booking APIs"))

with tm.boundary("Forwarder cloud tenancy", trust="internal"):
    # Shippers' web front door for booking requests and status.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose="api",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Reads requests, extracts the details, checks DG rules and books.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy="supervised",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="certified DG specialist",
                    note="only consignments the rules service calls fully regulated; "
                    "the rest are booked straight away",
                )
            },
        )
    )
    # Sends the extracted details to the DG rules service and returns its verdict.
    dg_tool = tm.add(tg.Tool("DG rules check", capabilities={"read", "network-egress"}))
    # Places bookings with airlines using keys from the vault.
    booking_tool = tm.add(
        tg.Tool(
            "Airline booking tool",
            capabilities={"write", "network-egress"},
            controls={tg.controls.AuditLogging(retention_days=730)},
        )
    )
    # Sends confirmations and AWB drafts from the bookings mailbox.
    email_tool = tm.add(tg.Tool("Shipper e-mail sender", capabilities={"send-messages"}))
    # Shipments, verdicts, bookings and AWB drafts.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={shipment, bookings, awb_draft, dg_verdict},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Holds the airline API keys.
    vault = tm.add(
        tg.DataStore(
            "Secrets vault",
            stores={airline_key},
            controls={tg.controls.SecretsManagement()},
        )
    )
    # Work queue where fully regulated consignments wait for a specialist.
    review_queue = tm.add(
        tg.Service(
            "DG review queue",
            controls={tg.controls.Authentication(method="staff SSO")},
        )
    )

with tm.boundary("Forwarder office network", trust="internal"):
    # IATA-certified DG specialist who approves fully regulated consignments.
    specialist = tm.add(tg.Actor("DG specialist", role="dangerous goods specialist"))

# ---------------------------------------------------------------- flows
tm.flow(shipper, mail, booking_email, protocol="smtp")
tm.flow(mail, agent, booking_email, protocol="https", label="mailbox polling")
tm.flow(shipper, portal, portal_login, portal_request, protocol="https")
tm.flow(portal, shipper, booking_status, protocol="https")
tm.flow(portal, agent, portal_request)
tm.flow(agent, portal, booking_status)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, dg_tool, dg_query)
tm.flow(dg_tool, dg_service, dg_query, protocol="https")
tm.flow(dg_service, dg_tool, dg_verdict, protocol="https")
tm.flow(dg_tool, agent, dg_verdict)

tm.flow(agent, booking_db, shipment, dg_verdict, bookings, awb_draft)
tm.flow(booking_db, agent, shipment, bookings)

tm.flow(agent, review_queue, review_item)
tm.flow(review_queue, specialist, review_item, protocol="https")
tm.flow(specialist, review_queue, dg_approval, protocol="https")
tm.flow(review_queue, agent, dg_approval)

tm.flow(agent, booking_tool, booking_call)
tm.flow(vault, booking_tool, airline_key)
tm.flow(booking_tool, airline_api, booking_call, airline_key, protocol="https")
tm.flow(airline_api, booking_tool, confirmation, protocol="https")
tm.flow(booking_tool, agent, confirmation)

tm.flow(agent, email_tool, outbound_email, awb_draft)
tm.flow(email_tool, mail, outbound_email, awb_draft, protocol="https")
tm.flow(mail, shipper, outbound_email, awb_draft, protocol="smtp")
