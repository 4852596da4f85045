"""Vessel hull risk scoring: the first design, before any security review.

Our marine hull underwriters price cover for ocean-going ships. This system gives
them a hull risk score for each vessel in a broker's submission. A licensed
maritime data vendor streams AIS position reports and derived port calls for the
world fleet; an ingestion pipeline merges them with the government sanctions lists
(OFAC, EU, UK) we download daily, flags AIS gaps and calls at sanctioned ports, and
screens owners and managers against the lists. A feature pipeline turns the voyage
history into vessel features; a gradient-boosted model trained on our hull claims
history scores each vessel. Brokers upload submissions through our broker portal;
underwriters see the score and its top drivers in the underwriting workbench and set
the final premium themselves. It all runs in our cloud tenancy: brokers sign in to
the portal, staff use corporate SSO with MFA, the workbench is role-based, stores
are encrypted with cloud-managed keys and models are versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vessel AIS hull risk model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Hull risk scores from AIS tracks, port calls and sanctions data, "
    "feeding underwriters' premium quotes.",
)

# ---------------------------------------------------------------- data assets
ais_positions = tg.Data(
    "AIS position reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Position, speed, heading and navigational status per MMSI, licensed from the vendor.",
)
port_calls = tg.Data(
    "Port call records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Arrivals and departures the vendor derives from AIS and port data.",
)
sanctions = tg.Data(
    "Sanctions list entries",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Designated persons, companies, vessels (IMO numbers) and ports.",
)
submission = tg.Data(
    "Broker risk submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Fleet schedule, owner and manager details with contact names, "
    "survey reports and loss records, uploaded as spreadsheets and PDFs.",
)
voyage_history = tg.Data(
    "Vessel voyage history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cleaned tracks, port calls, AIS gaps and calls at sanctioned ports per vessel.",
)
screening = tg.Data(
    "Sanctions screening results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Matches of owners, managers and beneficial owners against the lists.",
)
features = tg.Data("Vessel risk features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
claims = tg.Data(
    "Hull claims history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
artifact = tg.Data(
    "Hull risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
score_request = tg.Data("Scoring request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
risk_score = tg.Data(
    "Hull risk score with top drivers", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
quote = tg.Data("Premium quote", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brokers place the risk with us on behalf of shipowners.
    broker = tm.add(tg.Actor("Marine broker", role="broker"))
    # Official sanctions lists, downloaded daily from the government sites.
    sanctions_lists = tm.add(
        tg.DataSource(
            "Government sanctions lists",
            origin=tg.Origin.PUBLIC_WEB,
            provides={sanctions},
            description="OFAC SDN, EU consolidated and UK OFSI lists.",
        )
    )

with tm.boundary("Maritime data vendor", trust=tg.Trust.PARTNER):
    # The vendor aggregates terrestrial and satellite AIS receivers; AIS itself is an
    # unauthenticated broadcast the vessels make.
    ais_feed = tm.add(
        tg.DataSource(
            "AIS and port call feed",
            origin=tg.Origin.VENDOR,
            provides={ais_positions, port_calls},
            description="Vendor REST API, polled every 15 minutes.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Where brokers upload submissions and receive quotes.
    portal = tm.add(
        tg.Endpoint(
            "Broker portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="broker e-mail and password")},
        )
    )
    # Merges the vendor feed with the sanctions lists and screens owners.
    ingestion = tm.add(
        tg.Pipeline(
            "Voyage ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(
                    note="AIS and port call messages checked against the vendor schema"
                )
            },
        )
    )
    # The system's copy of the world-fleet voyage history.
    voyage_store = tm.add(
        tg.DataStore(
            "Voyage history store",
            stores={voyage_history, screening, sanctions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Computes per-vessel features: sanctioned-port calls, AIS dark periods, trading areas.
    feature_job = tm.add(tg.Pipeline("Vessel feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Serves features online to scoring and offline snapshots to training.
    feature_store = tm.add(tg.FeatureStore("Vessel feature store", stores={features}, online=True))
    # Copy of the claims system's hull losses, used as training labels.
    claims_db = tm.add(
        tg.DataStore(
            "Hull claims database",
            stores={claims},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Scores vessels; underwriters decide the premium.
    model = tm.add(
        tg.Model(
            "Hull risk model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees predicting expected hull loss cost per vessel-year.",
            controls={c.HumanInTheLoop(approver="the underwriter, who sets the final premium")},
        )
    )
    # Internal scoring API the workbench calls.
    endpoint = tm.add(
        tg.Endpoint(
            "Risk scoring endpoint",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            controls={c.Authentication(method="workload identity of the workbench")},
        )
    )
    # Underwriters review submissions, scores and set the quote here.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Quarterly retraining on features and claims.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
        # Versioned model artifacts that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Prices the risk using the score as one input.
    underwriter = tm.add(tg.Actor("Hull underwriter", role="underwriter"))
    # Builds, retrains and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(ais_feed, ingestion, ais_positions, port_calls, protocol="https", label="15-minute poll")
tm.flow(sanctions_lists, ingestion, sanctions, protocol="https", label="daily download")
tm.flow(ingestion, voyage_store, voyage_history, screening, sanctions)
tm.flow(voyage_store, feature_job, voyage_history, screening)
tm.flow(feature_job, feature_store, features)

tm.flow(broker, portal, submission, protocol="https")
tm.flow(portal, workbench, submission)
tm.flow(workbench, underwriter, submission, risk_score, protocol="https")
tm.flow(underwriter, workbench, quote, protocol="https", label="sets premium")
tm.flow(workbench, portal, quote)
tm.flow(portal, broker, quote, protocol="https")

tm.flow(workbench, endpoint, score_request, protocol="https")
tm.flow(feature_store, endpoint, features, label="online lookup")
tm.flow(endpoint, model, features)
tm.flow(model, endpoint, risk_score)
tm.flow(endpoint, workbench, risk_score, protocol="https")
tm.flow(voyage_store, workbench, screening, label="sanctions matches shown to the underwriter")

tm.flow(feature_store, training, features, label="offline snapshot")
tm.flow(claims_db, training, claims)
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, release, label="promotes a version")
tm.flow(registry, model, artifact, label="deploy")
