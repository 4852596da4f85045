"""Courier identity verification: the first design, before any security review.

Couriers on our delivery platform in the EU must prove at the start of every
shift that the person on the bike is the person we onboarded. The courier app
takes a selfie and sends it to a shift check-in API in our production cloud. A
verification service fetches the portrait from the courier's verified ID (kept
since onboarding, when an ID-verification vendor checked the document) and asks
an in-house face-matching model, built on open weights, whether the two match.
A match opens the shift; a mismatch blocks it and opens a case that trust and
safety reviewers work through in an internal console, where they can reinstate
the courier or suspend the account. Courier sign-in, encrypted and role-restricted
biometric stores, SSO and logging on the review console, and a pre-release
evaluation of the model are in the design; liveness checks and an appeal route
for couriers are not.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Courier identity verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Selfie-to-ID face match at each shift start; mismatches block the shift "
    "and go to trust and safety review.",
)

# ---------------------------------------------------------------- data assets
selfie = tg.Data(
    "Shift selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Face image taken in the app at shift start (biometric data).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
check_in = tg.Data(
    "Check-in request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Courier id, device id, shift id and location at check-in.",
)
id_document = tg.Data(
    "ID document scan",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo of the passport or ID card, captured once at onboarding.",
)
id_portrait = tg.Data(
    "Verified ID portrait",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Face crop from the ID document, the reference for every match.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
id_result = tg.Data(
    "ID verification result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The vendor's verdict on the document, with name and date of birth.",
)
match_score = tg.Data(
    "Face match score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
decision = tg.Data(
    "Check-in decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shift opened or blocked, with the reason code.",
)
mismatch_case = tg.Data(
    "Mismatch case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Selfie, ID portrait, score and courier details for a blocked check-in.",
)
review_decision = tg.Data(
    "Review decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reinstate or suspend, with the reviewer's note.",
)
account_status = tg.Data("Courier account status", kind="records", sensitivity=tg.Sensitivity.PII)
model_artifact = tg.Data(
    "Face match model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Courier phones", trust=tg.Trust.UNTRUSTED):
    # The courier starting a shift; anyone holding the phone can pose as them.
    courier = tm.add(tg.Actor("Courier", role="courier"))
    # Our app on couriers' own phones: camera capture and the check-in screen.
    courier_app = tm.add(
        tg.Device(
            "Courier app",
            fleet=True,
            description="iOS and Android app on couriers' personal phones.",
        )
    )

with tm.boundary("ID verification vendor", trust=tg.Trust.PARTNER):
    # Checks the ID document once at onboarding and returns the portrait.
    id_vendor = tm.add(
        tg.ExternalService(
            "ID verification vendor",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Document-verification SaaS whose SDK is embedded in the app.",
            controls={c.SupplierAssessment(note="procurement security and DPA review")},
        )
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # The public entry point the app calls at shift start.
    check_in_api = tm.add(
        tg.Endpoint(
            "Shift check-in API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="courier app login, OAuth tokens")},
        )
    )
    # Orchestrates a check-in: reference lookup, model call, threshold, decision.
    verifier = tm.add(
        tg.Service(
            "Verification service",
            description="Applies a fixed score threshold; below it the shift is blocked.",
        )
    )
    # Owns courier accounts: onboarding, shift eligibility, suspensions.
    account_service = tm.add(tg.Service("Courier account service"))
    # Internal web app where trust and safety work the mismatch queue.
    review_console = tm.add(
        tg.Service(
            "Trust and safety review console",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(note="trust and safety role only"),
                c.AuditLogging(retention_days=365),
                c.HumanInTheLoop(approver="trust and safety reviewer"),
            },
            description="Every suspension is decided by a reviewer, not by the model.",
        )
    )
    # Where the released face-match model is kept for serving.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

    with tm.boundary("Biometric zone", trust=tg.Trust.RESTRICTED):
        # Compares the selfie with the ID portrait and returns a similarity score.
        face_model = tm.add(
            tg.Model(
                "Face match model",
                task=tg.Task.VERIFICATION,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Open-weights face recognition model, threshold tuned in-house.",
                controls={
                    c.ModelValidation(note="evaluated on a labelled match set before release")
                },
            )
        )
        # Reference portraits from onboarding, one per courier.
        id_store = tm.add(
            tg.DataStore(
                "ID portrait store",
                stores={id_portrait, id_result},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Every check-in with its selfie and score; mismatches form the review queue.
        records_store = tm.add(
            tg.DataStore(
                "Verification records store",
                stores={selfie, match_score, decision, mismatch_case},
                controls={c.EncryptionAtRest(key_management="KMS")},
                description="Selfies kept 30 days, mismatch cases until closed.",
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews blocked check-ins and can suspend or reinstate couriers.
    reviewer = tm.add(tg.Actor("Trust and safety reviewer", role="trust and safety"))

# ---------------------------------------------------------------- flows
# onboarding (once per courier)
tm.flow(courier, courier_app, id_document, label="photographs ID at onboarding")
tm.flow(courier_app, id_vendor, id_document, protocol="https", label="vendor SDK upload")
tm.flow(id_vendor, account_service, id_result, id_portrait, protocol="https", label="webhook")
tm.flow(account_service, id_store, id_portrait, id_result)

# shift check-in
tm.flow(courier, courier_app, selfie, label="takes selfie")
tm.flow(courier_app, check_in_api, selfie, check_in, protocol="https")
tm.flow(check_in_api, verifier, selfie, check_in)
tm.flow(verifier, id_store, check_in, label="reference lookup")
tm.flow(id_store, verifier, id_portrait)
tm.flow(verifier, face_model, selfie, id_portrait)
tm.flow(face_model, verifier, match_score)
tm.flow(verifier, records_store, selfie, match_score, decision, mismatch_case)
tm.flow(verifier, account_service, decision, label="open or block shift")
tm.flow(verifier, check_in_api, decision)
tm.flow(check_in_api, courier_app, decision, protocol="https")

# trust and safety review
tm.flow(records_store, review_console, mismatch_case)
tm.flow(review_console, reviewer, mismatch_case, protocol="https")
tm.flow(reviewer, review_console, review_decision, protocol="https")
tm.flow(review_console, records_store, review_decision, label="closes case")
tm.flow(review_console, account_service, review_decision, label="suspend or reinstate")
tm.flow(account_service, courier_app, account_status, protocol="https", label="push notice")

# model serving
tm.flow(registry, face_model, model_artifact, label="load released version")
