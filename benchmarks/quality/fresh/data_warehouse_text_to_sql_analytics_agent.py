"""Text-to-SQL analytics agent on the data warehouse: the first design, before security review.

Merchandisers, store operations and marketing staff of a European retailer ask
business questions in plain language ("which stores sold under plan last week?")
in an internal analytics web app, signed in through the corporate SSO. An LLM
agent reads the semantic layer (table descriptions, metric definitions, example
queries), has a hosted LLM write SQL, runs it through a read-only query tool on
the cloud data warehouse and returns a table, plus a chart drawn by a plotting
tool that runs generated Python in a container. The warehouse holds sales,
inventory and loyalty-customer marts loaded nightly from the POS and e-commerce
systems. The query tool uses one shared SELECT-only service role whose password
sits in the secrets vault; the warehouse is encrypted and logs every query.
Conversations and generated SQL are kept in a history store so users can re-run
past questions. The model is an enterprise API from a vetted vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Data warehouse text-to-SQL analytics agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Natural-language questions turned into SQL on the retail data warehouse, "
    "answered with tables and charts for business users.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Business question", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
sso_token = tg.Data("SSO identity token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
llm_prompt = tg.Data(
    "SQL generation prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, the question, the relevant schema and metric definitions, "
    "and sample rows of earlier results for follow-up questions.",
)
llm_output = tg.Data(
    "Generated SQL and narrative", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
semantic_defs = tg.Data(
    "Schema and metric definitions",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="retrieved-context",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sql_call = tg.Data("SQL query", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
query_results = tg.Data(
    "Query result rows",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Aggregates, and row-level loyalty-customer data when a question asks for it.",
)
sales = tg.Data(
    "Sales and inventory records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
loyalty = tg.Data(
    "Loyalty customer records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, e-mail addresses, postcodes and purchase histories of loyalty members.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
pos_extract = tg.Data(
    "POS and e-commerce transactions", sensitivity=tg.Sensitivity.PII, kind="records"
)
plot_code = tg.Data("Chart plotting code", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code")
chart = tg.Data("Rendered chart", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="media")
answer = tg.Data("Answer table and chart", sensitivity=tg.Sensitivity.PII, kind="model-output")
history = tg.Data("Conversation and query history", sensitivity=tg.Sensitivity.PII, kind="logs")
wh_password = tg.Data(
    "Warehouse service account password", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people the tool is for: head-office and regional staff on managed laptops.
    business_user = tm.add(
        tg.Actor("Business user", role="merchandiser or store operations analyst")
    )
    # Maintains the semantic layer that tells the agent what tables and metrics mean.
    analytics_engineer = tm.add(
        tg.Actor("Analytics engineer", role="analytics engineer", privileged=True)
    )

with tm.boundary("SaaS identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO; the analytics app only accepts its tokens.
    idp = tm.add(
        tg.ExternalService("Corporate SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the SQL and the short narrative; enterprise API under a no-retention agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="procurement security review, zero data retention terms")
            },
        )
    )

with tm.boundary("Analytics platform VPC", trust=tg.Trust.INTERNAL):
    # The web app business users open; serves the chat UI and the result tables.
    app = tm.add(
        tg.Endpoint(
            "Analytics chat app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # Plans the answer: picks tables, asks the LLM for SQL, runs it, retries on errors.
    agent = tm.add(
        tg.Agent(
            "Text-to-SQL agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Generates and runs queries without asking the user first.",
            controls={c.CircuitBreaker(max_steps=8, note="at most 8 query attempts per question")},
        )
    )
    # Curated descriptions of the marts, joins and metric formulas the agent grounds on.
    semantic_layer = tm.add(tg.DataStore("Semantic layer catalogue", stores={semantic_defs}))
    # Runs the agent's SQL on the warehouse with the shared service role.
    sql_tool = tm.add(
        tg.Tool(
            "SQL query tool",
            capabilities={"read"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Runs the generated SQL on the warehouse as one shared service role.",
            controls={
                c.LeastPrivilegeTools(note="service role has SELECT only, on the analytics marts")
            },
        )
    )
    # Draws charts from the result rows by running plotting code the agent writes.
    chart_tool = tm.add(
        tg.Tool(
            "Chart rendering tool",
            capabilities={"execute-code"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.Sandboxing(note="separate container, no network access")},
        )
    )
    # Lets users re-open and re-run earlier questions.
    history_store = tm.add(tg.DataStore("Conversation history store", stores={history}))
    # Holds the warehouse service account password for the query tool.
    vault = tm.add(
        tg.DataStore(
            "Secrets vault",
            stores={wh_password},
            controls={c.SecretsManagement()},
        )
    )

with tm.boundary("Data warehouse", trust=tg.Trust.RESTRICTED):
    # The retailer's cloud warehouse: the source of truth for reporting.
    warehouse = tm.add(
        tg.DataStore(
            "Cloud data warehouse",
            stores={sales, loyalty},
            controls={
                c.EncryptionAtRest(key_management="warehouse-managed keys"),
                c.RBAC(note="warehouse roles per mart"),
                c.AuditLogging(retention_days=365, note="warehouse query history"),
            },
        )
    )
    # Loads and models the nightly extracts into the marts.
    elt = tm.add(tg.Pipeline("Nightly ELT pipeline", stage=tg.Stage.INGESTION))

with tm.boundary("Store and e-commerce systems", trust=tg.Trust.INTERNAL):
    # Tills and the web shop, exporting the day's transactions.
    pos = tm.add(
        tg.DataSource(
            "POS and e-commerce platform", origin=tg.Origin.INTERNAL, provides={pos_extract}
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(business_user, idp, sso_token, protocol="https", label="sign in")
tm.flow(idp, app, sso_token, protocol="oidc")
tm.flow(business_user, app, question, protocol="https")
tm.flow(app, business_user, answer, protocol="https")

tm.flow(app, agent, question)
tm.flow(agent, app, answer)

tm.flow(semantic_layer, agent, semantic_defs, label="schema lookup")
tm.flow(
    analytics_engineer, semantic_layer, semantic_defs, protocol="https", label="edits definitions"
)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

tm.flow(agent, sql_tool, sql_call)
tm.flow(sql_tool, agent, query_results)
tm.flow(vault, sql_tool, wh_password, protocol="https")
tm.flow(sql_tool, warehouse, sql_call, wh_password, protocol="https")
tm.flow(warehouse, sql_tool, sales, loyalty, protocol="https", label="result set")

tm.flow(agent, chart_tool, plot_code, query_results)
tm.flow(chart_tool, agent, chart)

tm.flow(agent, history_store, history)
tm.flow(history_store, agent, history, label="re-open past question")

tm.flow(pos, elt, pos_extract, protocol="sftp", label="nightly extract")
tm.flow(elt, warehouse, sales, loyalty)
