"""Stranding hotline triage agent: the first design, before any security review.

A marine rescue charity runs a 24-hour hotline for stranded dolphins and whales.
Members of the public call or send a WhatsApp or SMS message, usually with photos
and a location pin. A telephony and messaging provider transcribes calls and posts
each message to our intake webhook in the charity's cloud account. A triage agent on
a hosted LLM reads the report, looks up the triage protocols and kit lists, checks
tide and weather, merges duplicate reports into one case, picks the nearest qualified
volunteer medics and texts them a callout with the kit to bring, and sends the
reporter first-aid advice. Callouts go out without waiting for a person; the duty
coordinator watches every case in a web console and can stand a callout down.
Controls: HTTPS to providers, staff SSO with 2SV, RBAC and encryption at rest on the
stores, a step limit and audit log on the agent, a webhook rate limit, a read-only
roster lookup and a vendor DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stranding hotline triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that triages public stranding reports and dispatches volunteer medics.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Hotline call audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="The caller's voice, phone number and description of the animal and place.",
)
report_msg = tg.Data(
    "Stranding report message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text, location pin and the sender's phone number.",
)
photos = tg.Data(
    "Stranding photos and video",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Geotagged; often show bystanders as well as the animal.",
)
transcript = tg.Data("Call transcript", sensitivity=tg.Sensitivity.PII, kind="prompt")
medic_reply = tg.Data(
    "Medic callout reply",
    sensitivity=tg.Sensitivity.PII,
    description="A volunteer's accept or decline, with an arrival estimate.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the report, conditions and the matching protocol sections.",
)
triage_output = tg.Data(
    "Triage assessment",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Species, condition, urgency, the tool calls to make and the advice text.",
)
protocol_query = tg.Data(
    "Protocol search query", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt"
)
protocols = tg.Data(
    "Triage protocols and kit lists",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
case = tg.Data(
    "Incident case record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Location, species, condition, reporter contact, medics called and outcome.",
)
roster = tg.Data(
    "Medic roster",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Volunteer names, mobile numbers, home areas, qualifications and availability.",
)
roster_query = tg.Data("Medic roster query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
medic_matches = tg.Data(
    "Nearby available medics", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
conditions_query = tg.Data(
    "Site location for conditions lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
conditions = tg.Data(
    "Tide and weather conditions", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
callout = tg.Data(
    "Medic callout",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Site, species, condition, kit list and the reporter's number.",
)
callout_msg = tg.Data("Callout text message", sensitivity=tg.Sensitivity.PII, kind="records")
advice = tg.Data(
    "First-aid advice to reporter", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
case_update = tg.Data("Coordinator case update", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who finds an animal on a beach: the hotline number is public.
    reporter = tm.add(tg.Actor("Member of the public", role="reporter"))
    # Trained volunteers, reached on their own phones by text message.
    medic = tm.add(tg.Actor("Volunteer medic", role="volunteer marine mammal medic"))
    # Public tide-table and marine weather API, used to judge refloat windows and safety.
    tide_api = tm.add(tg.ExternalService("Tide and weather API", provides="data-provider"))

with tm.boundary("Telephony and messaging provider", trust=tg.Trust.PARTNER):
    # Hosts the hotline number, WhatsApp and SMS, transcribes calls, posts webhooks.
    provider = tm.add(
        tg.ExternalService(
            "Telephony and messaging provider",
            description="Hotline number, speech-to-text, WhatsApp Business and SMS.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with; the charity does not host models.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA signed; no training on our data")},
        )
    )

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Public URL the provider posts calls, messages and medic replies to.
    intake = tm.add(
        tg.Endpoint(
            "Hotline intake webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )
    # Reads each report, decides urgency, dispatches medics and advises the reporter.
    agent = tm.add(
        tg.Agent(
            "Stranding triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Pages up to three nearest qualified medics on its own; the duty "
            "coordinator sees each callout in the console and can stand it down.",
            controls={c.CircuitBreaker(max_steps=25), c.AuditLogging(retention_days=365)},
        )
    )
    # The charity's written triage protocols and kit lists, chunked for retrieval.
    protocol_index = tm.add(tg.VectorStore("Triage protocol index", stores={protocols}))
    # One record per incident, shared by the agent and the coordinators.
    case_store = tm.add(
        tg.DataStore(
            "Incident case store",
            stores={case},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys"), c.RBAC()},
        )
    )
    # Lets the agent find medics near a site without seeing the whole roster.
    roster_tool = tm.add(
        tg.Tool(
            "Medic roster lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database role on a roster view")},
        )
    )
    # Fetches tide and weather for the site from the public API.
    conditions_tool = tm.add(
        tg.Tool("Conditions lookup tool", capabilities={"read", "network-egress"})
    )
    # Sends callouts to medics and advice to reporters through the provider.
    messaging_tool = tm.add(tg.Tool("Messaging tool", capabilities={"send-messages"}))
    # Web console where coordinators follow cases and keep the roster up to date.
    console = tm.add(
        tg.Endpoint(
            "Coordinator console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Volunteer data", trust=tg.Trust.RESTRICTED):
        # Volunteers' contact details, home areas and qualifications.
        roster_store = tm.add(
            tg.DataStore(
                "Medic roster store",
                stores={roster},
                controls={c.EncryptionAtRest(key_management="cloud-managed keys"), c.RBAC()},
            )
        )

with tm.boundary("Charity staff devices", trust=tg.Trust.INTERNAL):
    # Staff member on duty, usually working from home on a charity laptop.
    coordinator = tm.add(tg.Actor("Duty coordinator", role="operations coordinator"))

# ---------------------------------------------------------------- flows
# Reports come in by phone, WhatsApp or SMS.
tm.flow(reporter, provider, call_audio, protocol="pstn", label="hotline call")
tm.flow(reporter, provider, report_msg, photos, protocol="https", label="WhatsApp message")
tm.flow(reporter, provider, report_msg, protocol="sms", label="text message")
tm.flow(
    provider,
    intake,
    transcript,
    report_msg,
    photos,
    protocol="https",
    label="inbound report webhook",
)
tm.flow(provider, intake, medic_reply, protocol="https", label="medic reply webhook")
tm.flow(intake, agent, transcript, report_msg, photos, medic_reply)

# Triage with the hosted model and the charity's protocols.
tm.flow(agent, llm, triage_prompt, protocol="https")
tm.flow(llm, agent, triage_output, protocol="https")
tm.flow(agent, protocol_index, protocol_query)
tm.flow(protocol_index, agent, protocols, label="protocol and kit list sections")

# Conditions at the site.
tm.flow(agent, conditions_tool, conditions_query)
tm.flow(conditions_tool, tide_api, conditions_query, protocol="https")
tm.flow(tide_api, conditions_tool, conditions, protocol="https")
tm.flow(conditions_tool, agent, conditions)

# Cases: open a new one or merge a duplicate report into an open one.
tm.flow(agent, case_store, case)
tm.flow(case_store, agent, case, label="open cases near the site")

# Finding medics.
tm.flow(agent, roster_tool, roster_query)
tm.flow(roster_tool, roster_store, roster_query)
tm.flow(roster_store, roster_tool, medic_matches)
tm.flow(roster_tool, agent, medic_matches)

# Callouts to medics and advice to the reporter.
tm.flow(agent, messaging_tool, callout, advice)
tm.flow(messaging_tool, provider, callout_msg, advice, protocol="https")
tm.flow(provider, medic, callout_msg, protocol="sms", label="callout text")
tm.flow(medic, provider, medic_reply, protocol="sms", label="accept or decline")
tm.flow(provider, reporter, advice, protocol="sms", label="advice reply")

# Coordinators follow cases and maintain the roster.
tm.flow(coordinator, console, case_update, roster, protocol="https")
tm.flow(console, coordinator, case, roster, protocol="https")
tm.flow(console, case_store, case_update)
tm.flow(case_store, console, case)
tm.flow(console, roster_store, roster, label="roster edits")
tm.flow(roster_store, console, roster)
