"""Body-worn camera transcript summaries: the first design, before any security review.

Officers' body-worn cameras upload footage through docking stations at the station
into the force's digital evidence management system (DEMS) in its cloud tenancy.
A transcription service sends the audio to the cloud provider's managed
speech-to-text service and keeps the transcripts. A summary service combines a
transcript with the incident details from the records management system (RMS) and
asks an LLM deployed in the force's own tenancy to draft an incident summary.
The officer in the case reviews, edits and signs the draft in the RMS; only signed
summaries go into case files, which are sent to the prosecution service through
its secure portal. Defence solicitors ask the force's disclosure officer for
footage and transcripts, which are disclosed through the same portal.
Controls in this design: force SSO with smartcard for staff, role-based access and
audit logging in DEMS and RMS, encryption at rest in DEMS, TLS on every link and
officer sign-off of each summary.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Body-worn camera transcript summaries",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Speech-to-text and LLM-drafted incident summaries for police case files.",
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Body-worn camera footage",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Video and audio of incidents: victims, witnesses, suspects, bystanders.",
)
audio = tg.Data("Footage audio track", kind="media", sensitivity=tg.Sensitivity.REGULATED)
transcript = tg.Data(
    "Footage transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
incident = tg.Data(
    "Incident details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Occurrence number, offence, people involved, officer in the case.",
)
prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Drafting instructions, the transcript and the incident details.",
)
draft = tg.Data("Draft incident summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
signed = tg.Data(
    "Signed incident summary",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_file = tg.Data(
    "Case file",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
disclosure_request = tg.Data(
    "Defence disclosure request", kind="documents", sensitivity=tg.Sensitivity.PII
)
disclosure = tg.Data(
    "Disclosed footage and transcripts", kind="media", sensitivity=tg.Sensitivity.REGULATED
)

staff_sso = c.Authentication(method="force SSO with smartcard and PIN")

# ---------------------------------------------------------------- elements
with tm.boundary("Force network", trust=tg.Trust.INTERNAL):
    # Records incidents and is the officer in the case who signs the summary.
    officer = tm.add(tg.Actor("Police officer", role="officer in the case"))
    # Handles defence requests and decides what footage is disclosed.
    disclosure_officer = tm.add(
        tg.Actor("Disclosure officer", role="disclosure officer", privileged=True)
    )
    # Worn on patrol; footage is encrypted on the device until it is docked.
    camera = tm.add(
        tg.Device(
            "Body-worn camera",
            fleet=True,
            controls={c.EncryptionAtRest(key_management="vendor device keys")},
            description="Carried by every response officer; uploads when docked at the station.",
        )
    )
    # The force's system of record for occurrences, crime reports and case files.
    rms = tm.add(
        tg.Service(
            "Records management system",
            controls={
                staff_sso,
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(approver="the officer in the case signs each summary"),
            },
        )
    )

with tm.boundary("Force cloud tenancy", trust=tg.Trust.INTERNAL):
    # Evidence store for all footage, with continuity (chain of custody) records.
    dems = tm.add(
        tg.DataStore(
            "Digital evidence management system",
            stores={footage},
            controls={
                staff_sso,
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
                c.EncryptionAtRest(key_management="cloud KMS, force-managed keys"),
            },
        )
    )
    # Picks up new footage, extracts the audio and calls speech-to-text.
    transcriber = tm.add(
        tg.Service(
            "Transcription service",
            description="Event-driven worker triggered by new uploads in DEMS.",
        )
    )
    # Holds transcripts next to the footage reference they came from.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcript}))
    # Builds the prompt from transcript and incident details and files the draft in RMS.
    summariser = tm.add(tg.Service("Summary drafting service"))
    # General-purpose chat model deployed in the force's own tenancy (no data leaves it).
    llm = tm.add(
        tg.LLM(
            "Summary LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor model deployed as a private endpoint in the force tenancy.",
        )
    )

with tm.boundary("Cloud provider AI services", trust=tg.Trust.PARTNER):
    # The cloud provider's managed speech-to-text API, reached over a private link.
    stt = tm.add(
        tg.Model(
            "Speech-to-text service",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Prosecution service", trust=tg.Trust.PARTNER):
    # The prosecution service's secure portal where police upload case files.
    portal = tm.add(
        tg.ExternalService(
            "Prosecution secure portal",
            controls={c.Authentication(method="portal accounts with MFA")},
        )
    )
    # Reviews case files and makes charging decisions.
    prosecutor = tm.add(tg.Actor("Prosecutor", role="prosecutor"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Represents the defendant; entitled to disclosure of unused and used material.
    solicitor = tm.add(tg.Actor("Defence solicitor", role="defence"))

# ---------------------------------------------------------------- flows
tm.flow(camera, dems, footage, protocol="https", label="docking station upload")
tm.flow(officer, rms, incident, label="crime report")

tm.flow(dems, transcriber, footage)
tm.flow(transcriber, stt, audio, protocol="https")
tm.flow(stt, transcriber, transcript, protocol="https")
tm.flow(transcriber, transcript_store, transcript)

tm.flow(transcript_store, summariser, transcript)
tm.flow(rms, summariser, incident, protocol="https")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, draft, protocol="https")
tm.flow(summariser, rms, draft, protocol="https", label="draft filed for review")

tm.flow(rms, officer, draft, protocol="https", label="review")
tm.flow(dems, officer, footage, protocol="https", label="replay while reviewing")
tm.flow(officer, rms, signed, protocol="https", label="edits and signs")

tm.flow(rms, portal, case_file, protocol="https")
tm.flow(portal, prosecutor, case_file, protocol="https")
tm.flow(prosecutor, portal, disclosure_request, protocol="https", label="forwards defence request")

tm.flow(solicitor, prosecutor, disclosure_request, protocol="smtps", label="disclosure request")
tm.flow(portal, disclosure_officer, disclosure_request, protocol="https")
tm.flow(dems, disclosure_officer, footage, protocol="https")
tm.flow(transcript_store, disclosure_officer, transcript, protocol="https")
tm.flow(disclosure_officer, portal, disclosure, protocol="https", label="disclosure upload")
tm.flow(portal, solicitor, disclosure, protocol="https", label="defence access")
