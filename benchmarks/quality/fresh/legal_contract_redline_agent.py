"""Legal contract redline agent: the first design, before any security review.

A law firm's contracts team gets a counterparty's draft by e-mail; the firm's mail
gateway files it into the matter workspace in the document management system
(DMS), where ethical walls restrict each matter to its team. A lawyer opens the
redline workbench (firm SSO with MFA) and asks the agent to review the draft. The
agent, running in the firm's cloud tenant, reads the draft through a DMS tool,
searches the firm's clause library and the client's negotiation playbook, and has
a hosted LLM (vendor under a zero-retention agreement) draft tracked-change
redlines and a cover note, which it saves back to the matter as a new version.
The lawyer reviews and edits them in the workbench, and only on the lawyer's
approval does the workbench send them to the counterparty through the mail
gateway. Knowledge lawyers curate the clause library and playbooks; agent runs are
logged for the firm's records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal contract redline agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts redlines and cover notes on counterparty contracts from the "
    "firm's clause library and the client's playbook; a lawyer approves before sending.",
)

# ---------------------------------------------------------------- data assets
counterparty_draft = tg.Data(
    "Counterparty draft contract",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Word document from the other side; names, prices and personal data of signatories.",
)
inbound_email = tg.Data(
    "Inbound e-mail with draft", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
matter_documents = tg.Data(
    "Matter documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Privileged client files, drafts and correspondence for a matter.",
)
clauses = tg.Data(
    "Clause library entries",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The firm's approved standard and fallback clauses with guidance notes.",
)
playbook = tg.Data(
    "Client negotiation playbook",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="The client's positions, red lines and fallback limits.",
)
review_task = tg.Data(
    "Review task",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Matter, document, client, and the lawyer's instructions.",
)
tool_calls = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_results = tg.Data("Tool results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_prompt = tg.Data(
    "Redline prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, draft text, matching clauses and playbook positions.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
redlines = tg.Data(
    "Redlined draft and cover note",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approval = tg.Data(
    "Lawyer edits and approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
outbound_email = tg.Data(
    "Outbound e-mail with redlines", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
run_log = tg.Data(
    "Agent run log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Prompts, tool calls and outputs of each agent run.",
)
curated_content = tg.Data(
    "Curated clauses and playbooks", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The other side of the negotiation: sends drafts, receives our redlines.
    counterparty = tm.add(tg.Actor("Counterparty's counsel", role="external counsel"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the redlines and the cover note.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model via the vendor's enterprise API.",
            controls={c.SupplierAssessment(note="enterprise terms, zero data retention")},
        )
    )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Fee earner who runs the review and signs off what is sent.
    lawyer = tm.add(tg.Actor("Contracts lawyer", role="fee earner"))
    # Maintains the clause library and client playbooks.
    km_lawyer = tm.add(tg.Actor("Knowledge lawyer", role="knowledge management"))
    # The firm's mail gateway: receives drafts, sends approved redlines.
    mail_gateway = tm.add(
        tg.Service(
            "Firm mail gateway",
            description="Exchange Online gateway with automatic e-mail filing to the DMS.",
        )
    )

    with tm.boundary("Document management system", trust=tg.Trust.RESTRICTED):
        # Where each matter's documents live; the agent reads and writes here.
        matter_workspace = tm.add(
            tg.DataStore(
                "Matter workspace",
                stores={matter_documents, counterparty_draft, redlines},
                controls={
                    c.RBAC(note="matter-level ethical walls"),
                    c.EncryptionAtRest(key_management="DMS vendor-managed keys"),
                },
            )
        )

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # The lawyer's UI: start a review, read and edit results, approve sending.
    workbench = tm.add(
        tg.Endpoint(
            "Redline workbench",
            purpose=tg.EndpointPurpose.API,
            description="Web app in the firm's tenant, reachable only from the firm network.",
            controls={
                c.Authentication(method="firm SSO (Entra ID) with MFA"),
                c.HumanInTheLoop(approver="the responsible lawyer on the matter"),
            },
        )
    )
    # Plans the review: fetch draft, look up clauses and playbook, draft, save.
    agent = tm.add(
        tg.Agent(
            "Redline agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling agent; its output goes to a lawyer, never straight out.",
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Reads the draft from the matter and saves the redlined version.
    dms_tool = tm.add(
        tg.Tool(
            "DMS document tool",
            capabilities={"read", "write"},
            description="Uses one DMS service account for all matters.",
        )
    )
    # Searches the clause library and the client's playbook.
    knowledge_tool = tm.add(tg.Tool("Knowledge search tool", capabilities={"read"}))
    # Embedded clause library for similarity search.
    clause_library = tm.add(tg.VectorStore("Clause library index", stores={clauses}))
    # Client playbooks, one folder per client.
    playbook_store = tm.add(tg.DataStore("Client playbook store", stores={playbook}))
    # Record of agent runs.
    run_log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))

# ---------------------------------------------------------------- flows
tm.flow(counterparty, mail_gateway, inbound_email, protocol="smtp+starttls")
tm.flow(mail_gateway, matter_workspace, counterparty_draft, protocol="https", label="e-mail filing")

tm.flow(lawyer, workbench, review_task, protocol="https", label="start review")
tm.flow(workbench, agent, review_task)
tm.flow(agent, workbench, redlines)
tm.flow(workbench, lawyer, redlines, protocol="https", label="review redlines")
tm.flow(lawyer, workbench, approval, protocol="https", label="edit and approve")

tm.flow(agent, dms_tool, tool_calls, redlines, protocol="local")
tm.flow(dms_tool, agent, tool_results, counterparty_draft, protocol="local")
tm.flow(
    dms_tool,
    matter_workspace,
    redlines,
    protocol="https",
    label="save new version",
    controls={c.Authentication(method="DMS service account (OAuth client credentials)")},
)
tm.flow(
    matter_workspace,
    dms_tool,
    counterparty_draft,
    matter_documents,
    protocol="https",
    label="fetch draft",
)

tm.flow(agent, knowledge_tool, tool_calls, protocol="local")
tm.flow(knowledge_tool, agent, tool_results, clauses, playbook, protocol="local")
tm.flow(knowledge_tool, clause_library, tool_calls, label="similarity query")
tm.flow(clause_library, knowledge_tool, clauses)
tm.flow(knowledge_tool, playbook_store, tool_calls, label="playbook lookup")
tm.flow(playbook_store, knowledge_tool, playbook)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, run_log_store, run_log)

tm.flow(workbench, mail_gateway, outbound_email, protocol="smtp+starttls", label="send on approval")
tm.flow(mail_gateway, counterparty, outbound_email, protocol="smtp+starttls")

tm.flow(km_lawyer, clause_library, curated_content, protocol="https", label="curate clauses")
tm.flow(km_lawyer, playbook_store, curated_content, protocol="https", label="curate playbooks")
