"""Reservoir algal bloom prediction: the first design, before any security review.

A water company predicts algal blooms in its raw-water reservoirs. A commercial
satellite data provider delivers multispectral imagery through its API (API key);
monitoring buoys in each reservoir send chlorophyll, phycocyanin, temperature and
dissolved-oxygen readings over cellular MQTT with TLS. Anglers and sailing clubs
report scum sightings, with a photo and their contact details, through a public web
form with a CAPTCHA. Everything lands in a data lake on the corporate network,
where a nightly pipeline retrains an in-house gradient-boosted ranking model on the
scientists' lab results. The model ranks reservoirs by bloom risk and the advisory
dashboard (corporate SSO, role-based access) tells the treatment works when to
switch intakes or increase treatment. Works operators decide and make the change
themselves from the SCADA system on the OT network, whose PLCs keep dosing interlocks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Reservoir algal bloom prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Satellite and buoy based bloom-risk ranking that advises treatment works "
    "on intake switching and treatment changes.",
)

# ---------------------------------------------------------------- data assets
imagery = tg.Data(
    "Satellite imagery",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="Licensed multispectral scenes clipped to the reservoirs.",
)
buoy_readings = tg.Data(
    "Buoy sensor readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sighting = tg.Data(
    "Scum sighting report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Reservoir, location, description, reporter's name, e-mail and club.",
)
sighting_photo = tg.Data("Sighting photo", sensitivity=tg.Sensitivity.PII, kind="media")
lab_results = tg.Data(
    "Lab results and bloom labels",
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
historian_data = tg.Data(
    "Raw water quality history",
    kind="records",
    description="Intake turbidity, algae counts and treatment settings from the SCADA historian.",
)
training_set = tg.Data("Bloom training set", kind="training-data")
model_artifact = tg.Data(
    "Bloom model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
risk_features = tg.Data("Reservoir risk features", kind="features")
risk_ranking = tg.Data(
    "Reservoir bloom risk ranking and advice",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Intake and treatment setpoints",
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_status = tg.Data("Plant status", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anglers and sailing club members who spot scum on the water.
    reporter = tm.add(tg.Actor("Angler or sailing club member", role="public reporter"))

with tm.boundary("Satellite data provider", trust=tg.Trust.PARTNER):
    # Commercial imagery supplier; we pull scenes from its API.
    satellite = tm.add(
        tg.ExternalService(
            "Satellite imagery API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Reservoir field network", trust=tg.Trust.PARTNER):
    # Solar-powered monitoring buoys, one or two per reservoir, on a mobile network.
    buoys = tm.add(tg.Device("Reservoir monitoring buoy sensors", fleet=True))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Public form for scum sightings, hosted by us.
    form = tm.add(
        tg.Endpoint(
            "Scum sighting web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="CAPTCHA, field and file-type checks")},
        )
    )
    # Pulls new scenes each day and clips them to the reservoirs.
    imagery_job = tm.add(tg.Pipeline("Daily imagery ingestion job", stage=tg.Stage.INGESTION))
    # Receives buoy readings from the MQTT broker.
    telemetry = tm.add(tg.Pipeline("Buoy telemetry ingestion", stage=tg.Stage.INGESTION))
    # Holds imagery, readings, sightings, lab results and the historian extract.
    lake = tm.add(
        tg.DataStore(
            "Reservoir data lake",
            stores={imagery, buoy_readings, sighting, sighting_photo, lab_results, historian_data},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Retrains the model nightly on the latest labelled seasons.
    training = tm.add(tg.Pipeline("Nightly bloom model retraining", stage=tg.Stage.TRAINING))
    # Keeps model versions; the serving job loads the latest approved one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # In-house gradient-boosted model ranking reservoirs by bloom risk.
    model = tm.add(
        tg.Model(
            "Bloom risk model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Scores each reservoir every morning and suggests intake or "
            "treatment changes.",
        )
    )
    # Where scientists and operators see the ranking and advice.
    dashboard = tm.add(
        tg.Endpoint(
            "Bloom advisory dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the works duty operator"),
            },
        )
    )
    # Water quality scientists: lab results, labels and sighting triage.
    scientist = tm.add(tg.Actor("Water quality scientist", role="scientist"))

with tm.boundary("Treatment works OT network", trust=tg.Trust.RESTRICTED):
    # Control room operators who decide on and make the changes.
    operator = tm.add(tg.Actor("Works operator", role="operator", privileged=True))
    # SCADA servers, HMIs and the historian.
    scada = tm.add(tg.Service("Treatment works SCADA", controls={c.AuditLogging()}))
    # PLCs driving the intake valves and chemical dosing pumps.
    plcs = tm.add(
        tg.Service(
            "Intake valve and dosing PLCs",
            controls={c.SafetyLimits(limits="dosing rate interlocks and intake valve limits")},
        )
    )

# ---------------------------------------------------------------- flows
# Imagery from the provider.
tm.flow(imagery_job, satellite, protocol="https", label="scene request with API key")
tm.flow(satellite, imagery_job, imagery, protocol="https")
tm.flow(imagery_job, lake, imagery)

# Buoy readings.
tm.flow(buoys, telemetry, buoy_readings, protocol="mqtts")
tm.flow(telemetry, lake, buoy_readings)

# Public sightings.
tm.flow(reporter, form, sighting, sighting_photo, protocol="https")
tm.flow(form, lake, sighting, sighting_photo)

# Scientists' lab results and sighting triage.
tm.flow(scientist, lake, lab_results, protocol="https", label="uploads lab results")
tm.flow(lake, scientist, sighting, sighting_photo, protocol="https", label="sighting triage")

# Historian extract from the OT network.
tm.flow(scada, lake, historian_data, protocol="https", label="daily historian export")

# Training and release.
tm.flow(lake, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load latest version")

# Daily scoring and advice.
tm.flow(lake, model, risk_features)
tm.flow(model, dashboard, risk_ranking)
tm.flow(dashboard, scientist, risk_ranking, protocol="https")
tm.flow(dashboard, operator, risk_ranking, protocol="https")

# Operators act from SCADA.
tm.flow(operator, scada, setpoints, label="enters changes at the HMI")
tm.flow(scada, operator, plant_status, label="HMI displays")
tm.flow(scada, plcs, setpoints, protocol="modbus")
tm.flow(plcs, scada, plant_status, protocol="modbus")
