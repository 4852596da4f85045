"""Insole design agent for an NHS orthotics clinic: the first design, before any security review.

Orthotists in the hospital's orthotics clinic scan a patient's feet standing and
walking on a pressure plate, then open the clinician workspace and describe what
they want (diagnosis, offloading areas, shoe fit) in free-text notes. An LLM agent
running in the trust's cloud tenancy reads the scan and the referral from the
electronic patient record, asks a hosted LLM to reason over them, and drives a
parametric CAD tool that produces the insole geometry and the milling file.
The orthotist reviews the proposed design in the workspace and approves it before
the agent sends the order to the external milling supplier over SFTP and books
the fitting appointment in the patient administration system, which texts the
patient through GOV.UK Notify. Staff sign in with NHS smartcards (CIS2); the LLM
is reached over HTTPS under the trust's enterprise agreement; scans and designs are
encrypted at rest; the agent's actions are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orthotic insole design agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Turns pressure plate scans and clinician notes into custom insole designs, "
        "orders them from the milling supplier and books fitting appointments."
    ),
)

# ---------------------------------------------------------------- data assets
pressure_scan = tg.Data(
    "Foot pressure scan",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Static and dynamic plantar pressure maps exported by the plate software.",
)
clinician_notes = tg.Data(
    "Clinician notes and design request",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Diagnosis, areas to offload, footwear and the orthotist's instructions.",
)
referral = tg.Data(
    "Referral and clinical history",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
record_query = tg.Data("Patient record lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
llm_prompt = tg.Data(
    "Design prompt with patient context", sensitivity=tg.Sensitivity.REGULATED, kind="prompt"
)
llm_reply = tg.Data(
    "LLM design reasoning", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
design_params = tg.Data(
    "Insole design parameters",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Shell shape, posting angles, arch height, cut-outs and densities by zone.",
)
design_preview = tg.Data(
    "Insole design preview", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
milling_file = tg.Data(
    "Insole milling file",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="CAM file for the CNC mill, named with the patient's hospital number.",
)
design_approval = tg.Data(
    "Orthotist design approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
milling_order = tg.Data(
    "Milling order",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Order reference, patient initials, shoe size, material and delivery date.",
)
order_ack = tg.Data(
    "Order acknowledgement and dispatch date",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-result",
)
booking_request = tg.Data(
    "Fitting booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
clinic_slots = tg.Data(
    "Clinic slots and booked appointment", sensitivity=tg.Sensitivity.PII, kind="records"
)
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
appointment_text = tg.Data(
    "Appointment text message", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Patient's phone network", trust=tg.Trust.UNTRUSTED):
    # The patient only receives the appointment text; they never use the system.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Hospital clinic network", trust=tg.Trust.INTERNAL):
    # The clinician who assesses the patient and signs off every design.
    orthotist = tm.add(tg.Actor("Orthotist", role="clinician"))
    # The plate in the gait room; its vendor software on the clinic PC exports scans.
    plate = tm.add(
        tg.Device(
            "Pressure plate",
            fleet=False,
            description="Pressure plate and its vendor software on the gait-room PC.",
        )
    )
    # The trust's system of record for referrals and clinical history.
    epr = tm.add(tg.DataStore("Electronic patient record", stores={referral}))
    # Where clinic slots live; it sends appointment texts through Notify.
    pas = tm.add(
        tg.DataStore(
            "Patient administration system (PAS)",
            stores={clinic_slots},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web UI the orthotist uses to brief the agent and review designs.
    workspace = tm.add(
        tg.Endpoint(
            "Clinician workspace",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="NHS smartcard (CIS2) with passcode")},
        )
    )
    # The agent that plans the design and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Insole design agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the treating orthotist",
                    note="the design is approved in the workspace before the order is sent",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Scans, generated geometry and milling files, kept per patient episode.
    design_store = tm.add(
        tg.DataStore(
            "Scan and design store",
            stores={pressure_scan, milling_file},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reads the referral and history for the patient named in the request.
    record_tool = tm.add(tg.Tool("Patient record lookup tool", capabilities={"read"}))
    # Parametric CAD engine: turns design parameters into insole geometry and CAM output.
    cad_tool = tm.add(tg.Tool("Parametric insole CAD tool", capabilities={"read", "write"}))
    # Sends approved milling files and orders to the supplier.
    order_tool = tm.add(
        tg.Tool("Milling order tool", capabilities={"read", "network-egress", "send-messages"})
    )
    # Books the fitting appointment in the PAS.
    booking_tool = tm.add(
        tg.Tool("Fitting appointment booking tool", capabilities={"read", "write"})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model under the trust's enterprise agreement.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Milling supplier", trust=tg.Trust.PARTNER):
    # The contracted orthotics lab that mills and finishes the insoles.
    supplier = tm.add(
        tg.ExternalService(
            "Insole milling supplier",
            description="Receives milling files over SFTP and mills the insoles.",
            controls={c.SupplierAssessment(note="NHS framework supplier")},
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # The government text-message service the PAS already uses.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

# ---------------------------------------------------------------- flows
tm.flow(plate, design_store, pressure_scan, protocol="https", label="scan export")
tm.flow(orthotist, workspace, clinician_notes, protocol="https")
tm.flow(workspace, agent, clinician_notes)
tm.flow(design_store, agent, pressure_scan)

tm.flow(agent, record_tool, record_query)
tm.flow(record_tool, epr, record_query, protocol="https")
tm.flow(epr, record_tool, referral, protocol="https")
tm.flow(record_tool, agent, referral)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, cad_tool, design_params)
tm.flow(design_store, cad_tool, pressure_scan)
tm.flow(cad_tool, design_store, milling_file)
tm.flow(cad_tool, agent, design_preview)

tm.flow(agent, workspace, design_preview, label="design for review")
tm.flow(workspace, orthotist, design_preview, protocol="https")
tm.flow(orthotist, workspace, design_approval, protocol="https")
tm.flow(workspace, agent, design_approval)

tm.flow(agent, order_tool, milling_order)
tm.flow(design_store, order_tool, milling_file)
tm.flow(order_tool, supplier, milling_order, milling_file, protocol="sftp")
tm.flow(supplier, order_tool, order_ack, protocol="sftp")
tm.flow(order_tool, agent, order_ack)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, pas, booking_request, protocol="https")
tm.flow(pas, booking_tool, clinic_slots, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(pas, notify, appointment_text, protocol="https")
tm.flow(notify, patient, appointment_text, protocol="sms")
