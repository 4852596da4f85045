"""Blood test result autovalidation: the first design, before any security review.

The hospital pathology lab runs routine blood tests (full blood count, U&Es, LFTs)
for hospital wards and local GP practices. An autovalidation model scores every
result the analysers produce against the patient's previous results (delta check)
and the analyser's latest internal quality control run. Results it passes are
released without a person looking at them: the results interface engine sends them
to the hospital electronic patient record and, over NHS MESH, to the GP practice
systems. Results it holds go to a worklist where biomedical scientists validate them.
Everything runs on the hospital network; the analysers sit on the lab's own VLAN.
The lab's quality manager sets the model's thresholds and which tests may be
autovalidated, through a configuration console with smartcard sign-in; config
changes and every release decision are logged. The model was verified on a year of
historical results before go-live, and the LIMS uses role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood test result autovalidation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Model-driven release of routine blood results to the hospital record and GPs.",
)

# ---------------------------------------------------------------- data assets
raw_results = tg.Data(
    "Analyser results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Test values with sample barcode, analyser id and flags.",
)
qc_results = tg.Data(
    "Internal QC results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
patient_history = tg.Data(
    "Previous patient results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data(
    "Delta and QC features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
)
verdict = tg.Data(
    "Autovalidation verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Release or hold, with the reasons for a hold.",
)
released = tg.Data(
    "Released blood results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
held = tg.Data("Held results for validation", kind="records", sensitivity=tg.Sensitivity.REGULATED)
validation = tg.Data(
    "Scientist validation decision", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
config = tg.Data(
    "Autovalidation thresholds and test list",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weights = tg.Data(
    "Autovalidation model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
decision_log = tg.Data("Release decision log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Pathology lab VLAN", trust=tg.Trust.INTERNAL):
        # The chemistry and haematology analysers that produce results and run QC.
        analysers = tm.add(
            tg.Device(
                "Blood analysers",
                fleet=True,
                description="Chemistry and haematology analysers; results and QC runs go to the LIMS.",
            )
        )
        # Lab staff who validate the results the model holds back.
        scientist = tm.add(tg.Actor("Biomedical scientist", role="lab validator"))
        # Sets what may be autovalidated and at which thresholds.
        quality_manager = tm.add(
            tg.Actor("Lab quality manager", role="quality manager", privileged=True)
        )

    with tm.boundary("Pathology servers", trust=tg.Trust.RESTRICTED):
        # The laboratory information system: the system of record for results and history.
        lims = tm.add(
            tg.DataStore(
                "LIMS results database",
                stores={raw_results, patient_history, qc_results, released},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
            )
        )
        # Runs each new result through the model and routes it to release or the worklist.
        autoval = tm.add(
            tg.Service(
                "Autovalidation service",
                description="Builds delta and QC features, calls the model, applies the configured rules.",
                controls={c.AuditLogging(retention_days=3650)},
            )
        )
        # The model that decides release or hold for each result.
        model = tm.add(
            tg.Model(
                "Autovalidation model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Gradient-boosted classifier trained on the lab's validated history.",
                controls={c.ModelValidation(note="verification study on 12 months of results")},
            )
        )
        # Thresholds, test list and model version the quality manager sets.
        config_store = tm.add(
            tg.DataStore("Autovalidation configuration", stores={config, weights})
        )
        # Screen where the quality manager edits the configuration.
        console = tm.add(
            tg.Service(
                "Configuration console",
                controls={
                    c.Authentication(method="NHS smartcard and PIN"),
                    c.AuditLogging(retention_days=3650),
                },
            )
        )
        # Worklist of held results in the LIMS client.
        worklist = tm.add(tg.Service("Validation worklist", controls={c.RBAC()}))
        # Record of every release decision, for the lab's accreditation audit trail.
        log_store = tm.add(tg.DataStore("Release decision log", stores={decision_log}))
        # HL7 interface engine that sends released results onwards.
        interface = tm.add(tg.Service("Results interface engine"))

    # The hospital's electronic patient record, where clinicians read results.
    epr = tm.add(tg.DataStore("Hospital electronic patient record", stores={released}))

with tm.boundary("NHS network", trust=tg.Trust.PARTNER):
    # GP practice clinical systems receiving results for their patients.
    gp = tm.add(tg.ExternalService("GP practice systems"))

# ---------------------------------------------------------------- flows
tm.flow(analysers, lims, raw_results, qc_results, protocol="mllp", label="results and QC runs")
tm.flow(lims, autoval, raw_results, patient_history, qc_results, label="new result with history")
tm.flow(autoval, model, features)
tm.flow(model, autoval, verdict)
tm.flow(config_store, autoval, config, label="thresholds and test list")
tm.flow(config_store, model, weights, label="load model version")
tm.flow(autoval, log_store, decision_log)
tm.flow(autoval, lims, verdict, label="release or hold status")

tm.flow(autoval, worklist, held, verdict, label="held results")
tm.flow(worklist, scientist, held, verdict)
tm.flow(scientist, worklist, validation)
tm.flow(worklist, lims, validation, label="validated or amended result")

tm.flow(lims, interface, released, label="authorised results")
tm.flow(interface, epr, released, protocol="mllp")
tm.flow(interface, gp, released, protocol="mtls", label="NHS MESH")

tm.flow(quality_manager, console, config)
tm.flow(console, config_store, config)
tm.flow(config_store, console, config, label="current settings")
tm.flow(console, quality_manager, config)
