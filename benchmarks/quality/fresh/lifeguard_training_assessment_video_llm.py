"""Lifeguard assessment feedback assistant: the first design, before any security review.

A national lifeguard training body in Ireland certifies pool and beach lifeguards.
At the end of a course, freelance assessors film each candidate's rescue drills
(approach, tow, extraction, CPR on a manikin) at the pool and upload the videos
with their own notes to the assessment portal. A drafting service samples frames
and transcribes the audio, then sends them, the assessor's notes and the body's
competency criteria to a hosted multimodal LLM, which drafts feedback and a
suggested result against each criterion. The assessor reviews the draft in the
portal, edits it and confirms the result; only confirmed results reach the
certification system, which issues certificates and e-mails candidates their
feedback. Candidates are 16 and over. Controls in this design: portal sign-in,
encrypted video storage with a retention period, role-based access to assessment
records, and the assessor's confirmation before any certificate is issued.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lifeguard assessment feedback assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Drafts assessment feedback from rescue drill videos and assessor notes; "
        "the assessor confirms every result before certificates are issued."
    ),
)

# ---------------------------------------------------------------- data assets
drill_video = tg.Data(
    "Rescue drill video",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Phone or tablet footage of a candidate in swimwear performing each drill.",
)
assessor_notes = tg.Data(
    "Assessor notes",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="The assessor's observations per drill, candidate name and course number.",
)
frames = tg.Data(
    "Sampled frames and audio transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
)
criteria = tg.Data(
    "Competency criteria",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The body's published assessment standard for each rescue skill.",
)
prompt = tg.Data(
    "Feedback drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, criteria, the assessor's notes and the sampled frames.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
draft = tg.Data(
    "Draft feedback and suggested result",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Feedback per criterion and a suggested pass or refer for each drill.",
)
confirmed = tg.Data(
    "Confirmed assessment result",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Final feedback and pass or refer, as edited and signed off by the assessor.",
)
candidate = tg.Data(
    "Candidate record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, date of birth, contact details, course history, certificate numbers.",
)
certificate = tg.Data(
    "Lifeguard certificate",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
criteria_update = tg.Data("Criteria update", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelance assessors working at pools, on their own phones and laptops.
    assessor = tm.add(tg.Actor("Assessor", role="assessor"))
    # The person being certified.
    trainee = tm.add(tg.Actor("Candidate", role="candidate"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads frames and text and drafts the feedback.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Vision-capable chat model in the vendor's EU region.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers feedback and certificates to candidates.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Training body cloud", trust=tg.Trust.INTERNAL):
    # Web app assessors upload to and review drafts in.
    portal = tm.add(
        tg.Endpoint(
            "Assessment portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Object storage for the drill videos.
    video_store = tm.add(
        tg.DataStore(
            "Drill video store",
            stores={drill_video},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=365),
            },
        )
    )
    # Prepares the model's input and stores what comes back.
    drafter = tm.add(
        tg.Service(
            "Feedback drafting service",
            description=(
                "Samples frames, transcribes the audio, builds the prompt with the "
                "criteria and notes, calls the LLM and saves the draft."
            ),
        )
    )
    # The standard every assessment is drafted against.
    criteria_store = tm.add(tg.DataStore("Competency criteria library", stores={criteria}))
    # Notes, drafts and confirmed results per candidate and course.
    records = tm.add(
        tg.DataStore(
            "Assessment records database",
            stores={assessor_notes, draft, confirmed},
            controls={c.RBAC()},
        )
    )
    # Issues certificates, only from results the assessor confirmed.
    certification = tm.add(
        tg.Service(
            "Certification system",
            controls={
                c.HumanInTheLoop(approver="the candidate's assessor, who confirms each result"),
                c.AuditLogging(),
            },
        )
    )
    # Who holds which certificate, for renewals and employer checks.
    register = tm.add(
        tg.DataStore("Candidate and certificate register", stores={candidate, certificate})
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Maintains the assessment standard.
    standards_officer = tm.add(tg.Actor("Standards officer", role="standards officer"))

# ---------------------------------------------------------------- flows
# Upload.
tm.flow(assessor, portal, drill_video, assessor_notes, protocol="https")
tm.flow(portal, video_store, drill_video)
tm.flow(portal, records, assessor_notes)

# Drafting.
tm.flow(video_store, drafter, drill_video)
tm.flow(records, drafter, assessor_notes)
tm.flow(criteria_store, drafter, criteria)
tm.flow(drafter, llm, prompt, frames, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, records, draft)

# Review and confirmation by the assessor.
tm.flow(records, portal, draft)
tm.flow(video_store, portal, drill_video, label="playback beside the draft")
tm.flow(portal, assessor, draft, drill_video, protocol="https")
tm.flow(assessor, portal, confirmed, protocol="https", label="edits and confirms")
tm.flow(portal, records, confirmed)

# Certification.
tm.flow(records, certification, confirmed, label="confirmed results")
tm.flow(register, certification, candidate)
tm.flow(certification, register, certificate, candidate)
tm.flow(certification, mailer, certificate, confirmed, protocol="https")
tm.flow(mailer, trainee, certificate, confirmed, protocol="smtp+starttls")

# Standards.
tm.flow(standards_officer, criteria_store, criteria_update, protocol="https")
