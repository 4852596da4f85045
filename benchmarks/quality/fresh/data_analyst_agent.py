"""Data analyst agent: the first design, before any security review.

An internal analytics assistant for business users (sales, finance, marketing).
A user signs in with corporate SSO and asks a question in the analytics web UI.
An agent service sends the question, the warehouse schema and relevant metric
definitions to an LLM hosted by a vendor; the LLM writes SQL and Python, which
the agent runs through a notebook tool in a sandboxed notebook service. The
notebook connects to the data warehouse with one shared read-only service role
and returns tables and charts. A wiki tool lets the agent read metric
definitions from the company wiki, which any employee can edit. Sessions are
kept so that users can ask follow-up questions.
Controls in this design: SSO on the UI, a step limit on the agent loop, a
sandboxed notebook runtime with the warehouse credential from the vault, a
read-only warehouse role, and the warehouse's own encryption and query logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Data analyst agent",
    profile=tg.RiskProfile.HIGH,
    description="Internal agent that answers business questions with SQL, Python and charts.",
)

# ---------------------------------------------------------------- data assets
sso_credentials = tg.Data("SSO credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
sso_token = tg.Data("SSO session token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
question = tg.Data("Business question", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, schema, metric definitions, the question and earlier results.",
)
llm_response = tg.Data(
    "LLM tool calls",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Generated SQL and Python, and which tool to call next.",
)
code = tg.Data("Generated SQL and Python", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code")
results = tg.Data(
    "Query results and charts",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Result tables (may include customer rows) and rendered chart images.",
)
answer = tg.Data("Answer with charts", sensitivity=tg.Sensitivity.PII, kind="model-output")
warehouse_records = tg.Data(
    "Warehouse tables",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Customers, orders, revenue, HR headcount and marketing data.",
)
sql_query = tg.Data("Warehouse SQL query", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code")
wiki_query = tg.Data("Wiki search query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
wiki_pages = tg.Data(
    "Metric definition pages", sensitivity=tg.Sensitivity.INTERNAL, kind="documents"
)
session_history = tg.Data("Session history", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Employees in business teams who ask the questions.
    business_user = tm.add(tg.Actor("Business user", role="employee"))
    # Confluence-style wiki; every employee can create and edit pages.
    wiki = tm.add(
        tg.DataSource(
            "Company wiki",
            origin=tg.Origin.INTERNAL,
            provides={wiki_pages},
            description="Metric definitions live here next to everything else employees write.",
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO (SaaS) that signs users in to the analytics UI.
    sso = tm.add(tg.ExternalService("Corporate SSO", provides="identity-provider"))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Web UI and API where users ask questions and see answers and charts.
    ui = tm.add(
        tg.Endpoint(
            "Analytics chat UI",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via corporate SSO")},
        )
    )
    # Plans the analysis, calls the LLM and the tools until it has an answer.
    agent = tm.add(
        tg.Agent(
            "Analyst agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs generated queries without asking; the user sees the code afterwards.",
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Keeps each user's sessions so follow-up questions have context.
    session_store = tm.add(tg.DataStore("Session store", stores={session_history}))
    # Tool the agent calls to execute SQL and Python in the notebook service.
    notebook_tool = tm.add(
        tg.Tool(
            "Notebook execution tool",
            capabilities={"read", "execute-code"},
            origin="first-party",
        )
    )
    # Tool the agent calls to search the wiki for metric definitions.
    wiki_tool = tm.add(tg.Tool("Wiki lookup tool", capabilities={"read"}, origin="first-party"))

    with tm.boundary("Notebook sandbox", trust=tg.Trust.INTERNAL):
        # Managed Jupyter-style kernels that run the generated code and render charts.
        notebook = tm.add(
            tg.Service(
                "Sandboxed notebook service",
                description="Per-session containers; connects to the warehouse as one shared role.",
                controls={
                    c.Sandboxing(note="per-session container, no host mounts"),
                    c.SecretsManagement(note="warehouse credential injected from the vault"),
                },
            )
        )

with tm.boundary("Data platform", trust=tg.Trust.RESTRICTED):
    # The company's cloud data warehouse: the data every answer comes from.
    warehouse = tm.add(
        tg.DataStore(
            "Data warehouse",
            stores={warehouse_records},
            controls={
                c.RBAC(note="the agent's service role is read-only"),
                c.EncryptionAtRest(key_management="warehouse-managed keys"),
                c.AuditLogging(retention_days=90),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the SQL, Python and the narrative answer.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

# ---------------------------------------------------------------- flows
tm.flow(business_user, sso, sso_credentials, protocol="https")
tm.flow(sso, business_user, sso_token, protocol="https")
tm.flow(business_user, ui, question, sso_token, protocol="https")
tm.flow(ui, business_user, answer, protocol="https")

tm.flow(ui, agent, question)
tm.flow(agent, ui, answer)
tm.flow(session_store, agent, session_history, label="load session")
tm.flow(agent, session_store, session_history, label="save turn")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, llm_response, protocol="https")

tm.flow(agent, wiki_tool, wiki_query)
tm.flow(wiki_tool, agent, wiki_pages)
tm.flow(wiki_tool, wiki, wiki_query, protocol="https")
tm.flow(wiki, wiki_tool, wiki_pages, protocol="https")

tm.flow(agent, notebook_tool, code)
tm.flow(notebook_tool, agent, results)
tm.flow(notebook_tool, notebook, code, protocol="https")
tm.flow(notebook, notebook_tool, results, protocol="https")

tm.flow(notebook, warehouse, sql_query, protocol="https")
tm.flow(warehouse, notebook, warehouse_records, protocol="https")
