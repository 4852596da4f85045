"""Pet crematorium ashes tracking agent: the first design, before any security review.

A pet crematorium collects animals from the vet practices it works with, cremates
them (individually or communally) and returns the ashes to the owners. Vet practice
staff book each collection on a web portal; crematorium staff scan the animal's tag
with a handheld scanner at every stage (collection, cold store, cremator, packing,
return), and a tracking service records each scan in the chain-of-custody database.
An LLM agent, running in the crematorium's cloud account with a hosted model behind
it, answers owners' questions in a web chat ("where is Bella now?", "when can I
collect the ashes?") through a read-only custody lookup tool, and watches the scan
stream for mix-up risks (a missed scan, two animals booked for individual cremation
in one cremator load, a tag scanned at the wrong stage), alerting staff on their
console. Owners get an SMS when ashes are ready. Controls in this design: the vet
portal and staff console have sign-ins, the lookup tool matches the case reference
and postcode, the chat is rate limited, and the custody database is encrypted and audited.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet crematorium ashes tracking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chain of custody from vet collection to ashes return, with an owner chat agent.",
)

# ---------------------------------------------------------------- data assets
owner_question = tg.Data("Owner question", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_answer = tg.Data("Agent answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the owner's question, custody status and scan events.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
booking = tg.Data(
    "Collection booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pet name, species, weight, tag number, cremation type, owner name, address and phone.",
)
booking_confirmation = tg.Data(
    "Booking confirmation with case reference", sensitivity=tg.Sensitivity.PII, kind="records"
)
custody_record = tg.Data(
    "Chain-of-custody record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Each animal's booking, every tag scan with time, stage and staff member, and the ashes return.",
)
tag_scans = tg.Data(
    "Tag scan events",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
stage_events = tg.Data("Custody stage events", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
lookup_call = tg.Data("Custody lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
lookup_result = tg.Data("Custody status result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
alert_call = tg.Data("Staff alert call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
mixup_alert = tg.Data("Mix-up risk alert", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
ashes_notice = tg.Data("Ashes ready SMS", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bereaved owners asking about their pet; no account, only the case reference.
    owner = tm.add(tg.Actor("Pet owner", role="bereaved pet owner"))

with tm.boundary("Vet practices", trust=tg.Trust.PARTNER):
    # Reception and nursing staff at partner practices who hand animals over.
    vet_staff = tm.add(tg.Actor("Vet practice staff", role="vet receptionist or nurse"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed; vendor does not train on our prompts")
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the "ashes ready for collection" text to owners.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Crematorium cloud account", trust=tg.Trust.INTERNAL):
    # Public chat widget on the crematorium website.
    chat = tm.add(
        tg.Endpoint(
            "Owner chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Where partner practices book collections and get the case reference for the owner.
    vet_portal = tm.add(
        tg.Endpoint(
            "Vet collection portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-practice username and password")},
        )
    )
    # The LLM agent: answers owners and watches custody events for mix-up risks.
    agent = tm.add(
        tg.Agent(
            "Ashes tracking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers owners directly and raises alerts to staff; it cannot change custody records.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Read-only lookup of one animal's custody status for the agent.
    lookup_tool = tm.add(
        tg.Tool(
            "Custody lookup tool",
            capabilities={"read"},
            description="Returns the custody record whose case reference and owner postcode both match.",
            controls={
                c.Authentication(
                    method="case reference and owner postcode matched to the custody record"
                )
            },
        )
    )
    # Lets the agent post a mix-up risk alert to the staff console.
    alert_tool = tm.add(tg.Tool("Staff alert tool", capabilities={"send-messages"}))
    # Receives scans from the handhelds, updates custody and feeds events to the agent.
    tracking = tm.add(tg.Service("Custody tracking service"))
    # The system of record for every animal in the crematorium's care.
    custody_db = tm.add(
        tg.DataStore(
            "Chain-of-custody database",
            stores={custody_record, booking},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(note="every scan and every edit is recorded with the staff member"),
            },
        )
    )
    # Web console where staff see alerts and correct custody records.
    console = tm.add(
        tg.Endpoint(
            "Staff tracking console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in with 2SV")},
        )
    )

with tm.boundary("Crematorium site", trust=tg.Trust.INTERNAL):
    # Drivers and cremator operators who handle the animals and scan the tags.
    staff = tm.add(tg.Actor("Crematorium staff", role="driver or cremator operator"))
    # Handheld barcode scanners on the site Wi-Fi and in the vans (4G).
    scanners = tm.add(tg.Device("Handheld tag scanners", fleet=True))

# ---------------------------------------------------------------- flows
# Owner chat
tm.flow(owner, chat, owner_question, protocol="https")
tm.flow(chat, agent, owner_question)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, custody_db, lookup_call, label="lookup by case reference")
tm.flow(custody_db, lookup_tool, custody_record)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, chat, agent_answer)
tm.flow(chat, owner, agent_answer, protocol="https")

# Collection booking by the vet practice
tm.flow(vet_staff, vet_portal, booking, protocol="https")
tm.flow(vet_portal, custody_db, booking)
tm.flow(vet_portal, vet_staff, booking_confirmation, protocol="https")

# Tag scans through the chain of custody
tm.flow(staff, scanners, tag_scans, label="scans the tag by hand")
tm.flow(scanners, tracking, tag_scans, protocol="https")
tm.flow(tracking, custody_db, custody_record, label="records scan")
tm.flow(custody_db, tracking, custody_record, label="expected stage and cremation type")
tm.flow(tracking, agent, stage_events, label="custody events")

# Mix-up alerts to staff
tm.flow(agent, alert_tool, alert_call)
tm.flow(alert_tool, console, mixup_alert)
tm.flow(console, staff, mixup_alert, custody_record, protocol="https")
tm.flow(staff, console, custody_record, protocol="https", label="resolves alert, corrects record")
tm.flow(console, custody_db, custody_record)
tm.flow(custody_db, console, custody_record)

# Ashes ready notification
tm.flow(tracking, sms_gateway, ashes_notice, protocol="https")
tm.flow(sms_gateway, owner, ashes_notice, protocol="sms")
