"""SQL copilot: the first design, before any security review.

An internal web app lets business users (sales, finance, operations) ask
questions about company data in plain English. The copilot backend, in the
company's cloud VPC, builds a prompt from the question, the warehouse schema and
a library of example questions with their SQL curated by the data team, and
sends it to an LLM behind a hosted API, which writes the SQL and picks a chart.
A query runner executes that SQL on the data warehouse with one shared,
read-only service account and returns the rows, which the app shows as a table
and a chart. If the SQL fails, the error goes back to the LLM, at most three
times. Questions, SQL and results are saved so users can share them by link. A
nightly job copies table and column descriptions from the warehouse. Users sign
in with the company SSO; the service account's key is in the secret manager;
the warehouse is encrypted at rest; the LLM vendor is under an enterprise agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "SQL copilot",
    profile=tg.RiskProfile.HIGH,
    description="Natural-language questions answered by LLM-written SQL on the data warehouse.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("User question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sso_token = tg.Data("SSO session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
llm_prompt = tg.Data(
    "SQL generation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, schema excerpt, example questions, the question, "
    "and on retry the previous SQL and its error.",
)
generated_sql = tg.Data(
    "Generated SQL and chart spec",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
sql_call = tg.Data("SQL to run", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
query_results = tg.Data(
    "Query results",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Result rows, or the warehouse's error message; rows can hold customer "
    "and employee data.",
)
warehouse_data = tg.Data(
    "Warehouse data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Sales, finance, customer and HR tables.",
)
schema = tg.Data(
    "Schema descriptions",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Table and column names and descriptions.",
)
examples = tg.Data(
    "Curated example questions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Question and SQL pairs used as few-shot examples in the prompt.",
)
answer = tg.Data(
    "Answer table and chart",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The rows, the chart and the SQL that produced them.",
)
saved_answer = tg.Data(
    "Saved answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Question, SQL and a snapshot of the results, shareable by link.",
)
app_logs = tg.Data(
    "Copilot logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Questions, prompts, generated SQL and errors, kept for debugging.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Anyone in the company with an SSO account.
    user = tm.add(tg.Actor("Business user", role="employee"))
    # Analytics engineers who maintain the example library.
    data_team = tm.add(tg.Actor("Data team", role="analytics engineer", privileged=True))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Company SSO, used to sign users in to the web app.
    idp = tm.add(tg.ExternalService("Company SSO", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Turns the question into SQL and chooses a chart type.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, zero data retention")},
        )
    )

with tm.boundary("Copilot VPC", trust=tg.Trust.INTERNAL):
    # The web app and its API: ask, view, save and share answers.
    web_app = tm.add(
        tg.Endpoint(
            "Copilot web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via company SSO")},
        )
    )
    # Builds the prompt, calls the LLM, runs the SQL, retries on errors.
    backend = tm.add(
        tg.Agent(
            "Copilot backend",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs the generated SQL without asking the user first.",
            controls={c.CircuitBreaker(max_steps=3, note="at most three SQL retries")},
        )
    )
    # Executes SQL on the warehouse with the shared service account.
    query_runner = tm.add(
        tg.Tool(
            "Query runner",
            capabilities={"read"},
            description="Shared read-only service account that can read every schema; "
            "60 s statement timeout.",
            controls={c.SecretsManagement(note="service account key in the cloud secret manager")},
        )
    )
    # Schema descriptions and the curated examples, read when building prompts.
    prompt_context = tm.add(tg.DataStore("Prompt context store", stores={schema, examples}))
    # Saved questions and result snapshots that users share with colleagues.
    saved_store = tm.add(tg.DataStore("Saved answers store", stores={saved_answer}))
    # Debug logs of every request.
    log_store = tm.add(tg.DataStore("Copilot log store", stores={app_logs}))
    # Nightly copy of the warehouse's table and column descriptions.
    schema_sync = tm.add(tg.Pipeline("Schema sync job", stage=tg.Stage.INGESTION))

with tm.boundary("Data platform", trust=tg.Trust.RESTRICTED):
    # The company's cloud data warehouse, source of every answer.
    warehouse = tm.add(
        tg.DataStore(
            "Data warehouse",
            stores={warehouse_data, schema},
            controls={c.EncryptionAtRest(key_management="warehouse-managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
# Sign-in
tm.flow(user, idp, sso_token, protocol="https", label="sign in")
tm.flow(idp, web_app, sso_token, protocol="https", label="OIDC token")

# Asking a question
tm.flow(user, web_app, question, protocol="https")
tm.flow(web_app, backend, question)
tm.flow(prompt_context, backend, schema, examples)
tm.flow(backend, llm, llm_prompt, protocol="https")
tm.flow(llm, backend, generated_sql, protocol="https")
tm.flow(backend, query_runner, sql_call)
tm.flow(query_runner, warehouse, sql_call, protocol="https")
tm.flow(warehouse, query_runner, query_results, protocol="https")
tm.flow(query_runner, backend, query_results)
tm.flow(backend, web_app, answer)
tm.flow(web_app, user, answer, protocol="https")
tm.flow(backend, log_store, app_logs)

# Saving and sharing
tm.flow(web_app, saved_store, saved_answer, label="save")
tm.flow(saved_store, web_app, saved_answer, label="open shared link")

# Prompt context upkeep
tm.flow(warehouse, schema_sync, schema, protocol="https")
tm.flow(schema_sync, prompt_context, schema)
tm.flow(data_team, prompt_context, examples, label="curate examples")
