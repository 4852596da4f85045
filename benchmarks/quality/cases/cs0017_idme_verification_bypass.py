"""AML.CS0017 Bypassing ID.me Identity Verification.

The victim: the California Employment Development Department's unemployment claims
process, which relies on ID.me's automated identity verification (document
authentication and a face match of the ID photo to a selfie) before claims are paid.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=records on "Personal details": "stolen identities, including names, dates of birth, and
  Social Security numbers".
- kind=media on "Driver licence photo" and "Selfie photo": "uploading a driver license, and
  submitting a selfie photo".
- kind=model-output on "Identity verification result": "The ID.me document verification
  system matched the selfie to the ID photo".
- kind=records on "Unemployment claim": "filed at least 180 false unemployment claims".
- task=verification on "Document authenticity model" (was detector): "validates the
  authenticity of the ID using a combination of AI and proprietary methods".
- task=verification on "Face matching model" (was classifier): "verifies the user is who they
  claim by matching a photo of an ID to a selfie".
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0017"
NAME = "Bypassing ID.me Identity Verification"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # Public benefits paid out on the strength of an identity decision.
        profile=tg.RiskProfile.HIGH,
        description="Unemployment claims gated by ID.me document and selfie verification.",
    )
    details = tg.Data(
        "Personal details",
        sensitivity=tg.Sensitivity.PII,
        kind=tg.DataKind.RECORDS,
        description="Name, date of birth, Social Security number.",
    )
    id_photo = tg.Data(
        "Driver licence photo", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MEDIA
    )
    selfie = tg.Data("Selfie photo", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MEDIA)
    verdict = tg.Data(
        "Identity verification result",
        sensitivity=tg.Sensitivity.PII,
        kind=tg.DataKind.MODEL_OUTPUT,
    )
    claim = tg.Data("Unemployment claim", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.RECORDS)
    payment = tg.Data("Benefit payment", sensitivity=tg.Sensitivity.PII)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "The ID.me website outlines the steps to verify an identity, including entering
        # personal information, uploading a driver license, and submitting a selfie photo."
        claimant = tm.add(tg.Actor("Claimant", role="benefit applicant"))

    with tm.boundary("ID.me", trust=tg.Trust.PARTNER):
        # "EDD relied on a third party service, ID.me, to verify individuals' identities"
        website = tm.add(tg.Endpoint("ID.me verification website", purpose=tg.EndpointPurpose.API))
        verification = tm.add(
            tg.Service(
                "ID.me verification service",
                description="Extracts content from the ID photo and validates personal details.",
            )
        )
        # "validates the authenticity of the ID using a combination of AI and
        # proprietary methods"
        doc_model = tm.add(
            tg.Model(
                "Document authenticity model",
                task=tg.Task.VERIFICATION,
                high_stakes=True,
            )
        )
        # "then performs facial recognition to match the ID photo to a selfie"
        face_model = tm.add(
            tg.Model(
                "Face matching model",
                task=tg.Task.VERIFICATION,
                high_stakes=True,
            )
        )

    with tm.boundary("California EDD", trust=tg.Trust.INTERNAL):
        # "filed fraudulent unemployment claims with the California Employment
        # Development Department (EDD) under the ID.me verified identities"
        portal = tm.add(tg.Endpoint("EDD claims portal", purpose=tg.EndpointPurpose.API))
        claims = tm.add(tg.Service("Claims processing"))
        claims_db = tm.add(tg.DataStore("Claims database", stores={claim, verdict}))
        # "had payments sent to various addresses he could access"
        payments = tm.add(tg.Service("Benefit payments"))

    tm.flow(claimant, website, details, id_photo, selfie, protocol="https")
    tm.flow(website, verification, details, id_photo, selfie)
    tm.flow(verification, doc_model, id_photo)
    tm.flow(doc_model, verification, verdict)
    tm.flow(verification, face_model, id_photo, selfie)
    tm.flow(face_model, verification, verdict)
    tm.flow(verification, claims, verdict, protocol="https", label="verified identity")
    tm.flow(claimant, portal, claim, protocol="https")
    tm.flow(portal, claims, claim)
    tm.flow(claims, claims_db, claim, verdict)
    tm.flow(claims, payments, payment, label="approved claims")
    tm.flow(payments, claimant, payment, label="payments to the claimant's address")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "uploaded forged IDs along with a selfie ... matched the selfie to the ID photo"
    2: (
        "document-authenticity-model",
        "face-matching-model",
        "claimant->id-me-verification-website",
    ),
}
