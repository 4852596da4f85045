"""Launderette fault prediction and refund agent: the first design, before security review.

A launderette chain's washers and dryers stream telemetry (temperatures, drum
vibration, motor current, error codes, cycle records) over MQTT with TLS to an IoT
hub in our cloud. A fault prediction model, retrained weekly on telemetry and
engineers' repair outcomes, scores every machine each hour. An LLM agent reads the
predictions, books an engineer through the maintenance contractor's scheduling API,
and handles complaints customers send from the launderette app about failed cycles:
it looks up the machine's history and credits a refund to the customer's app wallet.
The agent uses a hosted LLM and runs without a person approving its steps.
Controls: per-machine certificates on the telemetry link, app sign-in and a rate
limit on the app API, a per-refund cap, the contractor API key in the secret
manager, tool calls logged, versioned models, and the accounts database encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Launderette machine fault prediction and refund agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Predicts washer and dryer faults from telemetry, books engineers and refunds "
        "failed cycles to customers' app wallets."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Machine telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperatures, drum vibration, motor current, door lock state, error codes.",
)
cycles = tg.Data(
    "Cycle records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Machine, start and end time, programme, amount paid, app account id, outcome.",
)
predictions = tg.Data(
    "Fault predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per machine: probability of a fault in the next 72 hours and the likely part.",
)
repair_outcomes = tg.Data(
    "Repair outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the engineer found and replaced, from the contractor's job reports.",
)
artifact = tg.Data("Fault model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)
complaint = tg.Data(
    "Failed cycle complaint",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Customer's message from the app, with the machine number and time.",
)
reply = tg.Data("Agent reply to customer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, predictions or complaint, and tool results so far.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
history_call = tg.Data(
    "Machine history query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
history_result = tg.Data(
    "Machine history",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Recent telemetry, error codes and cycle records of one machine.",
)
job_call = tg.Data(
    "Engineer booking request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
job_result = tg.Data(
    "Engineer visit confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
jobs = tg.Data(
    "Engineer jobs",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Site address, key-holder contact, machine, suspected fault, visit slot, status.",
)
job_status = tg.Data(
    "Contractor job status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visit slot, engineer assigned, completion report.",
)
refund_call = tg.Data(
    "Refund instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="App account id, cycle id and amount.",
)
refund_result = tg.Data("Refund result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
accounts = tg.Data(
    "Customer accounts and wallet balances",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Launderette customers using the app to pay for cycles and report problems.
    customer = tm.add(tg.Actor("App customer", role="customer"))

with tm.boundary("Launderette shops", trust=tg.Trust.INTERNAL):
    # Connected washers and dryers in unattended shops, each with a cellular modem.
    machines = tm.add(
        tg.Device(
            "Washers and dryers",
            fleet=True,
            description="Machine controllers report telemetry and cycle records over a cellular modem.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Maintenance contractor", trust=tg.Trust.PARTNER):
    # The contractor's scheduling system that assigns engineers to visits.
    contractor = tm.add(
        tg.ExternalService(
            "Contractor scheduling API",
            description="Creates engineer visits and reports their completion.",
        )
    )

with tm.boundary("Operations cloud", trust=tg.Trust.INTERNAL):
    # Receives machine telemetry and cycle records.
    hub = tm.add(tg.Service("IoT hub"))
    # Time-series store of telemetry and cycle records.
    telemetry_store = tm.add(tg.DataStore("Telemetry store", stores={telemetry, cycles}))
    # Scores every machine hourly for an impending fault.
    fault_model = tm.add(
        tg.Model(
            "Fault prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees over the last 14 days of telemetry, run hourly.",
        )
    )
    # The LLM agent that acts on predictions and complaints.
    agent = tm.add(
        tg.Agent(
            "Maintenance and refund agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books engineer visits for likely faults and refunds failed cycles.",
            controls={c.AuditLogging(retention_days=365, note="every tool call and its arguments")},
        )
    )
    # Read-only lookup of a machine's recent telemetry and cycles.
    history_tool = tm.add(tg.Tool("Machine history tool", capabilities={"read"}))
    # Books, moves or cancels engineer visits with the contractor.
    job_tool = tm.add(
        tg.Tool(
            "Engineer booking tool",
            capabilities={"read", "write", "network-egress"},
            controls={c.SecretsManagement(note="contractor API key in the cloud secret manager")},
        )
    )
    # Credits a refund for a failed cycle to the customer's app wallet.
    refund_tool = tm.add(
        tg.Tool(
            "Wallet refund tool",
            capabilities={"write", "money-movement"},
            controls={c.TransactionLimits(limit="GBP 12 per refund")},
        )
    )
    # Engineer jobs and their repair outcomes.
    maintenance_db = tm.add(
        tg.DataStore("Maintenance records database", stores={jobs, repair_outcomes})
    )
    # Backend of the customer app: sign-in, wallet, complaints.
    app_api = tm.add(
        tg.Endpoint(
            "Customer app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # App accounts and wallet balances.
    accounts_db = tm.add(
        tg.DataStore(
            "Customer accounts database",
            stores={accounts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly retraining on telemetry labelled with repair outcomes.
        training = tm.add(tg.Pipeline("Weekly fault model training", stage=tg.Stage.TRAINING))
        # Holds model versions; the hourly scoring loads the current one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
tm.flow(
    machines,
    hub,
    telemetry,
    cycles,
    protocol="mqtt+tls",
    controls={c.MutualAuthentication(note="per-machine X.509 client certificates")},
)
tm.flow(hub, telemetry_store, telemetry, cycles)

tm.flow(telemetry_store, fault_model, telemetry, label="hourly scoring window")
tm.flow(fault_model, agent, predictions)

tm.flow(telemetry_store, training, telemetry, label="weekly export")
tm.flow(maintenance_db, training, repair_outcomes, label="weekly export")
tm.flow(training, registry, artifact)
tm.flow(registry, fault_model, artifact, label="load current version")

tm.flow(customer, app_api, complaint, protocol="https")
tm.flow(app_api, customer, reply, accounts, protocol="https")
tm.flow(app_api, agent, complaint)
tm.flow(agent, app_api, reply)
tm.flow(accounts_db, app_api, accounts)
tm.flow(app_api, accounts_db, accounts)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, history_tool, history_call)
tm.flow(history_tool, agent, history_result)
tm.flow(telemetry_store, history_tool, telemetry, cycles)

tm.flow(agent, job_tool, job_call)
tm.flow(job_tool, agent, job_result)
tm.flow(job_tool, contractor, jobs, protocol="https")
tm.flow(contractor, job_tool, job_status, protocol="https")
tm.flow(job_tool, maintenance_db, jobs, repair_outcomes)
tm.flow(maintenance_db, job_tool, jobs)

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, agent, refund_result)
tm.flow(refund_tool, accounts_db, accounts, label="wallet credit")
tm.flow(accounts_db, refund_tool, accounts)
