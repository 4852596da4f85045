"""Contract redline negotiation agent: the first design, before any security review.

Counterparties' counsel e-mail their contract drafts to the legal team's intake
mailbox. In-house lawyers open the draft in the redlining workspace (a web app on
the legal platform, behind company SSO) and ask the redline agent to mark it up.
The agent compares each clause with the company's negotiation playbook (retrieved
from a vector index that legal operations keep up to date) and with precedent
clauses from the contract repository, asks a vendor-hosted LLM to draft tracked
changes and margin comments, and writes them into the draft. The lawyer reviews
the redline in the workspace; nothing goes back to the counterparty until the
lawyer on the matter approves the send, which the agent's send tool waits for.
The LLM vendor was vetted by procurement and has a no-retention contract; the
contract repository is encrypted and role-restricted; the agent logs its runs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Contract redline negotiation agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that proposes redlines to counterparties' drafts against the "
    "company playbook; lawyers approve before anything is sent.",
)

# ---------------------------------------------------------------- data assets
counterparty_draft = tg.Data(
    "Counterparty contract draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Word document as the counterparty sent it, including their own comments.",
)
instructions = tg.Data(
    "Redline request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The lawyer's instructions: contract type, deal context, points to push on.",
)
playbook = tg.Data(
    "Negotiation playbook",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Standard positions, acceptable fallbacks and walk-away points per clause.",
)
playbook_chunks = tg.Data(
    "Playbook passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
precedents = tg.Data(
    "Precedent clauses",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Clauses from contracts the company signed before, with counterparty names.",
)
contracts = tg.Data(
    "Contract repository records",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Executed contracts, drafts in negotiation and their version history.",
)
prompt = tg.Data(
    "Redline prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the clause text, playbook passages and precedents.",
)
completion = tg.Data(
    "Proposed redlines and comments", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_call = tg.Data(
    "Precedent search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
edit_call = tg.Data(
    "Tracked-change edit call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
send_call = tg.Data(
    "Send redline call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Recipient address, cover note and the redlined document.",
)
redlined_draft = tg.Data(
    "Redlined draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The draft with the agent's tracked changes and margin comments.",
)
approval = tg.Data("Send approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
outbound_email = tg.Data(
    "Redline e-mail to counterparty",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The other side of the deal: sends drafts and receives our redlines.
    counterparty = tm.add(tg.Actor("Counterparty counsel", role="external counsel"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The company's hosted e-mail tenant; the legal intake mailbox lives here.
    mail = tm.add(
        tg.ExternalService(
            "Corporate mail service",
            description="Hosted e-mail; drafts arrive in the legal intake mailbox.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the actual drafting of the redline text.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's enterprise API.",
            controls={c.SupplierAssessment(note="procurement review; zero-retention terms")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Asks for redlines, reviews them and approves the send.
    lawyer = tm.add(tg.Actor("In-house lawyer", role="lawyer"))
    # Owns the playbook and publishes new versions of it.
    playbook_owner = tm.add(tg.Actor("Legal operations", role="playbook owner"))

with tm.boundary("Legal platform", trust=tg.Trust.INTERNAL):
    # Where lawyers load drafts, run the agent and review the result.
    workspace = tm.add(
        tg.Endpoint(
            "Redlining workspace",
            purpose=tg.EndpointPurpose.API,
            description="Web app for matters: imports drafts from the intake mailbox.",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(note="lawyers see the matters of their practice group"),
            },
        )
    )
    # The LLM agent that plans the mark-up clause by clause and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Redline agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Looks up how the company agreed similar clauses before.
    search_tool = tm.add(
        tg.Tool(
            "Precedent search tool",
            capabilities={"read"},
            description="Full-text and clause-type search over the contract repository.",
        )
    )
    # Writes tracked changes and comments into the draft in the repository.
    edit_tool = tm.add(
        tg.Tool(
            "Tracked-change editor tool",
            capabilities={"read", "write"},
            description="Applies the agent's edits as tracked changes to the matter's draft.",
        )
    )
    # Sends the redline back to the counterparty, once the lawyer approves.
    send_tool = tm.add(
        tg.Tool(
            "Send to counterparty tool",
            capabilities={"send-messages"},
            description="Queues the e-mail with the redlined draft until the lawyer approves.",
            controls={c.HumanInTheLoop(approver="the lawyer responsible for the matter")},
        )
    )
    # Keeps the agent's steps, prompts and tool calls for later review.
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))
    # Chunks and embeds each new playbook version.
    ingest = tm.add(tg.Pipeline("Playbook indexing pipeline", stage=tg.Stage.INGESTION))

    with tm.boundary("Legal data tier", trust=tg.Trust.RESTRICTED):
        # Playbook passages the agent retrieves per clause type.
        playbook_index = tm.add(tg.VectorStore("Playbook index", stores={playbook_chunks}))
        # System of record for contracts and drafts under negotiation.
        repository = tm.add(
            tg.DataStore(
                "Contract repository",
                stores={contracts, counterparty_draft, redlined_draft},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(note="matter-level access groups"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# Drafts come in by e-mail and are imported into the matter.
tm.flow(counterparty, mail, counterparty_draft, protocol="smtp+starttls")
tm.flow(mail, workspace, counterparty_draft, protocol="https", label="intake mailbox import")
tm.flow(workspace, repository, counterparty_draft)

# The lawyer asks for a redline.
tm.flow(lawyer, workspace, instructions, protocol="https")
tm.flow(workspace, agent, instructions, counterparty_draft)

# The agent works through the draft.
tm.flow(agent, playbook_index, instructions, label="clause-type query")
tm.flow(playbook_index, agent, playbook_chunks)
tm.flow(agent, search_tool, search_call)
tm.flow(repository, search_tool, contracts)
tm.flow(search_tool, agent, precedents)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, edit_tool, edit_call)
tm.flow(repository, edit_tool, counterparty_draft)
tm.flow(edit_tool, repository, redlined_draft)
tm.flow(agent, log_store, run_log)

# Review, approval and send.
tm.flow(repository, workspace, redlined_draft)
tm.flow(workspace, lawyer, redlined_draft, protocol="https", label="review")
tm.flow(agent, send_tool, send_call)
tm.flow(lawyer, workspace, approval, protocol="https")
tm.flow(workspace, send_tool, approval)
tm.flow(send_tool, mail, outbound_email, protocol="https")
tm.flow(mail, counterparty, outbound_email, protocol="smtp+starttls")

# Playbook upkeep.
tm.flow(playbook_owner, ingest, playbook, protocol="https", label="publishes new version")
tm.flow(ingest, playbook_index, playbook_chunks)
