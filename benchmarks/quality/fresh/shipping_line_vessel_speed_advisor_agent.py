"""Vessel speed advisor agent: the first design, before any security review.

A container shipping line wants its captains to sail at the speed and on the
route that burn the least fuel while still making the booked berth window. An
LLM agent in the fleet operations cloud runs every six hours for each vessel
at sea: it reads the vessel's engine telemetry (sent from the ship over the
VSAT satellite link), fetches weather forecasts from a marine weather provider
and berth times from the port community system, asks an in-house fuel
consumption model what each speed would burn, and writes a speed and route
advice with its reasoning. The advice is shown on the bridge computer, where
the captain accepts or rejects it; nothing is sent to the engine or autopilot.
Accepted advice, telemetry and fuel figures feed fuel and emissions reports
e-mailed to the fleet office. The satellite link runs inside the VSAT
provider's IPsec VPN, vessels call the fleet API with a per-vessel API key,
stores are encrypted with cloud KMS and the agent's runs are capped in steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vessel speed advisor agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent advising container-ship captains on fuel-saving speed and route, "
        "from engine telemetry, marine weather forecasts and berth times."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Engine telemetry and position readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Shaft power, RPM, fuel flow, speed through water, GPS position, every 15 minutes.",
)
forecast_request = tg.Data(
    "Forecast request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
forecast = tg.Data(
    "Marine weather forecast",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Wind, wave height and current along the planned track, licensed from the provider.",
)
berth_request = tg.Data("Berth time request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
berth_times = tg.Data(
    "Berth window times",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Voyage planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, voyage state, forecast summary, berth window and fuel estimates.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
speed_options = tg.Data(
    "Candidate speed profiles", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
fuel_estimate = tg.Data(
    "Fuel burn estimates", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
advice = tg.Data(
    "Speed and route advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Recommended speed per leg and waypoint changes, with the expected fuel saving.",
)
captain_response = tg.Data(
    "Captain's accept or reject response",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accepted or rejected, with the captain's name and an optional reason.",
)
report = tg.Data(
    "Fuel and emissions report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Per-voyage fuel used, CO2 emitted and savings from accepted advice (EU MRV / IMO DCS).",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vessel", trust=tg.Trust.INTERNAL):
    # The person who decides the ship's speed and course; the advice is only advice.
    captain = tm.add(tg.Actor("Captain", role="master of the vessel"))
    # Bridge PC running the advisor app; shows advice and records accept or reject.
    bridge = tm.add(
        tg.Device(
            "Bridge computer",
            description="Windows PC on the bridge, shared by the watch officers.",
        )
    )
    # Reads the engine automation system and sends readings ashore over VSAT.
    logger = tm.add(
        tg.Device(
            "Engine data logger",
            description="Collects engine and navigation readings and uploads them over satellite.",
        )
    )

with tm.boundary("Marine weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API the line already licenses for voyage planning.
    weather = tm.add(tg.ExternalService("Marine weather API", provides="data-provider"))

with tm.boundary("Port community system", trust=tg.Trust.PARTNER):
    # The ports' berth booking platform; gives the confirmed berth window.
    port = tm.add(tg.ExternalService("Port berth schedule API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that reasons over the voyage and drafts the advice.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Fleet operations cloud", trust=tg.Trust.INTERNAL):
    # The only way in from the ships: telemetry up, advice down, responses up.
    vessel_api = tm.add(
        tg.Endpoint(
            "Vessel gateway API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-vessel API key"),
                c.SchemaEnforcement(note="telemetry messages checked against the logger schema"),
            },
        )
    )
    # Time series of each vessel's readings.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs per vessel on a schedule, gathers inputs through tools and writes advice.
    agent = tm.add(
        tg.Agent(
            "Speed advisor agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={
                c.CircuitBreaker(max_steps=25),
                c.HumanInTheLoop(approver="the captain, on the bridge computer"),
            },
        )
    )
    # Calls the weather provider for the forecast along the planned track.
    weather_tool = tm.add(
        tg.Tool(
            "Weather forecast tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="provider API key in the cloud secret store")},
        )
    )
    # Looks up the booked berth window for the next port call.
    berth_tool = tm.add(tg.Tool("Berth schedule tool", capabilities={"read", "network-egress"}))
    # Regression model trained on the fleet's own history: fuel burn per speed and sea state.
    fuel_model = tm.add(
        tg.Model(
            "Fuel consumption model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted model per ship class, retrained quarterly by the data team.",
        )
    )
    # Writes the finished advice to the advice log for the vessel to pick up.
    publish_tool = tm.add(tg.Tool("Advice publishing tool", capabilities={"write"}))
    # Every advice and the captain's response to it.
    advice_log = tm.add(
        tg.DataStore(
            "Advice log",
            stores={advice, captain_response},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Monthly job building the fuel and emissions reports.
    reporting = tm.add(tg.Service("Emissions reporting job"))

with tm.boundary("Fleet office", trust=tg.Trust.INTERNAL):
    # Reads the reports and follows up on rejected advice and fuel overruns.
    fleet_manager = tm.add(tg.Actor("Fleet performance manager", role="fleet office staff"))

# ---------------------------------------------------------------- flows
# ship to shore over the VSAT link
tm.flow(logger, vessel_api, telemetry, protocol="ipsec", label="satellite upload")
tm.flow(vessel_api, telemetry_store, telemetry)
tm.flow(telemetry_store, agent, telemetry, label="latest voyage state")

# the agent gathers its inputs
tm.flow(agent, weather_tool, forecast_request)
tm.flow(weather_tool, weather, forecast_request, protocol="https")
tm.flow(weather, weather_tool, forecast, protocol="https")
tm.flow(weather_tool, agent, forecast)
tm.flow(agent, berth_tool, berth_request)
tm.flow(berth_tool, port, berth_request, protocol="https")
tm.flow(port, berth_tool, berth_times, protocol="https")
tm.flow(berth_tool, agent, berth_times)
tm.flow(agent, fuel_model, speed_options)
tm.flow(fuel_model, agent, fuel_estimate)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# the advice goes to the bridge and the captain answers
tm.flow(agent, publish_tool, advice)
tm.flow(publish_tool, advice_log, advice)
tm.flow(advice_log, vessel_api, advice)
tm.flow(vessel_api, bridge, advice, protocol="ipsec", label="satellite download")
tm.flow(bridge, captain, advice)
tm.flow(captain, bridge, captain_response)
tm.flow(bridge, vessel_api, captain_response, protocol="ipsec")
tm.flow(vessel_api, advice_log, captain_response)

# reporting to the fleet office
tm.flow(telemetry_store, reporting, telemetry)
tm.flow(advice_log, reporting, advice, captain_response)
tm.flow(reporting, fleet_manager, report, protocol="smtp+starttls", label="monthly e-mail")
