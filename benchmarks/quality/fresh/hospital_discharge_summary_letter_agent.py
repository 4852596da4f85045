"""Hospital discharge summary letter agent: the first design, before any security review.

When a ward doctor marks an inpatient as ready to go home, an LLM agent drafts the
discharge summary: it reads the admission's clinical notes, test results and
medication changes from the electronic patient record (EPR) through a read-only
FHIR tool, and writes the draft with a hosted LLM that a vendor runs in a UK region.
Doctors and pharmacists work on the draft in the clinician workspace on the hospital
network (NHS smartcard sign-in, role-based access): a pharmacist checks the
medication section, and the ward doctor edits and signs. Only signed letters leave:
a dispatch service sends them to the patient's GP practice through the NHS
messaging service (MESH, mutually authenticated TLS over HSCN) and publishes them
to the hospital's patient app, where patients sign in with NHS login. The agent can
also book the follow-up clinic the summary asks for, through a tool that writes to
the outpatient system over HL7. Drafts and signed letters sit in a letter store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital discharge summary letter agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that drafts discharge summaries from the EPR for doctor sign-off, "
        "sends them to GPs and the patient app, and books follow-up appointments."
    ),
)

# ---------------------------------------------------------------- data assets
discharge_request = tg.Data(
    "Discharge summary request",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The doctor's instruction to draft, with the patient and admission selected.",
)
record_query = tg.Data("EPR record query", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
record_extract = tg.Data(
    "Admission record extract",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Clinical notes, results and medication changes for the admission.",
)
patient_record = tg.Data(
    "Electronic patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
llm_prompt = tg.Data(
    "Drafting prompt with record extract", kind="prompt", sensitivity=tg.Sensitivity.REGULATED
)
llm_completion = tg.Data(
    "Drafted summary text", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft = tg.Data(
    "Draft discharge summary",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
medication_check = tg.Data(
    "Pharmacist medication check",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The pharmacist's corrections and sign-off of the medication section.",
)
doctor_signoff = tg.Data(
    "Doctor sign-off approval", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
signed_letter = tg.Data(
    "Signed discharge summary",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_request = tg.Data(
    "Follow-up booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
booking_message = tg.Data(
    "Outpatient appointment booking", kind="records", sensitivity=tg.Sensitivity.PII
)
booking_confirmation = tg.Data(
    "Appointment confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
delivery_ack = tg.Data("MESH delivery acknowledgement", kind="records")
app_request = tg.Data("Patient app letter request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Discharged patients read their letters and appointments on their own phones.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # The drafting model: a general-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Writes the summary text from the record extract; no training on our data.",
            controls={c.SupplierAssessment(note="DPIA and DSPT review of the vendor contract")},
        )
    )

with tm.boundary("HSCN", trust=tg.Trust.PARTNER):
    # The national NHS messaging service that delivers letters to GP practices.
    mesh = tm.add(
        tg.ExternalService(
            "NHS messaging service (MESH)",
            description="Store-and-forward clinical messaging between NHS organisations.",
        )
    )
    # The receiving GP practice's clinical system, which files the letter.
    gp_system = tm.add(tg.ExternalService("GP practice system"))

with tm.boundary("Patient app platform", trust=tg.Trust.INTERNAL):
    # Backend of the hospital's patient app, published to the internet.
    app_api = tm.add(
        tg.Endpoint(
            "Patient app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="NHS login (password and SMS one-time code)"),
            },
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Ward doctors request drafts, review them and sign.
    doctor = tm.add(tg.Actor("Ward doctor", role="clinician"))
    # Pharmacists check the medication section before the doctor signs.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))
    # The web workspace where drafts are reviewed, edited and signed.
    workspace = tm.add(
        tg.Endpoint(
            "Clinician workspace",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="NHS smartcard with PIN"),
                c.RBAC(note="doctors sign, pharmacists edit the medication section only"),
                c.AuditLogging(),
            },
        )
    )
    # The LLM agent: gathers the record, drafts the summary, books follow-ups.
    agent = tm.add(
        tg.Agent(
            "Discharge summary agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Drafts summaries for sign-off; books follow-up appointments itself.",
            controls={c.AuditLogging(note="prompts, tool calls and drafts are logged")},
        )
    )
    # Read-only access to the admission's record for the agent.
    epr_tool = tm.add(
        tg.Tool(
            "EPR record reader",
            capabilities={"read"},
            description="FHIR read of notes, results and medication for one admission.",
            controls={c.LeastPrivilegeTools(note="read-only FHIR service account")},
        )
    )
    # Lets the agent book the follow-up clinic the summary recommends.
    booking_tool = tm.add(
        tg.Tool(
            "Outpatient booking tool",
            capabilities={"read", "write"},
            description="Creates an outpatient appointment via the HL7 interface engine.",
        )
    )
    # Drafts and signed letters, with their versions.
    letter_store = tm.add(tg.DataStore("Discharge letter store", stores={draft, signed_letter}))
    # Sends signed letters to the GP and the patient app.
    dispatch = tm.add(
        tg.Service(
            "Letter dispatch service",
            description="Releases a letter only once the ward doctor has signed it.",
            controls={c.HumanInTheLoop(approver="the ward doctor signs each letter")},
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The hospital's system of record for inpatient care.
        epr = tm.add(
            tg.DataStore(
                "Electronic patient record",
                stores={patient_record},
                controls={c.EncryptionAtRest(key_management="EPR vendor HSM"), c.AuditLogging()},
            )
        )
        # Patient administration system for outpatient clinics.
        outpatients = tm.add(tg.Service("Outpatient system"))

# ---------------------------------------------------------------- flows
# Doctor asks for a draft, reviews it and signs.
tm.flow(doctor, workspace, discharge_request, doctor_signoff, signed_letter, protocol="https")
tm.flow(workspace, doctor, draft, protocol="https")
# Pharmacist checks the medication section.
tm.flow(workspace, pharmacist, draft, protocol="https")
tm.flow(pharmacist, workspace, medication_check, protocol="https")

# Drafting.
tm.flow(workspace, agent, discharge_request, protocol="https")
tm.flow(agent, epr_tool, record_query)
tm.flow(epr_tool, epr, record_query, protocol="https", label="FHIR read")
tm.flow(epr, epr_tool, record_extract, protocol="https")
tm.flow(epr_tool, agent, record_extract)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, workspace, draft, protocol="https")
tm.flow(workspace, letter_store, draft, signed_letter)
tm.flow(letter_store, workspace, draft)

# Follow-up booking.
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, outpatients, booking_message, protocol="mllp", label="HL7 SIU booking")
tm.flow(outpatients, booking_tool, booking_confirmation, protocol="mllp")
tm.flow(booking_tool, agent, booking_confirmation)

# Release of signed letters.
tm.flow(workspace, dispatch, doctor_signoff)
tm.flow(letter_store, dispatch, signed_letter)
tm.flow(dispatch, mesh, signed_letter, protocol="mtls")
tm.flow(mesh, dispatch, delivery_ack, protocol="mtls")
tm.flow(mesh, gp_system, signed_letter, protocol="mtls")
tm.flow(gp_system, mesh, delivery_ack, protocol="mtls")
tm.flow(dispatch, app_api, signed_letter, booking_confirmation, protocol="https")
tm.flow(patient, app_api, app_request, protocol="https")
tm.flow(app_api, patient, signed_letter, booking_confirmation, protocol="https")
