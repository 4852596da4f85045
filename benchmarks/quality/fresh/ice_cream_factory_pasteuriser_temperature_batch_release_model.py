"""Ice cream factory: pasteuriser records and batch release, the first design.

Our small ice cream factory pasteurises each mix batch on an HTST pasteuriser. A
PLC runs the pasteuriser and its flow diversion valve, and reads the temperature
probe at the holding tube; the process historian on the plant network records
temperature, holding time and diversion events for every batch over OPC UA. A
batch release service gathers the batch's pasteurisation record, the lab results
the technicians enter in the LIMS and the HACCP critical limits, and asks a
classifier, trained in-house on past batch records, to propose release or hold.
The quality manager reviews the proposal in a release console and signs the batch
off; only then does the ERP mark the pallets as releasable, and the dispatch team
load lorries from the ERP pick list. Controls in this design: the PLC's diversion
valve interlock, individual domain logins on the console, the quality manager's
sign-off on every batch, and an audit trail of release decisions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ice cream pasteuriser batch release",
    profile=tg.RiskProfile.HIGH,
    description="Pasteuriser time and temperature records feed a model proposing batch "
    "release; the quality manager signs off before dispatch.",
)

# ---------------------------------------------------------------- data assets
probe_reading = tg.Data(
    "Holding tube temperature reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pasteurisation_record = tg.Data(
    "Pasteurisation time and temperature record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per batch: temperature trace, holding time, flow rate, diversion events.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lab_results = tg.Data(
    "Batch lab results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Phosphatase test, coliforms and allergen swabs for the batch.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
critical_limits = tg.Data(
    "HACCP critical limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Minimum temperature and holding time per mix recipe.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
batch_features = tg.Data(
    "Batch release features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
proposal = tg.Data(
    "Release or hold proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Release or hold, with a confidence and the readings that drove it.",
)
release_decision = tg.Data(
    "Batch release decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Released or held, signed off by the quality manager with a comment.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pick_list = tg.Data("Dispatch pick list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_history = tg.Data(
    "Historical batch records",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Three years of batch records with the release decision taken.",
)
model_file = tg.Data("Release model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # The RTD at the end of the holding tube.
    probe = tm.add(
        tg.Device(
            "Holding tube temperature probe",
            fleet=False,
            description="PT100 probe wired 4-20 mA into the PLC.",
        )
    )
    # Runs the pasteuriser; diverts under-temperature product back to the balance tank.
    plc = tm.add(
        tg.Service(
            "Pasteuriser PLC",
            description="Controls heating, the timing pump and the flow diversion valve.",
            controls={
                c.SafetyLimits(
                    limits="flow diversion valve diverts product below 80 C or under 25 s hold"
                )
            },
        )
    )
    # Keeps the legal pasteurisation record for every batch.
    historian = tm.add(tg.DataStore("Process historian", stores={pasteurisation_record}))

with tm.boundary("Factory office network", trust=tg.Trust.INTERNAL):
    # Lab technicians enter test results here.
    lab_tech = tm.add(tg.Actor("Lab technician", role="lab staff"))
    lims = tm.add(tg.DataStore("LIMS", stores={lab_results}))
    # Recipe-specific critical limits from the HACCP plan.
    limits_store = tm.add(
        tg.DataStore("HACCP critical limits configuration", stores={critical_limits})
    )
    # Assembles each batch's evidence and asks the model for a proposal.
    release_service = tm.add(
        tg.Service(
            "Batch release service",
            description="Builds the batch evidence pack and the model's input when a batch ends.",
        )
    )
    # Proposes release or hold; the quality manager makes the decision.
    release_model = tm.add(
        tg.Model(
            "Batch release model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted classifier proposing release or hold of a batch.",
        )
    )
    # Where the quality manager reviews the evidence and signs off.
    console = tm.add(
        tg.Endpoint(
            "Release console",
            purpose=tg.EndpointPurpose.API,
            description="Internal web app showing the evidence pack and the proposal.",
            controls={
                c.Authentication(method="individual Windows domain login"),
                c.HumanInTheLoop(approver="quality manager"),
                c.AuditLogging(retention_days=1825),
            },
        )
    )
    quality_manager = tm.add(tg.Actor("Quality manager", role="quality manager"))
    # Holds stock status; pallets can be picked only once released.
    erp = tm.add(
        tg.DataStore(
            "ERP",
            stores={release_decision, pick_list},
            controls={c.RBAC()},
        )
    )
    dispatch = tm.add(tg.Actor("Dispatch team", role="warehouse staff"))
    # Training notebook run by the process engineer when batches accumulate.
    training = tm.add(
        tg.Pipeline(
            "Release model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python notebook on the engineering PC, run a few times a year.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(probe, plc, probe_reading, label="4-20 mA signal")
tm.flow(plc, historian, pasteurisation_record, protocol="opc-ua")
tm.flow(historian, release_service, pasteurisation_record, protocol="opc-ua")
tm.flow(lab_tech, lims, lab_results, protocol="https")
tm.flow(lims, release_service, lab_results, protocol="https")
tm.flow(limits_store, release_service, critical_limits)
tm.flow(release_service, release_model, batch_features)
tm.flow(release_model, release_service, proposal)
tm.flow(release_service, console, proposal, pasteurisation_record, lab_results, protocol="https")
tm.flow(console, quality_manager, proposal, pasteurisation_record, lab_results, protocol="https")
tm.flow(quality_manager, console, release_decision, protocol="https", label="signs off")
tm.flow(console, erp, release_decision, protocol="https")
tm.flow(erp, dispatch, pick_list, protocol="https")

tm.flow(historian, training, training_history, label="export of past batches")
tm.flow(erp, training, training_history, label="past release decisions")
tm.flow(training, release_model, model_file, label="copied to the release server")
