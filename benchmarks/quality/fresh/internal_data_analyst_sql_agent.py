"""Internal data analyst SQL agent: the first design, before any security review.

Staff across the company ask business questions in plain language ("weekly churn
by region since March") in an internal chat web app, signed in through company
SSO. An LLM agent looks up table and metric descriptions in a schema catalogue,
writes SQL, runs it against the cloud data warehouse through a query tool that
holds one read-only service account, and answers with a summary and a chart. The
chart tool runs the plotting code the agent writes in a sandboxed container. The
language model is a vendor's hosted API under a zero-retention contract. The
warehouse holds EU customer records, orders, support notes and finance metrics,
loaded nightly from production databases; conversations are kept for follow-up
questions. The data team maintains the catalogue and the agent's instructions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Internal data analyst SQL agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that answers staff questions by running SQL on the data warehouse.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Staff question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answer = tg.Data(
    "Answer with chart",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Summary text, the SQL used, a result table excerpt and a chart image.",
)
id_token = tg.Data("SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
sign_in = tg.Data("SSO sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the question, schema context, earlier turns and query results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reasoning, SQL tool calls, plotting code and the final answer.",
)
schema_context = tg.Data(
    "Table and metric descriptions",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Table docs, column meanings, metric definitions and example queries.",
)
sql_call = tg.Data("SQL query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
query_results = tg.Data(
    "Query results",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Result rows, capped at 10,000 rows; may include customer names, e-mails "
    "and free-text support notes.",
)
chart_code = tg.Data("Plotting code and data", kind="code", sensitivity=tg.Sensitivity.PII)
chart_image = tg.Data("Chart image", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
customer_records = tg.Data(
    "Customer and order records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="EU customers' identities, contact details, orders and support notes "
    "(free text written by customers and agents).",
)
finance_metrics = tg.Data(
    "Sales and finance metrics",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
conversations = tg.Data(
    "Conversation history",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, generated SQL, result excerpts and answers, per user and thread.",
)
agent_instructions = tg.Data(
    "Agent instructions", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
warehouse_key = tg.Data(
    "Warehouse service account key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Any employee: sales, finance, marketing, support leads.
    staff = tm.add(tg.Actor("Staff member", role="employee"))
    # Data team: curates the catalogue and the agent's instructions.
    data_team = tm.add(tg.Actor("Data team engineer", role="analytics engineer", privileged=True))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Company SSO (hosted IdP) that signs staff in to the chat app.
    sso = tm.add(tg.ExternalService("Company SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that plans, writes SQL and plotting code, and drafts answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review done; zero-retention API terms")},
        )
    )

with tm.boundary("Internal apps VPC", trust=tg.Trust.INTERNAL):
    # Chat web app that staff use; only reachable over the corporate VPN.
    chat_app = tm.add(
        tg.Endpoint(
            "Analyst chat app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )
    # The agent loop: retrieves schema context, calls the LLM, runs tools.
    agent = tm.add(
        tg.Agent(
            "SQL analyst agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            memory=True,
            description="Runs queries and charts without asking; the user sees the SQL afterwards.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Runs the agent's SQL on the warehouse under a single service account.
    sql_tool = tm.add(
        tg.Tool(
            "SQL query tool",
            capabilities={"read"},
            description="Executes the agent's SQL with a read-only warehouse role that can read "
            "every analytics schema; 60-second timeout.",
            controls={
                c.LeastPrivilegeTools(note="read-only warehouse role; no DDL or DML"),
                c.SecretsManagement(note="service account key read from the cloud secret manager"),
            },
        )
    )
    # Executes agent-written Python plotting code to draw charts.
    chart_tool = tm.add(
        tg.Tool(
            "Chart tool",
            capabilities={"execute-code"},
            description="Runs matplotlib code in a short-lived container.",
            controls={c.Sandboxing(note="gVisor container, no network, 30-second limit")},
        )
    )
    # Table docs and metric definitions, embedded for retrieval.
    catalogue = tm.add(tg.VectorStore("Schema catalogue", stores={schema_context}))
    # Threads kept so staff can ask follow-up questions.
    history = tm.add(tg.DataStore("Conversation store", stores={conversations}))

with tm.boundary("Data platform", trust=tg.Trust.RESTRICTED):
    # The company's cloud data warehouse.
    warehouse = tm.add(
        tg.DataStore(
            "Data warehouse",
            stores={customer_records, finance_metrics},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(note="warehouse roles for people and service accounts"),
                c.AuditLogging(retention_days=365, note="warehouse query history"),
            },
        )
    )
    # Production databases the nightly ELT copies from.
    prod_dbs = tm.add(
        tg.DataSource(
            "Production databases",
            origin=tg.Origin.INTERNAL,
            provides={customer_records, finance_metrics},
        )
    )
    # Nightly ELT into the warehouse.
    elt = tm.add(tg.Pipeline("Nightly ELT jobs", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(staff, sso, sign_in, protocol="https")
tm.flow(sso, chat_app, id_token, protocol="oidc")

# asking and answering
tm.flow(staff, chat_app, question, protocol="https")
tm.flow(chat_app, staff, answer, protocol="https")
tm.flow(chat_app, agent, question, protocol="https")
tm.flow(agent, chat_app, answer, protocol="https")

# agent loop
tm.flow(agent, catalogue, question, label="similarity query")
tm.flow(catalogue, agent, schema_context, label="retrieved context")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, sql_tool, sql_call)
tm.flow(sql_tool, agent, query_results)
tm.flow(agent, chart_tool, chart_code)
tm.flow(chart_tool, agent, chart_image)
tm.flow(agent, history, conversations)
tm.flow(history, agent, conversations, label="earlier turns")

# warehouse
tm.flow(sql_tool, warehouse, sql_call, warehouse_key, protocol="https")
tm.flow(warehouse, sql_tool, query_results, protocol="https")
tm.flow(prod_dbs, elt, customer_records, finance_metrics, protocol="tls")
tm.flow(elt, warehouse, customer_records, finance_metrics, protocol="https")

# data team
tm.flow(data_team, catalogue, schema_context, protocol="https")
tm.flow(data_team, agent, agent_instructions, protocol="https", label="deploys instructions")
