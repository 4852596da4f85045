"""Lake algae alert model: the first design, before any security review.

A country park's former gravel pit lakes are used for wild swimming and dog walking.
Solar-powered buoys on each lake report water temperature, chlorophyll-a,
phycocyanin, dissolved oxygen and pH every 15 minutes over a cellular link to the
park's cloud tenant, and an accredited water laboratory drops its weekly sample
results (cyanobacteria cell counts, microcystin) on an SFTP server. An hourly job
scores each lake with a bloom-risk classifier trained in-house on past seasons'
readings and lab-confirmed blooms. When the risk is high, a closure service closes
swimming and dog access on its own: it changes the e-paper signs at the lake
entrances, posts a notice on the park's website and texts the duty ranger. Only
the park ecologist can reopen a lake, from a dashboard behind the council's
single sign-on with MFA, after a clear lab result. Incoming readings are checked
against a schema; the model is retrained each winter and saved as a joblib file.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Lake algae alert model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts blue-green algae blooms in the park's gravel pit lakes and closes "
        "swimming and dog access when the risk is high."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Buoy sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Temperature, chlorophyll-a, phycocyanin, dissolved oxygen and pH per lake.",
)
lab_results = tg.Data(
    "Lab sample results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Cyanobacteria cell counts and microcystin per sampling point.",
)
features = tg.Data("Bloom risk features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk = tg.Data(
    "Bloom risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
training_data = tg.Data(
    "Labelled lake history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past seasons' readings, each day labelled bloom or no bloom by lab results.",
)
artifact = tg.Data("Bloom model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
notice = tg.Data(
    "Lake access notice",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Which lakes are closed to swimming and dogs, and since when.",
)
ranger_text = tg.Data("Closure text message", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reopening = tg.Data(
    "Reopening approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Swimmers and dog walkers check the website before they come.
    visitor = tm.add(tg.Actor("Park visitor", role="visitor"))

with tm.boundary("Water testing laboratory", trust=tg.Trust.PARTNER):
    # Accredited lab that analyses the rangers' weekly samples.
    lab = tm.add(
        tg.DataSource("Water testing lab", origin=tg.Origin.PARTNER, provides={lab_results})
    )

with tm.boundary("Council web hosting", trust=tg.Trust.PARTNER):
    # The park's public website, run by the council's web team on its CMS.
    website = tm.add(tg.Service("Park website", internet_facing=True))

with tm.boundary("Lakes", trust=tg.Trust.INTERNAL):
    # Monitoring buoys moored on each lake, cellular uplink.
    buoys = tm.add(tg.Device("Water quality buoys", fleet=True))
    # E-paper signs at each lake entrance showing swimming and dog access.
    signs = tm.add(tg.Device("Lake entrance signs", fleet=True))

with tm.boundary("Park cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives buoy messages and lab files, validates them and stores them.
    ingestion = tm.add(
        tg.Pipeline(
            "Lake data ingestion",
            stage=tg.Stage.INGESTION,
            controls={tg.controls.SchemaEnforcement(note="ranges and units per sensor")},
        )
    )
    # Time series of readings, lab results and every risk score issued.
    lake_db = tm.add(tg.DataStore("Lake data store", stores={readings, lab_results, risk}))
    # Builds features per lake every hour and asks the model for a risk score.
    scoring = tm.add(tg.Service("Hourly bloom scoring job"))
    # Gradient-boosted classifier of bloom risk for the next 48 hours.
    model = tm.add(
        tg.Model(
            "Bloom risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Closes access when the score crosses the threshold; reopening waits for the ecologist.
    closure = tm.add(
        tg.Service(
            "Access closure service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the park ecologist",
                    note="reopening only; closures go ahead automatically",
                )
            },
        )
    )
    # Where the ecologist sees scores and lab results and approves reopening.
    dashboard = tm.add(
        tg.Endpoint(
            "Ecologist dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="council Entra ID single sign-on with MFA")
            },
        )
    )
    # Labelled history exported at the end of each season for retraining.
    dataset = tm.add(tg.Dataset("Lake training set", stores={training_data}))
    # Winter retraining notebook job run by the ecologist.
    training = tm.add(tg.Pipeline("Winter retraining", stage=tg.Stage.TRAINING))
    # Bucket holding the current and previous model files.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={artifact}))

with tm.boundary("Park office", trust=tg.Trust.INTERNAL):
    # Duty ranger who puts up barriers and tape when a lake is closed.
    ranger = tm.add(tg.Actor("Duty ranger", role="ranger"))
    # Owns the model and the decision to reopen a lake.
    ecologist = tm.add(tg.Actor("Park ecologist", role="ecologist", privileged=True))

# ---------------------------------------------------------------- flows
# data in
tm.flow(buoys, ingestion, readings, protocol="mqtt")
tm.flow(lab, ingestion, lab_results, protocol="sftp")
tm.flow(ingestion, lake_db, readings, lab_results)

# hourly scoring
tm.flow(lake_db, scoring, readings, lab_results, label="hourly read")
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk)
tm.flow(scoring, lake_db, risk)
tm.flow(scoring, closure, risk)

# closing access
tm.flow(closure, signs, notice, protocol="https")
tm.flow(closure, website, notice, protocol="https")
tm.flow(website, visitor, notice, protocol="https")
tm.flow(closure, ranger, ranger_text, protocol="sms")

# the ecologist's dashboard and reopening
tm.flow(lake_db, dashboard, readings, lab_results, risk)
tm.flow(dashboard, ecologist, readings, lab_results, risk, protocol="https")
tm.flow(ecologist, dashboard, reopening, protocol="https")
tm.flow(dashboard, closure, reopening)

# retraining
tm.flow(lake_db, dataset, training_data, label="end-of-season export")
tm.flow(dataset, training, training_data)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")
