"""Vet practice prescription labels: the first design, before any security review.

A group of UK veterinary practices turns a vet's dictated or typed notes into a
structured prescription and a printed dispensing label. From the consulting-room
workstation, a prescription service in the group's cloud has dictation
transcribed by a hosted speech-to-text model, then sends the notes, the animal's
record from the SaaS practice management system (PMS) and formulary entries to a
hosted LLM, which returns the prescription and the owner's dose instructions.
The vet checks the label on screen and approves it before it prints. Dispensing
records go to the PMS; controlled drugs also go in the controlled-drug register.
Owners request repeats in the practice app, which creates a draft for a vet to
approve. Controls: staff SSO and roles, vet approval of every label, LLM output
checked against a schema and the formulary, owner sign-in by e-mail and password,
a vendor review of the model provider, and an audited controlled-drug register.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vet practice prescription label LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM drafts structured prescriptions and owner dose labels for vets to approve.",
)

# ---------------------------------------------------------------- data assets
audio = tg.Data(
    "Dictation audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The vet's dictated notes; often names the owner and the animal.",
)
notes = tg.Data("Prescription notes", kind="documents", sensitivity=tg.Sensitivity.PII)
patient = tg.Data(
    "Animal clinical record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Species, weight, allergies, current medication, owner name and address.",
)
formulary = tg.Data(
    "Formulary entries",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Products, strengths, licensed species and dose ranges.",
)
prompt = tg.Data("Label prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM prescription draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
prescription = tg.Data(
    "Structured prescription",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
label = tg.Data(
    "Dispensing label",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Owner and animal name, product, dose instructions, vet and practice.",
)
approval = tg.Data("Vet label approval", kind="records")
dispensing = tg.Data("Dispensing record", kind="records", sensitivity=tg.Sensitivity.PII)
cd_entry = tg.Data(
    "Controlled-drug register entry",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
repeat_request = tg.Data(
    "Repeat prescription request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which medicine, for which animal, and a free-text note from the owner.",
)
repeat_status = tg.Data("Repeat request status", kind="records", sensitivity=tg.Sensitivity.PII)
prescribing_log = tg.Data("Prescribing log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Orders repeats in the app and takes the labelled medicine home.
    owner = tm.add(tg.Actor("Pet owner", role="animal owner"))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Prescribes, and is responsible for every label that leaves the practice.
    vet = tm.add(tg.Actor("Vet", role="prescribing vet"))
    # Where the vet dictates, reviews and prints.
    workstation = tm.add(tg.Device("Consulting room workstation"))
    # Prints the label that goes on the medicine.
    printer = tm.add(tg.Device("Label printer"))

with tm.boundary("Practice group cloud", trust=tg.Trust.INTERNAL):
    # Orchestrates transcription, the LLM call, review, printing and record keeping.
    rx_service = tm.add(
        tg.Service(
            "Prescription service",
            controls={
                c.Authentication(method="staff SSO (OIDC)"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the prescribing vet"),
                c.OutputFiltering(
                    note="LLM JSON must match the prescription schema and name a formulary product"
                ),
            },
        )
    )
    # The group's list of products and dose ranges the LLM is grounded on.
    formulary_db = tm.add(tg.DataStore("Drug formulary catalogue", stores={formulary}))
    # The statutory record of controlled drugs supplied.
    cd_register = tm.add(
        tg.DataStore(
            "Controlled-drug register",
            stores={cd_entry},
            controls={c.RBAC(), c.AuditLogging(retention_days=730)},
        )
    )
    # Backend of the practice app owners use for repeat prescriptions.
    owner_api = tm.add(
        tg.Endpoint(
            "Practice app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Repeat requests waiting for a vet.
    drafts = tm.add(tg.DataStore("Repeat prescription drafts", stores={repeat_request}))
    # What went in and came out of each label run, for clinical queries.
    log_store = tm.add(tg.DataStore("Prescribing log store", stores={prescribing_log}))

with tm.boundary("Model provider", trust=tg.Trust.PARTNER):
    # Turns free-text notes into the structured prescription and owner instructions.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )
    # Transcribes the vet's dictation.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("PMS vendor", trust=tg.Trust.PARTNER):
    # The practices' system of record for animals, owners and dispensing.
    pms = tm.add(tg.DataStore("Practice management system", stores={patient, dispensing}))

# ---------------------------------------------------------------- flows
tm.flow(vet, workstation, audio, notes, label="dictated or typed in the consulting room")
tm.flow(workstation, rx_service, audio, notes, protocol="https")
tm.flow(rx_service, stt, audio, protocol="https")
tm.flow(stt, rx_service, notes, protocol="https")
tm.flow(pms, rx_service, patient, protocol="https")
tm.flow(formulary_db, rx_service, formulary)
tm.flow(rx_service, llm, prompt, protocol="https")
tm.flow(llm, rx_service, completion, protocol="https")

tm.flow(rx_service, workstation, prescription, label, protocol="https", label="on-screen review")
tm.flow(workstation, vet, prescription, label, label="on-screen review")
tm.flow(vet, workstation, approval, label="approves at the workstation")
tm.flow(workstation, rx_service, approval, protocol="https")
tm.flow(rx_service, workstation, label, protocol="https", label="print job")
tm.flow(workstation, printer, label, protocol="usb")
tm.flow(printer, owner, label, label="printed label handed over at the counter")

tm.flow(rx_service, pms, dispensing, protocol="https")
tm.flow(rx_service, cd_register, cd_entry)
tm.flow(rx_service, log_store, prescribing_log)

tm.flow(owner, owner_api, repeat_request, protocol="https")
tm.flow(owner_api, owner, repeat_status, protocol="https")
tm.flow(owner_api, drafts, repeat_request)
tm.flow(drafts, owner_api, repeat_status)
tm.flow(drafts, rx_service, repeat_request, label="drafts for vet approval")
tm.flow(rx_service, drafts, repeat_status, label="approved or declined")
