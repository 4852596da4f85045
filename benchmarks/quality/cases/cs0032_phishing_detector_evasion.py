"""AML.CS0032 Attempted Evasion of ML Phishing Webpage Detection System.

The victim: a commercial phishing webpage detector in an endpoint security product. An
ensemble of image classifiers (visual brand similarity, input form detection, and
others) scores each page the user visits, and the phishing score drives an automated
block/allow decision.

Edits after the first analysis (new DSL facts, Engine v2):

- Data "Webpage": kind=DOCUMENTS ("phishing websites that appear visually similar to
  legitimate sites").
- Data "Page rendering": kind=MEDIA ("an ensemble of image classifiers").
- Data "Phishing score": kind=MODEL_OUTPUT ("the 'phishing score' of an ensemble of
  image classifiers").
- Data "Entered credentials": kind=CREDENTIALS ("trick users into entering their
  credentials").
- Data "Detection log": kind=LOGS ("adversarial examples were identified in the logs").
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0032"
NAME = "Attempted Evasion of ML Phishing Webpage Detection System"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A security product whose verdict decides whether users reach a page.
        profile=tg.RiskProfile.HIGH,
        description="Ensemble of image classifiers scoring webpages for phishing.",
    )
    page = tg.Data("Webpage", sensitivity=tg.Sensitivity.PUBLIC, kind=tg.DataKind.DOCUMENTS)
    rendering = tg.Data(
        "Page rendering", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.MEDIA
    )
    score = tg.Data(
        "Phishing score", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.MODEL_OUTPUT
    )
    verdict = tg.Data("Block/allow verdict", sensitivity=tg.Sensitivity.INTERNAL)
    creds = tg.Data(
        "Entered credentials", sensitivity=tg.Sensitivity.SECRET, kind=tg.DataKind.CREDENTIALS
    )
    log = tg.Data("Detection log", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.LOGS)

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "Adversaries create phishing websites that appear visually similar to
        # legitimate sites": the detector sees whatever page any site serves.
        websites = tm.add(tg.DataSource("Websites", origin=tg.Origin.PUBLIC_WEB, provides={page}))

    with tm.boundary("Customer endpoint", trust=tg.Trust.INTERNAL):
        # "trick users into entering their credentials"
        user = tm.add(tg.Actor("Endpoint user", role="end user"))
        # "block them in their endpoint security products"
        endpoint = tm.add(
            tg.Device(
                "Endpoint security client",
                description="Browser protection that captures pages and enforces verdicts.",
            )
        )

    # The case does not say whether the ensemble runs on the endpoint or in the vendor's
    # cloud; it is drawn as the vendor's detection service.
    with tm.boundary("Security vendor", trust=tg.Trust.INTERNAL):
        # "The detection system makes an automated block/allow determination from the
        # 'phishing score' of an ensemble of image classifiers"
        detector = tm.add(
            tg.Service(
                "Phishing detection service",
                description="Combines the classifiers' outputs into a phishing score.",
            )
        )
        # "the model responsible detecting brand impersonation via visual similarity"
        visual = tm.add(
            tg.Model(
                "Visual similarity model",
                task=tg.Task.CLASSIFIER,
                high_stakes=True,
                description="Image classifier for brand impersonation (logos).",
            )
        )
        # "each responsible for different phishing indicators (visual similarity, input
        # form detection, etc.)"
        forms = tm.add(
            tg.Model(
                "Input form detection model",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                description="Image classifier for login forms.",
            )
        )
        # "adversarial examples were identified in the logs"
        logs = tm.add(tg.DataStore("Detection logs", stores={log}))

    tm.flow(websites, endpoint, page, protocol="https")
    tm.flow(endpoint, detector, rendering)
    tm.flow(detector, visual, rendering)
    tm.flow(visual, detector, score)
    tm.flow(detector, forms, rendering)
    tm.flow(forms, detector, score)
    tm.flow(detector, logs, log)
    tm.flow(detector, endpoint, verdict)
    tm.flow(endpoint, user, page, label="allowed page")
    tm.flow(user, endpoint, creds)
    tm.flow(endpoint, websites, creds, protocol="https", label="form submission")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "strategies for manually modifying logos"
    1: ("visual-similarity-model", "phishing-detection-service->visual-similarity-model"),
    # "The visual similarity model used to detect brand impersonation was evaded"
    2: ("visual-similarity-model", "phishing-detection-service->visual-similarity-model"),
    # "continue to operate their phishing websites and steal the victim's credentials"
    3: ("endpoint-user", "endpoint-security-client->websites"),
}
