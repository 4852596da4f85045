"""Stadium crowd density vision: the first design, before any security review.

The stadium's fixed CCTV cameras at the turnstile gates and on the concourses
stream video over the CCTV network to the existing recorder and to an edge GPU
server in the stadium's comms room. There a crowd-counting model (an open-weights
density model our data team fine-tuned on our own footage) estimates people per
square metre for each camera zone. An alerting service compares the estimates with
safety thresholds and raises alerts on the security control room dashboard, where
operators check the live view, open or close gates through the gate control system
and dispatch stewards to their handhelds. Gates only move on an operator's command.
Frames are not kept by the vision system: only per-zone counts leave the edge, sent
every minute to the club's analytics cloud, which also holds the model registry the
edge server pulls new model versions from. Control room staff log in with their
domain accounts, the edge authenticates to the cloud with a per-site API key, and
the model is evaluated on held-out match-day footage before each release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stadium crowd density vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Edge crowd-density estimation on stadium CCTV, alerting the security "
    "control room; aggregate counts go to the club's analytics cloud.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Live CCTV video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Images of spectators and staff at gates and on concourses.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
density = tg.Data(
    "Zone density estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alerts = tg.Data(
    "Crowd density alerts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_command = tg.Data(
    "Gate commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_state = tg.Data("Gate states", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dispatch = tg.Data(
    "Steward dispatch messages",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
counts = tg.Data("Aggregate zone counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reports = tg.Data("Attendance flow reports", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Density model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Stadium security network", trust=tg.Trust.INTERNAL):
    with tm.boundary("CCTV network", trust=tg.Trust.INTERNAL):
        # Fixed cameras over gates and concourses, in public areas of the ground.
        cameras = tm.add(tg.Device("CCTV cameras", fleet=True, description="About 120 IP cameras."))
        # The existing video recorder; operators use it to verify alerts.
        nvr = tm.add(tg.DataStore("Network video recorder", stores={video}))

    # Estimates crowd density per zone from each camera stream on the edge GPU server.
    model = tm.add(
        tg.Model(
            "Crowd density model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Fine-tuned density-map network; frames are processed in memory only.",
            controls={
                c.DataMinimization(
                    note="no frames stored; only per-zone estimates leave the model"
                ),
                c.ModelValidation(note="evaluated on held-out match-day footage before release"),
            },
        )
    )
    # Applies safety thresholds per zone and raises alerts; batches counts for the cloud.
    alerting = tm.add(tg.Service("Density alerting service"))
    # The control room's view of alerts, live video and gate controls.
    dashboard = tm.add(
        tg.Service(
            "Control room dashboard",
            controls={c.Authentication(method="domain accounts")},
        )
    )
    # Watches the alerts and decides what to do: open gates, send stewards.
    operator = tm.add(tg.Actor("Control room operator", role="security operator"))
    # The turnstile and exit-gate controller; a safety system in its own right.
    gate_control = tm.add(
        tg.Service(
            "Gate control system",
            description="Vendor access-control server driving turnstiles and exit gates.",
            controls={c.HumanInTheLoop(approver="control room operator")},
        )
    )
    # Sends tasks to stewards' handhelds.
    dispatcher = tm.add(tg.Service("Steward dispatch service"))

with tm.boundary("Staff wireless network", trust=tg.Trust.INTERNAL):
    # Stewards carry these around the ground on match days.
    handhelds = tm.add(tg.Device("Steward handhelds", fleet=True))

with tm.boundary("Club analytics cloud", trust=tg.Trust.INTERNAL):
    # Receives counts from the stadium's edge server.
    ingest = tm.add(
        tg.Endpoint(
            "Counts ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-site API key")},
        )
    )
    # Historical per-zone counts for planning and reporting.
    warehouse = tm.add(
        tg.DataStore(
            "Analytics warehouse",
            stores={counts},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Versions of the density model the edge server deploys.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Club corporate network", trust=tg.Trust.INTERNAL):
    # Fine-tunes the model and publishes new versions.
    data_scientist = tm.add(tg.Actor("Club data scientist", role="ml engineer", privileged=True))
    # Uses the counts for ingress planning and matchday reports.
    analyst = tm.add(tg.Actor("Operations analyst", role="analyst"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, model, video, protocol="rtsp")
tm.flow(cameras, nvr, video, protocol="rtsp")
tm.flow(model, alerting, density)
tm.flow(alerting, dashboard, alerts, protocol="wss")
tm.flow(nvr, dashboard, video, protocol="rtsp", label="live view to verify alerts")
tm.flow(dashboard, operator, alerts, label="alert and live view")
tm.flow(operator, dashboard, gate_command, dispatch, label="open gate, send stewards")
tm.flow(dashboard, gate_control, gate_command, protocol="http")
tm.flow(gate_control, dashboard, gate_state, protocol="http")
tm.flow(dashboard, dispatcher, dispatch)
tm.flow(dispatcher, handhelds, dispatch, protocol="https")
tm.flow(handhelds, dispatcher, dispatch, label="acknowledgements")

tm.flow(alerting, ingest, counts, protocol="https", label="every minute")
tm.flow(ingest, warehouse, counts)
tm.flow(warehouse, analyst, reports, protocol="https")
tm.flow(data_scientist, registry, weights, protocol="https", label="publish version")
tm.flow(registry, model, weights, protocol="https", label="edge pulls new version")
