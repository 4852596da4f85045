"""Council recycling van permit agent: the first design, before any security review.

Residents who want to bring a van, pick-up or trailer to one of the council's household
recycling centres apply through a chat on the council website. An LLM agent, running in
the council's cloud tenancy on a hosted model, talks the resident through the request,
checks the address against the council tax records (a read-only lookup over the VPN to
the on-premises revenues system) and the vehicle's make, type and weight with the DVLA
vehicle enquiry API, then issues a permit of up to twelve visits a year. The permit
service enforces the twelve-visit cap per address and sends a confirmation e-mail
through GOV.UK Notify. A nightly sync pushes permitted plates to the ANPR barrier
cameras at the centres, which are run by the council's waste contractor, and reports
entries back so visits are counted. Contractor site staff look permits up on a tablet
through a staff portal with a shared per-site login. Residents do not sign in; the
chat endpoint is rate limited and the agent's loop is capped.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Council recycling van permit agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that checks residency and vehicle details and issues van and "
    "trailer permits for household recycling centres.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Resident chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Name, address, vehicle registration and what they want to bring.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with conversation and tool results",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the chat so far and the lookup results.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
address_query = tg.Data("Address lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
address_match = tg.Data(
    "Council tax account match",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Whether the address is a liable household, with the account holder's name.",
)
council_tax_records = tg.Data(
    "Council tax records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vehicle_query = tg.Data(
    "Vehicle registration lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
vehicle_details = tg.Data(
    "Vehicle details",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Make, body type, revenue weight and tax status from the DVLA.",
)
permit_request = tg.Data("Permit issue call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
permit_result = tg.Data("Permit issue result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
permits = tg.Data(
    "Van permits",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Resident, address, vehicle plate, vehicle type, visits used and remaining.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
confirmation = tg.Data(
    "Permit confirmation e-mail", sensitivity=tg.Sensitivity.PII, kind="documents"
)
plate_list = tg.Data("Permitted plate list", sensitivity=tg.Sensitivity.PII, kind="records")
entry_events = tg.Data(
    "Centre entry events",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Plate, centre and time of each permitted van entry.",
)
plate_search = tg.Data("Permit search by plate", sensitivity=tg.Sensitivity.PII, kind="records")
permit_view = tg.Data("Permit details for staff", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public can open the chat; no account is needed.
    resident = tm.add(tg.Actor("Resident", role="resident"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model the agent reasons with; chosen through the council's
    # procurement framework, with a data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement framework and DPA")},
        )
    )

with tm.boundary("DVLA", trust=tg.Trust.PARTNER):
    # Government vehicle enquiry API: tells us whether the plate is a van and its weight.
    dvla = tm.add(
        tg.ExternalService(
            "DVLA vehicle enquiry service", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government e-mail service the council already uses for resident notifications.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat = tm.add(
        tg.Endpoint(
            "Permit chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The LLM agent that runs the conversation and decides when to issue a permit.
    agent = tm.add(
        tg.Agent(
            "Van permit agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Read-only lookup of the address in council tax records.
    ct_tool = tm.add(tg.Tool("Council tax address lookup", capabilities={"read"}))
    # Read-only call to the DVLA; the API key sits in the cloud key vault.
    vehicle_tool = tm.add(
        tg.Tool(
            "Vehicle lookup",
            capabilities={"read"},
            controls={c.SecretsManagement(note="DVLA API key in the cloud key vault")},
        )
    )
    # Creates or extends a permit and sends the confirmation e-mail.
    permit_tool = tm.add(
        tg.Tool(
            "Permit issuing tool",
            capabilities={"write", "send-messages"},
            controls={
                c.PolicyEnforcement(
                    rules="permit service refuses more than twelve visits per address per year"
                )
            },
        )
    )
    # The permit register: the source of truth for plates and visits.
    permit_db = tm.add(
        tg.DataStore(
            "Permit database",
            stores={permits},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Nightly job that exports permitted plates to the barrier cameras and books entries.
    sync = tm.add(tg.Service("Nightly barrier sync job"))
    # Web portal the contractor's site staff open on the site tablet.
    staff_portal = tm.add(
        tg.Endpoint(
            "Site staff permit portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared per-site username and password")},
        )
    )

with tm.boundary("Council on-premises network", trust=tg.Trust.INTERNAL):
    # The revenues system's council tax database, reached over the site-to-site VPN.
    ct_records = tm.add(tg.DataStore("Council tax records", stores={council_tax_records}))

with tm.boundary("Waste contractor sites", trust=tg.Trust.PARTNER):
    # ANPR cameras on the entry barriers, one or two per recycling centre.
    cameras = tm.add(tg.Device("ANPR barrier cameras", fleet=True))
    # A tablet at each site's gatehouse.
    tablet = tm.add(tg.Device("Site tablet", fleet=True))
    # Contractor staff who check vans at the gate.
    staff = tm.add(tg.Actor("Site staff", role="site operative"))

# ---------------------------------------------------------------- flows
tm.flow(resident, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, ct_tool, address_query)
tm.flow(ct_tool, ct_records, address_query, protocol="https", label="over site-to-site VPN")
tm.flow(ct_records, ct_tool, council_tax_records, protocol="https", label="over site-to-site VPN")
tm.flow(ct_tool, agent, address_match)

tm.flow(agent, vehicle_tool, vehicle_query)
tm.flow(vehicle_tool, dvla, vehicle_query, protocol="https")
tm.flow(dvla, vehicle_tool, vehicle_details, protocol="https")
tm.flow(vehicle_tool, agent, vehicle_details)

tm.flow(agent, permit_tool, permit_request)
tm.flow(permit_db, permit_tool, permits, label="visits used so far")
tm.flow(permit_tool, permit_db, permits)
tm.flow(permit_tool, agent, permit_result)
tm.flow(permit_tool, notify, confirmation, protocol="https")
tm.flow(notify, resident, confirmation, protocol="smtp")

tm.flow(agent, chat, agent_reply)
tm.flow(chat, resident, agent_reply, protocol="https")

tm.flow(permit_db, sync, permits)
tm.flow(sync, cameras, plate_list, protocol="https")
tm.flow(cameras, sync, entry_events, protocol="https")
tm.flow(sync, permit_db, entry_events, label="books visits")

tm.flow(staff, tablet, plate_search, label="typed on the touchscreen")
tm.flow(tablet, staff_portal, plate_search, protocol="https")
tm.flow(staff_portal, permit_db, plate_search)
tm.flow(permit_db, staff_portal, permit_view)
tm.flow(staff_portal, tablet, permit_view, protocol="https")
tm.flow(tablet, staff, permit_view, label="shown on the touchscreen")
