"""Recruitment agency interview transcripts: the first design, before any security review.

Our recruiters interview candidates over a third-party video interview platform.
When a recording is ready the platform calls our ingest service, which downloads
the recording, stores it in EU object storage and sends the audio to a hosted
speech-to-text API for a transcript. On a recruiter's request, a summarisation
service puts the transcript, the candidate's uploaded CV and the client's job
requisition into a prompt for a hosted LLM, which writes an interview summary and
a 1-5 suitability rating per job criterion. Summaries and ratings land in our
applicant tracking system (ATS); recruiters read them in their workspace and
decide whom to shortlist, and only published shortlists reach client hiring
managers through the client portal, where they leave feedback. Candidates upload
CVs through a candidate portal. Staff sign in through corporate SSO, clients with
e-mail and password; recordings are encrypted and deleted after 90 days, and both
AI vendors were reviewed and signed EU data processing agreements.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recruitment agency interview transcript LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Transcribes candidate interviews and drafts LLM summaries and ratings for recruiters.",
)

# ---------------------------------------------------------------- data assets
interview_av = tg.Data(
    "Interview recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Audio and video of the candidate interview.",
)
recording_ready = tg.Data(
    "Recording-ready notification", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
transcript = tg.Data(
    "Interview transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
cv = tg.Data("Candidate CV", kind="documents", sensitivity=tg.Sensitivity.PII)
requisition = tg.Data(
    "Job requisition",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Client's role description, must-have criteria and salary band.",
)
summary_request = tg.Data("Summary request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, rating rubric, requisition, CV text and transcript.",
)
assessment = tg.Data(
    "Interview summary and rating",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
candidate_record = tg.Data("Candidate record", kind="records", sensitivity=tg.Sensitivity.PII)
shortlist = tg.Data("Published shortlist", kind="records", sensitivity=tg.Sensitivity.PII)
client_feedback = tg.Data("Client feedback", kind="feedback", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Job seekers: interviewed on video and upload their own CV.
    candidate = tm.add(tg.Actor("Candidate", role="job seeker"))
    # Client employers' hiring managers reviewing shortlists.
    hiring_manager = tm.add(tg.Actor("Client hiring manager", role="client"))

with tm.boundary("Video interview vendor", trust=tg.Trust.PARTNER):
    # SaaS video interview platform that records the calls.
    video_platform = tm.add(
        tg.ExternalService("Video interview platform", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text API, EU region.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={c.SupplierAssessment(note="EU DPA, no retention of audio")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted LLM that drafts the summary and the rating.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Writes the interview summary and a 1-5 rating per job criterion.",
            controls={
                c.SupplierAssessment(note="EU DPA, zero data retention, no training on inputs")
            },
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Public web app where candidates create a profile and upload a CV.
    candidate_portal = tm.add(
        tg.Endpoint(
            "Candidate portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="PDF and DOCX only, 10 MB limit")},
        )
    )
    # Public web app where client hiring managers see shortlists and leave feedback.
    client_portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Internal web app recruiters use to manage candidates and publish shortlists.
    workspace = tm.add(
        tg.Endpoint(
            "Recruiter workspace",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the recruiter publishing the shortlist"),
            },
        )
    )
    # Receives the platform's notification, fetches the recording, gets the transcript.
    ingest = tm.add(tg.Service("Recording ingest service"))
    # Builds the prompt from transcript, CV and requisition and calls the LLM.
    summariser = tm.add(
        tg.Service("Interview summarisation service", controls={c.SecretsManagement()})
    )

    with tm.boundary("Candidate data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for recordings and transcripts.
        recording_store = tm.add(
            tg.DataStore(
                "Recording and transcript store",
                stores={interview_av, transcript},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=90),
                },
            )
        )
        # Applicant tracking system: candidates, CVs, summaries, ratings, feedback.
        ats = tm.add(
            tg.DataStore(
                "Applicant tracking system",
                stores={candidate_record, cv, assessment, client_feedback, shortlist},
                controls={c.AuditLogging(retention_days=365)},
            )
        )
        # Client job requisitions entered by recruiters.
        requisition_db = tm.add(tg.DataStore("Job requisition database", stores={requisition}))

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Runs interviews, reads summaries, decides the shortlist.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))

# ---------------------------------------------------------------- flows
# interview capture and transcription
tm.flow(candidate, video_platform, interview_av, protocol="https", label="video interview")
tm.flow(recruiter, video_platform, interview_av, protocol="https", label="video interview")
tm.flow(video_platform, ingest, recording_ready, protocol="https", label="recording-ready webhook")
tm.flow(video_platform, ingest, interview_av, protocol="https", label="recording download")
tm.flow(ingest, recording_store, interview_av)
tm.flow(ingest, stt, interview_av, protocol="https")
tm.flow(stt, ingest, transcript, protocol="https")
tm.flow(ingest, recording_store, transcript)

# CV upload
tm.flow(candidate, candidate_portal, cv, candidate_record, protocol="https")
tm.flow(candidate_portal, candidate, candidate_record, protocol="https")
tm.flow(candidate_portal, ats, cv, candidate_record)

# summarisation
tm.flow(recruiter, workspace, summary_request, requisition, protocol="https")
tm.flow(workspace, requisition_db, requisition)
tm.flow(workspace, summariser, summary_request)
tm.flow(recording_store, summariser, transcript)
tm.flow(ats, summariser, cv)
tm.flow(requisition_db, summariser, requisition)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, assessment, protocol="https")
tm.flow(summariser, ats, assessment)

# recruiter review and client sharing
tm.flow(ats, workspace, candidate_record, cv, assessment, client_feedback)
tm.flow(workspace, recruiter, candidate_record, assessment, client_feedback, protocol="https")
tm.flow(workspace, ats, shortlist, candidate_record, label="publishes shortlist")
tm.flow(ats, client_portal, shortlist, assessment)
tm.flow(client_portal, hiring_manager, shortlist, assessment, protocol="https")
tm.flow(hiring_manager, client_portal, client_feedback, protocol="https")
tm.flow(client_portal, ats, client_feedback)
