"""Returns fraud scoring for an online fashion retailer: the first design.

Customers in the EU request returns in the shopping app; the request goes to the
returns API and the returns service, which looks the order up in the order
management system. When the parcel reaches the warehouse, staff grade each item's
condition on handheld scanners. The returns service then asks the in-house fraud
model for a score (wardrobing, empty boxes, swapped items): refunds above the
threshold are held as cases in the CRM for a returns agent to approve or reject,
and the rest are refunded automatically through the payment processor. The model
is retrained every week from order history, return outcomes and chargebacks in
the data warehouse and published to a model registry.
Controls in this design: customer sign-in and rate limits on the returns API,
staff sign-in on the scanners, SSO with MFA in the CRM, role-based access and
encryption in the warehouse, versioned models, and the processor key in a vault.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Returns fraud scorer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores every return for fraud; auto-refunds low scores, holds the rest.",
)

# ---------------------------------------------------------------- data assets
return_request = tg.Data(
    "Return request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Order, items, reason for return, free-text comment and optional photos.",
)
return_status = tg.Data("Return status", kind="records", sensitivity=tg.Sensitivity.PII)
order_history = tg.Data(
    "Order history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer's orders, past returns, addresses and payment method tokens.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
condition_grade = tg.Data(
    "Item condition grade",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per item: condition grade, tags attached, parcel weight, item barcode match.",
)
scoring_features = tg.Data(
    "Return scoring features", kind="features", sensitivity=tg.Sensitivity.PII
)
fraud_score = tg.Data(
    "Return fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
held_case = tg.Data(
    "Held return case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The return, the condition grades, the score and the customer's history.",
)
agent_decision = tg.Data(
    "Refund review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
refund_instruction = tg.Data(
    "Refund instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Original payment reference, payment method token and amount.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
refund_confirmation = tg.Data(
    "Refund confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
chargebacks = tg.Data("Chargeback reports", kind="records", sensitivity=tg.Sensitivity.PII)
return_outcomes = tg.Data(
    "Return outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Graded condition, agent decisions and refunds per return: the labels.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_extract = tg.Data(
    "Weekly training extract", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers requesting returns in the mobile app or on the website.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Issues refunds to the original payment method and reports chargebacks.
    processor = tm.add(tg.ExternalService("Payment processor", provides="generic"))

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # SaaS CRM where held returns become cases in the returns queue.
    crm = tm.add(
        tg.Service(
            "CRM returns queue",
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Retail platform", trust=tg.Trust.INTERNAL):
    # The app's backend entry point for return requests.
    returns_api = tm.add(
        tg.Endpoint(
            "Returns API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(),
            },
        )
    )
    # Runs the return workflow: scores, holds or refunds.
    returns_service = tm.add(
        tg.Service(
            "Returns service",
            description="Builds features, calls the fraud model, auto-refunds scores "
            "below the threshold and opens CRM cases for the rest.",
            controls={
                c.HumanInTheLoop(approver="returns agent", above="fraud score 0.7"),
                c.SecretsManagement(note="payment processor API key in the secrets manager"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # The returns fraud classifier, served next to the returns service.
    fraud_model = tm.add(
        tg.Model(
            "Returns fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a score above 0.7 holds the refund.",
        )
    )
    # System of record for orders and returns.
    oms = tm.add(
        tg.DataStore(
            "Order management system",
            stores={order_history, return_request, return_outcomes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
        # Analytics copy of orders, returns, outcomes and chargebacks.
        dwh = tm.add(
            tg.DataStore(
                "Data warehouse",
                stores={order_history, return_request, chargebacks, return_outcomes},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Weekly job that extracts training data and retrains the model.
        retraining = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
        # Where trained models are versioned and loaded from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Warehouse site", trust=tg.Trust.INTERNAL):
    # Staff who unpack returned parcels and grade the items.
    warehouse_staff = tm.add(tg.Actor("Warehouse staff", role="returns grader"))
    # Handheld scanners used to scan items and enter their condition.
    scanner = tm.add(
        tg.Device(
            "Handheld scanner",
            fleet=True,
            controls={c.Authentication(method="staff badge and PIN")},
        )
    )

with tm.boundary("Customer service office", trust=tg.Trust.INTERNAL):
    # Reviews held refunds and approves or rejects them.
    returns_agent = tm.add(tg.Actor("Returns agent", role="customer service agent"))

# ---------------------------------------------------------------- flows
# Return request and status.
tm.flow(customer, returns_api, return_request, protocol="https")
tm.flow(returns_api, customer, return_status, protocol="https")
tm.flow(returns_api, returns_service, return_request, protocol="https")
tm.flow(returns_service, returns_api, return_status, protocol="https")
tm.flow(returns_service, oms, return_request, return_outcomes, label="record return")
tm.flow(oms, returns_service, order_history)

# Warehouse grading.
tm.flow(warehouse_staff, scanner, condition_grade, label="scans and grades items")
tm.flow(scanner, returns_service, condition_grade, protocol="https", label="warehouse Wi-Fi")

# Scoring and decision.
tm.flow(returns_service, fraud_model, scoring_features)
tm.flow(fraud_model, returns_service, fraud_score)
tm.flow(returns_service, crm, held_case, protocol="https", label="score above threshold")
tm.flow(crm, returns_agent, held_case, protocol="https")
tm.flow(returns_agent, crm, agent_decision, protocol="https")
tm.flow(crm, returns_service, agent_decision, protocol="https", label="case closed")
tm.flow(returns_service, processor, refund_instruction, protocol="https")
tm.flow(processor, returns_service, refund_confirmation, protocol="https")

# Weekly retraining.
tm.flow(oms, dwh, order_history, return_request, return_outcomes, label="nightly ETL")
tm.flow(processor, dwh, chargebacks, protocol="sftp", label="daily chargeback report")
tm.flow(dwh, retraining, training_extract)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, fraud_model, model_artifact, label="load on release")
