"""Ambulance crew handover assistant: the first design, before any security review.

An NHS ambulance service wants to cut the time crews spend writing the patient
report form (PRF) after arriving at hospital. On the crew's MDM-managed tablet,
the attending paramedic records the verbal handover they give the emergency
department. The app uploads the audio over 4G to a handover API in the service's
cloud tenant; an orchestrator has a speech-to-text model hosted there transcribe
it, then asks a hosted LLM (UK region) to draft the PRF fields from the
transcript and the observations the crew typed in. The draft goes back to the
tablet, the paramedic checks and corrects it, and the signed-off PRF is filed in
the ePCR system, which the receiving hospital views. Audio and transcripts are
kept for clinical audit. Crews sign in with Entra ID at the start of the shift;
tablets and stores are encrypted; the LLM vendor has a data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ambulance crew handover speech-to-text",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Records the paramedic's spoken hospital handover, transcribes it and "
    "drafts the patient report form for the crew to check.",
)

# ---------------------------------------------------------------- data assets
spoken = tg.Data(
    "Spoken handover",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="ATMIST handover: patient details, history, observations, treatment given.",
)
audio = tg.Data(
    "Handover audio recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
observations = tg.Data(
    "Crew-entered observations",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Incident number, vital signs and drugs given, typed on the tablet.",
)
transcript = tg.Data(
    "Handover transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
draft_prompt = tg.Data(
    "PRF drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The PRF field template, the transcript and the crew's observations.",
)
drafted_fields = tg.Data(
    "Drafted PRF fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
draft_prf = tg.Data(
    "Draft patient report form",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
final_prf = tg.Data(
    "Checked patient report form",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="The PRF after the paramedic's corrections and sign-off.",
)
corrections = tg.Data(
    "Crew corrections and sign-off", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
sign_in = tg.Data("Crew sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
token = tg.Data("Access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
audit_query = tg.Data("Audit case query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Ambulance crew in the field", trust=tg.Trust.INTERNAL):
    # Gives the handover, records it and checks the draft: the only author of the PRF.
    paramedic = tm.add(tg.Actor("Attending paramedic", role="paramedic"))
    # The crew's tablet app: records audio, shows the draft, submits the checked form.
    tablet = tm.add(
        tg.Device(
            "Crew tablet app",
            fleet=True,
            description="Service-owned, MDM-managed tablet on 4G, one per ambulance.",
            controls={c.EncryptionAtRest(key_management="MDM-enforced device encryption")},
        )
    )

with tm.boundary("Receiving hospital", trust=tg.Trust.PARTNER):
    # Hears the verbal handover and later reads the filed PRF.
    ed_clinician = tm.add(tg.Actor("Emergency department clinician", role="ED nurse or doctor"))

with tm.boundary("Microsoft Entra ID", trust=tg.Trust.PARTNER):
    # The service's existing staff directory, used for crew sign-in.
    idp = tm.add(
        tg.ExternalService(
            "Staff identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Turns the transcript into the structured PRF fields.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts the clinical record the crew signs; errors can follow the patient.",
            controls={c.SupplierAssessment(note="DPA, UK data residency, no retention of prompts")},
        )
    )

with tm.boundary("Ambulance service cloud tenant", trust=tg.Trust.INTERNAL):
    # Where tablets upload recordings and fetch drafts.
    api = tm.add(
        tg.Endpoint(
            "Handover API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID username and password at start of shift")},
        )
    )
    # Runs transcription, drafting and filing for each handover.
    orchestrator = tm.add(
        tg.Service(
            "Handover orchestrator",
            controls={
                c.SecretsManagement(note="LLM API key in the cloud key vault"),
                c.HumanInTheLoop(
                    approver="the attending paramedic checks and signs off "
                    "the draft before it is filed in the ePCR"
                ),
            },
        )
    )
    # Transcribes the recorded handover; open-weights model on the tenant's GPU nodes.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Whisper-family model fine-tuned by the supplier on clinical speech.",
        )
    )
    # Lets the clinical audit team compare recordings, drafts and filed forms.
    audit_console = tm.add(
        tg.Service(
            "Clinical audit console",
            controls={c.Authentication(method="Entra ID SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # Kept so that drafts can be checked against what was actually said.
        recordings = tm.add(
            tg.DataStore(
                "Handover recordings and transcripts",
                stores={audio, transcript},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Holds drafts until the crew signs them off.
        drafts = tm.add(
            tg.DataStore(
                "Draft PRF store",
                stores={draft_prf, corrections},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("ePCR supplier (hosted)", trust=tg.Trust.PARTNER):
    # The existing system of record for patient care records.
    epcr = tm.add(
        tg.DataStore(
            "Electronic patient care record (ePCR) system",
            stores={final_prf},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Ambulance service corporate network", trust=tg.Trust.INTERNAL):
    # Samples handovers to check the drafts' accuracy and the crews' corrections.
    auditor = tm.add(tg.Actor("Clinical audit reviewer", role="clinical audit"))

# ---------------------------------------------------------------- flows
tm.flow(paramedic, ed_clinician, spoken, label="in person at the handover bay")
tm.flow(paramedic, tablet, spoken, observations, corrections, label="in person, on the touchscreen")
tm.flow(tablet, paramedic, draft_prf, label="on the touchscreen")

tm.flow(tablet, idp, sign_in, protocol="https")
tm.flow(idp, tablet, token, protocol="https")
tm.flow(tablet, api, token, audio, observations, final_prf, protocol="https")
tm.flow(api, tablet, draft_prf, protocol="https")

tm.flow(api, orchestrator, audio, observations, final_prf)
tm.flow(orchestrator, api, draft_prf)
tm.flow(orchestrator, stt, audio)
tm.flow(stt, orchestrator, transcript)
tm.flow(orchestrator, recordings, audio, transcript)
tm.flow(orchestrator, llm, draft_prompt, protocol="https")
tm.flow(llm, orchestrator, drafted_fields, protocol="https")
tm.flow(orchestrator, drafts, draft_prf, corrections)
tm.flow(drafts, orchestrator, draft_prf)
tm.flow(orchestrator, epcr, final_prf, protocol="HL7 FHIR over HTTPS")
tm.flow(epcr, ed_clinician, final_prf, protocol="https", label="hospital ePCR viewer")

tm.flow(auditor, audit_console, audit_query, protocol="https")
tm.flow(audit_console, auditor, audio, transcript, draft_prf, protocol="https")
tm.flow(recordings, audit_console, audio, transcript)
tm.flow(drafts, audit_console, draft_prf, corrections)
