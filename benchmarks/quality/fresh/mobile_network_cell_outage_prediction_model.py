"""Cell-site outage prediction for a mobile operator: the first design.

Base stations report alarms and 15-minute performance counters to the RAN
vendor's element manager in the OSS network, which streams them northbound to an
ingestion pipeline on the analytics platform; there they are joined with a
weather provider's forecasts into per-cell features. Every 15 minutes a scoring
service asks an in-house classifier for each cell's outage risk; above a
threshold it opens a predictive ticket in the operator's field-service SaaS,
where field engineers work it from their phones and close it with a cause code.
NOC operators watch the scores on a dashboard. Closed tickets and alarm history
label weekly retraining. Controls: SNMPv3 alarms and SFTP counter files, schema
enforcement on ingestion, SSO with MFA and regional roles in the ticketing SaaS,
a versioned model registry and a backtest before each promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mobile network cell outage prediction",
    profile=tg.RiskProfile.HIGH,
    description="Predicts cell-site outages from alarms and telemetry and opens "
    "field tickets before customers notice.",
)

# ---------------------------------------------------------------- data assets
alarms = tg.Data(
    "Network alarms",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Equipment, power, temperature and transmission alarms from each site.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
counters = tg.Data(
    "Performance counter telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="15-minute PM counters: availability, drops, VSWR, battery voltage.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
cell_features = tg.Data("Cell features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk_score = tg.Data("Outage risk score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
ticket = tg.Data(
    "Predictive ticket",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Site id, predicted fault, risk score and the alarms behind it.",
)
site_access = tg.Data(
    "Site access instructions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Site address, landlord contact and key safe codes for the cabinet.",
)
ticket_update = tg.Data(
    "Ticket updates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Engineer notes, work done and the closing cause code.",
)
outage_labels = tg.Data(
    "Outage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_data = tg.Data(
    "Historical cell features", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Outage model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Radio access network", trust=tg.Trust.INTERNAL):
    # Thousands of eNodeB/gNodeB sites, in cabinets on masts and rooftops.
    base_stations = tm.add(tg.Device("Cell-site base stations", fleet=True))

with tm.boundary("OSS network", trust=tg.Trust.RESTRICTED):
    # The RAN vendor's element manager: collects alarms and counter files.
    ems = tm.add(
        tg.Service(
            "RAN element manager",
            description="Vendor-supplied; forwards alarms and counters northbound.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Hourly forecasts of wind, rain, lightning and heat per site grid square.
    weather_api = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Streams alarms, counters and forecasts into per-cell features.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="schema registry on the Kafka topics")},
        )
    )
    # Rolling per-cell features for scoring; daily snapshots go to training.
    feature_store = tm.add(tg.FeatureStore("Cell feature store", stores={cell_features}))
    # Scores every cell every 15 minutes and opens tickets above the threshold.
    scoring = tm.add(
        tg.Service(
            "Outage scoring service",
            description="Opens a predictive ticket when a cell's risk is above 0.8 "
            "and no open ticket exists for the site.",
        )
    )
    # Predicts the probability of a site outage in the next six hours.
    outage_model = tm.add(
        tg.Model(
            "Outage prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            controls={c.ModelValidation(note="backtest against last month's outages")},
        )
    )
    # Read-only view of the scores for the NOC.
    dashboard = tm.add(tg.Endpoint("NOC risk dashboard", purpose=tg.EndpointPurpose.API))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Alarm history joined with ticket outcomes.
        training_set = tm.add(
            tg.Dataset("Outage training set", stores={training_data, outage_labels})
        )
        # Weekly retraining job.
        training = tm.add(
            tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model artifacts the scoring side loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Field service SaaS", trust=tg.Trust.PARTNER):
    # The operator's field-service ticketing, run by a SaaS vendor.
    ticketing = tm.add(
        tg.DataStore(
            "Field service ticketing",
            stores={ticket, site_access, ticket_update},
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="engineers see tickets of their region"),
            },
        )
    )

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Works tickets from the vendor's mobile app over the public internet.
    engineer = tm.add(tg.Actor("Field engineer", role="field engineer"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Watches predicted outages alongside live alarms.
    noc = tm.add(tg.Actor("NOC operator", role="network operations"))
    # Owns the model and promotes new versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Telemetry in
tm.flow(base_stations, ems, alarms, protocol="snmpv3")
tm.flow(base_stations, ems, counters, protocol="sftp", label="15-minute counter files")
tm.flow(ems, ingestion, alarms, counters, protocol="kafka", label="northbound stream")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ingestion, feature_store, cell_features)

# Scoring and tickets
tm.flow(feature_store, scoring, cell_features)
tm.flow(scoring, outage_model, cell_features)
tm.flow(outage_model, scoring, risk_score)
tm.flow(scoring, dashboard, risk_score)
tm.flow(dashboard, noc, risk_score, protocol="https")
tm.flow(scoring, ticketing, ticket, protocol="https", label="open predictive ticket")
tm.flow(ticketing, scoring, ticket, protocol="https", label="open tickets per site")
tm.flow(ticketing, engineer, ticket, site_access, protocol="https")
tm.flow(engineer, ticketing, ticket_update, protocol="https")

# Training and release
tm.flow(feature_store, training_set, training_data, label="daily snapshot")
tm.flow(
    ticketing,
    training_set,
    outage_labels,
    protocol="https",
    label="weekly export of closed tickets",
)
tm.flow(training_set, training, training_data, outage_labels)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, outage_model, weights, label="deploy")
