"""Meeting notes bot: the first design, before any security review.

A multi-tenant SaaS bot that enterprise customers invite into their video calls.
It joins from our cloud, records the audio and transcribes it with a
speech-to-text model we host on our own GPU nodes. A summarisation service sends
the transcript to a vendor-hosted LLM API for a summary and action items, stores
transcripts, summaries and recordings per customer workspace, and posts the
action items automatically (no review step) into the customer's project tracker
through an OAuth integration. Workspace admins configure auto-join, retention and
the tracker connection in a web dashboard behind the customer's SSO.
Controls: SSO and roles on the dashboard, TLS on external calls, KMS encryption
of the stores, workspace-id scoping of queries, and a vendor review of the LLM
provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Meeting notes bot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "soc2"},
    description=(
        "SaaS bot that records customers' video calls, transcribes and summarises them, "
        "and posts action items into their project tracker."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Voices and everything said in customers' internal and external meetings.",
)
transcript = tg.Data(
    "Transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Speaker-labelled text of the call; may hold personal data and trade secrets.",
)
llm_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions plus the full transcript.",
)
summary = tg.Data("Meeting summary", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
action_items = tg.Data(
    "Action items",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Task titles, owners and due dates extracted by the LLM.",
)
tracker_issue = tg.Data(
    "Tracker issue request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Create-issue call to the customer's tracker API built from an action item.",
)
tracker_response = tg.Data(
    "Created issue links", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
oauth_tokens = tg.Data(
    "Tracker OAuth tokens",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Access and refresh tokens with write scope on the customer's tracker.",
)
workspace_settings = tg.Data(
    "Workspace settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Auto-join rules, retention period, target tracker project, member roles.",
)
meeting_invite = tg.Data(
    "Meeting invitation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Join link, passcode, title and attendee list.",
)

dashboard_request = tg.Data(
    "Dashboard request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in a call the bot joins, including guests from other companies.
    participant = tm.add(tg.Actor("Meeting participant", role="workspace member or guest"))
    # Customer-side administrator who connects the tracker and sets retention.
    admin = tm.add(tg.Actor("Workspace admin", role="customer admin", privileged=True))
    # The conferencing platform the bot dials into as a participant.
    conferencing = tm.add(
        tg.ExternalService(
            "Video conferencing platform",
            provides="generic",
            description="Zoom / Teams / Meet; the bot joins through their meeting SDKs.",
        )
    )

with tm.boundary("Customer project tracker", trust=tg.Trust.PARTNER):
    # Where action items end up; we act in it with the tokens the admin granted.
    tracker = tm.add(
        tg.ExternalService(
            "Project tracker API",
            provides="tool-server",
            description="Jira / Asana / Linear REST API and its OAuth authorisation server.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the summarisation; we send it whole transcripts.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin="third-party-api",
            description="General-purpose chat model behind the vendor's API.",
            controls={
                c.SupplierAssessment(note="security review and zero-retention terms in the DPA")
            },
        )
    )

with tm.boundary("SaaS production VPC", trust=tg.Trust.INTERNAL):
    # Admin and member UI: settings, integrations, reading transcripts and summaries.
    dashboard = tm.add(
        tg.Endpoint(
            "Web dashboard",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="customer SSO (SAML/OIDC)"),
                c.RBAC(note="admin and member roles per workspace"),
            },
        )
    )
    # Headless client that joins calls and streams the audio out.
    bot = tm.add(
        tg.Service(
            "Meeting bot",
            description="Joins calls on invitation or by auto-join rule and records the audio.",
        )
    )
    # Our own speech-to-text model (open-weights base) on GPU nodes.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task="generative",
            origin="open-weights",
            description="Whisper-class model served on our GPU pool, shared across tenants.",
        )
    )
    # Orchestrates summarisation, storage and posting of action items.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            description="Builds the prompt, calls the LLM, parses summary and action items.",
        )
    )
    # Posts action items into the customer's tracker with their OAuth token.
    tracker_tool = tm.add(
        tg.Tool(
            "Tracker integration",
            capabilities={"write", "network-egress"},
            origin="first-party",
            description="Creates issues automatically after each meeting; no review step.",
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Raw recordings, kept for the workspace's retention period.
        recordings = tm.add(
            tg.DataStore(
                "Recording bucket",
                stores={call_audio},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Per-workspace transcripts, summaries, action items and settings.
        workspace_db = tm.add(
            tg.DataStore(
                "Workspace database",
                stores={transcript, summary, action_items, workspace_settings},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.PermissionAwareRetrieval(note="every query is scoped by workspace id"),
                },
            )
        )
        # OAuth tokens for each workspace's tracker connection.
        token_store = tm.add(
            tg.DataStore(
                "Integration token store",
                stores={oauth_tokens},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# Configuration and OAuth connection
tm.flow(admin, dashboard, workspace_settings, protocol="https")
tm.flow(dashboard, workspace_db, workspace_settings)
tm.flow(workspace_db, bot, workspace_settings, label="auto-join rules")
tm.flow(dashboard, tracker, workspace_settings, protocol="https", label="OAuth authorisation")
tm.flow(tracker, dashboard, oauth_tokens, protocol="https", label="code exchange")
tm.flow(dashboard, token_store, oauth_tokens)

# Joining and recording a call
tm.flow(
    participant,
    conferencing,
    call_audio,
    meeting_invite,
    protocol="https",
    label="invites bot, speaks",
)
tm.flow(
    conferencing, bot, meeting_invite, call_audio, protocol="wss", label="meeting SDK media stream"
)
tm.flow(bot, conferencing, meeting_invite, protocol="wss", label="join request")
tm.flow(bot, recordings, call_audio)

# Transcription and summarisation
tm.flow(recordings, stt, call_audio)
tm.flow(stt, summariser, transcript)
tm.flow(summariser, llm, llm_prompt, protocol="https")
tm.flow(llm, summariser, summary, action_items, protocol="https")
tm.flow(summariser, workspace_db, transcript, summary, action_items)

# Posting action items
tm.flow(summariser, tracker_tool, action_items)
tm.flow(token_store, tracker_tool, oauth_tokens)
tm.flow(tracker_tool, tracker, tracker_issue, oauth_tokens, protocol="https")
tm.flow(tracker, tracker_tool, tracker_response, protocol="https")
tm.flow(tracker_tool, workspace_db, tracker_response, label="issue links")

# Reading results
tm.flow(workspace_db, dashboard, transcript, summary, action_items)
tm.flow(dashboard, admin, transcript, summary, action_items, protocol="https")
tm.flow(dashboard, participant, transcript, summary, action_items, protocol="https")
tm.flow(
    participant,
    dashboard,
    dashboard_request,
    protocol="https",
    label="member sign-in and page requests",
)
