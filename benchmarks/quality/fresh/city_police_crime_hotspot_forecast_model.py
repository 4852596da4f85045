"""City police crime hotspot forecasting: the first design.

The force's analytics team forecasts, for each 250 m grid cell of the city and
each shift of the coming week, the expected number of burglaries and street
crimes (robbery, theft from the person, vehicle crime), so that inspectors can
plan where patrols go. A nightly extract pipeline reads recorded crimes from the
records management system and incidents from computer-aided dispatch, strips
names and snaps locations to grid cells, and joins open census, street-lighting,
events and weather data. A gradient-boosted model is retrained weekly from that
feature set; the lead analyst approves each version in the model registry after
a backtest. A nightly scoring job writes the forecasts to a store that the patrol
planning dashboard maps for inspectors, who send briefing maps to officers'
handhelds. Everything runs on the force's own network, the training data in a
restricted analytics enclave; the dashboard sits behind force smartcard SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City police crime hotspot forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Weekly grid-cell forecasts of burglary and street crime, used by inspectors "
        "to plan patrols."
    ),
)

# ---------------------------------------------------------------- data assets
crime_reports = tg.Data(
    "Recorded crime reports",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Offence, time, address and the people involved (victims, witnesses, suspects).",
)
incidents = tg.Data(
    "Calls for service",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dispatch incidents with caller details, location and outcome.",
)
open_data = tg.Data(
    "Census, street-lighting, events and weather data",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
features = tg.Data(
    "Grid-cell crime features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Past crime and incident counts per cell and shift, with context variables.",
)
counts = tg.Data(
    "Observed crime counts per cell",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
artifact = tg.Data(
    "Hotspot model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
backtest = tg.Data("Backtest report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecasts = tg.Data(
    "Hotspot forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Expected burglary and street-crime counts per cell and shift for the next 7 days.",
)
patrol_plans = tg.Data(
    "Patrol plans",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which cells each shift's patrols cover, set by the inspector.",
)
briefing = tg.Data("Patrol briefing map", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # City and national open-data portals for context variables.
    open_portals = tm.add(
        tg.DataSource(
            "Open data portals",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={open_data},
            description="Census tables, street-lighting inventory, events calendar, weather history.",
        )
    )

with tm.boundary("Force network", trust=tg.Trust.INTERNAL):
    # Officers and call handlers who record the crimes and incidents the model learns from.
    recorders = tm.add(tg.Actor("Officers and call handlers", role="police officer"))
    # The force's system of record for crimes (vendor product, already in service).
    rms = tm.add(
        tg.DataStore(
            "Records management system",
            stores={crime_reports},
            controls={c.EncryptionAtRest(key_management="vendor-managed database keys")},
        )
    )
    # Computer-aided dispatch: every call for service and what was sent.
    cad = tm.add(tg.DataStore("Computer-aided dispatch", stores={incidents}))
    # Inspectors who plan the week's patrols from the forecasts.
    planner = tm.add(tg.Actor("Patrol planning inspector", role="inspector"))
    # Analyst who owns the model, runs the backtests and approves releases.
    analyst = tm.add(tg.Actor("Lead crime analyst", role="data scientist", privileged=True))
    # Map dashboard of forecasts where inspectors set and save patrol plans.
    dashboard = tm.add(
        tg.Service(
            "Patrol planning dashboard",
            controls={
                c.Authentication(method="force SSO with smartcard and PIN"),
                c.RBAC(note="inspectors and analysts only"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Analytics enclave", trust=tg.Trust.RESTRICTED):
        # Nightly extract: pseudonymises, geocodes to cells and joins open data.
        extract = tm.add(
            tg.Pipeline(
                "Nightly crime data extract",
                stage=tg.Stage.PREPROCESSING,
                controls={
                    c.DataMinimization(
                        note="names and contact details dropped, locations snapped to 250 m cells"
                    )
                },
            )
        )
        # Cell-by-shift feature set used for both training and scoring.
        feature_set = tm.add(
            tg.Dataset(
                "Grid-cell feature set",
                stores={features, counts},
                purpose="training",
                controls={
                    c.EncryptionAtRest(key_management="enclave key store"),
                    c.DataVersioning(note="weekly snapshots"),
                },
            )
        )
        # Weekly retraining with open-source ML libraries, and a 12-week backtest.
        training = tm.add(
            tg.Pipeline(
                "Weekly model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest against the last 12 weeks")},
            )
        )
        # Versioned model artifacts; the analyst tags the production version.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))
        # The forecasting model itself.
        model = tm.add(
            tg.Model(
                "Crime hotspot forecast model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees over cell history, season and context.",
            )
        )
        # Nightly batch job that scores every cell for the coming week.
        scoring = tm.add(tg.Service("Nightly forecast scoring job"))
        # Forecasts and the saved patrol plans the dashboard shows.
        forecast_store = tm.add(tg.DataStore("Forecast store", stores={forecasts, patrol_plans}))

with tm.boundary("Force mobile estate", trust=tg.Trust.INTERNAL):
    # Managed handhelds on which patrol officers get their shift briefing.
    handhelds = tm.add(tg.Device("Officer handhelds", fleet=True))

# ---------------------------------------------------------------- flows
# Records come in as officers and call handlers work.
tm.flow(recorders, rms, crime_reports, protocol="https")
tm.flow(recorders, cad, incidents, protocol="https")

# Nightly extract into the feature set.
tm.flow(rms, extract, crime_reports, label="nightly export")
tm.flow(cad, extract, incidents, label="nightly export")
tm.flow(open_portals, extract, open_data, protocol="https")
tm.flow(extract, feature_set, features, counts)

# Weekly training and release.
tm.flow(feature_set, training, features, counts)
tm.flow(training, registry, artifact)
tm.flow(training, analyst, backtest, label="candidate version and backtest")
tm.flow(analyst, registry, approval, label="tags production version")

# Nightly scoring.
tm.flow(registry, model, artifact, label="load production version")
tm.flow(feature_set, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, forecasts)
tm.flow(scoring, forecast_store, forecasts)

# Planning and briefing.
tm.flow(forecast_store, dashboard, forecasts, patrol_plans)
tm.flow(dashboard, forecast_store, patrol_plans)
tm.flow(dashboard, planner, forecasts, protocol="https")
tm.flow(planner, dashboard, patrol_plans, protocol="https")
tm.flow(dashboard, analyst, forecasts, protocol="https")
tm.flow(dashboard, handhelds, briefing, protocol="https", label="over the force mobile VPN")
