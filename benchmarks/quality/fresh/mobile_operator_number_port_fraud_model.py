"""Number port-out and SIM swap fraud screening: the first design, before security review.

A mobile operator screens the two requests fraudsters use to take over a phone number:
port-out requests that other carriers send through the national porting hub, and SIM
swaps that store staff start at their counter terminal. A risk decision service in the
operator's core network gathers the account history (including recent password resets)
from the CRM, device and store signals from a feature store fed by network events, and
asks an in-house classifier for a risk score. Low-risk requests go ahead; high-risk ones
are held, the customer is asked to confirm in the self-care app, and the held request is
queued for fraud analysts, who release or reject it from a case console. Store staff see
the score and the outcome on their terminal. Controls in this design: mutual TLS with
the porting hub, staff sign-in with TOTP on the store API, SSO with MFA for analysts,
role-based access to the CRM and the case console, encryption at rest of the CRM, and
audit logging of every decision.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Number port-out and SIM swap fraud screening",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Scores port-out and SIM swap requests, holds high-risk ones for customer "
        "confirmation in the app and for fraud analyst review."
    ),
)

# ---------------------------------------------------------------- data assets
port_request = tg.Data(
    "Port-out request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="MSISDN, account number, port authorisation code and recipient carrier.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
port_response = tg.Data(
    "Port-out response",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accept, hold or reject sent back to the recipient carrier via the hub.",
)
swap_request = tg.Data(
    "SIM swap request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="MSISDN, new ICCID, ID document checked, store id and staff id.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
account_history = tg.Data(
    "Account history and password resets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signals = tg.Data(
    "Device and store signals",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Recent IMEI and SIM changes, store and staff history, request velocity.",
)
network_events = tg.Data("Network device events", kind="records", sensitivity=tg.Sensitivity.PII)
risk_features = tg.Data("Request risk features", kind="features", sensitivity=tg.Sensitivity.PII)
risk_score = tg.Data(
    "Port fraud risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
screening_outcome = tg.Data(
    "Screening outcome",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Proceed or hold, with the risk score and the top reasons.",
)
confirmation_request = tg.Data(
    "Confirmation request", kind="records", sensitivity=tg.Sensitivity.PII
)
customer_confirmation = tg.Data(
    "Customer confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The customer's confirm or deny answer to a held request.",
)
held_case = tg.Data("Held request case", kind="records", sensitivity=tg.Sensitivity.PII)
analyst_decision = tg.Data(
    "Analyst release or reject decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The account holder, asked to confirm held requests on their phone.
    customer = tm.add(tg.Actor("Customer", role="account holder"))
    # The operator's self-care app on customers' phones; receives the confirmation prompt.
    app = tm.add(
        tg.Device(
            "Self-care mobile app",
            description="Operator app on customer phones; push notification and in-app confirm.",
            controls={
                c.Authentication(
                    method="customer password and SMS code at first login, then a device-bound session"
                )
            },
        )
    )

with tm.boundary("National porting hub", trust=tg.Trust.PARTNER):
    # Run by the industry body; relays port requests from the other carriers.
    hub = tm.add(
        tg.ExternalService(
            "National porting hub",
            description="Central clearing house that forwards recipient carriers' port requests.",
        )
    )

with tm.boundary("Retail stores", trust=tg.Trust.INTERNAL):
    # Store staff start SIM swaps for customers at the counter and see the score.
    staff = tm.add(tg.Actor("Store staff", role="retail advisor"))
    # Counter terminals in every store, on the store network.
    terminal = tm.add(
        tg.Device("Store counter terminal", description="Point-of-sale terminal in each store.")
    )

with tm.boundary("Operator core network", trust=tg.Trust.INTERNAL):
    # Speaks the hub's porting protocol; receives port-out requests and answers them.
    gateway = tm.add(
        tg.Service(
            "Porting gateway",
            controls={
                c.SchemaEnforcement(note="hub message schema"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # API the store terminals call to request a SIM swap and get the screening outcome.
    swap_api = tm.add(
        tg.Endpoint(
            "SIM swap API",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="staff SSO with password and TOTP")},
        )
    )
    # Orchestrates screening: gathers signals, scores, holds, asks the customer, queues cases.
    decision = tm.add(
        tg.Service(
            "Risk decision service",
            description="Holds requests whose score is above the hold threshold.",
            controls={
                c.AuditLogging(retention_days=730),
                c.HumanInTheLoop(approver="fraud analyst", note="held requests only"),
            },
        )
    )
    # In-house gradient-boosted classifier scoring each port-out or SIM swap request.
    model = tm.add(
        tg.Model(
            "Port fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores the risk that a port-out or SIM swap is an account takeover.",
            controls={c.ModelVersioning(), c.ModelValidation()},
        )
    )
    # Device and store signals, kept up to date from network events.
    signal_store = tm.add(tg.FeatureStore("Device and store signal store", stores={signals}))
    # Push and in-app confirmation of held requests.
    notifier = tm.add(tg.Service("Customer confirmation service"))
    # Queue of held requests waiting for an analyst.
    case_store = tm.add(tg.DataStore("Held request case store", stores={held_case}))
    # Console where fraud analysts work the held queue.
    console = tm.add(
        tg.Service(
            "Fraud case console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Customer accounts, order history and password reset events.
    crm = tm.add(
        tg.DataStore(
            "Customer account CRM",
            stores={account_history},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE with HSM keys")},
        )
    )
    # Network element events (IMEI changes, SIM registrations) from the core network.
    events = tm.add(
        tg.DataSource("Network event feed", origin=tg.Origin.INTERNAL, provides={network_events})
    )
    # Fraud team reviewing held requests.
    analyst = tm.add(tg.Actor("Fraud analyst", role="fraud operations"))

# ---------------------------------------------------------------- flows
# port-out requests from other carriers
tm.flow(hub, gateway, port_request, protocol="mtls")
tm.flow(gateway, decision, port_request)
tm.flow(decision, gateway, screening_outcome)
tm.flow(gateway, hub, port_response, protocol="mtls")

# SIM swaps in stores
tm.flow(staff, terminal, swap_request, label="at the counter")
tm.flow(terminal, swap_api, swap_request, protocol="https")
tm.flow(swap_api, decision, swap_request)
tm.flow(decision, swap_api, screening_outcome)
tm.flow(swap_api, terminal, screening_outcome, protocol="https")
tm.flow(terminal, staff, screening_outcome, label="score on the terminal screen")

# scoring
tm.flow(crm, decision, account_history)
tm.flow(events, signal_store, network_events, protocol="kafka")
tm.flow(signal_store, decision, signals, label="online lookup")
tm.flow(decision, model, risk_features)
tm.flow(model, decision, risk_score)

# customer confirmation of held requests
tm.flow(decision, notifier, confirmation_request)
tm.flow(notifier, app, confirmation_request, protocol="https", label="push notification")
tm.flow(app, customer, confirmation_request)
tm.flow(customer, app, customer_confirmation)
tm.flow(app, notifier, customer_confirmation, protocol="https")
tm.flow(notifier, decision, customer_confirmation)

# analyst review of held requests
tm.flow(decision, case_store, held_case)
tm.flow(case_store, console, held_case)
tm.flow(console, analyst, held_case, protocol="https")
tm.flow(analyst, console, analyst_decision, protocol="https")
tm.flow(console, decision, analyst_decision)
