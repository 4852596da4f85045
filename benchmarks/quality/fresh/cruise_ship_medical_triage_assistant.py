"""Cruise ship medical triage assistant: the first design, before any security review.

The ship's medical centre gets an assistant that suggests a triage level and
differential diagnoses. Nurses type assessment notes into a clinic web app;
bedside monitors push vital signs into the onboard EMR over HL7. An orchestrator
on the clinic VLAN combines notes, vitals and onboard history with passages from
the fleet's clinical guidelines and asks an open-weights LLM on a GPU server in
the ship's data room, so triage works when the satellite link is down. The
ship's doctor decides on treatment and evacuation; suggestions are advisory. The
doctor can share a case summary with the contracted shore telemedicine provider
over the satellite link. Weights and the guideline index come from the shore
registry while in port. Staff log in with clinic accounts, EMR access is by
role, and every prompt and suggestion is kept in a case log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cruise ship medical triage assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM triage and differential-diagnosis suggestions for the ship's clinic.",
)

# ---------------------------------------------------------------- data assets
nurse_notes = tg.Data(
    "Nurse assessment notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Presenting complaint, history and observations typed by the nurse.",
)
vitals = tg.Data(
    "Vital signs",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
patient_record = tg.Data(
    "Onboard patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
passenger_identity = tg.Data(
    "Passenger and crew identity",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, cabin, nationality, emergency contact.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, notes, vitals, history summary and guideline passages.",
)
suggestion = tg.Data(
    "Triage suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Suggested triage level, differential diagnoses and red flags.",
)
guideline_chunks = tg.Data(
    "Guideline passages and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
decision = tg.Data(
    "Doctor's treatment and evacuation decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
case_summary = tg.Data(
    "Teleconsultation case summary",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
tele_advice = tg.Data("Telemedicine advice", kind="records", sensitivity=tg.Sensitivity.REGULATED)
case_log = tg.Data("Triage case log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
weights = tg.Data("LLM weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Ship network", trust=tg.Trust.INTERNAL):
    # The guest and crew management system already on board; the EMR takes identities from it.
    guest_system = tm.add(
        tg.DataSource(
            "Guest and crew management system",
            origin=tg.Origin.INTERNAL,
            provides={passenger_identity},
            description="The ship's property management system.",
        )
    )
    # Runs on a GPU server in the ship's data room so triage works without the satellite link.
    llm = tm.add(
        tg.LLM(
            "Onboard triage LLM",
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights instruction-tuned model served by an inference server.",
            controls={c.HumanInTheLoop(approver="the ship's doctor")},
        )
    )
    # Applies the weights and guideline index shipped from shore while the ship is in port.
    updater = tm.add(
        tg.Pipeline(
            "In-port model and guideline update",
            stage=tg.Stage.DEPLOYMENT,
            description="Scheduled job that downloads the latest bundle and swaps it in.",
        )
    )

    with tm.boundary("Medical centre VLAN", trust=tg.Trust.RESTRICTED):
        # The nurses assess patients and ask the assistant for a triage suggestion.
        nurse = tm.add(tg.Actor("Ship's nurse", role="clinician"))
        # The doctor owns the treatment and evacuation decision.
        doctor = tm.add(tg.Actor("Ship's doctor", role="physician", privileged=True))
        # Bedside monitors in the clinic and the ward.
        monitors = tm.add(
            tg.Device("Bedside vital-sign monitors", description="Push HL7 observations.")
        )
        # What the clinicians use on the clinic workstations.
        clinic_app = tm.add(
            tg.Endpoint(
                "Clinic triage web app",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="clinic directory account and password")},
            )
        )
        # Builds the prompt, calls the LLM and records what was suggested.
        orchestrator = tm.add(
            tg.Service(
                "Triage orchestrator",
                description="Retrieves history and guidelines, assembles the prompt, parses the answer.",
                controls={c.AuditLogging(retention_days=3650)},
            )
        )
        # The ship's clinical record system, the source of truth for each patient.
        emr = tm.add(
            tg.DataStore(
                "Onboard EMR",
                stores={patient_record, vitals, nurse_notes, decision},
                controls={c.RBAC()},
            )
        )
        # Fleet triage protocols and formulary, chunked and embedded on shore.
        guideline_index = tm.add(
            tg.VectorStore("Clinical guideline index", stores={guideline_chunks})
        )
        # Kept for medico-legal review and the fleet medical department's audits.
        case_store = tm.add(tg.DataStore("Triage case log", stores={case_log}))

with tm.boundary("Telemedicine provider", trust=tg.Trust.PARTNER):
    # The contracted shore-based telemedicine service reached over the satellite link.
    tele_platform = tm.add(
        tg.ExternalService(
            "Telemedicine platform",
            controls={c.SupplierAssessment(note="contract and security questionnaire")},
        )
    )
    # Emergency physicians on shore who advise the ship's doctor.
    tele_doctor = tm.add(tg.Actor("Shore telemedicine doctor", role="physician"))

with tm.boundary("Shore data centre", trust=tg.Trust.INTERNAL):
    # Where the fleet medical IT team publishes approved model and guideline bundles.
    registry = tm.add(
        tg.ModelRegistry(
            "Shore model and guideline registry",
            stores={weights, guideline_chunks},
            controls={c.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(guest_system, emr, passenger_identity, label="registration at first visit")
tm.flow(monitors, emr, vitals, protocol="mllp", label="HL7 observations")

tm.flow(nurse, clinic_app, nurse_notes, protocol="https")
tm.flow(clinic_app, nurse, suggestion, patient_record, protocol="https")
tm.flow(clinic_app, emr, nurse_notes, decision, label="charting")
tm.flow(emr, clinic_app, patient_record, vitals)

tm.flow(clinic_app, orchestrator, nurse_notes, label="request suggestion")
tm.flow(orchestrator, clinic_app, suggestion)
tm.flow(emr, orchestrator, patient_record, vitals, label="history and latest vitals")
tm.flow(orchestrator, guideline_index, nurse_notes, label="similarity query")
tm.flow(guideline_index, orchestrator, guideline_chunks)
tm.flow(orchestrator, llm, triage_prompt, protocol="http")
tm.flow(llm, orchestrator, suggestion, protocol="http")
tm.flow(orchestrator, case_store, case_log)

tm.flow(doctor, clinic_app, decision, protocol="https")
tm.flow(clinic_app, doctor, suggestion, patient_record, protocol="https")

tm.flow(clinic_app, tele_platform, case_summary, protocol="https", label="over satellite link")
tm.flow(tele_platform, clinic_app, tele_advice, protocol="https", label="over satellite link")
tm.flow(tele_platform, tele_doctor, case_summary, protocol="https")
tm.flow(tele_doctor, tele_platform, tele_advice, protocol="https")

tm.flow(registry, updater, weights, guideline_chunks, protocol="https", label="in port")
tm.flow(updater, llm, weights, label="swap model")
tm.flow(updater, guideline_index, guideline_chunks, label="replace index")
