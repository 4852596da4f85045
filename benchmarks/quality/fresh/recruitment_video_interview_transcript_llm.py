"""Video interview summariser: the first design, before any security review.

A recruitment agency operating in the EU interviews candidates through a hosted
video interview platform. When a recording is ready the platform calls our
ingestion service, which downloads the video into the agency's cloud, sends the
audio to a cloud speech-to-text API and stores the transcript. An assessment
service puts the transcript together with the role's competency profile and asks
a hosted LLM to summarise the answers against each competency and draft feedback.
Consultants read the summary in the consultant portal (single sign-on with MFA),
watch the video where needed, edit the feedback and decide who goes forward; the
shortlisted profiles are e-mailed to client hiring managers. Candidates sign in
to a candidate portal to read their feedback and ask for a copy of their data.
Stores are encrypted at rest; the LLM and speech vendors were vetted and signed
data processing agreements.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Video interview summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Transcribes recorded candidate interviews and drafts competency summaries "
    "and feedback for recruitment consultants.",
)

# ---------------------------------------------------------------- data assets
interview_video = tg.Data(
    "Interview video recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Candidate's face and voice answering the role's questions.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
recording_ready = tg.Data("Recording-ready webhook", kind="records")
download_request = tg.Data("Recording download request", kind="records")
interview_audio = tg.Data("Interview audio", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data(
    "Interview transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
competencies = tg.Data(
    "Role competency profile", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
assessment_prompt = tg.Data(
    "Competency assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the competency profile and the full transcript.",
)
summary = tg.Data(
    "Competency summary and draft feedback",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
candidate_record = tg.Data(
    "Candidate record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="CV, contact details, applications, summaries, feedback and decisions.",
)
consultant_decision = tg.Data(
    "Progression decision and final feedback", kind="records", sensitivity=tg.Sensitivity.PII
)
shortlist = tg.Data(
    "Shortlisted candidate profile", kind="documents", sensitivity=tg.Sensitivity.PII
)
data_request = tg.Data(
    "Candidate data access request", kind="records", sensitivity=tg.Sensitivity.PII
)
data_export = tg.Data(
    "Candidate data export and feedback", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Job seekers who record their interview and later read their feedback.
    candidate = tm.add(tg.Actor("Candidate", role="job candidate"))
    # Hiring managers at client companies who receive shortlists.
    client = tm.add(tg.Actor("Client hiring manager", role="client"))

with tm.boundary("Video interview vendor", trust=tg.Trust.PARTNER):
    # SaaS platform that hosts the interview and records it.
    video_platform = tm.add(
        tg.ExternalService(
            "Video interview platform",
            description="Candidates answer recorded questions in the browser.",
        )
    )

with tm.boundary("Cloud AI vendor", trust=tg.Trust.PARTNER):
    # Hosted speech recognition that turns interview audio into text.
    speech = tm.add(
        tg.Model(
            "Speech-to-text API",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; EU region; no retention")},
        )
    )
    # Hosted LLM that summarises answers against competencies and drafts feedback.
    llm = tm.add(
        tg.LLM(
            "Interview summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed; inputs not used for training")},
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Receives the platform's callback, fetches the video and gets it transcribed.
    ingestion = tm.add(tg.Service("Interview ingestion service"))
    # Builds the prompt from transcript and competencies, stores the LLM's output.
    assessment = tm.add(tg.Service("Assessment service"))
    # Web app the consultants work in.
    consultant_portal = tm.add(
        tg.Service(
            "Consultant portal",
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(note="consultants see candidates of their own desk"),
                c.HumanInTheLoop(approver="recruitment consultant"),
            },
        )
    )
    # Candidate-facing web app for feedback and data access requests.
    candidate_portal = tm.add(
        tg.Endpoint(
            "Candidate portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Original interview videos, kept for consultants to watch.
        recordings = tm.add(
            tg.DataStore(
                "Interview recording store",
                stores={interview_video},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Transcripts waiting for assessment and kept with the candidate's file.
        transcripts = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={transcript},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Competency profiles written by consultants for each role.
        competency_store = tm.add(tg.DataStore("Role competency library", stores={competencies}))
        # System of record for candidates, summaries, feedback and decisions.
        candidate_db = tm.add(
            tg.DataStore(
                "Candidate database",
                stores={candidate_record, summary, consultant_decision, data_request},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Agency offices", trust=tg.Trust.INTERNAL):
    # Recruitment consultants who make the decisions.
    consultant = tm.add(tg.Actor("Recruitment consultant", role="consultant"))

# ---------------------------------------------------------------- flows
# Recording and transcription.
tm.flow(candidate, video_platform, interview_video, protocol="https")
tm.flow(video_platform, ingestion, recording_ready, protocol="https", label="webhook")
tm.flow(ingestion, video_platform, download_request, protocol="https")
tm.flow(video_platform, ingestion, interview_video, protocol="https")
tm.flow(ingestion, recordings, interview_video)
tm.flow(ingestion, speech, interview_audio, protocol="https")
tm.flow(speech, ingestion, transcript, protocol="https")
tm.flow(ingestion, transcripts, transcript)

# Summarisation.
tm.flow(transcripts, assessment, transcript)
tm.flow(competency_store, assessment, competencies)
tm.flow(assessment, llm, assessment_prompt, protocol="https")
tm.flow(llm, assessment, summary, protocol="https")
tm.flow(assessment, candidate_db, summary)

# Consultants' review and decision.
tm.flow(candidate_db, consultant_portal, candidate_record, summary)
tm.flow(transcripts, consultant_portal, transcript)
tm.flow(recordings, consultant_portal, interview_video, label="streamed on demand")
tm.flow(consultant_portal, consultant, summary, transcript, interview_video, protocol="https")
tm.flow(consultant, consultant_portal, consultant_decision, competencies, protocol="https")
tm.flow(consultant_portal, candidate_db, consultant_decision)
tm.flow(consultant_portal, competency_store, competencies)
tm.flow(consultant_portal, client, shortlist, protocol="smtp+starttls", label="shortlist e-mail")

# Candidates' feedback and data requests.
tm.flow(candidate, candidate_portal, data_request, protocol="https")
tm.flow(candidate_portal, candidate_db, data_request)
tm.flow(candidate_db, candidate_portal, candidate_record, consultant_decision)
tm.flow(candidate_portal, candidate, data_export, protocol="https")
