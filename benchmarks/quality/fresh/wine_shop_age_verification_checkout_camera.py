"""Wine shop self-checkout age check: the first design, before any security review.

A UK wine shop chain is adding self-checkout tills. When a shopper scans an
age-restricted bottle, a camera on the till photographs their face and an in-store
age check service sends the image to an age-estimation vendor's cloud API, which
returns an estimated age and a confidence. Above the Challenge 25 threshold the
sale goes ahead; below it, or when the vendor does not answer, the till holds the
sale and an attendant tablet calls a shop assistant to check photo ID. Every
decision (estimate, outcome, staff override, and a face crop kept 30 days as
evidence for licensing officers) goes to an audit store in the head-office cloud,
reviewed on a dashboard. Controls: TLS to vendor and head office, a vendor review,
tablet PINs, dashboard SSO with MFA, encrypted audit storage, hold-for-staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wine shop self-checkout age verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera age estimation at self-checkout tills for age-restricted sales.",
)

# ---------------------------------------------------------------- data assets
basket = tg.Data("Scanned basket", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
check_request = tg.Data(
    "Age check request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Till id, transaction id and the restricted item that triggered the check.",
)
face_image = tg.Data(
    "Shopper face image",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
age_estimate = tg.Data(
    "Estimated age and confidence", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
check_result = tg.Data(
    "Age check outcome",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Approve the sale, or hold it for an attendant ID check.",
)
attendant_alert = tg.Data(
    "Attendant ID check alert", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
staff_decision = tg.Data(
    "Staff ID check decision",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Staff member id, ID seen or refused, and override of the camera outcome.",
)
audit_record = tg.Data(
    "Age check audit record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Estimate, outcome, staff override, timestamp and a face crop kept 30 days.",
)
sale_record = tg.Data("Sale record", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
report_query = tg.Data("Report query", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
compliance_report = tg.Data(
    "Challenge rate report", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.UNTRUSTED):
    # Anyone walking into the shop, including under-18s trying to buy alcohol.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # The self-checkout till: scans items and holds the sale until the age check clears.
    till = tm.add(tg.Device("Self-checkout till"))
    # IP camera mounted on each till, facing the shopper.
    camera = tm.add(tg.Device("Checkout camera"))
    # Runs on the store server: takes a frame, calls the vendor, applies the threshold.
    age_service = tm.add(
        tg.Service(
            "Age check service",
            description="Applies Challenge 25: estimated age below 25 holds the sale for staff.",
            controls={
                c.FailClosed(
                    fallback="vendor error or timeout holds the sale and calls an attendant"
                )
            },
        )
    )
    # Handheld for the shop assistant supervising the self-checkout area.
    tablet = tm.add(
        tg.Device(
            "Attendant tablet",
            fleet=True,
            controls={c.Authentication(method="4-digit staff PIN")},
        )
    )
    # The person who checks photo ID and can override the camera's outcome.
    assistant = tm.add(tg.Actor("Shop assistant", role="store staff"))

with tm.boundary("Age estimation vendor", trust=tg.Trust.PARTNER):
    # Vendor's facial age-estimation model behind a cloud API; images deleted after the call.
    age_model = tm.add(
        tg.Model(
            "Age estimation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Estimates a shopper's age from one face image; returns age and confidence.",
            controls={
                c.SupplierAssessment(note="DPIA and data-processing agreement with the vendor")
            },
        )
    )

with tm.boundary("Head office cloud", trust=tg.Trust.INTERNAL):
    # Existing point-of-sale backend that records every sale.
    pos_backend = tm.add(tg.Service("POS backend"))
    # Evidence of due diligence for licensing officers and disputed refusals.
    audit_store = tm.add(
        tg.DataStore(
            "Age check audit store",
            stores={audit_record},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30, note="face crops only; decision records kept 2 years"),
            },
        )
    )
    # Web dashboard of challenge and refusal rates per store and per lane.
    dashboard = tm.add(
        tg.Endpoint(
            "Compliance dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Licensing compliance team reviewing how stores apply Challenge 25.
    compliance = tm.add(tg.Actor("Compliance manager", role="compliance"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(shopper, till, basket, label="scans bottles")
tm.flow(shopper, camera, face_image, label="faces the till camera")
tm.flow(till, age_service, check_request, protocol="http")
tm.flow(camera, age_service, face_image, protocol="rtsp")
tm.flow(age_service, age_model, face_image, protocol="https", controls={tls})
tm.flow(age_model, age_service, age_estimate, protocol="https", controls={tls})
tm.flow(age_service, till, check_result, protocol="http")
tm.flow(till, shopper, check_result, label="on-screen approve or wait for staff")

tm.flow(age_service, tablet, attendant_alert, protocol="https")
tm.flow(tablet, assistant, attendant_alert)
tm.flow(assistant, tablet, staff_decision, label="ID checked or sale refused")
tm.flow(tablet, age_service, staff_decision, protocol="https")
tm.flow(age_service, till, staff_decision, protocol="http", label="release or void the items")

tm.flow(age_service, audit_store, audit_record, protocol="https", controls={tls})
tm.flow(till, pos_backend, sale_record, protocol="https", controls={tls})
tm.flow(audit_store, dashboard, audit_record)
tm.flow(compliance, dashboard, report_query, protocol="https")
tm.flow(dashboard, compliance, compliance_report, protocol="https")
