"""Glacier research station sensor anomaly agent: the first design, before any security review.

A remote research station on a glacier runs meltwater gauges, GNSS ice-motion
trackers on stakes across the ice and an automatic weather station. A data logger
controller at the station collects their readings; an edge computer scores them
with a small in-house anomaly detector, buffers them through link outages and
uplinks hourly telemetry bundles over a commercial satellite link (inside a
WireGuard tunnel) to the university's research cloud. There an LLM agent, using a
vendor-hosted model, triages the flagged anomalies against recent history, writes
anomaly reports for the university science team and, on its own, can raise or
lower sensor sampling rates through a configuration tool whose commands go back down
the satellite link. The logger firmware clamps sampling rates to a safe range for
the station's power budget; the agent's loop is capped in steps; the science team
reads readings and reports on a dashboard behind university SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glacier research station sensor anomaly agent",
    profile=tg.RiskProfile.LOW,
    description=(
        "Flags anomalies in glacier meltwater, ice-motion and weather readings sent over "
        "a satellite link, and retunes sensor sampling rates for the science team."
    ),
)

# ---------------------------------------------------------------- data assets
meltwater = tg.Data(
    "Meltwater gauge readings",
    kind="records",
    description="River stage, discharge, conductivity and turbidity every 5 to 15 minutes.",
)
ice_motion = tg.Data(
    "Ice-motion GNSS positions",
    kind="records",
    description="Stake positions from dual-frequency GNSS receivers on the ice.",
)
weather = tg.Data(
    "Weather observations",
    kind="records",
    description="Air temperature, wind, radiation, precipitation and snow depth.",
)
features = tg.Data(
    "Sensor reading windows",
    kind="features",
    description="Sliding windows of recent readings scored by the detector.",
)
flags = tg.Data("Anomaly flags", kind="model-output", description="Detector scores per sensor.")
bundle = tg.Data(
    "Telemetry bundle",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Hourly compressed bundle of readings, anomaly flags, station health and the "
    "sampling schedule currently applied.",
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    description="System instructions, the flagged anomaly and a summary of recent readings.",
)
completion = tg.Data("LLM completion", kind="model-output")
sampling_request = tg.Data(
    "Sampling change request",
    kind="tool-call",
    description="Which sensor, the new sampling interval and for how long.",
)
sampling_command = tg.Data(
    "Sampling configuration command",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="New sampling schedule for one or more sensors, applied by the logger.",
)
command_ack = tg.Data("Command acknowledgement", kind="tool-result")
report = tg.Data(
    "Anomaly report",
    kind="model-output",
    description="What was seen, the agent's reading of it and any sampling change made.",
)
dashboard_view = tg.Data("Dashboard query", description="Sensor, time range and report filters.")

# ---------------------------------------------------------------- elements
with tm.boundary("Glacier field sites", trust=tg.Trust.INTERNAL):
    # Pressure transducers and conductivity probes in the proglacial river.
    gauges = tm.add(tg.Device("Meltwater gauges", fleet=True))
    # GNSS receivers on ablation stakes, kilometres out on the ice, on solar power.
    trackers = tm.add(tg.Device("Ice-motion GNSS trackers", fleet=True))
    # One automatic weather station next to the station hut.
    aws = tm.add(tg.Device("Automatic weather station", fleet=False))

with tm.boundary("Station hut", trust=tg.Trust.INTERNAL):
    # Polls the instruments and applies sampling schedules; firmware holds rate bounds.
    logger = tm.add(
        tg.Service(
            "Station data logger controller",
            description="Campbell-style logger that polls sensors on the configured schedule.",
            controls={
                c.SafetyLimits(
                    limits="logger firmware clamps each sampling interval to 1-60 minutes "
                    "and drops to minimum rate when battery falls below 30 %"
                )
            },
        )
    )
    # Rugged mini-PC: runs the detector, buffers and uplinks bundles, relays commands down.
    edge = tm.add(
        tg.Service(
            "Station edge computer",
            description="Builds telemetry bundles, runs the detector and talks to the satellite modem.",
        )
    )
    # Small in-house model trained on past seasons' readings, shipped at field setup.
    detector = tm.add(
        tg.Model(
            "Sensor anomaly detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Isolation-forest style detector over per-sensor reading windows.",
        )
    )
    # Local disk buffer so readings survive satellite outages of several days.
    buffer = tm.add(tg.DataStore("Station telemetry buffer", stores={bundle}))

with tm.boundary("Satellite operator", trust=tg.Trust.PARTNER):
    # The commercial satellite network and ground station that carry the link.
    satellite = tm.add(
        tg.ExternalService(
            "Satellite link",
            provides=tg.ExternalCategory.GENERIC,
            description="Commercial LEO satellite service with a ground-station gateway.",
        )
    )

with tm.boundary("University research cloud", trust=tg.Trust.INTERNAL):
    # Terminates the WireGuard tunnel and unpacks telemetry bundles.
    ingest = tm.add(tg.Service("Telemetry ingest service"))
    # Long-term time series of every reading, flag and report.
    tsdb = tm.add(tg.DataStore("Sensor time-series database", stores={bundle, report}))
    # The LLM agent that triages anomalies and decides on sampling changes.
    agent = tm.add(
        tg.Agent(
            "Anomaly triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Triggered by new anomaly flags; reads recent history, reports, retunes sampling.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Lets the agent change sampling rates at the station; every command is logged.
    sampling_tool = tm.add(
        tg.Tool(
            "Sampling configuration tool",
            capabilities={"write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Queues a sampling schedule for the next downlink window.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Sends the agent's reports to the science team's mailing list.
    notifier = tm.add(
        tg.Tool(
            "Report notifier",
            capabilities={"send-messages"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Web dashboard of readings, anomalies and agent reports.
    dashboard = tm.add(
        tg.Endpoint(
            "Science dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="university SSO with MFA")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("University campus network", trust=tg.Trust.INTERNAL):
    # Glaciologists and hydrologists who run the station and use the data.
    team = tm.add(tg.Actor("University science team", role="researcher"))

# ---------------------------------------------------------------- flows
wireguard = c.EncryptionInTransit(protocol="WireGuard tunnel")

# instruments to the logger
tm.flow(gauges, logger, meltwater, protocol="sdi-12")
tm.flow(trackers, logger, ice_motion, protocol="lora")
tm.flow(aws, logger, weather, protocol="rs-485")
tm.flow(logger, edge, meltwater, ice_motion, weather, protocol="modbus-tcp")

# scoring and buffering at the station
tm.flow(edge, detector, features)
tm.flow(detector, edge, flags)
tm.flow(edge, buffer, bundle)
tm.flow(buffer, edge, bundle, label="replay after outage")

# uplink over the satellite link
tm.flow(edge, satellite, bundle, protocol="wireguard", controls={wireguard})
tm.flow(satellite, ingest, bundle, protocol="wireguard", controls={wireguard})
tm.flow(ingest, tsdb, bundle)
tm.flow(ingest, agent, flags, label="new anomaly trigger")

# agent triage
tm.flow(tsdb, agent, bundle, label="recent history")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, tsdb, report)

# sampling reconfiguration, back down the link
tm.flow(agent, sampling_tool, sampling_request)
tm.flow(sampling_tool, agent, command_ack)
tm.flow(sampling_tool, ingest, sampling_command)
tm.flow(ingest, satellite, sampling_command, protocol="wireguard", controls={wireguard})
tm.flow(satellite, edge, sampling_command, protocol="wireguard", controls={wireguard})
tm.flow(edge, logger, sampling_command, protocol="modbus-tcp")

# reporting to the science team
tm.flow(agent, notifier, report)
tm.flow(notifier, team, report, protocol="smtp")
tm.flow(team, dashboard, dashboard_view, protocol="https")
tm.flow(tsdb, dashboard, bundle, report)
tm.flow(dashboard, team, bundle, report, protocol="https")
