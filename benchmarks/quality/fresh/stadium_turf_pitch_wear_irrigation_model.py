"""Stadium pitch wear and irrigation planning: the first design, before any security review.

The grounds team of a Dutch football club's stadium wants to plan pitch care from
data rather than by eye. After each match the league's optical tracking vendor
delivers player tracking data, which an ingestion job turns into load per pitch
zone. Soil sensors buried in the pitch report moisture, temperature and salinity
through a LoRaWAN gateway in the stadium. A wear model, retrained each month on the
head groundsman's zone wear assessments, predicts wear per zone; a scheduler
combines the predictions with a weather forecast into a plan for irrigation, grow
light rigs and reseeding. The grounds team sees and approves the weekly plan in a
web dashboard hosted in the club's cloud tenant (club SSO with MFA); within an
approved plan the scheduler drives the irrigation controller and the light rigs
on the stadium OT network. The irrigation controller keeps its own run-time and
frost lockouts. Cloud storage is encrypted at rest and vendor links use TLS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Stadium pitch wear and irrigation planning",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts pitch wear from match tracking and soil sensors and plans "
    "irrigation, grow lights and reseeding for the grounds team.",
)

# ---------------------------------------------------------------- data assets
tracking = tg.Data(
    "Player tracking data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="25 Hz positions of every player and referee for a match, by shirt number.",
)
soil = tg.Data(
    "Soil sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Moisture, temperature and salinity at root depth, every 15 minutes.",
)
zone_load = tg.Data(
    "Pitch zone load features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Minutes of play, sprints and turns per 5 m zone, joined with soil state.",
)
assessments = tg.Data(
    "Zone wear assessments",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The head groundsman's 1-5 wear score per zone after each match.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
wear = tg.Data("Predicted wear by zone", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data(
    "Wear model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="A joblib-saved gradient-boosted regressor.",
)
plan = tg.Data(
    "Pitch care plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Irrigation, grow light and reseeding tasks per zone for the coming week.",
)
approval = tg.Data("Plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
irrigation_cmd = tg.Data(
    "Irrigation commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
light_cmd = tg.Data(
    "Grow light schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
equipment_status = tg.Data("Valve and rig status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Tracking vendor", trust=tg.Trust.PARTNER):
    # The league's optical tracking supplier; we only receive its post-match files.
    tracking_feed = tm.add(
        tg.DataSource(
            "Match tracking feed",
            origin=tg.Origin.VENDOR,
            provides={tracking},
            description="Post-match tracking files pulled from the vendor's API.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # A commercial forecast API; the plan needs rain and frost expectations.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Stadium OT network", trust=tg.Trust.INTERNAL):
    # Probes buried at 12 points of the pitch; the only source of soil state.
    sensors = tm.add(tg.Device("Soil sensors", fleet=True))
    # Receives the LoRaWAN radio traffic and forwards readings to the cloud.
    lora_gateway = tm.add(
        tg.Service("LoRaWAN sensor gateway", description="On the stand roof, forwards over MQTT.")
    )
    # The existing sprinkler controller; it opens valves zone by zone.
    irrigation = tm.add(
        tg.Device(
            "Irrigation controller",
            fleet=False,
            controls={
                c.SafetyLimits(note="built-in maximum run time per zone and frost/rain lockout"),
            },
        )
    )
    # Mobile LED rigs the grounds team parks over worn or shaded zones.
    light_rigs = tm.add(tg.Device("Grow light rigs", fleet=True))

with tm.boundary("Club cloud tenant", trust=tg.Trust.INTERNAL):
    # Pulls match files and sensor readings, aggregates tracking into zone load.
    ingestion = tm.add(tg.Pipeline("Pitch data ingestion", stage=tg.Stage.INGESTION))
    # Holds raw tracking files, readings, features and assessments.
    pitch_store = tm.add(
        tg.DataStore(
            "Pitch data store",
            stores={tracking, soil, zone_load, assessments},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly retraining on features and the groundsman's assessments.
    training = tm.add(tg.Pipeline("Wear model training", stage=tg.Stage.TRAINING))
    # Keeps trained model versions that the scheduler loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Predicts wear per zone for the next seven days.
    wear_model = tm.add(tg.Model("Pitch wear model", task=tg.Task.REGRESSOR))
    # Turns predictions and the forecast into a weekly plan and daily equipment runs.
    scheduler = tm.add(
        tg.Service(
            "Pitch care scheduler",
            controls={
                c.HumanInTheLoop(
                    approver="head groundsman",
                    note="approves the weekly plan; nightly irrigation and light runs "
                    "within it go out automatically",
                ),
            },
        )
    )
    # Where the grounds team reviews predictions, enters assessments and approves plans.
    dashboard = tm.add(
        tg.Endpoint(
            "Grounds dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="club Microsoft Entra ID SSO with MFA")},
        )
    )

with tm.boundary("Stadium staff network", trust=tg.Trust.INTERNAL):
    # The head groundsman and grounds staff, on club tablets and laptops.
    grounds_team = tm.add(tg.Actor("Grounds team", role="grounds staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(
    tracking_feed, ingestion, tracking, protocol="https", controls={tls}, label="post-match pull"
)
tm.flow(sensors, lora_gateway, soil, protocol="lorawan")
tm.flow(lora_gateway, ingestion, soil, protocol="mqtt", controls={tls})
tm.flow(ingestion, pitch_store, tracking, soil, zone_load)

tm.flow(grounds_team, dashboard, assessments, approval, protocol="https", controls={tls})
tm.flow(dashboard, grounds_team, wear, plan, protocol="https", controls={tls})
tm.flow(dashboard, pitch_store, assessments)

tm.flow(pitch_store, training, zone_load, assessments)
tm.flow(training, registry, artifact)
tm.flow(registry, wear_model, artifact, label="load latest version")

tm.flow(pitch_store, scheduler, zone_load, soil)
tm.flow(weather, scheduler, forecast, protocol="https", controls={tls})
tm.flow(scheduler, wear_model, zone_load)
tm.flow(wear_model, scheduler, wear)
tm.flow(scheduler, dashboard, wear, plan, label="proposed plan")
tm.flow(dashboard, scheduler, approval, label="approved plan")

tm.flow(scheduler, irrigation, irrigation_cmd, protocol="mqtt", controls={tls})
tm.flow(irrigation, scheduler, equipment_status, protocol="mqtt", controls={tls})
tm.flow(scheduler, light_rigs, light_cmd, protocol="mqtt", controls={tls})
tm.flow(light_rigs, scheduler, equipment_status, protocol="mqtt", controls={tls})
