"""Children's helpline safeguarding triage: the first design, before any security review.

A UK children's charity runs a free helpline that young people reach by text
message (through an SMS gateway provider) or by web chat on the charity's site.
A conversation router queues each conversation to a trained volunteer working
remotely in a browser console. A triage service sends the conversation so far,
with matching entries from the charity's resource directory, to a hosted LLM,
which suggests a risk level and resources to signpost; the volunteer decides
what to say and whether to escalate. High-risk conversations escalate to an
on-shift supervisor, who can phone emergency services. Transcripts are kept for
supervision, and safeguarding records for the charity's case files. Controls in
this design: staff sign-in via the charity's SSO with MFA, roles, encrypted
stores, a vetted LLM vendor, rate limits on web chat and volunteer training.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Children's helpline safeguarding triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Text and web chat helpline for children; an LLM suggests a risk level and "
        "resources to volunteers, with supervisor escalation."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Young person's chat message",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Free text from a child: may disclose abuse, self-harm, health, location.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
text_message = tg.Data(
    "Inbound text message",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="SMS body with the sender's mobile number.",
)
reply = tg.Data("Volunteer reply", sensitivity=tg.Sensitivity.REGULATED, kind="records")
triage_prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions, the conversation so far and candidate resources.",
)
resources = tg.Data("Support resource entries", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
suggestion = tg.Data(
    "Suggested risk level and resources",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
volunteer_notes = tg.Data(
    "Volunteer notes and risk assessment", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
escalation = tg.Data("High-risk escalation", sensitivity=tg.Sensitivity.REGULATED, kind="records")
transcript = tg.Data(
    "Conversation transcript",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
safeguarding_record = tg.Data(
    "Safeguarding record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
emergency_referral = tg.Data(
    "Emergency referral details", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Children and young people contacting the helpline, often anonymously.
    young_person = tm.add(tg.Actor("Young person", role="helpline user"))
    # Volunteers answer from home on their own devices, through a browser.
    volunteer = tm.add(tg.Actor("Helpline volunteer", role="trained volunteer"))
    # Police and ambulance, reached by phone by the supervisor.
    emergency = tm.add(tg.ExternalService("Emergency services"))

with tm.boundary("SMS gateway provider", trust=tg.Trust.PARTNER):
    # Short code provider: relays texts between mobile networks and the router.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model under a data processing agreement with no retention for training.
    llm = tm.add(
        tg.LLM(
            "Safeguarding triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose hosted model prompted to suggest a risk level and resources.",
            controls={
                tg.controls.SupplierAssessment(note="DPA signed, zero data retention option")
            },
        )
    )

with tm.boundary("Helpline cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the charity website.
    web_chat = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # Keeps conversations open, queues them to volunteers and relays messages both ways.
    router = tm.add(tg.Service("Conversation router"))
    # Builds the triage prompt, calls the LLM and shows the suggestion to the volunteer.
    triage = tm.add(
        tg.Service(
            "Triage assistant service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the volunteer handling the conversation",
                    note="suggestions are advisory; the volunteer chooses the response and risk level",
                )
            },
        )
    )
    # Browser console where volunteers read, reply and escalate.
    console = tm.add(
        tg.Endpoint(
            "Volunteer console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="charity SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.UserTraining(
                    note="volunteers complete safeguarding training before shifts"
                ),
            },
        )
    )
    # Supervisors' view of escalations, live conversations and transcripts.
    supervisor_dashboard = tm.add(
        tg.Endpoint(
            "Supervisor dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="charity SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=730),
            },
        )
    )
    # Services, helplines and advice pages volunteers signpost to, curated by staff.
    directory = tm.add(tg.DataStore("Resource directory", stores={resources}))

    with tm.boundary("Records tier", trust=tg.Trust.RESTRICTED):
        # Full transcripts with the AI suggestions and volunteer notes, for supervision.
        transcripts = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={transcript, suggestion, volunteer_notes},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The charity's safeguarding case records.
        case_records = tm.add(
            tg.DataStore(
                "Safeguarding case records",
                stores={safeguarding_record, emergency_referral},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # On-shift clinical supervisor who handles high-risk conversations.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="safeguarding supervisor"))

# ---------------------------------------------------------------- flows
# text messages
tm.flow(young_person, sms_gateway, text_message, protocol="sms")
tm.flow(sms_gateway, router, text_message, protocol="https", label="inbound SMS webhook")
tm.flow(router, sms_gateway, reply, protocol="https")
tm.flow(sms_gateway, young_person, reply, protocol="sms")

# web chat
tm.flow(young_person, web_chat, chat_message, protocol="wss")
tm.flow(web_chat, young_person, reply, protocol="wss")
tm.flow(web_chat, router, chat_message)
tm.flow(router, web_chat, reply)

# AI triage suggestion
tm.flow(router, triage, transcript, label="conversation so far")
tm.flow(directory, triage, resources)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, suggestion, protocol="https")
tm.flow(triage, console, suggestion)
tm.flow(triage, transcripts, suggestion)

# volunteers
tm.flow(router, console, chat_message, text_message)
tm.flow(console, router, reply)
tm.flow(console, volunteer, chat_message, text_message, suggestion, protocol="https")
tm.flow(volunteer, console, reply, volunteer_notes, escalation, protocol="https")
tm.flow(console, transcripts, volunteer_notes)
tm.flow(router, transcripts, transcript)

# escalation and safeguarding
tm.flow(console, supervisor_dashboard, escalation)
tm.flow(triage, supervisor_dashboard, suggestion, label="high-risk alert")
tm.flow(transcripts, supervisor_dashboard, transcript, volunteer_notes)
tm.flow(supervisor_dashboard, supervisor, escalation, transcript, protocol="https")
tm.flow(supervisor, supervisor_dashboard, safeguarding_record, emergency_referral, protocol="https")
tm.flow(supervisor_dashboard, case_records, safeguarding_record, emergency_referral)
tm.flow(case_records, supervisor_dashboard, safeguarding_record)
tm.flow(supervisor, emergency, emergency_referral, protocol="phone")
tm.flow(supervisor, directory, resources, protocol="https", label="curates resources")
