"""Video interview scoring: the first design, before any security review.

Our hiring platform lets employers in the EU screen candidates with recorded,
asynchronous video interviews. The applicant tracking system (a SaaS partner)
sends an invitation; the candidate opens a single-use link, reads each question
and records a video answer in the browser. Videos land in an encrypted bucket, a
transcription service sends the audio to a speech-to-text vendor, and a scoring
service puts each transcript together with the competency rubric into a prompt
for a hosted LLM, which returns a 1-5 score and a short rationale per competency.
Recruiters sign in to a dashboard through corporate SSO with MFA, watch the
videos, read transcripts and scores, and record the shortlist decision, which is
pushed back to the ATS. Scores are advisory: a recruiter decides on every
candidate. Stores are encrypted at rest with KMS keys, the dashboard has
role-based access, and the LLM vendor passed procurement's vendor review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Video interview transcript scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Transcribes candidates' recorded video interviews and has a hosted LLM score "
        "the answers against job competencies for recruiters."
    ),
)

# ---------------------------------------------------------------- data assets
invitation = tg.Data(
    "Interview invitation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Candidate name, e-mail address, requisition id and question set id.",
)
questions = tg.Data("Interview questions", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
videos = tg.Data(
    "Interview video recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Face and voice of the candidate answering each question.",
)
audio = tg.Data("Interview audio track", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data(
    "Interview transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
rubric = tg.Data(
    "Competency rubric",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Competencies per role, what a 1 to 5 answer looks like, scoring instructions.",
)
scoring_prompt = tg.Data(
    "Scoring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Rubric as system prompt, the question and the candidate's transcribed answer.",
)
llm_scores = tg.Data(
    "Competency scores and rationale",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
assessment = tg.Data(
    "Candidate assessment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per-competency scores, rationales and an overall score per candidate.",
)
shortlist = tg.Data("Shortlist decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person being interviewed, on their own laptop or phone browser.
    candidate = tm.add(tg.Actor("Candidate", role="job applicant"))

with tm.boundary("ATS vendor", trust=tg.Trust.PARTNER):
    # Employer's system of record for requisitions and applicants; starts each interview.
    ats = tm.add(
        tg.ExternalService(
            "Applicant tracking system",
            provides=tg.ExternalCategory.GENERIC,
            description="SaaS ATS; sends interview invitations and receives shortlist outcomes.",
        )
    )

with tm.boundary("Speech-to-text vendor", trust=tg.Trust.PARTNER):
    # Hosted transcription API; we do not run our own speech model.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            description="Batch transcription with punctuation and speaker timestamps.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads each transcript and scores it against the rubric.
    llm = tm.add(
        tg.LLM(
            "Hosted scoring LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor API, prompted with the rubric.",
            controls={
                c.SupplierAssessment(note="procurement review; zero-retention API terms"),
                c.HumanInTheLoop(approver="the recruiter, who decides on every candidate"),
            },
        )
    )

with tm.boundary("Hiring platform VPC", trust=tg.Trust.INTERNAL):
    # Public web app where candidates read questions and record their answers.
    portal = tm.add(
        tg.Endpoint(
            "Candidate interview portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="single-use invitation link e-mailed to the candidate"),
                c.InputValidation(note="upload type, size and duration checks"),
            },
        )
    )
    # Extracts audio from each recording and calls the speech-to-text vendor.
    transcriber = tm.add(
        tg.Service(
            "Transcription service",
            description="Queue worker triggered when a recording is complete.",
            controls={c.SecretsManagement(note="vendor API key in the cloud secrets manager")},
        )
    )
    # Builds the prompt from rubric and transcript, calls the LLM, parses the scores.
    scorer = tm.add(
        tg.Service(
            "Scoring service",
            description="Scores each answer, then aggregates per competency.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secrets manager")},
        )
    )
    # Where recruiters review candidates and record decisions.
    dashboard = tm.add(
        tg.Endpoint(
            "Recruiter dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="recruiter and hiring-admin roles"),
            },
        )
    )

    with tm.boundary("Candidate data tier", trust=tg.Trust.RESTRICTED):
        # Raw recordings, kept for recruiters to watch.
        video_store = tm.add(
            tg.DataStore(
                "Interview video bucket",
                stores={videos},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Transcripts, the input to scoring and shown beside the video.
        transcript_store = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={transcript},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Question sets and competency rubrics per role.
        rubric_store = tm.add(tg.DataStore("Rubric and question bank", stores={rubric, questions}))
        # Scores and rationales per candidate.
        assessment_db = tm.add(
            tg.DataStore(
                "Assessment database",
                stores={assessment, shortlist},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews scored interviews and decides who goes forward.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))
    # Writes and maintains the competency rubrics and question sets.
    ta_lead = tm.add(tg.Actor("Talent acquisition lead", role="rubric owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(ats, portal, invitation, protocol="https", label="interview invitation")
tm.flow(rubric_store, portal, questions)
tm.flow(portal, candidate, questions, protocol="https")
tm.flow(candidate, portal, videos, protocol="https", label="recorded answers")
tm.flow(portal, video_store, videos)

tm.flow(video_store, transcriber, videos)
tm.flow(transcriber, stt, audio, protocol="https")
tm.flow(stt, transcriber, transcript, protocol="https")
tm.flow(transcriber, transcript_store, transcript)

tm.flow(transcript_store, scorer, transcript)
tm.flow(rubric_store, scorer, rubric)
tm.flow(scorer, llm, scoring_prompt, protocol="https")
tm.flow(llm, scorer, llm_scores, protocol="https")
tm.flow(scorer, assessment_db, assessment)

tm.flow(assessment_db, dashboard, assessment)
tm.flow(transcript_store, dashboard, transcript)
tm.flow(video_store, dashboard, videos, label="playback")
tm.flow(dashboard, recruiter, assessment, transcript, videos, protocol="https")
tm.flow(recruiter, dashboard, shortlist, protocol="https")
tm.flow(dashboard, assessment_db, shortlist)
tm.flow(dashboard, ats, shortlist, protocol="https", label="outcome sync")

tm.flow(ta_lead, rubric_store, rubric, questions, protocol="https", label="edits rubrics")
