"""IT operations runbook agent: the first design, before any security review.

An agent that helps on-call engineers work incidents. Engineers ask it in the
on-call chat channel (a SaaS chat workspace); alerts from the monitoring stack
also start it, posting into the same channel. The agent plans with a hosted
LLM, reads runbooks from the internal engineering wiki, queries metrics and
logs, and runs approved runbook steps (restart a service, scale a deployment,
rotate a certificate) as predefined jobs in the automation server, which holds
production credentials fetched from the secrets vault. Destructive steps wait
for an engineer to click "confirm" in the chat thread; read-only and
non-destructive steps run straight away. Chat events are signature-checked,
every tool call is echoed into the incident thread and the automation server
keeps a job log. The agent runs in the ops tooling cluster; the automation
server and the vault sit in the production management network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "IT ops runbook agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Chat- and alert-driven agent that executes runbook steps in production.",
)

# ---------------------------------------------------------------- data assets
chat_request = tg.Data(
    "Chat request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="An engineer's message in the on-call channel or incident thread.",
)
confirmation = tg.Data(
    "Step confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The engineer's click on a destructive step's confirm button.",
)
reply = tg.Data(
    "Agent reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Findings, proposed steps, confirmation prompts and step results.",
)
alert = tg.Data(
    "Alert payload",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Alert labels and annotations, including templated log excerpts.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, conversation, runbook text and query results.",
)
completion = tg.Data("LLM completion and tool calls", kind="tool-call")
runbooks = tg.Data(
    "Runbooks",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
wiki_query = tg.Data("Wiki search", kind="tool-call")
obs_query = tg.Data("Metrics and log query", kind="tool-call")
metrics = tg.Data("Metrics", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
log_entries = tg.Data(
    "Application logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Service logs; may contain customer identifiers and request content.",
)
step_call = tg.Data(
    "Runbook step invocation",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Job id and parameters (service, namespace, replica count, cert name).",
)
step_result = tg.Data("Runbook step result", kind="tool-result")
prod_creds = tg.Data(
    "Production credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Cluster admin kubeconfig, SSH key and CA signing access.",
)
ops_command = tg.Data(
    "Operations commands",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ops_output = tg.Data("Command output", kind="tool-result")

# ---------------------------------------------------------------- elements
with tm.boundary("Chat SaaS", trust=tg.Trust.PARTNER):
    # The chat workspace: the on-call channel and incident threads live here.
    chat = tm.add(tg.ExternalService("Chat workspace"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Plans the investigation and chooses tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Asks the agent for help and confirms destructive steps; also edits runbooks.
    engineer = tm.add(tg.Actor("On-call engineer", role="sre"))
    # The engineering wiki: any engineer can edit a runbook page.
    wiki = tm.add(tg.DataStore("Engineering wiki", stores={runbooks}))

with tm.boundary("Ops tooling cluster", trust=tg.Trust.INTERNAL):
    # Receives chat events and alert webhooks, posts replies back to the channel.
    gateway = tm.add(
        tg.Endpoint(
            "Chat and alert gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="bearer token on alert webhooks")},
        )
    )
    # The agent itself: plans with the LLM, calls tools, reports into the thread.
    agent = tm.add(
        tg.Agent(
            "Runbook agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=30),
                c.AuditLogging(note="every tool call echoed into the incident thread"),
            },
        )
    )
    # Finds and reads runbook pages for the agent.
    wiki_tool = tm.add(tg.Tool("Runbook lookup tool", capabilities={"read"}))
    # Runs PromQL and log queries for the agent.
    obs_tool = tm.add(tg.Tool("Observability query tool", capabilities={"read"}))

with tm.boundary("Observability stack", trust=tg.Trust.INTERNAL):
    # Metrics and alerting; its alerts can start the agent.
    monitoring = tm.add(tg.Service("Monitoring and alerting"))
    # Central log platform fed by every production service.
    log_platform = tm.add(tg.DataStore("Log platform", stores={log_entries}))

with tm.boundary("Production management network", trust=tg.Trust.RESTRICTED):
    # Automation server: runs only the predefined runbook jobs, with production rights.
    automation = tm.add(
        tg.Tool(
            "Automation server",
            capabilities={"read", "write", "delete"},
            controls={
                c.HumanInTheLoop(approver="on-call engineer", note="destructive steps only"),
                c.AuditLogging(retention_days=365),
                c.SecretsManagement(note="credentials fetched from the vault per job"),
            },
        )
    )
    # Holds the production credentials the automation server uses.
    vault = tm.add(
        tg.DataStore(
            "Secrets vault",
            stores={prod_creds},
            controls={c.EncryptionAtRest(), c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Production", trust=tg.Trust.RESTRICTED):
    # Production Kubernetes clusters and hosts the runbook steps act on.
    prod = tm.add(tg.Service("Production workloads"))

# ---------------------------------------------------------------- flows
# Chat.
tm.flow(engineer, chat, chat_request, confirmation, protocol="https")
tm.flow(chat, engineer, reply, protocol="https")
tm.flow(
    chat,
    gateway,
    chat_request,
    confirmation,
    protocol="https",
    controls={c.MessageIntegrity(note="chat platform request signatures verified")},
)
tm.flow(gateway, chat, reply, protocol="https")

# Alerts.
tm.flow(monitoring, gateway, alert, protocol="https", label="alert webhook")

# Agent loop.
tm.flow(gateway, agent, chat_request, confirmation, alert)
tm.flow(agent, gateway, reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Runbooks.
tm.flow(engineer, wiki, runbooks, protocol="https", label="edits runbooks")
tm.flow(agent, wiki_tool, wiki_query)
tm.flow(wiki_tool, agent, runbooks)
tm.flow(wiki_tool, wiki, wiki_query, protocol="https")
tm.flow(wiki, wiki_tool, runbooks, protocol="https")

# Metrics and logs.
tm.flow(agent, obs_tool, obs_query)
tm.flow(obs_tool, agent, metrics, log_entries)
tm.flow(obs_tool, monitoring, obs_query, protocol="https", id="obs->monitoring")
tm.flow(monitoring, obs_tool, metrics, protocol="https")
tm.flow(obs_tool, log_platform, obs_query, protocol="https", id="obs->logs")
tm.flow(log_platform, obs_tool, log_entries, protocol="https")

# Runbook steps.
tm.flow(agent, automation, step_call, confirmation, protocol="https")
tm.flow(automation, agent, step_result, protocol="https")
tm.flow(vault, automation, prod_creds, protocol="https")
tm.flow(automation, prod, ops_command, protocol="https", label="Kubernetes API and SSH")
tm.flow(prod, automation, ops_output, protocol="https")
tm.flow(prod, log_platform, log_entries, label="log shipping")
