"""River cruise passenger manifest agent: the first design, before any security review.

A European river cruise operator must send a passenger manifest and a border
declaration to the border police before each ship crosses into a non-Schengen
country on the Danube (Serbia, Romania's external ports) and when it returns.
Passengers enter their passport details in the online check-in portal, which
saves them in the reservation system. Before each crossing the ship's purser asks
the manifest agent, from a web console reached over the ship's satellite link,
to compile the manifest for a voyage. The agent reads the bookings and passport
details through a lookup tool, looks up each country's declaration rules in a
knowledge base indexed from the authorities' published guidance, and drafts the
declaration with a hosted LLM. The purser reviews and approves the draft; only
then does the submission tool file it on the border authority's e-declaration
portal and archive the filed copy with the authority's receipt. The reservation
system is encrypted at rest and the agent keeps an audit log of its steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "River cruise passenger manifest agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Compiles passenger manifests and border declarations for river cruise ships.",
)

# ---------------------------------------------------------------- data assets
passport_details = tg.Data(
    "Passenger passport details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, nationality, date of birth, passport number and expiry, as typed in.",
)
checkin_confirmation = tg.Data(
    "Check-in confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
booking_records = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cabin, voyage, embarkation and disembarkation ports per passenger.",
)
itinerary = tg.Data(
    "Voyage itinerary",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Port calls and border crossing times per ship and voyage.",
)
manifest_request = tg.Data(
    "Manifest request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The purser's request: ship, voyage and crossing point.",
)
llm_prompt = tg.Data(
    "Agent prompt with passenger data", kind="prompt", sensitivity=tg.Sensitivity.PII
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data(
    "Passenger lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
lookup_result = tg.Data(
    "Passenger lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
draft_declaration = tg.Data(
    "Draft manifest and border declaration", kind="documents", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data(
    "Purser approval of the declaration", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
filed_declaration = tg.Data(
    "Filed border declaration",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
authority_receipt = tg.Data(
    "Authority receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
guidance = tg.Data(
    "Border authority guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published declaration rules, forms and field formats per country.",
)
guidance_chunks = tg.Data(
    "Guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
rules_query = tg.Data("Declaration rules query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Guests check in online before the cruise, from their own devices.
    passenger = tm.add(tg.Actor("Passenger", role="cruise guest"))
    # The authorities' public web pages, where declaration rules are published.
    guidance_sites = tm.add(
        tg.DataSource(
            "Border authority guidance pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance},
            description="Crawled weekly from the border police and port authority websites.",
        )
    )

with tm.boundary("Border authorities", trust=tg.Trust.PARTNER):
    # The government portal that receives the declaration and answers with a receipt.
    border_portal = tm.add(
        tg.ExternalService(
            "Border authority e-declaration portal",
            description="Government web service; the operator has one company account per country.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the manifest and the declaration text from the passenger data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose model behind the vendor's API, EU region.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Where passengers type in their passport details before sailing.
    checkin = tm.add(
        tg.Endpoint(
            "Online check-in portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="booking reference and surname"),
                c.InputValidation(note="passport number and date formats checked per country"),
            },
        )
    )
    # The web console the purser uses from the ship to run and approve manifests.
    console = tm.add(
        tg.Endpoint(
            "Purser console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="crew SSO via OIDC with authenticator-app MFA")},
        )
    )
    # Plans the steps: look up passengers, read the rules, draft, then file after approval.
    agent = tm.add(
        tg.Agent(
            "Manifest agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the ship's purser, before each declaration is filed"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only access to the voyage's bookings and passport details.
    lookup_tool = tm.add(
        tg.Tool(
            "Passenger lookup tool",
            capabilities={"read"},
            description="Returns the passengers booked on a given ship and voyage.",
        )
    )
    # Files the approved declaration on the authority's portal and archives it.
    submit_tool = tm.add(
        tg.Tool(
            "Declaration submission tool",
            capabilities={"write", "network-egress"},
            description="Logs in with the company's portal account and uploads the declaration.",
        )
    )
    # Declaration rules per country, for the agent to follow the right format.
    rules_kb = tm.add(tg.VectorStore("Border rules knowledge base", stores={guidance_chunks}))
    # Chunks and embeds the crawled guidance pages.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Filed declarations and receipts, kept for inspections by the authorities.
    archive = tm.add(
        tg.DataStore("Manifest archive", stores={filed_declaration, authority_receipt})
    )

    with tm.boundary("Reservations tier", trust=tg.Trust.RESTRICTED):
        # The system of record for bookings, itineraries and passport details.
        reservations = tm.add(
            tg.DataStore(
                "Reservation system",
                stores={booking_records, passport_details, itinerary},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Ship network", trust=tg.Trust.INTERNAL):
    # Prepares each crossing and is accountable for what is declared.
    purser = tm.add(tg.Actor("Ship purser", role="purser"))

# ---------------------------------------------------------------- flows
# online check-in
tm.flow(passenger, checkin, passport_details, protocol="https")
tm.flow(checkin, passenger, checkin_confirmation, protocol="https")
tm.flow(checkin, reservations, passport_details)
tm.flow(reservations, checkin, booking_records, label="prefill")

# the purser asks for a manifest, reviews the draft and approves it
tm.flow(purser, console, manifest_request, protocol="https", label="over the ship's VSAT link")
tm.flow(console, purser, draft_declaration, protocol="https", label="over the ship's VSAT link")
tm.flow(purser, console, approval, protocol="https", label="approves over the ship's VSAT link")
tm.flow(console, agent, manifest_request, approval)
tm.flow(agent, console, draft_declaration, authority_receipt)

# the agent gathers passenger data and rules, and drafts with the LLM
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, reservations, lookup_call)
tm.flow(reservations, lookup_tool, booking_records, passport_details, itinerary)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, rules_kb, rules_query, label="similarity query")
tm.flow(rules_kb, agent, guidance_chunks)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# guidance indexing
tm.flow(guidance_sites, indexer, guidance, protocol="https", label="weekly crawl")
tm.flow(indexer, rules_kb, guidance_chunks)

# filing after approval
tm.flow(agent, submit_tool, filed_declaration)
tm.flow(submit_tool, border_portal, filed_declaration, protocol="https")
tm.flow(border_portal, submit_tool, authority_receipt, protocol="https")
tm.flow(submit_tool, agent, authority_receipt)
tm.flow(submit_tool, archive, filed_declaration, authority_receipt)
