"""Smart meter tamper detection: the first design, before any security review.

An electricity supplier scores its customers' smart meters every night for signs
of tampering and energy theft. Half-hourly consumption reads, voltage readings and
the meters' tamper alerts reach us through the national Data Communications
Company (DCC), whose messages are signed and sent over mutually authenticated TLS
to our DCC adaptor. A feature pipeline joins them with account data from billing,
and an in-house gradient-boosted classifier gives each meter a tamper risk score.
Scores above a threshold open cases in the revenue protection case system, where
officers review every flag before arranging a site visit; field engineers report
the visit outcome, and only confirmed theft leads to a back-billing adjustment.
Customers can dispute a bill through customer service, which refers the dispute
back to the case. Confirmed outcomes become labels for quarterly retraining. Staff
sign in with SSO and MFA and see cases by role; stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Smart meter tamper detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags suspected meter tampering for revenue protection review and "
    "back-billing of confirmed energy theft.",
)

# ---------------------------------------------------------------- data assets
reads = tg.Data(
    "Half-hourly consumption reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Linked to a meter point and so to a household; reveals occupancy.",
)
voltage = tg.Data("Voltage readings", kind="records", sensitivity=tg.Sensitivity.PII)
alerts = tg.Data(
    "Meter tamper alerts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Cover-open, magnetic interference, reverse-current and supply-interrupt events.",
)
account = tg.Data(
    "Customer account data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, tariff, payment history and priority services register flags.",
)
features = tg.Data("Tamper features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Tamper risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
visit_job = tg.Data("Site visit job", kind="records", sensitivity=tg.Sensitivity.PII)
visit_outcome = tg.Data(
    "Visit outcome and evidence",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Engineer's findings and photos of the meter installation.",
)
decision = tg.Data("Case decision", kind="records", sensitivity=tg.Sensitivity.PII)
backbill = tg.Data(
    "Back-billing adjustment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bill = tg.Data("Customer bill", kind="documents", sensitivity=tg.Sensitivity.PII)
dispute = tg.Data("Bill dispute", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Confirmed theft labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Tamper model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Customer premises", trust=tg.Trust.UNTRUSTED):
    # SMETS2 meters in customers' homes; the thing a thief tampers with.
    meter = tm.add(tg.Device("Smart electricity meter"))
    # The bill payer, who may be accused of theft and can dispute the bill.
    customer = tm.add(tg.Actor("Customer", role="bill payer"))

with tm.boundary("DCC network", trust=tg.Trust.PARTNER):
    # National data communications company that relays all meter traffic.
    dcc = tm.add(
        tg.ExternalService(
            "Data Communications Company",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Supplier data centre", trust=tg.Trust.INTERNAL):
    # Our DCC User gateway: receives service responses and alerts from the DCC.
    adaptor = tm.add(
        tg.Service(
            "DCC adaptor",
            controls={c.SchemaEnforcement(note="DUIS XML schema validation")},
        )
    )
    # Reads, voltage and alerts per meter point.
    meter_db = tm.add(
        tg.DataStore(
            "Meter data store",
            stores={reads, voltage, alerts},
            controls={c.EncryptionAtRest(key_management="HSM-backed keys")},
        )
    )
    # Billing and customer accounts; applies back-billing adjustments.
    billing = tm.add(
        tg.Service(
            "Billing system",
            controls={c.Contestability(note="customers can dispute any bill via customer service")},
        )
    )
    # Nightly join of meter data and account data into per-meter features.
    feature_job = tm.add(
        tg.Pipeline("Nightly tamper feature pipeline", stage=tg.Stage.PREPROCESSING)
    )
    # Gradient-boosted classifier scoring every meter nightly.
    model = tm.add(
        tg.Model(
            "Tamper detection model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores above 0.8 open a revenue protection case.",
        )
    )
    # Queue of flagged meters, visit scheduling and case outcomes.
    cases = tm.add(
        tg.Service(
            "Revenue protection case system",
            controls={
                c.Authentication(method="Azure AD SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(approver="revenue protection officer reviews every flag"),
            },
        )
    )
    # Customer service desk system where disputes are logged.
    crm = tm.add(
        tg.Service(
            "Customer service CRM",
            controls={c.Authentication(method="Azure AD SSO with MFA")},
        )
    )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Historic features with confirmed visit outcomes.
        dataset = tm.add(tg.Dataset("Tamper training set", stores={features, labels}))
        # Quarterly retraining and back-test against confirmed cases.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="back-test precision on confirmed cases")},
            )
        )
        # Versioned model builds that the nightly scoring loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flags, arranges visits, confirms theft.
    officer = tm.add(tg.Actor("Revenue protection officer", role="investigator"))
    # Takes dispute calls and logs them in the CRM.
    cs_agent = tm.add(tg.Actor("Customer service agent", role="customer service"))

# Field engineers use a handheld app over mobile data.
with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    engineer = tm.add(tg.Actor("Field engineer", role="meter engineer"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(meter, dcc, reads, voltage, alerts, protocol="SM WAN", controls={c.MessageIntegrity()})
tm.flow(
    dcc,
    adaptor,
    reads,
    voltage,
    alerts,
    protocol="https",
    controls={tls, c.MutualAuthentication(), c.MessageIntegrity(note="DCC SMKI signatures")},
)
tm.flow(adaptor, meter_db, reads, voltage, alerts)

tm.flow(meter_db, feature_job, reads, voltage, alerts)
tm.flow(billing, feature_job, account)
tm.flow(feature_job, model, features)
tm.flow(feature_job, dataset, features, label="daily snapshot")
tm.flow(model, cases, score, label="scores above threshold")

tm.flow(cases, officer, score, features, account, protocol="https")
tm.flow(officer, cases, decision, visit_job, protocol="https")
tm.flow(cases, engineer, visit_job, protocol="https", controls={tls})
tm.flow(engineer, cases, visit_outcome, protocol="https", controls={tls})
tm.flow(cases, billing, backbill, label="confirmed theft")
tm.flow(billing, customer, bill, protocol="email")
tm.flow(cases, dataset, labels, label="confirmed outcomes")

tm.flow(customer, cs_agent, dispute, protocol="phone")
tm.flow(cs_agent, crm, dispute, protocol="https")
tm.flow(crm, cs_agent, account, decision, protocol="https")
tm.flow(crm, cases, dispute, label="dispute referral")
tm.flow(cases, crm, decision)
tm.flow(billing, crm, account, bill)

tm.flow(dataset, training, features, labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="nightly load")
