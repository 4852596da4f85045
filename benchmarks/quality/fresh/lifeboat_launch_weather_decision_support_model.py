"""Lifeboat launch weather decision support: the first design, before any security review.

When the coastguard pages the station, the duty launch authority opens a dashboard
on the boathouse tablet and enters the incident area. The dashboard asks an
in-house launch risk model, which scores sea state and launch risk from the
national met service's marine forecast API and from the harbour authority's wave
buoy (read through the harbour's telemetry portal). The advice is only advice:
the launch authority decides, and records the decision and the advice shown in
a decision log. Outcomes from the log and historical sea-state features are used
by the charity's data scientist to retrain the model each winter.
Everything of ours runs in the charity's cloud tenancy. The dashboard signs
people in with the charity's single sign-on, the ingestion job range-checks the
feeds, calls to the feeds go over HTTPS, the stores use the cloud's default
encryption and models are versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lifeboat launch weather decision support",
    profile=tg.RiskProfile.HIGH,
    description="Advises a lifeboat station's launch authority on sea state and launch risk.",
)

# ---------------------------------------------------------------- data assets
forecast = tg.Data(
    "Marine weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wind, gust, swell and visibility forecasts for the station's sea area.",
)
buoy_readings = tg.Data(
    "Wave buoy readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Significant wave height, period and direction every ten minutes.",
)
sea_state = tg.Data("Sea-state features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
incident = tg.Data(
    "Incident area",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rough position and type of the shout, typed in by the launch authority.",
)
advice_request = tg.Data("Advice request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
advice = tg.Data(
    "Launch risk advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="A risk band with the sea-state figures behind it.",
)
decision = tg.Data(
    "Launch decision records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who authorised or declined the launch, when, the advice shown and the outcome.",
)
training_set = tg.Data(
    "Historical launches and sea states",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
weights = tg.Data(
    "Launch risk model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Met service", trust=tg.Trust.PARTNER):
    # The national met service's marine forecast API, which we subscribe to.
    met_api = tm.add(
        tg.ExternalService("Marine forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Harbour authority", trust=tg.Trust.PARTNER):
    # The harbour's own wave buoy at the harbour mouth; the harbour maintains it.
    buoy = tm.add(tg.Device("Harbour wave buoy", fleet=False))
    # The harbour authority's portal, where the buoy reports and we read it.
    harbour_portal = tm.add(
        tg.ExternalService("Harbour telemetry portal", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Lifeboat station", trust=tg.Trust.INTERNAL):
    # The duty launch authority, who decides whether the boat launches.
    launch_authority = tm.add(tg.Actor("Launch authority", role="launch authority"))

with tm.boundary("Charity office network", trust=tg.Trust.INTERNAL):
    # Retrains and releases the model once a season.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls both feeds every ten minutes and turns them into features.
    ingestion = tm.add(
        tg.Pipeline(
            "Weather ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="readings outside physical ranges are dropped")},
        )
    )
    # Latest sea-state features for the station's area, kept for training too.
    feature_store = tm.add(
        tg.FeatureStore(
            "Sea-state feature store",
            stores={sea_state},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The tablet web app the launch authority uses during a shout.
    dashboard = tm.add(
        tg.Service(
            "Launch dashboard",
            controls={c.Authentication(method="charity single sign-on (OIDC)")},
        )
    )
    # Serves advice to the dashboard.
    advice_api = tm.add(
        tg.Endpoint(
            "Launch advice endpoint",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            controls={
                c.FailClosed(
                    fallback="advice is shown as unavailable when buoy data is over 30 minutes old"
                )
            },
        )
    )
    # Gradient-boosted model scoring launch risk; advisory, a person decides.
    model = tm.add(
        tg.Model(
            "Launch risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={c.HumanInTheLoop(approver="the duty launch authority")},
        )
    )
    # Record of each decision, for the station's records and for retraining.
    decision_log = tm.add(
        tg.DataStore(
            "Launch decision log",
            stores={decision},
            controls={
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Past launches joined to the sea state at the time.
    train_data = tm.add(tg.Dataset("Launch training set", stores={training_set}))
    # Seasonal retraining job.
    training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
    # Holds released model versions.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(met_api, ingestion, forecast, protocol="https")
tm.flow(buoy, harbour_portal, buoy_readings, protocol="mqtt", label="cellular uplink")
tm.flow(harbour_portal, ingestion, buoy_readings, protocol="https")
tm.flow(ingestion, feature_store, sea_state)

tm.flow(launch_authority, dashboard, incident, protocol="https")
tm.flow(dashboard, advice_api, advice_request, protocol="https")
tm.flow(feature_store, advice_api, sea_state, label="latest sea state")
tm.flow(advice_api, model, sea_state, advice_request)
tm.flow(model, advice_api, advice)
tm.flow(advice_api, dashboard, advice, protocol="https")
tm.flow(dashboard, launch_authority, advice, protocol="https")

tm.flow(launch_authority, dashboard, decision, protocol="https", label="records decision")
tm.flow(dashboard, decision_log, decision)
tm.flow(decision_log, dashboard, decision, label="recent decisions")

tm.flow(decision_log, train_data, decision, label="launch outcomes")
tm.flow(feature_store, train_data, sea_state, label="historical snapshot")
tm.flow(train_data, training, training_set)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, label="approves release")
tm.flow(registry, model, weights, label="deploy")
