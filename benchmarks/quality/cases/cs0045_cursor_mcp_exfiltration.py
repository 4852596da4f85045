"""AML.CS0045 Data Exfiltration via an MCP Server used by Cursor.

The victim: the Cursor coding agent on a developer's machine, which plans with a
hosted LLM, calls a third-party web-scraping MCP server and runs shell commands
through its `run_terminal_cmd` tool after asking the user.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "Developer request": kind=PROMPT ("When a user asks Cursor to use the tool to
  scrape a site").
- Data "Agent context": kind=PROMPT ("poisoned the context of the Cursor LLM").
- Data "Tool calls": kind=TOOL_CALL ("asked Cursor to use an MCP tool to scrape the
  malicious website").
- Data "Web pages": kind=DOCUMENTS ("hidden in the title tag of the webpage").
- Data "Scraped page content": kind=DOCUMENTS ("the contents of the malicious prompt was
  retrieved" from "the malicious web site").
- Data "Shell commands": kind=TOOL_CALL ("call command line tools via the
  `run_terminal_cmd` tool").
- Data "Command output": kind=TOOL_RESULT (what `run_terminal_cmd` returns to the
  agent).
- Data "Agent configuration credentials": kind=CREDENTIALS ("the `.openapi.apiKey` and
  `.cursor/mcp.json` credentials files").
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0045"
NAME = "Data Exfiltration via an MCP Server used by Cursor"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A coding agent with a shell on a developer's machine.
        profile=tg.RiskProfile.HIGH,
        description="Cursor agent with a web-scraping MCP tool and a terminal tool.",
    )
    request = tg.Data(
        "Developer request", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.PROMPT
    )
    context = tg.Data(
        "Agent context", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.PROMPT
    )
    tool_calls = tg.Data(
        "Tool calls", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_CALL
    )
    pages = tg.Data("Web pages", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.DOCUMENTS)
    scraped = tg.Data(
        "Scraped page content", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.DOCUMENTS
    )
    commands = tg.Data(
        "Shell commands", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.TOOL_CALL
    )
    output = tg.Data(
        "Command output", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.TOOL_RESULT
    )
    approval = tg.Data("Command approval prompt", sensitivity=tg.Sensitivity.INTERNAL)
    secrets = tg.Data(
        "Agent configuration credentials",
        sensitivity=tg.Sensitivity.SECRET,
        kind=tg.DataKind.CREDENTIALS,
    )
    http = tg.Data("Outbound HTTP requests", sensitivity=tg.Sensitivity.CONFIDENTIAL)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "When a user asks Cursor to use the tool to scrape a site": any site the
        # user names, and any server a shell command can reach.
        web = tm.add(tg.DataSource("Any website", origin=tg.Origin.PUBLIC_WEB, provides={pages}))

    with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
        # "poisoned the context of the Cursor LLM"
        llm = tm.add(tg.LLM("Cursor LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

    with tm.boundary("Developer machine", trust=tg.Trust.INTERNAL):
        developer = tm.add(tg.Actor("Developer", role="engineer", privileged=True))
        # "Cursor does prompt the user before executing the malicious command"
        agent = tm.add(tg.Agent("Cursor agent", autonomy=tg.Autonomy.SUPERVISED))
        # "Cursor's ability to call command line tools via the `run_terminal_cmd` tool.
        # Cursor prompted the user before executing a shell command"
        terminal = tm.add(
            tg.Tool(
                "run_terminal_cmd",
                capabilities={
                    tg.Capability.READ,
                    tg.Capability.WRITE,
                    tg.Capability.DELETE,
                    tg.Capability.EXECUTE_CODE,
                    tg.Capability.NETWORK_EGRESS,
                },
                controls={c.HumanInTheLoop(approver="the developer, before each shell command")},
            )
        )
        # "the victim's AI agent configuration files containing credentials":
        # "the `.openapi.apiKey` and `.cursor/mcp.json` credentials files"
        # DSL gap: credentials kept in plain agent configuration files that any
        # shell command can read; modelled as a data store of secrets read by the
        # terminal tool.
        config = tm.add(tg.DataStore("Cursor configuration files", stores={secrets}))

        with tm.boundary("MCP server process", trust=tg.Trust.PARTNER):
            # "a proof-of-concept MCP server capable of scraping webpages"
            scraper = tm.add(
                tg.Tool(
                    "Web scraping MCP server",
                    origin=tg.ToolOrigin.THIRD_PARTY,
                    capabilities={tg.Capability.READ, tg.Capability.NETWORK_EGRESS},
                )
            )

    tm.flow(developer, agent, request)
    tm.flow(agent, developer, approval, label="asks before running a command")
    tm.flow(agent, llm, context, protocol="https")
    tm.flow(llm, agent, tool_calls, protocol="https")

    # "the prompt is injected into Cursor's context"
    tm.flow(agent, scraper, tool_calls, label="scrape this URL")
    tm.flow(web, scraper, pages, protocol="https")
    tm.flow(scraper, agent, scraped)

    tm.flow(agent, terminal, commands)
    tm.flow(terminal, agent, output)
    tm.flow(config, terminal, secrets, label="files readable by shell commands")
    # "exfiltrated to the researcher's server via a `curl` command"
    tm.flow(terminal, web, http, label="network access of shell commands")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "The malicious prompt was hidden in the title tag of the webpage."
    3: ("any-website->web-scraping-mcp-server", "web-scraping-mcp-server->cursor-agent"),
    # "asked Cursor to use an MCP tool to scrape the malicious website"
    5: ("any-website->web-scraping-mcp-server", "web-scraping-mcp-server"),
    # "returned the injected prompt to the MCP client and poisoned the context"
    6: ("web-scraping-mcp-server->cursor-agent", "cursor-agent"),
    # "invoked Cursor's ability to call command line tools via `run_terminal_cmd`"
    7: ("cursor-agent->run-terminal-cmd", "run-terminal-cmd"),
    # "obscured via base64 encoding, making it less clear to the user"
    8: ("cursor-agent->developer", "cursor-agent->run-terminal-cmd"),
    # "located the `.openapi.apiKey` and `.cursor/mcp.json` credentials files"
    9: ("cursor-configuration-files", "cursor-configuration-files->run-terminal-cmd"),
    # "exfiltrated to the researcher's server via a `curl` command"
    10: ("run-terminal-cmd", "run-terminal-cmd->any-website"),
}
