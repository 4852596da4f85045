"""AML.CS0006 ClearviewAI Misconfiguration.

The victim: Clearview AI's facial recognition tool, which searches publicly
available photos for matches for law-enforcement users, together with the
engineering systems behind it: a password-protected source code repository, AWS S3
buckets with training videos and application builds, and Slack.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=media on "Public face photos" and "Probe face image": "a facial recognition tool that
  searches publicly available photos for matches".
- kind=model-output on "Face matches": "searches publicly available photos for matches".
- kind=training-data on "Raw training videos": "cloud storage buckets containing 70K video
  samples"; "With access to training data".
- kind=code on "Source code": "Clearview AI's source code repository".
- kind=credentials on "Production credentials, S3 keys and Slack tokens": "Clearview AI
  production credentials, keys to cloud storage buckets ... and Slack tokens".
- kind=code on "Application builds": "Released desktop and mobile applications - Pre-release
  applications"; "decompiled application binaries".
- kind=documents on "Team messages": "Slack access tokens" (the Slack workspace's messages).
- internet_facing=True on "Source code repository": "misconfigured to allow an arbitrary user
  to register an account. This allowed an external researcher to gain access".
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

CASE_ID = "AML.CS0006"
NAME = "ClearviewAI Misconfiguration"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # Facial recognition of people, used by law enforcement.
        profile=tg.RiskProfile.HIGH,
        description="Facial recognition search over publicly available photos.",
    )
    photos = tg.Data("Public face photos", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MEDIA)
    probe = tg.Data("Probe face image", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MEDIA)
    matches = tg.Data("Face matches", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.MODEL_OUTPUT)
    videos = tg.Data(
        "Raw training videos", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.TRAINING_DATA
    )
    source = tg.Data("Source code", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.CODE)
    # DSL gap: the credentials are kept inside the code repository and unlock the S3
    # buckets and Slack; the DSL can say a store holds secret data but not that this
    # data grants access to other stores, so it is a SECRET data asset the repo stores.
    credentials = tg.Data(
        "Production credentials, S3 keys and Slack tokens",
        sensitivity=tg.Sensitivity.SECRET,
        kind=tg.DataKind.CREDENTIALS,
    )
    # "Released desktop and mobile applications - Pre-release applications"
    builds = tg.Data(
        "Application builds", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.CODE
    )
    messages = tg.Data(
        "Team messages", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind=tg.DataKind.DOCUMENTS
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "searches publicly available photos for matches"
        web = tm.add(
            tg.DataSource("Public web photos", origin=tg.Origin.PUBLIC_WEB, provides={photos})
        )

    with tm.boundary("Customers", trust=tg.Trust.PARTNER):
        # "used for investigative purposes by law enforcement agencies and other parties"
        investigator = tm.add(tg.Actor("Investigator", role="law-enforcement user"))
        # "Released desktop and mobile applications"
        apps = tm.add(tg.Device("Desktop and mobile app", description="Clearview client app."))

    with tm.boundary("Slack", trust=tg.Trust.PARTNER):
        # "Slack access tokens"
        slack = tm.add(tg.ExternalService("Slack workspace"))

    with tm.boundary("Clearview engineering", trust=tg.Trust.INTERNAL):
        developer = tm.add(tg.Actor("Developer", role="engineer", privileged=True))
        # "Clearview AI's source code repository, though password protected"
        # DSL gap: the repository server "was misconfigured to allow an arbitrary user to
        # register an account"; the DSL cannot say that authentication is present but open
        # to self-registration (nor that the server is reachable from the internet), so
        # it is an internal store with Authentication.
        repo = tm.add(
            tg.DataStore(
                "Source code repository",
                stores={source, credentials},
                internet_facing=True,
                controls={c.Authentication(note="password protected")},
            )
        )
        # "future application releases could have been compromised"
        release = tm.add(
            tg.Pipeline(
                "Application release pipeline",
                stage=tg.Stage.DEPLOYMENT,
                description="Builds the desktop and mobile applications from the repository.",
            )
        )

    with tm.boundary("Clearview AWS", trust=tg.Trust.INTERNAL):
        # "keys to cloud storage buckets containing 70K video samples, and copies of its
        # applications"
        buckets = tm.add(tg.DataStore("S3 storage buckets", stores={videos, builds}))
        # "With access to training data, a bad actor has the ability to cause an arbitrary
        # misclassification in the deployed model."
        training = tm.add(tg.Pipeline("Face model training", stage=tg.Stage.TRAINING))
        model = tm.add(
            tg.Model(
                "Face recognition model",
                task=tg.Task.EMBEDDING,
                high_stakes=True,
                description="Matches a probe face against indexed photos.",
            )
        )
        # "searches publicly available photos"
        scraper = tm.add(tg.Pipeline("Photo collection", stage=tg.Stage.INGESTION))
        index = tm.add(tg.DataStore("Face photo index", stores={photos}))
        search = tm.add(tg.Endpoint("Face search API", purpose=tg.EndpointPurpose.API))

    tm.flow(developer, repo, source, credentials, label="commits")
    tm.flow(developer, slack, messages, protocol="https")
    tm.flow(repo, release, source, credentials)
    tm.flow(release, buckets, builds, label="upload builds")
    tm.flow(buckets, apps, builds, label="application releases")
    tm.flow(buckets, training, videos)
    tm.flow(training, model, label="trained weights")
    tm.flow(web, scraper, photos, protocol="https")
    tm.flow(scraper, index, photos)
    tm.flow(investigator, apps, probe)
    tm.flow(apps, search, probe, protocol="https")
    tm.flow(search, model, probe)
    tm.flow(index, search, photos)
    tm.flow(search, apps, matches, protocol="https")
    tm.flow(apps, investigator, matches)
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "The private code repository contained credentials which were used to access AWS S3
    # cloud storage buckets"
    2: ("source-code-repository", "s3-storage-buckets"),
    # "future application releases could have been compromised, causing degraded or
    # malicious facial recognition capabilities"
    4: (
        "face-recognition-model",
        "application-release-pipeline",
        "s3-storage-buckets->face-model-training",
    ),
}
