"""Maternity CTG trace warning model: the first design, before any security review.

The labour ward of a European hospital monitors women in labour with bedside
cardiotocography (CTG) monitors that record the fetal heart rate and uterine
contractions. The monitors stream their traces over the medical-device network
to the vendor's CTG surveillance server, which runs the vendor's CE-marked trace
analysis model and raises a warning on the central monitoring station at the
midwives' desk when a trace looks abnormal. Midwives acknowledge warnings and call
the on-call obstetrician, who reviews the trace and decides what to do; the model
only advises. Traces and warnings go through the hospital's HL7 interface engine
into the maternity record of the electronic patient record, and admissions come the
other way from the patient administration system. The vendor publishes model
updates on its portal, which clinical engineering installs, and has a VPN for
remote support. Controls: staff sign-in and role-based access on the record, a
vetted and versioned vendor model, and obstetricians deciding on every warning.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Maternity CTG trace warning model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Vendor model that warns labour-ward midwives about abnormal fetal CTG traces.",
)

# ---------------------------------------------------------------- data assets
ctg_trace = tg.Data(
    "CTG trace",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Fetal heart rate and uterine contraction signals, per bed and patient.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
ctg_warning = tg.Data(
    "Abnormal trace warning",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Warning category and the trace features behind it, for one patient.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
adt_message = tg.Data(
    "ADT admission message",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient identity, admission and bed assignment, to link a monitor to a patient.",
)
acknowledgement = tg.Data(
    "Warning acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Which midwife acknowledged which warning, and when.",
)
review_note = tg.Data(
    "Obstetric review note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The obstetrician's assessment of the trace and the plan of care.",
)
maternity_record = tg.Data(
    "Maternity record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
model_update = tg.Data(
    "CTG model update package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="unknown",
    description="Vendor software release carrying a new version of the analysis model.",
)
support_commands = tg.Data(
    "Remote support commands", kind="instructions", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
server_logs = tg.Data(
    "Surveillance server logs",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Application logs; they include bed numbers and patient identifiers.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Device vendor", trust=tg.Trust.PARTNER):
    # Where the vendor publishes new releases of the CTG software and model.
    vendor_portal = tm.add(
        tg.ExternalService(
            "Vendor software portal",
            description="Customer download portal for CE-marked software releases.",
        )
    )
    # The vendor's service desk reaches the surveillance server to fix faults.
    vendor_support = tm.add(
        tg.ExternalService(
            "Vendor remote support",
            description="Vendor engineers connect over a site-to-site VPN on request.",
            controls={tg.controls.Authentication(method="named vendor engineer accounts")},
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Source of admissions, so that each bed's trace is attached to the right woman.
    pas = tm.add(
        tg.Service(
            "Patient administration system",
            description="Hospital PAS; sends HL7 ADT events for admissions and transfers.",
        )
    )
    # Routes HL7 messages between the CTG system, the PAS and the patient record.
    interface_engine = tm.add(tg.Service("HL7 interface engine"))
    # The legal record of the labour, where traces and warnings end up.
    epr = tm.add(
        tg.DataStore(
            "Maternity EPR",
            stores={maternity_record, ctg_trace, ctg_warning, review_note},
            description="Maternity module of the hospital's electronic patient record.",
            controls={
                tg.controls.Authentication(method="staff smartcard and PIN"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
                tg.controls.EncryptionAtRest(key_management="database TDE"),
            },
        )
    )

    with tm.boundary("Labour ward", trust=tg.Trust.INTERNAL):
        # Watches the central screen, acknowledges warnings and escalates.
        midwife = tm.add(tg.Actor("Midwife", role="clinical staff"))
        # Reviews abnormal traces and decides on the plan of care.
        obstetrician = tm.add(tg.Actor("Obstetrician", role="clinical staff"))
        # Installs vendor releases on the surveillance server.
        clinical_engineer = tm.add(
            tg.Actor("Clinical engineer", role="medical device engineer", privileged=True)
        )

    with tm.boundary("Medical device network", trust=tg.Trust.INTERNAL):
        # One per labour room: records the CTG and streams it to the server.
        monitors = tm.add(
            tg.Device(
                "Bedside CTG monitor",
                fleet=True,
                description="Fetal monitors on a separate VLAN for medical devices.",
            )
        )
        # The vendor's server: collects traces, runs the model, feeds the screens.
        surveillance_server = tm.add(
            tg.Service(
                "CTG surveillance server",
                description="Vendor-supplied server running the central surveillance software.",
                controls={tg.controls.Authentication(method="Windows domain accounts")},
            )
        )
        # The trace analysis model the vendor ships inside its software.
        ctg_model = tm.add(
            tg.Model(
                "CTG trace analysis model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                description=(
                    "Vendor-trained model delivered with the CE-marked software and run "
                    "locally; flags decelerations, reduced variability and tachycardia."
                ),
                controls={
                    tg.controls.SupplierAssessment(note="medical device procurement review"),
                    tg.controls.ModelCards(
                        note="vendor instructions for use and clinical evidence"
                    ),
                    tg.controls.ModelVersioning(),
                    tg.controls.HumanInTheLoop(approver="on-call obstetrician"),
                },
            )
        )
        # The screen at the midwives' desk showing every bed's trace and warnings.
        central_station = tm.add(
            tg.Service(
                "Central monitoring station",
                description="Always-on workstation at the midwives' desk.",
            )
        )

# ---------------------------------------------------------------- flows
# Admissions link each monitor's trace to a patient.
tm.flow(pas, interface_engine, adt_message, protocol="mllp")
tm.flow(interface_engine, surveillance_server, adt_message, protocol="mllp")

# Traces from the bedside to the model and the central screen.
tm.flow(monitors, surveillance_server, ctg_trace, label="vendor monitoring protocol")
tm.flow(surveillance_server, ctg_model, ctg_trace)
tm.flow(ctg_model, surveillance_server, ctg_warning)
tm.flow(surveillance_server, central_station, ctg_trace, ctg_warning, protocol="https")
tm.flow(central_station, midwife, ctg_trace, ctg_warning, label="shown on the central screen")
tm.flow(midwife, central_station, acknowledgement)
tm.flow(central_station, surveillance_server, acknowledgement, protocol="https")

# Traces and warnings stored in the maternity record.
tm.flow(surveillance_server, interface_engine, ctg_trace, ctg_warning, protocol="mllp")
tm.flow(interface_engine, epr, ctg_trace, ctg_warning, protocol="mllp")
tm.flow(epr, obstetrician, ctg_trace, ctg_warning, maternity_record, protocol="https")
tm.flow(obstetrician, epr, review_note, protocol="https")
tm.flow(midwife, epr, maternity_record, protocol="https", label="labour notes")

# Model updates from the vendor.
tm.flow(vendor_portal, clinical_engineer, model_update, protocol="https", label="download")
tm.flow(clinical_engineer, surveillance_server, model_update, label="installs release")
tm.flow(surveillance_server, ctg_model, model_update, label="deploy")

# Vendor remote support.
tm.flow(vendor_support, surveillance_server, support_commands, protocol="ipsec")
tm.flow(surveillance_server, vendor_support, server_logs, protocol="ipsec")
