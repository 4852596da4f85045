"""Multi-agent research pipeline: the first design, before any security review.

Analysts ask the research workbench for a brief on a company. A planner agent
splits the request into tasks for three specialist agents: a web-research agent
that searches and reads public web pages and regulatory filings, a data agent
that writes SQL against the firm's licensed market-data warehouse, and a code
agent that runs Python in a sandbox to compute figures and draw charts. A writer
agent assembles the draft brief from the shared task memory. The analyst reviews
and edits it in the workbench, and only an approved brief is published to the
client research portal. Every agent calls the same hosted LLM API (the vendor
passed our vendor review). Analysts sign in with corporate SSO, the planner has
a step budget, the code sandbox has no host access, the SQL tool uses a read-only
warehouse account, and the warehouse is encrypted and role-restricted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Multi-agent research pipeline",
    profile=tg.RiskProfile.HIGH,
    description="Agents draft company research briefs for analysts; analysts approve "
    "them before clients see them.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Research request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Company, angle and questions; reveals what the firm is looking at.",
)
plan = tg.Data("Task plan", kind="instructions", sensitivity=tg.Sensitivity.CONFIDENTIAL)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, task, memory excerpts and tool results sent to the LLM.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
search_call = tg.Data(
    "Search and fetch call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
web_pages = tg.Data(
    "Web pages and filings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="News, company sites, forums and regulatory filings, as fetched.",
)
sql_query = tg.Data("SQL query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
market_data = tg.Data(
    "Licensed market data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Prices, fundamentals and estimates under vendor licences that forbid redistribution.",
)
query_result = tg.Data("Query result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
python_code = tg.Data("Generated Python", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
figures = tg.Data(
    "Computed figures and charts", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
findings = tg.Data(
    "Task findings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Each agent's notes, sources, tables and intermediate results.",
)
draft = tg.Data("Draft brief", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
review = tg.Data(
    "Analyst edits and approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
brief = tg.Data(
    "Published brief",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the web-research agent reads: anyone can publish a page here.
    web = tm.add(
        tg.DataSource(
            "Public web and filings",
            origin=tg.Origin.PUBLIC_WEB,
            provides={web_pages},
            description="Search engine results, company sites, news and filing databases.",
        )
    )
    # The firm's clients, who read published briefs.
    client = tm.add(tg.Actor("Client", role="client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # One model behind every agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="zero-retention enterprise terms")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Asks for the brief, reviews the draft and approves publication.
    analyst = tm.add(tg.Actor("Research analyst", role="analyst"))

with tm.boundary("Research platform", trust=tg.Trust.INTERNAL):
    # Web app where analysts submit requests and review drafts.
    workbench = tm.add(
        tg.Endpoint(
            "Research workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Breaks the request into tasks and hands them out.
    planner = tm.add(
        tg.Agent(
            "Planner agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Searches and reads the public web and filings.
    web_agent = tm.add(tg.Agent("Web-research agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Turns questions into SQL against the market-data warehouse.
    data_agent = tm.add(tg.Agent("Data agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Writes and runs Python for figures and charts.
    code_agent = tm.add(tg.Agent("Code agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Assembles the brief; the analyst acts on what it writes.
    writer = tm.add(tg.Agent("Writer agent", autonomy=tg.Autonomy.ASSISTIVE))
    # Shared scratchpad every agent reads and writes during a request.
    memory = tm.add(tg.VectorStore("Task memory store", stores={plan, findings}, memory=True))
    # Search API plus a page fetcher that returns page text.
    web_tool = tm.add(
        tg.Tool(
            "Web search and fetch tool",
            capabilities={"read", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Runs the data agent's SQL on the warehouse.
    sql_tool = tm.add(
        tg.Tool(
            "SQL query tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only warehouse service account")},
        )
    )
    # Container that executes the code agent's Python.
    sandbox = tm.add(
        tg.Tool(
            "Python sandbox",
            capabilities={"execute-code"},
            controls={c.Sandboxing(note="gVisor container, no host mounts")},
        )
    )

with tm.boundary("Market-data warehouse", trust=tg.Trust.RESTRICTED):
    # The firm's licensed market and fundamentals data.
    warehouse = tm.add(
        tg.DataStore(
            "Market-data warehouse",
            stores={market_data},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("Client distribution", trust=tg.Trust.INTERNAL):
    # Where clients read the approved briefs.
    portal = tm.add(
        tg.Service(
            "Client research portal",
            internet_facing=True,
            controls={
                c.Authentication(method="client SSO"),
                c.HumanInTheLoop(approver="the requesting analyst"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Request and review
tm.flow(analyst, workbench, request, review, protocol="https")
tm.flow(workbench, analyst, draft, protocol="https")
tm.flow(workbench, planner, request)
tm.flow(writer, workbench, draft)
tm.flow(workbench, portal, brief, protocol="https", label="publish after approval")
tm.flow(portal, client, brief, protocol="https")

# Every agent calls the hosted LLM
for agent in (planner, web_agent, data_agent, code_agent, writer):
    tm.flow(agent, llm, agent_prompt, protocol="https")
    tm.flow(llm, agent, completion, protocol="https")

# Planning and shared memory
tm.flow(planner, memory, plan)
tm.flow(memory, planner, findings, label="task status")
for agent in (web_agent, data_agent, code_agent, writer):
    tm.flow(planner, agent, plan, label="task")
for agent in (web_agent, data_agent, code_agent):
    tm.flow(agent, memory, findings)
tm.flow(memory, code_agent, findings, label="inputs to compute")
tm.flow(memory, writer, findings, plan)

# Web research
tm.flow(web_agent, web_tool, search_call)
tm.flow(web_tool, web_agent, web_pages)
tm.flow(web_tool, web, search_call, protocol="https")
tm.flow(web, web_tool, web_pages, protocol="https")

# Market data
tm.flow(data_agent, sql_tool, sql_query)
tm.flow(sql_tool, data_agent, query_result)
tm.flow(sql_tool, warehouse, sql_query, protocol="https")
tm.flow(warehouse, sql_tool, market_data, protocol="https")

# Computation
tm.flow(code_agent, sandbox, python_code)
tm.flow(sandbox, code_agent, figures)
