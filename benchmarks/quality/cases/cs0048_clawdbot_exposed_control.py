"""AML.CS0048 Exposed ClawdBot Control Interfaces Leads to Credential Access and Execution.

The victim: a self-hosted ClawdBot personal AI assistant running in a container,
with a web control interface behind a proxy, a configuration file of credentials
for connected messaging services, an Anthropic-hosted model and a `bash` skill.

Edits after the first analysis (new DSL facts, Engine v2):

- Endpoint "Clawdbot Control": internet_facing=True ("identifying hundreds of ClawdBot
  control interfaces exposed on the public internet").
- Data "Messaging conversations": kind=DOCUMENTS ("conversation histories of any
  connected messaging services").
- Data "Agent context": kind=PROMPT ("The researcher prompted ClawdBot directly via the
  chat interface").
- Data "Model replies and tool calls": kind=MODEL_OUTPUT (the Anthropic model's replies;
  "it replied with its contents").
- Data "Service credentials": kind=CREDENTIALS ("Anthropic API Keys - Telegram Bot
  Tokens - Slack Oauth Credentials").
- Data "System prompt": kind=INSTRUCTIONS ("`SOUL.md` (the file containing ClawdBot's
  system prompt)").
- Data "Environment secrets": kind=CREDENTIALS ("executing the `env` command, which
  contained additional secrets").
- Data "Shell commands": kind=TOOL_CALL ("invoking its `bash` skill and executing the
  `env` command").
- Data "Command output": kind=TOOL_RESULT (what the `bash` skill returns to ClawdBot).
- Data "Chat history": kind=DOCUMENTS ("chat history with the user including deleting or
  modifying messages").
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0048"
NAME = "Exposed ClawdBot Control Interfaces Leads to Credential Access and Execution"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # An agent with a shell, holding the owner's messaging credentials and chats.
        profile=tg.RiskProfile.HIGH,
        description="Self-hosted personal AI assistant with a web control interface.",
    )
    web_req = tg.Data("Control interface requests", sensitivity=tg.Sensitivity.CONFIDENTIAL)
    dashboard = tg.Data("Dashboard views", sensitivity=tg.Sensitivity.SECRET)
    chat = tg.Data("Chat prompts and replies", sensitivity=tg.Sensitivity.PII)
    messages = tg.Data(
        "Messaging conversations", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.DOCUMENTS
    )
    context = tg.Data("Agent context", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)
    completion = tg.Data(
        "Model replies and tool calls",
        sensitivity=tg.Sensitivity.PII,
        kind=tg.DataKind.MODEL_OUTPUT,
    )
    creds = tg.Data(
        "Service credentials",
        sensitivity=tg.Sensitivity.SECRET,
        description="Anthropic API keys, Telegram bot tokens, Slack OAuth, Signal linking URIs.",
        kind=tg.DataKind.CREDENTIALS,
    )
    system_prompt = tg.Data(
        "System prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.INSTRUCTIONS
    )
    env = tg.Data(
        "Environment secrets", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.CREDENTIALS
    )
    commands = tg.Data(
        "Shell commands", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_CALL
    )
    output = tg.Data(
        "Command output", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.TOOL_RESULT
    )
    history = tg.Data("Chat history", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.DOCUMENTS)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "hundreds of exposed ClawdBot control interfaces on the public internet"
        visitor = tm.add(tg.Actor("Internet client", role="anyone who reaches the interface"))

    with tm.boundary("Messaging platforms", trust=tg.Trust.PARTNER):
        # "It answers you on the channels you already use": "Telegram, Slack, Discord,
        # Signal, WhatsApp"
        # DSL gap: that the tokens in the configuration give their holder direct
        # access to these accounts (history, sending as the owner) cannot be said;
        # only the flows through the agent are modelled.
        messaging = tm.add(tg.ExternalService("Messaging platforms"))

    with tm.boundary("Anthropic", trust=tg.Trust.PARTNER):
        # "Anthropic API Keys"
        llm = tm.add(tg.LLM("Anthropic model", origin=tg.ModelOrigin.THIRD_PARTY_API))

    with tm.boundary("Owner devices", trust=tg.Trust.INTERNAL):
        # "a personal AI assistant you run on your own devices"
        owner = tm.add(tg.Actor("Owner", role="assistant owner", privileged=True))

    with tm.boundary("ClawdBot container", trust=tg.Trust.INTERNAL):
        # DSL gap: the interface is meant for the owner but is reachable from the
        # internet by how it was deployed, and the proxy in front of it made remote
        # requests look local so that authentication was skipped. Neither a
        # deployment exposure nor a proxy that defeats the authentication behind it
        # can be said; modelled as an internet client reaching a reverse proxy.
        proxy = tm.add(tg.Service("Reverse proxy"))
        # "ClawdBot's web-based control interface, 'Clawdbot Control'"; "some without
        # authentication enabled", others "had authentication enabled"
        # DSL gap: authentication that is optional per instance cannot be said; it is
        # declared because the case says the mechanism exists.
        control = tm.add(
            tg.Endpoint(
                "Clawdbot Control",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                controls={c.Authentication(note="optional: enabled on some instances only")},
            )
        )
        # "The researcher prompted ClawdBot directly via the chat interface"; the case
        # names no approval step before it ran `env`.
        agent = tm.add(tg.Agent("ClawdBot agent", autonomy=tg.Autonomy.AUTONOMOUS))
        # "execute commands via it's `bash` skill, which ... led to root access in the
        # ClawdBot container"
        # DSL gap: that the skill runs as root inside the container cannot be said.
        bash = tm.add(
            tg.Tool(
                "bash skill",
                capabilities={
                    tg.Capability.READ,
                    tg.Capability.WRITE,
                    tg.Capability.DELETE,
                    tg.Capability.EXECUTE_CODE,
                    tg.Capability.NETWORK_EGRESS,
                },
            )
        )
        # "credentials ... stored in plaintext in ClawdBot's configuration file
        # (`~/.clawdbot/clawdbot.json`, which is visible in the ClawdBot dashboard"
        # DSL gap: credentials in a plaintext agent configuration file; modelled as a
        # store of secrets that the control interface displays.
        config = tm.add(tg.DataStore("ClawdBot configuration", stores={creds}))
        # "`cat SOUL.md` (the file containing ClawdBot's system prompt)"
        # DSL gap: a system prompt kept as a file in the agent's workspace; modelled
        # as a store read into the agent.
        soul = tm.add(tg.DataStore("SOUL.md", stores={system_prompt}))
        # "`env` ... contained additional secrets for other services"
        environment = tm.add(tg.DataStore("Container environment", stores={env}))
        # "Manipulation of user chat history with the ClawdBot AI agent"
        chats = tm.add(tg.DataStore("Chat history", stores={history}))

    tm.flow(visitor, proxy, web_req, protocol="https")
    tm.flow(proxy, control, web_req)
    tm.flow(control, proxy, dashboard)
    tm.flow(proxy, visitor, dashboard, protocol="https")
    tm.flow(config, control, creds, label="configuration shown in the dashboard")
    tm.flow(control, agent, chat, label="chat interface")
    tm.flow(agent, control, chat)

    tm.flow(owner, messaging, messages, protocol="https")
    tm.flow(messaging, agent, messages, protocol="https")
    tm.flow(agent, messaging, messages, protocol="https")
    tm.flow(config, agent, creds)

    tm.flow(soul, agent, system_prompt)
    tm.flow(agent, llm, context, protocol="https")
    tm.flow(llm, agent, completion, protocol="https")
    tm.flow(agent, chats, history)
    tm.flow(chats, agent, history)

    tm.flow(agent, bash, commands)
    tm.flow(bash, agent, output)
    tm.flow(environment, bash, env)
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "exploited a proxy misconfiguration ... to gain access to control interfaces"
    2: ("reverse-proxy", "clawdbot-control", "internet-client->reverse-proxy"),
    # "credentials ... stored in plaintext in ClawdBot's configuration file"
    3: ("clawdbot-configuration", "clawdbot-configuration->clawdbot-control"),
    # "able to prompt ClawdBot directly through the control interface"
    4: ("clawdbot-control->clawdbot-agent", "clawdbot-agent"),
    # "prompted ClawdBot to `cat SOUL.md` ... and it replied with its contents"
    5: ("clawdbot-agent", "clawdbot-agent->clawdbot-control"),
    # "prompted ClawdBot with `env` ... invoking its `bash` skill"
    6: ("bash-skill", "container-environment->bash-skill"),
    # "prompted ClawdBot with `root` ... invoking its 'bash` skill logged in as root"
    7: ("bash-skill", "clawdbot-agent->bash-skill"),
    # "could have used the found Anthropic API Keys to manipulate ... chat history"
    8: ("chat-history", "clawdbot-agent->chat-history"),
    # "exfiltrate entire private conversation histories ... from any connected
    # messaging apps"
    9: ("messaging-platforms", "clawdbot-configuration"),
}
