"""Ambulance handover speech summary: the first design, before any security review.

At the hospital emergency department the ambulance crew speaks the patient handover
into the ePCR tablet app. The recording goes to the ambulance service's cloud
tenancy, where a handover service sends it to a cloud speech-to-text service and
then asks a hosted LLM to write a structured handover summary (observations,
medications given, allergies) into the electronic patient care record (ePCR).
The ED nurse reviews the summary on the handover review screen and the crew signs
it on the tablet; the signed summary is then sent as a FHIR message to the
hospital's integration engine, which files it in the hospital EHR.
Crews sign in to the tablet app with their staff number and a PIN; ED nurses sign
in to the review screen with their NHS smartcard. Traffic to the cloud and vendors
is HTTPS, the clinical stores are encrypted and access to records is audit-logged.
The service runs in England, so UK GDPR and NHS clinical safety rules apply.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ambulance handover speech summary",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Spoken ED handovers transcribed and summarised by an LLM into the ePCR and the hospital EHR.",
)

# ---------------------------------------------------------------- data assets
handover_audio = tg.Data(
    "Handover speech recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The crew's spoken handover: patient name, history, observations, drugs given.",
)
crew_signin = tg.Data(
    "Crew staff number and PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
transcript = tg.Data("Handover transcript", kind="records", sensitivity=tg.Sensitivity.REGULATED)
summary_prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Summary instructions, the transcript and the incident details from the ePCR.",
)
draft_summary = tg.Data(
    "Draft handover summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Structured observations, medications given and allergies.",
)
nurse_review = tg.Data(
    "Nurse review and corrections", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
crew_signature = tg.Data("Crew sign-off", kind="records", sensitivity=tg.Sensitivity.PII)
care_record = tg.Data(
    "Electronic patient care record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
fhir_message = tg.Data(
    "FHIR handover message", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
ehr_ack = tg.Data("EHR filing acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Ambulance crews on the mobile network", trust=tg.Trust.UNTRUSTED):
    # The paramedics who speak the handover and sign the record.
    crew = tm.add(tg.Actor("Ambulance crew", role="paramedic"))
    # The service-issued tablet running the ePCR app that records the handover.
    tablet = tm.add(
        tg.Device(
            "Crew ePCR tablet app",
            description="Managed tablets on the mobile network; one per vehicle.",
            controls={c.EncryptionAtRest(key_management="device encryption, MDM-managed")},
        )
    )

with tm.boundary("Ambulance service cloud tenancy", trust=tg.Trust.INTERNAL):
    # The API the tablets upload recordings to and fetch summaries from.
    handover_api = tm.add(
        tg.Endpoint(
            "Handover API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff number and 4-digit PIN")},
        )
    )
    # Runs the transcription and summarisation steps and writes the ePCR.
    orchestrator = tm.add(
        tg.Service(
            "Handover summary service",
            description="Calls speech-to-text, builds the prompt, calls the LLM, writes the draft.",
            controls={
                c.SecretsManagement(note="vendor API keys in the cloud key vault"),
                c.HumanInTheLoop(approver="the ED nurse reviews and the crew signs before filing"),
            },
        )
    )
    # The web page the ED nurse reviews the draft summary on.
    review_screen = tm.add(
        tg.Endpoint(
            "ED handover review screen",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="NHS smartcard (CIS2)")},
        )
    )

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # System of record for ambulance patient care.
        epcr_db = tm.add(
            tg.DataStore(
                "ePCR database",
                stores={care_record, draft_summary, nurse_review, crew_signature, transcript},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=2555),
                    c.RBAC(),
                },
            )
        )
        # Keeps the original recordings so a summary can be checked against them.
        audio_store = tm.add(
            tg.DataStore(
                "Handover recording store",
                stores={handover_audio},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Cloud speech-to-text service with a medical vocabulary.
    speech = tm.add(
        tg.Model(
            "Cloud speech-to-text",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DTAC and DSPT evidence reviewed")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that turns the transcript into the structured summary.
    llm = tm.add(
        tg.LLM(
            "Handover summary LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose hosted model with a summarisation prompt, UK region.",
            controls={c.SupplierAssessment(note="UK data residency, no training on our data")},
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.PARTNER):
    # The ED nurse who takes the handover and checks the summary.
    nurse = tm.add(tg.Actor("ED nurse", role="clinician"))
    # The hospital's integration engine that receives handovers for the EHR.
    integration_engine = tm.add(
        tg.Service(
            "Hospital integration engine",
            description="Receives FHIR handover messages and files them in the EHR.",
        )
    )
    # The hospital's electronic health record, where the ED continues care.
    ehr = tm.add(tg.DataStore("Hospital EHR", stores={care_record}))

# ---------------------------------------------------------------- flows
tm.flow(crew, tablet, handover_audio, label="spoken handover")
tm.flow(crew, tablet, crew_signin, label="sign-in")
tm.flow(tablet, handover_api, handover_audio, crew_signin, protocol="https")
tm.flow(handover_api, orchestrator, handover_audio)
tm.flow(orchestrator, audio_store, handover_audio)

tm.flow(orchestrator, speech, handover_audio, protocol="https")
tm.flow(speech, orchestrator, transcript, protocol="https")
tm.flow(epcr_db, orchestrator, care_record, label="incident details")
tm.flow(orchestrator, llm, summary_prompt, protocol="https")
tm.flow(llm, orchestrator, draft_summary, protocol="https")
tm.flow(orchestrator, epcr_db, draft_summary, transcript)

tm.flow(epcr_db, review_screen, draft_summary)
tm.flow(review_screen, nurse, draft_summary, protocol="https")
tm.flow(nurse, review_screen, nurse_review, protocol="https")
tm.flow(review_screen, epcr_db, nurse_review)

tm.flow(epcr_db, handover_api, draft_summary, nurse_review)
tm.flow(handover_api, tablet, draft_summary, nurse_review, protocol="https")
tm.flow(tablet, crew, draft_summary, label="shown for signing")
tm.flow(crew, tablet, crew_signature)
tm.flow(tablet, handover_api, crew_signature, protocol="https")
tm.flow(handover_api, epcr_db, crew_signature)

tm.flow(epcr_db, orchestrator, care_record, label="signed handover")
tm.flow(orchestrator, integration_engine, fhir_message, protocol="https")
tm.flow(integration_engine, orchestrator, ehr_ack, protocol="https")
tm.flow(integration_engine, ehr, fhir_message, protocol="mllp")
