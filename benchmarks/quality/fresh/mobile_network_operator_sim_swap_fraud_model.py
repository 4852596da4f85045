"""SIM swap fraud scoring: the first design, before any security review.

A mobile operator scores every SIM swap request before the new SIM is activated.
Requests come from staff in retail stores (many of them franchised dealers) through
the store app, and from agents in an outsourced contact centre through the CRM; both
call the SIM swap order API in the operator's BSS, which asks the fraud scoring
service for a score. The score comes from a gradient-boosted model fed by an online
feature store built from subscriber records and core-network events (recent IMEI
changes, porting requests, location). Low-risk swaps go straight to provisioning;
risky ones are held in a case queue until a fraud analyst releases or rejects them.
Analyst verdicts become labels for monthly retraining, and an ML engineer approves
each model version in the registry. Channels authenticate with OAuth client
credentials, the order API keeps an audit trail, and analysts sign in with SSO and MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "SIM swap fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Fraud scores for SIM swap requests from stores and the contact centre; "
        "risky swaps are held for a fraud analyst."
    ),
)

# ---------------------------------------------------------------- data assets
swap_request = tg.Data(
    "SIM swap request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="MSISDN, new ICCID, channel, store or agent id, how the customer was verified.",
)
swap_status = tg.Data("Swap status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
subscriber = tg.Data(
    "Subscriber records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Account holder, tenure, plan, recent account changes and contact details.",
)
network_events = tg.Data(
    "Network and device events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="IMEI changes, porting requests, cell location of recent activity.",
)
features = tg.Data("Subscriber risk features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Swap fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
provisioning_order = tg.Data(
    "SIM provisioning order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Re-binds the MSISDN to the new SIM's IMSI in the HLR/HSS.",
)
held_case = tg.Data("Held swap case", kind="records", sensitivity=tg.Sensitivity.PII)
verdict = tg.Data("Analyst verdict", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
labels = tg.Data(
    "Fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Retail stores", trust=tg.Trust.PARTNER):
    # Own and franchised stores; staff check ID and raise swaps in the store app.
    store_staff = tm.add(tg.Actor("Store staff", role="retail sales associate"))

with tm.boundary("Outsourced contact centre", trust=tg.Trust.PARTNER):
    # BPO agents verify callers with security questions and raise swaps in the CRM.
    cc_agent = tm.add(tg.Actor("Contact centre agent", role="customer service agent"))

with tm.boundary("Operator BSS", trust=tg.Trust.INTERNAL):
    # Single entry point for swap requests from every channel.
    order_api = tm.add(
        tg.Endpoint(
            "SIM swap order API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="OAuth client credentials per channel (store app, contact-centre CRM)"
                ),
                c.SchemaEnforcement(),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # The billing and customer system of record.
    subscriber_db = tm.add(
        tg.DataStore(
            "Subscriber database",
            stores={subscriber},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )

with tm.boundary("Core network", trust=tg.Trust.RESTRICTED):
    # HLR/HSS provisioning that actually moves the number to the new SIM.
    provisioning = tm.add(tg.Service("SIM provisioning"))
    # Signalling and device events published by the core network.
    events_feed = tm.add(
        tg.DataSource("Network event feed", origin=tg.Origin.INTERNAL, provides={network_events})
    )

with tm.boundary("Fraud platform", trust=tg.Trust.INTERNAL):
    # Turns subscriber records and network events into per-subscriber features.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Online features looked up at scoring time, offline snapshots for training.
    feature_store = tm.add(
        tg.FeatureStore(
            "Feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Returns a score and a proceed-or-hold decision to the order API.
    scoring = tm.add(tg.Endpoint("Fraud scoring service", returns_scores=True))
    # The model itself; a score above the hold threshold stops the swap.
    model = tm.add(
        tg.Model(
            "SIM swap fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; scores above 0.7 hold the swap for review.",
        )
    )
    # Queue and UI where analysts work held swaps.
    case_mgmt = tm.add(
        tg.Service(
            "Fraud case management",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="fraud team only"),
                c.HumanInTheLoop(approver="fraud analyst", note="only swaps the model holds"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Analyst verdicts joined with the features seen at scoring time.
        training_set = tm.add(tg.Dataset("Labelled swap dataset", stores={labels, features}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versioned models; serving loads the version the ML engineer approves.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews held swaps and confirms or clears fraud.
    analyst = tm.add(tg.Actor("Fraud analyst", role="analyst"))
    # Owns the model and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(store_staff, order_api, swap_request, protocol="https", label="store app")
tm.flow(order_api, store_staff, swap_status, protocol="https")
tm.flow(cc_agent, order_api, swap_request, protocol="https", label="CRM")
tm.flow(order_api, cc_agent, swap_status, protocol="https")

tm.flow(order_api, scoring, swap_request, protocol="grpc")
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, order_api, score, protocol="grpc", label="score and proceed or hold")

tm.flow(order_api, provisioning, provisioning_order, label="low-risk swaps")
tm.flow(order_api, case_mgmt, held_case, label="held swaps")
tm.flow(case_mgmt, analyst, held_case, protocol="https")
tm.flow(analyst, case_mgmt, verdict, protocol="https", label="release or reject")
tm.flow(case_mgmt, order_api, swap_status, label="outcome of held swap")
tm.flow(case_mgmt, provisioning, provisioning_order, label="released swaps")

tm.flow(subscriber_db, order_api, subscriber, label="account lookup")
tm.flow(subscriber_db, feature_job, subscriber)
tm.flow(events_feed, feature_job, network_events, protocol="kafka")
tm.flow(feature_job, feature_store, features)

tm.flow(case_mgmt, training_set, labels)
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, training, labels, features)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, label="approves release")
tm.flow(registry, model, weights, label="deploy")
