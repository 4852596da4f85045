"""Genomic research assistant: the first design, before any security review.

Scientists at the institute (an EU research institute with consented biobank
cohorts) ask an LLM assistant questions about variants in the sequencing
database and in the published literature. The assistant runs as an agent on
the institute's assistant platform, using an open-weights LLM served on our own
GPU nodes so that cohort data does not leave the institute. Its tools query the
variant database, search Europe PMC, and write analysis notebooks that run as
jobs on the HPC cluster under the scientist's project; the scientist sees the
code and results in the chat. Conversation history is kept per project.
Controls: institute SSO on the assistant, project-based access on the variant
database and cluster, encryption at rest of genomic data and chat history, and
audit logging of database queries as the data access committee requires.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Genomic research LLM assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant over the sequencing database and literature, with notebook runs.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Scientist question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, project history, the question and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
variants = tg.Data(
    "Cohort variant calls",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pseudonymised genotypes and phenotypes of consented participants.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
variant_query = tg.Data("Variant query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
query_results = tg.Data(
    "Variant query results", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
lit_query = tg.Data("Literature search", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
abstracts = tg.Data("Papers and abstracts", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
notebook = tg.Data("Analysis notebook", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)
job_output = tg.Data("Notebook results", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED)
history = tg.Data(
    "Project conversation history",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Questions, answers and tool outputs, kept per project.",
)
weights = tg.Data("Open LLM weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Published literature the assistant searches and cites.
    literature = tm.add(
        tg.ExternalService("Europe PMC API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Where the platform team downloads the open-weights model.
    hub = tm.add(tg.ExternalService("Model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Institute network", trust=tg.Trust.INTERNAL):
    # Researchers in the project groups; they ask questions and read results.
    scientist = tm.add(tg.Actor("Scientist", role="researcher"))

with tm.boundary("Assistant platform", trust=tg.Trust.INTERNAL):
    # Web chat the scientists use, behind institute SSO.
    chat = tm.add(
        tg.Endpoint(
            "Assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="institute SSO (OIDC)")},
        )
    )
    # Plans each answer and calls the tools.
    agent = tm.add(
        tg.Agent("Research assistant agent", autonomy=tg.Autonomy.SUPERVISED, memory=True)
    )
    # Open-weights LLM served on our GPU nodes with vLLM.
    llm = tm.add(tg.LLM("Self-hosted LLM", origin=tg.ModelOrigin.OPEN_WEIGHTS))
    # Per-project chat history the agent reloads for context.
    history_store = tm.add(
        tg.DataStore(
            "Conversation history store",
            stores={history},
            controls={c.EncryptionAtRest(key_management="institute KMS")},
        )
    )
    # Runs read queries against the variant database for the scientist's project.
    variant_tool = tm.add(tg.Tool("Variant query tool", capabilities={"read"}))
    # Searches and fetches papers from Europe PMC.
    lit_tool = tm.add(tg.Tool("Literature search tool", capabilities={"read", "network-egress"}))
    # Writes a notebook and submits it as a cluster job, returning its output.
    notebook_tool = tm.add(tg.Tool("Notebook runner tool", capabilities={"write", "execute-code"}))

with tm.boundary("HPC cluster", trust=tg.Trust.INTERNAL):
    # Shared compute where notebooks run as batch jobs with project group permissions.
    cluster = tm.add(tg.Service("Compute cluster", controls={c.RBAC()}))
    # Project directories holding notebooks and their outputs.
    workspace = tm.add(
        tg.DataStore("Project workspace", stores={notebook, job_output}, controls={c.RBAC()})
    )

with tm.boundary("Genomic data enclave", trust=tg.Trust.RESTRICTED):
    # The sequencing database: cohort variant calls under data access committee rules.
    variant_db = tm.add(
        tg.DataStore(
            "Variant database",
            stores={variants},
            controls={
                c.RBAC(note="project-based access approved by the data access committee"),
                c.EncryptionAtRest(key_management="institute KMS"),
                c.AuditLogging(retention_days=1825),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(scientist, chat, question, protocol="https")
tm.flow(chat, scientist, answer, protocol="https")
tm.flow(chat, agent, question)
tm.flow(agent, chat, answer)

tm.flow(history_store, agent, history, label="project context")
tm.flow(agent, history_store, history)
tm.flow(agent, llm, prompt, protocol="http")
tm.flow(llm, agent, completion, protocol="http")

tm.flow(agent, variant_tool, variant_query)
tm.flow(variant_tool, variant_db, variant_query, protocol="https")
tm.flow(variant_db, variant_tool, query_results, protocol="https")
tm.flow(variant_tool, agent, query_results)

tm.flow(agent, lit_tool, lit_query)
tm.flow(lit_tool, literature, lit_query, protocol="https")
tm.flow(literature, lit_tool, abstracts, protocol="https")
tm.flow(lit_tool, agent, abstracts)

tm.flow(agent, notebook_tool, notebook)
tm.flow(notebook_tool, cluster, notebook, protocol="ssh", label="submit job")
tm.flow(cluster, notebook_tool, job_output, protocol="ssh")
tm.flow(notebook_tool, agent, job_output)
tm.flow(variant_db, cluster, variants, label="job reads cohort data")
tm.flow(cluster, workspace, notebook, job_output)
tm.flow(workspace, scientist, notebook, job_output, protocol="https", label="JupyterHub")

tm.flow(hub, llm, weights, protocol="https", label="model download")
