"""Hallmark assay submission agent: the first design, before any security review.

A silversmith's workshop sends its finished pieces to an assay office for
hallmarking. An LLM agent on a small workshop server, using a hosted model,
prepares each submission: it reads the stock records (piece, standard, weight,
sponsor's mark) through a read-only tool, groups pieces into batches, drafts the
declaration of standard, submits both to the assay office's online portal with the
sponsor account key from its configuration file, reads back references, statuses
and assay results, and books the secure courier collection. It also reads the
assay office's published guidance (fees, exemption weights, rules). The silversmith
asks for submissions in a chat page and approves every batch and declaration before
it is sent; the apprentice keeps stock records up to date. Tool calls are logged,
the stock tool uses a read-only database account, and outside links are HTTPS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hallmark assay submission agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that prepares and sends assay office submissions for a silversmith.",
)

# ---------------------------------------------------------------- data assets
task = tg.Data(
    "Submission request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the silversmith asks for, e.g. 'submit this week's finished sterling pieces'.",
)
draft = tg.Data(
    "Draft batch and declaration",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Proposed batch lines and declaration shown for approval.",
)
approval = tg.Data("Submission approval", kind="records")
prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the request, stock rows, guidance and portal replies.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
stock_records = tg.Data(
    "Workshop stock records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Each piece: description, metal and standard, gross weight, maker, cost.",
)
batch = tg.Data(
    "Submission batch",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Item lines, counts, weights, the standard claimed and the sponsor's mark.",
)
declaration = tg.Data(
    "Declaration of standard",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The sponsor's declaration that the pieces meet the claimed fineness.",
)
portal_reply = tg.Data(
    "Submission status and assay results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Submission reference, status, pieces passed or failed, and the fee charged.",
)
portal_key = tg.Data("Assay portal API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
llm_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
courier_key = tg.Data("Courier account key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
collection = tg.Data("Collection booking", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
collection_confirmation = tg.Data("Collection confirmation", kind="records")
guidance = tg.Data(
    "Assay office published guidance", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
submission_history = tg.Data(
    "Submission history", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_log = tg.Data("Agent tool-call log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Workshop network", trust=tg.Trust.INTERNAL):
    # Owner of the workshop and registered sponsor with the assay office.
    silversmith = tm.add(tg.Actor("Silversmith", role="workshop owner", privileged=True))
    # Enters finished pieces and weights into the stock system.
    apprentice = tm.add(tg.Actor("Apprentice", role="workshop staff"))
    # The agent: plans the submission and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Assay submission agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the silversmith, for every batch and declaration before submission"
                ),
                tg.controls.AuditLogging(note="every tool call and approval written to a log file"),
            },
        )
    )
    # The workshop's inventory database.
    stock_db = tm.add(tg.DataStore("Stock records database", stores={stock_records}))
    # Reads stock rows for the agent.
    stock_tool = tm.add(
        tg.Tool(
            "Stock lookup tool",
            capabilities={"read"},
            controls={tg.controls.LeastPrivilegeTools(note="read-only database account")},
        )
    )
    # Drafts, approved submissions and the agent's log.
    submissions_store = tm.add(
        tg.DataStore("Submission records", stores={submission_history, declaration, agent_log})
    )
    # Holds the portal, courier and model API keys as a plain .env file.
    config = tm.add(
        tg.DataStore("Agent configuration file", stores={portal_key, llm_key, courier_key})
    )
    # Submits batches and declarations and fetches their status.
    portal_tool = tm.add(
        tg.Tool("Assay portal submission tool", capabilities={"read", "write", "network-egress"})
    )
    # Books the secure courier collection to the assay office.
    courier_tool = tm.add(tg.Tool("Courier booking tool", capabilities={"write", "network-egress"}))
    # Fetches the assay office's public guidance pages.
    guidance_tool = tm.add(tg.Tool("Guidance lookup tool", capabilities={"read", "network-egress"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Assay office", trust=tg.Trust.PARTNER):
    # The assay office's online submission portal.
    assay_portal = tm.add(tg.ExternalService("Assay office portal"))

with tm.boundary("Courier", trust=tg.Trust.PARTNER):
    # Insured courier for precious-metal consignments.
    courier = tm.add(tg.ExternalService("Secure courier service"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The assay office's public website.
    guidance_site = tm.add(
        tg.DataSource("Assay office website", origin=tg.Origin.PUBLIC_WEB, provides={guidance})
    )

# ---------------------------------------------------------------- flows
tm.flow(apprentice, stock_db, stock_records, label="stock entry")

tm.flow(silversmith, agent, task, protocol="https")
tm.flow(agent, silversmith, draft, protocol="https")
tm.flow(silversmith, agent, approval, protocol="https")

tm.flow(config, agent, llm_key)
tm.flow(agent, llm, prompt, llm_key, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, stock_tool, tool_call)
tm.flow(stock_db, stock_tool, stock_records)
tm.flow(stock_tool, agent, tool_result, stock_records)

tm.flow(agent, guidance_tool, tool_call)
tm.flow(guidance_site, guidance_tool, guidance, protocol="https")
tm.flow(guidance_tool, agent, tool_result, guidance)

tm.flow(agent, portal_tool, tool_call, batch, declaration)
tm.flow(config, portal_tool, portal_key)
tm.flow(portal_tool, assay_portal, batch, declaration, portal_key, protocol="https")
tm.flow(assay_portal, portal_tool, portal_reply, protocol="https")
tm.flow(portal_tool, agent, tool_result, portal_reply)

tm.flow(agent, courier_tool, tool_call, collection)
tm.flow(config, courier_tool, courier_key)
tm.flow(courier_tool, courier, collection, courier_key, protocol="https")
tm.flow(courier, courier_tool, collection_confirmation, protocol="https")
tm.flow(courier_tool, agent, tool_result, collection_confirmation)

tm.flow(agent, submissions_store, submission_history, declaration, agent_log)
tm.flow(submissions_store, agent, submission_history)
