"""AML.CS0053 Poisoned Postmark MCP Server Email Exfiltration.

The victim: an organisation whose AI agents send marketing and transactional
e-mail through Postmark's API using the `postmark-mcp` MCP server, installed and
upgraded from npm.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "postmark-mcp package": kind=CODE ("uploaded a malicious version of the
  package").
- Data "Employee instruction": kind=PROMPT ("users at the victim organization instructed
  their AI agent").
- Data "Agent context": kind=PROMPT (what the AI agent sends to its model).
- Data "Model replies and tool calls": kind=MODEL_OUTPUT (what the model returns to the
  AI agent).
- Data "Outgoing e-mail": kind=DOCUMENTS ("all emails sent by the MCP tool").
- Data "Send result": kind=TOOL_RESULT (what the `postmark-mcp` tool returns to the
  agent).
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0053"
NAME = "Poisoned Postmark MCP Server Email Exfiltration"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # An agent that sends e-mail about the organisation's clients.
        profile=tg.RiskProfile.HIGH,
        description="AI agents sending e-mail through a Postmark MCP server from npm.",
    )
    package = tg.Data(
        "postmark-mcp package", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.CODE
    )
    request = tg.Data(
        "Employee instruction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.PROMPT
    )
    context = tg.Data("Agent context", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)
    completion = tg.Data(
        "Model replies and tool calls",
        sensitivity=tg.Sensitivity.PII,
        kind=tg.DataKind.MODEL_OUTPUT,
    )
    email = tg.Data(
        "Outgoing e-mail",
        sensitivity=tg.Sensitivity.PII,
        description="Transactional and marketing e-mail to the organisation's clients.",
        kind=tg.DataKind.DOCUMENTS,
    )
    result = tg.Data(
        "Send result", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_RESULT
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "registering the `postmark-mcp` package name on npm"
        npm = tm.add(
            tg.ExternalService("npm registry", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
        )
        # "revealing private information about the organization's clients"
        clients = tm.add(tg.Actor("Email recipients", role="the organisation's clients"))

    with tm.boundary("Postmark", trust=tg.Trust.PARTNER):
        # "Postmark is an email delivery service that allows organizations to send
        # marketing and transactional emails via API."
        postmark = tm.add(tg.ExternalService("Postmark email API"))

    with tm.boundary("Model provider", trust=tg.Trust.PARTNER):
        # "interact with Postmark via AI agents"; the agents plan with an LLM.
        llm = tm.add(tg.LLM("Agent LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

    with tm.boundary("Organisation", trust=tg.Trust.INTERNAL):
        # "When users at the victim organization instructed their AI agent"
        employee = tm.add(tg.Actor("Employee", role="staff member"))
        agent = tm.add(tg.Agent("AI agent"))

        with tm.boundary("MCP server process", trust=tg.Trust.PARTNER):
            # "The Postmark MCP server allows users to interact with Postmark via AI
            # agents"; "emails sent by the MCP tool"
            # DSL gap: that the tool's code comes from a public registry name that the
            # vendor never registered, and that upgrades pull new versions without
            # review, cannot be said; modelled as a third-party tool fed by npm.
            mcp = tm.add(
                tg.Tool(
                    "postmark-mcp server",
                    origin=tg.ToolOrigin.THIRD_PARTY,
                    capabilities={tg.Capability.SEND_MESSAGES, tg.Capability.NETWORK_EGRESS},
                )
            )

    tm.flow(npm, mcp, package, protocol="https", label="npm install and upgrade")
    tm.flow(employee, agent, request)
    tm.flow(agent, llm, context, protocol="https")
    tm.flow(llm, agent, completion, protocol="https")
    tm.flow(agent, mcp, email, protocol="stdio", label="send e-mail")
    tm.flow(mcp, agent, result, protocol="stdio")
    tm.flow(mcp, postmark, email, protocol="https")
    tm.flow(postmark, clients, email, protocol="smtp")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "The bad actor impersonated Postmark by publishing ... `postmark-mcp` ... to npm"
    1: ("npm-registry", "npm-registry->postmark-mcp-server"),
    # "By waiting for users to adopt a legitimate version of `postmark-mcp` first"
    4: ("postmark-mcp-server", "npm-registry->postmark-mcp-server"),
    # "When organizations upgraded `postmark-mcp` to version `1.0.16`"
    5: ("postmark-mcp-server", "npm-registry->postmark-mcp-server"),
    # "Once configured with the organization's AI agents, the poisoned Postmark MCP
    # server's effects persist."
    6: ("postmark-mcp-server", "ai-agent->postmark-mcp-server"),
    # "instructed their AI agent to use tools provided by the poisoned Postmark MCP
    # Server, the malicious code was executed"
    7: ("postmark-mcp-server", "ai-agent->postmark-mcp-server"),
    # "the entire contents of their emails are exfiltrated ... via the address added
    # on the BCC line"
    8: ("postmark-mcp-server", "postmark-mcp-server->postmark-email-api"),
}
