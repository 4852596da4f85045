"""AML.CS0039 Living Off AI: Prompt Injection via Jira Service Management.

The victim: an organisation's Jira Service Management (JSM) instance, whose public portal
takes tickets from external customers, and whose support engineers resolve tickets with
Claude Sonnet acting through Atlassian's MCP server on the JSM instance.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "Support ticket": kind=DOCUMENTS ("created a new service ticket containing the
  malicious prompt").
- Data "All support tickets": kind=DOCUMENTS ("an Atlassian MCP tool that could access
  the Jira tickets and collect them").
- Data "Ticket reply": kind=DOCUMENTS ("the collected ticket details be posted in a
  reply to the ticket").
- Data "Engineer's request": kind=PROMPT ("used Claude Sonnet ... to help them resolve
  the malicious ticket").
- Data "Agent context": kind=PROMPT (what the client sends Claude Sonnet; "causing the
  injection to be unknowingly executed").
- Data "Tool calls": kind=TOOL_CALL ("causing those tools to be invoked via MCP").
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0039"
NAME = "Living Off AI: Prompt Injection via Jira Service Management"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # An agent acting with internal privileges over all customers' support tickets.
        profile=tg.RiskProfile.HIGH,
        description="Support engineers resolving JSM tickets with an LLM and Atlassian MCP.",
    )
    ticket = tg.Data("Support ticket", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.DOCUMENTS)
    tickets = tg.Data(
        "All support tickets", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.DOCUMENTS
    )
    ticket_reply = tg.Data(
        "Ticket reply", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.DOCUMENTS
    )
    task = tg.Data(
        "Engineer's request", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.PROMPT
    )
    context = tg.Data("Agent context", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)
    plan = tg.Data("Tool calls", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.TOOL_CALL)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "malicious inputs from external users such as support tickets"
        customer = tm.add(tg.Actor("External customer", role="service desk customer"))

    with tm.boundary("Atlassian cloud", trust=tg.Trust.PARTNER):
        # "the public Jira Service Management (JSM) portal of the victim"
        portal = tm.add(tg.Endpoint("JSM customer portal", purpose=tg.EndpointPurpose.API))
        # "data from all other support tickets"
        jsm = tm.add(tg.DataStore("JSM tickets", stores={tickets}))
        # "Atlassian offers an MCP server ... ticket summarization, auto-replies,
        # classification, and smart recommendations across JSM and Confluence"
        # DSL gap: the MCP tools act with the signed-in engineer's internal permissions
        # ("operating with internal context and trust"); whose identity a tool acts under
        # cannot be expressed; modelled as a tool that reads and writes the whole store.
        mcp = tm.add(
            tg.Tool(
                "Atlassian MCP server",
                origin=tg.ToolOrigin.THIRD_PARTY,
                # reads tickets and posts replies that the ticket's customer can read
                capabilities={
                    tg.Capability.READ,
                    tg.Capability.WRITE,
                    tg.Capability.SEND_MESSAGES,
                },
            )
        )

    with tm.boundary("Anthropic", trust=tg.Trust.PARTNER):
        # "used Claude Sonnet"
        llm = tm.add(tg.LLM("Claude Sonnet", origin=tg.ModelOrigin.THIRD_PARTY_API))

    with tm.boundary("Victim organisation", trust=tg.Trust.INTERNAL):
        # "a support engineer at the victim organization"
        engineer = tm.add(tg.Actor("Support engineer", role="support staff"))
        # "Claude Sonnet (which can interact with Jira via the Atlassian MCP server)":
        # the AI client the engineer works in, which calls the MCP tools.
        agent = tm.add(
            tg.Agent(
                "Claude AI assistant",
                description="The engineer's Claude client, connected to Atlassian MCP.",
            )
        )

    tm.flow(customer, portal, ticket, protocol="https")
    tm.flow(portal, jsm, ticket)
    tm.flow(jsm, portal, ticket_reply)
    tm.flow(portal, customer, ticket_reply, protocol="https")
    tm.flow(engineer, agent, task)
    tm.flow(agent, engineer, context)
    tm.flow(agent, llm, context, protocol="https")
    tm.flow(llm, agent, plan, protocol="https")
    tm.flow(agent, mcp, plan, protocol="https")
    tm.flow(mcp, agent, tickets, protocol="https")
    tm.flow(jsm, mcp, tickets)
    tm.flow(mcp, jsm, ticket_reply, label="post reply")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "created a new service ticket containing the malicious prompt on the public ... portal"
    4: ("external-customer->jsm-customer-portal", "jsm-customer-portal"),
    # "used Claude Sonnet ... to help them resolve the malicious ticket"
    5: ("claude-ai-assistant", "atlassian-mcp-server->claude-ai-assistant"),
    # "causing those tools to be invoked via MCP"
    6: ("atlassian-mcp-server", "claude-ai-assistant->atlassian-mcp-server"),
    # "invoked an Atlassian MCP tool that could access the Jira tickets and collect them"
    7: ("atlassian-mcp-server", "jsm-tickets->atlassian-mcp-server"),
    # "collected ticket details be posted in a reply to the ticket"
    8: ("atlassian-mcp-server->jsm-tickets", "jsm-tickets->jsm-customer-portal"),
}
