"""Body-worn camera report drafting: the first design, before any security review.

Patrol officers' body-worn cameras upload their recordings through station docks
to the department's digital evidence platform, a vendor-hosted cloud service. When
an officer opens a new incident report, the report drafting app asks the evidence
vendor's speech-to-text service for a transcript of the camera audio, pulls the
incident details from computer-aided dispatch (CAD), and sends both to a hosted LLM
in a government cloud tenant, which writes a first draft of the narrative. The
officer must read, edit and sign the narrative in the app (signing in with the
department's SSO and MFA) before it is filed in the records management system (RMS),
where a supervisor approves it. Approved reports and the matching video are later
shared with the district attorney's office. The evidence platform encrypts and logs
every access to recordings; the RMS has role-based access and an audit trail; the LLM
vendor signed the CJIS security addendum. Drafts are kept in a workspace until signed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Body-worn camera report drafting",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM-drafted incident report narratives from body-worn camera transcripts, "
        "edited and signed by the officer before filing in the RMS."
    ),
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Body-worn camera recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Video and audio of the incident: suspects, victims, witnesses, bystanders.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
audio = tg.Data("Recording audio track", kind="media", sensitivity=tg.Sensitivity.REGULATED)
transcript_request = tg.Data(
    "Transcript request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
transcript = tg.Data(
    "Audio transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Speaker-separated text of everything said on camera.",
)
incident = tg.Data(
    "CAD incident details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Incident number, call type, time, location, names and dates of birth.",
)
draft_request = tg.Data("Draft request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Department report template and instructions, the transcript and CAD details.",
)
draft = tg.Data(
    "Draft narrative",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
signed_report = tg.Data(
    "Signed incident report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The officer's edited narrative with an attestation signature.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approval = tg.Data("Supervisor approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
case_packet = tg.Data(
    "Prosecution case packet",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # The cameras officers wear on patrol; they record and upload when docked.
    cameras = tm.add(
        tg.Device(
            "Body-worn cameras",
            fleet=True,
            description="Several hundred cameras, uploaded through docks at each station.",
        )
    )
    # Officers use the drafting app from patrol-car terminals and station workstations.
    officer = tm.add(tg.Actor("Patrol officer", role="reporting officer"))

with tm.boundary("Evidence vendor cloud", trust=tg.Trust.PARTNER):
    # The system of record for recordings; chain of custody is kept here.
    evidence = tm.add(
        tg.DataStore(
            "Digital evidence platform",
            stores={video},
            controls={
                c.EncryptionAtRest(key_management="vendor-managed keys"),
                c.AuditLogging(note="chain-of-custody log of every view, share and export"),
                c.RBAC(),
            },
        )
    )
    # The vendor's transcription feature, called by reference to a recording.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor-hosted speech recognition with speaker separation.",
        )
    )

with tm.boundary("LLM provider government cloud", trust=tg.Trust.PARTNER):
    # Writes the first draft of the narrative; the department does not run the model.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model in a government-cloud tenant.",
            controls={c.SupplierAssessment(note="CJIS security addendum signed")},
        )
    )

with tm.boundary("Department network", trust=tg.Trust.INTERNAL):
    # What officers log in to: picks the incident, shows the draft, takes edits and signature.
    app = tm.add(
        tg.Endpoint(
            "Report drafting app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="department SSO with MFA"),
                c.HumanInTheLoop(approver="the reporting officer, who edits and signs"),
            },
        )
    )
    # Gathers transcript and CAD details, builds the prompt, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Drafting orchestrator",
            description="Fills the department's report template and calls the LLM.",
        )
    )
    # Holds drafts and their transcripts until the officer signs.
    workspace = tm.add(tg.DataStore("Draft workspace", stores={draft, transcript}))
    # Dispatch records: the incident number, type, place and people involved.
    cad = tm.add(
        tg.DataSource("Computer-aided dispatch", origin=tg.Origin.INTERNAL, provides={incident})
    )
    # Reviews and approves filed reports.
    supervisor = tm.add(tg.Actor("Patrol supervisor", role="sergeant"))

    with tm.boundary("CJIS enclave", trust=tg.Trust.RESTRICTED):
        # The department's official record of every report.
        rms = tm.add(
            tg.DataStore(
                "Records management system",
                stores={signed_report, approval},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )

with tm.boundary("District attorney's office", trust=tg.Trust.PARTNER):
    # Where charging decisions are made from the report and the evidence.
    da = tm.add(
        tg.ExternalService(
            "Prosecutor case management system",
            provides=tg.ExternalCategory.GENERIC,
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, evidence, video, protocol="https", label="dock upload")

tm.flow(officer, app, draft_request, protocol="https", label="start report")
tm.flow(app, orchestrator, draft_request)
tm.flow(cad, orchestrator, incident, label="incident lookup")
tm.flow(orchestrator, stt, transcript_request, protocol="https")
tm.flow(evidence, stt, audio, label="audio of the selected recordings")
tm.flow(stt, orchestrator, transcript, protocol="https")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, workspace, draft, transcript)
tm.flow(workspace, app, draft, transcript, label="open draft")
tm.flow(app, officer, draft, transcript, protocol="https")

tm.flow(officer, app, signed_report, protocol="https", label="edit and sign")
tm.flow(app, rms, signed_report, protocol="https", label="file report")
tm.flow(rms, supervisor, signed_report, label="review queue")
tm.flow(supervisor, rms, approval)

tm.flow(rms, da, case_packet, protocol="sftp", label="case filing")
tm.flow(evidence, da, video, protocol="https", label="evidence share")
