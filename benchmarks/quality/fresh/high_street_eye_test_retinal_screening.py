"""High-street eye test retinal screening: the first design, before any security review.

A chain of high-street opticians photographs each customer's retinas with a fundus
camera during the eye test. An upload agent on the practice imaging PC sends the
images to the chain's cloud, where a screening integration service keeps them in
the retinal image archive and passes a pseudonymised copy to a vendor's hosted
model, which grades diabetic retinopathy and scores signs of glaucoma. The result
comes back into the cloud practice management system (PMS), where the optometrist
reviews it with the images and decides whether to refer the customer to the NHS
hospital eye service through the e-Referral Service. Head-office clinical services
audit a sample of results. Staff sign in to the PMS with the chain's SSO and MFA;
the archive is encrypted with cloud KMS keys; the vendor was assessed and holds an
API key the integration keeps in a secrets manager. Images are UK health data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "High-street eye test retinal screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Vendor AI screens eye-test retinal photos for diabetic retinopathy and "
    "glaucoma; optometrists review and refer to the hospital eye service.",
)

# ---------------------------------------------------------------- data assets
retinal_images = tg.Data(
    "Retinal images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Fundus photographs of both eyes, tagged with the customer reference.",
)
customer_details = tg.Data(
    "Customer details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address, NHS number, diabetic status.",
)
eye_test_record = tg.Data(
    "Eye test record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
screening_request = tg.Data(
    "Pseudonymised screening request",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Retinal images with a pseudonymous study id, age band and eye (L/R).",
)
screening_result = tg.Data(
    "Screening result",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Retinopathy grade, glaucoma risk score and a heatmap per eye.",
)
referral_letter = tg.Data("Referral letter", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
referral_outcome = tg.Data(
    "Referral acknowledgement", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The person having the eye test; their retinas are photographed in the practice.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Runs the eye test, reads the AI result and makes the referral decision.
    optometrist = tm.add(tg.Actor("Optometrist", role="optometrist"))
    # One fundus camera per practice; it writes DICOM images to the imaging PC.
    camera = tm.add(
        tg.Device(
            "Fundus camera",
            description="Non-mydriatic retinal camera in each consulting room.",
        )
    )
    # Picks up new images from the camera share and pushes them to the cloud.
    uploader = tm.add(
        tg.Service(
            "Imaging upload agent",
            description="Small service on the practice imaging PC; one per practice.",
        )
    )

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # The chain's practice management system: bookings, eye test records, results.
    pms = tm.add(
        tg.Service(
            "Practice management system",
            description="Cloud PMS used from every practice; shows results and raises referrals.",
            controls={
                c.Authentication(method="chain SSO (Entra ID) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
                c.HumanInTheLoop(
                    approver="the optometrist",
                    note="every AI result is reviewed before a referral is sent",
                ),
            },
        )
    )
    # Receives uploads, archives them and calls the vendor's screening API.
    integration = tm.add(
        tg.Service(
            "Screening integration service",
            description="Pseudonymises images, calls the vendor, writes results to the PMS.",
            controls={
                c.SecretsManagement(note="vendor API key in the cloud secrets manager"),
                c.DataMinimization(note="only pseudonymous id, age band and images leave"),
            },
        )
    )
    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # Long-term archive of every retinal image, kept with the clinical record.
        archive = tm.add(
            tg.DataStore(
                "Retinal image archive",
                stores={retinal_images},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Clinical governance: audits a sample of AI results against optometrist decisions.
    clinical_team = tm.add(tg.Actor("Clinical services team", role="clinical auditor"))

with tm.boundary("Screening vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's screening API that the integration calls per eye test.
    vendor_api = tm.add(
        tg.Endpoint(
            "Vendor screening API",
            returns_scores=True,
            controls={c.Authentication(method="per-customer API key")},
        )
    )
    # The vendor's UKCA-marked model; we use it as a service and never hold its weights.
    model = tm.add(
        tg.Model(
            "Retinal screening model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Grades diabetic retinopathy and scores glaucoma signs from fundus images.",
            controls={
                c.SupplierAssessment(note="DPIA and clinical safety review of the vendor"),
                c.ModelCards(note="vendor's instructions for use and published performance"),
            },
        )
    )

with tm.boundary("NHS", trust=tg.Trust.PARTNER):
    # Where referrals go: the hospital eye service via the NHS e-Referral Service.
    hospital = tm.add(tg.ExternalService("Hospital eye service"))

# ---------------------------------------------------------------- flows
tm.flow(customer, camera, retinal_images, label="photographed in the eye test")
tm.flow(customer, optometrist, customer_details, label="history and symptoms")
tm.flow(camera, uploader, retinal_images, protocol="dicom")
tm.flow(uploader, integration, retinal_images, protocol="https")
tm.flow(integration, archive, retinal_images)
tm.flow(integration, vendor_api, screening_request, protocol="https")
tm.flow(vendor_api, model, screening_request)
tm.flow(model, vendor_api, screening_result)
tm.flow(vendor_api, integration, screening_result, protocol="https")
tm.flow(integration, pms, screening_result)
tm.flow(archive, pms, retinal_images, label="image viewer")

tm.flow(optometrist, pms, customer_details, eye_test_record, protocol="https")
tm.flow(pms, optometrist, eye_test_record, screening_result, retinal_images, protocol="https")
tm.flow(pms, hospital, referral_letter, protocol="https", label="e-Referral")
tm.flow(hospital, pms, referral_outcome, protocol="https")
tm.flow(pms, clinical_team, screening_result, eye_test_record, protocol="https")
