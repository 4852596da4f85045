"""AML.CS0002 VirusTotal Poisoning.

The victim: a popular virus-sharing platform that anyone can upload samples to,
where antivirus vendors' engines classify each sample, and the vendors' ML
malware-family classifiers that are trained on the platform's samples and labels.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=labels on "Vendor family verdicts": "Several vendors started to classify the files as
  the ransomware family ... The 'mutant' samples poisoned the dataset".
- kind=training-data on "Labelled malware family samples": "the dataset the ML model(s) use
  to identify and classify this ransomware family".
- kind=model-output on "Malware family classification": "the ML model(s) use to identify
  and classify this ransomware family".
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0002"
NAME = "VirusTotal Poisoning"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # Security products: the family verdicts decide what is flagged as ransomware.
        profile=tg.RiskProfile.HIGH,
        description="Shared malware samples and vendor verdicts feeding ML family classifiers.",
    )
    sample = tg.Data("Submitted file sample", sensitivity=tg.Sensitivity.PUBLIC)
    verdicts = tg.Data(
        "Vendor family verdicts", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.LABELS
    )
    corpus = tg.Data(
        "Labelled malware family samples",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        kind=tg.DataKind.TRAINING_DATA,
    )
    family = tg.Data(
        "Malware family classification",
        sensitivity=tg.Sensitivity.INTERNAL,
        kind=tg.DataKind.MODEL_OUTPUT,
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "samples of that particular ransomware family were submitted through a popular
        # virus-sharing platform": anyone can submit a file.
        submitter = tm.add(tg.Actor("Sample submitter", role="uploads files for scanning"))

    with tm.boundary("Virus-sharing platform", trust=tg.Trust.PARTNER):
        # "The actor uploaded 'mutant' samples to the platform."
        upload = tm.add(
            tg.Endpoint(
                "Sample upload",
                purpose=tg.EndpointPurpose.API,
                description="Public submission of files for multi-engine scanning.",
            )
        )
        # "Several vendors started to classify the files as the ransomware family": the
        # platform runs the vendors' engines on every sample.
        scanning = tm.add(
            tg.Service(
                "Multi-engine scanning",
                description="Runs every vendor's engine on a sample and records the verdicts.",
            )
        )
        # The shared collection of samples and verdicts that vendors download.
        repository = tm.add(tg.DataStore("Shared sample repository", stores={sample, verdicts}))

    with tm.boundary("Antivirus vendor", trust=tg.Trust.INTERNAL):
        # Vendors pull the shared samples, labelled by family, into their training data.
        ingestion = tm.add(
            tg.Pipeline(
                "Sample feed ingestion",
                stage=tg.Stage.INGESTION,
                description="Downloads new samples and labels them by the family verdicts.",
            )
        )
        # "the dataset the ML model(s) use to identify and classify this ransomware family"
        dataset = tm.add(tg.Dataset("Malware family training set", stores={corpus}))
        training = tm.add(tg.Pipeline("Family classifier training", stage=tg.Stage.TRAINING))
        # "the ML model(s) use to identify and classify this ransomware family"
        classifier = tm.add(
            tg.Model(
                "Malware family classifier",
                task=tg.Task.CLASSIFIER,
                high_stakes=True,
                description="Classifies executables into malware families.",
            )
        )

    tm.flow(submitter, upload, sample, protocol="https", label="file submission")
    tm.flow(upload, scanning, sample)
    tm.flow(scanning, repository, sample, verdicts)
    tm.flow(repository, ingestion, sample, verdicts, label="sample feed")
    tm.flow(ingestion, dataset, corpus)
    tm.flow(dataset, training, corpus)
    tm.flow(training, classifier, label="trained weights")
    tm.flow(classifier, scanning, family, label="engine verdict")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "used a malware sample from a prevalent ransomware family as a start to create
    # 'mutant' variants"
    2: ("malware-family-training-set", "sample-submitter->sample-upload"),
    # "The actor uploaded 'mutant' samples to the platform."
    3: ("sample-upload", "sample-submitter->sample-upload"),
    # "The 'mutant' samples poisoned the dataset the ML model(s) use"
    4: ("malware-family-training-set", "shared-sample-repository->sample-feed-ingestion"),
}
