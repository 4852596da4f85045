"""Coding agent: the same system after a security review.

Same architecture as before.py, with two changes of behaviour: the agent is
supervised (the developer approves consequential steps) instead of autonomous,
and credentials moved out of the working copy into a secret store that the
shell tool cannot read. The review also added: a sandboxed shell with no
network, an allow-listed web fetcher, scoped tokens for the repository tool,
a pinned and reviewed MCP server, marking of untrusted tool output, hardened
memory, and step limits with a kill switch.

    threatgraph analyze examples/coding_agent/after.py
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Coding agent",
    profile=tg.RiskProfile.HIGH,
    description="Supervised coding assistant with shell, repository, web and MCP tools.",
)

TLS = c.EncryptionInTransit(protocol="TLS 1.3")

# ---------------------------------------------------------------- data assets
task = tg.Data("Task description", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
context = tg.Data("Agent context", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
plan = tg.Data("Plan and tool calls", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
source = tg.Data("Source code", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code")
commands = tg.Data("Shell commands", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
output = tg.Data("Command output", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result")
issues = tg.Data("Issues and pull requests", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
pages = tg.Data("Web pages", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
tickets = tg.Data("Tracker tickets", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
memories = tg.Data("Session memories", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    web = tm.add(tg.DataSource("Web", origin=tg.Origin.PUBLIC_WEB, provides={pages}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.ModelVersioning(),
                c.SupplierAssessment(),
                c.ModelAlignment(),
                c.RedTeaming(note="covered by the agent's red-team exercises"),
            },
        )
    )

with tm.boundary("Code host", trust=tg.Trust.PARTNER):
    # Anyone can open an issue or a pull request on the public repositories.
    code_host = tm.add(tg.ExternalService("Code hosting API", controls={c.AuditLogging()}))

with tm.boundary("Developer laptop", trust=tg.Trust.INTERNAL):
    developer = tm.add(tg.Actor("Developer", role="engineer", privileged=True))
    agent = tm.add(
        tg.Agent(
            "Coding agent",
            autonomy=tg.Autonomy.SUPERVISED,
            memory=True,
            controls={
                c.HumanInTheLoop(approver="developer", note="writes, pushes and shell commands"),
                c.BoundApproval(note="the IDE shows the exact command or diff the tool will run"),
                c.UntrustedInputSegregation(note="tool output is data, never instructions"),
                c.CircuitBreaker(max_steps=50),
                c.Guardrails(),
                c.OutputFiltering(),
                c.AuditLogging(),
                c.RedTeaming(cadence="before each release"),
            },
        )
    )
    memory = tm.add(
        tg.VectorStore(
            "Agent memory",
            stores={memories},
            memory=True,
            controls={
                c.MemoryHardening(note="provenance on every memory, expiry, review"),
                c.EncryptionAtRest(),
            },
        )
    )
    shell = tm.add(
        tg.Tool(
            "Shell tool",
            capabilities={
                tg.Capability.EXECUTE_CODE,
                tg.Capability.WRITE,
                tg.Capability.DELETE,
                tg.Capability.NETWORK_EGRESS,
            },
            controls={
                c.Sandboxing(note="container, working copy mounted, no credentials"),
                c.EgressFiltering(note="package mirror only"),
                c.LeastPrivilegeTools(),
                c.HumanInTheLoop(approver="developer"),
            },
        )
    )
    repo_tool = tm.add(
        tg.Tool(
            "Repository tool",
            capabilities={tg.Capability.READ, tg.Capability.WRITE},
            controls={
                c.LeastPrivilegeTools(note="fine-grained token: one repository, no admin"),
                c.InputValidation(note="arguments checked against the tool schema"),
                c.HumanInTheLoop(approver="developer", note="before pushing or commenting"),
            },
        )
    )
    fetch = tm.add(
        tg.Tool(
            "Web fetch tool",
            capabilities={tg.Capability.READ, tg.Capability.NETWORK_EGRESS},
            controls={
                c.EgressFiltering(note="documentation sites allow-list"),
                c.LeastPrivilegeTools(),
                c.InputValidation(),
            },
        )
    )
    workspace = tm.add(tg.DataStore("Working copy", stores={source}, controls={c.DataVersioning()}))

    # The MCP server runs on the laptop, but it is someone else's code.
    with tm.boundary("MCP server process", trust=tg.Trust.PARTNER):
        mcp = tm.add(
            tg.Tool(
                "Tracker MCP server",
                origin=tg.ToolOrigin.THIRD_PARTY,
                capabilities={tg.Capability.READ, tg.Capability.WRITE},
                description="Community MCP server for the ticket tracker, installed from a registry.",
                controls={
                    c.AIBOM(note="version pinned, hash locked"),
                    c.SignedModels(note="signed release verified at install"),
                    c.SupplierAssessment(note="code reviewed before adoption"),
                    c.LeastPrivilegeTools(note="read-only token, one project"),
                    c.InputValidation(note="arguments checked against the tool schema"),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(developer, agent, task)
tm.flow(agent, developer, output, label="summary and diff")
tm.flow(agent, llm, context, protocol="https", controls={TLS})
tm.flow(llm, agent, plan, protocol="https", controls={TLS})
tm.flow(agent, memory, memories, label="remember")
tm.flow(memory, agent, memories, label="recall")

tm.flow(agent, shell, commands)
tm.flow(shell, workspace, source)
tm.flow(workspace, shell, source)
tm.flow(shell, agent, output)

tm.flow(agent, repo_tool, plan)
CODE_HOST = frozenset({TLS, c.Authentication(method="server certificate + scoped token")})
tm.flow(repo_tool, code_host, issues, protocol="https", controls=CODE_HOST)
tm.flow(code_host, repo_tool, issues, source, protocol="https", controls=CODE_HOST)
tm.flow(repo_tool, agent, issues, source)

tm.flow(agent, fetch, plan)
tm.flow(web, fetch, pages, protocol="https", controls={TLS})
tm.flow(fetch, agent, pages)

tm.flow(agent, mcp, plan, protocol="stdio")
tm.flow(mcp, agent, tickets, protocol="stdio")
