"""Sales follow-up drafting agent: the first design, before any security review.

Our B2B sales reps (EU and US) ask an assistant in a small internal web app to
"write the follow-up for Acme after Tuesday's demo". An LLM agent, running in our
production cloud account, looks up the opportunity and contacts in the CRM (a SaaS
CRM we subscribe to) and searches the rep's past email threads in our Microsoft 365
tenant, then asks a vendor-hosted LLM to draft the email. The draft is saved as
pending; the rep edits and approves it in the web app and picks a send time, and a
dispatcher sends due emails from the rep's mailbox through the Graph API.
Reps sign in with company SSO and MFA. The CRM tool uses each rep's own read-only
OAuth token; the mailbox tool uses one app registration with tenant-wide Mail.Read.
OAuth tokens and drafts are encrypted at rest, agent runs are capped at 15 steps,
and every run's prompts and tool calls go to a trace log. The LLM vendor was
reviewed by procurement (zero data retention terms).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sales follow-up email drafting agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that drafts and schedules sales follow-up emails from CRM data and past threads.",
)

# ---------------------------------------------------------------- data assets
draft_request = tg.Data(
    "Follow-up drafting request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The rep's instruction, naming the account and contact.",
)
crm_records = tg.Data(
    "CRM account and contact records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Contact names, titles, e-mail addresses, deal stage, amounts and call notes.",
)
email_threads = tg.Data(
    "Past email threads",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Messages between the rep and the prospect, including text the prospect wrote.",
)
crm_query = tg.Data("CRM lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
mailbox_query = tg.Data("Mailbox search call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
schedule_call = tg.Data("Schedule email call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
schedule_result = tg.Data(
    "Scheduling confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Drafting prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the rep's request, CRM fields and excerpts of past threads.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data("Email draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
approval = tg.Data(
    "Rep's draft approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Edited text, approve click and chosen send time.",
)
scheduled_email = tg.Data("Scheduled email", kind="records", sensitivity=tg.Sensitivity.PII)
outbound_email = tg.Data("Follow-up email", kind="documents", sensitivity=tg.Sensitivity.PII)
prospect_reply = tg.Data("Prospect reply", kind="documents", sensitivity=tg.Sensitivity.PII)
oauth_tokens = tg.Data(
    "CRM and Microsoft 365 OAuth tokens",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Per-rep CRM refresh tokens and the Graph app registration's client secret.",
)
traces = tg.Data("Agent run traces", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people at customer and prospect companies we email; they write back.
    prospect = tm.add(tg.Actor("Prospect contact", role="customer contact"))

with tm.boundary("Sales laptops", trust=tg.Trust.INTERNAL):
    # Reps use the web app from company laptops, in the office or travelling.
    rep = tm.add(tg.Actor("Sales rep", role="sales rep"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose chat model behind the vendor's API; we do not fine-tune it.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review, zero data retention terms")},
        )
    )

with tm.boundary("CRM SaaS", trust=tg.Trust.PARTNER):
    # The system of record for accounts, contacts and opportunities.
    crm = tm.add(
        tg.ExternalService(
            "CRM",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Vendor-hosted CRM; our org's records reached through its REST API.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Reps' mailboxes: the source of past threads and the sender of follow-ups.
    mail = tm.add(
        tg.ExternalService(
            "Exchange Online",
            description="Our Microsoft 365 mail service, reached through the Graph API.",
        )
    )

with tm.boundary("Sales tools cloud account", trust=tg.Trust.INTERNAL):
    # Where reps ask for drafts and review, edit, approve and schedule them.
    web_app = tm.add(
        tg.Endpoint(
            "Follow-up assistant web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )
    # Plans the lookups, calls the LLM and saves the draft for the rep.
    agent = tm.add(
        tg.Agent(
            "Email drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the requesting rep approves each draft before it is scheduled"
                ),
                c.CircuitBreaker(max_steps=15),
            },
        )
    )
    # Reads accounts, contacts and opportunities for the named account.
    crm_tool = tm.add(
        tg.Tool(
            "CRM lookup tool",
            capabilities={"read"},
            description="Calls the CRM API with the requesting rep's own OAuth token.",
            controls={c.LeastPrivilegeTools(note="read-only CRM OAuth scope, the rep's own token")},
        )
    )
    # Finds earlier threads with the contact to match tone and commitments.
    mailbox_tool = tm.add(
        tg.Tool(
            "Mailbox search tool",
            capabilities={"read"},
            description="Searches the rep's mailbox through Graph with an app registration holding tenant-wide Mail.Read.",
        )
    )
    # Saves the finished draft as pending, with a proposed send time.
    schedule_tool = tm.add(
        tg.Tool(
            "Email scheduling tool",
            capabilities={"write"},
            description="Writes a pending draft and proposed send time to the draft store.",
        )
    )
    # Pending drafts, approvals and the send queue.
    draft_store = tm.add(
        tg.DataStore(
            "Draft and schedule store",
            stores={draft, approval, scheduled_email},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Sends approved emails when their send time comes.
    dispatcher = tm.add(
        tg.Service(
            "Scheduled send job",
            description="Every minute, sends approved emails that are due from the rep's mailbox via Graph sendMail.",
        )
    )
    # OAuth refresh tokens and the Graph client secret used by the tools and the dispatcher.
    token_store = tm.add(
        tg.DataStore(
            "Integration token store",
            stores={oauth_tokens},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Prompts, tool calls and drafts of every agent run, for debugging and disputes.
    trace_log = tm.add(
        tg.DataStore(
            "Agent trace log",
            stores={traces},
            controls={c.AuditLogging(retention_days=180)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(rep, web_app, draft_request, protocol="https")
tm.flow(web_app, agent, draft_request)

tm.flow(agent, crm_tool, crm_query)
tm.flow(crm_tool, agent, crm_records)
tm.flow(token_store, crm_tool, oauth_tokens)
tm.flow(crm_tool, crm, crm_query, protocol="https")
tm.flow(crm, crm_tool, crm_records, protocol="https")

tm.flow(agent, mailbox_tool, mailbox_query)
tm.flow(mailbox_tool, agent, email_threads)
tm.flow(token_store, mailbox_tool, oauth_tokens)
tm.flow(mailbox_tool, mail, mailbox_query, protocol="https")
tm.flow(mail, mailbox_tool, email_threads, protocol="https")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, agent, schedule_result)
tm.flow(schedule_tool, draft_store, draft, scheduled_email)
tm.flow(agent, web_app, draft)
tm.flow(agent, trace_log, traces)

tm.flow(draft_store, web_app, draft, scheduled_email, label="pending drafts")
tm.flow(web_app, rep, draft, protocol="https")
tm.flow(rep, web_app, approval, protocol="https")
tm.flow(web_app, draft_store, approval, scheduled_email)

tm.flow(draft_store, dispatcher, scheduled_email, label="due approved emails")
tm.flow(token_store, dispatcher, oauth_tokens)
tm.flow(dispatcher, mail, outbound_email, protocol="https")
tm.flow(mail, prospect, outbound_email, protocol="smtp+starttls")
tm.flow(prospect, mail, prospect_reply, protocol="smtp+starttls")
