"""Chiropractic clinic intake and clinical-note assistant: the first design.

A small UK chiropractic practice hands new and returning patients a clinic tablet
in the waiting room; they fill in an intake questionnaire (complaint, history,
medication, red-flag symptoms). In the treatment room the chiropractor dictates
findings on the clinic laptop. Our note-assistant service, hosted in the
practice's cloud tenancy, transcribes the dictation with a hosted speech-to-text
API and sends the intake answers and transcript to a hosted LLM, which returns a
structured clinical note (SOAP) and a draft letter to the patient's GP. Drafts
are pushed into the practice management system (a SaaS product), where the
chiropractor edits and signs them; the PMS emails signed letters to GP surgeries.
Controls in this design: HTTPS everywhere, staff sign-in with e-mail and password,
cloud-managed encryption at rest, a DPA with the AI vendors, and the rule that
nothing becomes part of the record until the chiropractor signs it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chiropractic clinic intake and note assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts clinical notes and GP letters from tablet intake answers and dictation.",
)

# ---------------------------------------------------------------- data assets
appointments = tg.Data(
    "Today's appointment list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Patient names, dates of birth and appointment times for the day.",
)
intake = tg.Data(
    "Intake questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Presenting complaint, medical history, medication, red-flag answers.",
)
audio = tg.Data("Dictation audio", kind="media", sensitivity=tg.Sensitivity.REGULATED)
transcript = tg.Data("Dictation transcript", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
templates = tg.Data(
    "Note and letter templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, SOAP note structure and GP letter template.",
)
prompt = tg.Data(
    "Note drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template, intake answers and dictation transcript for one visit.",
)
draft_note = tg.Data(
    "Draft clinical note", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft_letter = tg.Data("Draft GP letter", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
signed_note = tg.Data(
    "Signed clinical note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
gp_letter = tg.Data("Signed GP letter", kind="documents", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Patients", trust=tg.Trust.UNTRUSTED):
    # Fills in the questionnaire on the clinic tablet in the waiting room.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Clinic premises", trust=tg.Trust.INTERNAL):
    # Hands the tablet over and picks the patient's appointment on it.
    receptionist = tm.add(tg.Actor("Receptionist", role="front desk staff"))
    # Examines the patient, dictates findings, edits and signs notes and letters.
    chiropractor = tm.add(tg.Actor("Chiropractor", role="treating clinician"))
    # Clinic-owned tablet running the intake web app in a browser kiosk mode.
    tablet = tm.add(
        tg.Device(
            "Intake tablet",
            fleet=False,
            description="Two clinic tablets, signed in to the intake app on a shared clinic account.",
        )
    )
    # Treatment-room laptop: browser for the dictation page and the PMS.
    laptop = tm.add(
        tg.Device(
            "Treatment room laptop",
            fleet=False,
            description="Windows laptop used by the chiropractors for dictation and the PMS.",
        )
    )

with tm.boundary("Practice cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web API behind the intake app and the dictation page.
    api = tm.add(
        tg.Endpoint(
            "Note assistant API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password per clinic account"),
                c.InputValidation(note="intake form schema checked server-side"),
            },
        )
    )
    # Orchestrates transcription, prompt assembly, the LLM call and the PMS push.
    assistant = tm.add(
        tg.Service(
            "Note assistant service",
            description="Builds the prompt from the templates, intake answers and transcript.",
            controls={
                c.HumanInTheLoop(approver="the treating chiropractor signs the note in the PMS"),
            },
        )
    )
    # Keeps intake answers, transcripts and drafts until the note is signed.
    store = tm.add(
        tg.DataStore(
            "Intake and draft store",
            stores={intake, transcript, draft_note, draft_letter, templates},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text for the chiropractor's dictation.
    stt = tm.add(
        tg.Model(
            "Speech-to-text API",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; audio not kept by the vendor")},
        )
    )
    # Hosted general-purpose LLM that writes the note and letter drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero data retention option enabled")},
        )
    )

with tm.boundary("PMS vendor", trust=tg.Trust.PARTNER):
    # SaaS practice management system: the clinical record, diary and letters.
    pms = tm.add(
        tg.ExternalService(
            "Practice management system",
            controls={
                c.Authentication(method="username and password with TOTP"),
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="vendor managed"),
            },
        )
    )

with tm.boundary("GP surgeries", trust=tg.Trust.PARTNER):
    # The patient's GP, who receives the letter by e-mail.
    gp = tm.add(tg.ExternalService("GP surgery", description="NHS general practice inbox."))

# ---------------------------------------------------------------- flows
tm.flow(pms, api, appointments, protocol="https", label="daily appointment sync")
tm.flow(api, tablet, appointments, protocol="https")
tm.flow(receptionist, tablet, appointments, label="selects the patient's appointment")
tm.flow(patient, tablet, intake, label="answers the questionnaire")
tm.flow(tablet, api, intake, protocol="https")
tm.flow(api, assistant, intake)
tm.flow(assistant, store, intake)

tm.flow(chiropractor, laptop, audio, label="dictates findings")
tm.flow(laptop, api, audio, protocol="https")
tm.flow(api, assistant, audio)
tm.flow(assistant, stt, audio, protocol="https")
tm.flow(stt, assistant, transcript, protocol="https")
tm.flow(assistant, store, transcript)

tm.flow(store, assistant, intake, transcript, templates)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, draft_note, draft_letter, protocol="https")
tm.flow(assistant, store, draft_note, draft_letter)
tm.flow(assistant, pms, draft_note, draft_letter, protocol="https", label="PMS API, clinic API key")

tm.flow(pms, laptop, draft_note, draft_letter, protocol="https")
tm.flow(chiropractor, laptop, signed_note, gp_letter, label="edits and signs")
tm.flow(laptop, pms, signed_note, gp_letter, protocol="https")
tm.flow(pms, gp, gp_letter, protocol="smtp+starttls", label="letter e-mailed to the GP")
