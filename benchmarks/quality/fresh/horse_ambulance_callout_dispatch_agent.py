"""Horse ambulance callout dispatch agent: the first design, before any security review.

An equine rescue charity runs a 24-hour callout line for injured and trapped horses.
Horse owners and vets report a callout through a web form on the charity's site or by
text message to the hotline number; police control rooms text the same number when a
loose or injured horse is on a road. An LLM agent in the charity's cloud tenancy reads
each callout, asks the caller follow-up questions by text, finds the nearest horse
ambulance from the vehicle telematics platform and the available crew from the
volunteer roster, and proposes a dispatch. The on-call duty coordinator approves the
dispatch in a web console before the agent pages the crew by SMS and texts the caller
an ETA. Callouts and dispatches are kept in a case store for follow-up and reporting.
The console uses the charity's Google Workspace sign-in with 2-step verification; the
intake endpoint is rate limited; the stores use the cloud provider's default
encryption. The model is a hosted LLM reached over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Horse ambulance callout dispatch agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent that takes callouts about injured horses from owners, vets and "
        "police and dispatches the nearest horse ambulance and volunteer crew."
    ),
)

# ---------------------------------------------------------------- data assets
callout = tg.Data(
    "Callout message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Caller's name and number, where the horse is, what happened, free text.",
)
caller_reply = tg.Data(
    "Caller follow-up message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions to the caller and their answers, and the ETA text.",
)
case_record = tg.Data(
    "Callout case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Callout details, the horse's condition, the dispatch and its outcome.",
)
llm_prompt = tg.Data(
    "Dispatch prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the callout thread, vehicle positions and available crew.",
)
llm_reply = tg.Data(
    "Agent reasoning and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
locate_call = tg.Data("Locator query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
positions = tg.Data(
    "Ambulance positions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Latest position and status of each horse ambulance vehicle.",
)
crew_availability = tg.Data(
    "Crew availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Volunteers on call, their home areas, phone numbers and qualifications.",
)
roster = tg.Data(
    "Volunteer roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
locator_result = tg.Data(
    "Nearest ambulance and crew", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
proposal = tg.Data(
    "Dispatch proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Which ambulance and crew to send, with the route time and the callout summary.",
)
approval = tg.Data("Dispatch approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
page_request = tg.Data("Page and text request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
crew_page = tg.Data(
    "Crew dispatch page",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The callout address, what3words, caller's number and the horse's injuries.",
)
crew_response = tg.Data("Crew accept or decline", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reports a horse of theirs hurt, cast or stuck: the main source of callouts.
    owner = tm.add(tg.Actor("Horse owner", role="caller"))
    # Vets at the scene call for transport to an equine hospital.
    vet = tm.add(tg.Actor("Vet", role="caller"))
    # Police control rooms report loose or injured horses on roads.
    police = tm.add(tg.Actor("Police control room", role="caller"))
    # Volunteers get pages on their own phones and reply by text.
    crew = tm.add(tg.Actor("Volunteer crew member", role="volunteer"))
    # On-call coordinators work from home on their own laptops.
    coordinator = tm.add(tg.Actor("Duty coordinator", role="coordinator", privileged=True))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Hosts the hotline number: relays inbound texts by webhook, sends outbound texts.
    sms = tm.add(
        tg.ExternalService(
            "SMS gateway",
            description="Two-way SMS for the hotline number, webhooks to the intake endpoint.",
        )
    )

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The trackers fitted to the horseboxes report here; we read positions by API.
    telematics = tm.add(tg.ExternalService("Vehicle telematics platform", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that drives the agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the web form posts and the SMS gateway's webhooks.
    intake = tm.add(
        tg.Endpoint(
            "Callout intake endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Reads each callout, questions the caller, finds resources and proposes a dispatch.
    agent = tm.add(
        tg.Agent(
            "Dispatch agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="duty coordinator approves each dispatch"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Finds the nearest free ambulance and the on-call crew closest to it.
    locator = tm.add(
        tg.Tool(
            "Ambulance and crew locator",
            capabilities={"read"},
            description="Queries the telematics API and the roster, computes drive times.",
        )
    )
    # Sends the crew pages and the texts to callers through the SMS gateway.
    messenger = tm.add(tg.Tool("SMS messaging tool", capabilities={"send-messages"}))
    # Where the coordinator sees callouts, approves dispatches and edits the roster.
    console = tm.add(
        tg.Service(
            "Dispatch console",
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.RBAC(),
            },
        )
    )
    # Every callout and dispatch, kept for follow-up visits and annual reporting.
    cases = tm.add(
        tg.DataStore(
            "Callout case store",
            stores={case_record},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Volunteers' contact details, home areas, qualifications and on-call rota.
    roster_db = tm.add(
        tg.DataStore(
            "Volunteer roster database",
            stores={roster},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Callouts come in by web form or by text.
tm.flow(owner, intake, callout, protocol="https", controls={tls}, label="web form")
tm.flow(vet, intake, callout, protocol="https", controls={tls}, label="web form")
tm.flow(owner, sms, callout, protocol="sms")
tm.flow(vet, sms, callout, protocol="sms")
tm.flow(police, sms, callout, protocol="sms")
tm.flow(
    sms,
    intake,
    callout,
    caller_reply,
    crew_response,
    protocol="https",
    controls={tls},
    label="inbound SMS webhook",
)
tm.flow(intake, agent, callout, caller_reply, crew_response)

# The agent reasons with the hosted model.
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_reply, protocol="https", controls={tls})

# Finding the nearest ambulance and crew.
tm.flow(agent, locator, locate_call)
tm.flow(locator, telematics, locate_call, protocol="https", controls={tls})
tm.flow(telematics, locator, positions, protocol="https", controls={tls})
tm.flow(locator, roster_db, locate_call, label="on-call query")
tm.flow(roster_db, locator, crew_availability)
tm.flow(locator, agent, locator_result)

# The coordinator approves the dispatch.
tm.flow(agent, console, proposal)
tm.flow(console, coordinator, proposal, case_record, protocol="https", controls={tls})
tm.flow(coordinator, console, approval, protocol="https", controls={tls})
tm.flow(console, agent, approval)

# Paging the crew and texting the caller.
tm.flow(agent, messenger, page_request)
tm.flow(messenger, sms, crew_page, caller_reply, protocol="https", controls={tls})
tm.flow(sms, crew, crew_page, protocol="sms")
tm.flow(crew, sms, crew_response, protocol="sms")
tm.flow(sms, owner, caller_reply, protocol="sms")
tm.flow(sms, vet, caller_reply, protocol="sms")
tm.flow(sms, police, caller_reply, protocol="sms")

# Case records and the roster.
tm.flow(agent, cases, case_record)
tm.flow(cases, console, case_record)
tm.flow(coordinator, console, roster, protocol="https", controls={tls}, label="roster edits")
tm.flow(console, roster_db, roster)
tm.flow(roster_db, console, roster)
