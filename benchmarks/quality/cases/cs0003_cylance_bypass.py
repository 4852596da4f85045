"""AML.CS0003 Bypassing Cylance's AI Malware Detection.

The victim: CylancePROTECT, an endpoint antivirus agent that anyone can install,
which scores files with a core ML malware model and a secondary model whose
positive verdicts override the core model, and which can log its scoring verbosely.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=features on "File attributes": "reverse engineer which attributes provided what level
  of positive or negative reputation".
- kind=model-output on "Reputation score" and "Override verdict": "reputation scoring";
  "Positive assessments from the second model overrode the decision of the core ML model."
- kind=logs on "Verbose scoring log": "The researchers enabled verbose logging".
- kind=training-data on "Labelled malware and goodware": the training set of "the core ML
  model" (the case names the ML models, not their data).
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0003"
NAME = "Bypassing Cylance's AI Malware Detection"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A security product whose verdict decides whether a file may run.
        profile=tg.RiskProfile.HIGH,
        description="Endpoint malware detection by an ML model ensemble.",
    )
    files = tg.Data("Files to scan", sensitivity=tg.Sensitivity.INTERNAL)
    features = tg.Data(
        "File attributes", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.FEATURES
    )
    score = tg.Data(
        "Reputation score", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.MODEL_OUTPUT
    )
    override = tg.Data(
        "Override verdict", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.MODEL_OUTPUT
    )
    log = tg.Data("Verbose scoring log", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.LOGS)
    settings = tg.Data("Agent settings", sensitivity=tg.Sensitivity.INTERNAL)
    corpus = tg.Data(
        "Labelled malware and goodware",
        sensitivity=tg.Sensitivity.CONFIDENTIAL,
        kind=tg.DataKind.TRAINING_DATA,
    )

    # DSL gap: the models are bundled in an agent that runs on a machine its owner
    # controls; the DSL cannot place a model inside an installed product, so the agent
    # and its models sit in the customer-machine boundary.
    with tm.boundary("Customer machine", trust=tg.Trust.UNTRUSTED):
        # "The researchers had access to Cylance's AI-enabled malware detection software."
        owner = tm.add(tg.Actor("Machine owner", role="installs and configures the agent"))
        # "a malicious file": files arrive on the machine from anywhere.
        file_source = tm.add(
            tg.DataSource(
                "Files on the machine",
                origin=tg.Origin.PUBLIC_WEB,
                provides={files},
                description="Downloaded, emailed or copied files the agent scans.",
            )
        )
        # "Cylance's AI-enabled malware detection software", installed on every endpoint.
        agent = tm.add(
            tg.Device(
                "CylancePROTECT agent",
                description="Extracts file attributes and combines the models' verdicts.",
            )
        )
        # "the inner workings of the ML model, specifically around reputation scoring"
        core = tm.add(
            tg.Model(
                "Core malware model",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                returns_scores=True,
                description="Scores file attributes with positive and negative reputation.",
            )
        )
        # "a secondary model which was an override for the first model. Positive
        # assessments from the second model overrode the decision of the core ML model."
        secondary = tm.add(
            tg.Model(
                "Secondary override model",
                task=tg.Task.CLASSIFIER,
                high_stakes=True,
                description="Recognises known-good files; a positive verdict overrides the core.",
            )
        )
        # "The researchers enabled verbose logging, which exposes the inner workings of the
        # ML model"
        agent_log = tm.add(tg.DataStore("Agent log", stores={log}))

    with tm.boundary("Cylance", trust=tg.Trust.INTERNAL):
        # The vendor trains the models it ships in the agent.
        dataset = tm.add(tg.Dataset("Malware training set", stores={corpus}))
        training = tm.add(tg.Pipeline("Model training", stage=tg.Stage.TRAINING))

    tm.flow(file_source, agent, files)
    tm.flow(agent, core, features)
    tm.flow(core, agent, score)
    tm.flow(agent, secondary, features)
    tm.flow(secondary, agent, override)
    tm.flow(owner, agent, settings, label="enables verbose logging")
    tm.flow(agent, agent_log, log)
    tm.flow(agent_log, owner, log, label="reads the log")
    tm.flow(dataset, training, corpus)
    tm.flow(training, core, label="shipped model")
    tm.flow(training, secondary, label="shipped model")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "enabled verbose logging, which exposes the inner workings of the ML model"
    3: ("core-malware-model", "agent-log->machine-owner"),
    # "fused attributes of known good files with malware to manually create adversarial
    # malware"
    5: ("core-malware-model", "secondary-override-model"),
    # "Due to the secondary model overriding the primary, the researchers were effectively
    # able to bypass the ML model."
    6: (
        "secondary-override-model",
        "core-malware-model",
        "files-on-the-machine->cylanceprotect-agent",
    ),
}
