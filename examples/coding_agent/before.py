"""Coding agent: the first design, before any security review.

A developer hands tasks to an LLM agent running on their laptop. The agent
plans with a hosted LLM, remembers past sessions in a vector store, and acts
through tools: a shell that runs commands in the working copy, a repository API
client (issues, pull requests), a web fetcher, and a third-party MCP server for
the team's ticket tracker. It runs on its own until the task is done.

    threatgraph analyze examples/coding_agent/before.py
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Coding agent",
    profile=tg.RiskProfile.HIGH,
    description="Autonomous coding assistant with shell, repository, web and MCP tools.",
)

# ---------------------------------------------------------------- data assets
task = tg.Data("Task description", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
context = tg.Data("Agent context", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
plan = tg.Data("Plan and tool calls", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
source = tg.Data("Source code", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code")
secrets = tg.Data("Developer credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
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
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Code host", trust=tg.Trust.PARTNER):
    # Anyone can open an issue or a pull request on the public repositories.
    code_host = tm.add(tg.ExternalService("Code hosting API"))

with tm.boundary("Developer laptop", trust=tg.Trust.INTERNAL):
    developer = tm.add(tg.Actor("Developer", role="engineer", privileged=True))
    agent = tm.add(tg.Agent("Coding agent", autonomy=tg.Autonomy.AUTONOMOUS, memory=True))
    memory = tm.add(tg.VectorStore("Agent memory", stores={memories}, memory=True))
    shell = tm.add(
        tg.Tool(
            "Shell tool",
            capabilities={
                tg.Capability.EXECUTE_CODE,
                tg.Capability.WRITE,
                tg.Capability.DELETE,
                tg.Capability.NETWORK_EGRESS,
            },
        )
    )
    repo_tool = tm.add(
        tg.Tool("Repository tool", capabilities={tg.Capability.READ, tg.Capability.WRITE})
    )
    fetch = tm.add(
        tg.Tool("Web fetch tool", capabilities={tg.Capability.READ, tg.Capability.NETWORK_EGRESS})
    )
    workspace = tm.add(tg.DataStore("Working copy", stores={source, secrets}))

    # The MCP server runs on the laptop, but it is someone else's code.
    with tm.boundary("MCP server process", trust=tg.Trust.PARTNER):
        mcp = tm.add(
            tg.Tool(
                "Tracker MCP server",
                origin=tg.ToolOrigin.THIRD_PARTY,
                capabilities={tg.Capability.READ, tg.Capability.WRITE},
                description="Community MCP server for the ticket tracker, installed from a registry.",
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(developer, agent, task)
tm.flow(agent, developer, output, label="summary and diff")
tm.flow(agent, llm, context, protocol="https")
tm.flow(llm, agent, plan, protocol="https")
tm.flow(agent, memory, memories, label="remember")
tm.flow(memory, agent, memories, label="recall")

tm.flow(agent, shell, commands)
tm.flow(shell, workspace, source)
tm.flow(workspace, shell, source, secrets)
tm.flow(shell, agent, output)

tm.flow(agent, repo_tool, plan)
tm.flow(repo_tool, code_host, issues, protocol="https")
tm.flow(code_host, repo_tool, issues, source, protocol="https")
tm.flow(repo_tool, agent, issues, source)

tm.flow(agent, fetch, plan)
tm.flow(web, fetch, pages, protocol="https")
tm.flow(fetch, agent, pages)

tm.flow(agent, mcp, plan, protocol="stdio")
tm.flow(mcp, agent, tickets, protocol="stdio")
