"""Sales forecast copilot: the first design, before any security review.

A copilot in a side panel of our CRM. Sales reps ask it questions about their
deals ("what is blocking Acme?", "which deals will slip this quarter?"). An
orchestrator in the CRM's cloud tenant pulls the opportunity records, searches
an index of email threads (synced from reps' Microsoft 365 mailboxes) and call
transcripts (pushed by the call-recording vendor), and sends a prompt to an LLM
hosted by a model provider. The copilot can update opportunity fields (stage,
close date, next step) and save follow-up email drafts in the rep's mailbox;
the rep reviews and sends drafts themselves. Sales managers see team forecast
dashboards built from the opportunity data. Reps sign in with the CRM's SSO,
the CRM enforces its role model on opportunity records, traffic to the vendors
is TLS, the mailbox OAuth tokens sit in a vault and the LLM provider was vetted
under a zero-retention agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sales forecast copilot",
    profile=tg.RiskProfile.HIGH,
    description="LLM copilot in the CRM answering reps from opportunities, emails and calls.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Rep question", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
answer = tg.Data("Copilot answer", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
opportunities = tg.Data(
    "Opportunity records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accounts, contacts, amounts, stages, close dates, forecast category.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
inbound_email = tg.Data(
    "Prospect emails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Emails written by prospects and customers to reps.",
)
email_threads = tg.Data("Email threads", kind="documents", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Call transcripts", kind="documents", sensitivity=tg.Sensitivity.PII)
chunks = tg.Data("Email and call chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Copilot prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question, opportunity fields and retrieved chunks.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
field_update = tg.Data(
    "Opportunity field update", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_request = tg.Data("Draft email request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
draft = tg.Data("Follow-up email draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
sent_email = tg.Data("Sent follow-up email", kind="documents", sensitivity=tg.Sensitivity.PII)
mailbox_token = tg.Data(
    "Mailbox OAuth token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
conversation_log = tg.Data("Copilot conversation log", kind="logs", sensitivity=tg.Sensitivity.PII)
forecast = tg.Data("Team forecast", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can email a rep; their words end up in the copilot's context.
    prospect = tm.add(tg.Actor("Prospect or customer", role="external contact"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Microsoft 365 tenant holding the reps' mailboxes, the copilot's email source.
    mail = tm.add(
        tg.ExternalService(
            "Microsoft 365 mailboxes",
            provides=tg.ExternalCategory.GENERIC,
            description="Graph API used to read threads and to save drafts.",
        )
    )

with tm.boundary("Call recording vendor", trust=tg.Trust.PARTNER):
    # Records and transcribes sales calls, then pushes transcripts to us.
    call_vendor = tm.add(
        tg.DataSource(
            "Call recording service",
            origin=tg.Origin.VENDOR,
            provides={transcripts},
            description="Webhook delivering transcripts after each recorded call.",
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The generative model answering questions and proposing tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA with zero data retention")},
        )
    )

with tm.boundary("Sales team devices", trust=tg.Trust.INTERNAL):
    # Reps use the side panel in the CRM web app and send emails themselves.
    rep = tm.add(tg.Actor("Sales rep", role="sales rep"))
    # Managers review team dashboards and the forecast.
    manager = tm.add(tg.Actor("Sales manager", role="sales manager"))

with tm.boundary("CRM cloud tenant", trust=tg.Trust.INTERNAL):
    # The side panel's backend: the only entry point for reps' questions.
    panel_api = tm.add(
        tg.Endpoint(
            "Copilot side panel API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="CRM SSO (OIDC)")},
        )
    )
    # Plans the answer: retrieves context, calls the LLM, runs the tools it asks for.
    orchestrator = tm.add(
        tg.Agent(
            "Copilot orchestrator",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling loop over the LLM with two tools.",
        )
    )
    # Writes stage, close date, amount and next step on an opportunity.
    update_tool = tm.add(tg.Tool("Update opportunity tool", capabilities={"read", "write"}))
    # Saves a draft in the rep's mailbox; the rep reviews and sends it.
    draft_tool = tm.add(
        tg.Tool(
            "Draft email tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="the rep, who sends the draft themselves")},
        )
    )
    # Keeps questions and answers for support and quality review.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={conversation_log}))
    # Team forecast and pipeline views for managers.
    dashboard = tm.add(tg.Service("Team forecast dashboard"))

    with tm.boundary("CRM data tier", trust=tg.Trust.RESTRICTED):
        # The CRM's system of record for deals.
        opp_db = tm.add(
            tg.DataStore(
                "Opportunity database",
                stores={opportunities},
                controls={
                    c.RBAC(note="CRM role hierarchy and record sharing rules"),
                    c.EncryptionAtRest(key_management="CRM platform KMS"),
                    c.AuditLogging(note="CRM field history tracking"),
                },
            )
        )
        # Chunks and embeddings of synced emails and transcripts, for retrieval.
        index = tm.add(tg.VectorStore("Email and call index", stores={chunks}))
        # Pulls mailbox threads and transcripts, chunks and embeds them.
        sync = tm.add(
            tg.Pipeline(
                "Mailbox and call sync",
                stage=tg.Stage.INGESTION,
                controls={c.SecretsManagement(note="mailbox OAuth tokens in the vault")},
            )
        )

# ---------------------------------------------------------------- flows
# Email and call ingestion
tm.flow(prospect, mail, inbound_email, protocol="smtp+starttls", label="emails a rep")
tm.flow(sync, mail, mailbox_token, protocol="https", label="Graph API call")
tm.flow(mail, sync, email_threads, protocol="https")
tm.flow(call_vendor, sync, transcripts, protocol="https", label="transcript webhook")
tm.flow(sync, index, chunks)

# Question and answer
tm.flow(rep, panel_api, question, protocol="https")
tm.flow(panel_api, orchestrator, question)
tm.flow(orchestrator, opp_db, question, label="opportunity lookup")
tm.flow(opp_db, orchestrator, opportunities)
tm.flow(orchestrator, index, question, label="similarity search")
tm.flow(index, orchestrator, chunks)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, conversation_log)
tm.flow(orchestrator, panel_api, answer)
tm.flow(panel_api, rep, answer, protocol="https")

# Tools
tm.flow(orchestrator, update_tool, field_update)
tm.flow(update_tool, opp_db, field_update)
tm.flow(orchestrator, draft_tool, draft_request)
tm.flow(draft_tool, mail, draft, protocol="https", label="save to Drafts")
tm.flow(mail, rep, draft, protocol="https", label="rep reviews draft")
tm.flow(rep, mail, sent_email, protocol="https", label="rep sends")
tm.flow(mail, prospect, sent_email, protocol="smtp+starttls")

# Reps' own CRM edits and manager dashboards
tm.flow(rep, opp_db, opportunities, protocol="https", label="edits in the CRM UI")
tm.flow(opp_db, dashboard, opportunities)
tm.flow(dashboard, manager, forecast, protocol="https")
