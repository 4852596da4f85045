"""Over-the-air update rollout agent: the first design, before any security review.

A car maker's release engineers hand a release candidate (target ECUs, software
versions, release notes) to an LLM agent through the release operations console.
The agent, backed by a hosted LLM, proposes a wave plan (which vehicle cohorts get
the update, in what order and how fast); an engineer approves the plan before the
first wave, after which the agent stages each next wave itself on the existing OTA
campaign server and pauses a wave when fault telemetry from updated vehicles rises.
Update packages come from the build pipeline, code-signed with the factory key and
verified by each vehicle before install; vehicles talk to the connected-vehicle
cloud over mutual TLS with per-vehicle certificates. Fault telemetry is keyed by
VIN, so it is personal data for EU customers. The agent's tools use scoped service
accounts, its steps and tool calls are logged, and it stops after a fixed number of
steps per planning run.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Over-the-air update rollout agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that plans and stages OTA update waves and pauses them on "
    "rising fault telemetry.",
)

# ---------------------------------------------------------------- data assets
manifest = tg.Data(
    "Release candidate manifest",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Target ECUs and hardware variants, software versions, release notes, "
    "known issues.",
)
wave_plan = tg.Data(
    "Wave plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Cohorts per wave, wave sizes, start times and the fault thresholds that pause a wave.",
)
plan_approval = tg.Data("Wave plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
rollout_status = tg.Data("Rollout status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, the manifest, the current plan and telemetry summaries.",
)
llm_reply = tg.Data("LLM reply", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
telemetry_query = tg.Data("Telemetry query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
fault_summary = tg.Data(
    "Fault rate summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fault and failed-install rates per wave, ECU and software version.",
)
stage_call = tg.Data("Stage wave call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
pause_call = tg.Data("Pause wave call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tool_ack = tg.Data("Campaign tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
campaign = tg.Data(
    "OTA campaign definition",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="VIN list of the wave, package version and install window.",
)
pause_command = tg.Data(
    "Campaign pause command", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
campaign_status = tg.Data("Campaign status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
vehicle_config = tg.Data(
    "Vehicle configuration records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="VIN, market, ECU hardware and software versions per vehicle.",
)
package = tg.Data(
    "Signed update package",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
fault_telemetry = tg.Data(
    "Vehicle fault telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Diagnostic trouble codes, ECU resets and install results, keyed by VIN.",
)
install_report = tg.Data("Install status report", kind="records", sensitivity=tg.Sensitivity.PII)
decision_log = tg.Data("Rollout decision log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Vehicles in the field", trust=tg.Trust.UNTRUSTED):
    # Customer cars: the telematics unit downloads updates and reports faults and install results.
    vehicles = tm.add(
        tg.Device(
            "Vehicle fleet",
            fleet=True,
            description="Telematics control units and the ECUs they update.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, reached through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise contract, no training on inputs")},
        )
    )

with tm.boundary("Software factory", trust=tg.Trust.RESTRICTED):
    # Builds ECU software and signs each update package with the factory key held in an HSM.
    build = tm.add(
        tg.Pipeline(
            "Build and signing pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.SignedModels(
                    note="packages code-signed in the HSM; vehicles verify before install"
                )
            },
        )
    )

with tm.boundary("Connected vehicle cloud", trust=tg.Trust.INTERNAL):
    # The existing OTA backend: holds campaigns and serves packages to vehicles.
    ota = tm.add(tg.Service("OTA campaign server"))
    # Released, signed packages the OTA server distributes.
    repo = tm.add(tg.DataStore("Update package repository", stores={package}))
    # Receives fault telemetry from the fleet.
    ingest = tm.add(
        tg.Pipeline(
            "Telemetry ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="telemetry messages must match the DTC schema")},
        )
    )
    # Time series of faults and install results per vehicle.
    telemetry_store = tm.add(
        tg.DataStore(
            "Fault telemetry store",
            stores={fault_telemetry, install_report},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Which vehicle has which ECUs and software: used to cut cohorts.
    config_db = tm.add(
        tg.DataStore(
            "Vehicle configuration database",
            stores={vehicle_config},
            controls={c.RBAC()},
        )
    )

    with tm.boundary("Rollout automation", trust=tg.Trust.INTERNAL):
        # Where engineers hand over release candidates and approve plans.
        console = tm.add(
            tg.Endpoint(
                "Release operations console",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="corporate SSO with MFA"),
                    c.RBAC(note="only release engineers can approve a wave plan"),
                },
            )
        )
        # The LLM agent that plans waves, stages them and pauses them.
        agent = tm.add(
            tg.Agent(
                "Rollout agent",
                autonomy=tg.Autonomy.SUPERVISED,
                controls={
                    c.HumanInTheLoop(
                        approver="a release engineer approves the wave plan before the first wave"
                    ),
                    c.CircuitBreaker(max_steps=40),
                    c.AuditLogging(),
                },
            )
        )
        # Reads fault and install rates for the vehicles in each wave.
        telemetry_tool = tm.add(tg.Tool("Fleet telemetry query tool", capabilities={"read"}))
        # Creates the next wave's campaign on the OTA server from a VIN cohort.
        stage_tool = tm.add(
            tg.Tool(
                "Campaign staging tool",
                capabilities={"read", "write"},
                controls={
                    c.LeastPrivilegeTools(
                        note="service account can create and start campaigns only"
                    )
                },
            )
        )
        # Halts a running wave.
        pause_tool = tm.add(
            tg.Tool(
                "Wave pause tool",
                capabilities={"write"},
                controls={c.LeastPrivilegeTools(note="service account can pause campaigns only")},
            )
        )
        # The agent's plans and the reasons for each stage or pause.
        plan_store = tm.add(tg.DataStore("Rollout plan store", stores={wave_plan, decision_log}))

with tm.boundary("Engineering network", trust=tg.Trust.INTERNAL):
    # Owns a release; approves the agent's wave plan and can stop a rollout.
    engineer = tm.add(tg.Actor("Release engineer", role="release engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(engineer, console, manifest, plan_approval, protocol="https")
tm.flow(console, engineer, wave_plan, rollout_status, protocol="https")
tm.flow(console, agent, manifest, plan_approval)
tm.flow(agent, console, wave_plan, rollout_status)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, plan_store, wave_plan, decision_log)
tm.flow(plan_store, agent, wave_plan)

tm.flow(agent, telemetry_tool, telemetry_query)
tm.flow(telemetry_tool, agent, fault_summary)
tm.flow(telemetry_store, telemetry_tool, fault_telemetry, install_report)

tm.flow(agent, stage_tool, stage_call)
tm.flow(stage_tool, agent, tool_ack)
tm.flow(config_db, stage_tool, vehicle_config, label="cohort selection")
tm.flow(stage_tool, ota, campaign, protocol="https")
tm.flow(ota, stage_tool, campaign_status, protocol="https")

tm.flow(agent, pause_tool, pause_call)
tm.flow(pause_tool, agent, tool_ack)
tm.flow(pause_tool, ota, pause_command, protocol="https")

tm.flow(build, repo, package, protocol="https")
tm.flow(repo, ota, package)
tm.flow(ota, vehicles, campaign, package, protocol="mtls")
tm.flow(vehicles, ota, install_report, protocol="mtls")
tm.flow(vehicles, ingest, fault_telemetry, protocol="mqtts")
tm.flow(ingest, telemetry_store, fault_telemetry)
tm.flow(ota, telemetry_store, install_report)
