"""AML.CS0050 OpenClaw 1-Click Remote Code Execution.

The victim: OpenClaw, a personal AI agent run on the user's own machine, with a
Gateway API on localhost that a browser-based control interface drives with a
Gateway token, and an exec tool that runs commands in a docker sandbox after
asking the user.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "Gateway token": kind=CREDENTIALS ("sending the Gateway token"; "used the stolen
  Gateway token to authenticate").
- Data "Agent configuration": kind=INSTRUCTIONS ("modify the OpenClaw agent
  configuration to disable user confirmation").
- Data "Chat messages": kind=DOCUMENTS ("It answers you on the chat apps you already
  use").
- Data "Agent context": kind=PROMPT (what the OpenClaw agent sends to its model).
- Data "Model replies and tool calls": kind=MODEL_OUTPUT (what the model returns to the
  OpenClaw agent).
- Data "Shell commands": kind=TOOL_CALL ("a `node.invoke` (OpenClaw's RPC mechanism)
  request"; "allowing shell commands to be run").
- Data "Command output": kind=TOOL_RESULT (what the exec tool returns to the agent).
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0050"
NAME = "OpenClaw 1-Click Remote Code Execution"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # An agent that runs shell commands on the user's own machine.
        profile=tg.RiskProfile.HIGH,
        description="Self-hosted AI agent with a localhost Gateway API and an exec tool.",
    )
    pages = tg.Data("Web pages and scripts", sensitivity=tg.Sensitivity.PUBLIC)
    links = tg.Data("Visited links", sensitivity=tg.Sensitivity.PUBLIC)
    ui_url = tg.Data("Control interface URL and query string", sensitivity=tg.Sensitivity.INTERNAL)
    gateway_token = tg.Data(
        "Gateway token", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.CREDENTIALS
    )
    rpc = tg.Data("Gateway API calls", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    status = tg.Data("Gateway events", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    settings = tg.Data(
        "Agent configuration",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        description="Exec approvals and tools.exec.host, among others.",
        kind=tg.DataKind.INSTRUCTIONS,
    )
    messages = tg.Data("Chat messages", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.DOCUMENTS)
    context = tg.Data("Agent context", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)
    completion = tg.Data(
        "Model replies and tool calls",
        sensitivity=tg.Sensitivity.PII,
        kind=tg.DataKind.MODEL_OUTPUT,
    )
    commands = tg.Data(
        "Shell commands", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_CALL
    )
    output = tg.Data(
        "Command output", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.TOOL_RESULT
    )
    host_files = tg.Data("Host files", sensitivity=tg.Sensitivity.CONFIDENTIAL)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "when the victim clicks a malicious link": any website the user visits
        web = tm.add(tg.DataSource("Any website", origin=tg.Origin.PUBLIC_WEB, provides={pages}))

    with tm.boundary("Chat apps", trust=tg.Trust.PARTNER):
        # "It answers you on the chat apps you already use."
        chat_apps = tm.add(tg.ExternalService("Chat apps"))

    with tm.boundary("Model provider", trust=tg.Trust.PARTNER):
        # "Your keys." The agent calls a hosted model with the user's own key.
        llm = tm.add(tg.LLM("Hosted model", origin=tg.ModelOrigin.THIRD_PARTY_API))

    with tm.boundary("User machine", trust=tg.Trust.INTERNAL):
        # "OpenClaw runs where you choose - laptop, homelab, or VPS."
        user = tm.add(tg.Actor("User", role="owner of the assistant", privileged=True))
        # "a client-side JavaScript script is executed on the victim's browser"
        # DSL gap: the browser runs scripts from any website on the same machine as
        # a localhost-only service, so a page can open WebSockets to localhost
        # (Cross-Site WebSocket Hijacking); same-origin and localhost reachability
        # cannot be said. Modelled as a browser fed by any website.
        browser = tm.add(tg.Service("Web browser"))
        # "OpenClaw's control interface trusts the `gatewayUrl` query string without
        # validation and auto-connects on load, sending the Gateway token"
        # DSL gap: a client that takes the server it connects to (and sends its
        # token to) from a URL parameter cannot be said; the token is data on the
        # interface's flow to the gateway.
        control_ui = tm.add(tg.Service("OpenClaw control interface"))
        # "allowing shell commands to be run directly on the host machine"
        host = tm.add(tg.DataStore("Host file system", stores={host_files}))

        # "bypass localhost restrictions to the OpenClaw Gateway API"
        with tm.boundary("Localhost services", trust=tg.Trust.RESTRICTED):
            # "uses the stolen token to authenticate"
            gateway = tm.add(
                tg.Endpoint(
                    "OpenClaw Gateway API",
                    purpose=tg.EndpointPurpose.API,
                    controls={c.Authentication(method="Gateway token")},
                )
            )
            # "OpenClaw's security feature that prompts users before running
            # potentially dangerous commands"
            agent = tm.add(tg.Agent("OpenClaw agent", autonomy=tg.Autonomy.SUPERVISED))
            # "modify the OpenClaw agent configuration to disable user confirmation and
            # escape the container"
            # DSL gap: the approval and sandbox controls below are themselves settings
            # in this store, which the Gateway API can change at run time; a control
            # that can be switched off through an API cannot be said.
            config = tm.add(tg.DataStore("OpenClaw agent configuration", stores={settings}))
            # "run commands directly on the host machine instead of inside a docker
            # container"; "prompts users before running potentially dangerous commands"
            exec_tool = tm.add(
                tg.Tool(
                    "exec tool",
                    capabilities={
                        tg.Capability.READ,
                        tg.Capability.WRITE,
                        tg.Capability.DELETE,
                        tg.Capability.EXECUTE_CODE,
                        tg.Capability.NETWORK_EGRESS,
                    },
                    controls={
                        c.Sandboxing(note="docker container, unless tools.exec.host is changed"),
                        c.HumanInTheLoop(approver="the user, per exec approvals settings"),
                    },
                )
            )

    tm.flow(user, browser, links, label="clicks links")
    tm.flow(web, browser, pages, protocol="https")
    tm.flow(browser, control_ui, ui_url, label="opens the control interface")
    tm.flow(control_ui, gateway, gateway_token, rpc, protocol="websocket")
    tm.flow(gateway, control_ui, status, protocol="websocket")

    tm.flow(gateway, config, settings, label="exec.approvals.set, config.patch")
    tm.flow(config, agent, settings)
    tm.flow(config, exec_tool, settings)
    tm.flow(gateway, agent, rpc, label="node.invoke and chat")
    tm.flow(agent, gateway, status)

    tm.flow(chat_apps, agent, messages, protocol="https")
    tm.flow(agent, chat_apps, messages, protocol="https")
    tm.flow(agent, llm, context, protocol="https")
    tm.flow(llm, agent, completion, protocol="https")

    tm.flow(agent, exec_tool, commands)
    tm.flow(exec_tool, agent, output)
    tm.flow(exec_tool, host, host_files)
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "When the victim clicked the link ... the malicious JavaScript script executes"
    3: ("web-browser", "any-website->web-browser"),
    # "trusts the `gatewayUrl` query string without validation ... sending the
    # Gateway token to the researcher's server"
    4: ("openclaw-control-interface", "web-browser->openclaw-control-interface"),
    # "Cross-Site WebSocket Hijacking (CSWSH) to bypass localhost network restrictions"
    5: ("openclaw-gateway-api", "openclaw-control-interface->openclaw-gateway-api"),
    # "used the stolen Gateway token to authenticate"
    6: ("openclaw-gateway-api", "openclaw-control-interface->openclaw-gateway-api"),
    # "disabled OpenClaw's security feature that prompts users"
    7: ("openclaw-agent-configuration", "openclaw-gateway-api->openclaw-agent-configuration"),
    # "disabled OpenClaw's sandboxing, forcing the agent to run commands directly on
    # the host"
    8: ("exec-tool", "openclaw-agent-configuration->exec-tool"),
    # "achieved remote code execution by sending a `node.invoke` ... request"
    9: ("openclaw-gateway-api->openclaw-agent", "exec-tool"),
}
