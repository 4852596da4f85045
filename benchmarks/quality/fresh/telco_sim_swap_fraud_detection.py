"""SIM swap and port-out fraud detection: the first design, before any security review.

An EU mobile operator scores every SIM swap and port-out request before it is carried
out. Requests arrive at one request API from three channels: customers in the
self-service app, staff in franchised retail stores and agents in the outsourced call
centre. A scoring service pulls account history from the CRM and device and location
signals from a feature store fed by the core network, and asks an in-house classifier
for a risk score. Low-risk requests go straight to provisioning; high-risk ones are held
in a case queue for a fraud analyst, whose decisions also label the nightly retraining
set. Completed swaps are recorded so that partner banks can ask, through a SIM swap
check API, whether a number changed SIM recently. Controls in this design: login with
an SMS one-time code or staff SSO on the request API, analyst hold above a score
threshold, decision audit logs, OAuth client credentials and quotas for banks, and an
encrypted, role-restricted CRM.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "SIM swap and port-out fraud detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Risk-scores SIM swaps and port-outs, holds risky ones, answers bank swap checks.",
)

# ---------------------------------------------------------------- data assets
swap_request = tg.Data(
    "SIM swap or port-out request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="MSISDN, new ICCID or recipient operator, channel, staff ID, ID-check result.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
request_status = tg.Data("Request status", sensitivity=tg.Sensitivity.PII, kind="records")
account_history = tg.Data(
    "Account history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenure, recent contact and address changes, past swaps, payment history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
network_signals = tg.Data(
    "Device and location signals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="IMEI changes, last cell location, roaming and recent call and SMS patterns.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data("Swap risk features", sensitivity=tg.Sensitivity.PII, kind="features")
risk_score = tg.Data(
    "Swap risk score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
decision = tg.Data(
    "Allow or hold decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
case = tg.Data("Held request case", sensitivity=tg.Sensitivity.PII, kind="records")
analyst_decision = tg.Data(
    "Analyst decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
provisioning_order = tg.Data(
    "Provisioning order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
swap_event = tg.Data("Recent swap event", sensitivity=tg.Sensitivity.PII, kind="records")
bank_query = tg.Data("Bank swap check query", sensitivity=tg.Sensitivity.PII, kind="records")
bank_answer = tg.Data(
    "Swap check answer",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether and when the number last changed SIM or operator.",
)
weights = tg.Data(
    "Risk model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="XGBoost classifier logged to the ML platform as a pickle.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers request a replacement SIM or eSIM, or a port-out code, in the app.
    customer = tm.add(tg.Actor("App customer", role="subscriber"))

with tm.boundary("Franchised retail stores", trust=tg.Trust.PARTNER):
    # Dealer staff check ID in store and key in swaps on the dealer portal.
    store_staff = tm.add(tg.Actor("Retail store staff", role="dealer staff"))

with tm.boundary("Outsourced call centre", trust=tg.Trust.PARTNER):
    # Agents take swap and port-out requests by phone after knowledge-based checks.
    call_agent = tm.add(tg.Actor("Call-centre agent", role="contact centre agent"))

with tm.boundary("Partner banks", trust=tg.Trust.PARTNER):
    # Banks check for a recent swap before sending one-time codes or approving payments.
    bank = tm.add(tg.Actor("Bank fraud system", role="bank", human=False))

with tm.boundary("Operator IT", trust=tg.Trust.INTERNAL):
    # Single entry point for swap and port-out requests from all three channels.
    request_api = tm.add(
        tg.Endpoint(
            "SIM change request API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app login with SMS one-time code; staff SSO"),
                c.InputValidation(),
            },
        )
    )
    # Gathers signals, calls the model and routes the request to provisioning or the queue.
    scoring = tm.add(
        tg.Service(
            "Swap scoring service",
            controls={
                c.HumanInTheLoop(approver="fraud analyst", above="risk score 0.7"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Classifies each request as likely account takeover or legitimate.
    model = tm.add(
        tg.Model(
            "Swap risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Device and location features per subscriber, updated from network events.
    feature_store = tm.add(tg.FeatureStore("Subscriber signal store", stores={features}))
    # Held requests waiting for an analyst, with the analyst's decision.
    case_queue = tm.add(
        tg.DataStore("Fraud case queue", stores={case, analyst_decision}, controls={c.RBAC()})
    )
    # Published swaps and port-outs, kept for the bank check API.
    swap_log = tm.add(tg.DataStore("Swap event log", stores={swap_event}))
    # Answers bank queries: has this number changed SIM in the last N hours?
    bank_api = tm.add(
        tg.Endpoint(
            "SIM swap check API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth 2.0 client credentials"),
                c.RateLimiting(requests_per_minute=600),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Nightly retraining on analyst decisions and the features they were made on.
        training = tm.add(tg.Pipeline("Nightly retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Subscriber data zone", trust=tg.Trust.RESTRICTED):
    # The CRM of record for subscribers and their account history.
    crm = tm.add(
        tg.DataStore(
            "Subscriber CRM",
            stores={account_history},
            controls={c.EncryptionAtRest(key_management="HSM-backed KMS"), c.RBAC()},
        )
    )
    # Event stream from HLR/HSS and the mobility core: IMEI changes, cell location.
    network_feed = tm.add(
        tg.DataSource(
            "Core network event feed",
            origin=tg.Origin.INTERNAL,
            provides={network_signals},
        )
    )
    # Carries out the swap in the HLR/HSS or releases the number to the recipient operator.
    provisioning = tm.add(tg.Service("SIM provisioning system"))

with tm.boundary("Fraud operations", trust=tg.Trust.INTERNAL):
    # Reviews held requests, calls the customer back, releases or rejects.
    analyst = tm.add(tg.Actor("Fraud analyst", role="fraud analyst"))

# ---------------------------------------------------------------- flows
tm.flow(customer, request_api, swap_request, protocol="https")
tm.flow(request_api, customer, request_status, protocol="https")
tm.flow(store_staff, request_api, swap_request, protocol="https", label="dealer portal")
tm.flow(request_api, store_staff, request_status, protocol="https")
tm.flow(call_agent, request_api, swap_request, protocol="https", label="agent desktop")
tm.flow(request_api, call_agent, request_status, protocol="https")

tm.flow(request_api, scoring, swap_request)
tm.flow(network_feed, feature_store, network_signals, protocol="kafka")
tm.flow(feature_store, scoring, features)
tm.flow(crm, scoring, account_history)
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk_score)
tm.flow(scoring, request_api, decision)

tm.flow(scoring, provisioning, provisioning_order, label="low risk: carry out")
tm.flow(scoring, case_queue, case, label="high risk: hold")
tm.flow(
    case_queue,
    analyst,
    case,
    protocol="https",
    controls={c.Authentication(method="corporate SSO")},
)
tm.flow(analyst, case_queue, analyst_decision, protocol="https")
tm.flow(case_queue, provisioning, provisioning_order, label="released by analyst")
tm.flow(provisioning, swap_log, swap_event)

tm.flow(bank, bank_api, bank_query, protocol="https")
tm.flow(swap_log, bank_api, swap_event)
tm.flow(bank_api, bank, bank_answer, protocol="https")

tm.flow(case_queue, training, analyst_decision, label="labels")
tm.flow(feature_store, training, features, label="training snapshot")
tm.flow(training, model, weights, label="nightly deploy")
