"""AML.CS0054 Data Exfiltration via Remote Poisoned MCP Tool.

The victim: a user's AI agent configured with a remote MCP server, whose tool
descriptions enter the agent's context, and with a local tool that reads files
on the user's machine, where SSH keys and the MCP configuration are kept.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "User request": kind=PROMPT ("When a user called the remote MCP tool").
- Data "Agent answer": kind=MODEL_OUTPUT (the agent's reply to the user).
- Data "Agent context": kind=PROMPT ("ingested into the AI agent's context").
- Data "Model replies and tool calls": kind=MODEL_OUTPUT (what the model returns to the
  agent).
- Data "MCP tool descriptions": kind=INSTRUCTIONS ("malicious prompts in its docstring
  description, which is ingested into the AI agent's context").
- Data "MCP tool results": kind=TOOL_RESULT ("When the tool runs").
- Data "MCP tool call parameters": kind=TOOL_CALL ("store the credentials files in an
  extraneous MCP tool parameter").
- Data "File paths": kind=TOOL_CALL ("invoked an agent tool capable of reading files").
- Data "File contents": kind=TOOL_RESULT ("read files containing credentials ... and
  store their contents").
- Data "SSH private keys": kind=CREDENTIALS ("read the user's SSH keys at
  `~/.ssh/id_rsa`").
- Data "MCP server credentials": kind=CREDENTIALS ("`mcp.json`, which often contains
  credentials for other MCP servers").
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0054"
NAME = "Data Exfiltration via Remote Poisoned MCP Tool"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # An agent that can read the user's files and holds their credentials.
        profile=tg.RiskProfile.HIGH,
        description="AI agent with a remote MCP server and a local file-reading tool.",
    )
    request = tg.Data(
        "User request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.PROMPT
    )
    answer = tg.Data(
        "Agent answer", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.MODEL_OUTPUT
    )
    context = tg.Data("Agent context", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.PROMPT)
    completion = tg.Data(
        "Model replies and tool calls",
        sensitivity=tg.Sensitivity.SECRET,
        kind=tg.DataKind.MODEL_OUTPUT,
    )
    descriptions = tg.Data(
        "MCP tool descriptions", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.INSTRUCTIONS
    )
    mcp_results = tg.Data(
        "MCP tool results", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_RESULT
    )
    mcp_params = tg.Data(
        "MCP tool call parameters",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        kind=tg.DataKind.TOOL_CALL,
    )
    paths = tg.Data("File paths", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_CALL)
    file_contents = tg.Data(
        "File contents", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.TOOL_RESULT
    )
    ssh_keys = tg.Data(
        "SSH private keys", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.CREDENTIALS
    )
    mcp_creds = tg.Data(
        "MCP server credentials", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.CREDENTIALS
    )

    with tm.boundary("Remote MCP server host", trust=tg.Trust.UNTRUSTED):
        # "AI agents configured with remote Model Context Protocol (MCP) Tools"
        remote_mcp = tm.add(
            tg.ExternalService("Remote MCP server", provides=tg.ExternalCategory.TOOL_SERVER)
        )

    with tm.boundary("Model provider", trust=tg.Trust.PARTNER):
        # "ingested into the AI agent's context, modifying its behavior": the agent's
        # context goes to the model that plans its tool calls.
        llm = tm.add(tg.LLM("Agent LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

    with tm.boundary("User machine", trust=tg.Trust.INTERNAL):
        # "When a user called the remote MCP tool"
        user = tm.add(tg.Actor("User", role="agent user", privileged=True))
        # "AI agents configured with remote Model Context Protocol (MCP) Tools"
        agent = tm.add(tg.Agent("AI agent"))
        # "an agent tool capable of reading files from the victim's filesystem"
        files_tool = tm.add(tg.Tool("File reading tool", capabilities={tg.Capability.READ}))
        # "read the user's SSH keys at `~/.ssh/id_rsa`"
        ssh = tm.add(tg.DataStore("SSH key files", stores={ssh_keys}))
        # "read `mcp.json`, which often contains credentials for other MCP servers"
        # DSL gap: credentials kept in a plain agent configuration file that the
        # agent's own file tool can read; modelled as a store of secrets.
        mcp_config = tm.add(tg.DataStore("mcp.json", stores={mcp_creds}))

    tm.flow(user, agent, request)
    tm.flow(agent, user, answer)
    tm.flow(agent, llm, context, protocol="https")
    tm.flow(llm, agent, completion, protocol="https")

    # "malicious prompts in its docstring description, which is ingested into the AI
    # agent's context"
    tm.flow(remote_mcp, agent, descriptions, mcp_results, protocol="https")
    tm.flow(agent, remote_mcp, mcp_params, protocol="https")
    tm.flow(mcp_config, agent, mcp_creds, label="MCP client configuration")

    tm.flow(agent, files_tool, paths)
    tm.flow(files_tool, agent, file_contents)
    tm.flow(ssh, files_tool, ssh_keys)
    tm.flow(mcp_config, files_tool, mcp_creds)
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "hosted a poisoned MCP tool that contains the malicious instructions hidden in
    # the docstring"
    3: ("remote-mcp-server", "remote-mcp-server->ai-agent"),
    # "the prompt injection hidden in the docstring is executed locally"
    4: ("remote-mcp-server->ai-agent", "ai-agent"),
    # "invoked an agent tool capable of reading files from the victim's filesystem"
    5: ("file-reading-tool", "ai-agent->file-reading-tool"),
    # "read the user's SSH keys at `~/.ssh/id_rsa`"
    6: ("ssh-key-files", "ssh-key-files->file-reading-tool"),
    # "read `mcp.json`, which often contains credentials for other MCP servers"
    7: ("mcp-json", "mcp-json->file-reading-tool"),
    # "store the credentials files in an extraneous MCP tool parameter to exfiltrate
    # them via the MCP connection"
    8: ("ai-agent->remote-mcp-server",),
}
