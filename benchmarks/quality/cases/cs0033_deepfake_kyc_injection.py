"""AML.CS0033 Live Deepfake Image Injection to Evade Mobile KYC Verification.

The victim: a financial services mobile app that onboards and authenticates users for
KYC with a facial biometric authentication service, which analyses live video from the
phone's camera with facial recognition and passive and active liveness detection.

Edits after the first analysis (new DSL facts, Engine v2):

- Model "Facial recognition model": task=VERIFICATION, was CLASSIFIER ("facial
  recognition ... to authenticate themselves under the victim's identity").
- Model "Liveness detection model": task=VERIFICATION, was DETECTOR ("both passive and
  active liveness verification").
- Data "Identity details": kind=RECORDS ("used the gathered victim information to
  register an account").
- Data "Live camera video": kind=MEDIA ("analyze live video from the user's camera").
- Data "Verification result": kind=MODEL_OUTPUT ("This successfully evades the facial
  recognition system").
- Data "Reference face image": kind=MEDIA (the face the live video is matched against;
  "high-definition facial images").
- Data "Customer account": kind=RECORDS ("register an account for a financial services
  application").
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0033"
NAME = "Live Deepfake Image Injection to Evade Mobile KYC Verification"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # Identity verification for "banking or cryptocurrency apps".
        profile=tg.RiskProfile.HIGH,
        description="Mobile KYC onboarding with facial recognition and liveness detection.",
    )
    identity = tg.Data("Identity details", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.RECORDS)
    video = tg.Data("Live camera video", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MEDIA)
    decision = tg.Data(
        "Verification result", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MODEL_OUTPUT
    )
    reference = tg.Data(
        "Reference face image", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MEDIA
    )
    account = tg.Data(
        "Customer account", sensitivity=tg.Sensitivity.REGULATED, kind=tg.DataKind.RECORDS
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "mobile applications for user onboarding, authentication, and identity
        # verification"
        applicant = tm.add(tg.Actor("Applicant", role="prospective customer"))
        # "analyze live video from the user's camera"
        # DSL gap: that the camera feed is produced on a device the user controls, where an
        # app can "substitute the devices camera with a video stream" (even on non-rooted
        # Android), cannot be expressed; modelled as a device fleet sending the video.
        phone = tm.add(
            tg.Device("Mobile app on user's phone", description="Captures live camera video.")
        )

    with tm.boundary("Financial services provider", trust=tg.Trust.INTERNAL):
        # "register an account for a financial services application"
        api = tm.add(tg.Endpoint("Mobile app backend API", purpose=tg.EndpointPurpose.API))
        onboarding = tm.add(
            tg.Service(
                "KYC onboarding service",
                description="Creates accounts once identity verification succeeds.",
            )
        )
        accounts = tm.add(tg.DataStore("Customer accounts", stores={account, reference}))

    with tm.boundary("Facial biometric service", trust=tg.Trust.PARTNER):
        # "Facial biometric authentication services are commonly used by mobile
        # applications": the verification is a service the app integrates.
        verify = tm.add(tg.Endpoint("Face verification API", purpose=tg.EndpointPurpose.INFERENCE))
        # "live facial recognition authentication models"
        face = tm.add(
            tg.Model(
                "Facial recognition model",
                task=tg.Task.VERIFICATION,
                high_stakes=True,
                description="Matches the live face against the claimed identity.",
            )
        )
        # "both passive and active liveness verification"
        liveness = tm.add(
            tg.Model(
                "Liveness detection model",
                task=tg.Task.VERIFICATION,
                high_stakes=True,
                description="Decides whether the video shows a live person.",
            )
        )

    tm.flow(applicant, phone, identity)
    tm.flow(phone, api, identity, protocol="https")
    tm.flow(api, onboarding, identity)
    tm.flow(phone, verify, video, protocol="https")
    tm.flow(verify, face, video)
    tm.flow(verify, liveness, video)
    tm.flow(face, verify, decision)
    tm.flow(liveness, verify, decision)
    tm.flow(verify, onboarding, decision, protocol="https")
    # The face is matched against the claimed identity; the case does not say where the
    # reference image comes from, so it is drawn as held with the customer's record.
    tm.flow(accounts, verify, reference, label="reference face")
    tm.flow(onboarding, accounts, account)
    tm.flow(api, phone, decision, protocol="https")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "produce live deepfake videos which mimic the victim's appearance"
    5: ("liveness-detection-model", "facial-recognition-model"),
    # "use the Virtual Camera app to replace the default camera with feed"
    8: (
        "liveness-detection-model",
        "facial-recognition-model",
        "mobile-app-on-user-s-phone->face-verification-api",
    ),
    # "successfully impersonate the victim and evade detection"
    9: ("kyc-onboarding-service", "face-verification-api->kyc-onboarding-service"),
}
