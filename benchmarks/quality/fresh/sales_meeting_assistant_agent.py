"""Sales meeting assistant agent: the first design, before any security review.

An agent for the sales team: it reads each rep's calendar, sends a meeting bot into
the rep's customer video calls, transcribes the audio with a self-hosted speech model
and writes a summary. With a hosted LLM it then proposes updates to the opportunity
fields in the CRM, which it writes directly, and drafts a follow-up e-mail that the
rep reviews and approves in the assistant web app before it is sent from the rep's
mailbox. Prospects and customers on the call are external participants. The agent
runs in the company's cloud account; the CRM, the mail and calendar suite, the video
platform and the LLM are SaaS vendors reached over HTTPS with each rep's OAuth grant.
Controls in this design: SSO on the web app, the rep's approval before any e-mail is
sent, encrypted stores for tokens and transcripts, audit logs of the agent's actions
and a vendor review of the LLM provider (no training on our data).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sales meeting assistant agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Joins sales calls, transcribes and summarises them, updates the CRM "
    "and drafts follow-up e-mails for the rep to approve.",
)

# ---------------------------------------------------------------- data assets
calendar_events = tg.Data(
    "Calendar events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Meeting times, attendee names and e-mail addresses, video call links.",
)
join_request = tg.Data(
    "Meeting join request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
audio = tg.Data(
    "Meeting audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Voices of the rep and the external participants; pricing and deal terms.",
)
transcript = tg.Data(
    "Meeting transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
summary = tg.Data("Meeting summary", kind="documents", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the transcript and the opportunity record.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
crm_update = tg.Data(
    "Opportunity field update",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Stage, amount, close date, next steps and competitor fields.",
)
opportunity = tg.Data(
    "Opportunity record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
email_draft = tg.Data("Follow-up e-mail draft", kind="documents", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Rep approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
oauth_tokens = tg.Data(
    "OAuth tokens",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Each rep's refresh tokens for calendar, mail and CRM.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospects and customers on the call; they did not sign up for the assistant.
    prospect = tm.add(tg.Actor("External meeting participant", role="prospect or customer"))

with tm.boundary("Employee devices", trust=tg.Trust.INTERNAL):
    # The sales rep who owns the meetings, the opportunities and the mailbox.
    rep = tm.add(tg.Actor("Sales rep", role="account executive"))

with tm.boundary("Video platform", trust=tg.Trust.PARTNER):
    # The video conferencing SaaS; the bot joins through its meeting bot API.
    video = tm.add(tg.ExternalService("Video conferencing platform"))

with tm.boundary("SaaS vendors", trust=tg.Trust.PARTNER):
    # The CRM holding accounts, contacts and opportunities.
    crm = tm.add(tg.ExternalService("CRM"))
    # The mail and calendar suite (the reps' mailboxes and calendars).
    workspace = tm.add(tg.ExternalService("Mail and calendar suite"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes summaries, proposes CRM field values and drafts e-mails.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on our data")},
        )
    )

with tm.boundary("Assistant cloud account", trust=tg.Trust.INTERNAL):
    # Where reps connect their accounts, read summaries and approve drafts.
    web_app = tm.add(
        tg.Endpoint(
            "Assistant web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Plans the work after each meeting and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Meeting assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.AuditLogging(retention_days=365, note="every tool call and its arguments")},
        )
    )
    # Joins the calls as a visible participant and captures the audio.
    meeting_bot = tm.add(tg.Service("Meeting bot"))
    # Speech-to-text, an open-weights model run on our own GPUs.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model", task=tg.Task.GENERATIVE, origin=tg.ModelOrigin.OPEN_WEIGHTS
        )
    )
    # Reads the rep's calendar to find customer meetings to join.
    calendar_tool = tm.add(tg.Tool("Calendar tool", capabilities={"read"}))
    # Reads opportunities and writes the updated fields.
    crm_tool = tm.add(tg.Tool("CRM tool", capabilities={"read", "write"}))
    # Sends the approved follow-up e-mail from the rep's mailbox.
    mail_tool = tm.add(
        tg.Tool(
            "Mail tool",
            capabilities={"send-messages"},
            controls={c.HumanInTheLoop(approver="the sales rep who owns the meeting")},
        )
    )

    with tm.boundary("Assistant data tier", trust=tg.Trust.RESTRICTED):
        # Audio, transcripts and summaries of every recorded meeting.
        transcript_store = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={audio, transcript, summary},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The reps' OAuth grants for calendar, mail and CRM.
        token_store = tm.add(
            tg.DataStore(
                "Token store",
                stores={oauth_tokens},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# rep and the web app
tm.flow(
    rep,
    web_app,
    oauth_tokens,
    approval,
    protocol="https",
    label="connects accounts, approves drafts",
)
tm.flow(web_app, rep, summary, email_draft, protocol="https")
tm.flow(web_app, token_store, oauth_tokens)
tm.flow(transcript_store, web_app, transcript, summary)

# finding meetings
tm.flow(token_store, calendar_tool, oauth_tokens)
tm.flow(calendar_tool, workspace, oauth_tokens, protocol="https", label="calendar query")
tm.flow(workspace, calendar_tool, calendar_events, protocol="https")
tm.flow(calendar_tool, agent, calendar_events)
tm.flow(agent, meeting_bot, join_request)

# the call
tm.flow(prospect, video, audio, protocol="srtp")
tm.flow(rep, video, audio, protocol="srtp")
tm.flow(meeting_bot, video, join_request, protocol="https")
tm.flow(video, meeting_bot, audio, protocol="wss")
tm.flow(meeting_bot, stt, audio)
tm.flow(stt, meeting_bot, transcript)
tm.flow(meeting_bot, transcript_store, audio, transcript)

# after the call
tm.flow(transcript_store, agent, transcript)
tm.flow(agent, crm_tool, crm_update, label="read and update opportunity")
tm.flow(token_store, crm_tool, oauth_tokens)
tm.flow(crm_tool, crm, crm_update, oauth_tokens, protocol="https")
tm.flow(crm, crm_tool, opportunity, protocol="https")
tm.flow(crm_tool, agent, opportunity)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, summary)
tm.flow(agent, web_app, email_draft, label="draft for approval")
tm.flow(web_app, agent, approval, label="rep approved")
tm.flow(agent, mail_tool, email_draft)
tm.flow(token_store, mail_tool, oauth_tokens)
tm.flow(mail_tool, workspace, email_draft, oauth_tokens, protocol="https")
tm.flow(workspace, prospect, email_draft, protocol="smtp+starttls")
