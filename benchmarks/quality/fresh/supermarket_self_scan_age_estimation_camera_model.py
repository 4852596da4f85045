"""Self-scan age estimation: the first design, before any security review.

Our UK supermarkets' self-scan tills get a small camera above the screen. When a
shopper scans an age-restricted item (alcohol), the store POS controller asks an
age check service on an in-store edge appliance to estimate the shopper's age from
the camera's frames. If the estimate is comfortably over the Challenge 25 buffer the
sale goes ahead; if the model is unsure or the estimate is under it, the till calls a
colleague to the till on their handheld to check ID. Colleagues confirm at the till
with their badge and own PIN. Frames are held in memory only and discarded once the
estimate is made; the pass/refer outcome is logged to head office for licensing
audits. The age estimation model is licensed from a vendor, whose update service
pushes new model versions to the appliances over HTTPS. If the age check does not
answer in time, the sale is referred to a colleague.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Self-scan age estimation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based age estimation at self-scan tills for alcohol sales, "
    "referring uncertain cases to a colleague.",
)

# ---------------------------------------------------------------- data assets
basket_scans = tg.Data("Basket scans", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
till_messages = tg.Data(
    "Till screen messages",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Prices, totals and 'a colleague is on their way' prompts.",
)
face_frames = tg.Data(
    "Shopper face frames",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Short burst of camera frames of the shopper at the till.",
)
face_crop = tg.Data(
    "Face crop",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Detected, aligned face region handed to the model.",
)
age_estimate = tg.Data(
    "Age estimate",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Estimated age and the model's confidence.",
)
age_check_request = tg.Data(
    "Age check request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Till id and the restricted item that triggered the check.",
)
age_check_result = tg.Data(
    "Age check result",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pass or refer, estimated age band, till, time; no image.",
)
assistance_call = tg.Data(
    "Colleague assistance call", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
id_check_outcome = tg.Data(
    "Colleague ID check outcome",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Colleague's confirmation that ID was seen (or the sale refused), "
    "with their staff number.",
)
catalogue = tg.Data(
    "Product catalogue",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Items, prices and age-restriction flags.",
)
transactions = tg.Data(
    "Sales transactions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
model_artifact = tg.Data(
    "Age estimation model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Vendor-licensed model version pushed to each appliance.",
)
audit_report = tg.Data("Age check audit report", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.UNTRUSTED):
    # Anyone walking into the store; some are under age and want to buy alcohol.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # The self-scan till the shopper and colleagues use; one of many per store.
    till = tm.add(
        tg.Device(
            "Self-scan till",
            description="Touchscreen till with barcode scanner and bagging scale.",
            controls={c.Authentication(method="colleague badge tap and own PIN")},
        )
    )
    # Camera fitted above each till screen; streams frames only when asked.
    camera = tm.add(tg.Device("Till camera", description="Fixed IP camera above the screen."))
    # Runs the checkout: prices, restricted-item rules, calls the age check.
    pos = tm.add(
        tg.Service(
            "Store POS controller",
            description="In-store checkout server for all self-scan tills.",
        )
    )
    # Colleague's handheld that receives 'assistance needed at till N' calls.
    handheld = tm.add(tg.Device("Colleague handheld"))
    # The colleague who checks ID when the model is unsure or says under age.
    colleague = tm.add(tg.Actor("Store colleague", role="store staff"))

    with tm.boundary("Age check appliance", trust=tg.Trust.INTERNAL):
        # Pulls frames, finds the face, asks the model, applies the buffer threshold.
        age_service = tm.add(
            tg.Service(
                "Age check service",
                description="Face detection, cropping and the pass/refer threshold "
                "(estimated 25 or over with high confidence passes).",
                controls={
                    c.DataMinimization(
                        note="frames held in memory only, discarded after the estimate"
                    ),
                    c.FailClosed(
                        fallback="no estimate within 3 seconds refers the sale to a colleague"
                    ),
                },
            )
        )
        # The vendor's age estimation network, run locally on the appliance.
        age_model = tm.add(
            tg.Model(
                "Age estimation model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                description="Vendor-licensed weights estimating age from a face image.",
            )
        )

with tm.boundary("Head office cloud", trust=tg.Trust.INTERNAL):
    # Master product data, synced to every store.
    catalogue_db = tm.add(tg.DataStore("Product catalogue database", stores={catalogue}))
    # Central record of all sales.
    sales_ledger = tm.add(
        tg.DataStore(
            "Sales ledger",
            stores={transactions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pass/refer outcomes kept as evidence for licensing audits.
    age_log = tm.add(
        tg.DataStore(
            "Age check log",
            stores={age_check_result, id_check_outcome},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
            },
        )
    )
    # Licensing compliance team reviewing refusals and refer rates.
    compliance = tm.add(tg.Actor("Licensing compliance analyst", role="compliance"))

with tm.boundary("Age estimation vendor", trust=tg.Trust.PARTNER):
    # Vendor service that publishes new model versions to our appliances.
    vendor_updates = tm.add(
        tg.ExternalService(
            "Vendor model update service",
            provides=tg.ExternalCategory.GENERIC,
            controls={c.SupplierAssessment(note="procurement security questionnaire")},
        )
    )

# ---------------------------------------------------------------- flows
# Shopper at the till
tm.flow(shopper, till, basket_scans, label="scans items at the touchscreen")
tm.flow(till, shopper, till_messages, label="on the till touchscreen")
tm.flow(shopper, camera, face_frames, label="in view of the till camera")
tm.flow(till, pos, basket_scans, protocol="https")
tm.flow(pos, till, till_messages, protocol="https")

# Product data
tm.flow(catalogue_db, pos, catalogue, protocol="https", label="nightly sync")

# Age check
tm.flow(pos, age_service, age_check_request, protocol="http")
tm.flow(camera, age_service, face_frames, protocol="rtsp")
tm.flow(age_service, age_model, face_crop, protocol="local")
tm.flow(age_model, age_service, age_estimate, protocol="local")
tm.flow(age_service, pos, age_check_result, protocol="http")

# Referral to a colleague
tm.flow(pos, handheld, assistance_call, protocol="https")
tm.flow(handheld, colleague, assistance_call, label="on the handheld screen")
tm.flow(colleague, till, id_check_outcome, label="in person at the till")
tm.flow(till, pos, id_check_outcome, protocol="https")

# Records to head office
tm.flow(pos, sales_ledger, transactions, protocol="https")
tm.flow(age_service, age_log, age_check_result, protocol="https")
tm.flow(pos, age_log, id_check_outcome, protocol="https")
tm.flow(age_log, compliance, audit_report, protocol="https")

# Model updates from the vendor
tm.flow(vendor_updates, age_model, model_artifact, protocol="https", label="model update push")
