"""Aquarium feeding robot schedule agent: the first design, before any security review.

A public aquarium feeds its exhibit tanks with gantry feeding robots. An LLM agent
plans each tank's feeding schedule from the diet sheets and veterinary notes in
the husbandry records, the keepers' free-text observations and the water-quality
readings from the life-support historian, and publishes the schedule to the
feeding system controller, which drives the robots over the plant network.
Aquarists talk to the agent through the staff husbandry app (Entra ID single
sign-on with MFA), approve each day's plan there, and log observations; changes
above a fifth of a tank's daily ration wait for the duty aquarist, smaller
intraday changes (skipping a feed after an ammonia alert) go ahead directly.
The model is vendor-hosted. The robots' hoppers hold at most one day's ration
per tank. The robot supplier maintains the controller through a VPN gateway.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Aquarium feeding robot schedule agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that plans and publishes feeding schedules to exhibit feeding robots.",
)

# ---------------------------------------------------------------- data assets
observation = tg.Data(
    "Keeper observation",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Free text such as 'rays in tank 4 refused squid this morning'.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
proposed = tg.Data(
    "Proposed feeding schedule", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
approved = tg.Data(
    "Approved feeding schedule",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
prompt = tg.Data(
    "Planning prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Instructions, diet sheets, recent observations and water-quality readings.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
diets = tg.Data(
    "Diet sheets and animal records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
vet_notes = tg.Data(
    "Veterinary treatment notes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Medicated feeds, fasting orders and dose schedules set by the vet.",
)
history_chunks = tg.Data(
    "Past observations and schedules", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
records_query = tg.Data("Records query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
records_result = tg.Data(
    "Records result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
telemetry_query = tg.Data("Telemetry query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
readings = tg.Data(
    "Water-quality readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Temperature, pH, ammonia, nitrite and dissolved oxygen per tank.",
)
publish_call = tg.Data(
    "Schedule publish call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
publish_result = tg.Data("Publish result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
feed_commands = tg.Data(
    "Feed dispense commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dispense_reports = tg.Data("Dispense reports", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
maintenance = tg.Data(
    "Maintenance session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Remote configuration, firmware updates and diagnostics by the supplier.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The robot supplier's field engineer, who services the feeding system remotely.
    vendor_engineer = tm.add(
        tg.Actor("Robot supplier service engineer", role="supplier", privileged=True)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent plans with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Keepers who log observations and approve each day's feeding plan.
    aquarist = tm.add(tg.Actor("Aquarist", role="keeper"))
    # Sets diets, medicated feeds and fasting orders in the husbandry records.
    vet = tm.add(tg.Actor("Veterinarian", role="vet", privileged=True))

with tm.boundary("Aquarium cloud tenancy", trust=tg.Trust.INTERNAL):
    # The staff web app on the keepers' tablets: chat with the agent, approve plans.
    app = tm.add(
        tg.Endpoint(
            "Husbandry app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID single sign-on with MFA"), c.RBAC()},
        )
    )
    # Plans and adjusts feeding schedules and calls the tools to read and publish.
    agent = tm.add(
        tg.Agent(
            "Feeding schedule agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="duty aquarist",
                    above="changes of more than 20% of a tank's daily ration",
                ),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Diet sheets, animal records, veterinary notes: the husbandry system of record.
    husbandry_db = tm.add(tg.DataStore("Husbandry records", stores={diets, vet_notes}))
    # Past observations and schedules, embedded so the agent can recall what worked.
    history_index = tm.add(tg.VectorStore("Feeding history index", stores={history_chunks}))
    # Reads diets, vet notes and recent observations for the agent.
    records_tool = tm.add(tg.Tool("Records tool", capabilities={"read"}))
    # Reads the latest water-quality readings per tank.
    telemetry_tool = tm.add(tg.Tool("Telemetry tool", capabilities={"read"}))
    # Pushes a schedule to the feeding system controller.
    publish_tool = tm.add(tg.Tool("Schedule publish tool", capabilities={"write"}))

with tm.boundary("Plant network", trust=tg.Trust.RESTRICTED):
    # Life-support sensor historian the water-quality readings come from.
    historian = tm.add(tg.DataStore("Water-quality historian", stores={readings, dispense_reports}))
    # Holds the active schedule and sequences the robots tank by tank.
    controller = tm.add(tg.Service("Feeding system controller"))
    # Gantry robots over the exhibit tanks that drop each portion.
    robots = tm.add(
        tg.Device(
            "Feeding robot",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="each hopper holds at most one day's ration for its tank; "
                    "the dispense motor stops on a jam"
                )
            },
        )
    )
    # The supplier's way in for maintenance.
    vpn = tm.add(
        tg.Service(
            "Remote access VPN gateway",
            controls={c.Authentication(method="shared supplier VPN account and password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(aquarist, app, observation, approved, protocol="https")
tm.flow(app, aquarist, agent_reply, proposed, protocol="https")
tm.flow(app, agent, observation, approved)
tm.flow(agent, app, agent_reply, proposed)

tm.flow(vet, husbandry_db, vet_notes, diets, protocol="https")
tm.flow(app, husbandry_db, observation, label="observation log")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, history_index, observation, label="similarity query")
tm.flow(history_index, agent, history_chunks)
tm.flow(husbandry_db, history_index, history_chunks, label="nightly re-index")

tm.flow(agent, records_tool, records_query)
tm.flow(records_tool, husbandry_db, records_query)
tm.flow(husbandry_db, records_tool, diets, vet_notes)
tm.flow(records_tool, agent, records_result)

tm.flow(agent, telemetry_tool, telemetry_query)
tm.flow(telemetry_tool, historian, telemetry_query, protocol="https")
tm.flow(historian, telemetry_tool, readings, protocol="https")
tm.flow(telemetry_tool, agent, readings)

tm.flow(agent, publish_tool, publish_call)
tm.flow(publish_tool, controller, approved, protocol="opc-ua")
tm.flow(controller, publish_tool, publish_result, protocol="opc-ua")
tm.flow(publish_tool, agent, publish_result)

tm.flow(controller, robots, feed_commands, protocol="modbus")
tm.flow(robots, controller, dispense_reports, protocol="modbus")
tm.flow(controller, historian, dispense_reports)

tm.flow(vendor_engineer, vpn, maintenance, protocol="ipsec")
tm.flow(vpn, controller, maintenance, protocol="https")
