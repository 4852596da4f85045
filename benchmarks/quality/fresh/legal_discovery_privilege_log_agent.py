"""Privilege log agent: the first design, before any security review.

The litigation practice of a law firm with offices in London and Frankfurt has
to serve a privilege log with every document production. Reviewers already code
documents "privileged" in the e-discovery platform, a SaaS review workspace run
by a vendor. An associate starts a batch from the privilege log workspace (an
internal web app behind the firm's SSO with MFA); an LLM agent then fetches each
privileged document and its metadata through the platform's API, looks up which
participants are lawyers in the matter's counsel list, asks a hosted LLM (under
a zero-retention contract) to draft the log entry (date, author, recipients,
privilege basis, description) and writes the draft to the firm's draft log.
Associates check and correct every entry in the workspace; only entries they
have marked approved are exported, and a supervising partner signs the log off
before it goes to opposing counsel over the firm's secure file share.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Privilege log agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent drafting privilege log entries for associates to check before production.",
)

# ---------------------------------------------------------------- data assets
batch_request = tg.Data(
    "Privilege log batch request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Matter, production volume and the saved search of documents to log.",
)
doc_request = tg.Data(
    "Document fetch call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
privileged_docs = tg.Data(
    "Privileged documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="E-mails, memos and attachments coded privileged, with client and employee personal data.",
)
doc_metadata = tg.Data(
    "Document metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Custodian, date, author, recipients and privilege coding from the review platform.",
)
counsel_query = tg.Data("Counsel lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
counsel_list = tg.Data(
    "Matter counsel list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names and e-mail addresses of in-house and outside counsel on the matter.",
)
llm_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Drafting instructions, the document text, its metadata and the counsel matches.",
)
llm_completion = tg.Data("Drafted entry text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_entries = tg.Data(
    "Draft privilege log entries",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
associate_edits = tg.Data(
    "Associate corrections and entry sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
final_log = tg.Data(
    "Served privilege log",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
agent_trace = tg.Data(
    "Agent run trace",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Steps, tool calls and prompts of each batch run.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The other side of the litigation: receives the log with the production.
    opposing_counsel = tm.add(tg.Actor("Opposing counsel", role="opposing party's lawyers"))

with tm.boundary("E-discovery vendor", trust=tg.Trust.PARTNER):
    # Where the collected documents and the reviewers' privilege coding already live.
    review_platform = tm.add(
        tg.DataStore(
            "E-discovery review platform",
            stores={privileged_docs, doc_metadata},
            description="Vendor-hosted review workspace for the matter; API access per firm account.",
            controls={
                c.RBAC(note="matter workspaces and reviewer groups"),
                c.AuditLogging(note="platform audit history of views and coding"),
                c.EncryptionAtRest(key_management="vendor-managed keys"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the entry text; the firm does not host a model of its own.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's enterprise API.",
            controls={c.SupplierAssessment(note="firm IT review; zero data retention terms")},
        )
    )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Checks every drafted entry and signs it off before production.
    associate = tm.add(tg.Actor("Litigation associate", role="associate"))
    # Where associates start batches and review the drafts side by side with the document.
    workspace = tm.add(
        tg.Endpoint(
            "Privilege log workspace",
            purpose=tg.EndpointPurpose.API,
            description="Internal web app for starting batches and checking drafted entries.",
            controls={
                c.Authentication(method="firm SSO (Entra ID) with MFA"),
                c.RBAC(note="litigation group members only"),
            },
        )
    )

    with tm.boundary("Agent runtime", trust=tg.Trust.INTERNAL):
        # Works through the batch document by document and drafts each entry.
        agent = tm.add(
            tg.Agent(
                "Privilege log agent",
                autonomy=tg.Autonomy.SUPERVISED,
                description="Fetches each privileged document, matches counsel, drafts and saves the entry.",
            )
        )
        # Reads documents and metadata from the review platform's API.
        fetch_tool = tm.add(
            tg.Tool(
                "Document fetch tool",
                capabilities={"read"},
                description="Calls the review platform API with the firm's integration service account.",
            )
        )
        # Tells the agent which senders and recipients are lawyers on the matter.
        counsel_tool = tm.add(tg.Tool("Counsel lookup tool", capabilities={"read"}))
        # Saves drafted entries; it cannot change served logs.
        draft_tool = tm.add(tg.Tool("Draft entry writer", capabilities={"write"}))
        # Counsel names kept per matter by the litigation support team.
        counsel_db = tm.add(tg.DataStore("Matter counsel directory", stores={counsel_list}))
        # Holds drafts and associate sign-off until the log is exported.
        draft_store = tm.add(
            tg.DataStore(
                "Draft privilege log store",
                stores={draft_entries, associate_edits},
                controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
            )
        )
        # Debugging and cost tracking of agent runs.
        trace_store = tm.add(tg.DataStore("Agent trace log", stores={agent_trace}))
        # Builds the served log from approved entries only.
        export = tm.add(
            tg.Service(
                "Privilege log export service",
                description="Exports entries marked approved as the log served with the production.",
                controls={
                    c.HumanInTheLoop(
                        approver="the checking associate per entry, and the supervising partner for the whole log"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(associate, workspace, batch_request, protocol="https")
tm.flow(workspace, agent, batch_request, protocol="https")

tm.flow(agent, fetch_tool, doc_request)
tm.flow(fetch_tool, review_platform, doc_request, protocol="https")
tm.flow(review_platform, fetch_tool, privileged_docs, doc_metadata, protocol="https")
tm.flow(fetch_tool, agent, privileged_docs, doc_metadata)

tm.flow(agent, counsel_tool, counsel_query)
tm.flow(counsel_tool, counsel_db, counsel_query)
tm.flow(counsel_db, counsel_tool, counsel_list)
tm.flow(counsel_tool, agent, counsel_list)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, draft_tool, draft_entries)
tm.flow(draft_tool, draft_store, draft_entries)
tm.flow(agent, trace_store, agent_trace)

tm.flow(draft_store, workspace, draft_entries)
tm.flow(workspace, associate, draft_entries, protocol="https")
tm.flow(review_platform, workspace, privileged_docs, protocol="https", label="document viewer")
tm.flow(associate, workspace, associate_edits, protocol="https")
tm.flow(workspace, draft_store, associate_edits)

tm.flow(draft_store, export, draft_entries, associate_edits, label="export of approved entries")
tm.flow(export, opposing_counsel, final_log, protocol="https", label="secure file share")
