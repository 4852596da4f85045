"""Film set call sheet agent: the first design, before any security review.

A film production company uses an LLM agent to build the daily call sheet. Each
evening the agent reads the shooting schedule, cast availability and location
permits from the production database, drafts the next day's call sheet and puts
it in an approval console, where the first assistant director (1st AD) checks
and approves it; only then does the agent email it to cast and crew through the
production's hosted email service. Talent agents and cast members email changes
(availability, pickups) to the production mailbox; the agent reads the mailbox
and records availability changes in the production database. Crew text questions
about call times to an SMS number; the SMS provider posts them to our webhook and
the agent answers by SMS on its own. The agent runs in the production's cloud
account and calls a hosted LLM over HTTPS. The 1st AD signs in to the console with
company SSO and MFA; the webhook matches the sender's number to the crew list.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Film set call sheet agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that drafts, sends and answers questions about daily call sheets.",
)

# ---------------------------------------------------------------- data assets
schedule = tg.Data(
    "Shooting schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
availability = tg.Data("Cast availability", kind="records", sensitivity=tg.Sensitivity.PII)
permits = tg.Data("Location permits", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
contacts = tg.Data(
    "Cast and crew contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, roles, phone numbers, email and pickup addresses.",
)
change_email = tg.Data(
    "Change request emails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Availability and pickup changes sent by talent agents and cast.",
)
availability_update = tg.Data(
    "Availability update", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
draft_sheet = tg.Data("Draft call sheet", kind="model-output", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Call sheet approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
send_request = tg.Data("Call sheet send request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
call_sheet = tg.Data("Approved call sheet", kind="documents", sensitivity=tg.Sensitivity.PII)
sms_question = tg.Data("Crew SMS question", kind="prompt", sensitivity=tg.Sensitivity.PII)
sms_answer = tg.Data("Call time answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, schedule extracts, emails or SMS text, and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
schedule_query = tg.Data("Schedule lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
schedule_result = tg.Data(
    "Schedule lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Talent agents email availability and pickup changes for their clients.
    talent_agent = tm.add(tg.Actor("Talent agent", role="agent of a cast member"))
    # Cast and crew receive call sheets, email changes and text questions.
    crew = tm.add(tg.Actor("Cast and crew member", role="cast or crew"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Hosted mailbox: receives change emails and delivers the call sheets.
    mail = tm.add(
        tg.ExternalService(
            "Production email service",
            description="The production's hosted mailbox and outbound mail relay.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Carrier gateway for the production's SMS number.
    sms_provider = tm.add(tg.ExternalService("SMS gateway provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Production office", trust=tg.Trust.INTERNAL):
    # Approves every call sheet before it goes out.
    first_ad = tm.add(tg.Actor("First assistant director", role="1st AD", privileged=True))

with tm.boundary("Production cloud account", trust=tg.Trust.INTERNAL):
    # Builds call sheets, reads change emails and answers crew SMS questions.
    agent = tm.add(
        tg.Agent(
            "Call sheet agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={tg.controls.AuditLogging(retention_days=90)},
        )
    )
    # Where the 1st AD reviews and approves the draft call sheet.
    console = tm.add(
        tg.Service(
            "Call sheet approval console",
            internet_facing=True,
            controls={tg.controls.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )
    # Receives inbound SMS messages posted by the SMS provider.
    sms_webhook = tm.add(
        tg.Endpoint(
            "SMS webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="sender phone number matched to the crew contact list"
                )
            },
        )
    )
    # Reads schedule, availability and permits; records availability changes.
    schedule_tool = tm.add(tg.Tool("Schedule tool", capabilities={"read", "write"}))
    # Sends the approved call sheet to the distribution list.
    email_tool = tm.add(
        tg.Tool(
            "Call sheet email tool",
            capabilities={"send-messages"},
            controls={tg.controls.HumanInTheLoop(approver="first assistant director")},
        )
    )
    # Sends the agent's answers back to crew by SMS.
    sms_tool = tm.add(tg.Tool("SMS reply tool", capabilities={"send-messages"}))
    # Scheduling data maintained by the production office.
    production_db = tm.add(
        tg.DataStore(
            "Production database",
            stores={schedule, availability, permits},
            controls={tg.controls.RBAC(), tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Distribution list and phone numbers for cast and crew.
    contact_list = tm.add(
        tg.DataStore(
            "Crew contact list",
            stores={contacts},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

# ---------------------------------------------------------------- flows
# Change requests by email
tm.flow(talent_agent, mail, change_email, protocol="smtp")
tm.flow(crew, mail, change_email, protocol="smtp")
tm.flow(mail, agent, change_email, protocol="https", label="mailbox read")

# Agent <-> LLM
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Agent <-> schedule
tm.flow(agent, schedule_tool, schedule_query, availability_update)
tm.flow(schedule_tool, production_db, availability_update, label="records availability changes")
tm.flow(production_db, schedule_tool, schedule, availability, permits)
tm.flow(schedule_tool, agent, schedule_result)

# Drafting and approval
tm.flow(agent, console, draft_sheet, protocol="https")
tm.flow(console, first_ad, draft_sheet, protocol="https")
tm.flow(first_ad, console, approval, protocol="https")
tm.flow(console, agent, approval, protocol="https")

# Sending the call sheet
tm.flow(agent, email_tool, send_request)
tm.flow(contact_list, email_tool, contacts)
tm.flow(email_tool, mail, call_sheet, protocol="https")
tm.flow(mail, crew, call_sheet, protocol="smtp")

# Crew questions by SMS
tm.flow(crew, sms_provider, sms_question, protocol="sms")
tm.flow(sms_provider, sms_webhook, sms_question, protocol="https", label="inbound SMS webhook")
tm.flow(contact_list, sms_webhook, contacts, label="sender lookup")
tm.flow(sms_webhook, agent, sms_question)
tm.flow(agent, sms_tool, sms_answer)
tm.flow(sms_tool, sms_provider, sms_answer, protocol="https")
tm.flow(sms_provider, crew, sms_answer, protocol="sms")
