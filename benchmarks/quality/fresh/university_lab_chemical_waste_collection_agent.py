"""University lab chemical waste collection agent: the first design, before any security review.

Lab staff (technicians, postdocs, PhD students) ask for a hazardous waste pickup through
the Environmental Health & Safety (EHS) portal on the university intranet, signing in with
university SSO. A request lists the containers, the chemicals in them and the quantities,
plus free-text notes. An LLM agent, running in the university's cloud tenancy and backed by
a hosted model under the university's enterprise agreement, looks the chemicals up in the
EHS chemical inventory, runs the segregation check against the compatibility rules table,
and books a collection with the licensed hazardous waste contractor through the
contractor's booking API. Bookings that include explosives, peroxide formers or acutely
toxic waste wait in the portal for an EHS officer's approval; the rest go straight to the
contractor. Every booked collection is recorded for the waste consignment register. The
contractor API key is kept in the tenancy's key vault; all links use TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University lab chemical waste collection agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Takes lab staff's chemical waste collection requests, checks compatibility and "
        "quantities against the chemical inventory and books the licensed waste contractor."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Waste collection request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Requester name, lab room, container list with chemicals and quantities, notes.",
)
agent_reply = tg.Data(
    "Agent reply and request status", kind="model-output", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the request and the tool results so far.",
)
llm_completion = tg.Data("Model completion and tool choices", kind="model-output")
inventory_query = tg.Data("Inventory lookup", kind="tool-call")
inventory_records = tg.Data(
    "Chemical inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Chemicals held per lab: CAS numbers, hazard classes, quantities, storage rooms.",
)
compat_query = tg.Data("Proposed waste streams", kind="tool-call")
compat_rules = tg.Data(
    "Segregation and quantity rules",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Incompatibility groups per hazard class and per-collection quantity limits.",
)
compat_result = tg.Data(
    "Compatibility check result",
    kind="tool-result",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approval_request = tg.Data("Pending booking for approval", kind="records")
approval_decision = tg.Data("EHS approval decision", kind="records")
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
contractor_booking = tg.Data(
    "Contractor collection booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pickup address and room, site contact name and phone, waste descriptions, UN numbers, quantities.",
)
contractor_confirmation = tg.Data("Contractor booking confirmation", kind="records")
booking_result = tg.Data("Booking result", kind="tool-result")
collection_record = tg.Data(
    "Collection record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Request, check results, approval and contractor booking reference per collection.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # The people who fill in the waste requests from their labs.
    lab_staff = tm.add(tg.Actor("Lab staff member", role="researcher"))
    # Reviews the bookings of the highest-hazard waste before they go to the contractor.
    ehs_officer = tm.add(tg.Actor("EHS officer", role="environmental health and safety officer"))

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # The intranet portal staff and EHS officers use: request form, status page, approval queue.
    portal = tm.add(
        tg.Endpoint(
            "EHS waste portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.RBAC(note="only the EHS officer role sees the approval queue"),
                c.InputValidation(
                    note="structured container fields; CAS numbers and quantities checked"
                ),
            },
        )
    )
    # The LLM agent that reads the request, calls the tools and drafts the booking.
    agent = tm.add(
        tg.Agent(
            "Waste collection agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="EHS officer",
                    note=(
                        "bookings with explosives, peroxide formers or acutely toxic waste only; "
                        "other bookings go straight to the contractor"
                    ),
                ),
            },
        )
    )
    # Reads what the lab holds so the agent can confirm chemicals and quantities.
    inventory_tool = tm.add(tg.Tool("Inventory lookup tool", capabilities={"read"}))
    # Deterministic segregation check of the proposed waste streams against the rules table.
    compat_tool = tm.add(tg.Tool("Compatibility check tool", capabilities={"read"}))
    # Calls the contractor's booking API and writes the collection record.
    booking_tool = tm.add(
        tg.Tool(
            "Contractor booking tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="contractor API key in the tenancy key vault")},
        )
    )
    # Incompatibility groups and quantity limits, maintained by EHS.
    rules_table = tm.add(tg.DataStore("Segregation rules table", stores={compat_rules}))
    # The consignment register: one record per booked collection.
    collection_store = tm.add(
        tg.DataStore(
            "Collection register",
            stores={collection_record},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("EHS systems", trust=tg.Trust.INTERNAL):
    # The university's existing chemical inventory, which labs keep up to date.
    inventory = tm.add(
        tg.DataStore(
            "Chemical inventory system",
            stores={inventory_records},
            controls={c.RBAC(note="labs edit their own inventory; EHS reads all")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="university enterprise agreement; no training on prompts")
            },
        )
    )

with tm.boundary("Waste contractor", trust=tg.Trust.PARTNER):
    # The licensed hazardous waste contractor's booking API.
    contractor = tm.add(tg.ExternalService("Contractor booking API"))

# ---------------------------------------------------------------- flows
tm.flow(lab_staff, portal, request, protocol="https")
tm.flow(portal, lab_staff, agent_reply, protocol="https")
tm.flow(portal, agent, request)
tm.flow(agent, portal, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, inventory_tool, inventory_query)
tm.flow(inventory_tool, inventory, inventory_query, protocol="https")
tm.flow(inventory, inventory_tool, inventory_records, protocol="https")
tm.flow(inventory_tool, agent, inventory_records)

tm.flow(agent, compat_tool, compat_query)
tm.flow(rules_table, compat_tool, compat_rules)
tm.flow(compat_tool, agent, compat_result)

tm.flow(
    agent, portal, approval_request, id="agent->portal:approval", label="waits for EHS approval"
)
tm.flow(portal, ehs_officer, approval_request, protocol="https")
tm.flow(ehs_officer, portal, approval_decision, protocol="https")
tm.flow(portal, agent, approval_decision, id="portal->agent:approval")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, contractor, contractor_booking, protocol="https")
tm.flow(contractor, booking_tool, contractor_confirmation, protocol="https")
tm.flow(booking_tool, collection_store, collection_record)
tm.flow(booking_tool, agent, booking_result)
tm.flow(collection_store, portal, collection_record, label="request status")
