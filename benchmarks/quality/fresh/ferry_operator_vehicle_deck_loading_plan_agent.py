"""Vehicle-deck loading plan agent: the first design, before any security review.

A ferry operator builds a vehicle-deck loading plan for every sailing. Today the
loading officer does it by hand from the booking list; this design gives the
job to an LLM agent running in the operator's cloud. The agent reads the
sailing's freight and car bookings from the reservations system, the weights
the port weighbridge records at check-in and the dangerous-goods declarations
hauliers file through the freight portal, together with the vessel's deck
limits and the segregation table. It drafts lane assignments, has the ship's
loading computer check stability and deck loads, and files the draft for the
loading officer, who signs it off in a web console before it goes to the
check-in lane system. The language model is a vendor-hosted API. Controls in
this design: haulier and staff sign-in, the officer's sign-off on every plan,
a step cap on the agent, audit logging and encryption on the plan store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vehicle-deck loading plan agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent drafting vehicle-deck loading plans for the loading officer's sign-off.",
)

# ---------------------------------------------------------------- data assets
freight_booking = tg.Data(
    "Freight and car bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sailing, driver name, vehicle registration, vehicle type and length, declared weight.",
)
dg_declaration = tg.Data(
    "Dangerous goods declaration",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="DG note per trailer: UN numbers, class, packing group, quantities, with the haulier's PDF.",
)
weights = tg.Data(
    "Weighbridge vehicle weights",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
deck_rules = tg.Data(
    "Deck limits and segregation table",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-lane axle and deck loads, headroom, and the IMDG segregation rules for the vessel.",
)
lookup_call = tg.Data("Booking lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Sailing manifest extract", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the sailing's bookings, weights, DG declarations and deck rules.",
)
completion = tg.Data("Planning completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_plan = tg.Data(
    "Draft loading plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Lane-by-lane vehicle positions with DG stowage notes.",
)
stability_result = tg.Data(
    "Stability and deck load check",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sign_off = tg.Data(
    "Plan approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The loading officer's sign-off or rejection, with comments.",
)
signed_plan = tg.Data(
    "Signed loading plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freight customers book trailer space and file their DG declarations online.
    haulier = tm.add(tg.Actor("Haulier", role="freight customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; it does the lane reasoning.
    llm = tm.add(
        tg.LLM(
            "Hosted planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor-hosted chat model called with tool definitions.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Where hauliers create freight bookings and upload DG notes.
    portal = tm.add(
        tg.Endpoint(
            "Freight booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="haulier account e-mail and password")},
        )
    )
    # System of record for bookings on every sailing; also keeps the weights.
    reservations = tm.add(
        tg.DataStore(
            "Reservations system",
            stores={freight_booking, dg_declaration, weights},
        )
    )
    # Reference data maintained by the marine superintendent's office.
    rules_store = tm.add(tg.DataStore("Deck rules library", stores={deck_rules}))
    # The LLM agent that builds the plan, one run per sailing.
    agent = tm.add(
        tg.Agent(
            "Loading plan agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Drafts the vehicle-deck plan for a sailing and files it for sign-off.",
            controls={
                c.HumanInTheLoop(approver="loading officer signs off every plan before release"),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Read-only lookup of one sailing's bookings, weights and DG declarations.
    lookup_tool = tm.add(tg.Tool("Sailing manifest lookup tool", capabilities={"read"}))
    # Sends a draft to the ship's loading computer and returns its verdict.
    stability_tool = tm.add(tg.Tool("Stability check tool", capabilities={"read"}))
    # Files the draft in the plan store and notifies the loading officer.
    submit_tool = tm.add(tg.Tool("Plan submission tool", capabilities={"write", "send-messages"}))
    # Drafts, approvals and signed plans, kept per sailing.
    plan_store = tm.add(
        tg.DataStore(
            "Loading plan store",
            stores={draft_plan, sign_off, signed_plan},
            controls={
                c.AuditLogging(retention_days=365),
                c.EncryptionAtRest(key_management="cloud KMS"),
            },
        )
    )
    # Web console where the officer reviews, edits and signs off a draft.
    console = tm.add(
        tg.Endpoint(
            "Plan sign-off console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("Port terminal network", trust=tg.Trust.INTERNAL):
    # Weighs every vehicle at check-in.
    weighbridge = tm.add(tg.Device("Check-in weighbridge", fleet=False))
    # Allocates vehicles to marshalling lanes from the signed plan.
    lanes = tm.add(tg.Service("Check-in lane system"))
    # Ship's or port's officer responsible for the loading plan.
    officer = tm.add(tg.Actor("Loading officer", role="loading officer"))

with tm.boundary("Vessel network", trust=tg.Trust.RESTRICTED):
    # Class-approved stability software on board, reached over the ship-shore VPN.
    loading_computer = tm.add(tg.Service("Ship loading computer"))

# ---------------------------------------------------------------- flows
tm.flow(haulier, portal, freight_booking, dg_declaration, protocol="https")
tm.flow(portal, haulier, freight_booking, protocol="https", label="booking confirmation")
tm.flow(portal, reservations, freight_booking, dg_declaration)

tm.flow(weighbridge, lanes, weights, protocol="http")
tm.flow(lanes, reservations, weights, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(reservations, lookup_tool, freight_booking, dg_declaration, weights)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(rules_store, agent, deck_rules)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, stability_tool, draft_plan)
tm.flow(stability_tool, loading_computer, draft_plan, protocol="https")
tm.flow(loading_computer, stability_tool, stability_result, protocol="https")
tm.flow(stability_tool, agent, stability_result)

tm.flow(agent, submit_tool, draft_plan)
tm.flow(submit_tool, plan_store, draft_plan)

tm.flow(plan_store, console, draft_plan)
tm.flow(console, officer, draft_plan, protocol="https")
tm.flow(officer, console, sign_off, protocol="https")
tm.flow(console, plan_store, sign_off, signed_plan)
tm.flow(plan_store, lanes, signed_plan, protocol="https", label="released plan")
